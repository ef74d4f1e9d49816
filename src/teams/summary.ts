import { setOwn } from "../aggregate/dict.js";
import {
  type Aggregator,
  aggregate,
  countBy,
  filtered,
  type GroupedState,
  type Groups,
  mapOutput,
  type Rate,
  type RateState,
  type Source,
  type StateShape,
  struct,
  sum,
  UNASSIGNED,
} from "../aggregate/index.js";
import {
  COUNT_SHAPE,
  checkAsOf,
  checkPeriod,
  mergeByShape,
  mergeCounts,
  named,
  rateOf,
} from "../aggregate/summaries.js";
import type { CalendarDate } from "../core/calendar.js";
import type { DrillScenarioScale } from "../core/drills.js";
import { type Period, periodContains } from "../core/period.js";
import { notWhole, whole } from "../core/record-fields.js";
import type { TeamEquipmentKind, TeamKind, TeamTrainingKind } from "./labels.js";
import type { Team, TeamMemberCounts } from "./schema.js";

/**
 * Options of {@link teamSummary} and {@link summarizeTeams}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { parsePeriod, type TeamSummaryOptions } from "antt";
 * const options: TeamSummaryOptions = { asOf: "2024-12-31", period: parsePeriod("2024") };
 * ```
 */
export interface TeamSummaryOptions {
  /**
   * The day the roster is taken on: a team founded after it is not yet a team, one
   * dissolved on or before it is dissolved. Without it, a team is dissolved when it has
   * `dissolvedOn`, and every team is founded.
   */
  readonly asOf?: CalendarDate | undefined;
  /**
   * The period of the trainings and drills counted in `exercises`; those held on other
   * days are counted in `exercises.outsidePeriod`. Without it, all are counted.
   */
  readonly period?: Period | undefined;
}

/**
 * How many trainings (tập huấn) or drills (diễn tập) were held and how many people took
 * part in them.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ExerciseCounts } from "antt";
 * const trainings: ExerciseCounts = { held: 16, participants: 480, recordedAsActivity: 0 };
 * ```
 */
export interface ExerciseCounts {
  /**
   * Number of the teams' own trainings or drills (without `activityId`), per team: one
   * listed on 3 teams counts 3, so one that several teams share is best recorded as an
   * activity that each team names.
   */
  readonly held: number;
  /** Sum of their `participants`. */
  readonly participants: number;
  /**
   * Entries that name the activity recording them (`activityId`): the teams took part,
   * and the drill or training itself is counted once, among the activities, not here.
   */
  readonly recordedAsActivity: number;
}

/**
 * The teams' own drills (diễn tập): how many, how many people took part, and by the scale
 * of their scenario.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { TeamDrillCounts } from "antt";
 * const drills: TeamDrillCounts = {
 *   held: 16,
 *   participants: 480,
 *   recordedAsActivity: 2,
 *   byScenarioScale: { "residential-cluster": 12, unassigned: 4 },
 * };
 * ```
 */
export interface TeamDrillCounts extends ExerciseCounts {
  /**
   * The drills counted in `held` by the scale of their scenario (`scenarioScale`), those
   * without it under `unassigned`.
   */
  readonly byScenarioScale: Groups<DrillScenarioScale, number>;
}

/**
 * The figures of self-governing teams (tổ tự quản, tổ liên gia, tổ bảo vệ ANTT, ...) that
 * a locality reports.
 *
 * @description The roster figures (`byKind`, `households`, `members`, `equipment`)
 * describe the active teams: every team record is either active, dissolved or not yet
 * founded as of the `asOf` day, exactly one of them. The `exercises` are those of every
 * team record, within the period when one is given.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeTeams, type TeamSummary } from "antt";
 * const summary: TeamSummary = summarizeTeams([]);
 * summary.members.trained; // { numerator: 0, denominator: 0, ratio: null }
 * ```
 */
