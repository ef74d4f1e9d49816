import { ownValue, setOwn } from "../aggregate/dict.js";
import {
  type Aggregator,
  aggregate,
  byPeriodRange,
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
  countOf,
  finishCounts,
  keyOf,
  lazy,
  mergeCounts,
  newDict,
  periodOutput,
  rateOf,
} from "../aggregate/summaries.js";
import type { Period } from "../core/calendar.js";
import { codesOf } from "../core/labels.js";
import {
  EXTRACTION_OUTCOME_LABELS,
  EXTRACTION_PURPOSE_LABELS,
  type ExtractionOutcome,
  type ExtractionPurpose,
  INCIDENT_CATEGORY_LABELS,
  type IncidentCategory,
} from "./labels.js";
import type { FootageExtraction, Incident } from "./schema.js";

/**
 * The bucket of {@link ExtractionSummary.byIncidentCategory} for extractions whose
 * `incidentId` names no incident among those given: counted there, never dropped, and
 * the ids listed in {@link ExtractionSummary.unknownIncidentIds}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeExtractions, UNKNOWN_INCIDENT, type FootageExtraction } from "antt";
 * const extraction: FootageExtraction = {
 *   id: "tx-1", unitCode: "15532", cameraIds: ["cam-1"],
 *   requestedAt: "2024-03-07T08:00:00+07:00", requestedBy: "Công an xã Xuân Sinh",
 *   footageFrom: "2024-03-07T01:00:00+07:00", footageTo: "2024-03-07T02:30:00+07:00",
 *   purpose: "incident-investigation", incidentId: "vv-404", outcome: "pending",
 * };
 * const summary = summarizeExtractions([extraction], { incidents: [] });
 * summary.byIncidentCategory?.[UNKNOWN_INCIDENT]?.extractions; // 1
 * ```
 */
export const UNKNOWN_INCIDENT = "unknown-incident";

/**
 * The key of the bucket of extractions that name an unknown incident, `"unknown-incident"`
 * (see {@link UNKNOWN_INCIDENT}).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { UnknownIncident } from "antt";
 * const key: UnknownIncident = "unknown-incident";
 * ```
 */
export type UnknownIncident = typeof UNKNOWN_INCIDENT;

/**
 * The incidents that footage extractions served, to look their categories up: an array
 * (or any iterable) of incidents, or a `Map` from incident id to incident.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { IncidentLookup } from "antt";
 * const asArray: IncidentLookup = [{ id: "vv-1", category: "theft" }];
 * const asMap: IncidentLookup = new Map([["vv-1", { category: "theft" as const }]]);
 * ```
 */
export type IncidentLookup =
  | Iterable<Pick<Incident, "id" | "category">>
  | ReadonlyMap<string, Pick<Incident, "category">>;

/**
 * Options of {@link extractionSummary} and {@link summarizeExtractions}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type ExtractionSummaryOptions } from "antt";
 * const options: ExtractionSummaryOptions = {
 *   incidents: [{ id: "vv-1", category: "theft" }],
 *   period: parsePeriod("2024"),
 * };
 * ```
 */
export interface ExtractionSummaryOptions {
  /**
   * The incidents the extractions may serve, to break extractions down by the category of
   * their incident. Read once, when the aggregator is made. Absent: no such breakdown
   * (`byIncidentCategory` and `unknownIncidentIds` are `null`).
   */
  readonly incidents?: IncidentLookup | undefined;
  /**
   * Count only the extractions requested in this period, by the Vietnamese day of
   * `requestedAt`; the others are counted in `outsidePeriod`. Absent: all count.
   */
  readonly period?: Period | undefined;
}

/**
 * What an {@link ExtractionSummaryState} keeps about one incident served: the bucket of
 * its category and how many of its extractions helped clarify it (it was helped when
 * that is not 0).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ServedIncidentState } from "antt";
 * const served: ServedIncidentState = { category: "theft", helped: 1 };
 * ```
 */
export interface ServedIncidentState {
  /** Its category, `unassigned`, `unknown-incident`, or `null` when none was looked up. */
  category: string | null;
  /** How many of its counted extractions helped clarify it (0 when none did). */
  helped: number;
}

