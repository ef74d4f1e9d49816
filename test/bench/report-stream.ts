// A province's report streamed from NDJSON, with the heap measured as it goes, and the same
// report merged from its communes' submissions: the figures recorded in docs/benchmarks.md
// ("Reports"). Run it with
//
//   node --expose-gc --import tsx test/bench/report-stream.ts [incidents] [cameras] [others] [communes]
//
// (default: 1,000,000 incidents, 200,000 cameras, 100,000 other records, 150 communes).
// The province's NDJSON file is written to the system's temporary folder first, commune
// by commune, and read back record by record (readDatasetNDJSON, every record checked by
// its schema) into unitReport. It exits with status 1 when the heap grows by 100 MB or
// more, or merging the 150 communes' submissions takes a twentieth or more of building
// the report from the records.
import { once } from "node:events";
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  communeCode,
  communeRecords,
  PROVINCE,
  type ProvinceSize,
  provinceNDJSON,
  provinceUnits,
} from "../../examples/data/province.js";
import { aggregate, aggregateState } from "../../src/aggregate/index.js";
import { REPORT_COLLECTIONS, type ReportRecord, unitReport } from "../../src/reports/index.js";
import { readDatasetNDJSON } from "../../src/stream/index.js";
import { createSubmission, mergeSubmissions } from "../../src/submissions/index.js";
import { heapUsedAfterGc } from "./timing.js";

const size: ProvinceSize = {
  incidents: Number(process.argv[2] ?? 1_000_000),
  cameras: Number(process.argv[3] ?? 200_000),
  others: Number(process.argv[4] ?? 100_000),
  communes: Number(process.argv[5] ?? 150),
};
const LIMIT_MB = 100;
const units = provinceUnits(size);
// Every commune's submission says its incidents and cameras are complete: the streamed
// report declares the same (a dataset's completeness declarations), so the two compare to
// the byte.
const coverage = Array.from({ length: size.communes }, (_, i) =>
  ["2024", "2023"].map((year) => ({
    id: `submission:${communeCode(i)}:${year}`,
    unitCode: communeCode(i),
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    complete: ["incidents" as const, "cameras" as const],
  })),
).flat();
const options = { unit: PROVINCE, period: "2024", units } as const;

const heapMb = () => heapUsedAfterGc() / 1_000_000;

// --- the file --------------------------------------------------------------------------

const file = join(tmpdir(), `antt-province-${process.pid}.ndjson`);
const out = createWriteStream(file);
for (const line of provinceNDJSON(size)) {
  if (!out.write(line)) await once(out, "drain");
}
out.end();
await once(out, "finish");
const records = size.incidents + size.cameras + size.others;
const fileMb = statSync(file).size / 1_000_000;

// --- streamed ----------------------------------------------------------------------------

const samples: { records: number; mb: number }[] = [];
const base = heapMb();
const stream = readDatasetNDJSON(createReadStream(file), { collections: REPORT_COLLECTIONS });
const every = Math.max(1, Math.floor(records / 10));
async function* measured(): AsyncGenerator<ReportRecord> {
  let n = 0;
  for await (const record of stream) {
    yield record;
    n += 1;
    if (n % every === 0) samples.push({ records: n, mb: heapMb() - base });
  }
}
const started = performance.now();
const report = await aggregate(unitReport({ ...options, dataset: { coverage } }), measured());
const buildMs = performance.now() - started;
rmSync(file);
if (stream.issues.length > 0)
  throw new Error(`the generated records do not validate: ${JSON.stringify(stream.issues[0])}`);
const counted = REPORT_COLLECTIONS.reduce(
  (n, c) => n + report.reconciliation.period.collections[c].given,
  0,
);
if (counted !== records) throw new Error(`the report was given ${counted} records, not ${records}`);
const peak = Math.max(...samples.map((s) => s.mb));

// --- merged from submissions ------------------------------------------------------------------

const submissions: string[] = [];
for (let i = 0; i < size.communes; i++) {
  const commune = unitReport({ ...options, unit: communeCode(i) });
  const state = aggregateState(commune, communeRecords(i, size));
  submissions.push(
    JSON.stringify(
      createSubmission(commune, state, {
        unitName: `Xã Mẫu ${i + 1}`,
        covers: { incidents: "complete", cameras: "complete" },
        producedBy: "Công an xã",
        producedAt: "2025-01-06T08:00:00+07:00",
      }),
    ),
  );
}
const mergeTimes: number[] = [];
let merged: ReturnType<typeof mergeSubmissions> | undefined;
for (let round = 0; round < 5; round++) {
  const t = performance.now();
  merged = mergeSubmissions(
    submissions.map((s) => JSON.parse(s)),
    options,
  );
  mergeTimes.push(performance.now() - t);
}
mergeTimes.sort((a, b) => a - b);
const mergeMs = mergeTimes[2] as number;
if (JSON.stringify(merged?.report) !== JSON.stringify(report)) {
  throw new Error("the merged submissions do not give the streamed report");
}
const submissionKb = submissions.reduce((n, s) => n + s.length, 0) / size.communes / 1000;

console.log(
  `province of ${size.communes} communes: ${records.toLocaleString("en")} records (${size.incidents.toLocaleString("en")} incidents, ${size.cameras.toLocaleString("en")} cameras, ${size.others.toLocaleString("en")} others), NDJSON ${fileMb.toFixed(0)} MB, Node ${process.version}`,
);
console.log("| records read | heap growth MB |");
console.log("|---:|---:|");
for (const s of samples) console.log(`| ${s.records.toLocaleString("en")} | ${s.mb.toFixed(1)} |`);
console.log(
  `\nstreamed, checked and reported in ${(buildMs / 1000).toFixed(1)} s (${Math.round(records / (buildMs / 1000)).toLocaleString("en")} records/s); peak heap growth ${peak.toFixed(1)} MB`,
);
console.log(
  `merging ${size.communes} submissions (${submissionKb.toFixed(0)} kB each, parsed from JSON): ${mergeMs.toFixed(0)} ms, ${(mergeMs / buildMs).toFixed(3)} of building from the records; the same report to the byte`,
);
const failures: string[] = [];
if (peak >= LIMIT_MB) failures.push(`the heap grew by ${peak.toFixed(1)} MB (limit ${LIMIT_MB})`);
if (mergeMs / buildMs >= 0.05)
  failures.push(`merging takes ${(mergeMs / buildMs).toFixed(3)} of building (goal < 0.05)`);
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join("; ")}`);
  process.exit(1);
}
