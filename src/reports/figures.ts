// The figures of one period, from the finished states of one pass (accumulate.ts).

import type { ActivitySummary } from "../activities/index.js";
import type { AdminIndex, AdminUnit } from "../admin/index.js";
import { ownValue, setOwn } from "../aggregate/dict.js";
import { UNASSIGNED } from "../aggregate/index.js";
import {
  CAMERA_OWNER_GROUP_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  type CameraCount,
  type CameraOwnerKind,
  type CameraSummary,
  cameraOwnerGroupOf,
} from "../cameras/index.js";
import { codesOf } from "../core/labels.js";
import type { Period } from "../core/period.js";
import type { FundingSummary } from "../funding/index.js";
import {
  type ExtractionSummary,
  INCIDENT_CATEGORY_GROUPS,
  type IncidentHarm,
  type IncidentSummary,
} from "../incidents/index.js";
import type {
  LifecycleAsOf,
  ModelCounts,
  ModelReach,
  ModelSummaryState,
  SiteCounts,
} from "../models/index.js";
import type { TeamSummary } from "../teams/index.js";
import type { PeriodAggregators, PeriodState } from "./accumulate.js";
import type {
  ReportActivityFigures,
  ReportCameraFigures,
  ReportExtractionFigures,
  ReportFigures,
  ReportForceFigures,
  ReportFundingFigures,
  ReportIncidentFigures,
  ReportModelFigures,
  ReportMoney,
  ReportRecognitionFigures,
  ReportTeamFigures,
} from "./figure-types.js";
import { cameraCount, distinct, mapValues, money, plain, rate, sortedRecord } from "./plain.js";
import { populationFigures } from "./population.js";

export interface Context {
  readonly index: AdminIndex;
  readonly unit: AdminUnit;
  /** The kind key of a model, `UNKNOWN_MODEL` for an id no model of the records has. */
  readonly kindOfModel: (id: string) => string;
}

/** The last day of the period the unit was valid on. */
function lastDay(ctx: Pick<Context, "unit">, period: Period): string {
  return ctx.unit.validTo !== undefined && ctx.unit.validTo < period.end
    ? ctx.unit.validTo
    : period.end;
}

export function childUnits(
  ctx: Pick<Context, "index" | "unit">,
  period: Period,
): readonly AdminUnit[] {
  return ctx.index.childrenOf(ctx.unit.code, lastDay(ctx, period));
}

/**
 * A models summary's state without its sites by id, to finish: the report reads none of
 * the figures made from them (the reach per model, teams at known and unknown sites,
 * unknown model ids), as it counts its own (`sitesByModel`, `reach`, `teamsAtSites`), and
 * finishing every site's entry cost a quarter of finishing the report.
 */
function withoutSiteLinks(state: ModelSummaryState): ModelSummaryState {
  return { ...state, sitesById: [] };
}

type Out<K extends keyof PeriodAggregators> = ReturnType<PeriodAggregators[K]["finish"]>;

