// Communes submit their report states upward; the district merges them into its report,
// without their records, and knows who has not submitted yet.
//
// Run: npx tsx examples/submissions.ts
import { readFileSync } from "node:fs";
import {
  aggregate,
  aggregateState,
  datasetFromJSON,
  REPORT_COLLECTIONS,
  type ReportRecord,
  renderReport,
  unitReport,
} from "antt";
import { createSubmission, mergeSubmissions, type ReportSubmission } from "antt/submissions";

const url = new URL("./data/tho-xuan-2024.json", import.meta.url);
const loaded = datasetFromJSON(readFileSync(url, "utf8"));
if (!loaded.success) throw new Error("The sample dataset should be valid");
const dataset = loaded.data;
const units = dataset.units;
const communes = units.filter((u) => u.parentCode === "395");

/** A commune's records: those under its code or one of its villages' (`15532.thon-3`). */
function recordsOf(code: string): ReportRecord[] {
  return REPORT_COLLECTIONS.flatMap((collection) =>
    (dataset[collection] ?? [])
      .filter((r) => r.unitCode === code || r.unitCode.startsWith(`${code}.`))
      .map((record) => ({ collection, record }) as ReportRecord),
  );
}

// 1. In each commune: its report's state, in a submission, sent upward as JSON. Two
//    communes are late.
const sent: string[] = communes.slice(2).map((unit) => {
  const report = unitReport({ unit: unit.code, period: "2024", units });
  const submission = createSubmission(report, aggregateState(report, recordsOf(unit.code)), {
    unitName: unit.name,
    covers: { incidents: "complete", cameras: "complete", extractions: "complete" },
    producedBy: `Công an ${unit.name}`,
    producedAt: "2025-01-06T08:00:00+07:00",
  });
  return JSON.stringify(submission);
});
console.log(
  `${sent.length} submissions, ${Math.round(sent.reduce((n, s) => n + s.length, 0) / sent.length / 1000)} kB each on average`,
);

// 2. In the district: the submissions received, merged into the district's report.
const received = sent.map((text) => JSON.parse(text) as ReportSubmission);
// The district's own records (its camera model, run in every commune) are no commune's.
const own = REPORT_COLLECTIONS.flatMap((collection) =>
  (dataset[collection] ?? [])
    .filter((r) => r.unitCode === "395")
    .map((record) => ({ collection, record }) as ReportRecord),
);
const district = mergeSubmissions(received, {
  unit: "395",
  period: "2024",
  units,
  ownRecords: own,
});
console.log(district.message.vi); // 28/30 đơn vị cấp xã đã nộp báo cáo
console.log(`Chưa nộp: ${district.missing.map((u) => u.name).join(", ")}`);

// The same report, to the byte, as one built from the same communes' records, with what
// their submissions declare complete written as the dataset's completeness declarations.
const coverage = communes.slice(2).flatMap((unit) =>
  ["2024", "2023"].map((year) => ({
    id: `submission:${unit.code}:${year}`,
    unitCode: unit.code,
    start: `${year}-01-01`,
    end: `${year}-12-31`,
    complete: ["incidents" as const, "cameras" as const, "extractions" as const],
  })),
);
console.log(
  `${district.report.completeness.children.complete}/${district.report.completeness.children.of} xã, thị trấn đã báo cáo đầy đủ vụ việc`,
);
const fromRecords = aggregate(
  unitReport({ unit: "395", period: "2024", units, dataset: { coverage } }),
  [...own, ...communes.slice(2).flatMap((u) => recordsOf(u.code))],
);
if (JSON.stringify(district.report) !== JSON.stringify(fromRecords)) {
  throw new Error("The merged submissions should give the report of the records");
}
console.log(renderReport(district.report, { locale: "vi" }).split("\n").slice(5, 12).join("\n"));
