// What differs between DuckDB and PostgreSQL in the SQL antt/sql writes: type names,
// arrays, JSON, and the period keys of Vietnam time.

import { PERIOD_UNITS, type PeriodUnit } from "../core/index.js";
import type { SqlColumnType, SqlDialect } from "./layout.js";

/** The dialects, for checks. */
export const SQL_DIALECTS: readonly SqlDialect[] = ["duckdb", "postgres"];

/** Throws a clear error for a dialect the library does not write. */
export function checkDialect(dialect: unknown): SqlDialect {
  if (dialect !== "duckdb" && dialect !== "postgres") {
    throw new RangeError(
      `Invalid SQL dialect ${JSON.stringify(dialect)}: expected "duckdb" or "postgres" (Phương ngữ SQL không hợp lệ)`,
    );
  }
  return dialect;
}

/** Throws a clear error for a period unit that is not a calendar unit. */
export function checkPeriodUnit(unit: unknown): PeriodUnit {
  if (!PERIOD_UNITS.includes(unit as PeriodUnit)) {
    throw new RangeError(
      `Invalid periodUnit ${JSON.stringify(unit)}: expected ${PERIOD_UNITS.join(", ")} (Đơn vị thời gian không hợp lệ)`,
    );
  }
  return unit as PeriodUnit;
}

/** A quoted identifier. Identifiers come from the schemas, never from values. */
export function ident(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal, for the code lists of the library written into DDL and CASE. */
export function literal(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

/** The name of a portable column type in a dialect. */
export function typeName(dialect: SqlDialect, type: SqlColumnType): string {
  const duck = dialect === "duckdb";
  switch (type) {
    case "text":
      return duck ? "VARCHAR" : "TEXT";
    case "bigint":
      return "BIGINT";
    case "double":
      return duck ? "DOUBLE" : "DOUBLE PRECISION";
    case "boolean":
      return "BOOLEAN";
    case "timestamp":
      return "TIMESTAMP";
    case "date":
      return "DATE";
    case "text[]":
      return duck ? "VARCHAR[]" : "TEXT[]";
    case "json":
      return duck ? "JSON" : "JSONB";
  }
}

/**
 * The value of a column read from `r`, one row of a batch the loader sends as one JSON
 * parameter (instants as UTC text, dates as text): in DuckDB a struct parsed once by
 * `from_json`, in PostgreSQL a `jsonb` object.
 */
export function fieldOf(dialect: SqlDialect, key: string, type: SqlColumnType): string {
  if (dialect === "duckdb") {
    const field = `r.${ident(key)}`;
    return type === "timestamp" || type === "date"
      ? `CAST(${field} AS ${typeName(dialect, type)})`
      : field;
  }
  const k = literal(key);
  switch (type) {
    case "text[]":
      return `CASE WHEN jsonb_typeof(r->${k}) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(r->${k})) END`;
    case "json":
      return `CASE WHEN jsonb_typeof(r->${k}) = 'null' THEN NULL ELSE r->${k} END`;
    default:
      return `CAST(r->>${k} AS ${typeName(dialect, type)})`;
  }
}

/** The rows of the JSON array parameter `$1`, each as `r`, of columns of these types. */
export function jsonRows(
  dialect: SqlDialect,
  columns: readonly { readonly name: string; readonly type: SqlColumnType }[],
): string {
  if (dialect === "postgres") return "jsonb_array_elements(CAST($1 AS JSONB)) AS rows(r)";
  const structure: Record<string, unknown> = {};
  for (const { name, type } of columns) {
    structure[name] =
      type === "timestamp" || type === "date" || type === "text"
        ? "VARCHAR"
        : type === "text[]"
          ? ["VARCHAR"]
          : type === "json"
            ? "JSON"
            : typeName(dialect, type);
  }
  return `(SELECT unnest(from_json($1, ${literal(JSON.stringify([structure]))})) AS r) AS rows`;
}

/** `expr` holds `code` (an array column). */
export function arrayHas(dialect: SqlDialect, expr: string, code: string): string {
  return dialect === "duckdb"
    ? `COALESCE(list_contains(${expr}, ${literal(code)}), false)`
    : `COALESCE(${literal(code)} = ANY(${expr}), false)`;
}

/** A check that every element of an array column is one of `codes`. */
export function arrayWithin(dialect: SqlDialect, expr: string, codes: readonly string[]): string {
  const list = codes.map(literal).join(", ");
  return dialect === "duckdb"
    ? `list_has_all([${list}], ${expr})`
    : `${expr} <@ ARRAY[${list}]::TEXT[]`;
}

/** The Vietnam-time wall clock of a UTC `TIMESTAMP` column: seven hours later. */
export function vietnamTime(expr: string): string {
  return `(${expr} + INTERVAL '7 hours')`;
}

/** The Vietnamese calendar day of a UTC `TIMESTAMP` column. */
export function vietnamDay(expr: string): string {
  return `CAST(${vietnamTime(expr)} AS DATE)`;
}

/**
 * The period key (`periodKeyOf`) of a timestamp or date expression already in Vietnam
 * time: `2024`, `2024-H1`, `2024-Q1`, `2024-03`, `2024-W10` (ISO week), `2024-03-07`.
 */
export function periodKeySql(dialect: SqlDialect, x: string, unit: PeriodUnit): string {
  if (dialect === "duckdb") {
    switch (unit) {
      case "day":
        return `strftime(${x}, '%Y-%m-%d')`;
      case "week":
        return `strftime(${x}, '%G-W%V')`;
      case "month":
        return `strftime(${x}, '%Y-%m')`;
      case "quarter":
        return `(strftime(${x}, '%Y') || '-Q' || CAST(quarter(${x}) AS VARCHAR))`;
      case "half":
        return `(strftime(${x}, '%Y') || CASE WHEN month(${x}) <= 6 THEN '-H1' ELSE '-H2' END)`;
      case "year":
        return `strftime(${x}, '%Y')`;
    }
  }
  switch (unit) {
    case "day":
      return `to_char(${x}, 'YYYY-MM-DD')`;
    case "week":
      return `to_char(${x}, 'IYYY-"W"IW')`;
    case "month":
      return `to_char(${x}, 'YYYY-MM')`;
    case "quarter":
      return `to_char(${x}, 'YYYY-"Q"Q')`;
    case "half":
      return `(to_char(${x}, 'YYYY') || CASE WHEN EXTRACT(MONTH FROM ${x}) <= 6 THEN '-H1' ELSE '-H2' END)`;
    case "year":
      return `to_char(${x}, 'YYYY')`;
  }
}

/** The text of a top-level field of a JSON column (`funds` → `kind`), or NULL. */
export function jsonText(dialect: SqlDialect, expr: string, key: string): string {
  return dialect === "duckdb"
    ? `json_extract_string(${expr}, ${literal(`$.${key}`)})`
    : `(${expr} ->> ${literal(key)})`;
}

/** The entries of a JSON object column, as a table `alias(key, value)` to join laterally. */
export function jsonEntries(dialect: SqlDialect, expr: string, alias: string): string {
  return dialect === "duckdb"
    ? `json_each(${expr}) AS ${alias}`
    : `jsonb_each(${expr}) AS ${alias}(key, value)`;
}

/** The elements of a JSON array column, as a table `alias(value)` to join laterally. */
export function jsonElements(dialect: SqlDialect, expr: string, alias: string): string {
  return dialect === "duckdb"
    ? `json_each(${expr}) AS ${alias}`
    : `jsonb_array_elements(${expr}) AS ${alias}(value)`;
}