export function modelFigures(
  ctx: Context,
  _period: Period,
  a: PeriodAggregators,
  s: PeriodState,
  children: ReadonlySet<string>,
): ReportModelFigures {
  const lifecycle = a.lifecycle.finish(withoutSiteLinks(s.lifecycle));
  const breakdown = a.breakdown.finish(withoutSiteLinks(s.breakdown));

  // The sites by the kind of their model, added up from the counts by model.
  const byModelKind = new Map<string, { active: number; launched: number; replicated: number }>();
  const byModel = a.sitesByModel.finish(s.sitesByModel) as Record<
    string,
    { active: number; launched: number; replicated: number }
  >;
  for (const modelId of Object.keys(byModel)) {
    const counts = byModel[modelId] as { active: number; launched: number; replicated: number };
    const kind = ctx.kindOfModel(modelId);
    const into = byModelKind.get(kind) ?? { active: 0, launched: 0, replicated: 0 };
    into.active += counts.active;
    into.launched += counts.launched;
    into.replicated += counts.replicated;
    byModelKind.set(kind, into);
  }

  // Reach per model: active sites, replicated ones, and the active teams at them.
  const reach = new Map<string, { sites: number; replicated: number; teams: number }>();
  const reached = a.reach.finish(s.reach) as Record<string, { sites: number; replicated: number }>;
  for (const modelId of Object.keys(reached)) {
    const r = reached[modelId] as { sites: number; replicated: number };
    reach.set(modelId, { sites: r.sites, replicated: r.replicated, teams: 0 });
  }
  let siteTeams = 0;
  const atSites = a.teamsAtSites.finish(s.teamsAtSites) as Record<string, number>;
  for (const siteId of Object.keys(atSites)) {
    const modelId = ownValue<string>(s.activeSites, siteId);
    if (modelId === undefined) continue;
    const n = atSites[siteId] as number;
    siteTeams += n;
    (reach.get(modelId) as ModelReach & { teams: number }).teams += n;
  }

  // Coverage of the units one level down.
  const covered = new Set<string>();
  const coveredByKind = new Map<string, Set<string>>();
  const coveredByModel = a.covered.finish(s.covered) as Record<string, object>;
  const unitsByModel: [string, number][] = [];
  for (const modelId of Object.keys(coveredByModel)) {
    const byChild = coveredByModel[modelId] as object;
    unitsByModel.push([modelId, Object.keys(byChild).length]);
    const kind = ctx.kindOfModel(modelId);
    const set = coveredByKind.get(kind) ?? new Set<string>();
    for (const child of Object.keys(byChild)) {
      set.add(child);
      covered.add(child);
    }
    coveredByKind.set(kind, set);
  }

  const reviewCounts = a.reviews.finish(s.reviews);
  // Given a period and a day, the summary always fills these in.
  const asOf = lifecycle.models.asOf as LifecycleAsOf;
  const siteAsOf = lifecycle.sites.asOf as LifecycleAsOf;
  const inPeriod = lifecycle.models.inPeriod as NonNullable<ModelCounts["inPeriod"]>;
  const sitesInPeriod = lifecycle.sites.inPeriod as NonNullable<SiteCounts["inPeriod"]>;
  return {
    activeAtEnd: asOf.active,
    launchedInPeriod: inPeriod.launched,
    endedInPeriod: inPeriod.ended,
    newOrReplicatedInPeriod: inPeriod.launched + sitesInPeriod.replicated,
    types: distinct(breakdown.models.byType),
    groups: distinct(breakdown.models.byGroup),
    byKind: plain(breakdown.models.byKind),
    byType: plain(breakdown.models.byType),
    byGroup: plain(breakdown.models.byGroup),
    byStatus: plain(breakdown.models.byStatus),
    byGrade: plain(breakdown.models.byGrade),
    exemplars: breakdown.models.exemplars,
    withDossier: breakdown.models.withDossier,
    sites: {
      activeAtEnd: siteAsOf.active,
      replicatedActiveAtEnd: breakdown.sites.replicated,
      launchedInPeriod: sitesInPeriod.launched,
      replicatedInPeriod: sitesInPeriod.replicated,
      endedInPeriod: sitesInPeriod.ended,
      teams: siteTeams,
      byModelKind: sortedRecord(
        [...byModelKind].map(([kind, c]) => [
          kind,
          { activeAtEnd: c.active, launchedInPeriod: c.launched, replicatedInPeriod: c.replicated },
        ]),
      ),
    },
    byModel: sortedRecord(reach),
    camerasByModel: sortedRecord(
      Object.entries(
        a.camerasByModel.finish(s.camerasByModel) as Record<
          string,
          { points: number; lenses: number }
        >,
      ).map(([id, c]) => [id, { points: c.points, lenses: c.lenses }]),
    ),
    coverage: {
      childUnits: children.size,
      withAnySite: covered.size,
      byModelKind: sortedRecord([...coveredByKind].map(([kind, set]) => [kind, set.size])),
      byModel: sortedRecord(unitsByModel),
    },
    participants: {
      households: breakdown.participants.households,
      people: breakdown.participants.people,
    },
    byPartner: sortedRecord(
      Object.entries(a.partners.finish(s.partners) as Record<string, number>),
    ),
    reviews: {
      held: reviewCounts.held,
      byKind: plain(reviewCounts.byKind),
      byGrade: plain(reviewCounts.byGrade),
      byRecommendation: plain(reviewCounts.byRecommendation),
    },
  };
}

