import { type Dict, ownValue, setOwn } from "../aggregate/dict.js";
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
  addTo,
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
  ACCIDENT_CATEGORIES,
  type AccidentCategory,
  INCIDENT_CATEGORY_LABELS,
  INCIDENT_CAUSE_LABELS,
  INCIDENT_DETECTION_LABELS,
  INCIDENT_LEGAL_CLASS_LABELS,
  INCIDENT_STATUS_LABELS,
  type IncidentCategory,
  type IncidentCause,
  type IncidentDetection,
  type IncidentLegalClass,
  type IncidentStatus,
  TRAFFIC_SEVERITY_LABELS,
  type TrafficSeverity,
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
  cause: counter(codesOf(INCIDENT_CAUSE_LABELS)),
  severity: counter(codesOf(TRAFFIC_SEVERITY_LABELS)),
}));

const ACCIDENT_CATEGORY_SET: ReadonlySet<string> = new Set(ACCIDENT_CATEGORIES);

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

/**
 * A checked add of a harm figure (deaths, injuries, damage): a record that skipped its
 * schema ("3", -1) throws rather than add a wrong figure.
 */
function checkHarm(field: string, vi: string) {
  return (total: number, n: number): number => {
    const next = total + n;
    if (!(Number.isSafeInteger(n) && n >= 0) || !Number.isSafeInteger(next)) {
      throw typeof n !== "number" || !(n >= 0)
        ? new TypeError(
            `${field} must be a whole number of at least 0, not ${shown(n)} (${vi} không hợp lệ)`,
          )
        : new RangeError(
            `The ${field} ${n} (total ${next}) is not a safe integer (${vi} không hợp lệ)`,
          );
    }
    return next;
  };
}
const addDeaths = checkHarm("casualties.deaths", "Số người chết");
const addInjuries = checkHarm("casualties.injuries", "Số người bị thương");
const addDamage = checkHarm("damageVnd", "Số tiền thiệt hại");

/** The harm figures of one category, in a state. */
type HarmState = IncidentSummaryState["harmByCategory"][string];

/** The harm figures of a state, at its top and in each of its categories. */
const HARM_FIELDS = {
  deaths: COUNT_SHAPE,
  injuries: COUNT_SHAPE,
  deathsStated: COUNT_SHAPE,
  injuriesStated: COUNT_SHAPE,
  casualtiesStated: COUNT_SHAPE,
  damageVnd: COUNT_SHAPE,
  damageStated: COUNT_SHAPE,
} as const satisfies Record<keyof HarmState, StateShape>;

const HARM_SHAPE: StateShape = { type: "fields", fields: HARM_FIELDS };

function mergeHarm(into: HarmState, from: HarmState): void {
  into.deaths = addDeaths(into.deaths, from.deaths);
  into.injuries = addInjuries(into.injuries, from.injuries);
  into.deathsStated += from.deathsStated;
  into.injuriesStated += from.injuriesStated;
  into.casualtiesStated += from.casualtiesStated;
  into.damageVnd = addDamage(into.damageVnd, from.damageVnd);
  into.damageStated += from.damageStated;
}

/** Merges the harm figures by category of `b` into `a` (own keys only, never shared). */
function mergeHarmByCategory(a: Dict<HarmState>, b: Dict<HarmState>): Dict<HarmState> {
  for (const key of Object.keys(b)) {
    const from = b[key] as HarmState;
    const into = ownValue(a, key);
    if (into === undefined) setOwn(a, key, { ...from });
    else mergeHarm(into, from);
  }
  return a;
}

/** Merges counts by category, then by code, of `b` into `a` (own keys only, never shared). */
function mergeNestedCounts(a: Dict<Dict<number>>, b: Dict<Dict<number>>): Dict<Dict<number>> {
  for (const key of Object.keys(b)) {
    const from = b[key] as Dict<number>;
    const into = ownValue(a, key);
    if (into === undefined) setOwn(a, key, { ...from });
    else for (const code of Object.keys(from)) addTo(into, code, from[code] as number);
  }
  return a;
}