/**
 * The partial result of {@link extractionSummary}: plain JSON, to be shipped and merged.
 *
 * @description `incidents` holds one entry per distinct incident served, which an exact
 * count of distinct incidents needs: the state grows with the number of incidents served
 * (a few hundred a year for a district), never with the number of extractions. Each count
 * by code starts with every code of its code list at 0; `byIncidentCategory` and
 * `helpedClarifyByIncidentCategory` stay empty when no incidents were given.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, extractionSummary, type ExtractionSummaryState } from "antt";
 * const state: ExtractionSummaryState = aggregateState(extractionSummary(), []);
 * state.incidents; // {}
 * ```
 */
export interface ExtractionSummaryState {
  /** Extractions outside the period (not counted). */
  outsidePeriod: number;
  /** Extractions counted. */
  total: number;
  /** Counted extractions by outcome. */
  byOutcome: Record<string, number>;
  /** Counted extractions by purpose. */
  byPurpose: Record<string, number>;
  /** Counted extractions that helped clarify a case. */
  helpedClarify: number;
  /** Counted extractions with an `incidentId`. */
  linkedToIncident: number;
  /** Counted extractions by the category of their incident (when incidents were given). */
  byIncidentCategory: Record<string, number>;
  /** Counted extractions that helped clarify, by the category of their incident. */
  helpedClarifyByIncidentCategory: Record<string, number>;
  /** The distinct incidents served, by id. */
  incidents: Record<string, ServedIncidentState>;
}

/**
 * The extraction figures of one incident category (or of `unassigned` or
 * `unknown-incident`) in {@link ExtractionSummary.byIncidentCategory}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ExtractionCategoryFigures } from "antt";
 * const theft: ExtractionCategoryFigures = {
 *   extractions: 9, helpedClarify: 4, incidents: 5, incidentsHelped: 3,
 * };
 * ```
 */
export interface ExtractionCategoryFigures {
  /** Extractions (lượt trích xuất) that served incidents of the category. */
  readonly extractions: number;
  /** Of those, the ones that helped clarify. */
  readonly helpedClarify: number;
  /** Distinct incidents of the category served (0 for `unassigned`). */
  readonly incidents: number;
  /** Distinct incidents of the category that an extraction helped clarify. */
  readonly incidentsHelped: number;
}

/**
 * The footage extraction figures of an area and period (trích xuất dữ liệu camera): how
 * many extractions, by outcome and purpose, how many helped clarify, how many distinct
 * incidents they served and helped clarify, and all that by the category of the incident
 * served.
 *
 * @description "Extracted nearly 1,000 times and helped clarify over 300 cases" is
 * `total` and `incidentsHelped`. Every counted extraction is in exactly one bucket of
 * `byOutcome`, `byPurpose` and `byIncidentCategory` (whose `extractions` add up to
 * `total`): an extraction without `incidentId` under `unassigned`, one whose incident is
 * not among those given under `unknown-incident`. Every extraction read is counted or
 * outside the period: `input = total + outsidePeriod`.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeExtractions, type ExtractionSummary } from "antt";
 * const summary: ExtractionSummary = summarizeExtractions([]);
 * summary.incidentsServed; // 0
 * ```
 */
export interface ExtractionSummary {
  /** The period counted, or `null` for all extractions. */
  readonly period: Period | null;
  /** Every extraction read: `total + outsidePeriod`. */
  readonly input: number;
  /** Extractions requested outside the period (not counted elsewhere). */
  readonly outsidePeriod: number;
  /** Extractions counted (số lượt trích xuất). */
  readonly total: number;
  /** Counted extractions by outcome. */
  readonly byOutcome: Groups<ExtractionOutcome, number>;
  /** Counted extractions by purpose. */
  readonly byPurpose: Groups<ExtractionPurpose, number>;
  /** Extractions whose outcome is `helped-clarify` (góp phần làm rõ vụ việc). */
  readonly helpedClarify: number;
  /** `helpedClarify / total`; `ratio` is `null` when there is no extraction. */
  readonly helpedClarifyRate: Rate;
  /** Extractions that name the incident they served (`incidentId`). */
  readonly linkedToIncident: number;
  /** Distinct incidents served by the counted extractions. */
  readonly incidentsServed: number;
  /** Distinct incidents that at least one extraction helped clarify (số vụ làm rõ). */
  readonly incidentsHelped: number;
  /**
   * Counted extractions and distinct incidents by the category of the incident served;
   * `null` when no incidents were given to look categories up in.
   */
  readonly byIncidentCategory: Groups<
    IncidentCategory | UnknownIncident,
    ExtractionCategoryFigures
  > | null;
  /**
   * The `incidentId`s not found among the incidents given, sorted; `null` when no
   * incidents were given.
   */
  readonly unknownIncidentIds: readonly string[] | null;
}

