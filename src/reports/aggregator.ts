// The report as a mergeable aggregator: its options, its JSON state, adding and merging.

import type { Activity } from "../activities/index.js";
import { type AdminUnit, buildAdminIndex } from "../admin/index.js";
import { ownValue, setOwn } from "../aggregate/dict.js";
import type { Aggregator, StateShape } from "../aggregate/index.js";
import { type CameraPoint, cameraFacesPublic } from "../cameras/index.js";
import type { CalendarDate } from "../core/calendar.js";
import { dayNumberAt } from "../core/calendar-day.js";
import type { Period } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import type { ForceStrength } from "../forces/index.js";
import type { FootageExtraction, Incident } from "../incidents/index.js";
import { type ModelSite, modelKindKey, type SecurityModel } from "../models/index.js";
import {
  addActivity,
  addCamera,
  addExtraction,
  addIncident,
  addToPeriod,
  initPeriod,
  mergePeriods,
  type PeriodAggregators,
  type PeriodState,
  summariesOf,
} from "./accumulate.js";
import { UnitReportError } from "./error.js";
import { childUnits } from "./figures.js";
import { finishReport } from "./finish.js";
import { active, comparisonOf, toPeriod } from "./period.js";
import type { ReportRecord } from "./records.js";
import { type Placement, UnitScope } from "./scope.js";
import { DAY_NUMBER, type Placed, type RecordOf, TIMING } from "./select.js";
import {
  REPORT_COLLECTIONS,
  type ReportCollection,
  type UnitReport,
  type UnitReportOptions,
} from "./types.js";
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
  /**
   * The dataset's name, area and covered dates, as the report names them, and its
   * completeness declarations (`coverage`), which let the report state an absence.
   */
  readonly dataset?:
    | (Pick<Dataset, "name" | "area" | "covers"> & {
        readonly coverage?: Dataset["coverage"] | undefined;
      })
    | undefined;
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

/**
 * The aggregator {@link unitReport} makes: a mergeable aggregator of one unit's report,
 * which also says which report it is, and takes in the states of units below it.
 *
 * @category Reports
 * @example
 * ```ts
 * import { aggregateState, unitReport, type UnitReportAggregator } from "antt";
 * const units = [
 *   { code: "395", name: "Huyện Thọ Xuân", level: "district" as const, type: "rural-district" as const },
 *   { code: "15532", name: "Xã Xuân Sinh", level: "commune" as const, type: "commune" as const, parentCode: "395" },
 * ];
 * const district: UnitReportAggregator = unitReport({ unit: "395", period: "2024", units });
 * const commune = unitReport({ unit: "15532", period: "2024", units });
 * const state = district.adopt(aggregateState(commune, []), "15532");
 * state.of.unit; // "395"
 * ```
 */
export interface UnitReportAggregator
  extends Aggregator<ReportRecord, UnitReportState, UnitReport> {
  /** The report's unit, period and comparison period (keys), as its states say them. */
  readonly of: UnitReportState["of"];
  /**
   * A state of the same report on a unit below this report's unit (a commune's, for a
   * district's report), made a state of this report: the records it counted count as
   * records of `child`, the direct child of this report's unit that holds that unit. The
   * state given is not changed.
   *
   * @param state - a state of the report, on a unit below, of the same period and comparison
   * @param child - the code of the direct child of this report's unit that holds that unit
   * @returns the state, as this report's
   * @throws RangeError when the state is of another period or comparison
   */
  adopt(state: UnitReportState, child: string): UnitReportState;
}

/** What adding a record to a report needs, kept beside each aggregator, out of sight. */
export interface Parts {
  readonly scope: UnitScope;
  readonly period: PeriodPart;
  readonly comparison: PeriodPart | null;
  /** The period and the comparison period, when there is one. */
  readonly periods: readonly PeriodPart[];
}

const PARTS = new WeakMap<UnitReportAggregator, Parts>();

