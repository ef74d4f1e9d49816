import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Activity, activitySummary } from "../../src/activities/index.js";
import { aggregate, aggregateState, mergeStates, parseState } from "../../src/aggregate/index.js";
import { customPeriod, type Period, parsePeriod } from "../../src/core/index.js";
import { activitySummarySql, loadDataset, stateFromDatabase } from "../../src/sql/index.js";
import { activityArb } from "../support/activities.js";
import { viaJson, writeInstant } from "../support/helpers.js";
import { DATABASE_NAMES, openDatabases, type TestDatabase } from "./databases.js";

// The law of the issue for the activity summary: the state from SQL, merged with a state
// from JavaScript of another shard, finishes byte for byte as one JavaScript pass over
// everything, in each dialect.

const periodArb: fc.Arbitrary<Period | undefined> = fc.option(
  fc.constantFrom(
    parsePeriod("2023-H2"),
    parsePeriod("2024-03"),
    parsePeriod("2023-W40"),
    parsePeriod("2024-Q1"),
    customPeriod("2023-06-15", "2024-02-10"),
  ),
  { nil: undefined },
);

/** The first day of a period and the day after its last: where a day's placement shows. */
function boundariesOf(period: Period | undefined): string[] {
  if (period === undefined) return ["2024-01-01"];
  const after = new Date(Date.parse(`${period.end}T00:00:00Z`) + 86_400_000);
  return [period.start, after.toISOString().slice(0, 10)];
}

/**
 * Instants within an hour of the Vietnamese midnight that starts one of `days` (17:00 UTC
 * the day before), written in several offsets, with or without milliseconds: the day the
 * database places them on must be JavaScript's.
 */
const nearBoundaryArb = (days: readonly string[]) =>
  fc
    .record({
      day: fc.constantFrom(...days),
      delta: fc.integer({ min: -3_600_000, max: 3_600_000 }),
      offset: fc.constantFrom(0, 420, -300, 330),
      millis: fc.boolean(),
    })
    .map(({ day, delta, offset, millis }) =>
      writeInstant(Date.parse(`${day}T00:00:00+07:00`) + delta, offset, millis),
    );

/**
 * An activity whose instant (a patrol's or ambush's start, a tip's receipt) is most often
 * near a boundary of the period.
 */
const nearBoundaryActivityArb = (period: Period | undefined) =>
  fc
    .tuple(
      activityArb,
      fc.option(nearBoundaryArb(boundariesOf(period)), { nil: undefined, freq: 4 }),
    )
    .map(([activity, instant]): Activity => {
      if (instant === undefined) return activity;
      if (activity.kind === "patrol" || activity.kind === "ambush") {
        const { endedAt: _ended, ...rest } = activity;
        return { ...rest, startedAt: instant };
      }
      return activity.kind === "tip" ? { ...activity, receivedAt: instant } : activity;
    });

/** A period, and activities with distinct ids cut in two shards: the database's and JavaScript's. */
const caseArb = periodArb.chain((period) =>
  fc.array(nearBoundaryActivityArb(period), { maxLength: 40 }).chain((activities) => {
    const all = activities.map((a, i) => ({ ...a, id: `a-${i}` }) as Activity);
    return fc
      .nat({ max: all.length })
      .map((cut) => ({ period, all, inDb: all.slice(0, cut), inJs: all.slice(cut) }));
  }),
);

let databases: TestDatabase[] = [];
// Opening PGlite takes seconds on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  databases = await openDatabases();
}, 60_000);
afterAll(async () => {
  for (const db of databases) await db.close();
});

async function reload(db: TestDatabase, activities: readonly Activity[]): Promise<void> {
  await loadDataset(db.client, {}, { kinds: ["activities"] });
  await db.client.query('DELETE FROM "activities"');
  await loadDataset(
    db.client,
    { activities: [...activities] },
    { kinds: ["activities"], create: false },
  );
}

describe.each(DATABASE_NAMES)("the activity summary in SQL (%s)", (name) => {
  const db = () => databases.find((d) => d.name === name) as TestDatabase;

  it("merged with a JavaScript shard, finishes as one JavaScript pass", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ period, all, inDb, inJs }) => {
        const options = { period };
        const summary = activitySummary(options);
        await reload(db(), inDb);
        const fromSql = viaJson(await stateFromDatabase(db().client, activitySummarySql(options)));
        expect(() => parseState(summary, JSON.stringify(fromSql))).not.toThrow();
        const merged = mergeStates(summary, [aggregateState(summary, inJs), fromSql]);
        expect(JSON.stringify(summary.finish(merged))).toBe(
          JSON.stringify(aggregate(summary, all)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("places a patrol on its day in Vietnam and keeps a category counted 0", async () => {
    const patrol: Activity = {
      kind: "patrol",
      id: "a-1",
      unitCode: "15532",
      startedAt: "2024-06-30T17:30:00Z",
      participants: 5,
      directedByCamera: true,
      subjectsByCategory: { drugs: 2, gambling: 0 },
    };
    await reload(db(), [patrol]);
    const options = { period: parsePeriod("2024-07") };
    const state = await stateFromDatabase(db().client, activitySummarySql(options));
    const summary = activitySummary(options).finish(state);
    expect(summary.total).toBe(1);
    expect(summary.patrols.subjectsByCategory).toEqual({ drugs: 2, gambling: 0 });
    expect(summary).toEqual(aggregate(activitySummary(options), [patrol]));
  });
});
