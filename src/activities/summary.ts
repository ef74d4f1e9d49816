import { finishGroups } from "../aggregate/groups.js";
import {
  type Aggregator,
  aggregate,
  count,
  countBy,
  filtered,
  type GroupedState,
  type Groups,
  mapOutput,
  type Rate,
  type RateState,
  rate,
  type Source,
  struct,
  sum,
} from "../aggregate/index.js";
import { checkPeriod, named, sumIn } from "../aggregate/summaries.js";
import { type Period, periodContains } from "../core/period.js";
import { whole } from "../core/record-fields.js";
import { activityDateOf } from "./dates.js";
import type {
  ActivityKind,
  AwardForm,
  AwardLevel,
  DisputeKind,
  DrillLevel,
  DrillScenarioScale,
  DrillTopic,
  MediationOutcome,
  OutreachChannel,
  OutreachTopic,
  TipChannel,
  TipKind,
} from "./labels.js";
import type { Activity } from "./schema.js";

/**
 * Options of {@link activitySummary} and {@link summarizeActivities}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type ActivitySummaryOptions } from "antt";
 * const options: ActivitySummaryOptions = { period: parsePeriod("2024-H1") };
 * ```
 */
export interface ActivitySummaryOptions {
  /**
   * The reporting period: activities whose day (`activityDateOf`, in Vietnam time) is in
   * it are summarised; the others are only counted in `outsidePeriod`. Without it, all
   * are summarised.
   */
  readonly period?: Period | undefined;
}

/**
 * The figures of patrols (tuần tra) or of ambushes (mật phục) in an
 * {@link ActivitySummary}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { WatchCounts } from "antt";
 * const patrols: WatchCounts = {
 *   count: 120, directedByCamera: 35, participants: 610, incidentsFound: 14, suspectsApprehended: 9,
 *   subjectsByCategory: { drugs: 8, gambling: 4 },
 * };
 * ```
 */
export interface WatchCounts {
  /** Number of patrols or ambushes (lượt). */
  readonly count: number;
  /** Of them, directed by security cameras (tuần tra theo camera). */
  readonly directedByCamera: number;
  /** People who took part, added up over the patrols or ambushes (lượt người). */
  readonly participants: number;
  /** Incidents or violations found (0 when not recorded). */
  readonly incidentsFound: number;
  /** Suspects (đối tượng) apprehended (0 when not recorded). */
  readonly suspectsApprehended: number;
  /**
   * People (đối tượng) found or handled, by the category of what they did, added up (the
   * categories no record names are absent).
   */
  readonly subjectsByCategory: Readonly<Record<string, number>>;
}

/**
 * How many drills (diễn tập) or trainings (tập huấn) and how many people took part, in an
 * {@link ActivitySummary}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ExerciseActivityCounts } from "antt";
 * const drills: ExerciseActivityCounts = {
 *   count: 3,
 *   participants: 150,
 *   byLevel: { commune: 2, village: 1 },
 *   byTopic: { fire: 2, disaster: 1 },
 * };
 * ```
 */
export interface ExerciseActivityCounts {
  /** Number of drills or trainings. */
  readonly count: number;
  /** People who took part, added up. */
  readonly participants: number;
  /** By the level that organised them. */
  readonly byLevel: Groups<DrillLevel, number>;
  /** By what they practised: fire and rescue, security and order, natural disasters. */
  readonly byTopic: Groups<DrillTopic, number>;
}

/**
 * How many drills (diễn tập) and how many people took part, in an {@link ActivitySummary}:
 * the counts of every exercise, and the drills by the scale of their scenario.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { DrillActivityCounts } from "antt";
 * const drills: DrillActivityCounts = {
 *   count: 3,
 *   participants: 150,
 *   byLevel: { commune: 2, village: 1 },
 *   byTopic: { fire: 2, disaster: 1 },
 *   byScenarioScale: { "residential-cluster": 2, commune: 1 },
 * };
 * ```
 */
export interface DrillActivityCounts extends ExerciseActivityCounts {
  /**
   * By the scale of their scenario (`scenarioScale`: a household, a cluster of households,
   * a residential area, the commune, ...), drills without it under `unassigned`.
   */
  readonly byScenarioScale: Groups<DrillScenarioScale, number>;
}