function duplicateIncident(id: string, a: unknown, b: unknown): RangeError {
  return new RangeError(
    `The incident ${JSON.stringify(id)} is given twice, with categories ${JSON.stringify(a)} and ${JSON.stringify(b)} (Vụ việc bị trùng mã với hai loại khác nhau)`,
  );
}

/** The counters of the extraction code lists, made on first use. */
const extractionCountersOf = /* @__PURE__ */ lazy(() => ({
  outcome: counter(codesOf(EXTRACTION_OUTCOME_LABELS)),
  purpose: counter(codesOf(EXTRACTION_PURPOSE_LABELS)),
  incidentCategory: counter([...codesOf(INCIDENT_CATEGORY_LABELS), UNASSIGNED, UNKNOWN_INCIDENT]),
}));

type Lookup = (id: string) => string | undefined;

/** A function from incident id to its category bucket, or `undefined` when not found. */
function lookupOf(incidents: IncidentLookup): Lookup {
  const map = incidents as Partial<ReadonlyMap<string, Pick<Incident, "category">>>;
  if (!Array.isArray(incidents) && typeof map.get === "function" && typeof map.has === "function") {
    const get = map.get.bind(map);
    const has = map.has.bind(map);
    return (id) => (has(id) ? keyOf(get(id)?.category) : undefined);
  }
  const categories = new Map<string, string>();
  for (const incident of incidents as Iterable<Pick<Incident, "id" | "category">>) {
    const category = keyOf(incident.category);
    const known = categories.get(incident.id);
    if (known !== undefined && known !== category) {
      throw duplicateIncident(incident.id, known, category);
    }
    categories.set(incident.id, category);
  }
  return (id) => categories.get(id);
}

/**
 * The category bucket to keep when two states disagree about an incident (they were made
 * with different incidents): a looked-up category over none, a known category over
 * `unknown-incident`, then the smaller code. A total order, so merging stays commutative
 * and associative.
 */
function pickCategory(a: string | null, b: string | null): string | null {
  if (a === b || b === null) return a;
  if (a === null) return b;
  if (a === UNKNOWN_INCIDENT) return b;
  if (b === UNKNOWN_INCIDENT) return a;
  return a < b ? a : b;
}

/** What an {@link ExtractionSummaryState} looks like, for `parseState`. */
const EXTRACTION_SUMMARY_SHAPE: StateShape = {
  type: "named",
  name: "antt.extractions-summary",
  version: 1,
  of: {
    type: "fields",
    fields: {
      outsidePeriod: COUNT_SHAPE,
      total: COUNT_SHAPE,
      byOutcome: COUNTS_SHAPE,
      byPurpose: COUNTS_SHAPE,
      helpedClarify: COUNT_SHAPE,
      linkedToIncident: COUNT_SHAPE,
      byIncidentCategory: COUNTS_SHAPE,
      helpedClarifyByIncidentCategory: COUNTS_SHAPE,
      incidents: {
        type: "dict",
        of: {
          type: "fields",
          fields: { category: { type: "text-or-null" }, helped: COUNT_SHAPE },
        },
      },
    },
    atMost: [
      ["helpedClarify", "total"],
      ["linkedToIncident", "total"],
    ],
  },
};

/**
 * The aggregator behind {@link summarizeExtractions}: footage extraction figures (trích
 * xuất dữ liệu camera), mergeable across communes, months and workers.
 *
 * @description One pass. The state keeps one small entry per distinct incident served
 * (an exact distinct count needs the ids), so it grows with the number of incidents, not
 * of extractions; the rest is bounded by the code lists. The `incidents` are read once,
 * here, into a lookup of categories by id. Merge only states made with the same options.
 * Its states are of kind `antt.extractions-summary`, version 1: check one read from a
 * file, a worker or a network with `parseState(extractionSummary(), text)` before merging
 * it.
 *
 * @param options - `incidents` to look the category of each extraction's incident up
 *   in, and `period` to count only the extractions requested in it
 * @returns an aggregator of footage extractions into an {@link ExtractionSummary}
 * @throws RangeError when `period` is not a valid period or an incident id is given twice
 *   with different categories; (when records are added) for an invalid `requestedAt`
 *   when a period is given
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byUnit, extractionSummary, groupBy, type FootageExtraction } from "antt";
 * const extraction: FootageExtraction = {
 *   id: "tx-1", unitCode: "15532", cameraIds: ["cam-1"],
 *   requestedAt: "2024-03-07T08:00:00+07:00", requestedBy: "Công an xã Xuân Sinh",
 *   footageFrom: "2024-03-07T01:00:00+07:00", footageTo: "2024-03-07T02:30:00+07:00",
 *   purpose: "incident-investigation", incidentId: "vv-1", outcome: "helped-clarify",
 * };
 * const perCommune = groupBy(
 *   byUnit((x: FootageExtraction) => x.unitCode),
 *   extractionSummary({ incidents: [{ id: "vv-1", category: "theft" }] }),
 * );
 * aggregate(perCommune, [extraction])["15532"]?.byIncidentCategory?.theft;
 * // { extractions: 1, helpedClarify: 1, incidents: 1, incidentsHelped: 1 }
 * ```
 */
