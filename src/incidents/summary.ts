import {
  type Aggregator,
  aggregate,
  byPeriodRange,
  byUnitAndPeriod,
  type GroupedAggregator,
  type GroupedState,
  type Groups,
  type Rate,
  type Source,
  type StateShape,
  UNASSIGNED,
} from "../aggregate/index.js";
import {
  bump,
  COUNT_SHAPE,
  COUNTS_SHAPE,
  checkPeriod,
  counter,
  finishCounts,
  keyOf,
  lazy,
  mergeByShape,
  named,
  periodOutput,
  rateOf,
} from "../aggregate/summaries.js";
import { codesOf } from "../core/labels.js";
import type { Period, PeriodUnit } from "../core/period.js";
import { shown } from "../core/record-fields.js";
import {
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_DETECTION_LABELS,
  INCIDENT_LEGAL_CLASS_LABELS,
  INCIDENT_STATUS_LABELS,
  type IncidentCategory,
  type IncidentDetection,
  type IncidentLegalClass,
  type IncidentStatus,
} from "./labels.js";
import { defaultLegalClassOf } from "./legal-class.js";
import type { Incident } from "./schema.js";

// ---------------------------------------------------------------------------------------
// Local helpers; the counters are explained in src/aggregate/summaries.ts.

/** The counters of the incident code lists, made on first use. */
const incidentCountersOf = /* @__PURE__ */ lazy(() => ({
  category: counter(codesOf(INCIDENT_CATEGORY_LABELS)),
  legalClass: counter(codesOf(INCIDENT_LEGAL_CLASS_LABELS)),
  detection: counter(codesOf(INCIDENT_DETECTION_LABELS)),
  status: counter(codesOf(INCIDENT_STATUS_LABELS)),
}));

// The default legal class of each category, computed once from defaultLegalClassOf: the same
// classes as incidentLegalClass, without ts-pattern's per-call matcher on the hot path.
const defaultLegalClasses = /* @__PURE__ */ lazy(
  () =>
    new Map<string, IncidentLegalClass>(
      codesOf(INCIDENT_CATEGORY_LABELS).map((category) => [
        category,
        defaultLegalClassOf(category),
      ]),
    ),
);

function defaultLegalClass(category: string): IncidentLegalClass | undefined {
  return defaultLegalClasses().get(category);
}

/**
 * The legal class an incident is counted under by the summaries: its own `legalClass`,
 * otherwise its category's default, and `unassigned` for a record that has neither (one
 * that skipped validation).
 *
 * @param incident - the incident's category and legal class
 * @returns the legal class code, or `unassigned`
 * @category Aggregations
 * @example
 * ```ts
 * import { countedLegalClass } from "antt";
 * countedLegalClass({ category: "theft" });                            // "criminal"
 * countedLegalClass({ category: "theft", legalClass: "administrative" }); // "administrative"
 * ```
 */
export function countedLegalClass(incident: {
  readonly category?: string | null | undefined;
  readonly legalClass?: string | null | undefined;
}): string {
  const legalClass = incident.legalClass;
  return legalClass != null && legalClass !== ""
    ? legalClass
    : (defaultLegalClass(keyOf(incident.category)) ?? UNASSIGNED);
}

function checkSuspects(total: number, suspects: number): number {
  const next = total + suspects;
  // A record that skipped its schema (suspects "3" or -1) throws rather than add a wrong
  // figure; the error is worked out off the hot path.
  if (!(Number.isSafeInteger(suspects) && suspects >= 0) || !Number.isSafeInteger(next)) {
    throw suspectsError(suspects, next);
  }
  return next;
}

function suspectsError(suspects: unknown, next: unknown): Error {
  if (typeof suspects !== "number" || !(suspects >= 0)) {
    return new TypeError(
      `suspects must be a whole number of at least 0, not ${shown(suspects)} (Số đối tượng không hợp lệ)`,
    );
  }
  return new RangeError(
    `The number of suspects ${suspects} (total ${next}) is not a safe integer (Số đối tượng không hợp lệ)`,
  );
}

