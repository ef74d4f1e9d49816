import { type AdminUnit, buildAdminIndex } from "../admin/index.js";
import { ownValue, setOwn } from "../aggregate/dict.js";
import {
  type Aggregator,
  aggregate,
  comparePeriods,
  countBy,
  type StateShape,
} from "../aggregate/index.js";
import type { Period } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import { modelKindKey, type SecurityModel, UNKNOWN_MODEL } from "../models/index.js";
import {
  addToPeriod,
  initPeriod,
  mergePeriods,
  type PeriodAggregators,
  type PeriodState,
  periodAggregators,
} from "./accumulate.js";
import { dropPoisson } from "./changes.js";
import { UnitReportError } from "./error.js";
import type { ReportChanges } from "./figure-types.js";
import { type Context, childUnits, periodFigures } from "./figures.js";
import { comparisonOf, coverageOf, toPeriod } from "./period.js";
import { plain, sortedRecord } from "./plain.js";
import { UnitScope } from "./scope.js";
import { type Placed, type RecordOf, TIMING } from "./select.js";
import {
  type CollectionReconciliation,
  type PeriodRule,
  REPORT_COLLECTIONS,
  type ReportCollection,
  type ReportModelName,
  type ReportReconciliation,
  type ReportWarning,
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
  for (const collection of REPORT_COLLECTIONS) {
    for (const record of dataset[collection] ?? []) addRecord(report, state, collection, record);
  }
  return report.finish(state);
}

/**
 * One record of a dataset collection, as {@link unitReport} reads it: the collection's name
 * and the record.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportRecord } from "antt";
 * const record: ReportRecord = {
 *   collection: "incidents",
 *   record: { id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00", unitCode: "15532",
 *     detectedBy: "patrol", status: "investigating" },
 * };
 * ```
 */
export type ReportRecord = {
  [C in ReportCollection]: { readonly collection: C; readonly record: RecordOf<C> };
}[ReportCollection];

/**
 * The records a report reads, from one iterable or async iterable per collection (a
 * database cursor, a message queue, a file read record by record), as
 * {@link ReportRecord}s: one collection after another, each read once.
 *
 * @param sources - an iterable or async iterable of records per collection; collections
 *   left out have none
 * @returns the records, one at a time
 * @category Reports
 * @example
 * ```ts
 * import { aggregate, reportRecords, unitReport } from "antt";
 * async function* incidents() {
 *   yield { id: "vv-1", category: "theft" as const, occurredAt: "2024-03-07T22:15:00+07:00",
 *     unitCode: "15532", detectedBy: "patrol" as const, status: "investigating" as const };
 * }
 * const report = await aggregate(
 *   unitReport({ unit: "15532", period: "2024",
 *     units: [{ code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune" }] }),
 *   reportRecords({ incidents: incidents() }),
 * );
 * report.figures.incidents.total; // 1
 * ```
 */
export async function* reportRecords(
  sources: {
    readonly [C in ReportCollection]?: Iterable<RecordOf<C>> | AsyncIterable<RecordOf<C>>;
  },
): AsyncGenerator<ReportRecord> {
  for (const collection of REPORT_COLLECTIONS) {
    const source = sources[collection];
    if (source === undefined) continue;
    for await (const record of source as AsyncIterable<RecordOf<typeof collection>>) {
      yield { collection, record } as ReportRecord;
    }
  }
}

/**
 * Options of {@link unitReport}: those of {@link buildUnitReport}, with the units (and
 * successions) that place records under the unit, and what the report says of its dataset.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { UnitReportAggregatorOptions } from "antt";
 * const options: UnitReportAggregatorOptions = {
 *   unit: "15532",
 *   period: "2024",
 *   units: [{ code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune" }],
 * };
 * ```
 */
export interface UnitReportAggregatorOptions extends UnitReportOptions {
  /** The administrative units: the report's unit, the units above and below it. */
  readonly units?: Dataset["units"];
  /** The successions between units, as a dataset holds them. */
  readonly successions?: Dataset["successions"];
  /** The dataset's name, area and covered dates, as the report names them. */
  readonly dataset?: Pick<Dataset, "name" | "area" | "covers"> | undefined;
}

/**
 * The state of a {@link unitReport}: plain JSON, to send from a worker, a shard or a commune
 * and merge. Treat it as opaque: read it through the aggregator, and check one read from
 * outside with `parseState(unitReport(options), value)`.
 *
 * @category Reports
 * @example
 * ```ts
 * import { aggregateState, unitReport, type UnitReportState } from "antt";
 * const report = unitReport({
 *   unit: "15532",
 *   period: "2024",
 *   units: [{ code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune" }],
 * });
 * const state: UnitReportState = aggregateState(report, []);
 * state.of; // { unit: "15532", period: "2024", comparison: "2023" }
 * ```
 */
