// The figures of one period: each domain's summary, shaped for the report.

import { type Activity, summarizeActivities } from "../activities/index.js";
import type { AdminIndex, AdminUnit } from "../admin/index.js";
import { ownValue } from "../aggregate/dict.js";
import {
  aggregate,
  count,
  countBy,
  filtered,
  groupBy,
  mapped,
  struct,
  UNASSIGNED,
} from "../aggregate/index.js";
import {
  CAMERA_OWNER_GROUP_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  type CameraCount,
  type CameraOwnerKind,
  type CameraPoint,
  cameraFacesPublic,
  cameraOwnerGroupOf,
  cameraSummary,
} from "../cameras/index.js";
import { codesOf } from "../core/labels.js";
import type { Period } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import { type Contribution, type Expense, summarizeFunding } from "../funding/index.js";
import {
  type FootageExtraction,
  type Incident,
  summarizeExtractions,
  summarizeIncidents,
} from "../incidents/index.js";
import {
  type LifecycleAsOf,
  type ModelCounts,
  type ModelReach,
  type ModelReview,
  type ModelSite,
  type ModelSummary,
  type ModelSummaryRecord,
  modelGradeKey,
  modelKindKey,
  modelSummary,
  type SafetyRecognition,
  type SecurityModel,
  type SiteCounts,
  summarizeModels,
  UNKNOWN_MODEL,
} from "../models/index.js";
import { summarizeTeams, type Team, type TeamSummary, teamSummary } from "../teams/index.js";
import type {
  ReportActivityFigures,
  ReportCameraFigures,
  ReportExtractionFigures,
  ReportFigures,
  ReportFundingFigures,
  ReportIncidentFigures,
  ReportModelFigures,
  ReportMoney,
  ReportRecognitionFigures,
  ReportTeamFigures,
} from "./figure-types.js";
import { activeAt } from "./period.js";
import { cameraCount, distinct, mapValues, money, plain, rate, sortedRecord } from "./plain.js";
import { UnitScope } from "./scope.js";
import { Selector } from "./select.js";
import type { ReportReconciliation } from "./types.js";

export interface Context {
  readonly dataset: Dataset;
  readonly index: AdminIndex;
  readonly unit: AdminUnit;
  readonly modelsById: ReadonlyMap<string, SecurityModel>;
}

export interface PeriodResult {
  readonly figures: ReportFigures;
  readonly reconciliation: ReportReconciliation;
  readonly modelIds: readonly string[];
  readonly inUnitModelIds: ReadonlySet<string>;
}

export function childUnits(ctx: Context, period: Period): readonly AdminUnit[] {
  const end =
    ctx.unit.validTo !== undefined && ctx.unit.validTo < period.end ? ctx.unit.validTo : period.end;
  return ctx.index.childrenOf(ctx.unit.code, end);
}

