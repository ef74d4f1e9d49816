// A district's incident and footage figures computed where the records live: the sample
// dataset is loaded into DuckDB, the summaries run in SQL per commune, the communes' states
// are rolled up to the district, and the figures are checked against the district's report
// built from the records in JavaScript.
//
// Run: npx tsx examples/sql-district.ts
import { readFileSync } from "node:fs";
import { DuckDBInstance } from "@duckdb/node-api";
import {
  buildAdminIndex,
  buildUnitReport,
  byUnitAndPeriod,
  datasetFromJSON,
  extractionSummary,
  type FootageExtraction,
  finishRollup,
  formatNumber,
  incidentSummaryByUnitAndPeriod,
  parsePeriod,
  rollup,
  rollupTargetFor,
} from "antt";
import {
  duckdbClient,
  extractionSummaryByUnitAndPeriodSql,
  incidentSummaryByUnitAndPeriodSql,
  loadDataset,
  stateFromDatabase,
} from "antt/sql";

const url = new URL("./data/tho-xuan-2024.json", import.meta.url);
const loaded = datasetFromJSON(readFileSync(url, "utf8"));
if (!loaded.success) throw new Error("The sample dataset should be valid");
const dataset = loaded.data;
const district = "395"; // Thọ Xuân
const period = parsePeriod("2024");

// 1. The records go into DuckDB (embedded, in memory): one table per kind.
const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const client = duckdbClient(connection);
const written = await loadDataset(client, dataset, { kinds: ["incidents", "extractions"] });
console.log(
  `Đã ghi vào DuckDB: ${formatNumber(written.incidents ?? 0)} vụ việc, ${formatNumber(written.extractions ?? 0)} lượt trích xuất camera`,
);

// 2. The summaries per commune and year, computed in SQL; the states are the library's.
const options = { period, periodUnit: "year" } as const;
const incidents = incidentSummaryByUnitAndPeriod(options);
const incidentState = await stateFromDatabase(client, incidentSummaryByUnitAndPeriodSql(options));
const extractions = byUnitAndPeriod(extractionSummary({ period, incidents: dataset.incidents }), {
  unitOf: (x: FootageExtraction) => x.unitCode,
  dateOf: (x: FootageExtraction) => x.requestedAt,
  periodUnit: "year",
});
const extractionState = await stateFromDatabase(
  client,
  extractionSummaryByUnitAndPeriodSql({ ...options, joinIncidents: true }),
);
connection.closeSync();
instance.closeSync();

// 3. The communes' states rolled up to the district they belonged to at the end of 2024.
const index = buildAdminIndex(dataset.units, dataset.successions);
const toDistrict = rollupTargetFor(index, { level: "district", at: period.end });
const incidentFigures = finishRollup(incidents, rollup(incidents, incidentState, toDistrict));
const extractionFigures = finishRollup(
  extractions,
  rollup(extractions, extractionState, toDistrict),
);
const fromSql = {
  incidents: incidentFigures.units[district]?.[period.key],
  extractions: extractionFigures.units[district]?.[period.key],
};
if (fromSql.incidents === undefined || fromSql.extractions === undefined) {
  throw new Error("The district should have figures for 2024");
}

// 4. The district's report from the records, in JavaScript: the same figures.
const report = buildUnitReport(dataset, { unit: district, period: "2024" });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const checks = {
  incidents: [
    "total",
    "byCategory",
    "byLegalClass",
    "byDetection",
    "byStatus",
    "clarified",
    "clarifiedWithCamera",
    "suspects",
    "harm",
    "trafficBySeverity",
  ] as const,
  extractions: [
    "total",
    "helpedClarify",
    "incidentsServed",
    "incidentsHelped",
    "byOutcome",
    "byPurpose",
  ] as const,
};
for (const field of checks.incidents) {
  if (!same(fromSql.incidents[field], report.figures.incidents[field])) {
    throw new Error(`incidents.${field} differs between SQL and the report`);
  }
}
for (const field of checks.extractions) {
  if (!same(fromSql.extractions[field], report.figures.extractions[field])) {
    throw new Error(`extractions.${field} differs between SQL and the report`);
  }
}

const i = fromSql.incidents;
const x = fromSql.extractions;
console.log(
  `Năm 2024, toàn huyện xảy ra ${formatNumber(i.total)} vụ việc, làm rõ ${formatNumber(i.clarified)} vụ` +
    ` (${formatNumber(Math.round((i.clarificationRate.ratio ?? 0) * 1000) / 10)}%), trong đó ${formatNumber(i.clarifiedWithCamera)} vụ nhờ camera;` +
    ` trích xuất camera ${formatNumber(x.total)} lượt, giúp làm rõ ${formatNumber(x.incidentsHelped)} vụ.`,
);
console.log(
  `Đối chiếu với báo cáo tính từ bản ghi: ${checks.incidents.length + checks.extractions.length} chỉ tiêu, khớp tất cả.`,
);
