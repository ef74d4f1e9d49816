import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byUnit,
  DRILL_SCENARIO_SCALE_LABELS,
  type DrillScenarioScale,
  fundingSummary,
  groupBy,
  mergeStates,
  parsePeriod,
  summarizeTeams,
  TEAM_EQUIPMENT_KIND_LABELS,
  TEAM_KIND_LABELS,
  TEAM_TRAINING_LEVEL_LABELS,
  type Team,
  type TeamEquipment,
  type TeamMember,
  TeamSchema,
  type TeamSummary,
  type TeamSummaryState,
  type TeamTraining,
  teamSummary,
} from "../../src/index.js";
import { stream, total } from "../support/helpers.js";
import { describeAggregatorLaws, SUMMARY_LAW_NAMES } from "../support/laws.js";
import {
  describeStateIntegrity,
  expectRecordError,
  expectRejectedRecordError,
  recordErrorOf,
} from "../support/untrusted.js";

// ---------------------------------------------------------------------------------------
// Helpers

function team(id: string, extra: Partial<Team> = {}): Team {
  return {
    id,
    kind: "patrol-team",
    name: `Tổ ${id}`,
    unitCode: "20335",
    foundedOn: "2023-01-01",
    ...extra,
  } as Team;
}

const fireGroup = (id: string, extra: Partial<Team> = {}) =>
  team(id, { kind: "fire-safety-group", householdCount: 7, ...extra });

// ---------------------------------------------------------------------------------------
// Published figures

describe("summarizeTeams on published figures", () => {
  // Hội An, 2023: 16 "Tổ liên gia về PCCC", 15 of them built in 2023.
  const hoiAn = Array.from({ length: 16 }, (_, i) =>
    fireGroup(`lg-${i + 1}`, {
      foundedOn: i === 0 ? "2022-08-15" : "2023-03-01",
      equipment: [
        { kind: "alarm-bell-with-button", count: 7 },
        { kind: "fire-extinguisher", count: 2 },
      ],
    }),
  );

  it("reproduces Hội An 2023: 16 fire-safety groups at the end of the year", () => {
    const summary = summarizeTeams(hoiAn, { asOf: "2023-12-31" });
    expect(summary.byKind).toEqual({ "fire-safety-group": 16 });
    expect(summary.active).toBe(16);
    expect(summary.households.total).toBe(112);
    expect(summary.equipment).toEqual({ "alarm-bell-with-button": 112, "fire-extinguisher": 32 });
  });

  it("counts the 15 built in 2023 as not yet founded at the end of 2022", () => {
    const summary = summarizeTeams(hoiAn, { asOf: "2022-12-31" });
    expect(summary).toMatchObject({ total: 16, active: 1, notYetFounded: 15 });
    expect(summary.byKind).toEqual({ "fire-safety-group": 1 });
  });
});

// ---------------------------------------------------------------------------------------
// Example-based rules