/** What an {@link IncidentSummaryState} looks like, for `parseState`. */
const INCIDENT_SUMMARY_SHAPE: StateShape = {
  type: "named",
  name: "antt.incidents-summary",
  version: 1,
  of: {
    type: "fields",
    fields: {
      outsidePeriod: COUNT_SHAPE,
      total: COUNT_SHAPE,
      byCategory: COUNTS_SHAPE,
      byLegalClass: COUNTS_SHAPE,
      byDetection: COUNTS_SHAPE,
      byStatus: COUNTS_SHAPE,
      clarified: COUNT_SHAPE,
      clarifiedWithCamera: COUNT_SHAPE,
      clarifiedByCategory: COUNTS_SHAPE,
      clarifiedWithCameraByCategory: COUNTS_SHAPE,
      suspects: COUNT_SHAPE,
    },
    atMost: [
      ["clarified", "total"],
      ["clarifiedWithCamera", "clarified"],
    ],
  },
};

// ---------------------------------------------------------------------------------------

/**
 * Options of {@link incidentSummary} and {@link summarizeIncidents}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type IncidentSummaryOptions } from "antt";
 * const options: IncidentSummaryOptions = { period: parsePeriod("2024") };
 * ```
 */
export interface IncidentSummaryOptions {
  /**
   * Count only the incidents that occurred in this period (kỳ báo cáo), by the Vietnamese
   * day of `occurredAt`; the others are counted in `outsidePeriod`, never dropped.
   * Absent: every incident counts.
   */
  readonly period?: Period | undefined;
}

/**
 * The partial result of {@link incidentSummary}: plain JSON, to be shipped and merged.
 *
 * @description Each count by code starts with every code of its code list at 0 (so
 * that all states share one shape, which makes counting fast); a missing or unknown code
 * is added as its own key. {@link IncidentSummary} lists only the codes that occurred.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, incidentSummary, type IncidentSummaryState } from "antt";
 * const state: IncidentSummaryState = aggregateState(incidentSummary(), []);
 * state.total; // 0
 * ```
 */
export interface IncidentSummaryState {
  /** Incidents outside the period (not counted). */
  outsidePeriod: number;
  /** Incidents counted. */
  total: number;
  /** Counted incidents by category. */
  byCategory: Record<string, number>;
  /** Counted incidents by legal class. */
  byLegalClass: Record<string, number>;
  /** Counted incidents by how they were detected. */
  byDetection: Record<string, number>;
  /** Counted incidents by status. */
  byStatus: Record<string, number>;
  /** Counted incidents that were clarified. */
  clarified: number;
  /** Counted incidents clarified with camera footage. */
  clarifiedWithCamera: number;
  /** Clarified incidents by category. */
  clarifiedByCategory: Record<string, number>;
  /** Incidents clarified with camera footage, by category. */
  clarifiedWithCameraByCategory: Record<string, number>;
  /** Suspects of the counted incidents. */
  suspects: number;
}

/**
 * The incident figures of an area and period (tình hình vụ việc): how many, by category,
 * legal class, detection and status, how many were clarified (làm rõ) and how many of
 * those with camera footage, and how many suspects (đối tượng) were identified.
 *
 * @description Every counted incident is in exactly one bucket of each `by...` breakdown
 * (`unassigned` for a missing code), so each adds up to `total`; every incident read is
 * counted or outside the period: `input = total + outsidePeriod`. An incident is
 * clarified when it has a `clarified` block (every `clarified` incident has one; a
 * `transferred` or `closed` one may), and clarified with camera help when `clarified.by`
 * includes `camera`.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeIncidents, type IncidentSummary } from "antt";
 * const summary: IncidentSummary = summarizeIncidents([]);
 * summary.clarificationRate; // { numerator: 0, denominator: 0, ratio: null }
 * ```
 */