/** What adding a record to a report needs: read once per report, not once per record. */
export function partsOf(report: UnitReportAggregator): Parts {
  return PARTS.get(report) as Parts;
}

export interface PeriodPart {
  readonly period: Period;
  /** The period's first and last days as numbers YYYYMMDD, for the days `DAY_NUMBER` reads. */
  readonly startDay: number;
  readonly endDay: number;
  readonly aggregators: PeriodAggregators;
  readonly children: ReadonlySet<string>;
}

/** Adds one record of a collection to a report's state (no wrapper object per record). */
export function addRecord<C extends ReportCollection>(
  parts: Parts,
  state: UnitReportState,
  collection: C,
  record: RecordOf<C>,
): void {
  const add = ADDERS[collection as keyof typeof ADDERS] as Adder<RecordOf<C>> | undefined;
  if (add) add(parts, state, record);
  else addAnyRecord(parts, state, collection, record);
}

/**
 * Adds the records of one collection to a report's state: `addRecord` for each, with the
 * collection's adder chosen once for all of them.
 */
export function addRecords<C extends ReportCollection>(
  parts: Parts,
  state: UnitReportState,
  collection: C,
  records: readonly RecordOf<C>[],
): void {
  // A loop per collection of many records: each calls its one adder (inlined), where a
  // shared loop would call four through one site.
  switch (collection) {
    case "incidents":
      for (const record of records as readonly Incident[]) addIncidentRecord(parts, state, record);
      return;
    case "extractions":
      for (const record of records as readonly FootageExtraction[])
        addExtractionRecord(parts, state, record);
      return;
    case "activities":
      for (const record of records as readonly Activity[]) addActivityRecord(parts, state, record);
      return;
    case "cameras":
      for (const record of records as readonly CameraPoint[]) addCameraRecord(parts, state, record);
      return;
    default:
      for (const record of records) addAnyRecord(parts, state, collection, record);
  }
}

// The collections of many records each have an adder of their own: the same steps as
// `addAnyRecord`, with every call (the record's day, its period, its summaries) made from
// a place that sees one collection only, so that the engine inlines it. `TIMING` stays the
// one rule of when a record counts.

/**
 * Tallies a record given, and places its unit code, written on `date` (its `unitCodeAsOf`,
 * else its own day): the child unit that holds it (`null` for the report's unit itself), or
 * `undefined` when it is of another unit or an unknown one. The caller reads the record's
 * fields, so that those reads see one collection.
 */
function placed(
  parts: Parts,
  state: UnitReportState,
  collection: ReportCollection,
  unitCode: string,
  date: CalendarDate | undefined,
): string | null | undefined {
  return counted(state, collection, unitCode, parts.scope.place(unitCode, date));
}

/** Counts a record given, and where its placement put it; the child it goes to, if in. */
function counted(
  state: UnitReportState,
  collection: ReportCollection,
  unitCode: string,
  placement: Placement,
): string | null | undefined {
  const tally = state.records[collection];
  tally.given += 1;
  if (placement.status === "in") return placement.child;
  if (placement.status === "unknown") {
    tally.unknownUnit += 1;
    setOwn(state.unknownUnitCodes, unitCode, 1);
  } else tally.otherUnit += 1;
  return undefined;
}

/**
 * {@link placed} for a dated record whose day is read as a number (`DAY_NUMBER`): a record
 * with no `unitCodeAsOf` is placed on that day with no string made for it. The adder reads
 * the record's unit code and `unitCodeAsOf` itself, so that those reads see one collection.
 */
function placedOnDay(
  parts: Parts,
  state: UnitReportState,
  collection: ReportCollection,
  unitCode: string,
  asOf: CalendarDate | undefined,
  day: number,
): string | null | undefined {
  const placement =
    asOf === undefined ? parts.scope.placeOnDay(unitCode, day) : parts.scope.place(unitCode, asOf);
  return counted(state, collection, unitCode, placement);
}

// The dated collections count a record in a period that holds its day: `TIMING`'s
// "dated-in-period" rule, on the day as a number.