describe("teamSummary", () => {
  it("gives zeros, empty groups and null ratios for no teams", () => {
    expect(summarizeTeams([])).toEqual({
      total: 0,
      active: 0,
      dissolved: { total: 0, byKind: {} },
      notYetFounded: 0,
      byKind: {},
      households: {
        total: 0,
        perTeam: { numerator: 0, denominator: 0, ratio: null },
        notReported: 0,
      },
      members: {
        total: 0,
        byRole: { leader: 0, deputy: 0, member: 0 },
        perTeam: { numerator: 0, denominator: 0, ratio: null },
        notReported: 0,
        trained: { numerator: 0, denominator: 0, ratio: null },
      },
      equipment: {},
      exercises: {
        training: { held: 0, participants: 0, recordedAsActivity: 0 },
        drill: { held: 0, participants: 0, recordedAsActivity: 0, byScenarioScale: {} },
        outsidePeriod: 0,
      },
    } satisfies TeamSummary);
  });

  it("gives households per team as numerator over the teams that give a number", () => {
    const summary = summarizeTeams([
      fireGroup("a", { householdCount: 5 }),
      fireGroup("b", { householdCount: 10 }),
      team("c"),
    ]);
    expect(summary.households).toEqual({
      total: 15,
      perTeam: { numerator: 15, denominator: 2, ratio: 7.5 },
      notReported: 1,
    });
  });

  it("counts a household list's length when a team gives no householdCount", () => {
    // Such a record fails TeamSchema; the summary still counts what it lists.
    const unchecked = team("x", {
      households: [{ headName: "Nguyễn Văn An" }, { headName: "Trần Thị Bình" }],
    });
    expect(summarizeTeams([unchecked]).households.total).toBe(2);
  });

  it("counts people by role from memberCounts, and from the members list without them", () => {
    const counted = team("a", {
      kind: "security-team",
      village: "Thôn 3",
      memberCounts: { leader: 1, deputy: 1, member: 3 },
    });
    // A list without memberCounts fails TeamSchema; the list is counted by role.
    const listed = team("b", {
      members: [
        { name: "Lê Văn Cường", role: "leader" },
        { name: "Phạm Thị Dung", role: "member" },
        { name: "Võ Văn Em", role: "member" },
      ],
    });
    const summary = summarizeTeams([counted, listed, team("c")]);
    expect(summary.members.byRole).toEqual({ leader: 2, deputy: 1, member: 5 });
    expect(summary.members.total).toBe(8);
    expect(summary.members.perTeam).toEqual({ numerator: 8, denominator: 2, ratio: 4 });
    expect(summary.members.notReported).toBe(1);
  });

  it("gives the share of listed people trained, on or before the as-of day", () => {
    const members: TeamMember[] = [
      { name: "A", role: "leader", trainedOn: "2024-03-01" },
      { name: "B", role: "member", trainedOn: "2024-09-01" },
      { name: "C", role: "member" },
      { name: "D", role: "member", trainedOn: "2023-11-20" },
    ];
    const listed = team("a", { memberCounts: { leader: 1, deputy: 0, member: 3 }, members });
    const countsOnly = team("b", { memberCounts: { leader: 1, deputy: 0, member: 9 } });
    expect(summarizeTeams([listed, countsOnly]).members.trained).toEqual({
      numerator: 3,
      denominator: 4,
      ratio: 0.75,
    });
    expect(summarizeTeams([listed, countsOnly], { asOf: "2024-06-30" }).members.trained).toEqual({
      numerator: 2,
      denominator: 4,
      ratio: 0.5,
    });
  });

  it("adds the trainedCount of teams that do not list their members, over their memberCounts", () => {
    const counted = team("c", {
      memberCounts: { leader: 1, deputy: 1, member: 8 },
      trainedCount: 10,
    });
    const countsOnly = team("b", { memberCounts: { leader: 1, deputy: 0, member: 9 } });
    const members: TeamMember[] = [
      { name: "A", role: "leader", trainedOn: "2024-03-01" },
      { name: "B", role: "member" },
    ];
    const listed = team("a", { memberCounts: { leader: 1, deputy: 0, member: 1 }, members });
    // "100% hộ được tập huấn" in one team, one of two in the other; the team that gives
    // neither is left out.
    expect(summarizeTeams([counted, countsOnly, listed]).members.trained).toEqual({
      numerator: 11,
      denominator: 12,
      ratio: 11 / 12,
    });
  });

  it("adds up equipment by kind, all other items together", () => {
    const equipment: TeamEquipment[] = [
      { kind: "siren", count: 1 },
      { kind: "other", name: "Thang dây", count: 2 },
      { kind: "other", name: "Xô nước", count: 5 },
    ];
    const summary = summarizeTeams([
      team("a", { equipment }),
      team("b", { equipment: [{ kind: "siren", count: 2 }] }),
    ]);
    expect(summary.equipment).toEqual({ other: 7, siren: 3 });
    expect(Object.keys(summary.equipment)).toEqual(["other", "siren"]);
  });

  it("counts trainings and drills held, and those outside the period apart", () => {
    const trainings: TeamTraining[] = [
      { kind: "drill", heldOn: "2024-03-10", level: "commune", participants: 35 },
      { kind: "drill", heldOn: "2024-08-19", level: "village", participants: 20 },
      { kind: "training", heldOn: "2024-05-02", level: "province", participants: 4 },
      { kind: "training", heldOn: "2023-12-31", level: "commune", participants: 6 },
    ];
    const teams = [
      team("a", { trainings }),
      team("b", { trainings: [trainings[0] as TeamTraining] }),
    ];
    expect(summarizeTeams(teams).exercises).toEqual({
      training: { held: 2, participants: 10, recordedAsActivity: 0 },
      drill: {
        held: 3,
        participants: 90,
        recordedAsActivity: 0,
        byScenarioScale: { unassigned: 3 },
      },
      outsidePeriod: 0,
    });
    expect(summarizeTeams(teams, { period: parsePeriod("2024-H1") }).exercises).toEqual({
      training: { held: 1, participants: 4, recordedAsActivity: 0 },
      drill: {
        held: 2,
        participants: 70,
        recordedAsActivity: 0,
        byScenarioScale: { unassigned: 2 },
      },
      outsidePeriod: 2,
    });
  });

  it("counts a drill that names its activity only as recorded there, not as the team's own", () => {
    const trainings: TeamTraining[] = [
      {
        kind: "drill",
        heldOn: "2024-03-10",
        level: "village",
        participants: 12,
        scenarioScale: "residential-cluster",
      },
      {
        kind: "drill",
        heldOn: "2024-04-02",
        level: "village",
        participants: 9,
        scenarioScale: "household",
      },
      {
        kind: "drill",
        heldOn: "2024-08-19",
        level: "commune",
        participants: 20,
        activityId: "act-6",
        scenarioScale: "commune",
      },
      {
        kind: "training",
        heldOn: "2024-05-02",
        level: "commune",
        participants: 4,
        activityId: "act-7",
      },
    ];
    const teams = [
      team("a", { trainings }),
      team("b", { trainings: [trainings[2] as TeamTraining, trainings[0] as TeamTraining] }),
    ];
    expect(summarizeTeams(teams).exercises).toEqual({
      training: { held: 0, participants: 0, recordedAsActivity: 1 },
      drill: {
        held: 3,
        participants: 33,
        recordedAsActivity: 2,
        byScenarioScale: { household: 1, "residential-cluster": 2 },
      },
      outsidePeriod: 0,
    });
    const firstHalf = summarizeTeams(teams, { period: parsePeriod("2024-H1") }).exercises;
    expect(firstHalf.drill).toMatchObject({ held: 3, recordedAsActivity: 0 });
    expect(firstHalf.training).toMatchObject({ held: 0, recordedAsActivity: 1 });
    expect(firstHalf.outsidePeriod).toBe(2);
  });

  it("keeps dissolved teams in their own bucket, out of the roster figures", () => {
    const teams = [
      fireGroup("a"),
      fireGroup("b", { dissolvedOn: "2024-06-30" }),
      team("c", { dissolvedOn: "2024-12-01", memberCounts: { leader: 1, deputy: 0, member: 2 } }),
    ];
    const now = summarizeTeams(teams);
    expect(now).toMatchObject({ total: 3, active: 1, notYetFounded: 0 });
    expect(now.dissolved).toEqual({
      total: 2,
      byKind: { "fire-safety-group": 1, "patrol-team": 1 },
    });
    expect(now.households.total).toBe(7);
    expect(now.members.total).toBe(0);
    const midYear = summarizeTeams(teams, { asOf: "2024-06-30" });
    expect(midYear.dissolved).toEqual({ total: 1, byKind: { "fire-safety-group": 1 } });
    expect(midYear.members.total).toBe(3);
    const before = summarizeTeams(teams, { asOf: "2022-12-31" });
    expect(before).toMatchObject({ active: 0, notYetFounded: 3 });
  });

  it("still counts the trainings of a dissolved team that were held before it dissolved", () => {
    const dissolved = team("a", {
      dissolvedOn: "2024-06-30",
      trainings: [{ kind: "drill", heldOn: "2024-04-01", level: "village", participants: 12 }],
    });
    expect(summarizeTeams([dissolved]).exercises.drill).toEqual({
      held: 1,
      participants: 12,
      recordedAsActivity: 0,
      byScenarioScale: { unassigned: 1 },
    });
  });

  it("throws a RangeError rather than lose precision beyond 2^53", () => {
    const big = Number.MAX_SAFE_INTEGER;
    const error = recordErrorOf(() =>
      summarizeTeams([team("a", { householdCount: big }), team("b", { householdCount: 1 })]),
    );
    expect(error).toMatchObject({ index: 1, id: "b" });
    expect(error.cause).toBeInstanceOf(RangeError);
    const gear = (count: number) => team("g", { equipment: [{ kind: "siren", count }] });
    expect(recordErrorOf(() => summarizeTeams([gear(big), gear(1)])).cause).toBeInstanceOf(
      RangeError,
    );
    const aggregator = teamSummary();
    const state = aggregateState(aggregator, [gear(big)]);
    expect(() => mergeStates(aggregator, [state, state])).toThrow(RangeError);
    const households = aggregateState(aggregator, [team("h", { householdCount: big })]);
    expect(() => mergeStates(aggregator, [households, households])).toThrow(RangeError);
  });

  it("works inside groupBy, per unit", () => {
    const perUnit = groupBy(
      byUnit((t: Team) => t.unitCode),
      teamSummary(),
    );
    const out = aggregate(perUnit, [
      fireGroup("a", { unitCode: "20335" }),
      fireGroup("b", { unitCode: "20338" }),
    ]);
    expect(out["20335"]?.households.total).toBe(7);
    expect(out["20338"]?.byKind).toEqual({ "fire-safety-group": 1 });
  });
});

