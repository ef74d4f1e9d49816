// The table layout: one table per record kind, its columns derived from the kind's JSON
// Schema (jsonSchemaOf), so that a field added to a schema gets its column with no second
// list to keep in step.

import { ActivitySchema } from "../activities/index.js";
import { CameraPointSchema } from "../cameras/index.js";
import { CalendarDateSchema, InstantSchema } from "../core/index.js";
import { ForceStrengthSchema } from "../forces/index.js";
import { ContributionSchema, ExpenseSchema } from "../funding/index.js";
import { FootageExtractionSchema, IncidentSchema } from "../incidents/index.js";
import { type JSONSchema, jsonSchemaOf } from "../interchange/index.js";
import {
  ModelReviewSchema,
  ModelSiteSchema,
  SafetyRecognitionSchema,
  SecurityModelSchema,
} from "../models/index.js";
import { TeamSchema } from "../teams/index.js";

/**
 * The SQL dialects `antt/sql` writes: DuckDB and PostgreSQL (PGlite, a server, Citus).
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlDialect } from "antt/sql";
 * const dialect: SqlDialect = "postgres";
 * ```
 */
export type SqlDialect = "duckdb" | "postgres";

/**
 * The record kinds that have a table: the record collections of a dataset.
 *
 * @category SQL
 * @example
 * ```ts
 * import { SQL_RECORD_KINDS } from "antt/sql";
 * SQL_RECORD_KINDS.includes("incidents"); // true
 * ```
 */
export const SQL_RECORD_KINDS = [
  "models",
  "sites",
  "reviews",
  "recognitions",
  "teams",
  "cameras",
  "incidents",
  "extractions",
  "activities",
  "contributions",
  "expenses",
  "forces",
] as const;

/**
 * A record kind that has a table (see {@link SQL_RECORD_KINDS}).
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlRecordKind } from "antt/sql";
 * const kind: SqlRecordKind = "cameras";
 * ```
 */
export type SqlRecordKind = (typeof SQL_RECORD_KINDS)[number];

/**
 * The portable type of a column; each dialect names it its own way (see
 * {@link createTablesSql}).
 *
 * - `text`: a string (`VARCHAR` in DuckDB, `TEXT` in PostgreSQL);
 * - `bigint`: a whole number; `double`: any other number; `boolean`;
 * - `timestamp`: an instant, held as the UTC time without a zone (`TIMESTAMP`), so that
 *   Vietnam time is the fixed offset +7 hours in either database;
 * - `date`: a calendar date (`DATE`);
 * - `text[]`: a list of strings or codes (`VARCHAR[]`, `TEXT[]`);
 * - `json`: anything else, as JSON (`JSON`, `JSONB`): lists of objects, unions, `ext`.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlColumnType } from "antt/sql";
 * const type: SqlColumnType = "timestamp";
 * ```
 */
export type SqlColumnType =
  | "text"
  | "bigint"
  | "double"
  | "boolean"
  | "timestamp"
  | "date"
  | "text[]"
  | "json";

/**
 * One column of a record table.
 *
 * @category SQL
 * @example
 * ```ts
 * import { sqlTableOf, type SqlColumn } from "antt/sql";
 * const column: SqlColumn | undefined = sqlTableOf("incidents").columns.find(
 *   (c) => c.name === "casualties_deaths",
 * );
 * column?.path; // ["casualties", "deaths"]
 * ```
 */
export interface SqlColumn {
  /** The column's name: the field's path in snake case, joined by `_`. */
  readonly name: string;
  /** The field's path in the record. */
  readonly path: readonly string[];
  /** The column's portable type. */
  readonly type: SqlColumnType;
  /**
   * Whether the column holds whether an optional object is present (`casualties_given`),
   * rather than a value. Such a column is added for an optional object none of whose
   * fields is required, whose presence its fields cannot tell.
   */
  readonly presence: boolean;
  /** Whether every record has a value (the field is required all the way down). */
  readonly required: boolean;
  /** The codes the column may hold (a code list), checked by the table. */
  readonly codes?: readonly string[] | undefined;
  /** The least value a number may have, checked by the table. */
  readonly minimum?: number | undefined;
  /** The field's description in the schema. */
  readonly description?: string | undefined;
}