export interface TeamSummary {
  /** Number of team records: `active + dissolved.total + notYetFounded`. */
  readonly total: number;
  /** Teams founded by the `asOf` day and not dissolved by it. */
  readonly active: number;
  /** Teams dissolved (giải thể) on or before the `asOf` day, by kind. */
  readonly dissolved: { readonly total: number; readonly byKind: Groups<TeamKind, number> };
  /** Teams founded after the `asOf` day (always 0 without `asOf`). */
  readonly notYetFounded: number;
  /** Active teams by kind. */
  readonly byKind: Groups<TeamKind, number>;
  /** Member households (hộ tham gia) of the active teams. */
  readonly households: {
    /** Households of the teams that give their number. */
    readonly total: number;
    /** Households per team: `total` over the teams that give their number. */
    readonly perTeam: Rate;
    /** Active teams that give no number of households. */
    readonly notReported: number;
  };
  /** People of the active teams (tổ trưởng, tổ phó, tổ viên). */
  readonly members: {
    /** People of the teams that give them by role. */
    readonly total: number;
    /** By role, from `memberCounts`, or counted from the `members` list without it. */
    readonly byRole: TeamMemberCounts;
    /** People per team: `total` over the teams that give them. */
    readonly perTeam: Rate;
    /** Active teams that give neither `memberCounts` nor a `members` list. */
    readonly notReported: number;
    /**
     * The share of people trained: the people of `members` lists with a `trainedOn`
     * (on or before `asOf` when given), and the `trainedCount` of teams that do not list
     * their members, over all people of those lists and those teams' `memberCounts`.
     * Teams that give neither are in neither, because for them it is not known.
     */
    readonly trained: Rate;
  };
  /** Equipment of the active teams: how many items of each kind (all `other` items together). */
  readonly equipment: Groups<TeamEquipmentKind, number>;
  /** Trainings and drills the teams took part in (of all team records). */
  readonly exercises: {
    /** Trainings (tập huấn) held in the period. */
    readonly training: ExerciseCounts;
    /** Drills (diễn tập) held in the period. */
    readonly drill: TeamDrillCounts;
    /** Trainings and drills held outside the period (0 without a period). */
    readonly outsidePeriod: number;
  };
}

/**
 * The mergeable JSON state of {@link teamSummary}. Read it through the aggregator
 * (`finish`); its layout may change between versions.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, teamSummary, type TeamSummaryState } from "antt";
 * const state: TeamSummaryState = aggregateState(teamSummary(), []);
 * JSON.stringify(state); // plain JSON
 * ```
 */
export interface TeamSummaryState {
  /** Team records by roster status as of the day: active, dissolved, not-yet-founded. */
  byStatus: GroupedState<number>;
  /** Active teams by kind. */
  byKind: GroupedState<number>;
  /** Dissolved teams by kind. */
  dissolvedByKind: GroupedState<number>;
  /** Households of active teams (numerator) and teams giving them (denominator). */
  households: RateState;
  /** People of active teams (numerator) and teams giving them (denominator). */
  members: RateState;
  /** People of active teams by role. */
  byRole: { leader: number; deputy: number; member: number };
  /** Trained people (numerator) among the people of `members` lists (denominator). */
  trained: RateState;
  /** Items of equipment of active teams, by kind. */
  equipment: { [kind: string]: number };
  /** Trainings and drills: held and participants in the period, and outside it. */
  exercises: {
    trainingHeld: number;
    trainingParticipants: number;
    drillHeld: number;
    drillParticipants: number;
    trainingRecordedAsActivity: number;
    drillRecordedAsActivity: number;
    drillByScenarioScale: { [scale: string]: number };
    outsidePeriod: number;
  };
}

type RosterStatus = "active" | "dissolved" | "not-yet-founded";