describe("summarizeTeams over sources", () => {
  const teams = [fireGroup("a"), team("b")];

  it("returns the summary for iterables and a promise of it for async iterables", async () => {
    const expected = summarizeTeams(teams);
    expect(summarizeTeams(new Set(teams))).toEqual(expected);
    await expect(summarizeTeams(stream(teams))).resolves.toEqual(expected);
  });

  it("throws a TypeError for a source that is not iterable", () => {
    expect(() => summarizeTeams(42 as never)).toThrow(TypeError);
  });

  it("has types: sync in, sync out; async in, a promise", () => {
    expectTypeOf(summarizeTeams(teams)).toEqualTypeOf<TeamSummary>();
    expectTypeOf(summarizeTeams(stream(teams))).toEqualTypeOf<Promise<TeamSummary>>();
    const either = teams as Iterable<Team> | AsyncIterable<Team>;
    expectTypeOf(summarizeTeams(either)).toEqualTypeOf<TeamSummary | Promise<TeamSummary>>();
    expectTypeOf(teamSummary()).toEqualTypeOf<Aggregator<Team, TeamSummaryState, TeamSummary>>();
    expectTypeOf<TeamSummary["byKind"]["fire-safety-group"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TeamSummary["equipment"]["siren"]>().toEqualTypeOf<number | undefined>();
  });
});

// ---------------------------------------------------------------------------------------
// Laws, on generated valid records

const KINDS = Object.keys(TEAM_KIND_LABELS) as Team["kind"][];
const EQUIPMENT_KINDS = Object.keys(TEAM_EQUIPMENT_KIND_LABELS) as TeamEquipment["kind"][];
const LEVELS = Object.keys(TEAM_TRAINING_LEVEL_LABELS) as TeamTraining["level"][];
const SCALES = Object.keys(DRILL_SCENARIO_SCALE_LABELS) as DrillScenarioScale[];
const DAY0 = Date.UTC(2022, 0, 1);
const toDay = (d: number) => new Date(DAY0 + d * 86_400_000).toISOString().slice(0, 10);

const equipmentArb: fc.Arbitrary<TeamEquipment[]> = fc
  .uniqueArray(fc.constantFrom(...EQUIPMENT_KINDS), { maxLength: 4 })
  .chain((kinds) =>
    fc.tuple(
      ...kinds.map((kind) => fc.integer({ min: 1, max: 20 }).map((count) => ({ kind, count }))),
    ),
  )
  .map((items) =>
    items.map((item) => (item.kind === "other" ? { ...item, name: "Thang dây" } : item)),
  );

const teamArb: fc.Arbitrary<Team> = fc
  .record({
    id: fc.constantFrom("t-1", "t-2", "t-3", "t-4"),
    kind: fc.constantFrom(...KINDS),
    unitCode: fc.constantFrom("20335", "20338", "20335.khoi-2"),
    founded: fc.integer({ min: 0, max: 900 }),
    dissolvedAfter: fc.option(fc.integer({ min: 0, max: 600 }), { nil: undefined }),
    households: fc.option(fc.integer({ min: 5, max: 15 }), { nil: undefined }),
    listHouseholds: fc.boolean(),
    roles: fc.option(
      fc.record({
        leader: fc.integer({ min: 0, max: 1 }),
        deputy: fc.integer({ min: 0, max: 2 }),
        member: fc.integer({ min: 0, max: 6 }),
      }),
      { nil: undefined },
    ),
    listMembers: fc.boolean(),
    trainedOffsets: fc.array(fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }), {
      minLength: 9,
      maxLength: 9,
    }),
    equipment: fc.option(equipmentArb, { nil: undefined }),
    trainings: fc.option(
      fc.array(
        fc.record({
          kind: fc.constantFrom("training", "drill") as fc.Arbitrary<TeamTraining["kind"]>,
          held: fc.integer({ min: 0, max: 1500 }),
          level: fc.constantFrom(...LEVELS),
          participants: fc.integer({ min: 0, max: 80 }),
          scale: fc.option(fc.constantFrom(...SCALES), { nil: undefined }),
          activityId: fc.option(fc.constantFrom("act-1", "act-2"), { nil: undefined }),
        }),
        { maxLength: 4 },
      ),
      { nil: undefined },
    ),
  })
  .map((r) => {
    const t: Record<string, unknown> = {
      id: r.id,
      kind: r.kind,
      name: `Tổ ${r.id}`,
      unitCode: r.unitCode,
      foundedOn: toDay(r.founded),
    };
    if (r.kind === "security-team") t["village"] = "Khối 2";
    const dissolvedAt = r.dissolvedAfter === undefined ? undefined : r.founded + r.dissolvedAfter;
    if (dissolvedAt !== undefined) t["dissolvedOn"] = toDay(dissolvedAt);
    const needsHouseholds =
      r.kind === "fire-safety-group" ||
      r.kind === "fire-security-group" ||
      r.kind === "self-governing";
    const households = r.households ?? (needsHouseholds ? 7 : undefined);
    if (households !== undefined) {
      t["householdCount"] = households;
      if (r.listHouseholds) {
        t["households"] = Array.from({ length: households }, (_, i) => ({
          id: `h-${i}`,
          headName: `Chủ hộ ${i}`,
        }));
      }
    }
    const roles =
      r.roles ?? (r.kind === "security-team" ? { leader: 1, deputy: 1, member: 2 } : undefined);
    if (roles !== undefined) {
      t["memberCounts"] = roles;
      if (r.listMembers) {
        const list = (["leader", "deputy", "member"] as const).flatMap((role) =>
          Array.from({ length: roles[role] }, () => role),
        );
        t["members"] = list.map((role, i) => {
          const offset = r.trainedOffsets[i];
          return {
            name: `Người ${i}`,
            role,
            ...(offset === undefined ? {} : { trainedOn: toDay(offset) }),
          };
        });
      }
    }
    if (r.equipment !== undefined) t["equipment"] = r.equipment;
    if (r.trainings !== undefined) {
      t["trainings"] = r.trainings.map(({ held, scale, activityId, ...rest }) => ({
        ...rest,
        heldOn: toDay(dissolvedAt === undefined ? held : Math.min(held, dissolvedAt)),
        ...(scale !== undefined && rest.kind === "drill" ? { scenarioScale: scale } : {}),
        ...(activityId === undefined ? {} : { activityId }),
      }));
    }
    return t as Team;
  });

