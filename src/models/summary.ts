import { ownValue, setOwn } from "../aggregate/dict.js";
import {
  type Aggregator,
  aggregateState,
  count,
  countBy,
  filtered,
  finishStates,
  type GroupedState,
  type Groups,
  groupBy,
  mapOutput,
  mapped,
  type OutputOf,
  type Source,
  struct,
} from "../aggregate/index.js";
import { checkAsOf, checkPeriod, named } from "../aggregate/summaries.js";
import { type CalendarDate, type Period, periodContains } from "../core/calendar.js";
import { type Locale, label } from "../core/labels.js";
import type { Team, TeamKind } from "../teams/index.js";
import {
  MODEL_KIND_LABELS,
  type ModelKind,
  type ModelSiteKind,
  type ModelStatus,
} from "./labels.js";
import type { ModelGrading, ModelSite, SecurityModel } from "./schema.js";

/**
 * The key of the bucket of {@link ModelSummary.byModel} that gathers the sites (and their
 * teams) whose `modelId` names no model of the input: `"unknown-model"`.
 *
 * @description Sites are counted there, never dropped, so the sites of `byModel` always
 * add up to `sites.total`. The ids they named are listed in
 * {@link ModelSummary.unknownModelIds}. Do not give a model this id.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeModels, UNKNOWN_MODEL } from "antt";
 * const summary = summarizeModels({
 *   models: [],
 *   sites: [{ id: "s-1", modelId: "mh-x", unitCode: "20362", kind: "village", status: "proposed" }],
 * });
 * summary.byModel[UNKNOWN_MODEL]?.sites; // 1
 * ```
 */
export const UNKNOWN_MODEL = "unknown-model";

/**
 * The key of a model's kind in {@link ModelCounts.byKind}: the code of a listed kind
 * (`"five-in-one"`), or `custom:` and the kind's own name for a custom kind
 * (`"custom:Tín hữu nói không với ma túy"`).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ModelKindKey } from "antt";
 * const keys: ModelKindKey[] = ["camera-security", "custom:Xứ họ bình yên"];
 * ```
 */
export type ModelKindKey = ModelKind | `custom:${string}`;

/**
 * The key a model is counted under by kind (loại hình mô hình): its listed kind, or
 * `custom:<name>` for a custom kind, so that each custom kind is counted on its own and
 * not lumped into one "Mô hình khác".
 *
 * @description The custom name is normalised (Unicode NFC, runs of white space made one
 * space) so that the same name typed twice gives the same key; letter case is kept, as
 * the key is also what a report prints (see {@link modelKindKeyName}).
 *
 * @param model - the model, or just its `kind` and `customKindName`
 * @returns the kind's key
 * @category Aggregations
 * @example
 * ```ts
 * import { modelKindKey } from "antt";
 * modelKindKey({ kind: "five-in-one" }); // "five-in-one"
 * modelKindKey({ kind: "custom", customKindName: "Tín hữu  nói không với ma túy" });
 * // "custom:Tín hữu nói không với ma túy"
 * ```
 */
export function modelKindKey(
  model: Pick<SecurityModel, "kind"> & { readonly customKindName?: string | undefined },
): ModelKindKey {
  if (model.kind !== "custom" || model.customKindName === undefined) return model.kind;
  const name = model.customKindName.normalize("NFC").replace(/\s+/g, " ").trim();
  return name === "" ? "custom" : `custom:${name}`;
}

/**
 * The name of a kind key of {@link ModelCounts.byKind} in a locale: the label of a listed
 * kind, the own name of a custom kind.
 *
 * @param key - a key made by {@link modelKindKey}
 * @param locale - `"vi"` (default) or `"en"`
 * @returns the kind's name, for a report's table of models by kind
 * @category Aggregations
 * @example
 * ```ts
 * import { modelKindKeyName } from "antt";
 * modelKindKeyName("five-in-one");                       // "Tổ tự quản 5 trong 1"
 * modelKindKeyName("five-in-one", "en");                 // "Five-in-one self-governing team"
 * modelKindKeyName("custom:Tín hữu nói không với ma túy"); // "Tín hữu nói không với ma túy"
 * ```
 */
export function modelKindKeyName(key: string, locale: Locale = "vi"): string {
  return key.startsWith("custom:") ? key.slice(7) : label(MODEL_KIND_LABELS, key, locale);
}