export function teamFigures(out: Out<"teams">, securityVillages: object): ReportTeamFigures {
  const { all, perKind, founded, foundedByKind } = out;
  const fire = ownValue<TeamSummary>(perKind, "fire-safety-group");
  const combined = ownValue<TeamSummary>(perKind, "fire-security-group");
  const foundedOf = (kind: string) => ownValue<number>(foundedByKind, kind) ?? 0;
  return {
    activeAtEnd: all.active,
    foundedInPeriod: founded,
    dissolvedInPeriod: all.dissolved.total,
    byKind: plain(all.byKind),
    foundedInPeriodByKind: plain(foundedByKind),
    households: all.households.total,
    members: all.members.total,
    fireSafetyGroups: {
      activeAtEnd: (fire?.active ?? 0) + (combined?.active ?? 0),
      foundedInPeriod: foundedOf("fire-safety-group") + foundedOf("fire-security-group"),
      households: (fire?.households.total ?? 0) + (combined?.households.total ?? 0),
      combinedAtEnd: combined?.active ?? 0,
    },
    trainings: {
      held: all.exercises.training.held,
      participants: all.exercises.training.participants,
      recordedAsActivity: all.exercises.training.recordedAsActivity,
    },
    drills: {
      held: all.exercises.drill.held,
      participants: all.exercises.drill.participants,
      recordedAsActivity: all.exercises.drill.recordedAsActivity,
      byScenarioScale: plain(all.exercises.drill.byScenarioScale),
    },
    villagesWithSecurityTeam: Object.keys(securityVillages).length,
    trained: rate(all.members.trained),
  };
}

/** `numerator / denominator`, also per `scale`; `null` when the denominator is unknown. */
function perScale(numerator: number, denominator: number | null, scale: number) {
  if (denominator === null) return null;
  return {
    numerator,
    denominator,
    ratio: denominator === 0 ? null : numerator / denominator,
    per: denominator === 0 ? null : (numerator * scale) / denominator,
  };
}

export function cameraFigures(
  atEnd: CameraSummary,
  facing: Out<"camerasFacing">,
  installed: Out<"camerasInstalled">,
  households: number | null = null,
): ReportCameraFigures {
  const density = perScale(atEnd.lenses, households, 1000);
  const groups = new Map<string, { points: number; lenses: number }>(
    codesOf(CAMERA_OWNER_GROUP_LABELS).map((g) => [g, { points: 0, lenses: 0 }]),
  );
  const byOwnerKind = plain<CameraCount>(atEnd.byOwnerKind);
  for (const kind of Object.keys(byOwnerKind)) {
    // A kind outside the code list (a record that skipped validation) is kept apart.
    const group = Object.hasOwn(CAMERA_OWNER_KIND_LABELS, kind)
      ? cameraOwnerGroupOf(kind as CameraOwnerKind)
      : UNASSIGNED;
    const target = groups.get(group) ?? { points: 0, lenses: 0 };
    const c = byOwnerKind[kind] as CameraCount;
    target.points += c.points;
    target.lenses += c.lenses;
    groups.set(group, target);
  }
  return {
    pointsAtEnd: atEnd.points,
    lensesAtEnd: atEnd.lenses,
    facingRoadOrPublicPlace: { points: facing.points, lenses: facing.lenses },
    connectedToDutyRoom: cameraCount(atEnd.connectedToDutyRoom),
    byOwnerKind: mapValues(byOwnerKind, cameraCount),
    byOwnerGroup: Object.fromEntries(groups),
    byPayer: mapValues(atEnd.byPayer, cameraCount),
    installedInPeriod: { points: installed.points, lenses: installed.lenses },
    removedInPeriod: cameraCount(atEnd.removedBefore),
    costVnd: atEnd.cost.total,
    costBySourceVnd: plain(atEnd.cost.bySource),
    costByFundingSourceVnd: {
      community: ownValue<number>(atEnd.cost.byFundingSource, "community") ?? 0,
      budget: ownValue<number>(atEnd.cost.byFundingSource, "budget") ?? 0,
      ...plain<number>(atEnd.cost.byFundingSource),
    },
    costRecordedPoints: atEnd.cost.recordedPoints,
    planned: {
      points: atEnd.planned.points,
      lenses: atEnd.planned.lenses,
      funded: cameraCount(atEnd.planned.funded),
      costVnd: atEnd.planned.cost,
    },
    equipment: {
      recorders: atEnd.equipment.recorders,
      dutyRoomScreens: atEnd.equipment.dutyRoomScreens,
    },
    lensesPerThousandHouseholds:
      density === null
        ? null
        : {
            numerator: density.numerator,
            denominator: density.denominator,
            ratio: density.ratio,
            perThousand: density.per,
          },
  };
}

