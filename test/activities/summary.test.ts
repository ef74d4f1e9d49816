import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Activity,
  ActivitySchema,
  type ActivitySummary,
  type ActivitySummaryState,
  type Aggregator,
  activityDateOf,
  activitySummary,
  aggregate,
  byPeriod,
  groupBy,
  parsePeriod,
  periodContains,
  summarizeActivities,
  teamSummary,
} from "../../src/index.js";
import { activitiesArb, activityArb } from "../support/activities.js";
import { periodOptionsArb } from "../support/arbitraries.js";
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

const head = { unitCode: "15532" } as const;

type ActivityOf<K extends Activity["kind"]> = Extract<Activity, { kind: K }>;

/** A maker of activities of one kind: each has an id, these fields and the extra ones given. */
const maker =
  <K extends Activity["kind"]>(kind: K, fields: Omit<ActivityOf<K>, "kind" | "id" | "unitCode">) =>
  (id: string, extra: Partial<ActivityOf<K>> = {}): Activity =>
    ({ kind, id, ...head, ...fields, ...extra }) as Activity;

const patrol = maker("patrol", {
  startedAt: "2024-03-07T21:00:00+07:00",
  participants: 6,
  directedByCamera: false,
});

const tip = maker("tip", {
  receivedAt: "2024-02-28T20:05:00+07:00",
  channel: "app",
  tipKind: "report",
});

const outreach = maker("outreach", {
  date: "2024-06-20",
  audience: 120,
  topic: "fraud",
  channel: "meeting",
});

const drill = maker("drill", {
  date: "2024-08-19",
  level: "village",
  participants: 35,
  topic: "fire",
});

const award = maker("award", {
  date: "2024-08-19",
  recipientKind: "team",
  recipientName: "Tổ tự quản thôn 3",
  level: "district",
  form: "certificate",
});

const mediation = (id: string, outcome: "succeeded" | "failed" | "pending"): Activity => ({
  kind: "mediation",
  id,
  ...head,
  date: "2024-05-12",
  disputeKind: "land",
  outcome,
  parties: 2,
});

const emptyWatch = {
  count: 0,
  directedByCamera: 0,
  participants: 0,
  incidentsFound: 0,
  suspectsApprehended: 0,
  subjectsByCategory: {},
};

// ---------------------------------------------------------------------------------------
// Example-based rules

