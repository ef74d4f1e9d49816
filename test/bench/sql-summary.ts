// Summaries in the database against the JavaScript pass (issue 20), alternated round after
// round in one process. Run it with
//
//   node --import tsx test/bench/sql-summary.ts [rounds] [records] [pglite records]
//
// The incidents are loaded into DuckDB (and PGlite) before the rounds, with the library's
// loader. Each round times, on the same tables:
// - SQL: the incident summary by unit and month computed in the database
//   (incidentSummaryByUnitAndPeriodSql), its rows read into the state, and `finish`;
// - JavaScript: the records pulled from the database (readRecords) and one pass of
//   incidentSummaryByUnitAndPeriod over them, then `finish`.
// Both results are checked equal first. With 1,000,000 incidents or more (the size of the
// goal), it exits with status 1 when SQL takes more than a third of the JavaScript pass in
// DuckDB. Smaller runs (the quick tier) report the ratio only: with fewer records per commune
// and month, the rows a summary gives back are nearly as many as the records.
import { DuckDBInstance } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import { aggregate, type Incident, incidentSummaryByUnitAndPeriod } from "../../src/index.js";
import {
  duckdbClient,
  incidentSummaryByUnitAndPeriodSql,
  loadDataset,
  postgresClient,
  readRecords,
  type SqlClient,
  stateFromDatabase,
} from "../../src/sql/index.js";
import { incidents } from "./engine-data.js";
import { median } from "./timing.js";

const ROUNDS = Number(process.argv[2] ?? 3);
const RECORDS = Number(process.argv[3] ?? 1_000_000);
const PGLITE_RECORDS = Number(process.argv[4] ?? RECORDS);

const DETECTIONS = ["camera", "patrol", "tip", "report", "other"] as const;
const STATUSES = ["received", "investigating", "clarified", "transferred", "closed"] as const;

/** Full incidents: the engine benchmarks' records with detection, status, clarification, suspects. */
function* fullIncidents(n: number): Generator<Incident> {
  let i = 0;
  for (const r of incidents(n)) {
    const status = STATUSES[i % 5] as Incident["status"];
    const day = r.occurredAt.slice(0, 10);
    yield {
      id: `vv-${i}`,
      category: r.category as Incident["category"],
      occurredAt: r.occurredAt,
      unitCode: r.unitCode,
      detectedBy: DETECTIONS[(i * 7) % 5] as Incident["detectedBy"],
      status,
      ...(status === "clarified" && {
        clarified: {
          on: day < "2023-01-02" ? "2023-01-02" : day,
          by: i % 3 === 0 ? ["camera"] : ["investigation"],
        },
        suspects: i % 4,
      }),
    } as Incident;
    i++;
  }
}

const grouped = incidentSummaryByUnitAndPeriod();
const summary = incidentSummaryByUnitAndPeriodSql();

async function inSql(client: SqlClient): Promise<string> {
  return JSON.stringify(grouped.finish(await stateFromDatabase(client, summary)));
}

async function inJs(
  client: SqlClient,
  times?: { pull: number[]; pass: number[] },
): Promise<string> {
  const started = performance.now();
  const records = await readRecords(client, "incidents");
  const pulled = performance.now();
  const out = JSON.stringify(aggregate(grouped, records));
  times?.pull.push(pulled - started);
  times?.pass.push(performance.now() - pulled);
  return out;
}

async function load(client: SqlClient, n: number): Promise<number> {
  const started = performance.now();
  const batch: Incident[] = [];
  await loadDataset(client, {}, { kinds: ["incidents"] });
  for (const incident of fullIncidents(n)) {
    batch.push(incident);
    if (batch.length === 50_000) {
      await loadDataset(client, { incidents: batch }, { kinds: ["incidents"], create: false });
      batch.length = 0;
    }
  }
  await loadDataset(client, { incidents: batch }, { kinds: ["incidents"], create: false });
  return performance.now() - started;
}

async function measure(name: string, client: SqlClient, n: number, rounds: number) {
  const loadMs = await load(client, n);
  if ((await inSql(client)) !== (await inJs(client))) {
    throw new Error(`${name}: the summary in SQL disagrees with the JavaScript pass`);
  }
  const sql: number[] = [];
  const js: number[] = [];
  const parts = { pull: [] as number[], pass: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    await inSql(client);
    sql.push(performance.now() - started);
    started = performance.now();
    await inJs(client, parts);
    js.push(performance.now() - started);
  }
  const ratio = median(sql.map((s, i) => s / (js[i] as number)));
  console.log(
    `| ${name} | ${n.toLocaleString("en")} | ${(loadMs / 1000).toFixed(1)} s | ${median(sql).toFixed(0)} | ${median(js).toFixed(0)} (${median(parts.pull).toFixed(0)} pulling + ${median(parts.pass).toFixed(0)} counting) | ${ratio.toFixed(3)} (1/${(1 / ratio).toFixed(1)}) |`,
  );
  return ratio;
}

console.log(
  `incident summary by unit × month, ${ROUNDS} alternated rounds, Node ${process.version}; ms are medians`,
);
console.log(
  "| database | incidents | load (not timed) | SQL state + finish, ms | records pulled + JavaScript pass, ms | SQL ÷ JavaScript |",
);
console.log("|---|---:|---:|---:|---:|---:|");
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const duckRatio = await measure("DuckDB", duckdbClient(connection), RECORDS, ROUNDS);
connection.closeSync();
instance.closeSync();
const pg = new PGlite();
await pg.waitReady;
await measure(
  "PGlite (PostgreSQL in WebAssembly)",
  postgresClient(pg),
  PGLITE_RECORDS,
  Math.max(1, ROUNDS - 2),
);
await pg.close();
if (RECORDS >= 1_000_000 && duckRatio > 1 / 3) {
  console.error(
    `FAIL: SQL takes ${duckRatio.toFixed(2)} of the JavaScript pass in DuckDB (goal ≤ 1/3)`,
  );
  process.exit(1);
}
