// Memory of validating hostile input: 1,000,000 invalid records (null) in one dataset, the
// case that once produced 1,000,000 issues and about 1 GB. Run with
//
//   node --expose-gc --import tsx test/bench/validate-memory.ts [records]
//
// It prints the peak resident memory and the size of what validation returns, and exits
// with status 1 when validation keeps more than 1,000 issues or memory grows past 256 MB.
import { validateDataset } from "../../src/index.js";

const RECORDS = Number(process.argv[2] ?? 1_000_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");

const input = { schemaVersion: "1.0", cameras: Array.from({ length: RECORDS }, () => null) };
gc();
const before = process.memoryUsage().heapUsed;
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const result = validateDataset(input);
const ms = performance.now() - started;
// Validation is synchronous: the peak is read from the process's highest resident memory.
const peakRss = process.resourceUsage().maxRSS * 1024;
gc();
const kept = process.memoryUsage().heapUsed - before;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
console.log(
  `${RECORDS.toLocaleString("en")} null records: ${result.issues.length} issues listed, ${result.issuesOmitted.toLocaleString("en")} counted; ${ms.toFixed(0)} ms`,
);
console.log(
  `resident memory grew at most ${mb(peakRss - rssBefore)} MB during validation; the result keeps ${mb(kept)} MB`,
);
const ok = result.issues.length <= 1000 && peakRss - rssBefore < 256 * 1024 * 1024;
process.exit(ok ? 0 : 1);