export function extractionSummary(
  options: ExtractionSummaryOptions = {},
): Aggregator<FootageExtraction, ExtractionSummaryState, ExtractionSummary> {
  const { period, incidents } = options;
  checkPeriod(period);
  const lookup = incidents === undefined ? undefined : lookupOf(incidents);
  const inPeriod =
    period === undefined
      ? undefined
      : byPeriodRange((x: FootageExtraction) => x.requestedAt, period);
  const periodKey = period?.key;
  const { outcome: outcomes, purpose: purposes, incidentCategory } = extractionCountersOf();
  const emptyUnlessLookup = () => (lookup === undefined ? {} : incidentCategory.make());
  return {
    shape: EXTRACTION_SUMMARY_SHAPE,
    init: () => ({
      outsidePeriod: 0,
      total: 0,
      byOutcome: outcomes.make(),
      byPurpose: purposes.make(),
      helpedClarify: 0,
      linkedToIncident: 0,
      byIncidentCategory: emptyUnlessLookup(),
      helpedClarifyByIncidentCategory: emptyUnlessLookup(),
      incidents: newDict(),
    }),
    add(state, extraction) {
      if (inPeriod !== undefined && inPeriod(extraction) !== periodKey) {
        state.outsidePeriod += 1;
        return state;
      }
      state.total += 1;
      bump(state.byOutcome, keyOf(extraction.outcome));
      bump(state.byPurpose, keyOf(extraction.purpose));
      const helped = extraction.outcome === "helped-clarify";
      if (helped) state.helpedClarify += 1;
      const id = extraction.incidentId;
      const linked = id != null && id !== "";
      let category: string | null = null;
      if (lookup !== undefined) {
        category = linked ? (lookup(id) ?? UNKNOWN_INCIDENT) : UNASSIGNED;
        bump(state.byIncidentCategory, category);
        if (helped) bump(state.helpedClarifyByIncidentCategory, category);
      }
      if (!linked) return state;
      state.linkedToIncident += 1;
      const served = ownValue(state.incidents, id);
      if (served === undefined) {
        setOwn(state.incidents, id, { category, helped: helped ? 1 : 0 });
      } else {
        served.category = pickCategory(served.category, category);
        if (helped) served.helped += 1;
      }
      return state;
    },
    merge(a, b) {
      a.outsidePeriod += b.outsidePeriod;
      a.total += b.total;
      mergeCounts(a.byOutcome, b.byOutcome);
      mergeCounts(a.byPurpose, b.byPurpose);
      a.helpedClarify += b.helpedClarify;
      a.linkedToIncident += b.linkedToIncident;
      mergeCounts(a.byIncidentCategory, b.byIncidentCategory);
      mergeCounts(a.helpedClarifyByIncidentCategory, b.helpedClarifyByIncidentCategory);
      for (const id of Object.keys(b.incidents)) {
        const theirs = b.incidents[id] as ServedIncidentState;
        const ours = ownValue(a.incidents, id);
        if (ours === undefined) {
          // A copy: the second state must stay untouched.
          setOwn(a.incidents, id, { category: theirs.category, helped: theirs.helped });
        } else {
          ours.category = pickCategory(ours.category, theirs.category);
          ours.helped += theirs.helped;
        }
      }
      return a;
    },
    finish(state) {
      let incidentsHelped = 0;
      const ids = Object.keys(state.incidents);
      const distinct = newDict<number>();
      const distinctHelped = newDict<number>();
      const unknown: string[] = [];
      for (const id of ids) {
        const served = state.incidents[id] as ServedIncidentState;
        if (served.helped !== 0) incidentsHelped += 1;
        if (served.category === null) continue;
        bump(distinct, served.category);
        if (served.helped !== 0) bump(distinctHelped, served.category);
        if (served.category === UNKNOWN_INCIDENT) unknown.push(id);
      }
      let byIncidentCategory: Record<string, ExtractionCategoryFigures> | null = null;
      if (lookup !== undefined) {
        byIncidentCategory = {};
        const keys = new Set([...Object.keys(state.byIncidentCategory), ...Object.keys(distinct)]);
        for (const key of [...keys].sort()) {
          const extractions = countOf(state.byIncidentCategory, key);
          const served = countOf(distinct, key);
          // The counters start with every category at 0: list only those that occurred.
          if (extractions === 0 && served === 0) continue;
          setOwn(byIncidentCategory, key, {
            extractions,
            helpedClarify: countOf(state.helpedClarifyByIncidentCategory, key),
            incidents: served,
            incidentsHelped: countOf(distinctHelped, key),
          });
        }
      }
      return {
        period: periodOutput(period),
        input: state.total + state.outsidePeriod,
        outsidePeriod: state.outsidePeriod,
        total: state.total,
        byOutcome: finishCounts(state.byOutcome, outcomes.sorted),
        byPurpose: finishCounts(state.byPurpose, purposes.sorted),
        helpedClarify: state.helpedClarify,
        helpedClarifyRate: rateOf(state.helpedClarify, state.total),
        linkedToIncident: state.linkedToIncident,
        incidentsServed: ids.length,
        incidentsHelped,
        byIncidentCategory,
        unknownIncidentIds: lookup === undefined ? null : unknown.sort(),
      };
    },
  };
}

