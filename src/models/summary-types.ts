import type { GroupedState, Groups } from "../aggregate/index.js";
import type { CalendarDate } from "../core/calendar.js";
import type { Period } from "../core/period.js";
import type { Team, TeamKind } from "../teams/index.js";
import type { ModelSiteKind, ModelStatus } from "./labels.js";
import type { ModelSite, SecurityModel } from "./schema.js";
import type { ModelKindKey } from "./summary-keys.js";

/**
 * One record for {@link modelSummary}: a model, a site of a model or a team, tagged by
 * the field that holds it, because models, sites and teams are counted apart (Guidance
 * 22/HD-BCA-V05).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ModelSummaryRecord } from "antt";
 * const records: ModelSummaryRecord[] = [
 *   { model: { id: "mh-1", name: "Camera an ninh", kind: "camera-security", unitCode: "20335", status: "proposed" } },
 *   { site: { id: "s-1", modelId: "mh-1", unitCode: "20335", kind: "commune", status: "proposed" } },
 * ];
 * ```
 */
export type ModelSummaryRecord =
  | { readonly model: SecurityModel; readonly site?: never; readonly team?: never }
  | { readonly site: ModelSite; readonly model?: never; readonly team?: never }
  | { readonly team: Team; readonly model?: never; readonly site?: never };

/**
 * Options of {@link modelSummary} and {@link summarizeModels}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type ModelSummaryOptions } from "antt";
 * const options: ModelSummaryOptions = { period: parsePeriod("2022-H1"), asOf: "2022-06-30" };
 * ```
 */
export interface ModelSummaryOptions {
  /**
   * The reporting period: models and sites launched (ra mắt), replicated (nhân rộng) or
   * ended (thanh loại) on a day inside it are counted in the `inPeriod` figures, which
   * are `null` without a period.
   */
  readonly period?: Period | undefined;
  /**
   * A day to split models and sites by their dates into active, ended and not yet
   * launched on that day (the `asOf` figures, `null` without it).
   */
  readonly asOf?: CalendarDate | undefined;
}

/**
 * Models or sites as of a day, by their dates: every record is in exactly one of the
 * three counts.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { LifecycleAsOf } from "antt";
 * const onNewYearsEve: LifecycleAsOf = { active: 80, ended: 4, notYetLaunched: 3 };
 * ```
 */
export interface LifecycleAsOf {
  /**
   * Launched on or before the day and not ended on or before it (a `suspended` status
   * has no date, so suspended ones are here too; see `byStatus`).
   */
  readonly active: number;
  /** Ended (thanh loại) on or before the day. */
  readonly ended: number;
  /** Not launched by the day: launched after it, or never (status `proposed`). */
  readonly notYetLaunched: number;
}

/**
 * The figures of the models (mô hình) in a {@link ModelSummary}: each model record once.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeModels, type ModelCounts } from "antt";
 * const models: ModelCounts = summarizeModels({ models: [], sites: [] }).models;
 * models.total; // 0
 * ```
 */
export interface ModelCounts {
  /** Number of model records (hồ sơ mô hình). */
  readonly total: number;
  /** By kind, under {@link modelKindKey}: a listed kind's code or `custom:<name>`. */
  readonly byKind: Groups<ModelKindKey, number>;
  /** By the police's type (loại), as written; models without one under `unassigned`. */
  readonly byType: Groups<string, number>;
  /** By the police's group (nhóm), as written; models without one under `unassigned`. */
  readonly byGroup: Groups<string, number>;
  /** By life-cycle status. */
  readonly byStatus: Groups<ModelStatus, number>;
  /** By latest grade, under {@link modelGradeKey}; models never graded under `unassigned`. */
  readonly byGrade: Groups<string, number>;
  /** Advanced exemplars (điển hình tiên tiến). */
  readonly exemplars: number;
  /** Models with a dossier reference (`dossierRef`). */
  readonly withDossier: number;
  /**
   * Models launched (`launchedOn`) and ended (`endedOn`, thanh loại) on a day of the
   * period; `null` without a period.
   */
  readonly inPeriod: { readonly launched: number; readonly ended: number } | null;
  /** Models by their dates as of the `asOf` day; `null` without it. */
  readonly asOf: LifecycleAsOf | null;
}

