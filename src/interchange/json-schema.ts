import * as z from "zod";
import { ExtSchema } from "../core/index.js";

/**
 * A JSON Schema document (draft 2020-12) as a plain object.
 *
 * @category Interchange
 * @example
 * ```ts
 * import { jsonSchemaOf, GeoPointSchema, type JsonSchema } from "antt";
 * const schema: JsonSchema = jsonSchemaOf(GeoPointSchema);
 * ```
 */
export type JsonSchema = Record<string, unknown>;

/**
 * The JSON Schema (draft 2020-12) of one of the library's schemas, for apps written in
 * other languages.
 *
 * @description Built with zod's own `z.toJSONSchema` in input mode (what an app sends:
 * fields with defaults are optional), with every `.describe()` text and the code lists'
 * Vietnamese and English labels (`x-labels`). Strict objects say
 * `additionalProperties: false`. What JSON Schema cannot say is left to zod: rules across
 * fields of one record (an end date after its start date) and the rejection of an own
 * `__proto__` key in `ext`. The build writes one file per schema into the package, reachable
 * as `antt/schemas/<name>.json` (for example `antt/schemas/camera-point.json`).
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
export function jsonSchemaOf(schema: z.ZodType): JsonSchema {
  const ext = z.toJSONSchema(ExtSchema, { io: "output" }) as JsonSchema;
  delete ext["$schema"];
  return z.toJSONSchema(schema, {
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      // ExtSchema checks its input before the record, so input mode would show it as `{}`.
      if (ctx.zodSchema === ExtSchema) Object.assign(ctx.jsonSchema, ext);
    },
  }) as JsonSchema;
}
