// A province's report computed by worker threads, each reading its own share of one NDJSON
// file: every worker checks and counts the records of its byte range into a report state,
// sends the state back as JSON, and the main thread merges the states into the report. The
// result is the same report, to the byte, as one thread reading the whole file.
//
// Run: npx tsx examples/province-workers.ts [incidents] [workers]
// (default: a small province of 20,000 incidents, and one worker per core)
import { once } from "node:events";
import { createReadStream, createWriteStream, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import {
  aggregate,
  aggregateState,
  exportState,
  formatNumber,
  mergeStates,
  parseState,
  REPORT_COLLECTIONS,
  type ReportRecord,
  renderReport,
  type UnitReportState,
  unitReport,
} from "antt";
import { readDatasetNDJSON } from "antt/stream";
import { PROVINCE, type ProvinceSize, provinceNDJSON, provinceUnits } from "./data/province.js";

interface Job {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly size: ProvinceSize;
}

/** The report every thread makes: the province, 2024 against 2023. */
const reportOf = (size: ProvinceSize) =>
  unitReport({ unit: PROVINCE, period: "2024", units: provinceUnits(size) });

/**
 * The bytes of the lines that begin in [start, end) of a file: a line that began before
 * `start` is the previous share's; the line that begins before `end` is read to its end.
 * Bytes, not text: the reader decodes them, so a character cut between chunks stays whole.
 */
async function* share(file: string, start: number, end: number): AsyncGenerator<Uint8Array> {
  // From the byte before `start`: the first newline at or after it ends the previous
  // share's last line.
  let position = start > 0 ? start - 1 : 0;
  let skipping = start > 0;
  for await (const chunk of createReadStream(file, { start: position })) {
    const bytes = chunk as Buffer;
    let from = 0;
    if (skipping) {
      const newline = bytes.indexOf(10);
      if (newline < 0) {
        position += bytes.length;
        continue;
      }
      from = newline + 1;
      skipping = false;
      if (position + from >= end) return; // the share holds no line
    }
    // The share's last line ends at the first newline at or after the byte `end - 1`.
    const last = bytes.indexOf(10, Math.max(from, end - 1 - position));
    if (last >= 0) {
      yield bytes.subarray(from, last + 1);
      return;
    }
    yield bytes.subarray(from);
    position += bytes.length;
  }
}

/** What a worker does: its share of the file, checked and counted into a state. */
async function work(job: Job): Promise<string> {
  const report = reportOf(job.size);
  const stream = readDatasetNDJSON(share(job.file, job.start, job.end), {
    collections: REPORT_COLLECTIONS,
  });
  const state = await aggregateState(report, stream as AsyncIterable<ReportRecord>);
  if (stream.issues.length > 0) throw new Error(JSON.stringify(stream.issues[0]));
  return JSON.stringify(exportState(report, state));
}

if (!isMainThread) {
  parentPort?.postMessage(await work(workerData as Job));
} else {
  const incidents = Number(process.argv[2] ?? 20_000);
  const workers = Number(process.argv[3] ?? availableParallelism());
  const size: ProvinceSize = {
    communes: 150,
    incidents,
    cameras: Math.round(incidents / 5),
    others: Math.round(incidents / 10),
  };
  const file = join(tmpdir(), `antt-province-example-${process.pid}.ndjson`);
  const out = createWriteStream(file);
  for (const line of provinceNDJSON(size)) if (!out.write(line)) await once(out, "drain");
  out.end();
  await once(out, "finish");
  const bytes = statSync(file).size;

  // One thread, the whole file.
  let started = performance.now();
  const report = reportOf(size);
  const whole = await aggregate(
    report,
    readDatasetNDJSON(createReadStream(file), {
      collections: REPORT_COLLECTIONS,
    }) as AsyncIterable<ReportRecord>,
  );
  const oneMs = performance.now() - started;

  // `workers` threads, a byte range each, each running this file. Run from TypeScript
  // (tsx), a worker registers tsx's loader before it imports the file.
  const tsx = import.meta.url.endsWith(".ts") ? import.meta.resolve("tsx/esm/api") : undefined;
  const entry = tsx
    ? new URL(
        `data:text/javascript,${encodeURIComponent(
          `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(import.meta.url)});`,
        )}`,
      )
    : new URL(import.meta.url);
  started = performance.now();
  const states = await Promise.all(
    Array.from({ length: workers }, (_, w) => {
      const job: Job = {
        file,
        start: Math.floor((bytes * w) / workers),
        end: Math.floor((bytes * (w + 1)) / workers),
        size,
      };
      const worker = new Worker(entry, { workerData: job });
      return once(worker, "message").then(([text]) => {
        const parsed = parseState(report, JSON.parse(text as string));
        if (!parsed.success) throw new Error(JSON.stringify(parsed.issues[0]));
        return parsed.data as UnitReportState;
      });
    }),
  );
  const merged = report.finish(mergeStates(report, states));
  const manyMs = performance.now() - started;
  rmSync(file);

  if (JSON.stringify(merged) !== JSON.stringify(whole)) {
    throw new Error("The workers' merged states should give the same report as one thread");
  }
  const records = REPORT_COLLECTIONS.reduce(
    (n, c) => n + merged.reconciliation.period.collections[c].given,
    0,
  );
  console.log(
    `${formatNumber(records)} records (${(bytes / 1e6).toFixed(1)} MB of NDJSON): one thread ${(oneMs / 1000).toFixed(2)} s, ${workers} workers ${(manyMs / 1000).toFixed(2)} s (speed-up ${(oneMs / manyMs).toFixed(2)}×, worker start-up included), the same report to the byte`,
  );
  console.log(renderReport(merged, { locale: "vi" }).split("\n").slice(0, 6).join("\n"));
}