/**
 * The figures of the movement's activities that a locality reports: patrols and ambushes
 * (and those directed by cameras), tips from the public, mediations and their success
 * rate, outreach sessions, drills, trainings and awards.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeActivities, type ActivitySummary } from "antt";
 * const summary: ActivitySummary = summarizeActivities([]);
 * summary.mediations.success; // { numerator: 0, denominator: 0, ratio: null }
 * ```
 */
export interface ActivitySummary {
  /** Activities in the period (all of them without a period). */
  readonly total: number;
  /** Activities outside the period (0 without a period); `total + outsidePeriod` is the input count. */
  readonly outsidePeriod: number;
  /** Activities in the period by kind. */
  readonly byKind: Groups<ActivityKind, number>;
  /** People who took part in patrols, ambushes, drills and trainings, added up (lượt người). */
  readonly participants: number;
  /** Patrols (tuần tra). */
  readonly patrols: WatchCounts;
  /** Ambushes and stake-outs (mật phục). */
  readonly ambushes: WatchCounts;
  /** Tips from the public (nguồn tin: tố giác, tin báo, kiến nghị). */
  readonly tips: {
    /** Number of tips received. */
    readonly count: number;
    /** By kind: denunciation, report, petition. */
    readonly byKind: Groups<TipKind, number>;
    /** By the channel they came in by. */
    readonly byChannel: Groups<TipChannel, number>;
    /** By incident category code; tips without one under `unassigned`. */
    readonly byCategory: Groups<string, number>;
    /** Tips checked and found true (`verified: true`). */
    readonly verified: number;
    /** Tips that led to an incident (`ledToIncidentId`). */
    readonly ledToIncident: number;
  };
  /** Mediations of disputes (hòa giải). */
  readonly mediations: {
    /** Number of mediations. */
    readonly count: number;
    /** By outcome: succeeded (hòa giải thành), failed (không thành), pending. */
    readonly byOutcome: Groups<MediationOutcome, number>;
    /** By what the dispute is about. */
    readonly byDisputeKind: Groups<DisputeKind, number>;
    /**
     * The success rate (tỷ lệ hòa giải thành): succeeded over concluded mediations
     * (succeeded + failed). Pending ones are in neither; their outcome is not known yet.
     */
    readonly success: Rate;
  };
  /** Outreach sessions (tuyên truyền). */
  readonly outreach: {
    /** Number of sessions. */
    readonly sessions: number;
    /** People reached, added up (lượt người). */
    readonly audience: number;
    /** By topic. */
    readonly byTopic: Groups<OutreachTopic, number>;
    /** By channel (meeting, loudspeaker, social media, ...). */
    readonly byChannel: Groups<OutreachChannel, number>;
  };
  /** Drills (diễn tập), and by the scale of their scenario. */
  readonly drills: DrillActivityCounts;
  /** Trainings (tập huấn). */
  readonly trainings: ExerciseActivityCounts;
  /** Awards (khen thưởng). */
  readonly awards: {
    /** Number of awards. */
    readonly count: number;
    /** By the level that granted them. */
    readonly byLevel: Groups<AwardLevel, number>;
    /** By form: certificate (giấy khen), merit (bằng khen), cash, other. */
    readonly byForm: Groups<AwardForm, number>;
    /** The cash of all awards (`amountVnd`), in exact đồng. */
    readonly cashTotal: number;
  };
}

/**
 * The state of a {@link WatchCounts}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { WatchState } from "antt";
 * const state: WatchState = {
 *   count: 1, directedByCamera: 1, participants: 6, incidentsFound: 0, suspectsApprehended: 0,
 *   subjectsByCategory: ["drugs", 2],
 * };
 * ```
 */
export interface WatchState {
  /** Patrols or ambushes so far. */
  count: number;
  /** Of them, directed by cameras. */
  directedByCamera: number;
  /** People so far. */
  participants: number;
  /** Incidents found so far. */
  incidentsFound: number;
  /** Suspects apprehended so far. */
  suspectsApprehended: number;
  /** People found or handled so far, by category: `[category, count, …]`. */
  subjectsByCategory: GroupedState<number>;
}

