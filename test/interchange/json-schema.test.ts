import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import * as antt from "../../src/index.js";
import { type JSONSchema, jsonSchemaOf, portablePattern, validate } from "../../src/index.js";
import { SCHEMA_PROBLEMS } from "../../src/problems/catalogue/schema.js";
import { cfworkerValidator, findPythonJsonSchema, type PythonCase } from "./validators.js";

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
const zodSchema = (name: string) => (antt as Record<string, unknown>)[name] as z.ZodType;
const jsonSchemas = new Map<string, JSONSchema>();
function jsonSchemaNamed(name: string): JSONSchema {
  let schema = jsonSchemas.get(name);
  if (!schema) {
    schema = jsonSchemaOf(zodSchema(name));
    jsonSchemas.set(name, schema);
  }
  return schema;
}
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
function jsonVerdict(name: string, input: unknown): boolean {
  let check = compiled.get(name);
  if (!check) {
    check = ajv.compile(jsonSchemaNamed(name));
    compiled.set(name, check);
  }
  return check(input) as boolean;
}
const cfworkerChecks = new Map<string, (input: unknown) => boolean>();
function cfworkerVerdict(name: string, input: unknown): boolean {
  let check = cfworkerChecks.get(name);
  if (!check) {
    check = cfworkerValidator(jsonSchemaNamed(name));
    cfworkerChecks.set(name, check);
  }
  return check(input);
}

/**
 * What JSON Schema cannot say, and zod checks: rules across fields (issues of the library's
 * own rules, whose codes are not zod's), trimming before a length check, and an own
 * `__proto__` key.
 */
function beyondJsonSchema(fixture: Fixture): boolean {
  const schema = (antt as Record<string, unknown>)[fixture.schema] as z.ZodType;
  const result = validate(schema, fixture.input);
  if (result.success) return false;
  const text = JSON.stringify(fixture.input);
  return result.issues.every(
    (issue) =>
      issue.code === "custom" ||
      !Object.hasOwn(SCHEMA_PROBLEMS, issue.code) ||
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

/** Strings that Python's `\\d` and `$` let through, and JavaScript's do not. */
const HOSTILE: readonly (readonly [string, (value: string) => string])[] = [
  ["Arabic-Indic digits", (v) => v.replace(/[0-9]/g, (d) => String.fromCharCode(0x660 + +d))],
  [
    "full-width digits",
    (v) =>
      v.replace(/[0-9]+/, (run) => run.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + +d))),
  ],
  ["a trailing \\n", (v) => `${v}\n`],
  ["a trailing \\r\\n", (v) => `${v}\r\n`],
  ["a trailing \\r", (v) => `${v}\r`],
  ["a leading \\n", (v) => `\n${v}`],
  ["a leading \\r", (v) => `\r${v}`],
  ["an embedded \\n", (v) => `${v.slice(0, 2)}\n${v.slice(2)}`],
];

/** Record kinds and their fields checked by a pattern: a unit code and a date or instant. */
const TARGETS = [
  { schema: "CameraPointSchema", fields: ["unitCode", "installedOn"] },
  { schema: "IncidentSchema", fields: ["unitCode", "occurredAt"] },
  { schema: "ContributionSchema", fields: ["unitCode", "receivedOn"] },
  { schema: "ActivitySchema", fields: ["unitCode", "startedAt"] },
  { schema: "TeamSchema", fields: ["unitCode", "foundedOn"] },
] as const;

interface HostileCase {
  name: string;
  schema: string;
  input: Record<string, unknown>;
}

function hostileCases(valid: Fixture[]): HostileCase[] {
  return TARGETS.flatMap(({ schema, fields }) => {
    const base = valid.find(
      (f) =>
        f.schema === schema &&
        fields.every((field) => typeof (f.input as Record<string, unknown>)[field] === "string"),
    );
    if (!base) throw new Error(`no valid ${schema} fixture with ${fields.join(" and ")}`);
    const record = base.input as Record<string, unknown>;
    return fields.flatMap((field) =>
      HOSTILE.map(([what, spoil]) => ({
        name: `${schema} ${field} with ${what}: ${JSON.stringify(spoil(record[field] as string))}`,
        schema,
        input: { ...record, [field]: spoil(record[field] as string) },
      })),
    );
  });
}

/** Every `pattern` string and `patternProperties` key in a JSON Schema. */
function patternsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(patternsIn);
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => [
    ...(key === "pattern" && typeof inner === "string" ? [inner] : []),
    ...(key === "patternProperties" && typeof inner === "object" && inner !== null
      ? Object.keys(inner)
      : []),
    ...patternsIn(inner),
  ]);
}

