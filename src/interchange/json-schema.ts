import * as z from "zod";
import { ExtSchema } from "../core/index.js";
import { portablePattern } from "./pattern.js";

/**
 * A JSON Schema document (draft 2020-12) as a plain object.
 *
 * @category Interchange
 * @example
 * ```ts
 * import { jsonSchemaOf, GeoPointSchema, type JSONSchema } from "antt";
 * const schema: JSONSchema = jsonSchemaOf(GeoPointSchema);
 * ```
 */
export type JSONSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of one of the library's schemas, for apps written in
 * other languages.
 *
 * @description Built with zod's own `z.toJSONSchema` in input mode (what an app sends:
 * fields with defaults are optional), with every `.describe()` text and the code lists'
 * Vietnamese and English labels (`x-labels`). Strict objects say
 * `additionalProperties: false`. Every `pattern` (and `patternProperties` key) goes through
 * {@link portablePattern}, so that validators in other languages accept what zod accepts:
 * Python's `jsonschema` would otherwise read `\d` as any Unicode digit and `$` as "before a
 * final newline", and take "٢٠٢٤-٠٣-٠٧" or `"2024-03-07\n"` as a date. What JSON Schema
 * cannot say is left to zod: rules across fields of one record (an end date after its start
 * date) and the rejection of an own `__proto__` key in `ext`. The build writes one file per
 * schema into the package, reachable as `antt/schemas/<name>.json` (for example
 * `antt/schemas/camera-point.json`).
 *
 * @param schema - a zod schema, such as `CameraPointSchema`
 * @returns the JSON Schema document
 * @category Interchange
 * @example
 * ```ts
 * import { jsonSchemaOf, GeoPointSchema } from "antt";
 * jsonSchemaOf(GeoPointSchema);
 * // { $schema: "https://json-schema.org/draft/2020-12/schema", type: "object",
 * //   properties: { lat: {...}, lng: {...} }, required: ["lat", "lng"], additionalProperties: false, ... }
 * ```
 */
export function jsonSchemaOf(schema: z.ZodType): JSONSchema {
  const ext = z.toJSONSchema(ExtSchema, { io: "output" }) as JSONSchema;
  delete ext["$schema"];
  const generated = z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      // ExtSchema checks its input before the record, so input mode would show it as `{}`.
      if (ctx.zodSchema === ExtSchema) Object.assign(ctx.jsonSchema, ext);
    },
  }) as JSONSchema;
  return withPortablePatterns(generated);
}

/** Keywords whose value is one schema, an array of schemas, or an object of schemas. */
const ONE_SCHEMA = new Set([
  "additionalItems",
  "additionalProperties",
  "contains",
  "contentSchema",
  "else",
  "if",
  "items",
  "not",
  "propertyNames",
  "then",
  "unevaluatedItems",
  "unevaluatedProperties",
]);
const SCHEMA_ARRAY = new Set(["allOf", "anyOf", "items", "oneOf", "prefixItems"]);
const SCHEMA_MAP = new Set(["$defs", "definitions", "dependentSchemas", "properties"]);

const isObject = (value: unknown): value is JSONSchema =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * A copy of a JSON Schema with every `pattern` and `patternProperties` key made portable.
 * It follows the keywords that hold subschemas, so data (`const`, `enum`, `default`,
 * `examples`, labels) and property names are never taken for patterns.
 */
function withPortablePatterns(schema: JSONSchema): JSONSchema {
  const out: JSONSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === "pattern" && typeof value === "string") {
      out[key] = portablePattern(value);
    } else if (key === "patternProperties" && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([p, s]) => [
          portablePattern(p),
          isObject(s) ? withPortablePatterns(s) : s,
        ]),
      );
    } else if (ONE_SCHEMA.has(key) && isObject(value)) {
      out[key] = withPortablePatterns(value);
    } else if (SCHEMA_ARRAY.has(key) && Array.isArray(value)) {
      out[key] = value.map((s) => (isObject(s) ? withPortablePatterns(s) : s));
    } else if (SCHEMA_MAP.has(key) && isObject(value)) {
      out[key] = Object.fromEntries(
        Object.entries(value).map(([name, s]) => [name, isObject(s) ? withPortablePatterns(s) : s]),
      );
    } else {
      out[key] = value;
    }
  }
  return out;
}

/**
 * The former name of {@link JSONSchema}.
 *
 * @deprecated Use {@link JSONSchema}: the library spells the acronym `JSON`. The old name stays until 1.0.
 * @category Interchange
 * @example
 * ```ts
 * import { type JSONSchema, jsonSchemaOf, CameraPointSchema } from "antt";
 * const schema: JSONSchema = jsonSchemaOf(CameraPointSchema);
 * ```
 */
export type JsonSchema = JSONSchema;
