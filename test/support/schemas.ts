// Helpers for the tests of the record schemas: the issues of an input, the JSON Schema of a
// schema's fields and the checks of inferred types. Test-only: nothing in src/ imports this.
import { expect, it } from "vitest";
import * as z from "zod";
import { type Issue, validate } from "../../src/core/index.js";

/** The issues `validate` gives for an input; none when the schema accepts it. */
export function issuesIn(schema: z.ZodType, input: unknown): readonly Issue[] {
  const result = validate(schema, input);
  return result.success ? [] : result.issues;
}

/** The paths of the issues `validate` gives for an input, each joined with dots. */
export function pathsIn(schema: z.ZodType, input: unknown): string[] {
  return issuesIn(schema, input).map((issue) => issue.path.join("."));
}

/** `issuesIn` and `pathsIn` of one schema, unless another is given. */
export interface SchemaIssues {
  issuesOf: (input: unknown, schema?: z.ZodType) => readonly Issue[];
  pathsOf: (input: unknown, schema?: z.ZodType) => string[];
}

/** The issues and their paths of inputs to `schema` (or to the schema given with an input). */
export function schemaIssues(schema: z.ZodType): SchemaIssues {
  return {
    issuesOf: (input, other = schema) => issuesIn(other, input),
    pathsOf: (input, other = schema) => pathsIn(other, input),
  };
}

/** The part of a schema's JSON Schema the checks of its fields read. */
export interface FieldsJsonSchema {
  description?: string;
  additionalProperties?: boolean;
  properties: Record<string, { description?: string }>;
  required?: string[];
}

/**
 * The JSON Schema of a schema (made with `params`, such as `{ io: "input" }`), after checking
 * that every field has a description.
 */
export function expectEveryFieldDescribed(
  schema: z.ZodType,
  params?: Parameters<typeof z.toJSONSchema>[1],
): FieldsJsonSchema {
  const json = z.toJSONSchema(schema, params) as FieldsJsonSchema;
  for (const [key, property] of Object.entries(json.properties)) {
    expect(property.description, key).toBeTruthy();
  }
  return json;
}

/**
 * Declares, for each named record schema, the test "%s describes every field and forbids
 * unknown keys": its JSON Schema has a description, one for every field, and forbids keys it
 * does not list.
 */
export function itDescribesEveryFieldAndForbidsUnknownKeys(
  schemas: readonly (readonly [name: string, schema: z.ZodType])[],
): void {
  it.each(schemas)("%s describes every field and forbids unknown keys", (_, schema) => {
    const json = expectEveryFieldDescribed(schema);
    expect(json.description).toBeTruthy();
    expect(json.additionalProperties).toBe(false);
  });
}

/** `true` when some field of `T` is typed `any`, `false` when none is. */
export type AnyField<T> = { [K in keyof T]-?: 0 extends 1 & T[K] ? true : false }[keyof T];

/** The keys of `T` whose fields are typed `any`; `never` when there are none. */
export type KeysWithAny<T> = { [K in keyof T]-?: 0 extends 1 & T[K] ? K : never }[keyof T];
