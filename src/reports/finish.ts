// Internal: a report's state finished into the report: figures, changes, names, warnings.
import type { AdminUnit, buildAdminIndex } from "../admin/index.js";
import { ownValue } from "../aggregate/dict.js";
import { aggregate, comparePeriods, countBy } from "../aggregate/index.js";
import type { Period } from "../core/period.js";
import type { Coverage } from "../dataset/index.js";
import { UNKNOWN_MODEL } from "../models/index.js";
import type { PeriodState } from "./accumulate.js";
import type { PeriodPart, UnitReportAggregatorOptions, UnitReportState } from "./aggregator.js";
import { dropPoisson } from "./changes.js";
import type { ReportChanges } from "./figure-types.js";
import { type Context, childUnits, periodFigures } from "./figures.js";
import { type comparisonOf, coverageOf } from "./period.js";
import { plain, sortedRecord } from "./plain.js";
import { TIMING } from "./select.js";
import {
  type CollectionReconciliation,
  REPORT_COLLECTIONS,
  type ReportCollection,
  type ReportModelName,
  type ReportReconciliation,
  type ReportUnitNow,
  type ReportWarning,
  type UnitReport,
} from "./types.js";
export interface Finishing {
  readonly options: UnitReportAggregatorOptions;
  readonly index: ReturnType<typeof buildAdminIndex>;
  readonly unit: AdminUnit;
  readonly period: Period;
  readonly comparison: ReturnType<typeof comparisonOf>;
  readonly significanceLevel: number;
  readonly current: PeriodPart;
  readonly previous: PeriodPart | null;
  readonly inPeriod: boolean;
}

function reconciliationOf(
  state: UnitReportState,
  periodState: PeriodState,
  key: string,
): ReportReconciliation {
  const collections = {} as Record<ReportCollection, CollectionReconciliation>;
  for (const collection of REPORT_COLLECTIONS) {
    const t = state.records[collection];
    const counted = periodState.counted[collection];
    collections[collection] = {
      rule: TIMING[collection].rule,
      given: t.given,
      counted,
      excluded: {
        otherUnit: t.otherUnit,
        unknownUnit: t.unknownUnit,
        outsidePeriod: t.given - t.otherUnit - t.unknownUnit - counted,
      },
    };
  }
  const codes = Object.keys(state.unknownUnitCodes).sort();
  return {
    period: key,
    collections,
    unknownUnitCodes: codes.slice(0, 20),
    unknownUnitCodeCount: codes.length,
  };
}