describe("untrusted input: JSON Schema patterns", () => {
  const valid = load("valid");
  const invalid = load("invalid");
  const hostile = hostileCases(valid);
  const python = findPythonJsonSchema();

  it.each(hostile.map((c) => [c.name, c] as const))(
    "zod, ajv and @cfworker/json-schema reject %s",
    (_, c) => {
      expect(validate(zodSchema(c.schema), c.input).success).toBe(false);
      expect(jsonVerdict(c.schema, c.input)).toBe(false);
      expect(cfworkerVerdict(c.schema, c.input)).toBe(false);
    },
  );

  it.each(valid.map((f) => [f.name, f] as const))(
    "@cfworker/json-schema accepts %s",
    (_, fixture) => {
      expect(cfworkerVerdict(fixture.schema, fixture.input)).toBe(true);
    },
  );

  it.each(invalid.map((f) => [f.name, f] as const))(
    "@cfworker/json-schema judges %s as ajv does",
    (_, fixture) => {
      expect(cfworkerVerdict(fixture.schema, fixture.input)).toBe(
        jsonVerdict(fixture.schema, fixture.input),
      );
    },
  );

  describe("with Python's jsonschema", () => {
    // One run of Python for every case, made by the first test that needs it.
    const cases: PythonCase[] = [...hostile, ...valid, ...invalid];
    let verdicts: Map<PythonCase, boolean> | Error | undefined;
    function pythonVerdict(c: PythonCase): boolean {
      if (python.python === undefined) throw new Error(python.reason);
      if (verdicts === undefined) {
        try {
          const names = [...new Set(cases.map((each) => each.schema))];
          const schemas = Object.fromEntries(names.map((n) => [n, jsonSchemaNamed(n)]));
          const answers = python.verdicts(schemas, cases);
          verdicts = new Map(cases.map((each, i) => [each, answers[i] as boolean]));
        } catch (error) {
          // a failed run is reported by every test, not run again for each
          verdicts = error instanceof Error ? error : new Error(String(error));
        }
      }
      if (verdicts instanceof Error) throw verdicts;
      const verdict = verdicts.get(c);
      if (verdict === undefined) throw new Error("no Python verdict for this case");
      return verdict;
    }

    it.for(hostile.map((c) => [c.name, c] as const))(
      "Python's jsonschema rejects %s",
      ([, c], ctx) => {
        if (python.python === undefined) return ctx.skip(python.reason);
        expect(pythonVerdict(c)).toBe(false);
      },
    );

    it.for(valid.map((f) => [f.name, f] as const))(
      "Python's jsonschema accepts %s",
      ([, fixture], ctx) => {
        if (python.python === undefined) return ctx.skip(python.reason);
        expect(pythonVerdict(fixture)).toBe(true);
      },
    );

    it.for(invalid.map((f) => [f.name, f] as const))(
      "Python's jsonschema judges %s as ajv does",
      ([, fixture], ctx) => {
        if (python.python === undefined) return ctx.skip(python.reason);
        expect(pythonVerdict(fixture)).toBe(jsonVerdict(fixture.schema, fixture.input));
      },
    );
  });

  it("makes patterns portable in every subschema, and leaves data and names alone", () => {
    const Digit = z.string().regex(/^\d$/).meta({ id: "Digit" });
    const schema = z
      .object({
        pattern: z.string().regex(/\d$/),
        patternProperties: z.string().meta({ $comment: "a $ b", examples: ["1$"] }),
        digit: Digit,
        again: Digit,
      })
      .meta({
        patternProperties: { "^\\d$": { type: "string", pattern: "^.$" } },
        not: { pattern: "^\\d$" },
        allOf: [true, { pattern: "\\d" }],
        examples: [{ pattern: "\\d$" }],
        default: { pattern: "x$" },
      });
    const json = jsonSchemaOf(schema) as Record<string, unknown>;
    const end = "(?![\\s\\S])";
    expect(json["properties"]).toMatchObject({
      pattern: { type: "string", pattern: `[0-9]${end}` },
      patternProperties: { type: "string", $comment: "a $ b", examples: ["1$"] },
      digit: { $ref: "#/$defs/Digit" },
    });
    expect(json["$defs"]).toEqual({ Digit: { type: "string", pattern: `^[0-9]${end}` } });
    expect(json["patternProperties"]).toEqual({
      [`^[0-9]${end}`]: { type: "string", pattern: `^[^\\n\\r\\u2028\\u2029]${end}` },
    });
    expect(json["not"]).toEqual({ pattern: `^[0-9]${end}` });
    expect(json["allOf"]).toEqual([true, { pattern: "[0-9]" }]);
    expect(json["examples"]).toEqual([{ pattern: "\\d$" }]);
    expect(json["default"]).toEqual({ pattern: "x$" });
  });

  it("writes no \\d, bare $ or bare . in any pattern of any schema", () => {
    const names = Object.entries(antt)
      .filter(([name, value]) => name.endsWith("Schema") && typeof value === "object")
      .filter(([, value]) => typeof (value as { safeParse?: unknown }).safeParse === "function")
      .map(([name]) => name);
    expect(names.length).toBeGreaterThan(50);
    const patterns = new Set(names.flatMap((name) => patternsIn(jsonSchemaNamed(name))));
    expect(patterns.size).toBeGreaterThan(3);
    for (const pattern of patterns) {
      expect(pattern).not.toMatch(/\\[dD]/);
      // with escapes and character classes taken out, no `$` and no `.` is left
      const bare = pattern.replace(/\\[\s\S]|\[(?:\\[\s\S]|[^\]\\])*\]/g, "");
      expect(bare).not.toMatch(/[$.]/);
      expect(portablePattern(pattern)).toBe(pattern);
    }
  });
});