/**
 * The figures of the sites of models (điểm mô hình, điểm nhân rộng) in a
 * {@link ModelSummary}: each site record once.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeModels, type SiteCounts } from "antt";
 * const sites: SiteCounts = summarizeModels({ models: [], sites: [] }).sites;
 * sites.replicated; // 0
 * ```
 */
export interface SiteCounts {
  /** Number of site records. */
  readonly total: number;
  /** By life-cycle status. */
  readonly byStatus: Groups<ModelStatus, number>;
  /** By kind of place (village, commune, agency, school, ...). */
  readonly byKind: Groups<ModelSiteKind, number>;
  /** Sites replicated (nhân rộng) from another site: those with `replicatedFromSiteId`. */
  readonly replicated: number;
  /**
   * Sites launched on a day of the period, those of them that were replicated, and sites
   * ended in it; `null` without a period.
   */
  readonly inPeriod: {
    readonly launched: number;
    readonly replicated: number;
    readonly ended: number;
  } | null;
  /** Sites by their dates as of the `asOf` day; `null` without it. */
  readonly asOf: LifecycleAsOf | null;
}

/**
 * The figures of the teams in a {@link ModelSummary}: each team record once, and whether
 * it runs a known site. (The teams' own figures are in `summarizeTeams`.)
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeModels, type ModelTeamCounts } from "antt";
 * const teams: ModelTeamCounts = summarizeModels({ models: [], sites: [], teams: [] }).teams;
 * teams.total === teams.atKnownSite + teams.atUnknownSite + teams.withoutSite; // true
 * ```
 */
export interface ModelTeamCounts {
  /** Number of team records. */
  readonly total: number;
  /** By kind of team. */
  readonly byKind: Groups<TeamKind, number>;
  /** Teams whose `modelSiteId` names a site of the input. */
  readonly atKnownSite: number;
  /** Teams whose `modelSiteId` names no site of the input. */
  readonly atUnknownSite: number;
  /** Teams without `modelSiteId` (a statutory security team need not run a site). */
  readonly withoutSite: number;
}

/**
 * How far one model reached: its sites, how many of them were replicated, and the teams
 * running them ("how far it was replicated").
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ModelReach } from "antt";
 * // Tam Thăng's "Tổ tự quản 5 trong 1": Kim Đới and 5 villages it was replicated to
 * const fiveInOne: ModelReach = { sites: 6, replicated: 5, teams: 6 };
 * ```
 */
export interface ModelReach {
  /** Sites of the model (điểm), the first one included. */
  readonly sites: number;
  /** Of them, sites replicated from another site (điểm nhân rộng). */
  readonly replicated: number;
  /** Teams whose `modelSiteId` names one of the sites. */
  readonly teams: number;
}

/**
 * The figures of models, their sites and teams that a commune, district or province
 * reports (số mô hình, số điểm, số tổ), counted apart.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeModels, type ModelSummary } from "antt";
 * const summary: ModelSummary = summarizeModels({ models: [], sites: [] });
 * summary.newOrReplicatedInPeriod; // null: no period given
 * ```
 */
export interface ModelSummary {
  /** The models: one per dossier. */
  readonly models: ModelCounts;
  /** The sites of the models. */
  readonly sites: SiteCounts;
  /** The teams, and whether they run a known site. */
  readonly teams: ModelTeamCounts;
  /**
   * Per model id, its reach, for every model of the input (with zeros for a model
   * without sites), plus the {@link UNKNOWN_MODEL} bucket for sites naming a model not in
   * the input (present only when there are such sites). The `sites` of all entries add
   * up to `sites.total`.
   */
  readonly byModel: { readonly [modelId: string]: ModelReach };
  /** The model ids named by sites but missing from the input, sorted. */
  readonly unknownModelIds: readonly string[];
  /**
   * Models built or replicated in the period ("xây dựng mới, nhân rộng"): models launched
   * in it plus replicated sites launched in it; `null` without a period.
   */
  readonly newOrReplicatedInPeriod: number | null;
  /**
   * Households and people taking part in the models, each counted once (see
   * {@link ModelParticipation}).
   */
  readonly participants: ModelParticipation;
}