export interface UnitReportState {
  /** The report the state is of: its unit, its period and the comparison period (keys). */
  readonly of: {
    readonly unit: string;
    readonly period: string;
    readonly comparison: string | null;
  };
  /** Per collection: records given, and those of another unit or of an unknown unit code. */
  readonly records: Record<
    ReportCollection,
    { given: number; otherUnit: number; unknownUnit: number }
  >;
  /** The unit codes of records that no unit has (code → 1). */
  readonly unknownUnitCodes: Record<string, number>;
  /** Every model given, by id: its name, kind and unit (the report names models by them). */
  readonly models: Record<
    string,
    { readonly name: string; readonly kind: string; readonly unitCode: string }
  >;
  /** The summaries of the period. */
  readonly current: { readonly [summary: string]: unknown };
  /** The summaries of the comparison period (empty without one). */
  readonly previous: { readonly [summary: string]: unknown };
}

/** The version of {@link UnitReportState}: it changes whenever the state does. */
const STATE_VERSION = 1;
const TEXT: StateShape = { type: "text-or-null" };
const COUNT: StateShape = { type: "count" };

function periodShape(aggregators: PeriodAggregators): StateShape {
  const fields: Record<string, StateShape> = {};
  for (const key of Object.keys(aggregators) as (keyof PeriodAggregators)[]) {
    fields[key] = aggregators[key].shape as StateShape;
  }
  fields["counted"] = perCollection(COUNT);
  fields["modelIds"] = { type: "dict", of: COUNT };
  fields["activeSites"] = { type: "dict", of: TEXT };
  return { type: "fields", fields };
}

function perCollection(of: StateShape): StateShape {
  return { type: "fields", fields: Object.fromEntries(REPORT_COLLECTIONS.map((c) => [c, of])) };
}

/** The aggregator, with what its finish needs. */
interface Built extends Aggregator<ReportRecord, UnitReportState, UnitReport> {
  readonly scope: UnitScope;
  readonly period: PeriodPart;
  readonly comparison: PeriodPart | null;
}

interface PeriodPart {
  readonly period: Period;
  readonly aggregators: PeriodAggregators;
  readonly children: ReadonlySet<string>;
}

/** Adds one record of a collection to a report's state (no wrapper object per record). */
function addRecord<C extends ReportCollection>(
  report: Aggregator<ReportRecord, UnitReportState, UnitReport>,
  state: UnitReportState,
  collection: C,
  record: RecordOf<C>,
): void {
  const { scope, period, comparison } = report as Built;
  if (collection === "models") {
    const model = record as SecurityModel;
    if (ownValue(state.models, model.id) === undefined) {
      setOwn<UnitReportState["models"][string]>(state.models, model.id, {
        name: model.name,
        kind: modelKindKey(model),
        unitCode: model.unitCode,
      });
    }
  }
  const tally = state.records[collection];
  tally.given += 1;
  const timing = TIMING[collection];
  const placed = record as RecordOf<C> & Placed;
  const day = timing.dateOf(record);
  const placement = scope.place(placed.unitCode, placed.unitCodeAsOf ?? day);
  if (placement.status === "unknown") {
    tally.unknownUnit += 1;
    setOwn(state.unknownUnitCodes, placed.unitCode, 1);
    return;
  }
  if (placement.status === "other") {
    tally.otherUnit += 1;
    return;
  }
  const child = placement.child;
  if (timing.inPeriod(record, period.period, day)) {
    const p = period;
    addToPeriod(
      p.aggregators,
      state.current as PeriodState,
      p.period,
      p.children,
      collection,
      record,
      child,
    );
  }
  if (comparison !== null && timing.inPeriod(record, comparison.period, day)) {
    const p = comparison;
    addToPeriod(
      p.aggregators,
      state.previous as PeriodState,
      p.period,
      p.children,
      collection,
      record,
      child,
    );
  }
}

/**
 * The report of one administrative unit for one period, as a mergeable aggregator: what
 * {@link buildUnitReport} computes, from records fed one at a time, in any order and from
 * any split (by commune, by month, by worker), merged into one state.
 *
 * @description Give it every record of the collections a report counts, each as a
 * {@link ReportRecord}; records of other units are tallied and left out, as in
 * {@link buildUnitReport}. One pass feeds every figure of the period and of the comparison
 * period. States are JSON (see {@link UnitReportState}): export one with `exportState`,
 * read it back with `parseState`, merge with `mergeStates`. Merging states of different
 * reports (another unit or period) throws.
 *
 * The finished report is byte-identical to {@link buildUnitReport} over the same records,
 * however they were split.
 *
 * @param options - the unit, period, comparison and significance level of
 *   {@link buildUnitReport}, with the `units` (and `successions`) that place records
 * @returns the aggregator
 * @throws UnitReportError as {@link buildUnitReport} does, when the aggregator is made
 * @category Reports
 * @example
 * ```ts
 * import { aggregate, exportState, aggregateState, mergeStates, unitReport, type ReportRecord } from "antt";
 * const report = unitReport({
 *   unit: "15532",
 *   period: "2024",
 *   units: [{ code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune" }],
 * });
 * const theft: ReportRecord = {
 *   collection: "incidents",
 *   record: { id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00", unitCode: "15532",
 *     detectedBy: "patrol", status: "investigating" },
 * };
 * const one = aggregateState(report, [theft]);
 * const other = aggregateState(report, [{ ...theft, record: { ...theft.record, id: "vv-2" } }]);
 * report.finish(mergeStates(report, [one, other])).figures.incidents.total; // 2
 * ```
 */
