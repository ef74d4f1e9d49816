import type { Dataset } from "../dataset/index.js";
import type { SqlClient } from "./client.js";
import {
  arrayWithin,
  checkDialect,
  fieldOf,
  ident,
  jsonRows,
  literal,
  typeName,
} from "./dialect.js";
import {
  SQL_RECORD_KINDS,
  type SqlColumn,
  type SqlDialect,
  type SqlRecordKind,
  type SqlTable,
  sqlTableOf,
} from "./layout.js";

/**
 * Options of {@link createTablesSql} and {@link loadDataset}.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlTableOptions } from "antt/sql";
 * const options: SqlTableOptions = { kinds: ["incidents", "extractions"], prefix: "antt_" };
 * ```
 */
export interface SqlTableOptions {
  /** The record kinds; every kind by default. */
  readonly kinds?: readonly SqlRecordKind[] | undefined;
  /** Put before each table's name (lower-case letters, digits and `_`). */
  readonly prefix?: string | undefined;
}

function kindsOf(options: SqlTableOptions): readonly SqlRecordKind[] {
  const kinds = options.kinds ?? SQL_RECORD_KINDS;
  for (const kind of kinds) {
    if (!SQL_RECORD_KINDS.includes(kind)) {
      throw new RangeError(
        `Unknown record kind ${JSON.stringify(kind)}: expected ${SQL_RECORD_KINDS.join(", ")} (Loại bản ghi không hợp lệ)`,
      );
    }
  }
  return kinds;
}

function columnDdl(dialect: SqlDialect, column: SqlColumn): string {
  const name = ident(column.name);
  let out = `${name} ${typeName(dialect, column.type)}`;
  if (column.presence) out += " NOT NULL DEFAULT false";
  else if (column.required) out += " NOT NULL";
  if (column.name === "id" && column.path.length === 1) out += " PRIMARY KEY";
  const codes = column.codes;
  if (codes !== undefined && column.type === "text") {
    out += ` CHECK (${name} IN (${codes.map(literal).join(", ")}))`;
  } else if (codes !== undefined && column.type === "text[]") {
    out += ` CHECK (${arrayWithin(dialect, name, codes)})`;
  }
  if (column.minimum !== undefined && (column.type === "bigint" || column.type === "double")) {
    out += ` CHECK (${name} >= ${column.minimum})`;
  }
  return out;
}

/**
 * The `CREATE TABLE` statements of the record tables, in a dialect.
 *
 * @description Generated from the schemas (see {@link sqlTableOf} for the layout), with
 * the constraints SQL can state: `NOT NULL` for required fields, `PRIMARY KEY (id)`, a
 * `CHECK` that a code is in its code list (for a list of codes too), and a `CHECK` that a
 * count or amount is not below its minimum. What SQL cannot state (an end after its start,
 * references between records) stays with the schemas and `validateDataset`, which
 * {@link loadDataset} runs first.
 *
 * @param dialect - `duckdb` or `postgres`
 * @param options - the kinds and a table prefix
 * @returns one statement per table, without a final `;`
 * @throws RangeError for an unknown dialect, kind or an invalid prefix
 * @category SQL
 * @example
 * ```ts
 * import { createTablesSql } from "antt/sql";
 * const [ddl] = createTablesSql("postgres", { kinds: ["forces"] });
 * // CREATE TABLE IF NOT EXISTS "forces" ("id" TEXT NOT NULL PRIMARY KEY, ...,
 * //   "kind" TEXT NOT NULL CHECK ("kind" IN ('commune-police', ...)), ...)
 * ```
 */
export function createTablesSql(dialect: SqlDialect, options: SqlTableOptions = {}): string[] {
  checkDialect(dialect);
  return kindsOf(options).map((kind) => {
    const table = sqlTableOf(kind, { prefix: options.prefix });
    const columns = table.columns.map((c) => `  ${columnDdl(dialect, c)}`).join(",\n");
    return `CREATE TABLE IF NOT EXISTS ${ident(table.name)} (\n${columns}\n)`;
  });
}