const teamsArb = fc.array(teamArb, { maxLength: 30 });
const optionsArb = fc.constantFrom(
  {},
  { asOf: "2023-06-30" },
  { period: parsePeriod("2023") },
  { asOf: "2024-01-01", period: parsePeriod("2023-H2") },
);

describeAggregatorLaws({
  title: "laws of teamSummary on valid teams",
  make: teamSummary,
  record: teamArb,
  records: teamsArb,
  options: optionsArb,
  summarize: summarizeTeams,
  schema: { of: () => TeamSchema },
  names: {
    ...SUMMARY_LAW_NAMES,
    schema: "generates teams that TeamSchema accepts",
    order: "does not depend on the order of the teams",
  },
  checks: [
    {
      name: "counts every team exactly once in each breakdown",
      check: (s, teams, options) => {
        expect(s.total).toBe(teams.length);
        expect(s.active + s.dissolved.total + s.notYetFounded).toBe(teams.length);
        expect(total(s.byKind)).toBe(s.active);
        expect(total(s.dissolved.byKind)).toBe(s.dissolved.total);
        expect(s.households.perTeam.denominator + s.households.notReported).toBe(s.active);
        expect(s.members.perTeam.denominator + s.members.notReported).toBe(s.active);
        expect(total(s.members.byRole)).toBe(s.members.total);
        expect(s.members.trained.numerator).toBeLessThanOrEqual(s.members.trained.denominator);
        const exercises = teams.flatMap((t) => t.trainings ?? []).length;
        expect(
          s.exercises.training.held +
            s.exercises.training.recordedAsActivity +
            s.exercises.drill.held +
            s.exercises.drill.recordedAsActivity +
            s.exercises.outsidePeriod,
        ).toBe(exercises);
        expect(total(s.exercises.drill.byScenarioScale)).toBe(s.exercises.drill.held);
        if (options.asOf === undefined) expect(s.notYetFounded).toBe(0);
        if (options.period === undefined) expect(s.exercises.outsidePeriod).toBe(0);
      },
    },
  ],
});

