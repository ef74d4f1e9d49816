import { type AdminUnit, buildAdminIndex } from "../admin/index.js";
import { aggregate, comparePeriods, countBy } from "../aggregate/index.js";
import type { Period } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import { modelKindKey, UNKNOWN_MODEL } from "../models/index.js";
import { dropPoisson } from "./changes.js";
import { UnitReportError } from "./error.js";
import type { ReportChanges } from "./figure-types.js";
import { type Context, childUnits, periodResult } from "./figures.js";
import { comparisonOf, coverageOf, toPeriod } from "./period.js";
import { plain, sortedRecord } from "./plain.js";
import type {
  PeriodRule,
  ReportModelName,
  ReportWarning,
  UnitReport,
  UnitReportOptions,
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
  const code = options.unit;
  const period = toPeriod(options.period, code, "invalid-period");
  const comparison = comparisonOf(options.compareWith, period, code);
  const significanceLevel = options.significanceLevel ?? 0.05;
  if (!(significanceLevel > 0 && significanceLevel < 1)) {
    throw new RangeError(
      `The significance level must be between 0 and 1, got ${significanceLevel} (Mức ý nghĩa không hợp lệ)`,
    );
  }
  const index = buildAdminIndex(dataset.units ?? [], dataset.successions ?? []);
  const versions = index.versionsOf(code);
  if (versions.length === 0) {
    throw new UnitReportError("unknown-unit", code, {
      en: `Unknown unit ${code}: the dataset's units have no unit with this code`,
      vi: `Không có đơn vị hành chính mã ${code} trong danh sách đơn vị của bộ dữ liệu`,
    });
  }
  const warnings: ReportWarning[] = [];
  const inPeriod = versions.filter(
    (v) =>
      (v.validFrom ?? "0000-01-01") <= period.end && period.start <= (v.validTo ?? "9999-12-31"),
  );
  const unit = (inPeriod.length > 0 ? inPeriod : versions)[
    (inPeriod.length > 0 ? inPeriod : versions).length - 1
  ] as AdminUnit;
  if (inPeriod.length === 0) {
    warnings.push({
      code: "unit-not-valid-in-period",
      message: {
        en: `Unit ${code} did not exist in ${period.key} (valid ${unit.validFrom ?? "…"} to ${unit.validTo ?? "…"}); records under its code are still counted`,
        vi: `Đơn vị ${code} không tồn tại trong kỳ ${period.key} (hiệu lực ${unit.validFrom ?? "…"} đến ${unit.validTo ?? "…"}); vẫn tính các bản ghi mang mã này`,
      },
    });
  }
  const ctx: Context = {
    dataset,
    index,
    unit,
    modelsById: new Map((dataset.models ?? []).map((m) => [m.id, m])),
  };
  const current = periodResult(ctx, period);
  const previous = comparison ? periodResult(ctx, comparison.period) : null;

  const covers = dataset.covers;
  const coverage = {
    period: coverageOf(covers, period),
    comparison: comparison ? coverageOf(covers, comparison.period) : null,
  };
  if (coverage.period === "not-covered" || coverage.period === "partly-covered") {
    const none = coverage.period === "not-covered";
    warnings.push({
      code: none ? "period-not-covered" : "period-partly-covered",
      message: {
        en: `The dataset covers ${covers?.start} to ${covers?.end}: ${none ? "none" : "only part"} of the period ${period.key}; its figures may be incomplete`,
        vi: `Bộ dữ liệu chỉ gồm từ ${covers?.start} đến ${covers?.end}: ${none ? "không có" : "chỉ có một phần"} kỳ báo cáo ${period.key}; số liệu có thể chưa đầy đủ`,
      },
    });
  }
  if (
    comparison &&
    (coverage.comparison === "not-covered" || coverage.comparison === "partly-covered")
  ) {
    const none = coverage.comparison === "not-covered";
    warnings.push({
      code: none ? "comparison-not-covered" : "comparison-partly-covered",
      message: {
        en: `The dataset covers ${covers?.start} to ${covers?.end}: ${none ? "none" : "only part"} of the comparison period ${comparison.period.key}; changes from it are not reliable`,
        vi: `Bộ dữ liệu chỉ gồm từ ${covers?.start} đến ${covers?.end}: ${none ? "không có" : "chỉ có một phần"} kỳ so sánh ${comparison.period.key}; các số so sánh không đáng tin cậy`,
      },
    });
  }
  const unknownCount = current.reconciliation.unknownUnitCodeCount;
  if (unknownCount > 0) {
    const list = current.reconciliation.unknownUnitCodes.join(", ");
    warnings.push({
      code: "unknown-unit-codes",
      message: {
        en: `${unknownCount} unit code(s) of records are not in the dataset's units and were not counted: ${list}`,
        vi: `${unknownCount} mã đơn vị của bản ghi không có trong danh sách đơn vị, không được tính: ${list}`,
      },
    });
  }
  if (index.problems.length > 0) {
    warnings.push({
      code: "admin-index-problems",
      message: {
        en: `The dataset's units have ${index.problems.length} problem(s) (see buildAdminIndex(...).problems); placement under units may be wrong`,
        vi: `Danh sách đơn vị của bộ dữ liệu có ${index.problems.length} lỗi; việc xếp bản ghi vào đơn vị có thể sai`,
      },
    });
  }

  const changes = previous
    ? (dropPoisson(
        comparePeriods(current.figures, previous.figures, { significanceLevel }),
        false,
      ) as ReportChanges)
    : null;

  const inUnit = new Set([...current.inUnitModelIds, ...(previous?.inUnitModelIds ?? [])]);
  const modelNames: [string, ReportModelName][] = [];
  for (const id of new Set([...current.modelIds, ...(previous?.modelIds ?? [])])) {
    const model = ctx.modelsById.get(id);
    modelNames.push([
      id,
      model
        ? {
            name: model.name,
            kind: modelKindKey(model),
            unitCode: model.unitCode,
            ownedHere: inUnit.has(id),
          }
        : { name: id, kind: UNKNOWN_MODEL, unitCode: "", ownedHere: false },
    ]);
  }

  const parent =
    index.parentOf(
      unit.code,
      unit.validTo !== undefined && unit.validTo < period.end ? unit.validTo : period.end,
    ) ?? index.parentOf(unit.code);
  const children = childUnits(ctx, period);
  const childTypes = aggregate(
    countBy((u: AdminUnit) => u.type),
    children,
  );
  return {
    kind: "antt/unit-report",
    version: 1,
    dataset: {
      name: dataset.name ?? null,
      area: dataset.area
        ? { unitCode: dataset.area.unitCode, name: dataset.area.name ?? null }
        : null,
      covers: covers ? { start: covers.start, end: covers.end } : null,
    },
    unit: {
      code: unit.code,
      name: unit.name,
      level: unit.level,
      type: unit.type,
      parent: parent ? { code: parent.code, name: parent.name } : null,
      children: {
        level: children[0]?.level ?? null,
        count: children.length,
        byType: plain(childTypes),
      },
    },
    period,
    comparison,
    coverage,
    settings: { significanceLevel },
    figures: current.figures,
    changes,
    reconciliation: {
      period: current.reconciliation,
      comparison: previous?.reconciliation ?? null,
    },
    names: { models: sortedRecord(modelNames) },
    warnings,
  };
}
