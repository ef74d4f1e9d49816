import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import * as antt from "../../src/index.js";
import { jsonSchemaOf, validate } from "../../src/index.js";

interface Fixture {
  schema: string;
  name: string;
  input: unknown;
}

const root = new URL("../fixtures/", import.meta.url).pathname;
const load = (kind: string): Fixture[] =>
  readdirSync(join(root, kind))
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(root, kind, file), "utf8")) as Fixture[]).map((f) => ({
        ...f,
        name: `${kind}/${file}: ${f.name}`,
      })),
    );

// Formats are checked through the patterns zod writes beside them (which also reject
// 2024-02-30), so the validator needs no format plug-in.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function jsonVerdict(name: string, input: unknown): boolean {
  let check = compiled.get(name);
  if (!check) {
    check = ajv.compile(jsonSchemaOf((antt as Record<string, unknown>)[name] as z.ZodType));
    compiled.set(name, check);
  }
  return check(input) as boolean;
}

/**
 * What JSON Schema cannot say, and zod checks: rules across fields (`custom` issues),
 * trimming before a length check, and an own `__proto__` key.
 */
function beyondJsonSchema(fixture: Fixture): boolean {
  const schema = (antt as Record<string, unknown>)[fixture.schema] as z.ZodType;
  const result = validate(schema, fixture.input);
  if (result.success) return false;
  const text = JSON.stringify(fixture.input);
  return result.issues.every(
    (issue) =>
      issue.code === "custom" ||
      (issue.code === "too_small" && /"\s+"|"\s+\S|\S\s+"/.test(text)) ||
      text.includes('"__proto__"'),
  );
}

describe("JSON Schemas agree with the zod schemas", () => {
  const valid = load("valid");
  const invalid = load("invalid");

  it.each(valid.map((f) => [f.name, f] as const))("JSON Schema accepts %s", (_, fixture) => {
    expect(jsonVerdict(fixture.schema, fixture.input)).toBe(true);
  });

  it.each(invalid.map((f) => [f.name, f] as const))(
    "JSON Schema judges %s as zod does",
    (_, fixture) => {
      if (beyondJsonSchema(fixture)) return;
      expect(jsonVerdict(fixture.schema, fixture.input)).toBe(false);
    },
  );

  it("leaves to zod only the rules JSON Schema cannot state", () => {
    const left = invalid.filter((f) => jsonVerdict(f.schema, f.input));
    expect(left.every(beyondJsonSchema)).toBe(true);
    // most of the corpus is caught by JSON Schema alone
    expect(left.length).toBeLessThan(invalid.length / 3);
  });
});
