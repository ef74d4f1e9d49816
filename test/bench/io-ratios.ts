// The spreadsheet import against the XLSX library alone, alternated round after round in one
// process, and the heap while a large CSV streams: the figures of docs/benchmarks.md
// ("Import"). Run it with
//
//   node --expose-gc --import tsx test/bench/io-ratios.ts [rounds] [xlsx rows] [csv rows]
//
// Defaults: 3 rounds, 100,000 camera rows in the XLSX, 1,000,000 rows in the CSV.
// - The baseline loads the workbook with exceljs and walks every row's values: the parse
//   with no mapping, the least any import must do.
// - importXlsx does that, then matches the headers, reads each cell as people write it
//   (dates, labels, money) and checks each record with CameraPointSchema.
// - The CSV is generated as it is read (never whole in memory) and streamed through
//   csvRecords; the heap is sampled every 100,000 rows after a forced collection.
// It exits with status 1 when importXlsx takes more than 3 times the baseline (the goal of
// issue 15), or when the heap grows by more than 64 MB while the CSV streams.
import ExcelJS from "exceljs";
import { CAMERA_OWNER_KIND_LABELS } from "../../src/cameras/index.js";
import { csvRecords, IMPORT_HEADERS, importXlsx } from "../../src/io/index.js";
import { heapUsedAfterGc, median } from "./timing.js";

const ROUNDS = Number(process.argv[2] ?? 3);
const XLSX_ROWS = Number(process.argv[3] ?? 100_000);
const CSV_ROWS = Number(process.argv[4] ?? 1_000_000);
const RATIO_GOAL = 3;
const HEAP_GOAL_MB = 64;

const KEYS = [
  "id",
  "unitCode",
  "village",
  "address",
  "ownerKind",
  "funding.0.source",
  "funding.0.amount",
  "installedOn",
  "connectedToDutyRoom",
  "sharingTier",
  "coverage",
  "status",
  "lenses",
  "location.lat",
  "location.lng",
];
const columns = KEYS.map((key) => {
  const column = IMPORT_HEADERS.cameras.find((c) => c.key === key);
  if (!column) throw new Error(`no column ${key}`);
  return column;
});
const owners = Object.values(CAMERA_OWNER_KIND_LABELS).map((l) => l.vi);

/** Row i of the sheet, written as a person would (labels, dd/mm/yyyy, "Có"). */
function cells(i: number): (string | number | Date)[] {
  return [
    `cam-${i}`,
    "15532",
    `Thôn ${i % 12}`,
    `${i} đường Lê Lợi`,
    owners[i % owners.length] as string,
    "Hộ gia đình",
    i % 2 === 0 ? "12,5 triệu" : 3_500_000,
    i % 2 === 0 ? `${(i % 28) + 1}/${(i % 12) + 1}/2023` : new Date(Date.UTC(2022, i % 12, 1)),
    i % 3 === 0 ? "Không" : "Có",
    i % 3 === 0 ? "Chỉ đăng ký với Công an xã" : "Chia sẻ hình ảnh trực tiếp",
    "Đường giao thông, Nơi công cộng",
    "Đang hoạt động",
    (i % 4) + 1,
    19.8 + (i % 100) / 1000,
    105.3 + (i % 100) / 1000,
  ];
}

async function workbook(rows: number): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Điểm camera");
  sheet.addRow(columns.map((c) => c.header.vi));
  for (let i = 0; i < rows; i++) sheet.addRow(cells(i));
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

async function baseline(bytes: Uint8Array): Promise<number> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  let n = 0;
  (book.worksheets[0] as ExcelJS.Worksheet).eachRow((row) => {
    n += (row.values as unknown[]).length;
  });
  return n;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const bytes = await workbook(XLSX_ROWS);
console.log(
  `XLSX of ${XLSX_ROWS.toLocaleString("en")} camera rows: ${(bytes.byteLength / 1e6).toFixed(1)} MB`,
);
const check = await importXlsx(bytes, { kind: "cameras" });
if (check.records.length !== XLSX_ROWS || check.problems.length > 0) {
  throw new Error(`the bench data does not import cleanly: ${JSON.stringify(check.problems[0])}`);
}
const base: number[] = [];
const lib: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  base.push(await timed(() => baseline(bytes)));
  lib.push(await timed(() => importXlsx(bytes, { kind: "cameras" })));
  console.log(
    `round ${round + 1}: exceljs alone ${base.at(-1)?.toFixed(0)} ms, importXlsx ${lib.at(-1)?.toFixed(0)} ms`,
  );
}
const ratio = median(lib) / median(base);
console.log(
  `median: exceljs alone ${median(base).toFixed(0)} ms, importXlsx ${median(lib).toFixed(0)} ms ` +
    `(${((XLSX_ROWS / median(lib)) * 1000).toFixed(0)} rows/s): ratio ${ratio.toFixed(2)} (goal ≤ ${RATIO_GOAL})`,
);

async function* csv(rows: number): AsyncIterable<string> {
  yield `\uFEFF${columns.map((c) => c.header.vi).join(";")}\n`;
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const row = cells(i).map((v) =>
      v instanceof Date ? `01/${v.getUTCMonth() + 1}/2022` : String(v).replace(".", ","),
    );
    chunk += `${row.join(";")}\n`;
    if (i % 500 === 499) {
      yield chunk;
      chunk = "";
    }
  }
  if (chunk) yield chunk;
}

const heapStart = heapUsedAfterGc();
let peak = 0;
let records = 0;
let problems = 0;
const csvStarted = performance.now();
for await (const row of csvRecords(csv(CSV_ROWS), { kind: "cameras" })) {
  if (row.record) records++;
  problems += row.problems.length;
  if (row.row % 100_000 === 0) {
    peak = Math.max(peak, heapUsedAfterGc() - heapStart);
  }
}
const csvSeconds = (performance.now() - csvStarted) / 1000;
const peakMb = peak / 2 ** 20;
console.log(
  `CSV of ${CSV_ROWS.toLocaleString("en")} rows streamed in ${csvSeconds.toFixed(1)} s ` +
    `(${(CSV_ROWS / csvSeconds).toFixed(0)} rows/s): ${records.toLocaleString("en")} records, ${problems} problems, ` +
    `heap growth at most ${peakMb.toFixed(1)} MB (goal ≤ ${HEAP_GOAL_MB} MB)`,
);
if (records !== CSV_ROWS) console.error("the CSV did not import cleanly");
if (ratio > RATIO_GOAL || peakMb > HEAP_GOAL_MB || records !== CSV_ROWS) process.exit(1);
