// The engine against DuckDB, alternated round after round in one process: the ratio
// recorded in docs/benchmarks.md ("Speed goals"). Run it with
//
//   node --import tsx test/bench/engine-duckdb.ts [rounds] [records]
//
// DuckDB gets its table loaded before the rounds (the records' instants as UTC
// timestamps, which is how a database holds them), and each round times only its
// GROUP BY and reading the result rows back into JavaScript objects of the same shape as
// the hand-written loops'. The engine gets the records as JavaScript objects. Both
// results are checked equal first. It exits with status 1 when the engine takes more than
// DuckDB (the goal of the speed issue).
import { DuckDBInstance } from "@duckdb/node-api";
import { aggregate } from "../../src/index.js";
import {
  type BenchIncident,
  type Counts,
  canonical,
  countInto,
  incidents,
  unitMonthCategory,
} from "./engine-data.js";
import { median, time } from "./timing.js";

const ROUNDS = Number(process.argv[2] ?? 7);
const RECORDS = Number(process.argv[3] ?? 1_000_000);
const records: BenchIncident[] = [...incidents(RECORDS)];

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
await connection.run(
  "CREATE TABLE incidents (unit_code VARCHAR, occurred_ms BIGINT, category VARCHAR)",
);
const loadStarted = performance.now();
const appender = await connection.createAppender("incidents");
for (const r of records) {
  appender.appendVarchar(r.unitCode);
  appender.appendBigInt(BigInt(Date.parse(r.occurredAt)));
  appender.appendVarchar(r.category);
  appender.endRow();
}
appender.closeSync();
const loadMs = performance.now() - loadStarted;

// Vietnam has kept UTC+7 since 1975: the month of an instant in Vietnam time is the month
// of the UTC timestamp seven hours later.
const SQL = `SELECT unit_code, strftime(epoch_ms(occurred_ms + 25200000), '%Y-%m') AS month,
  category, count(*)::INTEGER AS n FROM incidents GROUP BY ALL`;

async function duckdb(): Promise<Counts> {
  const reader = await connection.runAndReadAll(SQL);
  const out: Counts = {};
  // Column by column: DuckDB's fastest way out (no array per row).
  const [units, months, categories, counts] = reader.getColumns() as [
    string[],
    string[],
    string[],
    number[],
  ];
  for (let i = 0; i < units.length; i++) {
    const unit = units[i] as string;
    const month = months[i] as string;
    const category = categories[i] as string;
    countInto(out, unit, month, category, counts[i] as number);
  }
  return out;
}

const expected = canonical(aggregate(unitMonthCategory, records));
if (canonical(await duckdb()) !== expected) throw new Error("DuckDB disagrees with the engine");

const engineTimes: number[] = [];
const duckTimes: number[] = [];
const groupByTimes: number[] = [];
let rows = 0;
for (let round = 0; round <= ROUNDS; round++) {
  const e = time(() => aggregate(unitMonthCategory, records));
  const started = performance.now();
  const result = await duckdb();
  const d = performance.now() - started;
  const groupByStarted = performance.now();
  await connection.runAndReadAll(`SELECT count(*) FROM (${SQL})`);
  const g = performance.now() - groupByStarted;
  rows = Object.values(result).reduce(
    (n, byMonth) => n + Object.values(byMonth).reduce((m, c) => m + Object.keys(c).length, 0),
    0,
  );
  if (round > 0) {
    engineTimes.push(e);
    duckTimes.push(d);
    groupByTimes.push(g);
  }
}
connection.closeSync();

const ratios = engineTimes.map((e, i) => e / (duckTimes[i] as number));
console.log(
  `unit × month × category, ${RECORDS.toLocaleString("en")} records, ${ROUNDS} alternated rounds, Node ${process.version}`,
);
console.log(
  `DuckDB loaded the table in ${loadMs.toFixed(0)} ms (not counted); ${rows.toLocaleString("en")} result rows`,
);
console.log("| contender | median ms | engine ÷ contender (median of rounds) |");
console.log("|---|---:|---:|");
console.log(`| engine, records in JavaScript | ${median(engineTimes).toFixed(0)} | 1.00 |`);
console.log(
  `| DuckDB GROUP BY + reading the rows back | ${median(duckTimes).toFixed(0)} | ${median(ratios).toFixed(2)} |`,
);
console.log(
  `| DuckDB GROUP BY alone, nothing read back (for reference) | ${median(groupByTimes).toFixed(0)} | ${median(engineTimes.map((e, i) => e / (groupByTimes[i] as number))).toFixed(2)} |`,
);
const ratio = median(ratios);
if (ratio > 1) {
  console.error(`FAIL: the engine takes ${ratio.toFixed(2)}× DuckDB (goal 1.0×)`);
  process.exit(1);
}
