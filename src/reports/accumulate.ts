// Internal: what one pass over a dataset's records keeps for a report's period, as
// mergeable states of the domain summaries. `figures.ts` turns the finished states into the
// report's figures. Not part of the public API.

import { type Activity, activitySummary } from "../activities/index.js";
import { setOwn } from "../aggregate/dict.js";
import { findGroup, insertGroup } from "../aggregate/groups.js";
import {
  type Aggregator,
  count,
  countBy,
  filtered,
  type GroupedState,
  groupBy,
  struct,
  sum,
  UNASSIGNED,
} from "../aggregate/index.js";
import { countIn, exactSum, groupIn } from "../aggregate/summaries.js";
import {
  type CameraPoint,
  cameraFacesPublic,
  cameraInServiceOn,
  cameraSummary,
} from "../cameras/index.js";
import { type Period, periodContains } from "../core/period.js";
import { whole } from "../core/record-fields.js";
import { type ForceStrength, forceSummary } from "../forces/index.js";
import {
  type Contribution,
  type Expense,
  type FundingRecord,
  fundingSummary,
} from "../funding/index.js";
import {
  countedLegalClass,
  extractionSummary,
  type FootageExtraction,
  type Incident,
  incidentSummary,
} from "../incidents/index.js";
import {
  type ModelReview,
  type ModelSite,
  modelGradeKey,
  modelSummary,
  type SafetyRecognition,
  type SecurityModel,
} from "../models/index.js";
import { type Team, teamSummary } from "../teams/index.js";
import { activeAt } from "./period.js";
import type { RecordOf } from "./select.js";
import { REPORT_COLLECTIONS, type ReportCollection } from "./types.js";

/** A site with the child unit of the report's unit that holds it. */
interface PlacedSite {
  readonly site: ModelSite;
  readonly child: string;
}

/**
 * Whether a site was launched in the period, as the models summary counts it
 * (`sites.inPeriod.launched`): its launch day, read as a day, is in the period.
 */
function launchedIn(site: ModelSite, period: Period): boolean {
  return site.launchedOn !== undefined && periodContains(period, site.launchedOn);
}

/** Camera points and their lenses (a point without a count has one). */
function pointsAndLenses() {
  return struct({ points: count(), lenses: sum((c: CameraPoint) => c.lenses ?? 1) });
}

/** Whether an incident was clarified with camera help. */
function withCamera(incident: Incident): boolean {
  return incident.clarified?.by?.includes("camera") === true;
}

/** An incident's category, as the incident summary keys it. */
function categoryOf(incident: Incident): string {
  const category: string | undefined = incident.category;
  return category == null || category === "" ? UNASSIGNED : category;
}

/** An incident's suspects (đối tượng); a missing count adds 0. */
function suspectsOf(incident: Incident): number {
  return whole(incident.suspects ?? 0, "suspects");
}

