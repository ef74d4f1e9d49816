import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aggregate, aggregateState, mergeStates, parseState } from "../../src/aggregate/index.js";
import { type CameraPoint, cameraSummary } from "../../src/cameras/index.js";
import { cameraSummarySql, loadDataset, stateFromDatabase } from "../../src/sql/index.js";
import { cameraArb, dayString } from "../support/cameras.js";
import { viaJson } from "../support/helpers.js";
import { DATABASE_NAMES, openDatabases, type TestDatabase } from "./databases.js";

// The law of the issue for the camera summary: the state from SQL, merged with a state
// from JavaScript of another shard, finishes byte for byte as one JavaScript pass over
// everything, in each dialect, with or without a day the points are counted on.

const optionsArb = fc.record(
  {
    asOf: fc.integer({ min: 0, max: 10 * 365 }).map(dayString),
    households: fc.integer({ min: 0, max: 5_000 }),
  },
  { requiredKeys: [] },
);

const dayAfter = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * A point with a distinct id, most often installed or removed the day before `asOf`, on
 * it or the day after: where "in service on a day" shows.
 */
const edgeCameraArb = (asOf: string | undefined, i: number) =>
  fc
    .tuple(cameraArb, fc.option(fc.integer({ min: -1, max: 1 }), { nil: undefined, freq: 3 }))
    .map(([camera, shift]): CameraPoint => {
      const point = { ...camera, id: `cam-${i}` };
      if (asOf === undefined || shift === undefined || point.installedOn === undefined) {
        return point;
      }
      const edge = dayAfter(asOf, shift);
      if (point.removedOn === undefined) return { ...point, installedOn: edge };
      const installedOn = [point.installedOn, edge].sort()[0] as string;
      return { ...point, installedOn, removedOn: edge };
    });

/** Options, and points cut in two shards: the database's and JavaScript's. */
const caseArb = optionsArb.chain((options) =>
  fc
    .integer({ min: 0, max: 40 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => edgeCameraArb(options.asOf, i))))
    .chain((all) =>
      fc
        .nat({ max: all.length })
        .map((cut) => ({ options, all, inDb: all.slice(0, cut), inJs: all.slice(cut) })),
    ),
);

let databases: TestDatabase[] = [];
// Opening PGlite takes seconds on a busy machine: more than the default hook timeout.
beforeAll(async () => {
  databases = await openDatabases();
}, 60_000);
afterAll(async () => {
  for (const db of databases) await db.close();
});

async function reload(db: TestDatabase, cameras: readonly CameraPoint[]): Promise<void> {
  await loadDataset(db.client, {}, { kinds: ["cameras"] });
  await db.client.query('DELETE FROM "cameras"');
  await loadDataset(db.client, { cameras: [...cameras] }, { kinds: ["cameras"], create: false });
}

describe.each(DATABASE_NAMES)("the camera summary in SQL (%s)", (name) => {
  const db = () => databases.find((d) => d.name === name) as TestDatabase;

  it("merged with a JavaScript shard, finishes as one JavaScript pass", async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ options, all, inDb, inJs }) => {
        const summary = cameraSummary(options);
        await reload(db(), inDb);
        const fromSql = viaJson(await stateFromDatabase(db().client, cameraSummarySql(options)));
        expect(() => parseState(summary, JSON.stringify(fromSql))).not.toThrow();
        const merged = mergeStates(summary, [fromSql, aggregateState(summary, inJs)]);
        expect(JSON.stringify(summary.finish(merged))).toBe(
          JSON.stringify(aggregate(summary, all)),
        );
      }),
      { numRuns: 40 },
    );
  });

  it("counts a point removed on asOf, and tells none, mixed and unassigned payers apart", async () => {
    const point: Omit<CameraPoint, "id"> = {
      unitCode: "15532",
      ownerKind: "household",
      installedOn: "2020-09-15",
      connectedToDutyRoom: false,
      sharingTier: "registered",
      coverage: ["road"],
      status: "active",
      lenses: 1,
    };
    const cameras: CameraPoint[] = [
      { ...point, id: "c-1", funding: [] },
      {
        ...point,
        id: "c-2",
        funding: [
          { source: "households", amount: 1 },
          { source: "household", amount: 2 },
        ],
      },
      {
        ...point,
        id: "c-3",
        funding: [
          { source: "budget", amount: 3 },
          { source: "household", amount: 4 },
        ],
      },
      { ...point, id: "c-4", status: "removed", removedOn: "2024-12-31" },
      { ...point, id: "c-5", status: "removed", removedOn: "2024-12-30" },
      { ...point, id: "c-6", installedOn: "2024-12-31" },
      { ...point, id: "c-7", installedOn: "2025-01-01" },
    ];
    await reload(db(), cameras);
    const options = { asOf: "2024-12-31" };
    const state = await stateFromDatabase(db().client, cameraSummarySql(options));
    const summary = cameraSummary(options).finish(state);
    expect(Object.keys(summary.byPayer)).toEqual(["household", "mixed", "none", "unassigned"]);
    expect(summary.removedBefore.points).toBe(1);
    expect(summary.notYetInstalled.points).toBe(1);
    expect(summary.points).toBe(5);
    expect(summary.cost.bySource).toEqual({ budget: 3, household: 7 });
    expect(summary).toEqual(aggregate(cameraSummary(options), cameras));
  });
});