export function finishReport(state: UnitReportState, f: Finishing): UnitReport {
  const { index, unit, period, comparison, significanceLevel, options } = f;
  const code = options.unit;
  const kindOfModel = (id: string) => ownValue(state.models, id)?.kind ?? UNKNOWN_MODEL;
  const ctx: Context = { index, unit, kindOfModel };
  const warnings: ReportWarning[] = [];
  if (!f.inPeriod) {
    warnings.push({
      code: "unit-not-valid-in-period",
      message: {
        en: `Unit ${code} did not exist in ${period.key} (valid ${unit.validFrom ?? "…"} to ${unit.validTo ?? "…"}); records under its code are still counted`,
        vi: `Đơn vị ${code} không tồn tại trong kỳ ${period.key} (hiệu lực ${unit.validFrom ?? "…"} đến ${unit.validTo ?? "…"}); vẫn tính các bản ghi mang mã này`,
      },
    });
  }
  const currentState = state.current as PeriodState;
  const previousState = state.previous as PeriodState;
  const figures = periodFigures(
    ctx,
    period,
    f.current.children,
    f.current.aggregators,
    currentState,
  );
  const previousFigures =
    f.previous && comparison
      ? periodFigures(
          ctx,
          comparison.period,
          f.previous.children,
          f.previous.aggregators,
          previousState,
        )
      : null;
  const reconciliation = reconciliationOf(state, currentState, period.key);

  const dataset = options.dataset;
  const covers = dataset?.covers;
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
  const children = childUnits(ctx, period);
  // The declarations by the unit they speak of: a unit looks up its own and its ancestors'.
  const declarations = new Map<string, Coverage[]>();
  for (const declaration of dataset?.coverage ?? []) {
    const list = declarations.get(declaration.unitCode);
    if (list) list.push(declaration);
    else declarations.set(declaration.unitCode, [declaration]);
  }
  // One memo per period: a unit's completeness is asked for itself and for its parent's.
  const periodMemo = new Map<string, ReportCollection[]>();
  const completeness = {
    period: completeOver(index, declarations, unit.code, period, periodMemo),
    comparison: comparison
      ? completeOver(index, declarations, unit.code, comparison.period, new Map())
      : null,
    children: {
      complete: children.filter((child) =>
        completeOver(index, declarations, child.code, period, periodMemo).includes("incidents"),
      ).length,
      of: children.length,
    },
  };
  if (
    completeness.comparison &&
    comparison &&
    completeness.comparison.join() !== completeness.period.join()
  ) {
    const list = (c: readonly string[], none: string) => (c.length > 0 ? c.join(", ") : none);
    warnings.push({
      code: "completeness-differs",
      message: {
        en: `The records declared complete differ between the period ${period.key} (${list(completeness.period, "none")}) and the comparison period ${comparison.period.key} (${list(completeness.comparison, "none")}): a change may come from what was recorded, not from what happened`,
        vi: `Các tập bản ghi được xác nhận đầy đủ khác nhau giữa kỳ ${period.key} (${list(completeness.period, "không có")}) và kỳ so sánh ${comparison.period.key} (${list(completeness.comparison, "không có")}): thay đổi có thể do cách ghi nhận, không phải do tình hình thực tế`,
      },
    });
  }
  const unknownCount = reconciliation.unknownUnitCodeCount;
  if (unknownCount > 0) {
    const list = reconciliation.unknownUnitCodes.join(", ");
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

  const changes = previousFigures
    ? (dropPoisson(
        comparePeriods(figures, previousFigures, { significanceLevel }),
        false,
      ) as ReportChanges)
    : null;

  const inUnit = new Set([
    ...Object.keys(currentState.modelIds),
    ...Object.keys(previousState.modelIds),
  ]);
  const modelNames: [string, ReportModelName][] = [];
  const named = [
    ...Object.keys(figures.models.byModel),
    ...Object.keys(figures.models.camerasByModel),
    ...Object.keys(previousFigures?.models.byModel ?? {}),
  ];
  for (const id of new Set(named)) {
    const model = ownValue(state.models, id);
    modelNames.push([
      id,
      model
        ? {
            name: model.name,
            kind: model.kind,
            unitCode: model.unitCode,
            ownedHere: inUnit.has(id),
          }
        : { name: id, kind: UNKNOWN_MODEL, unitCode: "", ownedHere: false },
    ]);
  }

  const lastDay = lastDayOf(unit, period);
  const parent = index.parentOf(unit.code, lastDay) ?? index.parentOf(unit.code);
  const now = nowOf(index, unit, parent, lastDay);
  const childTypes = aggregate(
    countBy((u: AdminUnit) => u.type),
    children,
  );
  return {
    kind: "antt/unit-report",
    version: 1,
    dataset: {
      name: dataset?.name ?? null,
      area: dataset?.area
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
      ...(now ? { now } : {}),
    },
    period,
    comparison,
    coverage,
    completeness,
    settings: { significanceLevel },
    figures,
    changes,
    reconciliation: {
      period: reconciliation,
      comparison:
        comparison && f.previous
          ? reconciliationOf(state, previousState, comparison.period.key)
          : null,
    },
    names: { models: sortedRecord(modelNames) },
    warnings,
  };
}

/** The last day of the period on which the report's unit was valid. */
function lastDayOf(unit: AdminUnit, period: Period): string {
  return unit.validTo !== undefined && unit.validTo < period.end ? unit.validTo : period.end;
}

/** What the report's unit became in the index's latest units, when it changed since `day`. */
function nowOf(
  index: ReturnType<typeof buildAdminIndex>,
  unit: AdminUnit,
  parent: AdminUnit | undefined,
  day: string,
): ReportUnitNow | undefined {
  const resolution = index.resolveUnit(unit.code, { asOf: day });
  if (resolution.status === "unknown") return undefined;
  const named = (u: AdminUnit) => {
    const above = index.parentOf(u.code);
    return {
      code: u.code,
      name: u.name,
      parent: above ? { code: above.code, name: above.name } : null,
    };
  };
  if (resolution.status === "ambiguous") {
    return {
      units: resolution.candidates.map(named),
      kind: resolution.exhaustive ? "divided" : "one-of",
    };
  }
  const later = named(resolution.unit);
  const same =
    later.code === unit.code &&
    later.name === unit.name &&
    later.parent?.code === parent?.code &&
    later.parent?.name === parent?.name;
  return same ? undefined : { units: [later], kind: "became" };
}

/**
 * The collections the declarations say are complete for a unit over a whole period, in
 * report order: declared for the unit itself or a unit it lies in on the period's last day,
 * or complete for every unit directly under it. Children are of a lower level only (see
 * `AdminIndex.childrenOf`), so the walk down ends after three levels; `memo` keeps each
 * unit's answer for the period.
 */
function completeOver(
  index: ReturnType<typeof buildAdminIndex>,
  declarations: ReadonlyMap<string, readonly Coverage[]>,
  code: string,
  period: Period,
  memo: Map<string, ReportCollection[]>,
): ReportCollection[] {
  if (declarations.size === 0) return [];
  const known = memo.get(code);
  if (known) return known;
  const found = new Set<string>();
  const declaredFor = (of: string) => {
    for (const declaration of declarations.get(of) ?? []) {
      if (declaration.start > period.start || declaration.end < period.end) continue;
      for (const collection of declaration.complete) found.add(collection);
    }
  };
  declaredFor(code);
  const unit = index.get(code, period.end) ?? index.get(code);
  // The units it lies in on the period's last day (a few levels: the walk is bounded).
  let up = unit ? index.parentOf(unit.code, period.end) : undefined;
  for (let depth = 0; up !== undefined && depth < 8; depth++) {
    declaredFor(up.code);
    up = index.parentOf(up.code, period.end);
  }
  const children = unit ? index.childrenOf(unit.code, period.end) : [];
  if (children.length > 0) {
    const below = children.map(
      (child) => new Set(completeOver(index, declarations, child.code, period, memo)),
    );
    for (const collection of REPORT_COLLECTIONS) {
      if (below.every((set) => set.has(collection))) found.add(collection);
    }
  }
  const complete = REPORT_COLLECTIONS.filter((collection) => found.has(collection));
  memo.set(code, complete);
  return complete;
}