export function unitReport(
  options: UnitReportAggregatorOptions,
): Aggregator<ReportRecord, UnitReportState, UnitReport> {
  const code = options.unit;
  const period = toPeriod(options.period, code, "invalid-period");
  const comparison = comparisonOf(options.compareWith, period, code);
  const significanceLevel = options.significanceLevel ?? 0.05;
  if (!(significanceLevel > 0 && significanceLevel < 1)) {
    throw new RangeError(
      `The significance level must be between 0 and 1, got ${significanceLevel} (Mức ý nghĩa không hợp lệ)`,
    );
  }
  const index = buildAdminIndex(options.units ?? [], options.successions ?? []);
  const versions = index.versionsOf(code);
  if (versions.length === 0) {
    throw new UnitReportError("unknown-unit", code, {
      en: `Unknown unit ${code}: the dataset's units have no unit with this code`,
      vi: `Không có đơn vị hành chính mã ${code} trong danh sách đơn vị của bộ dữ liệu`,
    });
  }
  const inPeriod = versions.filter(
    (v) =>
      (v.validFrom ?? "0000-01-01") <= period.end && period.start <= (v.validTo ?? "9999-12-31"),
  );
  const unit = (inPeriod.length > 0 ? inPeriod : versions)[
    (inPeriod.length > 0 ? inPeriod : versions).length - 1
  ] as AdminUnit;
  const partOf = (p: Period): PeriodPart => ({
    period: p,
    aggregators: periodAggregators(p),
    children: new Set(childUnits({ index, unit }, p).map((u) => u.code)),
  });
  const current = partOf(period);
  const previous = comparison ? partOf(comparison.period) : null;
  const of = { unit: code, period: period.key, comparison: comparison?.period.key ?? null };
  const emptyPrevious = previous ?? current;

  const shape: StateShape = {
    type: "named",
    name: "antt.unit-report",
    version: STATE_VERSION,
    of: {
      type: "fields",
      fields: {
        of: {
          type: "fields",
          fields: { unit: TEXT, period: TEXT, comparison: TEXT },
        },
        records: perCollection({
          type: "fields",
          fields: { given: COUNT, otherUnit: COUNT, unknownUnit: COUNT },
        }),
        unknownUnitCodes: { type: "dict", of: COUNT },
        models: {
          type: "dict",
          of: { type: "fields", fields: { name: TEXT, kind: TEXT, unitCode: TEXT } },
        },
        current: periodShape(current.aggregators),
        previous: periodShape(emptyPrevious.aggregators),
      },
    },
  };

  const built: Built = {
    scope: new UnitScope(index, unit.code),
    period: current,
    comparison: previous,
    shape,
    init: () => {
      const records = {} as UnitReportState["records"];
      for (const c of REPORT_COLLECTIONS) records[c] = { given: 0, otherUnit: 0, unknownUnit: 0 };
      return {
        of: { ...of },
        records,
        unknownUnitCodes: {},
        models: {},
        current: initPeriod(current.aggregators),
        previous: initPeriod(emptyPrevious.aggregators),
      };
    },
    add(state, item) {
      addRecord(built, state, item.collection, item.record);
      return state;
    },
    merge(a, b) {
      if (
        a.of.unit !== b.of.unit ||
        a.of.period !== b.of.period ||
        a.of.comparison !== b.of.comparison
      ) {
        throw new RangeError(
          `Cannot merge the report states of ${describe(a.of)} and ${describe(b.of)}: they are of different reports (Không thể gộp trạng thái của hai báo cáo khác nhau)`,
        );
      }
      for (const c of REPORT_COLLECTIONS) {
        const into = a.records[c];
        const from = b.records[c];
        into.given += from.given;
        into.otherUnit += from.otherUnit;
        into.unknownUnit += from.unknownUnit;
      }
      for (const key of Object.keys(b.unknownUnitCodes)) setOwn(a.unknownUnitCodes, key, 1);
      for (const id of Object.keys(b.models)) {
        if (ownValue(a.models, id) === undefined) {
          const m = b.models[id] as UnitReportState["models"][string];
          setOwn(a.models, id, { name: m.name, kind: m.kind, unitCode: m.unitCode });
        }
      }
      mergePeriods(current.aggregators, a.current as PeriodState, b.current as PeriodState);
      mergePeriods(emptyPrevious.aggregators, a.previous as PeriodState, b.previous as PeriodState);
      return a;
    },
    finish: (state) =>
      finishReport(state, {
        options,
        index,
        unit,
        period,
        comparison,
        significanceLevel,
        current,
        previous,
        inPeriod: inPeriod.length > 0,
      }),
  };
  return built;
}

function describe(of: UnitReportState["of"]): string {
  return `unit ${of.unit}, ${of.period}${of.comparison === null ? "" : ` vs ${of.comparison}`}`;
}

interface Finishing {
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

function finishReport(state: UnitReportState, f: Finishing): UnitReport {
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
    },
    period,
    comparison,
    coverage,
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