/**
 * The table of one record kind: its name and columns, in the order of the schema's fields.
 *
 * @category SQL
 * @example
 * ```ts
 * import { sqlTableOf, type SqlTable } from "antt/sql";
 * const table: SqlTable = sqlTableOf("incidents");
 * table.name; // "incidents"
 * ```
 */
export interface SqlTable {
  /** The record kind. */
  readonly kind: SqlRecordKind;
  /** The table's name (the kind, with the prefix asked for). */
  readonly name: string;
  /** The columns. */
  readonly columns: readonly SqlColumn[];
}

const SCHEMAS = {
  models: () => SecurityModelSchema,
  sites: () => ModelSiteSchema,
  reviews: () => ModelReviewSchema,
  recognitions: () => SafetyRecognitionSchema,
  teams: () => TeamSchema,
  cameras: () => CameraPointSchema,
  incidents: () => IncidentSchema,
  extractions: () => FootageExtractionSchema,
  activities: () => ActivitySchema,
  contributions: () => ContributionSchema,
  expenses: () => ExpenseSchema,
  forces: () => ForceStrengthSchema,
} as const;

/** The snake-case form of a camelCase field name: `occurredAt` → `occurred_at`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`).replace(/[^a-z0-9_]/g, "_");
}

function withoutDescription(schema: JSONSchema): string {
  const { description: _d, $schema: _s, ...rest } = schema;
  return JSON.stringify(rest);
}

let formats: { instant: string; date: string } | undefined;

function formatsOf(): { instant: string; date: string } {
  formats ??= {
    instant: withoutDescription(jsonSchemaOf(InstantSchema)),
    date: withoutDescription(jsonSchemaOf(CalendarDateSchema)),
  };
  return formats;
}

function isObject(schema: JSONSchema): boolean {
  return schema["type"] === "object" && typeof schema["properties"] === "object";
}

function scalarType(schema: JSONSchema): SqlColumnType | undefined {
  const type = schema["type"];
  const f = formatsOf();
  const plain = withoutDescription(schema);
  if (plain === f.instant) return "timestamp";
  if (plain === f.date) return "date";
  if (type === "string") return "text";
  if (type === "integer") return "bigint";
  if (type === "number") return "double";
  if (type === "boolean") return "boolean";
  return undefined;
}

/** The properties of an object, or of a union of objects merged (a field optional unless
 * every member requires it). `undefined` when the schema is neither. */