/**
 * The key a grading is counted under in {@link ModelCounts.byGrade}: the grade code on the
 * library's default scale (`"good"`), `<scale>:<grade>` on a scale the locality named
 * (`"tam-ky-2022:xuat-sac"`), so that grades of different scales are never added up.
 *
 * @param grading - the model's latest grading (`grade` and optional `scale`)
 * @returns the grade's key
 * @category Aggregations
 * @example
 * ```ts
 * import { modelGradeKey } from "antt";
 * modelGradeKey({ grade: "weak" });                           // "weak"
 * modelGradeKey({ grade: "xuat-sac", scale: "tam-ky-2022" }); // "tam-ky-2022:xuat-sac"
 * ```
 */
export function modelGradeKey(
  grading: Pick<ModelGrading, "grade"> & { readonly scale?: string | undefined },
): string {
  return grading.scale === undefined ? grading.grade : `${grading.scale}:${grading.grade}`;
}

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

type Lifecycle = "active" | "ended" | "not-yet-launched";

function lifecycleOn(
  record: { readonly launchedOn?: string | undefined; readonly endedOn?: string | undefined },
  day: CalendarDate,
): Lifecycle {
  if (record.endedOn !== undefined && record.endedOn <= day) return "ended";
  if (record.launchedOn !== undefined && record.launchedOn <= day) return "active";
  return "not-yet-launched";
}

function asOfCounts(groups: Groups<Lifecycle, number>): LifecycleAsOf {
  return {
    active: groups.active ?? 0,
    ended: groups.ended ?? 0,
    notYetLaunched: groups["not-yet-launched"] ?? 0,
  };
}

/** The smallest string a record gives, or `null`: the same whatever the order. */
function smallest<T>(
  value: (item: T) => string | undefined,
): Aggregator<T, string | null, string | null> {
  return {
    shape: { type: "text-or-null" },
    init: () => null,
    add(state, item) {
      const v = value(item);
      return v === undefined || (state !== null && state <= v) ? state : v;
    },
    merge: (a, b) => (b === null || (a !== null && a <= b) ? a : b),
    finish: (state) => state,
  };
}

const isModel = (r: ModelSummaryRecord) => r.model !== undefined;
const isSite = (r: ModelSummaryRecord) => r.site !== undefined;
const isTeam = (r: ModelSummaryRecord) => r.team !== undefined;

function within(period: Period | undefined, day: string | undefined): boolean {
  return period !== undefined && day !== undefined && periodContains(period, day);
}

function modelCounter(options: ModelSummaryOptions) {
  const { period, asOf } = options;
  return struct({
    total: count(),
    byKind: countBy((m: SecurityModel) => modelKindKey(m)),
    byType: countBy((m: SecurityModel) => m.type),
    byGroup: countBy((m: SecurityModel) => m.group),
    byStatus: countBy((m: SecurityModel) => m.status),
    byGrade: countBy((m: SecurityModel) => (m.grade ? modelGradeKey(m.grade) : undefined)),
    exemplars: filtered((m: SecurityModel) => m.exemplar === true, count()),
    withDossier: filtered((m: SecurityModel) => m.dossierRef !== undefined, count()),
    launchedInPeriod: filtered((m: SecurityModel) => within(period, m.launchedOn), count()),
    endedInPeriod: filtered((m: SecurityModel) => within(period, m.endedOn), count()),
    asOf: countBy((m: SecurityModel) => (asOf === undefined ? undefined : lifecycleOn(m, asOf))),
  });
}

function siteCounter(options: ModelSummaryOptions) {
  const { period, asOf } = options;
  const replicated = (s: ModelSite) => s.replicatedFromSiteId !== undefined;
  return struct({
    total: count(),
    byStatus: countBy((s: ModelSite) => s.status),
    byKind: countBy((s: ModelSite) => s.kind),
    replicated: filtered(replicated, count()),
    launchedInPeriod: filtered((s: ModelSite) => within(period, s.launchedOn), count()),
    replicatedInPeriod: filtered(
      (s: ModelSite) => replicated(s) && within(period, s.launchedOn),
      count(),
    ),
    endedInPeriod: filtered((s: ModelSite) => within(period, s.endedOn), count()),
    asOf: countBy((s: ModelSite) => (asOf === undefined ? undefined : lifecycleOn(s, asOf))),
  });
}