/**
 * Households and people taking part in models (số hộ, số người tham gia), counted once
 * although a model and its sites may both record them.
 *
 * @description The rule, field by field (households and people apart): a model's own
 * `participants` count is its total, and its sites' counts are parts of it; when the
 * model gives no count, its total is the sum of its sites' counts; a model's count and its
 * sites' counts are never added together. Sites of a model missing from the input are
 * added up under {@link UNKNOWN_MODEL}. `validateDataset` refuses a model whose own count
 * is below its sites' sum.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ModelParticipation } from "antt";
 * const boardingHouses: ModelParticipation = {
 *   households: 41,
 *   people: 0,
 *   byModel: { "mh-cam-chau": { households: 41, people: null } },
 * };
 * ```
 */
export interface ModelParticipation {
  /** Households taking part: the totals of the models that have one, added up. */
  readonly households: number;
  /** People taking part: the totals of the models that have one, added up. */
  readonly people: number;
  /**
   * Per model id, its totals (`null` where neither the model nor a site gives that
   * count), for the models where the model or a site gives a count.
   */
  readonly byModel: {
    readonly [modelId: string]: {
      readonly households: number | null;
      readonly people: number | null;
    };
  };
}

/**
 * The state of one model id in {@link ModelSummaryState.participants}: the model's own
 * counts (`-1` while none is given) and its sites' counts added up, with how many sites
 * gave each.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ParticipantsState } from "antt";
 * const state: ParticipantsState = {
 *   ownHouseholds: 120, ownPeople: -1,
 *   siteHouseholds: 70, sitePeople: 250, sitesWithHouseholds: 1, sitesWithPeople: 1,
 * };
 * ```
 */
export interface ParticipantsState {
  /** The model's own households, the largest given; -1 when none. */
  ownHouseholds: number;
  /** The model's own people, the largest given; -1 when none. */
  ownPeople: number;
  /** Households of its sites, added up. */
  siteHouseholds: number;
  /** People of its sites, added up. */
  sitePeople: number;
  /** Sites that give households. */
  sitesWithHouseholds: number;
  /** Sites that give people. */
  sitesWithPeople: number;
}

/**
 * The mergeable JSON state of {@link modelSummary}. Read it through the aggregator
 * (`finish`); its layout may change between versions.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, modelSummary, type ModelSummaryState } from "antt";
 * const state: ModelSummaryState = aggregateState(modelSummary(), []);
 * JSON.parse(JSON.stringify(state)); // plain JSON, to ship and merge elsewhere
 * ```
 */
export interface ModelSummaryState {
  /** Counters of the model records. */
  models: {
    total: number;
    byKind: GroupedState<number>;
    byType: GroupedState<number>;
    byGroup: GroupedState<number>;
    byStatus: GroupedState<number>;
    byGrade: GroupedState<number>;
    exemplars: number;
    withDossier: number;
    launchedInPeriod: number;
    endedInPeriod: number;
    asOf: GroupedState<number>;
  };
  /** Counters of the site records. */
  sites: {
    total: number;
    byStatus: GroupedState<number>;
    byKind: GroupedState<number>;
    replicated: number;
    launchedInPeriod: number;
    replicatedInPeriod: number;
    endedInPeriod: number;
    asOf: GroupedState<number>;
  };
  /** Counters of the team records. */
  teams: { total: number; byKind: GroupedState<number>; withoutSite: number };
  /** The ids of the models seen, with how many records had each. */
  modelIds: GroupedState<number>;
  /** Per site id: the site's model, sites, replicated sites and teams naming it. */
  sitesById: GroupedState<SiteLinkState>;
  /** Per model id with a participant count on the model or a site: see {@link ParticipantsState}. */
  participants: GroupedState<ParticipantsState>;
}

/**
 * The state of one site id in {@link ModelSummaryState}: the model it belongs to (the
 * smallest model id when duplicate site records disagree), site records and replicated
 * site records with that id, and team records naming it.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { SiteLinkState } from "antt";
 * const kimDoi: SiteLinkState = { modelId: "mh-5in1", sites: 1, replicated: 0, teams: 1 };
 * ```
 */
export interface SiteLinkState {
  /** The model id of the site, or `null` while only teams naming it were seen. */
  modelId: string | null;
  /** Site records with this id. */
  sites: number;
  /** Of them, replicated ones. */
  replicated: number;
  /** Team records naming this site. */
  teams: number;
}