describe("activitySummary", () => {
  it("gives zeros, empty groups and a null success rate for no activities", () => {
    expect(summarizeActivities([])).toEqual({
      total: 0,
      outsidePeriod: 0,
      byKind: {},
      participants: 0,
      patrols: emptyWatch,
      ambushes: emptyWatch,
      tips: { count: 0, byKind: {}, byChannel: {}, byCategory: {}, verified: 0, ledToIncident: 0 },
      mediations: {
        count: 0,
        byOutcome: {},
        byDisputeKind: {},
        success: { numerator: 0, denominator: 0, ratio: null },
      },
      outreach: { sessions: 0, audience: 0, byTopic: {}, byChannel: {} },
      drills: { count: 0, participants: 0, byLevel: {}, byTopic: {}, byScenarioScale: {} },
      trainings: { count: 0, participants: 0, byLevel: {}, byTopic: {} },
      awards: { count: 0, byLevel: {}, byForm: {}, cashTotal: 0 },
    } satisfies ActivitySummary);
  });

  it("counts patrols and ambushes apart, with those directed by camera", () => {
    const summary = summarizeActivities([
      patrol("p1", { directedByCamera: true, incidentsFound: 2 }),
      patrol("p2", { participants: 4, subjectsByCategory: { drugs: 3, gambling: 1 } }),
      patrol("p3", { participants: 2, subjectsByCategory: { drugs: 2 } }),
      {
        kind: "ambush",
        id: "a1",
        ...head,
        startedAt: "2024-03-08T23:00:00+07:00",
        endedAt: "2024-03-09T03:00:00+07:00",
        participants: 3,
        directedByCamera: true,
        suspectsApprehended: 2,
      },
    ]);
    expect(summary.patrols).toEqual({
      count: 3,
      directedByCamera: 1,
      participants: 12,
      incidentsFound: 2,
      suspectsApprehended: 0,
      // People found or handled on a sweep, by what they did, with no incident of their own.
      subjectsByCategory: { drugs: 5, gambling: 1 },
    });
    expect(summary.ambushes).toEqual({
      count: 1,
      directedByCamera: 1,
      participants: 3,
      incidentsFound: 0,
      suspectsApprehended: 2,
      subjectsByCategory: {},
    });
    expect(summary.byKind).toEqual({ ambush: 1, patrol: 3 });
  });

  it("counts tips by kind, channel and category, verified and leading to an incident", () => {
    const summary = summarizeActivities([
      tip("t1", { category: "public-disorder", verified: true, ledToIncidentId: "inc-7" }),
      tip("t2", {
        channel: "hotline",
        tipKind: "denunciation",
        category: "drugs",
        verified: false,
      }),
      tip("t3", {}),
    ]);
    expect(summary.tips).toEqual({
      count: 3,
      byKind: { denunciation: 1, report: 2 },
      byChannel: { app: 2, hotline: 1 },
      byCategory: { drugs: 1, "public-disorder": 1, unassigned: 1 },
      verified: 1,
      ledToIncident: 1,
    });
  });

  it("gives the mediation success rate over concluded mediations, pending ones left out", () => {
    const summary = summarizeActivities([
      mediation("m1", "succeeded"),
      mediation("m2", "succeeded"),
      mediation("m3", "succeeded"),
      mediation("m4", "failed"),
      mediation("m5", "pending"),
    ]);
    expect(summary.mediations.byOutcome).toEqual({ failed: 1, pending: 1, succeeded: 3 });
    expect(summary.mediations.success).toEqual({ numerator: 3, denominator: 4, ratio: 0.75 });
    expect(summary.mediations.byDisputeKind).toEqual({ land: 5 });
  });

  it("gives a null success rate when every mediation is pending", () => {
    expect(summarizeActivities([mediation("m", "pending")]).mediations.success).toEqual({
      numerator: 0,
      denominator: 0,
      ratio: null,
    });
  });

  it("adds up outreach audiences, drills, trainings and the people who took part", () => {
    const summary = summarizeActivities([
      outreach("o1"),
      outreach("o2", { date: "2024-06-21", audience: 0, topic: "drugs", channel: "loudspeaker" }),
      drill("d1"),
      {
        kind: "training",
        id: "tr1",
        ...head,
        date: "2024-07-02",
        level: "commune",
        participants: 42,
        topic: "security",
      },
      patrol("p1"),
    ]);
    expect(summary.outreach).toEqual({
      sessions: 2,
      audience: 120,
      byTopic: { drugs: 1, fraud: 1 },
      byChannel: { loudspeaker: 1, meeting: 1 },
    });
    expect(summary.drills).toEqual({
      count: 1,
      participants: 35,
      byLevel: { village: 1 },
      byTopic: { fire: 1 },
      byScenarioScale: { unassigned: 1 },
    });
    expect(summary.trainings).toEqual({
      count: 1,
      participants: 42,
      byLevel: { commune: 1 },
      byTopic: { security: 1 },
    });
    expect(summary.participants).toBe(35 + 42 + 6);
  });

  it("counts awards by level and form, and adds up their cash", () => {
    const summary = summarizeActivities([
      award("w1", { amountVnd: 1_000_000 }),
      award("w2", { form: "cash", level: "commune", amountVnd: 500_000 }),
      award("w3", { form: "merit", level: "province" }),
    ]);
    expect(summary.awards).toEqual({
      count: 3,
      byLevel: { commune: 1, district: 1, province: 1 },
      byForm: { cash: 1, certificate: 1, merit: 1 },
      cashTotal: 1_500_000,
    });
  });

  it("places an activity on its Vietnamese day and counts those outside the period apart", () => {
    const summary = summarizeActivities(
      [
        patrol("late", { startedAt: "2024-06-30T16:59:00Z" }), // 23:59 on 30 June in Vietnam
        patrol("next", { startedAt: "2024-06-30T17:30:00Z" }), // 00:30 on 1 July in Vietnam
        mediation("m", "failed"),
      ],
      { period: parsePeriod("2024-H1") },
    );
    expect(summary.total).toBe(2);
    expect(summary.outsidePeriod).toBe(1);
    expect(summary.patrols.count).toBe(1);
  });

  it("keeps participants, audiences and cash exact and throws a RangeError beyond 2^53", () => {
    const big = Number.MAX_SAFE_INTEGER;
    const error = recordErrorOf(() =>
      summarizeActivities([patrol("a", { participants: big }), patrol("b", { participants: 1 })]),
    );
    expect(error).toMatchObject({ index: 1, id: "b" });
    expect(error.cause).toBeInstanceOf(RangeError);
  });

  it("works inside groupBy, per month", () => {
    const perMonth = groupBy(
      byPeriod((a: Activity) => activityDateOf(a), "month"),
      activitySummary(),
    );
    const out = aggregate(perMonth, [patrol("p"), mediation("m", "succeeded")]);
    expect(out["2024-03"]?.patrols.count).toBe(1);
    expect(out["2024-05"]?.mediations.success.ratio).toBe(1);
  });
});