function objectParts(
  schema: JSONSchema,
): { properties: Record<string, JSONSchema>; required: Set<string> } | undefined {
  if (isObject(schema)) {
    return {
      properties: schema["properties"] as Record<string, JSONSchema>,
      required: new Set((schema["required"] as string[] | undefined) ?? []),
    };
  }
  const members = (schema["oneOf"] ?? schema["anyOf"]) as JSONSchema[] | undefined;
  if (members === undefined || !members.every(isObject)) return undefined;
  const properties: Record<string, JSONSchema> = {};
  const counts = new Map<string, number>();
  for (const member of members) {
    const props = member["properties"] as Record<string, JSONSchema>;
    for (const [key, value] of Object.entries(props)) {
      const seen = properties[key];
      if (seen === undefined) properties[key] = value;
      else if (withoutDescription(seen) !== withoutDescription(value)) {
        // The members disagree on the field: merge code lists, otherwise keep it as JSON.
        const a = seen["enum"] as string[] | undefined;
        const b = value["enum"] as string[] | undefined;
        properties[key] =
          a !== undefined && b !== undefined
            ? { ...seen, enum: [...new Set([...a, ...b])] }
            : scalarType(seen) !== undefined && scalarType(seen) === scalarType(value)
              ? seen
              : {};
      }
    }
    for (const key of (member["required"] as string[] | undefined) ?? []) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const required = new Set([...counts].filter(([, n]) => n === members.length).map(([key]) => key));
  return { properties, required };
}

function columnsOf(
  schema: JSONSchema,
  path: readonly string[],
  required: boolean,
  out: SqlColumn[],
): void {
  const name = path.map(snakeCase).join("_");
  const description = schema["description"] as string | undefined;
  const parts = path.length > 0 && isObject(schema) ? objectParts(schema) : undefined;
  if (parts !== undefined) {
    // A nested object: one column per field, `parent_child`.
    if (!required && ![...parts.required].some((key) => parts.properties[key] !== undefined)) {
      out.push({ name: `${name}_given`, path, type: "boolean", presence: true, required: true });
    }
    for (const [key, value] of Object.entries(parts.properties)) {
      columnsOf(value, [...path, key], required && parts.required.has(key), out);
    }
    return;
  }
  const base = { name, path, presence: false, required, description };
  const scalar = scalarType(schema);
  if (scalar !== undefined) {
    const codes = schema["enum"] as string[] | undefined;
    const minimum = schema["minimum"] as number | undefined;
    out.push({ ...base, type: scalar, codes, minimum });
    return;
  }
  const items = schema["items"] as JSONSchema | undefined;
  if (schema["type"] === "array" && items !== undefined && scalarType(items) === "text") {
    out.push({ ...base, type: "text[]", codes: items["enum"] as string[] | undefined });
    return;
  }
  out.push({ ...base, type: "json" });
}

const tables = new Map<SqlRecordKind, SqlColumn[]>();

/**
 * The table of a record kind: its columns derived from the kind's JSON Schema.
 *
 * @description The layout, the same in both dialects:
 * - one column per field, named after its path in snake case (`occurredAt` →
 *   `occurred_at`);
 * - a nested object is flattened into its fields (`casualties.deaths` →
 *   `casualties_deaths`); an optional object none of whose fields is required gets a
 *   `<name>_given` column saying whether it is there (`casualties_given`);
 * - a list of strings or codes is an array column (`clarified_by`);
 * - lists of objects, unions of objects inside a record and `ext` are JSON columns;
 * - an instant is a `TIMESTAMP` holding UTC, a calendar date a `DATE`;
 * - the record kinds that are unions (activities) have the union of their members'
 *   columns.
 *
 * @param kind - the record kind
 * @param options - `prefix`: put before the table's name (`antt_incidents`)
 * @returns the table
 * @throws RangeError for a kind that has no table
 * @category SQL
 * @example
 * ```ts
 * import { sqlTableOf } from "antt/sql";
 * sqlTableOf("incidents").columns.map((c) => c.name).slice(0, 4);
 * // ["id", "category", "legal_class", "occurred_at"]
 * ```
 */
export function sqlTableOf(
  kind: SqlRecordKind,
  options: { readonly prefix?: string | undefined } = {},
): SqlTable {
  const schema = SCHEMAS[kind];
  if (schema === undefined) {
    throw new RangeError(
      `Unknown record kind ${JSON.stringify(kind)}: expected ${SQL_RECORD_KINDS.join(", ")} (Loại bản ghi không hợp lệ)`,
    );
  }
  const prefix = options.prefix ?? "";
  if (!/^[a-z_][a-z0-9_]*$/.test(`${prefix}x`)) {
    throw new RangeError(
      `Invalid table prefix ${JSON.stringify(prefix)}: use lower-case letters, digits and _ (Tiền tố bảng không hợp lệ)`,
    );
  }
  let columns = tables.get(kind);
  if (columns === undefined) {
    columns = [];
    const json = jsonSchemaOf(schema());
    const parts = objectParts(json);
    if (parts === undefined) throw new TypeError(`The schema of ${kind} is not an object`);
    for (const [key, value] of Object.entries(parts.properties)) {
      columnsOf(value, [key], parts.required.has(key), columns);
    }
    tables.set(kind, columns);
  }
  return { kind, name: `${prefix}${kind}`, columns };
}
