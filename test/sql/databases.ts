// The databases the SQL tests run on, in-process: DuckDB embedded and PostgreSQL as PGlite.
// With DATABASE_URL set (postgres://…), the PostgreSQL tests run against that server too,
// through node-postgres when it is installed.
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import { duckdbClient, postgresClient, type SqlClient } from "../../src/sql/index.js";

/**
 * The names of the databases the tests run on: DuckDB and PGlite, and a PostgreSQL server
 * when DATABASE_URL names one.
 */
export const DATABASE_NAMES: readonly string[] = [
  "duckdb",
  "pglite",
  ...(process.env["DATABASE_URL"] ? ["postgres server"] : []),
];

export interface TestDatabase {
  readonly name: string;
  readonly client: SqlClient;
  close(): Promise<void>;
}

export async function openDuckDB(): Promise<TestDatabase> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  return {
    name: "duckdb",
    client: duckdbClient(connection),
    close: async () => {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function openPGlite(): Promise<TestDatabase> {
  const pg = new PGlite();
  // Ready before the first test: PGlite starts Postgres on this thread, which would
  // otherwise run in the middle of the first test's queries.
  await pg.waitReady;
  return { name: "pglite", client: postgresClient(pg), close: () => pg.close() };
}

/** A PostgreSQL server named by DATABASE_URL, in a schema of its own, or `undefined`. */
export async function openServer(): Promise<TestDatabase | undefined> {
  const url = process.env["DATABASE_URL"];
  if (url === undefined || url === "") return undefined;
  const { default: pg } = (await import("pg" as string)) as {
    default: { Client: new (o: { connectionString: string }) => PgClient };
  };
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const schema = `antt_test_${process.pid}_${Date.now()}`;
  await client.query(`CREATE SCHEMA ${schema}`);
  await client.query(`SET search_path TO ${schema}`);
  return {
    name: "postgres server",
    client: postgresClient(client),
    close: async () => {
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
      await client.end();
    },
  };
}

interface PgClient {
  connect(): Promise<void>;
  end(): Promise<void>;
  // biome-ignore lint/suspicious/noExplicitAny: the driver's rows
  query(text: string, params?: any[]): Promise<{ rows: any[] }>;
}

/** Every database available here: DuckDB, PGlite, and a server when DATABASE_URL names one. */
export async function openDatabases(): Promise<TestDatabase[]> {
  const server = await openServer();
  return [await openDuckDB(), await openPGlite(), ...(server === undefined ? [] : [server])];
}