function addIncidentRecord(parts: Parts, state: UnitReportState, incident: Incident): void {
  const day = DAY_NUMBER.incidents(incident);
  const child = placedOnDay(
    parts,
    state,
    "incidents",
    incident.unitCode,
    incident.unitCodeAsOf,
    day,
  );
  if (child === undefined) return;
  const { period, comparison } = parts;
  if (day >= period.startDay && day <= period.endDay) {
    const s = state.current as PeriodState;
    s.counted.incidents += 1;
    addIncident(period.aggregators, s, incident);
  }
  if (comparison !== null && day >= comparison.startDay && day <= comparison.endDay) {
    const s = state.previous as PeriodState;
    s.counted.incidents += 1;
    addIncident(comparison.aggregators, s, incident);
  }
}

function addExtractionRecord(
  parts: Parts,
  state: UnitReportState,
  extraction: FootageExtraction,
): void {
  const day = DAY_NUMBER.extractions(extraction);
  const child = placedOnDay(
    parts,
    state,
    "extractions",
    extraction.unitCode,
    extraction.unitCodeAsOf,
    day,
  );
  if (child === undefined) return;
  const { period, comparison } = parts;
  if (day >= period.startDay && day <= period.endDay) {
    const s = state.current as PeriodState;
    s.counted.extractions += 1;
    addExtraction(period.aggregators, s, extraction);
  }
  if (comparison !== null && day >= comparison.startDay && day <= comparison.endDay) {
    const s = state.previous as PeriodState;
    s.counted.extractions += 1;
    addExtraction(comparison.aggregators, s, extraction);
  }
}

function addActivityRecord(parts: Parts, state: UnitReportState, activity: Activity): void {
  const day = DAY_NUMBER.activities(activity);
  const child = placedOnDay(
    parts,
    state,
    "activities",
    activity.unitCode,
    activity.unitCodeAsOf,
    day,
  );
  if (child === undefined) return;
  const { period, comparison } = parts;
  if (day >= period.startDay && day <= period.endDay) {
    const s = state.current as PeriodState;
    s.counted.activities += 1;
    addActivity(period.aggregators, s, activity);
  }
  if (comparison !== null && day >= comparison.startDay && day <= comparison.endDay) {
    const s = state.previous as PeriodState;
    s.counted.activities += 1;
    addActivity(comparison.aggregators, s, activity);
  }
}

function addCameraRecord(parts: Parts, state: UnitReportState, camera: CameraPoint): void {
  // TIMING.cameras: from the day it was installed (or planned) to the day it was removed.
  const day = camera.installedOn ?? camera.plannedOn;
  const removedOn = camera.removedOn;
  const child = placed(parts, state, "cameras", camera.unitCode, camera.unitCodeAsOf ?? day);
  if (child === undefined) return;
  const { period, comparison } = parts;
  // Whether it faces the road or a public place: read once for both periods.
  const facing = cameraFacesPublic(camera);
  if (active(day, removedOn, period.period)) {
    const s = state.current as PeriodState;
    s.counted.cameras += 1;
    addCamera(period.aggregators, s, period.period, camera, facing);
  }
  if (comparison !== null && active(day, removedOn, comparison.period)) {
    const s = state.previous as PeriodState;
    s.counted.cameras += 1;
    addCamera(comparison.aggregators, s, comparison.period, camera, facing);
  }
}

type Adder<T> = (parts: Parts, state: UnitReportState, record: T) => void;

/** The adders of the collections of many records. */
const ADDERS = {
  incidents: addIncidentRecord,
  cameras: addCameraRecord,
  extractions: addExtractionRecord,
  activities: addActivityRecord,
} as const;

