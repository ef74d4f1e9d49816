// Memory check of the aggregation engine: aggregating an async iterable of 5,000,000
// records must grow the heap by less than 64 MB (the state is bounded by the groups, not
// by the records). Run it with
//
//   node --expose-gc --import tsx test/bench/engine-memory.ts [records]
//
// It forces a garbage collection every 500,000 records and measures the heap still in use
// then, so garbage waiting to be collected does not count; it exits with status 1 when the
// growth reaches 64 MB. Results are recorded in docs/benchmarks.md ("Engine").
import { aggregate, byPeriod, byUnit, countBy, groupBy } from "../../src/index.js";
import { type BenchIncident, incidentsAsync } from "./engine-data.js";
import { heapUsedAfterGc } from "./timing.js";

const RECORDS = Number(process.argv[2] ?? 5_000_000);
const CHECK_EVERY = 500_000;
const LIMIT_MB = 64;

const heapMb = () => heapUsedAfterGc() / 1_048_576;

const unitMonthCategory = groupBy(
  byUnit((r: BenchIncident) => r.unitCode),
  groupBy(
    byPeriod((r) => r.occurredAt, "month"),
    countBy((r) => r.category),
  ),
);

const samples: { records: number; growthMb: number }[] = [];
let base = 0;

/** The records, with a heap measurement every CHECK_EVERY records. */
async function* measured(source: AsyncIterable<BenchIncident>): AsyncGenerator<BenchIncident> {
  let n = 0;
  for await (const record of source) {
    yield record;
    n += 1;
    if (n % CHECK_EVERY === 0) samples.push({ records: n, growthMb: heapMb() - base });
  }
}

base = heapMb();
const started = performance.now();
const result = await aggregate(unitMonthCategory, measured(incidentsAsync(RECORDS)));
const seconds = (performance.now() - started) / 1000;
const withOutput = heapMb() - base;

let groups = 0;
for (const months of Object.values(result)) {
  for (const categories of Object.values(months ?? {}))
    groups += Object.keys(categories ?? {}).length;
}

console.log(
  `Aggregated ${RECORDS.toLocaleString("en")} records from an async iterable in ${seconds.toFixed(1)} s`,
);
console.log(
  `(${Math.round(RECORDS / seconds).toLocaleString("en")} records/s, including generating them), ${groups.toLocaleString("en")} unit × month × category groups.`,
);
console.log("records    heap growth after GC (state in use)");
for (const { records, growthMb } of samples) {
  console.log(`${records.toLocaleString("en").padStart(9)}  ${growthMb.toFixed(1).padStart(6)} MB`);
}
console.log(`finished output retained: ${withOutput.toFixed(1)} MB`);
const worst = Math.max(withOutput, ...samples.map((s) => s.growthMb));
console.log(
  `largest growth: ${worst.toFixed(1)} MB (limit ${LIMIT_MB} MB) on Node ${process.version}`,
);
if (worst >= LIMIT_MB) {
  console.error("FAIL: the heap grew by 64 MB or more");
  process.exit(1);
}