/** The criminal offences of the period, as police statistics measure them. */
function criminalOf(byClass: object): ReportIncidentFigures["criminal"] {
  type Counts = {
    cases: number;
    clarified: number;
    withCamera: number;
    suspectsWithCamera: number;
  };
  const c = ownValue<Counts>(byClass as Record<string, Counts>, "criminal") ?? {
    cases: 0,
    clarified: 0,
    withCamera: 0,
    suspectsWithCamera: 0,
  };
  return {
    cases: c.cases,
    cleared: c.clarified,
    clearanceRate: {
      numerator: c.clarified,
      denominator: c.cases,
      ratio: c.cases === 0 ? null : c.clarified / c.cases,
    },
    clearedWithCamera: c.withCamera,
    suspectsClearedWithCamera: c.suspectsWithCamera,
  };
}

/** Counts by category, then legal class, each level sorted by key. */
function byClass(groups: object): Record<string, Record<string, number>> {
  return sortedRecord(
    Object.entries(groups as Record<string, object>).map(([category, classes]) => [
      category,
      sortedRecord(Object.entries(classes as Record<string, number>)),
    ]),
  );
}

export function incidentAndExtractionFigures(
  i: IncidentSummary,
  x: ExtractionSummary,
  classes: {
    readonly all: object;
    readonly withCamera: object;
    readonly suspects: object;
    readonly byClass: object;
  },
  residents: number | null = null,
): { incidents: ReportIncidentFigures; extractions: ReportExtractionFigures } {
  const rate10k = perScale(i.total, residents, 10_000);
  return {
    incidents: {
      total: i.total,
      byLegalClass: plain(i.byLegalClass),
      byCategory: plain(i.byCategory),
      byCategoryAndLegalClass: byClass(classes.all),
      criminal: criminalOf(classes.byClass),
      suspectsByCategory: sortedRecord(
        Object.entries(classes.suspects as Record<string, number>).filter(([, n]) => n > 0),
      ),
      byCategoryGroup: mapValues(
        INCIDENT_CATEGORY_GROUPS,
        (group: { categories: readonly string[] }) =>
          group.categories.reduce((n, k) => n + (ownValue<number>(i.byCategory, k) ?? 0), 0),
      ),
      byDetection: plain(i.byDetection),
      byStatus: plain(i.byStatus),
      clarified: i.clarified,
      clarificationRate: rate(i.clarificationRate),
      clarifiedWithCamera: i.clarifiedWithCamera,
      suspects: i.suspects,
      perTenThousandResidents:
        rate10k === null
          ? null
          : {
              numerator: rate10k.numerator,
              denominator: rate10k.denominator,
              ratio: rate10k.ratio,
              perTenThousand: rate10k.per,
            },
      harm: { ...i.harm },
      harmByCategory: mapValues(i.harmByCategory, (h: IncidentHarm) => ({ ...h })),
      byAccidentCategoryAndCause: mapValues(i.byAccidentCategoryAndCause, (c: object) =>
        plain<number>(c),
      ),
      trafficBySeverity: plain(i.trafficBySeverity),
    },
    extractions: {
      total: x.total,
      helpedClarify: x.helpedClarify,
      incidentsServed: x.incidentsServed,
      incidentsHelped: x.incidentsHelped,
      byOutcome: plain(x.byOutcome),
      byPurpose: plain(x.byPurpose),
      casesClarifiedWithCamera: i.clarifiedWithCamera,
      casesClarifiedWithCameraByCategory: plain(i.clarifiedWithCameraByCategory),
      casesClarifiedWithCameraByCategoryAndLegalClass: byClass(classes.withCamera),
    },
  };
}

/** Two counts by key added up, keys in output order. */
function addedUp(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const part of [a, b]) {
    for (const key of Object.keys(part)) {
      setOwn(sum, key, (ownValue<number>(sum, key) ?? 0) + (part[key] as number));
    }
  }
  return sortedRecord(Object.entries(sum));
}