/** Adds a record of any collection: the path of the collections of few records. */
function addAnyRecord<C extends ReportCollection>(
  parts: Parts,
  state: UnitReportState,
  collection: C,
  record: RecordOf<C>,
): void {
  const { period } = parts;
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
  const timing = TIMING[collection];
  const day = timing.dateOf(record);
  const placeable = record as RecordOf<C> & Placed;
  const child = placed(parts, state, collection, placeable.unitCode, placeable.unitCodeAsOf ?? day);
  if (child === undefined) return;
  for (const p of parts.periods) {
    if (!timing.inPeriod(record, p.period, day)) continue;
    addToPeriod(
      p.aggregators,
      (p === period ? state.current : state.previous) as PeriodState,
      p.period,
      p.children,
      collection,
      collection === "forces"
        ? (standing(parts, record as ForceStrength, p) as RecordOf<C>)
        : record,
      child,
    );
  }
}

/**
 * A count of a force as the unit it stands for on the period's last day: counts of units
 * merged since (two communes before a merger, the new commune after it) are the counts of
 * one unit, of which only the latest stands.
 */
function standing(parts: Parts, count: ForceStrength, p: PeriodPart): ForceStrength {
  const unit = parts.scope.standingOn(
    count.unitCode,
    count.unitCodeAsOf ?? count.countedOn,
    p.period.end,
  );
  return unit === count.unitCode ? count : { ...count, unitCode: unit };
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
export function unitReport(options: UnitReportAggregatorOptions): UnitReportAggregator {
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
    startDay: dayNumberAt(p.start),
    endDay: dayNumberAt(p.end),
    aggregators: summariesOf(p),
    children: new Set(childUnits({ index, unit }, p).map((u) => u.code)),
  });
  const current = partOf(period);
  const previous = comparison ? partOf(comparison.period) : null;
  const of: UnitReportState["of"] = {
    unit: code,
    period: period.key,
    comparison: comparison?.period.key ?? null,
  };
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

  const parts: Parts = {
    scope: new UnitScope(index, unit.code),
    period: current,
    comparison: previous,
    periods: previous === null ? [current] : [current, previous],
  };
  const built: UnitReportAggregator = {
    of,
    shape,
    adopt(state, child) {
      if (state.of.period !== of.period || state.of.comparison !== of.comparison) {
        throw mismatch(state.of, of);
      }
      const copy = JSON.parse(JSON.stringify(state)) as UnitReportState;
      (copy.of as { unit: string }).unit = code;
      adoptPeriod(current, copy.current as PeriodState, child);
      if (previous) adoptPeriod(previous, copy.previous as PeriodState, child);
      return copy;
    },
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
      addRecord(parts, state, item.collection, item.record);
      return state;
    },
    merge(a, b) {
      if (
        a.of.unit !== b.of.unit ||
        a.of.period !== b.of.period ||
        a.of.comparison !== b.of.comparison
      ) {
        throw mismatch(a.of, b.of);
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
  PARTS.set(built, parts);
  return built;
}

/**
 * A period's state of a unit below, as this report's: the child units with an active site
 * are counted again, with `child` for the unit below (its own children are not this
 * report's).
 */
function adoptPeriod(part: PeriodPart, state: PeriodState, child: string): void {
  const { covered, reach } = part.aggregators;
  const sites = reach.finish(state.reach) as Record<string, { sites: number }>;
  state.covered = covered.init();
  if (!part.children.has(child)) return;
  for (const modelId of Object.keys(sites)) {
    const site = { modelId } as ModelSite;
    for (let n = (sites[modelId] as { sites: number }).sites; n > 0; n--) {
      covered.add(state.covered, { site, child });
    }
  }
}

/** The error of two states of different reports, merged or adopted. */
function mismatch(a: UnitReportState["of"], b: UnitReportState["of"]): RangeError {
  const describe = (of: UnitReportState["of"]) =>
    `unit ${of.unit}, ${of.period}${of.comparison === null ? "" : ` vs ${of.comparison}`}`;
  return new RangeError(
    `The report states of ${describe(a)} and ${describe(b)} are of different reports (Trạng thái của hai báo cáo khác nhau)`,
  );
}
