import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type * as z from "zod";
import { validate } from "../../src/core/index.js";
import * as funding from "../../src/funding/index.js";

interface Fixture {
  schema: string;
  name: string;
  input: unknown;
  path?: (string | number)[];
}

function load(kind: "valid" | "invalid"): Fixture[] {
  const url = new URL(`../fixtures/${kind}/funding.json`, import.meta.url);
  return JSON.parse(readFileSync(url, "utf8")) as Fixture[];
}

function schemaNamed(name: string): z.ZodType {
  const schema = (funding as Record<string, unknown>)[name];
  if (!schema || typeof (schema as z.ZodType).safeParse !== "function") {
    throw new Error(`Fixture names ${name}, which src/funding does not export as a schema`);
  }
  return schema as z.ZodType;
}

const valid = load("valid");
const invalid = load("invalid");

describe("funding fixtures", () => {
  it("has at least 20 bad records and a good record of every schema it names", () => {
    expect(invalid.length).toBeGreaterThanOrEqual(20);
    const named = new Set(valid.map((f) => f.schema));
    for (const fixture of invalid) expect(named).toContain(fixture.schema);
  });

  it("keeps __proto__ as an own key of the parsed fixture, so the schema really sees it", () => {
    const withProto = invalid.filter((f) => f.name.includes("__proto__"));
    expect(withProto.length).toBeGreaterThanOrEqual(2);
    for (const fixture of withProto) {
      const input = fixture.input as Record<string, unknown>;
      const holder = fixture.path?.[0] === "ext" ? (input["ext"] as object) : input;
      expect(Object.hasOwn(holder, "__proto__")).toBe(true);
    }
  });

  it.each(valid.map((f) => [f.name, f] as const))("accepts %s", (_, fixture) => {
    const result = validate(schemaNamed(fixture.schema), fixture.input);
    expect(result.success ? [] : result.issues).toEqual([]);
  });

  it.each(invalid.map((f) => [f.name, f] as const))("rejects %s", (_, fixture) => {
    const result = validate(schemaNamed(fixture.schema), fixture.input);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path.join("."))).toContain(
      (fixture.path ?? []).join("."),
    );
    for (const issue of result.issues) {
      expect(issue.message.en.length).toBeGreaterThan(0);
      expect(issue.message.vi.length).toBeGreaterThan(0);
    }
  });
});