/** Teams whose summary state is shipped, tampered with and read back. */
const sample: Team[] = [
  fireGroup("a", { equipment: [{ kind: "siren", count: 2 }] }),
  team("b", {
    memberCounts: { leader: 1, deputy: 1, member: 4 },
    members: [
      { name: "A", role: "leader", trainedOn: "2024-03-01" },
      { name: "B", role: "member" },
    ],
    trainings: [{ kind: "drill", heldOn: "2024-03-10", level: "commune", participants: 35 }],
  }),
  team("c", { dissolvedOn: "2024-01-01" }),
];

describeStateIntegrity({
  kind: "antt.teams-summary",
  aggregator: teamSummary({ asOf: "2024-06-30", period: parsePeriod("2024") }),
  records: sample,
  cut: 1,
  summarize: (records) =>
    summarizeTeams(records, { asOf: "2024-06-30", period: parsePeriod("2024") }),
  tamper: {
    text: { set: [[["households", "numerator"], "7"]] },
    negative: {
      name: "refuses a negative count of equipment or of teams",
      set: [
        [["equipment", "siren"], -2],
        [["members", "denominator"], -1],
      ],
      at: [
        ["members", "denominator"],
        ["equipment", "siren"],
      ],
    },
    nullBreakdown: {
      set: [
        [["equipment"], null],
        [["byKind"], null],
      ],
      at: [["byKind"], ["equipment"]],
    },
    unknownField: { set: [[["byRole", "secretary"], 1]] },
  },
  foreign: [{ aggregator: fundingSummary() }],
  arbitrary: { noun: "teams", records: teamsArb, options: optionsArb, make: teamSummary },
});