export function activityFigures(a: ActivitySummary): ReportActivityFigures {
  const outcome = (key: string) => ownValue<number>(a.mediations.byOutcome, key) ?? 0;
  return {
    total: a.total,
    patrols: {
      count: a.patrols.count,
      directedByCamera: a.patrols.directedByCamera,
      participants: a.patrols.participants,
    },
    ambushes: {
      count: a.ambushes.count,
      directedByCamera: a.ambushes.directedByCamera,
      participants: a.ambushes.participants,
    },
    subjects: {
      apprehended: a.patrols.suspectsApprehended + a.ambushes.suspectsApprehended,
      byCategory: addedUp(a.patrols.subjectsByCategory, a.ambushes.subjectsByCategory),
    },
    tips: { count: a.tips.count, verified: a.tips.verified, ledToIncident: a.tips.ledToIncident },
    mediations: {
      count: a.mediations.count,
      succeeded: outcome("succeeded"),
      failed: outcome("failed"),
      pending: outcome("pending"),
      successRate: rate(a.mediations.success),
    },
    outreach: { sessions: a.outreach.sessions, audience: a.outreach.audience },
    drills: {
      count: a.drills.count,
      participants: a.drills.participants,
      byTopic: plain(a.drills.byTopic),
      byScenarioScale: plain(a.drills.byScenarioScale),
    },
    trainings: { count: a.trainings.count, participants: a.trainings.participants },
    awards: { count: a.awards.count, cashVnd: a.awards.cashTotal },
  };
}

export function fundingFigures(f: FundingSummary): ReportFundingFigures {
  const withSources = (groups: object) => {
    const out = mapValues(groups, money);
    return {
      community: ownValue<ReportMoney>(out, "community") ?? { count: 0, amountVnd: 0 },
      budget: ownValue<ReportMoney>(out, "budget") ?? { count: 0, amountVnd: 0 },
      ...out,
    };
  };
  const c = f.contributions;
  return {
    contributions: {
      count: c.count,
      amountVnd: c.amount,
      contributors: c.contributors,
      bySource: withSources(c.bySource),
      byTarget: mapValues(c.byTarget, money),
      byContributorKind: mapValues(c.byContributorKind, money),
      inKind: money(c.inKind),
    },
    expenses: {
      count: f.expenses.count,
      amountVnd: f.expenses.amount,
      bySource: withSources(f.expenses.bySource),
      byPayer: mapValues(f.expenses.byPayer, money),
      byPurpose: mapValues(f.expenses.byPurpose, money),
    },
  };
}

/** The strength of the forces, without the days of their counts (figures are numbers). */
export function forceFigures(summary: Out<"forces">): ReportForceFigures {
  const byKind: Record<string, { members: number; units: number; teams: number | null }> = {};
  for (const kind of Object.keys(summary.byKind)) {
    const total = summary.byKind[kind] as Out<"forces">["byKind"][string];
    setOwn(byKind, kind, { members: total.members, units: total.units, teams: total.teams });
  }
  return { byKind };
}

export function recognitionFigures(counts: Out<"recognitions">): ReportRecognitionFigures {
  return {
    assessed: counts.assessed,
    recognized: counts.recognized,
    bySubjectKind: mapValues(
      counts.bySubjectKind,
      (g: { assessed: number; recognized: number }) => ({
        assessed: g.assessed,
        recognized: g.recognized,
      }),
    ),
  };
}

/** The figures of a period, from its state. */
export function periodFigures(
  ctx: Context,
  period: Period,
  children: ReadonlySet<string>,
  a: PeriodAggregators,
  s: PeriodState,
): ReportFigures {
  const population = populationFigures(ctx.index, ctx.unit, lastDay(ctx, period));
  // A rate is given only over a whole population: every incident of the unit divided by the
  // residents of some of its communes would overstate it.
  const wholeBase = (from: { counted: number; of: number }) => from.counted >= from.of;
  const ie = incidentAndExtractionFigures(
    a.incidents.finish(s.incidents),
    a.extractions.finish(s.extractions),
    a.incidentClasses.finish(s.incidentClasses),
    wholeBase(population.residentsFromChildren) ? population.residents : null,
  );
  return {
    models: modelFigures(ctx, period, a, s, children),
    teams: teamFigures(a.teams.finish(s.teams), a.securityVillages.finish(s.securityVillages)),
    cameras: cameraFigures(
      a.camerasAtEnd.finish(s.camerasAtEnd),
      a.camerasFacing.finish(s.camerasFacing),
      a.camerasInstalled.finish(s.camerasInstalled),
      wholeBase(population.householdsFromChildren) ? population.households : null,
    ),
    extractions: ie.extractions,
    incidents: ie.incidents,
    activities: activityFigures(a.activities.finish(s.activities)),
    funding: fundingFigures(a.funding.finish(s.funding)),
    recognitions: recognitionFigures(a.recognitions.finish(s.recognitions)),
    forces: forceFigures(a.forces.finish(s.forces)),
    population,
  };
}