/** What an {@link IncidentSummaryState} looks like, for `parseState`. */
// Built in a pure call: the spread of the harm fields would otherwise keep the shape (and
// this module) in every bundle that imports anything from it.
const INCIDENT_SUMMARY_SHAPE: StateShape = /* @__PURE__ */ (() => ({
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
      ...HARM_FIELDS,
      harmByCategory: { type: "dict", of: HARM_SHAPE },
      byAccidentCategoryAndCause: { type: "dict", of: COUNTS_SHAPE },
      trafficBySeverity: COUNTS_SHAPE,
    },
    atMost: [
      ["clarified", "total"],
      ["clarifiedWithCamera", "clarified"],
      ["deathsStated", "total"],
      ["injuriesStated", "total"],
      ["casualtiesStated", "total"],
      ["damageStated", "total"],
    ],
  },
}))();

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
  /** Deaths in the counted incidents (a missing count adds 0). */
  deaths: number;
  /** Injuries in the counted incidents (a missing count adds 0). */
  injuries: number;
  /** Counted incidents that give their deaths. */
  deathsStated: number;
  /** Counted incidents that give their injuries. */
  injuriesStated: number;
  /** Counted incidents that give both deaths and injuries. */
  casualtiesStated: number;
  /** Damage of the counted incidents, in đồng (a missing amount adds 0). */
  damageVnd: number;
  /** Counted incidents that give their damage. */
  damageStated: number;
  /** The same harm figures by category, for the categories with any of them given. */
  harmByCategory: Record<
    string,
    Pick<
      IncidentSummaryState,
      | "deaths"
      | "injuries"
      | "deathsStated"
      | "injuriesStated"
      | "casualtiesStated"
      | "damageVnd"
      | "damageStated"
    >
  >;
  /** Fires and traffic accidents by category, then by cause (`unassigned`: not given). */
  byAccidentCategoryAndCause: Record<string, Record<string, number>>;
  /** Traffic accidents by severity (`unassigned`: not given). */
  trafficBySeverity: Record<string, number>;
}

/**
 * The casualties and damage (thiệt hại về người và tài sản) of a set of incidents: what
 * reports write as "làm chết 2 người, bị thương 3 người, thiệt hại tài sản khoảng 150 triệu
 * đồng", with how many incidents state them.
 *
 * @description A missing count adds 0 to the sums, so `deaths` and `injuries` are what the
 * records state, and `deathsStated` and `injuriesStated` count the incidents that give each
 * (so a figure can say "số liệu của 2/5 vụ"); `casualtiesStated` counts those that give both, so "không gây
 * thiệt hại về người" may be said only when `casualtiesStated === cases` and both sums
 * are 0 ({@link noCasualties}). `damageVnd` sums the damage given (`damageVnd` of the
 * incident, in whole đồng), `damageStated` counts the incidents that give it.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeIncidents, type IncidentHarm } from "antt";
 * const harm: IncidentHarm = summarizeIncidents([]).harm;
 * harm.deaths; // 0
 * ```
 */
export interface IncidentHarm {
  /** Incidents counted. */
  readonly cases: number;
  /** People killed (số người chết). */
  readonly deaths: number;
  /** People injured (số người bị thương). */
  readonly injuries: number;
  /** Incidents that give their deaths (0 included). */
  readonly deathsStated: number;
  /** Incidents that give their injuries (0 included). */
  readonly injuriesStated: number;
  /** Incidents that give both deaths and injuries (0 included). */
  readonly casualtiesStated: number;
  /** Damage to property, in whole đồng (thiệt hại tài sản). */
  readonly damageVnd: number;
  /** Incidents that give their damage. */
  readonly damageStated: number;
}

/**
 * Whether the incidents of a harm figure can be said to have caused no casualties ("không
 * gây thiệt hại về người"): there is at least one, every one of them gives both deaths
 * and injuries, and both are 0. Missing data never makes the statement.
 *
 * @param harm - the harm figures of some incidents
 * @returns `true` only when every incident states 0 deaths and 0 injuries
 * @category Aggregations
 * @example
 * ```ts
 * import { noCasualties } from "antt";
 * const harm = {
 *   cases: 2, deaths: 0, injuries: 0, deathsStated: 2, injuriesStated: 2, casualtiesStated: 2,
 *   damageVnd: 0, damageStated: 0,
 * };
 * noCasualties(harm);                           // true
 * noCasualties({ ...harm, casualtiesStated: 1 }); // false: one incident says nothing
 * ```
 */