export interface IncidentSummary {
  /** The period counted, or `null` for all incidents. */
  readonly period: Period | null;
  /** Every incident read: `total + outsidePeriod`. */
  readonly input: number;
  /** Incidents that occurred outside the period (not counted elsewhere). */
  readonly outsidePeriod: number;
  /** Incidents counted (tổng số vụ việc). */
  readonly total: number;
  /** Counted incidents by category (trộm cắp, tai nạn giao thông, gây rối...). */
  readonly byCategory: Groups<IncidentCategory, number>;
  /**
   * Counted incidents by legal class (phạm pháp hình sự, vi phạm hành chính...): the
   * incident's own `legalClass`, otherwise its category's default (`incidentLegalClass`).
   */
  readonly byLegalClass: Groups<IncidentLegalClass, number>;
  /** Counted incidents by how they were detected (qua camera, tuần tra, nguồn tin...). */
  readonly byDetection: Groups<IncidentDetection, number>;
  /** Counted incidents by handling status. */
  readonly byStatus: Groups<IncidentStatus, number>;
  /** Counted incidents clarified (số vụ làm rõ). */
  readonly clarified: number;
  /** Clarified incidents with `camera` among the means (làm rõ qua trích xuất camera). */
  readonly clarifiedWithCamera: number;
  /** Clarified incidents by category; adds up to `clarified`. */
  readonly clarifiedByCategory: Groups<IncidentCategory, number>;
  /** Incidents clarified with camera help by category; adds up to `clarifiedWithCamera`. */
  readonly clarifiedWithCameraByCategory: Groups<IncidentCategory, number>;
  /** `clarified / total` (tỷ lệ làm rõ); `ratio` is `null` when there is no incident. */
  readonly clarificationRate: Rate;
  /** `clarifiedWithCamera / clarified`: the share of clarified cases cameras helped with. */
  readonly cameraShareOfClarified: Rate;
  /** Suspects (đối tượng) identified in the counted incidents; a missing count adds 0. */
  readonly suspects: number;
}

/**
 * The aggregator behind {@link summarizeIncidents}: incident figures (tình hình vụ việc),
 * mergeable across communes, months and workers.
 *
 * @description One pass, constant work per record; the state is plain JSON whose size
 * depends on the code lists, not on the number of records. Merge only states made with
 * the same options. For figures per unit × month × category, nest it in the engine's
 * `groupBy` (see {@link incidentSummaryByUnitAndPeriod}, which does exactly that):
 *
 * ```ts
 * groupBy(byUnit((i: Incident) => i.unitCode),
 *   groupBy(byPeriod((i: Incident) => i.occurredAt, "month"), incidentSummary()))
 * ```
 *
 * Records are not validated: an `occurredAt` that is not a valid instant throws the
 * `RangeError` of the time functions when a `period` is given, and a `suspects` that is
 * not a whole number ≥ 0 (`"3"`, `-1`) throws rather than become a wrong figure;
 * `aggregate` and {@link summarizeIncidents} report either as a `RecordError` naming the
 * record. Validate records with their schema first to get every problem at once.
 *
 * Its states are of kind `antt.incidents-summary`, version 1: check one read from a file,
 * a worker or a network with `parseState(incidentSummary(), text)` before merging it.
 *
 * @param options - `period`: count only the incidents of that period
 * @returns an aggregator of incidents into an {@link IncidentSummary}
 * @throws RangeError when `period` is not a valid period; (when records are added) a
 *   TypeError for a suspects count that is not a number ≥ 0, a RangeError for one that
 *   is not a safe integer
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, incidentSummary, mergeStates, type Incident } from "antt";
 * const theft: Incident = {
 *   id: "vv-1", category: "theft", occurredAt: "2024-03-07T01:40:00+07:00",
 *   unitCode: "15532", detectedBy: "report", status: "clarified",
 *   clarified: { on: "2024-03-07", by: ["camera"] }, suspects: 2,
 * };
 * const summary = incidentSummary();
 * // two communes summarised apart (in two workers), merged as JSON
 * const a = JSON.parse(JSON.stringify(aggregateState(summary, [theft])));
 * const b = aggregateState(summary, [{ ...theft, id: "vv-2", unitCode: "15535" }]);
 * summary.finish(mergeStates(summary, [a, b])).clarifiedWithCamera; // 2
 * ```
 */
