// Summarise a stream of incidents far larger than you would hold in memory: the state of
// an aggregation grows with its groups (categories, statuses), never with the records.
//
// Run: npx tsx examples/stream-constant-memory.ts
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import {
  aggregateState,
  formatNumber,
  INCIDENT_CATEGORY_LABELS,
  type Incident,
  IncidentCategorySchema,
  incidentSummary,
  label,
  parsePeriod,
} from "antt";

// The test gate runs every example; it asks for a shorter run.
const RECORDS = process.env["ANTT_EXAMPLE_CHECK"] === "1" ? 200_000 : 1_000_000;
const SAMPLES = 5;

const categories = IncidentCategorySchema.options;
const communes = ["15493", "15499", "15532", "15535", "15553"];
// Only to measure: collect garbage before reading the heap, so that it shows the memory
// still in use, not garbage waiting for the collector (same as `node --expose-gc`).
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
let measuring = 0; // milliseconds spent measuring, left out of the speed
const heap = () => {
  const t = performance.now();
  gc();
  const used = process.memoryUsage().heapUsed;
  measuring += performance.now() - t;
  return used;
};
const mib = (bytes: number) => formatNumber(bytes / 2 ** 20);
const heapSamples: number[] = [];

// Stands in for a database cursor or a paged API: records are made one at a time and
// dropped once they are counted. A deterministic sequence, no randomness.
const start = Date.UTC(2023, 11, 31, 17); // 00:00 on 1 January 2024 in Vietnam
const instants = Array.from({ length: 4096 }, (_, k) =>
  new Date(start + k * 7_699_000).toISOString(),
); // 4,096 moments spread over 2024
async function* incidents(total: number): AsyncGenerator<Incident> {
  for (let i = 0; i < total; i++) {
    if (i % (total / SAMPLES) === 0) heapSamples.push(heap());
    const clarified = i % 3 !== 0;
    yield {
      id: `vv-${i}`,
      category: categories[(i * 7) % categories.length] ?? "other",
      occurredAt: instants[(i * 31) % instants.length] ?? "2024-01-01T00:00:00Z",
      unitCode: communes[i % communes.length] ?? "15532",
      detectedBy: i % 4 === 0 ? "camera" : "report",
      status: clarified ? "clarified" : "investigating",
      ...(clarified ? { clarified: { on: "2024-12-31", by: ["camera" as const] } } : {}),
      suspects: i % 5,
    };
  }
}

// One pass: aggregateState over an async iterable returns a promise of the state.
const summary = incidentSummary({ period: parsePeriod("2024-H1") });
const heapBefore = heap();
const started = performance.now();
const state = await aggregateState(summary, incidents(RECORDS));
const seconds = (performance.now() - started - measuring) / 1000;
heapSamples.push(heap());
const result = summary.finish(state);

console.log(
  `${formatNumber(RECORDS)} vụ việc trong ${formatNumber(seconds, { maximumFractionDigits: 2 })} giây` +
    ` (${formatNumber(Math.round(RECORDS / seconds))} bản ghi/giây)`,
);
console.log(
  `Bộ nhớ heap khi đọc (MiB): ${heapSamples.map(mib).join(" → ")};` +
    ` tăng ${mib(Math.max(...heapSamples) - heapBefore)} MiB so với lúc bắt đầu`,
);
console.log(
  `Trạng thái gửi đi được dưới dạng JSON: ${formatNumber(JSON.stringify(state).length)} byte`,
);
const top = Object.entries(result.byCategory).sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))[0];
console.log(
  `6 tháng đầu năm 2024: ${formatNumber(result.total)} vụ (ngoài kỳ ${formatNumber(result.outsidePeriod)}),` +
    ` làm rõ ${formatNumber(result.clarified)}, nhiều nhất: ${top ? `${label(INCIDENT_CATEGORY_LABELS, top[0])} ${formatNumber(top[1] ?? 0)}` : "—"}`,
);