/** Whether a value the summary adds is a whole number ≥ 0. */
function isWhole(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function rosterStatus(team: Team, asOf: CalendarDate | undefined): RosterStatus {
  if (asOf === undefined) return team.dissolvedOn === undefined ? "active" : "dissolved";
  if (team.dissolvedOn !== undefined && team.dissolvedOn <= asOf) return "dissolved";
  return team.foundedOn <= asOf ? "active" : "not-yet-founded";
}

/** The people of a team by role, or `undefined` when it gives neither counts nor a list. */
function rolesOf(team: Team): TeamMemberCounts | undefined {
  const counts = team.memberCounts;
  if (counts) {
    whole(counts.leader, "memberCounts.leader");
    whole(counts.deputy, "memberCounts.deputy");
    whole(counts.member, "memberCounts.member");
    return counts;
  }
  if (!team.members) return undefined;
  const roles = { leader: 0, deputy: 0, member: 0 };
  for (const person of team.members) roles[person.role] += 1;
  return roles;
}

function householdsOf(team: Team): number | undefined {
  const count = team.householdCount;
  return count == null ? team.households?.length : whole(count, "householdCount");
}

function exceeds(value: number): RangeError {
  return new RangeError(
    `The sum ${value} is not a safe integer: sums are exact only below 2^53 (Tổng vượt quá giới hạn số nguyên an toàn)`,
  );
}

/** `a + b`, a sum that must stay exact. */
function sumExactly(a: number, b: number): number {
  const next = a + b;
  if (!Number.isSafeInteger(next)) throw exceeds(next);
  return next;
}

// The numerator is a sum (households, people), so it may exceed the denominator.
const SUM_PER_TEAM_SHAPE: StateShape = {
  type: "fields",
  fields: { numerator: COUNT_SHAPE, denominator: COUNT_SHAPE },
};

/** A per-team sum that is a ratio over the teams giving it: the numerator is a sum. */
function sumPerTeam(value: (team: Team) => number | undefined): Aggregator<Team, RateState, Rate> {
  return {
    shape: SUM_PER_TEAM_SHAPE,
    init: () => ({ numerator: 0, denominator: 0 }),
    add(state, team) {
      const v = value(team);
      if (v === undefined) return state;
      const next = state.numerator + v;
      if (!Number.isSafeInteger(next)) throw exceeds(next);
      state.numerator = next;
      state.denominator += 1;
      return state;
    },
    merge: mergeByShape<RateState>(SUM_PER_TEAM_SHAPE, { numerator: sumExactly }),
    finish: ({ numerator, denominator }) => rateOf(numerator, denominator),
  };
}

/**
 * Adds up numbers by key over the entries of a team (items of equipment by kind, drills by
 * scale): the engine's `sum` takes one value per record.
 */
function dictCounter<K extends string>(
  entries: (team: Team) => Iterable<[key: string, n: number]>,
): Aggregator<Team, { [key: string]: number }, Groups<K, number>> {
  const addTo = (state: { [kind: string]: number }, kind: string, n: number) => {
    const next = (Object.hasOwn(state, kind) ? (state[kind] as number) : 0) + n;
    if (!Number.isSafeInteger(next)) throw exceeds(next);
    setOwn(state, kind, next); // a kind from data may be "__proto__"
  };
  return {
    shape: { type: "dict", of: COUNT_SHAPE },
    init: () => ({}),
    add(state, team) {
      for (const [key, n] of entries(team)) addTo(state, key, n);
      return state;
    },
    merge(a, b) {
      mergeCounts(a, b, addTo);
      return a;
    },
    finish(state) {
      const out: { [kind: string]: number } = {};
      for (const kind of Object.keys(state).sort()) setOwn(out, kind, state[kind] as number);
      return out as Groups<K, number>;
    },
  };
}

function* equipmentOf(team: Team): Iterable<[string, number]> {
  const equipment = team.equipment;
  if (!equipment) return;
  for (const item of equipment) {
    const n = item.count;
    if (!isWhole(n)) throw notWhole(`equipment[${equipment.indexOf(item)}].count`, n);
    yield [item.kind, n];
  }
}

function build(options: TeamSummaryOptions) {
  const { asOf, period } = options;
  const isActive = (team: Team) => rosterStatus(team, asOf) === "active";
  const inPeriod = (heldOn: string) => period === undefined || periodContains(period, heldOn);
  // A training or drill that names its activity is counted as that activity, not here.
  const exercises =
    (kind: TeamTrainingKind, what: "held" | "participants" | "linked") => (team: Team) => {
      let n = 0;
      const trainings = team.trainings;
      if (trainings) {
        for (const training of trainings) {
          if (training.kind === kind && inPeriod(training.heldOn)) {
            if ((training.activityId !== undefined) !== (what === "linked")) continue;
            if (what !== "participants") n += 1;
            else {
              const people = training.participants;
              if (!isWhole(people)) {
                throw notWhole(`trainings[${trainings.indexOf(training)}].participants`, people);
              }
              n += people;
            }
          }
        }
      }
      return n;
    };
  function* ownDrillScales(team: Team): Iterable<[string, number]> {
    for (const training of team.trainings ?? []) {
      if (
        training.kind === "drill" &&
        training.activityId === undefined &&
        inPeriod(training.heldOn)
      ) {
        yield [training.scenarioScale ?? UNASSIGNED, 1];
      }
    }
  }
  const trainedOn = (day: string | undefined) =>
    day !== undefined && (asOf === undefined || day <= asOf);
  return struct({
    byStatus: countBy((team: Team) => rosterStatus(team, asOf)),
    byKind: filtered(
      isActive,
      countBy((team: Team) => team.kind),
    ),
    dissolvedByKind: filtered(
      (team: Team) => rosterStatus(team, asOf) === "dissolved",
      countBy((team: Team) => team.kind),
    ),
    households: filtered(isActive, sumPerTeam(householdsOf)),
    members: filtered(
      isActive,
      sumPerTeam((team) => {
        const roles = rolesOf(team);
        return roles && roles.leader + roles.deputy + roles.member;
      }),
    ),
    byRole: filtered(
      isActive,
      struct({
        leader: sum((team: Team) => rolesOf(team)?.leader),
        deputy: sum((team: Team) => rolesOf(team)?.deputy),
        member: sum((team: Team) => rolesOf(team)?.member),
      }),
    ),
    trained: filtered(
      isActive,
      struct({
        numerator: sum((team: Team) =>
          team.members
            ? team.members.reduce((n, person) => n + (trainedOn(person.trainedOn) ? 1 : 0), 0)
            : team.trainedCount,
        ),
        denominator: sum((team: Team) => {
          if (team.members) return team.members.length;
          const roles = team.trainedCount === undefined ? undefined : team.memberCounts;
          return roles && roles.leader + roles.deputy + roles.member;
        }),
      }),
    ),
    equipment: filtered(isActive, dictCounter<TeamEquipmentKind>(equipmentOf)),
    exercises: struct({
      trainingHeld: sum(exercises("training", "held")),
      trainingParticipants: sum(exercises("training", "participants")),
      drillHeld: sum(exercises("drill", "held")),
      drillParticipants: sum(exercises("drill", "participants")),
      trainingRecordedAsActivity: sum(exercises("training", "linked")),
      drillRecordedAsActivity: sum(exercises("drill", "linked")),
      drillByScenarioScale: dictCounter<DrillScenarioScale>(ownDrillScales),
      outsidePeriod: sum(
        (team: Team) => team.trainings?.filter((t) => !inPeriod(t.heldOn)).length ?? 0,
      ),
    }),
  });
}

/**
 * The aggregator of the teams summary (tổ tự quản, tổ liên gia an toàn PCCC, tổ bảo vệ
 * ANTT, ...): teams by kind, member households, people by role, equipment, trainings and
 * drills, and the share of people trained.
 *
 * @description A training or drill that names the activity recording it (`activityId`)
 * is counted once, as that activity (by the activities summary), and here only in
 * `recordedAsActivity`; `held`, `participants` and the drills by scenario scale are the
 * teams' own. Each team record is counted once, as active, dissolved (giải thể) or not
 * yet founded as of `asOf` (see {@link TeamSummaryOptions}); the roster figures are those
 * of the active teams. Counts are the figures (`householdCount`, `memberCounts`); a
 * `members` list is counted by role only when a team gives no `memberCounts`. The share
 * of people trained is defined in {@link TeamSummary}. Sums are exact integers below
 * 2^53 and throw a `RangeError` beyond. The state is JSON and merges, in any order and
 * split; it is of kind `antt.teams-summary`, version 1: check one read from a file, a
 * worker or a network with `parseState(teamSummary(), text)` before merging it.
 *
 * Records are not validated: a number the summary adds (`householdCount`,
 * `memberCounts`, an equipment `count`, a training's `participants`) that is not a whole
 * number ≥ 0 (`"7"`, `-1`) throws rather than become a wrong figure, and so does a
 * training day that is not a date when a `period` is given; `aggregate` and
 * {@link summarizeTeams} report it as a `RecordError` naming the record.
 *
 * @param options - `asOf` and `period` (see {@link TeamSummaryOptions})
 * @returns an aggregator from teams to a {@link TeamSummary}
 * @throws (when records are added) a TypeError for a number that is not a number ≥ 0, a
 *   RangeError for a fraction, a sum beyond 2^53 or a training day that is not a date
 * @throws RangeError when `asOf` is not a calendar date or `period` not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byUnit, groupBy, teamSummary, type Team } from "antt";
 * const teams: Team[] = [
 *   { id: "lg-1", kind: "fire-safety-group", name: "Liên gia PCCC kiệt 12", unitCode: "20335.khoi-2", householdCount: 7, foundedOn: "2023-05-10" },
 *   { id: "lg-2", kind: "fire-safety-group", name: "Liên gia PCCC kiệt 14", unitCode: "20338", householdCount: 6, foundedOn: "2023-06-01" },
 * ];
 * aggregate(teamSummary(), teams).households.total; // 13
 * const perUnit = aggregate(groupBy(byUnit((t: Team) => t.unitCode), teamSummary()), teams);
 * perUnit["20338"]?.households.total; // 6
 * ```
 */
export function teamSummary(
  options: TeamSummaryOptions = {},
): Aggregator<Team, TeamSummaryState, TeamSummary> {
  checkAsOf(options.asOf);
  checkPeriod(options.period);
  const summary = mapOutput(build(options), (out) => ({
    total:
      (out.byStatus.active ?? 0) +
      (out.byStatus.dissolved ?? 0) +
      (out.byStatus["not-yet-founded"] ?? 0),
    active: out.byStatus.active ?? 0,
    dissolved: { total: out.byStatus.dissolved ?? 0, byKind: out.dissolvedByKind },
    notYetFounded: out.byStatus["not-yet-founded"] ?? 0,
    byKind: out.byKind,
    households: {
      total: out.households.numerator,
      perTeam: out.households,
      notReported: (out.byStatus.active ?? 0) - out.households.denominator,
    },
    members: {
      total: out.members.numerator,
      byRole: out.byRole,
      perTeam: out.members,
      notReported: (out.byStatus.active ?? 0) - out.members.denominator,
      trained: rateOf(out.trained.numerator, out.trained.denominator),
    },
    equipment: out.equipment,
    exercises: {
      training: {
        held: out.exercises.trainingHeld,
        participants: out.exercises.trainingParticipants,
        recordedAsActivity: out.exercises.trainingRecordedAsActivity,
      },
      drill: {
        held: out.exercises.drillHeld,
        participants: out.exercises.drillParticipants,
        recordedAsActivity: out.exercises.drillRecordedAsActivity,
        byScenarioScale: out.exercises.drillByScenarioScale,
      },
      outsidePeriod: out.exercises.outsidePeriod,
    },
  }));
  return named("antt.teams-summary", summary);
}

/**
 * Summarises teams the way a locality reports them: teams by kind, member households,
 * people by role, equipment, trainings and drills, the share of people trained, and the
 * teams dissolved.
 *
 * @description A convenience over {@link teamSummary}, in one pass: over an array or an
 * iterable it returns the summary, over an async iterable a promise of it.
 *
 * @param teams - the teams: an array, an iterable or an async iterable
 * @param options - `asOf` and `period` (see {@link TeamSummaryOptions})
 * @returns the {@link TeamSummary} (a promise of it for an async source)
 * @throws TypeError when `teams` is not iterable; RecordError (with the record's index and
 *   id) for a team the summary cannot count (see {@link teamSummary})
 * @throws RangeError when `asOf` is not a calendar date or `period` not a valid period (parsePeriod or customPeriod, years 1900 to 2999)
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeTeams, type Team } from "antt";
 * // Hội An, 2023: 16 fire-safety household groups (tổ liên gia về PCCC)
 * const groups: Team[] = Array.from({ length: 16 }, (_, i) => ({
 *   id: `lg-${i + 1}`,
 *   kind: "fire-safety-group",
 *   name: `Tổ liên gia PCCC số ${i + 1}`,
 *   unitCode: "20335",
 *   householdCount: 7,
 *   equipment: [{ kind: "alarm-bell-with-button", count: 7 }],
 *   foundedOn: i === 0 ? "2022-09-01" : "2023-04-15",
 * }));
 * const summary = summarizeTeams(groups, { asOf: "2023-12-31" });
 * summary.byKind["fire-safety-group"];         // 16
 * summary.equipment["alarm-bell-with-button"]; // 112
 * ```
 */
export function summarizeTeams(teams: Iterable<Team>, options?: TeamSummaryOptions): TeamSummary;
export function summarizeTeams(
  teams: AsyncIterable<Team>,
  options?: TeamSummaryOptions,
): Promise<TeamSummary>;
export function summarizeTeams(
  teams: Source<Team>,
  options?: TeamSummaryOptions,
): TeamSummary | Promise<TeamSummary>;
export function summarizeTeams(
  teams: Source<Team>,
  options: TeamSummaryOptions = {},
): TeamSummary | Promise<TeamSummary> {
  return aggregate(teamSummary(options), teams);
}
