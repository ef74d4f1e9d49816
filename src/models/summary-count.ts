// Internal: the counters of the models summary and the join of sites and teams to their
// models. Not part of the public API: neither summary.ts nor the folder index re-exports
// this module.

import { ownValue, setOwn } from "../aggregate/dict.js";
import {
  type Aggregator,
  count,
  countBy,
  filtered,
  type Groups,
  groupBy,
  mapped,
  type OutputOf,
  struct,
  sum,
} from "../aggregate/index.js";
import type { CalendarDate } from "../core/calendar.js";
import { type Period, periodContains } from "../core/period.js";
import { whole } from "../core/record-fields.js";
import type { Team } from "../teams/index.js";
import type { ModelSite, SecurityModel } from "./schema.js";
import { modelGradeKey, modelKindKey, UNKNOWN_MODEL } from "./summary-keys.js";
import type {
  LifecycleAsOf,
  ModelSummary,
  ModelSummaryOptions,
  ModelSummaryRecord,
  ParticipantsState,
  SiteLinkState,
} from "./summary-types.js";

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

/**
 * The largest count a record gives, or -1 when none has: the same whatever the order, and
 * a duplicate model record is not added twice.
 */
function largest<T>(value: (item: T) => number | undefined): Aggregator<T, number, number> {
  return {
    shape: { type: "integer" },
    init: () => -1,
    add: (state, item) => Math.max(state, value(item) ?? -1),
    merge: (a, b) => Math.max(a, b),
    finish: (state) => state,
  };
}

type Who = "households" | "people";

/** A count of participants of a model or site, checked to be whole; `undefined` when absent. */
function participantsOf(
  record: { readonly participants?: ModelSite["participants"] } | undefined,
  who: Who,
): number | undefined {
  const n = record?.participants?.[who];
  return n == null ? undefined : whole(n, `participants.${who}`);
}

/** The participants of the models: each model's own counts and its sites' counts apart. */
function participantCounter() {
  const own = (who: Who) => largest((r: ModelSummaryRecord) => participantsOf(r.model, who));
  const ofSites = (who: Who) => sum((r: ModelSummaryRecord) => participantsOf(r.site, who));
  const sitesWith = (who: Who) =>
    filtered((r: ModelSummaryRecord) => participantsOf(r.site, who) !== undefined, count());
  return filtered(
    (r: ModelSummaryRecord) =>
      r.model?.participants !== undefined || r.site?.participants !== undefined,
    groupBy(
      (r: ModelSummaryRecord) => (r.model ? r.model.id : r.site?.modelId),
      struct({
        ownHouseholds: own("households"),
        ownPeople: own("people"),
        siteHouseholds: ofSites("households"),
        sitePeople: ofSites("people"),
        sitesWithHouseholds: sitesWith("households"),
        sitesWithPeople: sitesWith("people"),
      }),
    ),
  );
}

/**
 * The participants of a model, counted once: its own count when given, else the sum of
 * its sites' counts when any site gives one, else `null`.
 */
function modelTotal(own: number, ofSites: number, sitesWith: number): number | null {
  if (own >= 0) return own;
  return sitesWith > 0 ? ofSites : null;
}

function finishParticipants(
  groups: Record<string, ParticipantsState>,
  known: Readonly<Record<string, unknown>>,
): ModelSummary["participants"] {
  const byModel: Record<string, { households: number | null; people: number | null }> = {};
  const add = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : a + b);
  let households = 0;
  let people = 0;
  for (const id of Object.keys(groups).sort()) {
    const g = groups[id] as ParticipantsState;
    const h = modelTotal(g.ownHouseholds, g.siteHouseholds, g.sitesWithHouseholds);
    const p = modelTotal(g.ownPeople, g.sitePeople, g.sitesWithPeople);
    if (h === null && p === null) continue;
    households += h ?? 0;
    people += p ?? 0;
    const key = ownValue(known, id) === undefined ? UNKNOWN_MODEL : id;
    const into = ownValue(byModel, key);
    if (into === undefined) setOwn(byModel, key, { households: h, people: p });
    else {
      into.households = add(into.households, h);
      into.people = add(into.people, p);
    }
  }
  return { households, people, byModel };
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

export function build(options: ModelSummaryOptions) {
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
    participants: participantCounter(),
  });
}

type BuiltOutput = OutputOf<ReturnType<typeof build>>;

export function finishSummary(out: BuiltOutput, options: ModelSummaryOptions): ModelSummary {
  const { models, sites, teams, modelIds, sitesById, participants } = out;
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
    participants: finishParticipants(participants as Record<string, ParticipantsState>, modelIds),
  };
}
