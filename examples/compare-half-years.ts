// Compare the first half of 2024 with the same half of 2023 ("so với cùng kỳ năm trước"):
// absolute and percent changes, and whether a change is more than chance.
//
// Run: npx tsx examples/compare-half-years.ts
import { readFileSync } from "node:fs";
import {
  comparePeriods,
  datasetFromJSON,
  formatNumber,
  formatPeriod,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_LEGAL_CLASS_LABELS,
  label,
  type PeriodChange,
  parsePeriod,
  samePeriodLastYear,
  summarizeIncidents,
} from "antt";

const url = new URL("./data/tho-xuan-2024.json", import.meta.url);
const loaded = datasetFromJSON(readFileSync(url, "utf8"));
if (!loaded.success) throw new Error("The sample dataset should be valid");
const { incidents } = loaded.data;

// Both periods are counted in Vietnam time, by the day each incident occurred.
const current = parsePeriod("2024-H1");
const previous = samePeriodLastYear(current); // 2023-H1
const now = summarizeIncidents(incidents, { period: current });
const before = summarizeIncidents(incidents, { period: previous });

// Every number of the two summaries is compared, in the same nesting.
const changes = comparePeriods(now, before);

// One line per figure: "giảm 10 vụ (-7,4%)", and the exact Poisson test of the two counts.
function line(what: string, change: PeriodChange | undefined): string {
  if (!change) return `  ${what}: không có vụ nào ở cả hai kỳ`;
  const verb = { up: "tăng", down: "giảm", same: "không đổi" }[change.direction];
  const percent =
    change.percent === null
      ? "kỳ trước bằng 0, không tính được tỷ lệ" // note: "baseline-zero"
      : `${change.percent > 0 ? "+" : ""}${formatNumber(change.percent)}%`;
  const p = change.poisson;
  const test = p
    ? `p = ${formatNumber(p.pValue, { maximumFractionDigits: 3 })}, ${p.significant ? "có ý nghĩa thống kê" : "có thể do ngẫu nhiên"}`
    : "không phải số đếm";
  return `  ${what}: ${change.current} so với ${change.previous}, ${verb} ${change.absoluteChange} vụ (${percent}; ${test})`;
}

console.log(`${formatPeriod(current)} so với ${formatPeriod(previous)}, huyện Thọ Xuân:`);
console.log(line("Tổng số vụ việc", changes.total));
console.log(line(label(INCIDENT_LEGAL_CLASS_LABELS, "criminal"), changes.byLegalClass.criminal));
console.log(line("Làm rõ qua camera", changes.clarifiedWithCamera));
for (const category of ["traffic-accident", "theft", "assault", "robbery"] as const) {
  // A category missing from both summaries is missing from the comparison too.
  console.log(line(label(INCIDENT_CATEGORY_LABELS, category), changes.byCategory[category]));
}

// The baseline-zero case: a count that was 0 a year earlier has no percent change (never
// Infinity or NaN); the report says "phát sinh 5 vụ" instead.
const town = incidents.filter((incident) => incident.unitCode === "15499");
const townChanges = comparePeriods(
  summarizeIncidents(town, { period: current }),
  summarizeIncidents(town, { period: previous }),
);
const assault = townChanges.byCategory.assault;
console.log(`Thị trấn Thọ Xuân (note: ${assault?.note ?? "—"}):`);
console.log(line(label(INCIDENT_CATEGORY_LABELS, "assault"), assault));