export function modelFigures(
  ctx: Context,
  period: Period,
  selector: Selector,
  models: readonly SecurityModel[],
  sites: readonly ModelSite[],
  teams: readonly Team[],
  reviews: readonly ModelReview[],
): ReportModelFigures {
  const end = period.end;
  const lifecycle = summarizeModels({ models, sites }, { period, asOf: end });
  const activeModels = models.filter((m) => activeAt(m.launchedOn, m.endedOn, end));
  const activeSites = sites.filter((s) => activeAt(s.launchedOn, s.endedOn, end));
  const activeTeams = teams.filter((t) => activeAt(t.foundedOn, t.dissolvedOn, end));
  const breakdown = summarizeModels({ models: activeModels, sites: activeSites });

  const kindOfSite = (site: ModelSite): string => {
    const model = ctx.modelsById.get(site.modelId);
    return model ? modelKindKey(model) : UNKNOWN_MODEL;
  };
  const byModelKind = aggregate(
    groupBy(
      kindOfSite,
      mapped(
        (site: ModelSite): ModelSummaryRecord => ({ site }),
        modelSummary({ period, asOf: end }),
      ),
    ),
    sites,
  );

  // Reach per model, and coverage of the units one level down.
  const siteIds = new Set(activeSites.map((s) => s.id));
  const reach = new Map<string, { sites: number; replicated: number; teams: number }>();
  const siteModel = new Map<string, string>();
  const children = new Set(childUnits(ctx, period).map((u) => u.code));
  const covered = new Set<string>();
  const coveredByKind = new Map<string, Set<string>>();
  for (const site of activeSites) {
    siteModel.set(site.id, site.modelId);
    const r = reach.get(site.modelId) ?? { sites: 0, replicated: 0, teams: 0 };
    r.sites += 1;
    if (site.replicatedFromSiteId !== undefined) r.replicated += 1;
    reach.set(site.modelId, r);
    const child = selector.childOf.get(site);
    if (child != null && children.has(child)) {
      covered.add(child);
      const kind = kindOfSite(site);
      const set = coveredByKind.get(kind) ?? new Set<string>();
      set.add(child);
      coveredByKind.set(kind, set);
    }
  }
  let siteTeams = 0;
  for (const team of activeTeams) {
    if (team.modelSiteId === undefined || !siteIds.has(team.modelSiteId)) continue;
    siteTeams += 1;
    (
      reach.get(siteModel.get(team.modelSiteId) as string) as ModelReach & { teams: number }
    ).teams += 1;
  }

  const reviewCounts = aggregate(
    struct({
      held: count(),
      byKind: countBy((r: ModelReview) => r.kind),
      byGrade: countBy((r: ModelReview) => modelGradeKey(r)),
      byRecommendation: countBy((r: ModelReview) => r.recommendation),
    }),
    reviews,
  );

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
      byModelKind: mapValues(byModelKind, (s: ModelSummary) => {
        const during = s.sites.inPeriod as NonNullable<SiteCounts["inPeriod"]>;
        return {
          activeAtEnd: (s.sites.asOf as LifecycleAsOf).active,
          launchedInPeriod: during.launched,
          replicatedInPeriod: during.replicated,
        };
      }),
    },
    byModel: sortedRecord(reach),
    coverage: {
      childUnits: children.size,
      withAnySite: covered.size,
      byModelKind: sortedRecord([...coveredByKind].map(([kind, set]) => [kind, set.size])),
    },
    reviews: {
      held: reviewCounts.held,
      byKind: plain(reviewCounts.byKind),
      byGrade: plain(reviewCounts.byGrade),
      byRecommendation: plain(reviewCounts.byRecommendation),
    },
  };
}

export function teamFigures(period: Period, teams: readonly Team[]): ReportTeamFigures {
  const options = { asOf: period.end, period };
  const all = summarizeTeams(teams, options);
  const perKind = aggregate(
    groupBy((t: Team) => t.kind, teamSummary(options)),
    teams,
  );
  const founded = teams.filter((t) => t.foundedOn >= period.start);
  const foundedByKind = aggregate(
    countBy((t: Team) => t.kind),
    founded,
  );
  const fire = ownValue<TeamSummary>(perKind, "fire-safety-group");
  return {
    activeAtEnd: all.active,
    foundedInPeriod: founded.length,
    dissolvedInPeriod: all.dissolved.total,
    byKind: plain(all.byKind),
    foundedInPeriodByKind: plain(foundedByKind),
    households: all.households.total,
    members: all.members.total,
    fireSafetyGroups: {
      activeAtEnd: fire?.active ?? 0,
      foundedInPeriod: ownValue<number>(foundedByKind, "fire-safety-group") ?? 0,
      households: fire?.households.total ?? 0,
    },
    trainings: {
      held: all.exercises.training.held,
      participants: all.exercises.training.participants,
    },
    drills: { held: all.exercises.drill.held, participants: all.exercises.drill.participants },
  };
}

export function cameraFigures(
  period: Period,
  cameras: readonly CameraPoint[],
): ReportCameraFigures {
  // One pass over the cameras feeds the three summaries the figures read.
  const { atEnd, facing, installed } = aggregate(
    struct({
      atEnd: cameraSummary({ asOf: period.end }),
      facing: filtered(cameraFacesPublic, cameraSummary({ asOf: period.end })),
      installed: filtered((c: CameraPoint) => c.installedOn >= period.start, cameraSummary()),
    }),
    cameras,
  );
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
    costRecordedPoints: atEnd.cost.recordedPoints,
  };
}