describe("summarizeActivities over sources", () => {
  const activities = [patrol("p"), mediation("m", "failed")];

  it("returns the summary for iterables and a promise of it for async iterables", async () => {
    const expected = summarizeActivities(activities);
    expect(summarizeActivities(new Set(activities))).toEqual(expected);
    await expect(summarizeActivities(stream(activities))).resolves.toEqual(expected);
  });

  it("throws a TypeError for a source that is not iterable", () => {
    expect(() => summarizeActivities(null as never)).toThrow(TypeError);
  });

  it("has types: sync in, sync out; async in, a promise", () => {
    expectTypeOf(summarizeActivities(activities)).toEqualTypeOf<ActivitySummary>();
    expectTypeOf(summarizeActivities(stream(activities))).toEqualTypeOf<Promise<ActivitySummary>>();
    const either = activities as Iterable<Activity> | AsyncIterable<Activity>;
    expectTypeOf(summarizeActivities(either)).toEqualTypeOf<
      ActivitySummary | Promise<ActivitySummary>
    >();
    expectTypeOf(activitySummary()).toEqualTypeOf<
      Aggregator<Activity, ActivitySummaryState, ActivitySummary>
    >();
    expectTypeOf<ActivitySummary["mediations"]["byOutcome"]["succeeded"]>().toEqualTypeOf<
      number | undefined
    >();
  });
});

// ---------------------------------------------------------------------------------------
// Laws, on generated valid records

const optionsArb = periodOptionsArb("2023-H2", "2024-03");

describeAggregatorLaws({
  title: "laws of activitySummary on valid activities",
  make: activitySummary,
  record: activityArb,
  options: optionsArb,
  summarize: summarizeActivities,
  schema: { of: () => ActivitySchema, samples: 400 },
  names: {
    ...SUMMARY_LAW_NAMES,
    schema: "generates activities that ActivitySchema accepts",
    order: "does not depend on the order of the activities",
  },
  checks: [
    {
      name: "counts every activity exactly once in each breakdown",
      check: (s, activities, options) => {
        const inside = activities.filter(
          (a) => options.period === undefined || periodContains(options.period, activityDateOf(a)),
        );
        const of = (kind: Activity["kind"]) => inside.filter((a) => a.kind === kind).length;
        expect(s.total + s.outsidePeriod).toBe(activities.length);
        expect(s.total).toBe(inside.length);
        expect(total(s.byKind)).toBe(s.total);
        expect(s.patrols.count).toBe(of("patrol"));
        expect(s.ambushes.count).toBe(of("ambush"));
        for (const groups of [s.tips.byKind, s.tips.byChannel, s.tips.byCategory])
          expect(total(groups)).toBe(of("tip"));
        expect(total(s.mediations.byOutcome)).toBe(of("mediation"));
        expect(s.mediations.success.denominator).toBe(
          of("mediation") - (s.mediations.byOutcome.pending ?? 0),
        );
        expect(total(s.outreach.byTopic)).toBe(of("outreach"));
        expect(total(s.drills.byLevel)).toBe(of("drill"));
        expect(total(s.trainings.byLevel)).toBe(of("training"));
        expect(total(s.drills.byTopic)).toBe(of("drill"));
        expect(total(s.drills.byScenarioScale)).toBe(of("drill"));
        expect(total(s.trainings.byTopic)).toBe(of("training"));
        expect(total(s.awards.byLevel)).toBe(of("award"));
        expect(total(s.awards.byForm)).toBe(of("award"));
        expect(s.participants).toBe(
          s.patrols.participants +
            s.ambushes.participants +
            s.drills.participants +
            s.trainings.participants,
        );
      },
    },
  ],
});