/**
 * Summarises footage extractions (tổng hợp trích xuất dữ liệu camera): how many, by
 * outcome and purpose, how many helped clarify a case, how many distinct incidents they
 * served and helped clarify, and, given the incidents, all that by incident category.
 *
 * @description An array or an iterable gives the summary directly; an async iterable
 * gives a promise of it. Extractions are read once and not kept; the state keeps one
 * entry per distinct incident served (see {@link extractionSummary}). See
 * {@link ExtractionSummary} for what each figure means.
 *
 * @param extractions - footage extractions: an array, an iterable or an async iterable
 * @param options - `incidents` (an array or a `Map` by id) to break extractions down by
 *   the category of their incident, and `period` to count only those requested in it
 * @returns the {@link ExtractionSummary} (a promise of it for an async iterable)
 * @throws RangeError for an invalid period or an incident id given twice with different
 *   categories; RecordError (with the record's index and id) for an invalid
 *   `requestedAt` when a period is given
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeExtractions, type FootageExtraction, type Incident } from "antt";
 * const base = {
 *   unitCode: "15532", cameraIds: ["cam-1"], requestedBy: "Công an xã Xuân Sinh",
 *   footageFrom: "2024-03-07T01:00:00+07:00", footageTo: "2024-03-07T02:30:00+07:00",
 *   requestedAt: "2024-03-07T08:00:00+07:00", purpose: "incident-investigation",
 * } satisfies Partial<FootageExtraction>;
 * const extractions: FootageExtraction[] = [
 *   { ...base, id: "tx-1", incidentId: "vv-1", outcome: "no-useful-footage" },
 *   { ...base, id: "tx-2", incidentId: "vv-1", outcome: "helped-clarify" },
 *   { ...base, id: "tx-3", purpose: "lost-property", outcome: "pending" },
 * ];
 * const incidents: Pick<Incident, "id" | "category">[] = [{ id: "vv-1", category: "theft" }];
 * const summary = summarizeExtractions(extractions, { incidents });
 * summary.total;           // 3
 * summary.incidentsServed; // 1
 * summary.incidentsHelped; // 1
 * summary.byIncidentCategory?.theft?.extractions; // 2
 * summary.byIncidentCategory?.unassigned?.extractions; // 1 (no incident)
 * ```
 */
export function summarizeExtractions(
  extractions: Iterable<FootageExtraction>,
  options?: ExtractionSummaryOptions,
): ExtractionSummary;
export function summarizeExtractions(
  extractions: AsyncIterable<FootageExtraction>,
  options?: ExtractionSummaryOptions,
): Promise<ExtractionSummary>;
export function summarizeExtractions(
  extractions: Source<FootageExtraction>,
  options?: ExtractionSummaryOptions,
): ExtractionSummary | Promise<ExtractionSummary>;
export function summarizeExtractions(
  extractions: Source<FootageExtraction>,
  options: ExtractionSummaryOptions = {},
): ExtractionSummary | Promise<ExtractionSummary> {
  return aggregate(extractionSummary(options), extractions);
}
