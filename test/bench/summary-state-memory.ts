// Memory of a grouped summary's state: `incidentSummaryByUnitAndPeriod()` over the
// generated incidents of the engine benchmarks (3,000 communes × 24 months = 72,000
// groups), with a detection channel and a status on every record and a third of them
// clarified (half of those with cameras). Run it with
//
//   node --expose-gc --import tsx test/bench/summary-state-memory.ts [records]
//
// It prints the heap the state keeps (measured after a forced collection, with the records
// still held, so only the state counts), its bytes per group and its size as JSON, and
// exits with status 1 when the state keeps 30 MB or more (the goal of the speed issue).
// Results are recorded in docs/benchmarks.md ("Speed goals").
import {
  aggregateState,
  INCIDENT_DETECTION_LABELS,
  type Incident,
  incidentSummaryByUnitAndPeriod,
} from "../../src/index.js";
import { incidents } from "./engine-data.js";
import { heapUsedAfterGc } from "./timing.js";

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const LIMIT_MB = 30;

const heapMb = () => heapUsedAfterGc() / 1_000_000;

const DETECTIONS = Object.keys(INCIDENT_DETECTION_LABELS);
const records: Incident[] = [];
let i = 0;
for (const r of incidents(RECORDS)) {
  const clarified = i % 3 === 0;
  records.push({
    id: `vv-${i}`,
    unitCode: r.unitCode,
    occurredAt: r.occurredAt,
    category: r.category,
    detectedBy: DETECTIONS[i % DETECTIONS.length],
    status: clarified ? "clarified" : "investigating",
    ...(clarified
      ? { clarified: { on: r.occurredAt.slice(0, 10), by: [i % 2 ? "camera" : "patrol"] } }
      : {}),
  } as Incident);
  i += 1;
}

const summary = incidentSummaryByUnitAndPeriod();
aggregateState(summary, records.slice(0, 20_000)); // warm up
const before = heapMb();
const started = performance.now();
const state = aggregateState(summary, records);
const ms = performance.now() - started;
const kept = heapMb() - before;

let groups = 0;
for (let u = 1; u < state.length; u += 2) groups += (state[u] as unknown[]).length / 2;
const json = JSON.stringify(state).length / 1_000_000;
console.log(
  `incidentSummaryByUnitAndPeriod(), ${RECORDS.toLocaleString("en")} records, Node ${process.version}`,
);
console.log("| groups | state heap MB | bytes per group | state as JSON MB | aggregating ms |");
console.log("|---:|---:|---:|---:|---:|");
console.log(
  `| ${groups.toLocaleString("en")} | ${kept.toFixed(1)} | ${Math.round((kept * 1_000_000) / groups)} | ${json.toFixed(1)} | ${ms.toFixed(0)} |`,
);
if (kept >= LIMIT_MB) {
  console.error(`FAIL: the state keeps ${kept.toFixed(1)} MB (goal < ${LIMIT_MB} MB)`);
  process.exit(1);
}