/** Activities whose summary state is shipped, tampered with and read back. */
const sample: Activity[] = [
  patrol("p1", { directedByCamera: true, incidentsFound: 2 }),
  patrol("p2", { participants: 4 }),
  mediation("m1", "succeeded"),
  mediation("m2", "failed"),
  mediation("m3", "pending"),
  award("w1", { form: "cash", amountVnd: 1_000_000 }),
];

describeStateIntegrity({
  kind: "antt.activities-summary",
  aggregator: activitySummary({ period: parsePeriod("2024-H1") }),
  records: sample,
  cut: 3,
  summarize: (records) => summarizeActivities(records, { period: parsePeriod("2024-H1") }),
  tamper: {
    text: { set: [[["inPeriod", "patrols", "count"], "5"]] },
    negative: {
      name: "refuses a negative count, and more successes than concluded mediations",
      set: [
        [["all"], -1],
        [["inPeriod", "mediations", "success", "numerator"], 3],
      ],
      at: [["all"], ["inPeriod", "mediations", "success"]],
    },
    nullBreakdown: { set: [[["inPeriod", "byKind"], null]] },
    unknownField: { set: [[["inPeriod", "awards", "cash"], 0]] },
  },
  foreign: [{ aggregator: teamSummary() }],
  arbitrary: {
    noun: "activities",
    records: activitiesArb,
    options: optionsArb,
    make: activitySummary,
  },
});

describe("untrusted input: unvalidated records", () => {
  const cases: [string, Record<string, unknown>, string][] = [
    [
      "a patrol's participants",
      { participants: "6" },
      'participants must be a whole number of at least 0, not "6" (string)',
    ],
    [
      "incidents found",
      { incidentsFound: "2" },
      'incidentsFound must be a whole number of at least 0, not "2" (string)',
    ],
    [
      "suspects apprehended",
      { suspectsApprehended: [1] },
      "suspectsApprehended must be a whole number of at least 0, not [1] (array)",
    ],
    [
      "people found by category",
      { subjectsByCategory: { drugs: -1 } },
      "subjectsByCategory.drugs must be a whole number of at least 0, not -1",
    ],
  ];

  it.each(cases)(
    "throws a RecordError naming the record and %s of the wrong type",
    (_, extra, message) => {
      const records = [patrol("p1"), patrol("p2", extra as never), patrol("p3")];
      expectRecordError(() => summarizeActivities(records), {
        index: 1,
        id: "p2",
        says: [message],
        cause: TypeError,
      });
    },
  );

  it.each([
    [
      "an outreach audience",
      outreach("o1", { audience: "120" as never }),
      'audience must be a whole number of at least 0, not "120" (string)',
    ],
    [
      "a drill's people",
      drill("d1", { date: "2024-06-20", level: "commune", participants: -35 }),
      "participants must be a whole number of at least 0, not -35 (number)",
    ],
    [
      "cash",
      award("w1", { form: "cash", amountVnd: "1000000" as never }),
      'amountVnd must be a whole number of at least 0, not "1000000" (string)',
    ],
  ])("throws a RecordError for %s of the wrong type", (_, record, message) => {
    expect(recordErrorOf(() => summarizeActivities([record])).message).toContain(message);
  });

  it("surfaces a date that is not a date as a RecordError, with a period", async () => {
    const bad = [patrol("p1"), patrol("p2", { startedAt: "yesterday" }), mediation("m", "failed")];
    const options = { period: parsePeriod("2024-H1") };
    const expected = { index: 1, id: "p2", cause: RangeError };
    expectRecordError(() => summarizeActivities(bad, options), expected);
    await expectRejectedRecordError(summarizeActivities(stream(bad), options), expected);
    const badDay = [mediation("m", "failed"), { ...mediation("m2", "failed"), date: "12/05/2024" }];
    expect(recordErrorOf(() => summarizeActivities(badDay, options)).index).toBe(1);
  });
});
