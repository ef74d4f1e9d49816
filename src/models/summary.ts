import {
  type Aggregator,
  aggregateState,
  finishStates,
  mapOutput,
  mapped,
  type Source,
} from "../aggregate/index.js";
import { checkAsOf, checkPeriod, named } from "../aggregate/summaries.js";
import type { Team } from "../teams/index.js";
import type { ModelSite, SecurityModel } from "./schema.js";
import { build, finishSummary } from "./summary-count.js";
import type {
  ModelSummary,
  ModelSummaryOptions,
  ModelSummaryRecord,
  ModelSummaryState,
} from "./summary-types.js";

// The summary's public names live in these modules; this one re-exports them, as the
// folder index re-exports this one.
export * from "./summary-keys.js";
export * from "./summary-types.js";

/**
 * The aggregator of the models summary: models, their sites and the teams running them,
 * counted apart (số mô hình, số điểm, số tổ), over records tagged
 * {@link ModelSummaryRecord} (`{ model }`, `{ site }` or `{ team }`).
 *
 * @description One aggregator over one stream of tagged records, rather than three,
 * because the figures join them: sites are counted per model ({@link ModelReach}, "how
 * far it was replicated"), teams per site and so per model, and a site whose model is
 * not in the input goes to the {@link UNKNOWN_MODEL} bucket. The records may come in any
 * order and in any number of shards; the state is JSON and merges. It keeps one entry
 * per model id and per site id (the groups of the join), nothing per team. Its states are
 * of kind `antt.models-summary`, version 1: check one read from a file, a worker or a
 * network with `parseState(modelSummary(), text)` before merging it.
 *
 * Definitions: a site is replicated (nhân rộng) when it has `replicatedFromSiteId`; a
 * model or site is launched or ended in the period when its `launchedOn` or `endedOn`
 * is a day of `period`; `asOf` splits records by their dates (see
 * {@link LifecycleAsOf}). The model figures are described in {@link ModelCounts}.
 *
 * @param options - `period` and `asOf` (see {@link ModelSummaryOptions})
 * @returns an aggregator from tagged records to a {@link ModelSummary}
 * @throws RangeError when `asOf` is not a calendar date or `period` not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, modelSummary, parsePeriod, type ModelSummaryRecord } from "antt";
 * const records: ModelSummaryRecord[] = [
 *   { model: { id: "mh-1", name: "Camera an ninh phường Trường Xuân", kind: "camera-security", unitCode: "20335", launchedOn: "2022-04-20", status: "active" } },
 *   { site: { id: "s-1", modelId: "mh-1", unitCode: "20335", kind: "commune", launchedOn: "2022-04-20", status: "active" } },
 * ];
 * const summary = aggregate(modelSummary({ period: parsePeriod("2022-H1") }), records);
 * summary.byModel["mh-1"];          // { sites: 1, replicated: 0, teams: 0 }
 * summary.models.inPeriod?.launched; // 1
 * ```
 */
export function modelSummary(
  options: ModelSummaryOptions = {},
): Aggregator<ModelSummaryRecord, ModelSummaryState, ModelSummary> {
  checkAsOf(options.asOf);
  checkPeriod(options.period);
  const summary = mapOutput(build(options), (out) => finishSummary(out, options));
  return named("antt.models-summary", summary);
}

/**
 * The records of {@link summarizeModels}: models, their sites and optionally teams, each
 * an array, an iterable or an async iterable.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ModelSources } from "antt";
 * const input: ModelSources = { models: [], sites: [], teams: [] };
 * ```
 */
export interface ModelSources {
  /** The models (one per dossier). */
  readonly models: Source<SecurityModel>;
  /** The sites of the models. */
  readonly sites: Source<ModelSite>;
  /** The teams, to count the teams running each model's sites. */
  readonly teams?: Source<Team> | undefined;
}

/**
 * Summarises models, their sites and teams the way a locality reports them (số mô hình,
 * số điểm, số tổ): models by kind, type, group, status and grade; sites and replicated
 * sites; per model its sites, replicated sites and teams.
 *
 * @description A convenience over {@link modelSummary}: each source is read once, in
 * one pass. When every source is an array or an iterable the summary is returned
 * directly; when any is an async iterable, a promise of it.
 *
 * @param input - `models`, `sites` and optional `teams` (see {@link ModelSources})
 * @param options - `period` and `asOf` (see {@link ModelSummaryOptions})
 * @returns the {@link ModelSummary} (a promise of it when a source is async)
 * @throws TypeError when a source is not iterable; RecordError (with the record's index
 *   in its source, and its id) for a `launchedOn` or `endedOn` that is not a date when a
 *   `period` is given
 * @throws RangeError when `asOf` is not a calendar date or `period` not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeModels, type ModelSite } from "antt";
 * // Tam Thăng: "Tổ tự quản 5 trong 1" launched in Kim Đới in March 2021, replicated to 5 villages
 * const villages = ["thon-1", "thon-2", "thon-3", "thon-4", "thon-5"];
 * const sites: ModelSite[] = [
 *   { id: "kim-doi", modelId: "mh-5in1", unitCode: "20362.kim-doi", kind: "village", launchedOn: "2021-03-15", status: "active" },
 *   ...villages.map((v): ModelSite => ({
 *     id: v, modelId: "mh-5in1", unitCode: `20362.${v}`, kind: "village",
 *     launchedOn: "2021-09-01", status: "active", replicatedFromSiteId: "kim-doi",
 *   })),
 * ];
 * const summary = summarizeModels({
 *   models: [{ id: "mh-5in1", name: "Tổ tự quản 5 trong 1", kind: "five-in-one", unitCode: "20362", launchedOn: "2021-03-15", status: "active" }],
 *   sites,
 * });
 * summary.byModel["mh-5in1"]; // { sites: 6, replicated: 5, teams: 0 }
 * ```
 */
export function summarizeModels(
  input: {
    readonly models: Iterable<SecurityModel>;
    readonly sites: Iterable<ModelSite>;
    readonly teams?: Iterable<Team> | undefined;
  },
  options?: ModelSummaryOptions,
): ModelSummary;
export function summarizeModels(
  input: ModelSources & { readonly models: AsyncIterable<SecurityModel> },
  options?: ModelSummaryOptions,
): Promise<ModelSummary>;
export function summarizeModels(
  input: ModelSources & { readonly sites: AsyncIterable<ModelSite> },
  options?: ModelSummaryOptions,
): Promise<ModelSummary>;
export function summarizeModels(
  input: ModelSources & { readonly teams: AsyncIterable<Team> },
  options?: ModelSummaryOptions,
): Promise<ModelSummary>;
export function summarizeModels(
  input: ModelSources,
  options?: ModelSummaryOptions,
): ModelSummary | Promise<ModelSummary>;
export function summarizeModels(
  input: ModelSources,
  options: ModelSummaryOptions = {},
): ModelSummary | Promise<ModelSummary> {
  const aggregator = modelSummary(options);
  const states = [
    aggregateState(
      mapped((model: SecurityModel): ModelSummaryRecord => ({ model }), aggregator),
      input.models,
    ),
    aggregateState(
      mapped((site: ModelSite): ModelSummaryRecord => ({ site }), aggregator),
      input.sites,
    ),
  ];
  if (input.teams !== undefined) {
    states.push(
      aggregateState(
        mapped((team: Team): ModelSummaryRecord => ({ team }), aggregator),
        input.teams,
      ),
    );
  }
  return finishStates(aggregator, states);
}
