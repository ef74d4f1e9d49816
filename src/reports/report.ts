import { type Activity, activityDateOf, summarizeActivities } from "../activities/index.js";
import { type AdminIndex, type AdminUnit, buildAdminIndex } from "../admin/index.js";
import {
  aggregate,
  comparePeriods,
  count,
  countBy,
  filtered,
  groupBy,
  mapped,
  type PeriodChange,
  type Rate,
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
  summarizeCameras,
} from "../cameras/index.js";
import {
  type CalendarDate,
  isPeriod,
  type Period,
  parsePeriod,
  periodContains,
  previousPeriod,
  samePeriodLastYear,
  vietnamDateOf,
} from "../core/calendar.js";
import { codesOf } from "../core/labels.js";
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
import { type Placement, UnitScope } from "./scope.js";
import {
  type CollectionReconciliation,
  type ComparisonBasis,
  type DatasetCoverage,
  type PeriodRule,
  REPORT_COLLECTIONS,
  type ReportActivityFigures,
  type ReportCameraFigures,
  type ReportChanges,
  type ReportCollection,
  type ReportExtractionFigures,
  type ReportFigures,
  type ReportFundingFigures,
  type ReportIncidentFigures,
  type ReportModelFigures,
  type ReportModelName,
  type ReportMoney,
  type ReportRecognitionFigures,
  type ReportReconciliation,
  type ReportTeamFigures,
  type ReportWarning,
  type UnitReport,
  type UnitReportErrorCode,
  type UnitReportOptions,
} from "./types.js";

// ---------------------------------------------------------------------------------------
// The error and the owner groups

/**
 * The error {@link buildUnitReport} throws (lỗi lập báo cáo), with its message in English and
 * Vietnamese.
 *
 * @description `message` holds both languages (`"English (Tiếng Việt)"`); `messages` holds
 * them apart for an app that shows one. `unitCode` names the unit asked for.
 *
 * @category Reports
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema, UnitReportError } from "antt";
 * const dataset = DatasetSchema.parse({ schemaVersion: "1.0" });
 * try {
 *   buildUnitReport(dataset, { unit: "99999", period: "2024" });
 * } catch (error) {
 *   if (error instanceof UnitReportError) console.log(error.code, error.messages.vi);
 *   // "unknown-unit" "Không có đơn vị hành chính mã 99999 trong danh sách đơn vị của bộ dữ liệu"
 * }
 * ```
 */
export class UnitReportError extends Error {
  /** What went wrong. */
  readonly code: UnitReportErrorCode;
  /** The unit code the report was asked for. */
  readonly unitCode: string;
  /** The message in each language. */
  readonly messages: { readonly en: string; readonly vi: string };

  /**
   * @param code - what went wrong
   * @param unitCode - the unit code the report was asked for
   * @param messages - the message in English and Vietnamese
   */
  constructor(
    code: UnitReportErrorCode,
    unitCode: string,
    messages: { readonly en: string; readonly vi: string },
  ) {
    super(`${messages.en} (${messages.vi})`);
    this.name = "UnitReportError";
    this.code = code;
    this.unitCode = unitCode;
    this.messages = messages;
  }
}

// ---------------------------------------------------------------------------------------
// Helpers