export function incidentSummary(
  options: IncidentSummaryOptions = {},
): Aggregator<Incident, IncidentSummaryState, IncidentSummary> {
  const { period } = options;
  checkPeriod(period);
  const inPeriod =
    period === undefined ? undefined : byPeriodRange((i: Incident) => i.occurredAt, period);
  const periodKey = period?.key;
  const counters = incidentCountersOf();
  const { category: categories, legalClass: classes, detection, status } = counters;
  return {
    shape: INCIDENT_SUMMARY_SHAPE,
    init: () => ({
      outsidePeriod: 0,
      total: 0,
      byCategory: categories.make(),
      byLegalClass: classes.make(),
      byDetection: detection.make(),
      byStatus: status.make(),
      clarified: 0,
      clarifiedWithCamera: 0,
      clarifiedByCategory: categories.make(),
      clarifiedWithCameraByCategory: categories.make(),
      suspects: 0,
    }),
    add(state, incident) {
      if (inPeriod !== undefined && inPeriod(incident) !== periodKey) {
        state.outsidePeriod += 1;
        return state;
      }
      state.total += 1;
      const category = keyOf(incident.category);
      bump(state.byCategory, category);
      bump(state.byLegalClass, countedLegalClass(incident));
      bump(state.byDetection, keyOf(incident.detectedBy));
      bump(state.byStatus, keyOf(incident.status));
      const clarified = incident.clarified;
      if (clarified != null) {
        state.clarified += 1;
        bump(state.clarifiedByCategory, category);
        if (clarified.by?.includes("camera") === true) {
          state.clarifiedWithCamera += 1;
          bump(state.clarifiedWithCameraByCategory, category);
        }
      }
      const suspects = incident.suspects;
      if (suspects != null) state.suspects = checkSuspects(state.suspects, suspects);
      return state;
    },
    merge: mergeByShape<IncidentSummaryState>(INCIDENT_SUMMARY_SHAPE, { suspects: checkSuspects }),
    finish(state) {
      return {
        period: periodOutput(period),
        input: state.total + state.outsidePeriod,
        outsidePeriod: state.outsidePeriod,
        total: state.total,
        byCategory: finishCounts(state.byCategory, categories.sorted),
        byLegalClass: finishCounts(state.byLegalClass, classes.sorted),
        byDetection: finishCounts(state.byDetection, detection.sorted),
        byStatus: finishCounts(state.byStatus, status.sorted),
        clarified: state.clarified,
        clarifiedWithCamera: state.clarifiedWithCamera,
        clarifiedByCategory: finishCounts(state.clarifiedByCategory, categories.sorted),
        clarifiedWithCameraByCategory: finishCounts(
          state.clarifiedWithCameraByCategory,
          categories.sorted,
        ),
        clarificationRate: rateOf(state.clarified, state.total),
        cameraShareOfClarified: rateOf(state.clarifiedWithCamera, state.clarified),
        suspects: state.suspects,
      };
    },
  };
}

/**
 * Summarises incidents (tổng hợp tình hình vụ việc): how many, by category, legal class,
 * detection and status; how many were clarified, how many with camera footage, overall
 * and by category; the clarification rate; the number of suspects.
 *
 * @description An array or an iterable gives the summary directly; an async iterable
 * gives a promise of it. Records are read once and not kept. With a `period`, incidents
 * whose `occurredAt` (in Vietnam time) falls outside it are counted in `outsidePeriod`
 * only. See {@link incidentSummary} for the aggregator and {@link IncidentSummary} for
 * what each figure means.
 *
 * @param incidents - incidents: an array, an iterable or an async iterable
 * @param options - `period`: count only the incidents of that period
 * @returns the {@link IncidentSummary} (a promise of it for an async iterable)
 * @throws RangeError for an invalid period; RecordError (with the record's index and id)
 *   for an invalid `occurredAt` when a period is given, or a suspects count that is not a
 *   whole number ≥ 0
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, summarizeIncidents, type Incident } from "antt";
 * const incidents: Incident[] = [
 *   { id: "vv-1", category: "theft", occurredAt: "2024-03-07T01:40:00+07:00",
 *     unitCode: "15532", detectedBy: "report", status: "clarified",
 *     clarified: { on: "2024-03-07", by: ["camera"] }, suspects: 2 },
 *   { id: "vv-2", category: "public-disorder", occurredAt: "2024-02-28T21:30:00+07:00",
 *     unitCode: "15532", detectedBy: "camera", status: "clarified",
 *     clarified: { on: "2024-02-29", by: ["camera", "investigation"] }, suspects: 8 },
 *   { id: "vv-3", category: "gambling", legalClass: "administrative",
 *     occurredAt: "2023-12-31T23:00:00+07:00", unitCode: "15532", detectedBy: "patrol",
 *     status: "closed" },
 * ];
 * const summary = summarizeIncidents(incidents, { period: parsePeriod("2024") });
 * summary.total;              // 2
 * summary.outsidePeriod;      // 1 (the gambling case of 2023)
 * summary.byLegalClass;       // { criminal: 2 }
 * summary.clarifiedWithCamera; // 2
 * summary.suspects;           // 10
 * ```
 */
