// The suite of the record fixtures of test/fixtures/: valid records every schema accepts and bad
// records each rejected at the field it names. Test-only: nothing in src/ imports this.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { validate } from "../../src/core/index.js";
import { describeProblem } from "../../src/problems/index.js";

/** A record of `test/fixtures/<valid|invalid>/<domain>.json`. */
export interface Fixture {
  /** The name of the schema, as exported, such as `CameraPointSchema`. */
  schema: string;
  name: string;
  input: unknown;
  /** Of a bad record: the path of the issue it must be rejected with. */
  path?: (string | number)[];
  /** Of a bad record: the code of that issue, an entry of the problem catalogue. */
  code?: string;
}

const root = new URL("../fixtures/", import.meta.url);

/**
 * The fixtures of one domain file (`models` reads `models.json`), or of every file, each then
 * named after its file as well: `models.json: a model without a name`.
 */
export function loadFixtures(kind: "valid" | "invalid", domain?: string): Fixture[] {
  const read = (file: string) =>
    JSON.parse(readFileSync(new URL(`${kind}/${file}`, root), "utf8")) as Fixture[];
  if (domain !== undefined) return read(`${domain}.json`);
  return readdirSync(new URL(`${kind}/`, root))
    .filter((file) => file.endsWith(".json"))
    .sort()
    .flatMap((file) =>
      read(file).map((fixture) => ({ ...fixture, name: `${file}: ${fixture.name}` })),
    );
}

/** What `describeFixtures` needs to know of a set of fixtures. */
export interface FixtureSuite {
  /** The suite's title, such as "fixtures of models". */
  title: string;
  /** The domain whose file is read (`models`); every file when it is absent. */
  domain?: string;
  /** The module that exports the schemas the fixtures name, such as `import * as models`. */
  schemas: object;
  /** How many bad records there are at the least. */
  atLeast: number;
  /** The schemas the valid records are of, when each must have one. */
  validSchemas?: readonly string[];
  /** The name of the test of the counts: "has at least N bad records" by default. */
  countName?: string;
  /** Declares more tests in the same suite, on the fixtures. */
  more?: (fixtures: { valid: readonly Fixture[]; invalid: readonly Fixture[] }) => void;
}

/**
 * Declares the suite of a set of fixtures: there are at least so many bad records, each
 * naming the field it is bad at, and some valid ones; every valid record is accepted by its
 * schema; every bad one is rejected with an issue at its path, in Vietnamese and English.
 */
export function describeFixtures(spec: FixtureSuite): void {
  const schemaNamed = (name: string): z.ZodType => {
    const schema = (spec.schemas as Record<string, unknown>)[name];
    if (!(schema instanceof z.ZodType)) throw new Error(`${spec.title}: no schema ${name}`);
    return schema;
  };

  describe(spec.title, () => {
    const valid = loadFixtures("valid", spec.domain);
    const invalid = loadFixtures("invalid", spec.domain);

    it(spec.countName ?? `has at least ${spec.atLeast} bad records`, () => {
      expect(invalid.length).toBeGreaterThanOrEqual(spec.atLeast);
      expect(invalid.filter((fixture) => fixture.path === undefined)).toEqual([]);
      expect(invalid.filter((fixture) => fixture.code === undefined).map((f) => f.name)).toEqual(
        [],
      );
      expect(valid.length).toBeGreaterThan(0);
      if (spec.validSchemas) {
        expect(new Set(valid.map((fixture) => fixture.schema))).toEqual(new Set(spec.validSchemas));
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
      const at = (fixture.path ?? []).join(".");
      expect(result.issues.map((issue) => issue.path.join("."))).toContain(at);
      // The issue at the path has the fixture's code, and the catalogue describes it.
      expect(
        result.issues.filter((issue) => issue.path.join(".") === at).map((issue) => issue.code),
      ).toContain(fixture.code);
      expect(describeProblem(fixture.code as string)?.code).toBe(fixture.code);
      for (const issue of result.issues) {
        expect(issue.message.en.length).toBeGreaterThan(0);
        expect(issue.message.vi.length).toBeGreaterThan(0);
        expect(describeProblem(issue.code), issue.code).toBeDefined();
      }
    });

    spec.more?.({ valid, invalid });
  });
}