function teamCounter() {
  return struct({
    total: count(),
    byKind: countBy((t: Team) => t.kind),
    withoutSite: filtered((t: Team) => t.modelSiteId === undefined, count()),
  });
}

function only<T, S, O>(
  test: (r: ModelSummaryRecord) => boolean,
  pick: (r: ModelSummaryRecord) => T,
  aggregator: Aggregator<T, S, O>,
): Aggregator<ModelSummaryRecord, S, O> {
  return filtered(test, mapped(pick, aggregator));
}

function build(options: ModelSummaryOptions) {
  return struct({
    models: only(isModel, (r) => r.model as SecurityModel, modelCounter(options)),
    sites: only(isSite, (r) => r.site as ModelSite, siteCounter(options)),
    teams: only(isTeam, (r) => r.team as Team, teamCounter()),
    modelIds: only(
      isModel,
      (r) => r.model as SecurityModel,
      countBy((m: SecurityModel) => m.id),
    ),
    sitesById: filtered(
      (r: ModelSummaryRecord) => r.site !== undefined || r.team?.modelSiteId !== undefined,
      groupBy(
        (r: ModelSummaryRecord) => (r.site ? r.site.id : r.team?.modelSiteId),
        struct({
          modelId: smallest((r: ModelSummaryRecord) => r.site?.modelId),
          sites: filtered(isSite, count()),
          replicated: filtered(
            (r: ModelSummaryRecord) => r.site?.replicatedFromSiteId !== undefined,
            count(),
          ),
          teams: filtered(isTeam, count()),
        }),
      ),
    ),
  });
}

type BuiltOutput = OutputOf<ReturnType<typeof build>>;

function finishSummary(out: BuiltOutput, options: ModelSummaryOptions): ModelSummary {
  const { models, sites, teams, modelIds, sitesById } = out;
  const hasPeriod = options.period !== undefined;
  const hasAsOf = options.asOf !== undefined;

  const reach: Record<string, { sites: number; replicated: number; teams: number }> = {};
  for (const id of Object.keys(modelIds)) setOwn(reach, id, { sites: 0, replicated: 0, teams: 0 });
  const unknown = { sites: 0, replicated: 0, teams: 0 };
  const unknownIds = new Set<string>();
  let atKnownSite = 0;
  let atUnknownSite = 0;
  for (const link of Object.values(sitesById) as SiteLinkState[]) {
    if (link.sites === 0 || link.modelId === null) {
      atUnknownSite += link.teams;
      continue;
    }
    atKnownSite += link.teams;
    const known = ownValue(reach, link.modelId);
    const target = known ?? unknown;
    if (known === undefined) unknownIds.add(link.modelId);
    target.sites += link.sites;
    target.replicated += link.replicated;
    target.teams += link.teams;
  }
  if (unknown.sites > 0) {
    const existing = ownValue(reach, UNKNOWN_MODEL);
    if (existing) {
      existing.sites += unknown.sites;
      existing.replicated += unknown.replicated;
      existing.teams += unknown.teams;
    } else {
      setOwn(reach, UNKNOWN_MODEL, unknown);
    }
  }

  return {
    models: {
      total: models.total,
      byKind: models.byKind,
      byType: models.byType,
      byGroup: models.byGroup,
      byStatus: models.byStatus,
      byGrade: models.byGrade,
      exemplars: models.exemplars,
      withDossier: models.withDossier,
      inPeriod: hasPeriod
        ? { launched: models.launchedInPeriod, ended: models.endedInPeriod }
        : null,
      asOf: hasAsOf ? asOfCounts(models.asOf) : null,
    },
    sites: {
      total: sites.total,
      byStatus: sites.byStatus,
      byKind: sites.byKind,
      replicated: sites.replicated,
      inPeriod: hasPeriod
        ? {
            launched: sites.launchedInPeriod,
            replicated: sites.replicatedInPeriod,
            ended: sites.endedInPeriod,
          }
        : null,
      asOf: hasAsOf ? asOfCounts(sites.asOf) : null,
    },
    teams: {
      total: teams.total,
      byKind: teams.byKind,
      atKnownSite,
      atUnknownSite,
      withoutSite: teams.withoutSite,
    },
    byModel: reach,
    unknownModelIds: [...unknownIds].sort(),
    newOrReplicatedInPeriod: hasPeriod ? models.launchedInPeriod + sites.replicatedInPeriod : null,
  };
}

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
