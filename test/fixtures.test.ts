import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import * as antt from "../src/index.js";
import { validate } from "../src/index.js";

interface Fixture {
  schema: string;
  name: string;
  input: unknown;
  path?: (string | number)[];
}

const root = new URL("./fixtures/", import.meta.url).pathname;

function load(kind: "valid" | "invalid"): Fixture[] {
  return readdirSync(join(root, kind))
    .filter((file) => file.endsWith(".json"))
    .flatMap((file) =>
      (JSON.parse(readFileSync(join(root, kind, file), "utf8")) as Fixture[]).map((fixture) => ({
        ...fixture,
        name: `${file}: ${fixture.name}`,
      })),
    );
}

function schemaNamed(name: string): z.ZodType {
  const schema = (antt as Record<string, unknown>)[name];
  if (!schema || typeof (schema as z.ZodType).safeParse !== "function") {
    throw new Error(`Fixture names ${name}, which antt does not export as a schema`);
  }
  return schema as z.ZodType;
}

const valid = load("valid");
const invalid = load("invalid");

describe("fixtures", () => {
  it("hold a corpus of at least 150 bad records, each naming the bad field, and valid ones", () => {
    expect(invalid.length).toBeGreaterThanOrEqual(150);
    expect(invalid.filter((fixture) => fixture.path === undefined)).toEqual([]);
    expect(valid.length).toBeGreaterThan(0);
  });

  it.each(valid.map((f) => [f.name, f] as const))("accepts %s", (_, fixture) => {
    const result = validate(schemaNamed(fixture.schema), fixture.input);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it.each(invalid.map((f) => [f.name, f] as const))("rejects %s", (_, fixture) => {
    const result = validate(schemaNamed(fixture.schema), fixture.input);
    expect(result.success).toBe(false);
    if (!result.success) {
      const paths = result.issues.map((issue) => issue.path.join("."));
      expect(paths).toContain(fixture.path?.join("."));
      for (const issue of result.issues) {
        expect(issue.message.en.length).toBeGreaterThan(0);
        expect(issue.message.vi.length).toBeGreaterThan(0);
      }
    }
  });
});