export function incidentAndExtractionFigures(
  ctx: Context,
  incidents: readonly Incident[],
  extractions: readonly FootageExtraction[],
): { incidents: ReportIncidentFigures; extractions: ReportExtractionFigures } {
  const i = summarizeIncidents(incidents);
  const x = summarizeExtractions(extractions, { incidents: ctx.dataset.incidents ?? [] });
  return {
    incidents: {
      total: i.total,
      byLegalClass: plain(i.byLegalClass),
      byCategory: plain(i.byCategory),
      byDetection: plain(i.byDetection),
      byStatus: plain(i.byStatus),
      clarified: i.clarified,
      clarificationRate: rate(i.clarificationRate),
      clarifiedWithCamera: i.clarifiedWithCamera,
      suspects: i.suspects,
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
    },
  };
}

export function activityFigures(activities: readonly Activity[]): ReportActivityFigures {
  const a = summarizeActivities(activities);
  const outcome = (key: string) => ownValue<number>(a.mediations.byOutcome, key) ?? 0;
  return {
    total: a.total,
    patrols: {
      count: a.patrols.count,
      directedByCamera: a.patrols.directedByCamera,
      participants: a.patrols.participants,
    },
    ambushes: { count: a.ambushes.count, participants: a.ambushes.participants },
    tips: { count: a.tips.count, verified: a.tips.verified, ledToIncident: a.tips.ledToIncident },
    mediations: {
      count: a.mediations.count,
      succeeded: outcome("succeeded"),
      failed: outcome("failed"),
      pending: outcome("pending"),
      successRate: rate(a.mediations.success),
    },
    outreach: { sessions: a.outreach.sessions, audience: a.outreach.audience },
    drills: { count: a.drills.count, participants: a.drills.participants },
    trainings: { count: a.trainings.count, participants: a.trainings.participants },
    awards: { count: a.awards.count, cashVnd: a.awards.cashTotal },
  };
}

export function fundingFigures(
  contributions: readonly Contribution[],
  expenses: readonly Expense[],
): ReportFundingFigures {
  const f = summarizeFunding({ contributions, expenses });
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
      byPurpose: mapValues(f.expenses.byPurpose, money),
    },
  };
}

export function recognitionFigures(
  recognitions: readonly SafetyRecognition[],
): ReportRecognitionFigures {
  const counts = aggregate(
    struct({
      assessed: count(),
      recognized: filtered((r: SafetyRecognition) => r.recognized, count()),
      bySubjectKind: groupBy(
        (r: SafetyRecognition) => r.subjectKind,
        struct({
          assessed: count(),
          recognized: filtered((r: SafetyRecognition) => r.recognized, count()),
        }),
      ),
    }),
    recognitions,
  );
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

export function periodResult(ctx: Context, period: Period): PeriodResult {
  const d = ctx.dataset;
  const selector = new Selector(new UnitScope(ctx.index, ctx.unit.code));
  const models = selector.select("models", d.models, period);
  const sites = selector.select("sites", d.sites, period);
  const reviews = selector.select("reviews", d.reviews, period);
  const recognitions = selector.select("recognitions", d.recognitions, period);
  const teams = selector.select("teams", d.teams, period);
  const cameras = selector.select("cameras", d.cameras, period);
  const incidents = selector.select("incidents", d.incidents, period);
  const extractions = selector.select("extractions", d.extractions, period);
  const activities = selector.select("activities", d.activities, period);
  const contributions = selector.select("contributions", d.contributions, period);
  const expenses = selector.select("expenses", d.expenses, period);

  const modelFigs = modelFigures(ctx, period, selector, models, sites, teams, reviews);
  const ie = incidentAndExtractionFigures(ctx, incidents, extractions);
  return {
    figures: {
      models: modelFigs,
      teams: teamFigures(period, teams),
      cameras: cameraFigures(period, cameras),
      extractions: ie.extractions,
      incidents: ie.incidents,
      activities: activityFigures(activities),
      funding: fundingFigures(contributions, expenses),
      recognitions: recognitionFigures(recognitions),
    },
    reconciliation: selector.reconciliation(period),
    modelIds: Object.keys(modelFigs.byModel),
    inUnitModelIds: new Set(models.map((m) => m.id)),
  };
}