export function noCasualties(harm: IncidentHarm): boolean {
  return (
    harm.cases > 0 &&
    harm.casualtiesStated === harm.cases &&
    harm.deaths === 0 &&
    harm.injuries === 0
  );
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
  /** Casualties and damage of the counted incidents (`cases` is `total`). */
  readonly harm: IncidentHarm;
  /**
   * Casualties and damage by category, for the categories where an incident gives any
   * (`cases`: every counted incident of the category).
   */
  readonly harmByCategory: Groups<IncidentCategory, IncidentHarm>;
  /**
   * Fires and traffic accidents that occurred, by category, then by cause (nguyên nhân);
   * `unassigned` counts those whose cause is not given, so each adds up to the
   * category's count.
   */
  readonly byAccidentCategoryAndCause: Groups<AccidentCategory, Groups<IncidentCause, number>>;
  /**
   * Traffic accidents by severity: accidents proper (tai nạn) and collisions (va chạm);
   * `unassigned` counts those whose severity is not given. Adds up to
   * `byCategory["traffic-accident"]`.
   */
  readonly trafficBySeverity: Groups<TrafficSeverity, number>;
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
  const {
    category: categories,
    legalClass: classes,
    detection,
    status,
    cause: causes,
    severity,
  } = counters;
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
      ...noHarm(),
      harmByCategory: {},
      byAccidentCategoryAndCause: {},
      trafficBySeverity: severity.make(),
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
      const casualties = incident.casualties;
      const damage = incident.damageVnd;
      if (casualties != null || damage != null) addHarm(state, category, casualties, damage);
      if (ACCIDENT_CATEGORY_SET.has(category)) {
        let byCause = ownValue(state.byAccidentCategoryAndCause, category);
        if (byCause === undefined) {
          byCause = causes.make();
          setOwn(state.byAccidentCategoryAndCause, category, byCause);
        }
        bump(byCause, keyOf(incident.cause));
        if (category === "traffic-accident") {
          bump(state.trafficBySeverity, keyOf(incident.trafficSeverity));
        }
      }
      return state;
    },
    merge: mergeByShape<IncidentSummaryState>(INCIDENT_SUMMARY_SHAPE, {
      suspects: checkSuspects,
      deaths: addDeaths,
      injuries: addInjuries,
      damageVnd: addDamage,
      harmByCategory: mergeHarmByCategory,
      byAccidentCategoryAndCause: mergeNestedCounts,
    }),
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
        harm: harmOf(state, state.total),
        harmByCategory: finishHarm(state.harmByCategory, state.byCategory),
        byAccidentCategoryAndCause: finishCauses(state.byAccidentCategoryAndCause, causes.sorted),
        trafficBySeverity: finishCounts(state.trafficBySeverity, severity.sorted),
      };
    },
  };
}

/** Adds an incident's casualties and damage to the state, overall and for its category. */
function addHarm(
  state: IncidentSummaryState,
  category: string,
  casualties: Incident["casualties"] | null,
  damage: number | null | undefined,
): void {
  const deaths = casualties?.deaths;
  const injuries = casualties?.injuries;
  // Every figure checked before any is added: a bad one leaves the state as it was. A
  // category's sums are parts of the state's, so they need no check of their own.
  if (deaths != null) addDeaths(state.deaths, deaths);
  if (injuries != null) addInjuries(state.injuries, injuries);
  if (damage != null) addDamage(state.damageVnd, damage);
  tallyHarm(state, deaths, injuries, damage);
  let harm = ownValue(state.harmByCategory, category);
  if (harm === undefined) {
    harm = noHarm();
    setOwn(state.harmByCategory, category, harm);
  }
  tallyHarm(harm, deaths, injuries, damage);
}

/** No harm yet: the harm figures a state starts with, and each of its categories. */
function noHarm(): HarmState {
  return {
    deaths: 0,
    injuries: 0,
    deathsStated: 0,
    injuriesStated: 0,
    casualtiesStated: 0,
    damageVnd: 0,
    damageStated: 0,
  };
}

/** Adds checked harm figures to a state's or a category's (a state holds the same fields). */
function tallyHarm(
  h: HarmState,
  deaths: number | null | undefined,
  injuries: number | null | undefined,
  damage: number | null | undefined,
): void {
  if (deaths != null) {
    h.deaths += deaths;
    h.deathsStated += 1;
  }
  if (injuries != null) {
    h.injuries += injuries;
    h.injuriesStated += 1;
  }
  if (deaths != null && injuries != null) h.casualtiesStated += 1;
  if (damage != null) {
    h.damageVnd += damage;
    h.damageStated += 1;
  }
}

function harmOf(h: HarmState, cases: number): IncidentHarm {
  return {
    cases,
    deaths: h.deaths,
    injuries: h.injuries,
    deathsStated: h.deathsStated,
    injuriesStated: h.injuriesStated,
    casualtiesStated: h.casualtiesStated,
    damageVnd: h.damageVnd,
    damageStated: h.damageStated,
  };
}

function finishHarm(
  byCategory: Dict<HarmState>,
  cases: Dict<number>,
): Record<string, IncidentHarm> {
  const out: Record<string, IncidentHarm> = {};
  for (const key of Object.keys(byCategory).sort()) {
    setOwn(out, key, harmOf(byCategory[key] as HarmState, ownValue(cases, key) ?? 0));
  }
  return out;
}

function finishCauses(
  byCategory: Dict<Dict<number>>,
  sorted: readonly string[],
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const key of Object.keys(byCategory).sort()) {
    setOwn(out, key, finishCounts(byCategory[key] as Dict<number>, sorted));
  }
  return out;
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