/**
 * The state of an {@link ExerciseActivityCounts}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { activitySummary, aggregateState, type ExerciseActivityState } from "antt";
 * const drills: ExerciseActivityState = aggregateState(activitySummary(), []).inPeriod.drills;
 * drills.count; // 0
 * ```
 */
export interface ExerciseActivityState {
  /** Drills or trainings so far. */
  count: number;
  /** People so far. */
  participants: number;
  /** By level. */
  byLevel: GroupedState<number>;
  /** By topic. */
  byTopic: GroupedState<number>;
}

/**
 * The state of a {@link DrillActivityCounts}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { activitySummary, aggregateState, type DrillActivityState } from "antt";
 * const drills: DrillActivityState = aggregateState(activitySummary(), []).inPeriod.drills;
 * drills.byScenarioScale; // []
 * ```
 */
export interface DrillActivityState extends ExerciseActivityState {
  /** By the scale of the scenario. */
  byScenarioScale: GroupedState<number>;
}

/**
 * The mergeable JSON state of {@link activitySummary}. Read it through the aggregator
 * (`finish`); its layout may change between versions.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { activitySummary, aggregateState, type ActivitySummaryState } from "antt";
 * const state: ActivitySummaryState = aggregateState(activitySummary(), []);
 * JSON.stringify(state); // plain JSON
 * ```
 */
export interface ActivitySummaryState {
  /** All activities, in the period or not. */
  all: number;
  /** Counters of the activities in the period. */
  inPeriod: {
    total: number;
    /** The people of patrols, ambushes, drills and trainings. */
    participants: number;
    byKind: GroupedState<number>;
    patrols: WatchState;
    ambushes: WatchState;
    tips: {
      count: number;
      byKind: GroupedState<number>;
      byChannel: GroupedState<number>;
      byCategory: GroupedState<number>;
      verified: number;
      ledToIncident: number;
    };
    mediations: {
      count: number;
      byOutcome: GroupedState<number>;
      byDisputeKind: GroupedState<number>;
      success: RateState;
    };
    outreach: {
      sessions: number;
      audience: number;
      byTopic: GroupedState<number>;
      byChannel: GroupedState<number>;
    };
    drills: DrillActivityState;
    trainings: ExerciseActivityState;
    awards: {
      count: number;
      byLevel: GroupedState<number>;
      byForm: GroupedState<number>;
      cashTotal: number;
    };
  };
}

type Of<K extends ActivityKind> = Extract<Activity, { kind: K }>;

/** {@link whole} for an optional field: absent (`undefined`, `null`) adds nothing. */
function wholeOrAbsent(value: unknown, field: string): number | undefined {
  return value == null ? undefined : whole(value, field);
}
type Watch = Of<"patrol" | "ambush">;
type Exercise = Of<"drill" | "training">;

/** Runs an aggregator of one kind of activity on the activities of that kind. */
function ofKind<K extends ActivityKind, S, O>(
  kind: K,
  aggregator: Aggregator<Of<K>, S, O>,
): Aggregator<Activity, S, O> {
  return filtered((a: Activity) => a.kind === kind, aggregator as Aggregator<Activity, S, O>);
}

function watches(kind: "patrol" | "ambush") {
  return ofKind(
    kind,
    struct({
      count: count(),
      directedByCamera: filtered((a: Watch) => a.directedByCamera, count()),
      participants: sum((a: Watch) => whole(a.participants, "participants")),
      incidentsFound: sum((a: Watch) => wholeOrAbsent(a.incidentsFound, "incidentsFound")),
      suspectsApprehended: sum((a: Watch) =>
        wholeOrAbsent(a.suspectsApprehended, "suspectsApprehended"),
      ),
      subjectsByCategory: subjectsByCategory(),
    }),
  );
}

/** People found or handled, by category, added up over patrols or ambushes. */
function subjectsByCategory(): Aggregator<Watch, GroupedState<number>, Record<string, number>> {
  const add = sumIn;
  return {
    shape: { type: "groups", of: { type: "count" } },
    init: () => [],
    add(state, activity) {
      const subjects = activity.subjectsByCategory;
      if (subjects == null) return state;
      for (const category of Object.keys(subjects)) {
        const n = (subjects as Record<string, number>)[category];
        add(state, category, whole(n, `subjectsByCategory.${category}`));
      }
      return state;
    },
    merge(a, b) {
      for (let j = 0; j < b.length; j += 2) add(a, b[j] as string, b[j + 1] as number);
      return a;
    },
    finish: (state) => finishGroups(state, (n) => n),
  };
}