/** Sets an own enumerable key, also `__proto__` (keys come from data). */
function put<V>(out: Record<string, V>, key: string, value: V): void {
  Object.defineProperty(out, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A plain object with the own keys of `groups`, in their order, and values mapped. */
function mapValues<V, W>(groups: object, fn: (value: V) => W): Record<string, W> {
  const out: Record<string, W> = {};
  for (const key of Object.keys(groups)) put(out, key, fn((groups as Record<string, V>)[key] as V));
  return out;
}

/** A plain copy of a summary's groups (`Groups<K, V>`), keys in their order. */
const plain = <V>(groups: object): Record<string, V> => mapValues(groups, (value: V) => value);

const own = <V>(groups: object, key: string): V | undefined =>
  Object.hasOwn(groups, key) ? (groups as Record<string, V>)[key] : undefined;

/** A plain object of distinct keys, in sorted order. */
function sortedRecord<V>(entries: Iterable<[string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    put(out, key, value);
  }
  return out;
}

const distinct = (groups: object) => Object.keys(groups).filter((k) => k !== UNASSIGNED).length;

const cameraCount = (c: CameraCount): CameraCount => ({ points: c.points, lenses: c.lenses });

const rate = (r: Rate): Rate => ({
  numerator: r.numerator,
  denominator: r.denominator,
  ratio: r.ratio,
});

const money = (m: { readonly count: number; readonly amount: number }): ReportMoney => ({
  count: m.count,
  amountVnd: m.amount,
});

function active(
  launched: CalendarDate | undefined,
  ended: CalendarDate | undefined,
  period: Period,
): boolean {
  return (
    launched !== undefined &&
    launched <= period.end &&
    (ended === undefined || ended >= period.start)
  );
}

/** Active on the last day, as the model and team summaries count it (ended that day: not). */
const activeAt = (
  launched: CalendarDate | undefined,
  ended: CalendarDate | undefined,
  day: CalendarDate,
) => launched !== undefined && launched <= day && (ended === undefined || ended > day);

function coverageOf(
  covers: { readonly start: CalendarDate; readonly end: CalendarDate } | undefined,
  period: Period,
): DatasetCoverage {
  if (!covers) return "unknown";
  if (covers.start <= period.start && period.end <= covers.end) return "covered";
  if (covers.end < period.start || period.end < covers.start) return "not-covered";
  return "partly-covered";
}

function toPeriod(value: Period | string, unit: string, code: UnitReportErrorCode): Period {
  if (typeof value === "string") {
    try {
      const p = parsePeriod(value);
      return { unit: p.unit, key: p.key, start: p.start, end: p.end };
    } catch {
      throw new UnitReportError(code, unit, {
        en: `Invalid period key ${JSON.stringify(value)}: expected 2024, 2024-H1, 2024-Q1, 2024-03, 2024-W10, 2024-03-07 or 2024-01-01..2024-06-30`,
        vi: `Kỳ báo cáo ${JSON.stringify(value)} không hợp lệ`,
      });
    }
  }
  if (!isPeriod(value)) {
    throw new UnitReportError(code, unit, {
      en: `Invalid period ${JSON.stringify(value)}: build it with parsePeriod or customPeriod`,
      vi: `Kỳ báo cáo ${JSON.stringify(value)} không hợp lệ`,
    });
  }
  return { unit: value.unit, key: value.key, start: value.start, end: value.end };
}

function comparisonOf(
  choice: UnitReportOptions["compareWith"],
  period: Period,
  unit: string,
): { basis: ComparisonBasis; period: Period } | null {
  if (choice === undefined || choice === "same-period-last-year") {
    return {
      basis: "same-period-last-year",
      period: toPeriod(samePeriodLastYear(period), unit, "invalid-comparison"),
    };
  }
  if (choice === null || choice === "none") return null;
  if (choice === "previous-period") {
    return {
      basis: "previous-period",
      period: toPeriod(previousPeriod(period), unit, "invalid-comparison"),
    };
  }
  return { basis: "custom", period: toPeriod(choice, unit, "invalid-comparison") };
}

// ---------------------------------------------------------------------------------------
// Selecting the records of a unit and a period

interface Tally {
  given: number;
  counted: number;
  otherUnit: number;
  unknownUnit: number;
  outsidePeriod: number;
}

class Selector {
  readonly tallies = new Map<ReportCollection, Tally>();
  readonly unknownCodes = new Set<string>();
  /** The direct child of the report's unit that holds each selected record. */
  readonly childOf = new Map<object, string | null>();

  constructor(readonly scope: UnitScope) {}

  select<T extends { readonly unitCode: string; readonly unitCodeAsOf?: string | undefined }>(
    collection: ReportCollection,
    records: readonly T[] | undefined,
    dateOf: (record: T) => CalendarDate | undefined,
    inPeriod: (record: T) => boolean,
  ): T[] {
    const tally: Tally = { given: 0, counted: 0, otherUnit: 0, unknownUnit: 0, outsidePeriod: 0 };
    this.tallies.set(collection, tally);
    const out: T[] = [];
    for (const record of records ?? []) {
      tally.given += 1;
      const placement: Placement = this.scope.place(
        record.unitCode,
        record.unitCodeAsOf ?? dateOf(record),
      );
      if (placement.status === "unknown") {
        tally.unknownUnit += 1;
        this.unknownCodes.add(record.unitCode);
      } else if (placement.status === "other") {
        tally.otherUnit += 1;
      } else if (!inPeriod(record)) {
        tally.outsidePeriod += 1;
      } else {
        tally.counted += 1;
        this.childOf.set(record, placement.child);
        out.push(record);
      }
    }
    return out;
  }

  reconciliation(period: Period): ReportReconciliation {
    const collections = {} as Record<ReportCollection, CollectionReconciliation>;
    for (const collection of REPORT_COLLECTIONS) {
      const t = this.tallies.get(collection) as Tally;
      collections[collection] = {
        rule: RULES[collection],
        given: t.given,
        counted: t.counted,
        excluded: {
          otherUnit: t.otherUnit,
          unknownUnit: t.unknownUnit,
          outsidePeriod: t.outsidePeriod,
        },
      };
    }
    const codes = [...this.unknownCodes].sort();
    return {
      period: period.key,
      collections,
      unknownUnitCodes: codes.slice(0, 20),
      unknownUnitCodeCount: codes.length,
    };
  }
}

const RULES: { readonly [C in ReportCollection]: PeriodRule } = {
  models: "active-during-period",
  sites: "active-during-period",
  reviews: "dated-in-period",
  recognitions: "dated-in-period",
  teams: "active-during-period",
  cameras: "active-during-period",
  incidents: "dated-in-period",
  extractions: "dated-in-period",
  activities: "dated-in-period",
  contributions: "dated-in-period",
  expenses: "dated-in-period",
};

const recognitionDate = (r: SafetyRecognition): CalendarDate => r.decidedOn ?? `${r.year}-12-31`;

// ---------------------------------------------------------------------------------------
// Figures of one period

interface Context {
  readonly dataset: Dataset;
  readonly index: AdminIndex;
  readonly unit: AdminUnit;
  readonly modelsById: ReadonlyMap<string, SecurityModel>;
}

interface PeriodResult {
  readonly figures: ReportFigures;
  readonly reconciliation: ReportReconciliation;
  readonly modelIds: readonly string[];
  readonly inUnitModelIds: ReadonlySet<string>;
}

function childUnits(ctx: Context, period: Period): readonly AdminUnit[] {
  const end =
    ctx.unit.validTo !== undefined && ctx.unit.validTo < period.end ? ctx.unit.validTo : period.end;
  return ctx.index.childrenOf(ctx.unit.code, end);
}

function modelFigures(
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

function teamFigures(period: Period, teams: readonly Team[]): ReportTeamFigures {
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
  const fire = own<TeamSummary>(perKind, "fire-safety-group");
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
      foundedInPeriod: own<number>(foundedByKind, "fire-safety-group") ?? 0,
      households: fire?.households.total ?? 0,
    },
    trainings: {
      held: all.exercises.training.held,
      participants: all.exercises.training.participants,
    },
    drills: { held: all.exercises.drill.held, participants: all.exercises.drill.participants },
  };
}

function cameraFigures(period: Period, cameras: readonly CameraPoint[]): ReportCameraFigures {
  const atEnd = summarizeCameras(cameras, { asOf: period.end });
  const facing = summarizeCameras(cameras.filter(cameraFacesPublic), { asOf: period.end });
  const installed = summarizeCameras(cameras.filter((c) => c.installedOn >= period.start));
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

function incidentAndExtractionFigures(
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

function activityFigures(activities: readonly Activity[]): ReportActivityFigures {
  const a = summarizeActivities(activities);
  const outcome = (key: string) => own<number>(a.mediations.byOutcome, key) ?? 0;
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

function fundingFigures(
  contributions: readonly Contribution[],
  expenses: readonly Expense[],
): ReportFundingFigures {
  const f = summarizeFunding({ contributions, expenses });
  const withSources = (groups: object) => {
    const out = mapValues(groups, money);
    return {
      community: own<ReportMoney>(out, "community") ?? { count: 0, amountVnd: 0 },
      budget: own<ReportMoney>(out, "budget") ?? { count: 0, amountVnd: 0 },
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

function recognitionFigures(recognitions: readonly SafetyRecognition[]): ReportRecognitionFigures {
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

function periodResult(ctx: Context, period: Period): PeriodResult {
  const d = ctx.dataset;
  const selector = new Selector(new UnitScope(ctx.index, ctx.unit.code));
  const dated = (date: CalendarDate) => periodContains(period, date);
  const models = selector.select(
    "models",
    d.models,
    (m) => m.launchedOn,
    (m) => active(m.launchedOn, m.endedOn, period),
  );
  const sites = selector.select(
    "sites",
    d.sites,
    (s) => s.launchedOn,
    (s) => active(s.launchedOn, s.endedOn, period),
  );
  const reviews = selector.select(
    "reviews",
    d.reviews,
    (r) => r.reviewedOn,
    (r) => dated(r.reviewedOn),
  );
  const recognitions = selector.select("recognitions", d.recognitions, recognitionDate, (r) =>
    dated(recognitionDate(r)),
  );
  const teams = selector.select(
    "teams",
    d.teams,
    (t) => t.foundedOn,
    (t) => active(t.foundedOn, t.dissolvedOn, period),
  );
  const cameras = selector.select(
    "cameras",
    d.cameras,
    (c) => c.installedOn,
    (c) => active(c.installedOn, c.removedOn, period),
  );
  const incidents = selector.select(
    "incidents",
    d.incidents,
    (i) => vietnamDateOf(i.occurredAt),
    (i) => periodContains(period, i.occurredAt),
  );
  const extractions = selector.select(
    "extractions",
    d.extractions,
    (x) => vietnamDateOf(x.requestedAt),
    (x) => periodContains(period, x.requestedAt),
  );
  const activities = selector.select("activities", d.activities, activityDateOf, (a) =>
    dated(activityDateOf(a)),
  );
  const contributions = selector.select(
    "contributions",
    d.contributions,
    (c) => c.receivedOn,
    (c) => dated(c.receivedOn),
  );
  const expenses = selector.select(
    "expenses",
    d.expenses,
    (e) => e.spentOn,
    (e) => dated(e.spentOn),
  );

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

// ---------------------------------------------------------------------------------------
// Comparison

function isChange(value: unknown): value is PeriodChange {
  return (
    typeof value === "object" && value !== null && "absoluteChange" in value && "direction" in value
  );
}

/** Money and ratios are not counts of events: no Poisson test for them. */
function dropPoisson(node: unknown, notCounts: boolean): unknown {
  if (isChange(node)) return notCounts ? { ...node, poisson: null } : node;
  if (typeof node !== "object" || node === null) return node;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(node)) {
    const value = (node as Record<string, unknown>)[key];
    put(out, key, dropPoisson(value, notCounts || key === "ratio" || key.endsWith("Vnd")));
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// The report

/**
 * Builds the report of one administrative unit for one period (lập báo cáo kết quả phong
 * trào): models, teams, cameras, footage, incidents, activities and funding, each figure
 * compared with an earlier period, with a reconciliation of every record.
 *
 * @description The records counted are those of the unit and of every unit below it
 * (communes of a district, villages of a commune; a village code such as `15532.thon-3`
 * belongs to commune `15532` even when the dataset does not list the village), placed by
 * the unit their code had on the record's `unitCodeAsOf` or own date. The hierarchy comes
 * from the dataset's `units` (through {@link buildAdminIndex}).
 *
 * What "in the period" means depends on the collection (see {@link PeriodRule}): models,
 * sites, teams and camera points that were active at some time in it; incidents,
 * extractions, activities, contributions, expenses, reviews and recognitions dated in it
 * (Vietnam time). Stock figures (models, sites, teams, cameras) are given on the last day
 * of the period, with what was launched, founded, installed, ended and removed during it.
 *
 * Every figure is computed by the domain summaries (`summarizeCameras`,
 * `summarizeIncidents`...), then compared with the same figures of the comparison period
 * with {@link aggregate!comparePeriods}: absolute change, percent (`null` with note `baseline-zero`
 * when the earlier figure is 0) and an exact Poisson test (not for money and ratios).
 * The reconciliation says, per collection, how many records were given, counted, and
 * excluded for being in another unit, having a unit code the units do not list, or lying
 * outside the period. The result is plain JSON: no `undefined`, `NaN` or `Infinity`, keys
 * in a stable order, so the same dataset always gives the same text.
 *
 * Validate the dataset first ({@link "dataset"!validateDataset}): the report trusts its records.
 *
 * @param dataset - a validated dataset (collections left out count as empty)
 * @param options - `unit` (a code), `period` (a {@link Period} or key), `compareWith`
 *   (default `"same-period-last-year"`), `significanceLevel` (default 0.05)
 * @returns the report
 * @throws UnitReportError when the unit is not in the dataset's units (`unknown-unit`) or a
 *   period is invalid (`invalid-period`, `invalid-comparison`); RangeError for a
 *   significance level outside (0, 1)
 * @category Reports
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema } from "antt";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "395", name: "Huyện Thọ Xuân", level: "district", type: "rural-district", parentCode: "38" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "395" },
 *   ],
 *   cameras: [
 *     { id: "cam-1", unitCode: "15532.thon-3", ownerKind: "household", installedOn: "2023-05-01",
 *       connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"], status: "active", lenses: 2 },
 *   ],
 *   incidents: [
 *     { id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00", unitCode: "15532",
 *       detectedBy: "camera", status: "clarified", clarified: { on: "2024-03-09", by: ["camera"] }, suspects: 2 },
 *   ],
 * });
 * const report = buildUnitReport(dataset, { unit: "395", period: "2024" });
 * report.figures.cameras.lensesAtEnd;                      // 2
 * report.figures.incidents.byLegalClass["criminal"];       // 1
 * report.changes?.incidents.total.note;                    // "baseline-zero"
 * report.reconciliation.period.collections.cameras.counted; // 1
 * ```
 */
export function buildUnitReport(dataset: Dataset, options: UnitReportOptions): UnitReport {
  const code = options.unit;
  const period = toPeriod(options.period, code, "invalid-period");
  const comparison = comparisonOf(options.compareWith, period, code);
  const significanceLevel = options.significanceLevel ?? 0.05;
  if (!(significanceLevel > 0 && significanceLevel < 1)) {
    throw new RangeError(
      `The significance level must be between 0 and 1, got ${significanceLevel} (Mức ý nghĩa không hợp lệ)`,
    );
  }
  const index = buildAdminIndex(dataset.units ?? [], dataset.successions ?? []);
  const versions = index.versionsOf(code);
  if (versions.length === 0) {
    throw new UnitReportError("unknown-unit", code, {
      en: `Unknown unit ${code}: the dataset's units have no unit with this code`,
      vi: `Không có đơn vị hành chính mã ${code} trong danh sách đơn vị của bộ dữ liệu`,
    });
  }
  const warnings: ReportWarning[] = [];
  const inPeriod = versions.filter(
    (v) =>
      (v.validFrom ?? "0000-01-01") <= period.end && period.start <= (v.validTo ?? "9999-12-31"),
  );
  const unit = (inPeriod.length > 0 ? inPeriod : versions)[
    (inPeriod.length > 0 ? inPeriod : versions).length - 1
  ] as AdminUnit;
  if (inPeriod.length === 0) {
    warnings.push({
      code: "unit-not-valid-in-period",
      message: {
        en: `Unit ${code} did not exist in ${period.key} (valid ${unit.validFrom ?? "…"} to ${unit.validTo ?? "…"}); records under its code are still counted`,
        vi: `Đơn vị ${code} không tồn tại trong kỳ ${period.key} (hiệu lực ${unit.validFrom ?? "…"} đến ${unit.validTo ?? "…"}); vẫn tính các bản ghi mang mã này`,
      },
    });
  }
  const ctx: Context = {
    dataset,
    index,
    unit,
    modelsById: new Map((dataset.models ?? []).map((m) => [m.id, m])),
  };
  const current = periodResult(ctx, period);
  const previous = comparison ? periodResult(ctx, comparison.period) : null;

  const covers = dataset.covers;
  const coverage = {
    period: coverageOf(covers, period),
    comparison: comparison ? coverageOf(covers, comparison.period) : null,
  };
  if (coverage.period === "not-covered" || coverage.period === "partly-covered") {
    const none = coverage.period === "not-covered";
    warnings.push({
      code: none ? "period-not-covered" : "period-partly-covered",
      message: {
        en: `The dataset covers ${covers?.start} to ${covers?.end}: ${none ? "none" : "only part"} of the period ${period.key}; its figures may be incomplete`,
        vi: `Bộ dữ liệu chỉ gồm từ ${covers?.start} đến ${covers?.end}: ${none ? "không có" : "chỉ có một phần"} kỳ báo cáo ${period.key}; số liệu có thể chưa đầy đủ`,
      },
    });
  }
  if (
    comparison &&
    (coverage.comparison === "not-covered" || coverage.comparison === "partly-covered")
  ) {
    const none = coverage.comparison === "not-covered";
    warnings.push({
      code: none ? "comparison-not-covered" : "comparison-partly-covered",
      message: {
        en: `The dataset covers ${covers?.start} to ${covers?.end}: ${none ? "none" : "only part"} of the comparison period ${comparison.period.key}; changes from it are not reliable`,
        vi: `Bộ dữ liệu chỉ gồm từ ${covers?.start} đến ${covers?.end}: ${none ? "không có" : "chỉ có một phần"} kỳ so sánh ${comparison.period.key}; các số so sánh không đáng tin cậy`,
      },
    });
  }
  const unknownCount = current.reconciliation.unknownUnitCodeCount;
  if (unknownCount > 0) {
    const list = current.reconciliation.unknownUnitCodes.join(", ");
    warnings.push({
      code: "unknown-unit-codes",
      message: {
        en: `${unknownCount} unit code(s) of records are not in the dataset's units and were not counted: ${list}`,
        vi: `${unknownCount} mã đơn vị của bản ghi không có trong danh sách đơn vị, không được tính: ${list}`,
      },
    });
  }
  if (index.problems.length > 0) {
    warnings.push({
      code: "admin-index-problems",
      message: {
        en: `The dataset's units have ${index.problems.length} problem(s) (see buildAdminIndex(...).problems); placement under units may be wrong`,
        vi: `Danh sách đơn vị của bộ dữ liệu có ${index.problems.length} lỗi; việc xếp bản ghi vào đơn vị có thể sai`,
      },
    });
  }

  const changes = previous
    ? (dropPoisson(
        comparePeriods(current.figures, previous.figures, { significanceLevel }),
        false,
      ) as ReportChanges)
    : null;

  const inUnit = new Set([...current.inUnitModelIds, ...(previous?.inUnitModelIds ?? [])]);
  const modelNames: [string, ReportModelName][] = [];
  for (const id of new Set([...current.modelIds, ...(previous?.modelIds ?? [])])) {
    const model = ctx.modelsById.get(id);
    modelNames.push([
      id,
      model
        ? {
            name: model.name,
            kind: modelKindKey(model),
            unitCode: model.unitCode,
            ownedHere: inUnit.has(id),
          }
        : { name: id, kind: UNKNOWN_MODEL, unitCode: "", ownedHere: false },
    ]);
  }

  const parent =
    index.parentOf(
      unit.code,
      unit.validTo !== undefined && unit.validTo < period.end ? unit.validTo : period.end,
    ) ?? index.parentOf(unit.code);
  const children = childUnits(ctx, period);
  const childTypes = aggregate(
    countBy((u: AdminUnit) => u.type),
    children,
  );
  return {
    kind: "antt/unit-report",
    version: 1,
    dataset: {
      name: dataset.name ?? null,
      area: dataset.area
        ? { unitCode: dataset.area.unitCode, name: dataset.area.name ?? null }
        : null,
      covers: covers ? { start: covers.start, end: covers.end } : null,
    },
    unit: {
      code: unit.code,
      name: unit.name,
      level: unit.level,
      type: unit.type,
      parent: parent ? { code: parent.code, name: parent.name } : null,
      children: {
        level: children[0]?.level ?? null,
        count: children.length,
        byType: plain(childTypes),
      },
    },
    period,
    comparison,
    coverage,
    settings: { significanceLevel },
    figures: current.figures,
    changes,
    reconciliation: {
      period: current.reconciliation,
      comparison: previous?.reconciliation ?? null,
    },
    names: { models: sortedRecord(modelNames) },
    warnings,
  };
}