export function summarizeIncidents(
  incidents: Iterable<Incident>,
  options?: IncidentSummaryOptions,
): IncidentSummary;
export function summarizeIncidents(
  incidents: AsyncIterable<Incident>,
  options?: IncidentSummaryOptions,
): Promise<IncidentSummary>;
export function summarizeIncidents(
  incidents: Source<Incident>,
  options?: IncidentSummaryOptions,
): IncidentSummary | Promise<IncidentSummary>;
export function summarizeIncidents(
  incidents: Source<Incident>,
  options: IncidentSummaryOptions = {},
): IncidentSummary | Promise<IncidentSummary> {
  return aggregate(incidentSummary(options), incidents);
}

/**
 * Options of {@link incidentSummaryByUnitAndPeriod}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type IncidentGroupingOptions } from "antt";
 * const options: IncidentGroupingOptions = { periodUnit: "quarter", period: parsePeriod("2024") };
 * ```
 */
export interface IncidentGroupingOptions extends IncidentSummaryOptions {
  /** The calendar unit of the time groups, in Vietnam time; `month` by default. */
  readonly periodUnit?: PeriodUnit | undefined;
}

/**
 * Incident figures per unit and per month (or another calendar unit), each an
 * {@link IncidentSummary} whose `byCategory` completes the unit × month × category table
 * that provincial reports are built from.
 *
 * @description It is the engine's {@link byUnitAndPeriod} around {@link incidentSummary},
 * written out so that nobody has to: the unit is the record's
 * `unitCode` as written (roll it up to districts and provinces with `rollup`), the time
 * group the `periodKeyOf` key of `occurredAt` in Vietnam time (`2024-03`). With a
 * `period`, incidents outside it are counted in the `outsidePeriod` of their own unit and
 * month group. The state grows with the number of (unit, month) groups, not records;
 * it is of kind `antt.incidents-summary-by-unit-and-period`, version 1, for `parseState`.
 * An `occurredAt` that is not a valid instant throws a `RangeError` when the record is
 * added (a `RecordError` from `aggregate`).
 *
 * @param options - `periodUnit` (`month` by default) and the options of
 *   {@link incidentSummary}
 * @returns a grouped aggregator: unit code → period key → {@link IncidentSummary}
 * @throws RangeError when `period` is not a valid period or `periodUnit` not a calendar unit
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, incidentSummaryByUnitAndPeriod, type Incident } from "antt";
 * const incidents: Incident[] = [
 *   { id: "vv-1", category: "theft", occurredAt: "2024-03-31T23:30:00+07:00",
 *     unitCode: "15532", detectedBy: "report", status: "received" },
 *   { id: "vv-2", category: "theft", occurredAt: "2024-03-31T17:30:00Z",
 *     unitCode: "15532", detectedBy: "patrol", status: "received" },
 * ];
 * const table = aggregate(incidentSummaryByUnitAndPeriod(), incidents);
 * table["15532"]?.["2024-03"]?.byCategory; // { theft: 1 }
 * table["15532"]?.["2024-04"]?.byCategory; // { theft: 1 } (00:30 on 1 April in Vietnam)
 * ```
 */
export function incidentSummaryByUnitAndPeriod(
  options: IncidentGroupingOptions = {},
): GroupedAggregator<
  Incident,
  string,
  GroupedState<IncidentSummaryState>,
  Groups<string, IncidentSummary>
> {
  const grouped = byUnitAndPeriod(incidentSummary(options), {
    unitOf: (incident: Incident) => incident.unitCode,
    dateOf: (incident: Incident) => incident.occurredAt,
    periodUnit: options.periodUnit,
  });
  return named("antt.incidents-summary-by-unit-and-period", grouped, {
    type: "groups",
    of: { type: "groups", of: INCIDENT_SUMMARY_SHAPE },
  });
}