function exercises(kind: "training") {
  return ofKind(
    kind,
    struct({
      count: count(),
      participants: sum((a: Exercise) => whole(a.participants, "participants")),
      byLevel: countBy((a: Exercise) => a.level),
      byTopic: countBy((a: Exercise) => a.topic),
    }),
  );
}

function participantsOf(activity: Activity): number | undefined {
  switch (activity.kind) {
    case "patrol":
    case "ambush":
    case "drill":
    case "training":
      return whole(activity.participants, "participants");
    default:
      return undefined;
  }
}

function counters() {
  return struct({
    total: count(),
    byKind: countBy((a: Activity) => a.kind),
    participants: sum(participantsOf),
    patrols: watches("patrol"),
    ambushes: watches("ambush"),
    tips: ofKind(
      "tip",
      struct({
        count: count(),
        byKind: countBy((a: Of<"tip">) => a.tipKind),
        byChannel: countBy((a: Of<"tip">) => a.channel),
        byCategory: countBy((a: Of<"tip">) => a.category),
        verified: filtered((a: Of<"tip">) => a.verified === true, count()),
        ledToIncident: filtered((a: Of<"tip">) => a.ledToIncidentId !== undefined, count()),
      }),
    ),
    mediations: ofKind(
      "mediation",
      struct({
        count: count(),
        byOutcome: countBy((a: Of<"mediation">) => a.outcome),
        byDisputeKind: countBy((a: Of<"mediation">) => a.disputeKind),
        success: rate(
          (a: Of<"mediation">) => a.outcome === "succeeded",
          (a: Of<"mediation">) => a.outcome !== "pending",
        ),
      }),
    ),
    outreach: ofKind(
      "outreach",
      struct({
        sessions: count(),
        audience: sum((a: Of<"outreach">) => whole(a.audience, "audience")),
        byTopic: countBy((a: Of<"outreach">) => a.topic),
        byChannel: countBy((a: Of<"outreach">) => a.channel),
      }),
    ),
    drills: ofKind(
      "drill",
      struct({
        count: count(),
        participants: sum((a: Of<"drill">) => whole(a.participants, "participants")),
        byLevel: countBy((a: Of<"drill">) => a.level),
        byTopic: countBy((a: Of<"drill">) => a.topic),
        byScenarioScale: countBy((a: Of<"drill">) => a.scenarioScale),
      }),
    ),
    trainings: exercises("training"),
    awards: ofKind(
      "award",
      struct({
        count: count(),
        byLevel: countBy((a: Of<"award">) => a.level),
        byForm: countBy((a: Of<"award">) => a.form),
        cashTotal: sum((a: Of<"award">) => wholeOrAbsent(a.amountVnd, "amountVnd")),
      }),
    ),
  });
}

/**
 * The aggregator of the activities summary: activities by kind; patrols and ambushes and
 * how many were directed by cameras; tips by kind and channel, verified, leading to an
 * incident; mediations by outcome with the success rate; outreach sessions and their
 * audience; drills, trainings and awards.
 *
 * @description Each activity is placed on its Vietnamese day (`activityDateOf`: a
 * patrol at 23:30 UTC belongs to the next day in Vietnam) and counted once: in the
 * period's figures when that day is in `period`, else in `outsidePeriod`. Sums (people,
 * audience, đồng) are exact integers below 2^53 and throw a `RangeError` beyond. The
 * state is JSON and merges, in any order and split; it is of kind
 * `antt.activities-summary`, version 1: check one read from a file, a worker or a network
 * with `parseState(activitySummary(), text)` before merging it.
 *
 * Records are not validated: a number the summary adds (`participants`, `audience`,
 * `amountVnd`, ...) that is not a whole number ≥ 0 (`"6"`, `-1`) throws rather than become
 * a wrong figure, and so does a date that is not a date when a `period` is given;
 * `aggregate` and {@link summarizeActivities} report it as a `RecordError` naming the
 * record.
 *
 * @param options - `period` (see {@link ActivitySummaryOptions})
 * @returns an aggregator from activities to an {@link ActivitySummary}
 * @throws (when records are added) a TypeError for a number that is not a number ≥ 0, a
 *   RangeError for a fraction, a sum beyond 2^53 or a date that is not a date
 * @throws RangeError when `period` is not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { activitySummary, aggregate, type Activity } from "antt";
 * const activities: Activity[] = [
 *   { kind: "patrol", id: "a-1", unitCode: "15532", startedAt: "2024-03-07T21:00:00+07:00", participants: 6, directedByCamera: true },
 *   { kind: "mediation", id: "a-2", unitCode: "15532", date: "2024-05-12", disputeKind: "land", outcome: "succeeded", parties: 2 },
 *   { kind: "mediation", id: "a-3", unitCode: "15532", date: "2024-05-20", disputeKind: "debt", outcome: "pending", parties: 2 },
 * ];
 * const summary = aggregate(activitySummary(), activities);
 * summary.patrols.directedByCamera; // 1
 * summary.mediations.success;       // { numerator: 1, denominator: 1, ratio: 1 }
 * ```
 */
