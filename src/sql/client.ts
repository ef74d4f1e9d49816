import type { SqlDialect } from "./layout.js";

/**
 * A row of a query's result: column name → value, as the driver gives it (numbers may
 * come as `number`, `bigint` or numeric text; the library reads all three).
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlRow } from "antt/sql";
 * const row: SqlRow = { unit: "15532", n: 3n };
 * ```
 */
export type SqlRow = Readonly<Record<string, unknown>>;

/**
 * A query and its parameters: values always travel as parameters (`$1`, `$2`…), never
 * pasted into the text.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlQuery } from "antt/sql";
 * const query: SqlQuery = { text: "SELECT count(*) AS n FROM incidents WHERE unit_code = $1", params: ["15532"] };
 * ```
 */
export interface SqlQuery {
  /** The SQL text, with `$1`, `$2`… for the parameters. */
  readonly text: string;
  /** The parameters' values, in order. */
  readonly params: readonly unknown[];
}

/**
 * A database connection as `antt/sql` uses it: a dialect and a way to run one statement
 * with parameters. Make one with {@link duckdbClient} or {@link postgresClient}, or write
 * one for another driver.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlClient } from "antt/sql";
 * const rowsOf = (client: SqlClient) => client.query("SELECT 1 AS one");
 * ```
 */
export interface SqlClient {
  /** The dialect of the database. */
  readonly dialect: SqlDialect;
  /** Runs one statement with its parameters and gives its rows. */
  query(text: string, params?: readonly unknown[]): Promise<readonly SqlRow[]>;
}

/**
 * What {@link duckdbClient} needs of a DuckDB connection: `runAndReadAll` of
 * `@duckdb/node-api`'s `DuckDBConnection`.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { DuckDBConnectionLike } from "antt/sql";
 * declare const connection: DuckDBConnectionLike;
 * ```
 */
export interface DuckDBConnectionLike {
  /** Runs a statement with its parameters and reads all its rows. */
  // biome-ignore lint/suspicious/noExplicitAny: the driver's own parameter types
  runAndReadAll(sql: string, values?: any): Promise<DuckDBReaderLike>;
}

/**
 * What {@link duckdbClient} needs of a DuckDB result: `getRowObjectsJS` of
 * `@duckdb/node-api`'s `DuckDBResultReader`.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { DuckDBReaderLike } from "antt/sql";
 * const empty: DuckDBReaderLike = { getRowObjectsJS: () => [] };
 * ```
 */
export interface DuckDBReaderLike {
  /** The rows, as objects of JavaScript values. */
  // biome-ignore lint/suspicious/noExplicitAny: the driver's own value types
  getRowObjectsJS(): any[];
}

/**
 * What {@link postgresClient} needs of a PostgreSQL connection: a `query(text, params)`
 * that resolves to `{ rows }`, as PGlite (`@electric-sql/pglite`) and node-postgres
 * (`pg`'s `Client` and `Pool`) have.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { PostgresLike } from "antt/sql";
 * declare const pg: PostgresLike;
 * ```
 */
export interface PostgresLike {
  /** Runs a statement with its parameters and gives its rows. */
  // biome-ignore lint/suspicious/noExplicitAny: the driver's own parameter and row types
  query(text: string, params?: any[]): Promise<{ rows: any[] }>;
}

/**
 * A {@link SqlClient} over a connection of DuckDB's Node API (`@duckdb/node-api`), which
 * the app installs and opens; `antt/sql` never loads a driver itself.
 *
 * @param connection - a `DuckDBConnection` (`await (await DuckDBInstance.create()).connect()`)
 * @returns the client
 * @category SQL
 * @example
 * ```ts
 * import { DuckDBInstance } from "@duckdb/node-api";
 * import { duckdbClient } from "antt/sql";
 * const instance = await DuckDBInstance.create(":memory:");
 * const client = duckdbClient(await instance.connect());
 * await client.query("SELECT 1 AS one"); // [{ one: 1 }]
 * ```
 */
export function duckdbClient(connection: DuckDBConnectionLike): SqlClient {
  return {
    dialect: "duckdb",
    async query(text, params = []) {
      const reader = await connection.runAndReadAll(
        text,
        params.length === 0 ? undefined : [...params],
      );
      return reader.getRowObjectsJS();
    },
  };
}

/**
 * A {@link SqlClient} over a PostgreSQL connection: PGlite (Postgres in WebAssembly,
 * `@electric-sql/pglite`), or node-postgres' `Client` or `Pool` for a server (Citus
 * included). The app installs and opens it; `antt/sql` never loads a driver itself.
 *
 * @param pg - the connection
 * @returns the client
 * @category SQL
 * @example
 * ```ts
 * import { PGlite } from "@electric-sql/pglite";
 * import { postgresClient } from "antt/sql";
 * const client = postgresClient(new PGlite());
 * await client.query("SELECT 1 AS one"); // [{ one: 1 }]
 * ```
 */
export function postgresClient(pg: PostgresLike): SqlClient {
  return {
    dialect: "postgres",
    async query(text, params = []) {
      return (await pg.query(text, [...params])).rows;
    },
  };
}

/** A count or sum read from a row: a number, a bigint or numeric text. */
export function numberOf(value: unknown, column: string): number {
  const n =
    typeof value === "number"
      ? value
      : typeof value === "bigint" || typeof value === "string"
        ? Number(value)
        : value == null
          ? 0
          : Number.NaN;
  if (!Number.isSafeInteger(n)) {
    throw new TypeError(
      `Column ${column} of a summary row is not a whole number: ${String(value)} (Cột ${column} không phải số nguyên)`,
    );
  }
  return n;
}

/** A key read from a row: text, or `null`. */
export function textOf(value: unknown): string | null {
  return value == null ? null : String(value);
}