describe("untrusted input: unvalidated records", () => {
  const cases: [string, Partial<Team>, string][] = [
    [
      "householdCount",
      { householdCount: "7" as never },
      'householdCount must be a whole number of at least 0, not "7" (string)',
    ],
    [
      "memberCounts",
      { memberCounts: { leader: 1, deputy: "1", member: 4 } as never },
      'memberCounts.deputy must be a whole number of at least 0, not "1" (string)',
    ],
    [
      "an equipment count",
      {
        equipment: [
          { kind: "siren", count: 1 },
          { kind: "siren", count: "2" as never },
        ],
      },
      'equipment[1].count must be a whole number of at least 0, not "2" (string)',
    ],
    [
      "a training's participants",
      {
        trainings: [
          { kind: "drill", heldOn: "2024-03-10", level: "commune", participants: "35" as never },
        ],
      },
      'trainings[0].participants must be a whole number of at least 0, not "35" (string)',
    ],
    [
      "a negative householdCount",
      { householdCount: -7 },
      "householdCount must be a whole number of at least 0, not -7 (number)",
    ],
  ];

  it.each(cases)("throws a RecordError naming the record and %s", (_, extra, message) => {
    const teams = [fireGroup("a"), team("b", extra), fireGroup("c")];
    expectRecordError(() => summarizeTeams(teams), {
      index: 1,
      id: "b",
      says: [message],
      cause: TypeError,
    });
  });

  it("surfaces a training day that is not a date as a RecordError, with a period", async () => {
    const bad = [
      fireGroup("a"),
      team("b", {
        trainings: [{ kind: "drill", heldOn: "yesterday", level: "commune", participants: 3 }],
      }),
    ];
    const options = { period: parsePeriod("2024") };
    const expected = { index: 1, id: "b", cause: RangeError };
    expectRecordError(() => summarizeTeams(bad, options), expected);
    await expectRejectedRecordError(summarizeTeams(stream(bad), options), expected);
  });
});
