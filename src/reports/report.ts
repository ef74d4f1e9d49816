// buildUnitReport: the report of a dataset, through the report's aggregator.
import { buildAdminIndex } from "../admin/index.js";
import type { Period } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import { addRecords, partsOf, unitReport } from "./aggregator.js";
import {
  type PeriodRule,
  REPORT_COLLECTIONS,
  type UnitReport,
  type UnitReportOptions,
} from "./types.js";

/**
 * Builds the report of one administrative unit for one period (lập báo cáo kết quả phong
 * trào): models, teams, cameras, footage, incidents, activities and funding, each figure
 * compared with an earlier period, with a reconciliation of every record.
 *
 * @description The records counted are those of the unit and of every unit below it
 * (communes of a district, villages of a commune; a village code such as `15532.thon-3`
 * belongs to commune `15532` even when the dataset does not list the village), placed by
 * the unit their code had on the record's `unitCodeAsOf` or own date. The hierarchy comes
 * from the dataset's `units` (through {@link buildAdminIndex}).
 *
 * What "in the period" means depends on the collection (see {@link PeriodRule}): models,
 * sites, teams and camera points that were active at some time in it; incidents,
 * extractions, activities, contributions, expenses, reviews and recognitions dated in it
 * (Vietnam time). Stock figures (models, sites, teams, cameras) are given on the last day
 * of the period, with what was launched, founded, installed, ended and removed during it.
 *
 * Every figure is computed by the domain summaries (`summarizeCameras`,
 * `summarizeIncidents`...), then compared with the same figures of the comparison period
 * with {@link aggregate!comparePeriods}: absolute change, percent (`null` with note `baseline-zero`
 * when the earlier figure is 0) and an exact Poisson test (not for money and ratios).
 * The reconciliation says, per collection, how many records were given, counted, and
 * excluded for being in another unit, having a unit code the units do not list, or lying
 * outside the period. The result is plain JSON: no `undefined`, `NaN` or `Infinity`, keys
 * in a stable order, so the same dataset always gives the same text.
 *
 * Validate the dataset first ({@link "dataset"!validateDataset}): the report trusts its records.
 *
 * @param dataset - a validated dataset (collections left out count as empty)
 * @param options - `unit` (a code), `period` (a {@link Period} or key), `compareWith`
 *   (default `"same-period-last-year"`), `significanceLevel` (default 0.05)
 * @returns the report
 * @throws UnitReportError when the unit is not in the dataset's units (`unknown-unit`) or a
 *   period is invalid (`invalid-period`, `invalid-comparison`); RangeError for a
 *   significance level outside (0, 1)
 * @category Reports
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema } from "antt";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "395", name: "Huyện Thọ Xuân", level: "district", type: "rural-district", parentCode: "38" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "395" },
 *   ],
 *   cameras: [
 *     { id: "cam-1", unitCode: "15532.thon-3", ownerKind: "household", installedOn: "2023-05-01",
 *       connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"], status: "active", lenses: 2 },
 *   ],
 *   incidents: [
 *     { id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00", unitCode: "15532",
 *       detectedBy: "camera", status: "clarified", clarified: { on: "2024-03-09", by: ["camera"] }, suspects: 2 },
 *   ],
 * });
 * const report = buildUnitReport(dataset, { unit: "395", period: "2024" });
 * report.figures.cameras.lensesAtEnd;                      // 2
 * report.figures.incidents.byLegalClass["criminal"];       // 1
 * report.changes?.incidents.total.note;                    // "baseline-zero"
 * report.reconciliation.period.collections.cameras.counted; // 1
 * ```
 */
export function buildUnitReport(dataset: Dataset, options: UnitReportOptions): UnitReport {
  const report = unitReport({
    ...options,
    units: dataset.units,
    successions: dataset.successions,
    dataset,
  });
  const state = report.init();
  const parts = partsOf(report);
  for (const collection of REPORT_COLLECTIONS) {
    addRecords(parts, state, collection, dataset[collection] ?? []);
  }
  return report.finish(state);
}