/** The value of a field at a path, or `undefined`. */
function at(record: unknown, path: readonly string[]): unknown {
  let value = record;
  for (const key of path) {
    if (value == null || typeof value !== "object") return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

/** The UTC text of an instant, to the millisecond, as a `TIMESTAMP` reads it. */
function utcText(value: unknown, column: string): string {
  const ms = typeof value === "string" ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    throw new TypeError(
      `Column ${column}: ${JSON.stringify(value)} is not an instant (Cột ${column} không phải thời điểm)`,
    );
  }
  return new Date(ms).toISOString().slice(0, 23).replace("T", " ");
}

/** The parameter value of one column of a record. */
function paramOf(record: unknown, column: SqlColumn): unknown {
  const value = at(record, column.path);
  if (column.presence) return value != null;
  if (value == null) return null;
  switch (column.type) {
    case "timestamp":
      return utcText(value, column.name);
    case "text[]":
    case "json":
      return value;
    case "text":
    case "date":
      return String(value);
    default:
      return value;
  }
}

/**
 * One `INSERT` of many rows: the rows travel as one JSON parameter (an array of objects
 * keyed by column), which the database takes apart, so that a batch is one parameter
 * however wide the table.
 */
function insertOf(
  dialect: SqlDialect,
  table: SqlTable,
  records: readonly unknown[],
): { text: string; params: unknown[] } {
  const rows = records.map((record) => {
    const row: Record<string, unknown> = {};
    for (const column of table.columns) row[column.name] = paramOf(record, column);
    return row;
  });
  const names = table.columns.map((c) => ident(c.name)).join(", ");
  const values = table.columns.map((c) => fieldOf(dialect, c.name, c.type)).join(", ");
  return {
    text: `INSERT INTO ${ident(table.name)} (${names}) SELECT ${values} FROM ${jsonRows(dialect, table.columns)}`,
    params: [JSON.stringify(rows)],
  };
}

/**
 * Options of {@link loadDataset}.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { LoadDatasetOptions } from "antt/sql";
 * const options: LoadDatasetOptions = { create: true, batch: 500 };
 * ```
 */
export interface LoadDatasetOptions extends SqlTableOptions {
  /** Create the tables first (`CREATE TABLE IF NOT EXISTS`); `true` by default. */
  readonly create?: boolean | undefined;
  /** Rows per `INSERT`, 5,000 by default. */
  readonly batch?: number | undefined;
}

/**
 * Writes a dataset's records into the record tables: one `INSERT` with parameters per
 * batch of rows, instants as UTC timestamps.
 *
 * @description Give it a dataset that passed `validateDataset`: the tables check what
 * SQL can state (code lists, counts ≥ 0, one row per id), not the rules across fields and
 * records. Every record of the kinds asked for is written; the result says how many of
 * each kind, so that the caller can check them against the dataset.
 *
 * @param client - the database ({@link duckdbClient}, {@link postgresClient})
 * @param dataset - the records, by kind
 * @param options - the kinds, a prefix, whether to create the tables, the batch size
 * @returns the rows written, by kind
 * @throws RangeError for an invalid option; the driver's error when the database refuses
 *   a row (a code outside its list, a duplicate id)
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { loadDataset, duckdbClient } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, {
 *   incidents: [{ id: "vv-1", category: "theft", occurredAt: "2024-03-07T01:40:00+07:00",
 *     unitCode: "15532", detectedBy: "report", status: "received" }],
 * }, { kinds: ["incidents"] }); // { incidents: 1 }
 * ```
 */
export async function loadDataset(
  client: SqlClient,
  dataset: Partial<Pick<Dataset, SqlRecordKind>>,
  options: LoadDatasetOptions = {},
): Promise<Partial<Record<SqlRecordKind, number>>> {
  const dialect = checkDialect(client.dialect);
  const batch = options.batch ?? 5000;
  if (!Number.isSafeInteger(batch) || batch < 1) {
    throw new RangeError(
      `Invalid batch ${JSON.stringify(batch)}: expected a whole number of rows ≥ 1 (Số dòng mỗi lần ghi không hợp lệ)`,
    );
  }
  const kinds = kindsOf(options);
  if (options.create !== false) {
    for (const ddl of createTablesSql(dialect, options)) await client.query(ddl);
  }
  const written: Partial<Record<SqlRecordKind, number>> = {};
  for (const kind of kinds) {
    const records = (dataset[kind] ?? []) as readonly unknown[];
    const table = sqlTableOf(kind, { prefix: options.prefix });
    const rows = batch;
    for (let i = 0; i < records.length; i += rows) {
      const { text, params } = insertOf(dialect, table, records.slice(i, i + rows));
      try {
        await client.query(text, params);
      } catch (error) {
        const first = (records[i] as { id?: unknown } | undefined)?.id;
        throw new Error(
          `Writing ${kind} ${i + 1}–${Math.min(i + rows, records.length)} (first id ${JSON.stringify(first)}) into ${table.name} failed: ${(error as Error).message} (Ghi bản ghi vào cơ sở dữ liệu không thành công)`,
          { cause: error },
        );
      }
    }
    written[kind] = records.length;
  }
  return written;
}

/** The select expression of a column, as text the reader turns back into the field. */
function readExpr(dialect: SqlDialect, column: SqlColumn): string {
  const name = ident(column.name);
  switch (column.type) {
    case "timestamp":
      return dialect === "duckdb"
        ? `strftime(${name}, '%Y-%m-%dT%H:%M:%S.%gZ')`
        : `to_char(${name}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case "date":
    case "bigint":
      return `CAST(${name} AS ${typeName(dialect, "text")})`;
    case "json":
      return `CAST(${name} AS ${typeName(dialect, "text")})`;
    default:
      return name;
  }
}

/** The field value of a column read back. */
function fieldValue(column: SqlColumn, value: unknown): unknown {
  switch (column.type) {
    case "bigint":
      return Number(value);
    case "double":
      return Number(value);
    case "json":
      return JSON.parse(String(value));
    case "text[]":
      return [...(value as Iterable<unknown>)].map(String);
    default:
      return value;
  }
}

/**
 * Options of {@link readRecords}.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { ReadRecordsOptions } from "antt/sql";
 * const options: ReadRecordsOptions = { prefix: "antt_", where: { unitCode: "15532" } };
 * ```
 */
export interface ReadRecordsOptions {
  /** The prefix the tables were made with. */
  readonly prefix?: string | undefined;
  /** Only the records of this unit code (a parameter, never pasted into the SQL). */
  readonly where?: { readonly unitCode?: string | undefined } | undefined;
}

/**
 * Reads the records of a kind back from its table: the inverse of {@link loadDataset}.
 *
 * @description Each row becomes the record it was written from, with two differences the
 * table cannot keep: an instant comes back in UTC (`2024-03-06T18:40:00.000Z` for
 * `2024-03-07T01:40:00+07:00`, the same moment), and the keys are in the schema's order.
 * Records come back in no particular order; sort them if it matters.
 *
 * @param client - the database
 * @param kind - the record kind
 * @param options - the tables' prefix and a unit to read
 * @returns the records
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { duckdbClient, loadDataset, readRecords } from "antt/sql";
 * const client = duckdbClient(await (await DuckDBInstance.create(":memory:")).connect());
 * await loadDataset(client, { incidents: [{ id: "vv-1", category: "theft",
 *   occurredAt: "2024-03-07T01:40:00+07:00", unitCode: "15532", detectedBy: "report",
 *   status: "received" }] }, { kinds: ["incidents"] });
 * const [incident] = await readRecords(client, "incidents");
 * incident?.occurredAt; // "2024-03-06T18:40:00.000Z"
 * ```
 */
export async function readRecords<K extends SqlRecordKind>(
  client: SqlClient,
  kind: K,
  options: ReadRecordsOptions = {},
): Promise<NonNullable<Dataset[K]>> {
  const dialect = checkDialect(client.dialect);
  const table = sqlTableOf(kind, { prefix: options.prefix });
  const select = table.columns.map((c, i) => `${readExpr(dialect, c)} AS c${i}`).join(", ");
  const unit = options.where?.unitCode;
  const rows = await client.query(
    `SELECT ${select} FROM ${ident(table.name)}${unit === undefined ? "" : ' WHERE "unit_code" = $1'}`,
    unit === undefined ? [] : [unit],
  );
  const columns = table.columns;
  const out: unknown[] = [];
  for (const row of rows) {
    const record: Record<string, unknown> = {};
    // Absent optional objects first: their fields are then left out.
    const absent = new Set<string>();
    columns.forEach((column, i) => {
      if (column.presence && row[`c${i}`] !== true) absent.add(column.path.join("."));
    });
    columns.forEach((column, i) => {
      const value = row[`c${i}`];
      if (column.presence || value == null) return;
      let into = record;
      for (let d = 0; d < column.path.length - 1; d++) {
        if (absent.has(column.path.slice(0, d + 1).join("."))) return;
        const key = column.path[d] as string;
        into[key] ??= {};
        into = into[key] as Record<string, unknown>;
      }
      into[column.path[column.path.length - 1] as string] = fieldValue(column, value);
    });
    // A present optional object with no field given is `{}`.
    columns.forEach((column, i) => {
      if (!column.presence || row[`c${i}`] !== true) return;
      let into = record;
      for (const key of column.path) {
        into[key] ??= {};
        into = into[key] as Record<string, unknown>;
      }
    });
    out.push(record);
  }
  return out as NonNullable<Dataset[K]>;
}
