import type { Groups, Rate } from "../aggregate/index.js";
import type { Period } from "../core/period.js";
import type { ExtractionOutcome, ExtractionPurpose, IncidentCategory } from "./labels.js";
import type { Incident } from "./schema.js";

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