/** The summaries one period of a report feeds, each an aggregator with a JSON state. */
export function periodAggregators(period: Period) {
  const end = period.end;
  const teamOptions = { asOf: end, period };
  return {
    /** Models and sites counted in the period: launched, ended, active on the last day. */
    lifecycle: modelSummary({ period, asOf: end }),
    /** Models and sites active on the last day, by type, group, status and grade. */
    breakdown: modelSummary(),
    /** The sites counted, by the model they carry out (its kind is known when finishing). */
    sitesByModel: groupBy(
      (s: ModelSite) => s.modelId,
      struct({
        active: filtered((s: ModelSite) => activeAt(s.launchedOn, s.endedOn, end), count()),
        launched: filtered((s: ModelSite) => launchedIn(s, period), count()),
        replicated: filtered(
          (s: ModelSite) => s.replicatedFromSiteId !== undefined && launchedIn(s, period),
          count(),
        ),
      }),
    ),
    /** The sites active on the last day, by model: how many, how many replicated. */
    reach: groupBy(
      (s: ModelSite) => s.modelId,
      struct({
        sites: count(),
        replicated: filtered((s: ModelSite) => s.replicatedFromSiteId !== undefined, count()),
      }),
    ),
    /** The teams active on the last day, by the site they belong to. */
    teamsAtSites: countBy((t: Team) => t.modelSiteId),
    /** The child units with an active site, by model. */
    covered: groupBy(
      (p: PlacedSite) => p.site.modelId,
      countBy((p: PlacedSite) => p.child),
    ),
    /** The villages served by security teams active on the last day (their own and others). */
    securityVillages: countBy((code: string) => code),
    /** The organisations the models active on the last day are built with. */
    partners: countBy((partner: string) => partner),
    reviews: struct({
      held: count(),
      byKind: countBy((r: ModelReview) => r.kind),
      byGrade: countBy((r: ModelReview) => modelGradeKey(r)),
      byRecommendation: countBy((r: ModelReview) => r.recommendation),
    }),
    teams: struct({
      all: teamSummary(teamOptions),
      perKind: groupBy((t: Team) => t.kind, teamSummary(teamOptions)),
      founded: filtered((t: Team) => t.foundedOn >= period.start, count()),
      foundedByKind: filtered(
        (t: Team) => t.foundedOn >= period.start,
        countBy((t: Team) => t.kind),
      ),
    }),
    camerasAtEnd: cameraSummary({ asOf: end }),
    /** The points in place on the last day that belong to a model, by model. */
    camerasByModel: filtered(
      (c: CameraPoint) => c.modelId !== undefined && cameraInServiceOn(c, end),
      groupBy((c: CameraPoint) => c.modelId as string, pointsAndLenses()),
    ),
    // Points and lenses only: counted as the camera summary counts them on the last day
    // (installed by it, not removed before it), and installed in the period.
    camerasFacing: filtered(
      (c: CameraPoint) => cameraInServiceOn(c, end) && cameraFacesPublic(c),
      pointsAndLenses(),
    ),
    camerasInstalled: filtered(
      (c: CameraPoint) => c.installedOn !== undefined && c.installedOn >= period.start,
      pointsAndLenses(),
    ),
    incidents: incidentSummary(),
    /** Incidents by category, then by legal class; and those clarified with camera help. */
    incidentClasses: struct({
      all: groupBy(categoryOf, countBy(countedLegalClass)),
      /** By legal class: all, clarified, clarified with camera help and its suspects. */
      byClass: groupBy(
        countedLegalClass,
        struct({
          cases: count(),
          clarified: filtered((i: Incident) => i.clarified != null, count()),
          withCamera: filtered(withCamera, count()),
          suspectsWithCamera: filtered(withCamera, sum(suspectsOf)),
        }),
      ),
      /** Suspects (đối tượng) by category: people, apart from cases. */
      suspects: groupBy(categoryOf, sum(suspectsOf)),
      withCamera: filtered(withCamera, groupBy(categoryOf, countBy(countedLegalClass))),
    }),
    extractions: extractionSummary(),
    activities: activitySummary(),
    funding: fundingSummary(),
    /** The latest count of each force in each unit, in the period. */
    forces: forceSummary(),
    recognitions: struct({
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
  };
}

/** The summaries of a period. */
export type PeriodAggregators = ReturnType<typeof periodAggregators>;

/** The summaries of the periods reported on lately, by first and last day. */
const RECENT = new Map<string, PeriodAggregators>();
const RECENT_MAX = 16;

/**
 * The summaries of a period, made once for the periods reported on lately: making them
 * costs about as much as counting a few thousand records, and an app reports on the same
 * few periods over and over (each unit of a province, each month). They hold no state.
 */
export function summariesOf(period: Period): PeriodAggregators {
  const key = `${period.start}/${period.end}`;
  let found = RECENT.get(key);
  if (found === undefined) {
    found = periodAggregators(period);
    if (RECENT.size >= RECENT_MAX) RECENT.delete(RECENT.keys().next().value as string);
    RECENT.set(key, found);
  }
  return found;
}

/** The state of an aggregator. */
type StateOf<A> = A extends Aggregator<never, infer S, unknown> ? S : never;

/** What one pass keeps for one period of a report. */
export type PeriodState = { [K in keyof PeriodAggregators]: StateOf<PeriodAggregators[K]> } & {
  /** Records counted in the period, per collection. */
  counted: Record<ReportCollection, number>;
  /** The ids of the models counted (id → 1). */
  modelIds: Record<string, number>;
  /** The model of each site active on the last day (site id → model id). */
  activeSites: Record<string, string>;
};

/** Zero for every collection. */
export function zeroPerCollection(): Record<ReportCollection, number> {
  const out = {} as Record<ReportCollection, number>;
  for (const c of REPORT_COLLECTIONS) out[c] = 0;
  return out;
}

/** A new, empty state for a period. */
export function initPeriod(aggregators: PeriodAggregators): PeriodState {
  const states: Record<string, unknown> = {};
  for (const key of Object.keys(aggregators) as (keyof PeriodAggregators)[]) {
    states[key] = aggregators[key].init();
  }
  return { ...states, counted: zeroPerCollection(), modelIds: {}, activeSites: {} } as PeriodState;
}

/**
 * Adds a record counted in the period. `child` is the direct child of the report's unit
 * that holds it (`null` for the unit itself), and `children` the child units reported on.
 */
export function addToPeriod<C extends ReportCollection>(
  a: PeriodAggregators,
  s: PeriodState,
  period: Period,
  children: ReadonlySet<string>,
  collection: C,
  record: RecordOf<C>,
  child: string | null,
): void {
  s.counted[collection] += 1;
  const end = period.end;
  switch (collection) {
    case "models": {
      const model = record as SecurityModel;
      a.lifecycle.add(s.lifecycle, { model });
      if (activeAt(model.launchedOn, model.endedOn, end)) {
        a.breakdown.add(s.breakdown, { model });
        for (const partner of model.partners ?? []) a.partners.add(s.partners, partner);
      }
      setOwn(s.modelIds, model.id, 1);
      return;
    }
    case "sites": {
      const site = record as ModelSite;
      a.lifecycle.add(s.lifecycle, { site });
      a.sitesByModel.add(s.sitesByModel, site);
      if (!activeAt(site.launchedOn, site.endedOn, end)) return;
      a.breakdown.add(s.breakdown, { site });
      a.reach.add(s.reach, site);
      setOwn(s.activeSites, site.id, site.modelId);
      if (child !== null && children.has(child)) a.covered.add(s.covered, { site, child });
      return;
    }
    case "reviews":
      a.reviews.add(s.reviews, record as ModelReview);
      return;
    case "recognitions":
      a.recognitions.add(s.recognitions, record as SafetyRecognition);
      return;
    case "teams": {
      const team = record as Team;
      a.teams.add(s.teams, team);
      const active = activeAt(team.foundedOn, team.dissolvedOn, end);
      if (team.modelSiteId !== undefined && active) a.teamsAtSites.add(s.teamsAtSites, team);
      if (active && team.kind === "security-team") {
        // Its own village: a village code, or the village it names in its commune.
        const own = team.unitCode.includes(".")
          ? team.unitCode
          : team.village !== undefined
            ? `${team.unitCode}#${team.village.normalize("NFC").trim().toLowerCase()}`
            : undefined;
        if (own !== undefined) a.securityVillages.add(s.securityVillages, own);
        for (const code of team.servesUnitCodes ?? [])
          a.securityVillages.add(s.securityVillages, code);
      }
      return;
    }
    case "cameras":
      addCamera(a, s, period, record as CameraPoint, facesPublic(record as CameraPoint));
      return;
    case "incidents":
      addIncident(a, s, record as Incident);
      return;
    case "extractions":
      addExtraction(a, s, record as FootageExtraction);
      return;
    case "activities":
      addActivity(a, s, record as Activity);
      return;
    case "contributions":
      a.funding.add(s.funding, { contribution: record as Contribution } as FundingRecord);
      return;
    case "expenses":
      a.funding.add(s.funding, { expense: record as Expense } as FundingRecord);
      return;
    case "forces":
      a.forces.add(s.forces, record as ForceStrength);
      return;
  }
}

// The hot collections are added by hand: what `camerasByModel`, `camerasFacing`,
// `camerasInstalled` and `incidentClasses` would add through their combinators, written
// into the same states with each key and test worked out once per record. Their
// aggregators above still make, merge and finish the states, and stay the definition:
// test/reports/accumulate.test.ts feeds records both ways and compares the states.

const count_ = countIn;
const group_ = groupIn;
const exact_ = exactSum;
const facesPublic = cameraFacesPublic;
const legalClassOf = countedLegalClass;

/** The state of {@link pointsAndLenses}. */
interface PointsAndLenses {
  points: number;
  lenses: number;
}

const newPointsAndLenses = (): PointsAndLenses => ({ points: 0, lenses: 0 });

/** The state of `incidentClasses.byClass`, per legal class. */
interface ClassCounts {
  cases: number;
  clarified: number;
  withCamera: number;
  suspectsWithCamera: number;
}

const newClassCounts = (): ClassCounts => ({
  cases: 0,
  clarified: 0,
  withCamera: 0,
  suspectsWithCamera: 0,
});

const newCounts = (): GroupedState<number> => [];

function tallyPoint(state: PointsAndLenses, lenses: number): void {
  state.points += 1;
  state.lenses = exact_(state.lenses, lenses);
}

/**
 * Adds a camera point counted in the period (not to `counted`). `facing` is
 * `cameraFacesPublic(camera)`, worked out once for both periods.
 */
export function addCamera(
  a: PeriodAggregators,
  s: PeriodState,
  period: Period,
  camera: CameraPoint,
  facing: boolean,
): void {
  // The camera summary checks the lenses (a whole number) before anything else counts them.
  a.camerasAtEnd.add(s.camerasAtEnd, camera);
  const lenses = camera.lenses ?? 1;
  const end = period.end;
  const removedOn = camera.removedOn;
  const installedOn = camera.installedOn;
  // A planned point (no installedOn) is counted by the camera summary only.
  if (installedOn === undefined) return;
  // In place on the last day: `cameraInServiceOn(camera, end)`.
  if (installedOn <= end && (removedOn == null || removedOn >= end)) {
    const modelId = camera.modelId;
    if (modelId !== undefined) {
      tallyPoint(
        group_(s.camerasByModel as GroupedState<PointsAndLenses>, modelId, newPointsAndLenses),
        lenses,
      );
    }
    if (facing) tallyPoint(s.camerasFacing as PointsAndLenses, lenses);
  }
  if (installedOn >= period.start) tallyPoint(s.camerasInstalled as PointsAndLenses, lenses);
}

/** Adds an extraction counted in the period (not to `counted`). */
export function addExtraction(
  a: PeriodAggregators,
  s: PeriodState,
  extraction: FootageExtraction,
): void {
  a.extractions.add(s.extractions, extraction);
}

/** Adds an activity counted in the period (not to `counted`). */
export function addActivity(a: PeriodAggregators, s: PeriodState, activity: Activity): void {
  a.activities.add(s.activities, activity);
}

/** The state of `incidentClasses`. */
interface ClassesState {
  all: GroupedState<GroupedState<number>>;
  byClass: GroupedState<ClassCounts>;
  suspects: GroupedState<number>;
  withCamera: GroupedState<GroupedState<number>>;
}

/**
 * Where a category's groups were found in a period's `incidentClasses` state (the position
 * of its key in `all`, `suspects` and `withCamera`, -1 when not yet there), and the legal
 * class its incidents without one are counted under: looked up once per category, not
 * scanned for once per incident.
 */
interface CategorySlots {
  all: number;
  suspects: number;
  withCamera: number;
  readonly legalClass: string;
}

/**
 * The slots of a state's categories, kept on the state under a symbol: JSON, structured
 * clone and `Object.keys` ignore it, and a state read back from JSON starts without one.
 * A position is a hint, checked against the key there before it is used.
 */
const SLOTS = Symbol("antt.incidentClassSlots");

function slotsOf(classes: ClassesState): Map<string, CategorySlots> {
  const held = (classes as ClassesState & { [SLOTS]?: Map<string, CategorySlots> })[SLOTS];
  if (held !== undefined) return held;
  const made = new Map<string, CategorySlots>();
  Object.defineProperty(classes, SLOTS, { value: made, enumerable: false, writable: false });
  return made;
}

/** The position of `key` in a grouped state, `hint` when it holds it, its group made when new. */
function positionOf<S>(groups: GroupedState<S>, key: string, hint: number, init: () => S): number {
  if (hint >= 0 && groups[hint] === key) return hint;
  const found = findGroup(groups, key);
  if (found >= 0) return found;
  const at = groups.length;
  insertGroup(groups, key, init());
  return at;
}

const zero = (): number => 0;

/** Adds an incident counted in the period (not to `counted`). */
export function addIncident(a: PeriodAggregators, s: PeriodState, incident: Incident): void {
  a.incidents.add(s.incidents, incident);
  const classes = s.incidentClasses as unknown as ClassesState;
  const category = categoryOf(incident);
  const slotsByCategory = slotsOf(classes);
  let slots = slotsByCategory.get(category);
  if (slots === undefined) {
    slots = { all: -1, suspects: -1, withCamera: -1, legalClass: legalClassOf({ category }) };
    slotsByCategory.set(category, slots);
  }
  // `countedLegalClass`: its own class, else its category's.
  const own: string | null | undefined = incident.legalClass;
  const legalClass = own != null && own !== "" ? own : slots.legalClass;
  const suspects = suspectsOf(incident);
  const camera = withCamera(incident);
  const all = classes.all;
  const at = positionOf(all, category, slots.all, newCounts);
  slots.all = at;
  count_(all[at + 1] as GroupedState<number>, legalClass);
  const byClass = group_(classes.byClass, legalClass, newClassCounts);
  byClass.cases += 1;
  if (incident.clarified != null) byClass.clarified += 1;
  if (camera) {
    byClass.withCamera += 1;
    byClass.suspectsWithCamera = exact_(byClass.suspectsWithCamera, suspects);
  }
  const bySuspects = classes.suspects;
  const j = positionOf(bySuspects, category, slots.suspects, zero);
  slots.suspects = j;
  bySuspects[j + 1] = exact_(bySuspects[j + 1] as number, suspects);
  if (camera) {
    const cameraAll = classes.withCamera;
    const k = positionOf(cameraAll, category, slots.withCamera, newCounts);
    slots.withCamera = k;
    count_(cameraAll[k + 1] as GroupedState<number>, legalClass);
  }
}

/** Merges period `b` into `a`; `b` is not changed. */
export function mergePeriods(a: PeriodAggregators, into: PeriodState, b: PeriodState): PeriodState {
  for (const key of Object.keys(a) as (keyof PeriodAggregators)[]) {
    const aggregator = a[key] as Aggregator<never, unknown, unknown>;
    (into as Record<string, unknown>)[key] = aggregator.merge(
      (into as Record<string, unknown>)[key],
      (b as Record<string, unknown>)[key],
    );
  }
  for (const c of REPORT_COLLECTIONS) into.counted[c] += b.counted[c];
  for (const id of Object.keys(b.modelIds)) setOwn(into.modelIds, id, 1);
  for (const id of Object.keys(b.activeSites)) {
    if (!Object.hasOwn(into.activeSites, id)) {
      setOwn(into.activeSites, id, b.activeSites[id] as string);
    }
  }
  return into;
}
