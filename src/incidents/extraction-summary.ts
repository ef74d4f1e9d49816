import { ownValue, setOwn } from "../aggregate/dict.js";
import {
  type Aggregator,
  aggregate,
  byPeriodRange,
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
  mergeByShape,
  newDict,
  periodOutput,
  rateOf,
} from "../aggregate/summaries.js";
import { codesOf } from "../core/labels.js";
import { lookupOf, pickCategory } from "./extraction-incidents.js";
import {
  type ExtractionCategoryFigures,
  type ExtractionSummary,
  type ExtractionSummaryOptions,
  type ExtractionSummaryState,
  type ServedIncidentState,
  UNKNOWN_INCIDENT,
} from "./extraction-summary-types.js";
import {
  EXTRACTION_OUTCOME_LABELS,
  EXTRACTION_PURPOSE_LABELS,
  INCIDENT_CATEGORY_LABELS,
} from "./labels.js";
import type { FootageExtraction } from "./schema.js";

// The summary's public names live in this module; this one re-exports them, as the folder
// index re-exports this one.
export * from "./extraction-summary-types.js";

/** The counters of the extraction code lists, made on first use. */
const extractionCountersOf = /* @__PURE__ */ lazy(() => ({
  outcome: counter(codesOf(EXTRACTION_OUTCOME_LABELS)),
  purpose: counter(codesOf(EXTRACTION_PURPOSE_LABELS)),
  incidentCategory: counter([...codesOf(INCIDENT_CATEGORY_LABELS), UNASSIGNED, UNKNOWN_INCIDENT]),
}));

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

/** Merges the incidents served of two states, by id; the second one is not changed. */
function mergeServed(
  a: Record<string, ServedIncidentState>,
  b: Record<string, ServedIncidentState>,
): Record<string, ServedIncidentState> {
  for (const id of Object.keys(b)) {
    const theirs = b[id] as ServedIncidentState;
    const ours = ownValue(a, id);
    if (ours === undefined) {
      // A copy: the second state must stay untouched.
      setOwn(a, id, { category: theirs.category, helped: theirs.helped });
    } else {
      ours.category = pickCategory(ours.category, theirs.category);
      ours.helped += theirs.helped;
    }
  }
  return a;
}

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
    merge: mergeByShape<ExtractionSummaryState>(EXTRACTION_SUMMARY_SHAPE, {
      incidents: mergeServed,
    }),
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