export function activitySummary(
  options: ActivitySummaryOptions = {},
): Aggregator<Activity, ActivitySummaryState, ActivitySummary> {
  checkPeriod(options.period);
  const { period } = options;
  const inPeriod =
    period === undefined ? () => true : (a: Activity) => periodContains(period, activityDateOf(a));
  const built = struct({ all: count(), inPeriod: filtered(inPeriod, counters()) });
  const summary = mapOutput(built, ({ all, inPeriod: out }) => ({
    total: out.total,
    outsidePeriod: all - out.total,
    byKind: out.byKind,
    participants: out.participants,
    patrols: out.patrols,
    ambushes: out.ambushes,
    tips: out.tips,
    mediations: out.mediations,
    outreach: out.outreach,
    drills: out.drills,
    trainings: out.trainings,
    awards: out.awards,
  }));
  return named("antt.activities-summary", summary);
}

/**
 * Summarises the movement's activities the way a locality reports them: patrols and
 * ambushes (and those directed by cameras), tips from the public, mediations and their
 * success rate, outreach sessions, drills, trainings and awards.
 *
 * @description A convenience over {@link activitySummary}, in one pass: over an array or
 * an iterable it returns the summary, over an async iterable a promise of it.
 *
 * @param activities - the activities: an array, an iterable or an async iterable
 * @param options - `period` (see {@link ActivitySummaryOptions})
 * @returns the {@link ActivitySummary} (a promise of it for an async source)
 * @throws TypeError when `activities` is not iterable; RecordError (with the record's
 *   index and id) for a record the summary cannot count (see {@link activitySummary})
 * @throws RangeError when `period` is not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, summarizeActivities, type Activity } from "antt";
 * const activities: Activity[] = [
 *   { kind: "patrol", id: "a-1", unitCode: "15532", startedAt: "2024-06-30T17:30:00Z", participants: 5, directedByCamera: false },
 *   { kind: "outreach", id: "a-2", unitCode: "15532", date: "2024-06-20", audience: 120, topic: "fraud", channel: "meeting" },
 *   { kind: "award", id: "a-3", unitCode: "15532", date: "2024-08-19", recipientKind: "team", recipientName: "Tổ tự quản thôn 3", level: "district", form: "cash", amountVnd: 1_000_000 },
 * ];
 * const summary = summarizeActivities(activities, { period: parsePeriod("2024-H1") });
 * summary.total;          // 1: the outreach session (the patrol is on 1 July in Vietnam)
 * summary.outsidePeriod;  // 2
 * ```
 */
export function summarizeActivities(
  activities: Iterable<Activity>,
  options?: ActivitySummaryOptions,
): ActivitySummary;
export function summarizeActivities(
  activities: AsyncIterable<Activity>,
  options?: ActivitySummaryOptions,
): Promise<ActivitySummary>;
export function summarizeActivities(
  activities: Source<Activity>,
  options?: ActivitySummaryOptions,
): ActivitySummary | Promise<ActivitySummary>;
export function summarizeActivities(
  activities: Source<Activity>,
  options: ActivitySummaryOptions = {},
): ActivitySummary | Promise<ActivitySummary> {
  return aggregate(activitySummary(options), activities);
}
