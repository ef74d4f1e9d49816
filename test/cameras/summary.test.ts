import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type Aggregator,
  aggregate,
  aggregateState,
  byUnit,
  exportState,
  groupBy,
  mergeStates,
} from "../../src/aggregate/index.js";
import {
  type CameraCount,
  type CameraPoint,
  type CameraPointInput,
  CameraPointSchema,
  type CameraSummary,
  type CameraSummaryState,
  cameraPointCost,
  cameraSummary,
  summarizeCameras,
} from "../../src/cameras/index.js";
import { incidentSummary } from "../../src/incidents/index.js";
import { cameraArb, camerasArb, dayString } from "../support/cameras.js";
import { json, stream, viaJson } from "../support/helpers.js";
import { describeAggregatorLaws, REFERENCE_LAW_NAMES } from "../support/laws.js";
import {
  describeStateIntegrity,
  expectRecordError,
  expectRejectedRecordError,
  readBack,
  recordErrorOf,
  shipped,
} from "../support/untrusted.js";

// ---------------------------------------------------------------------------------------
// Helpers

function sumOf(groups: Record<string, CameraCount | undefined>, field: keyof CameraCount): number {
  return Object.values(groups).reduce((acc, count) => acc + (count?.[field] ?? 0), 0);
}

const optionsArb = fc.record(
  {
    asOf: fc.integer({ min: 0, max: 10 * 365 }).map(dayString),
    households: fc.integer({ min: 0, max: 5_000 }),
  },
  { requiredKeys: [] },
);

/** The figures, computed the plain way, as a reference. */
function reference(cameras: readonly CameraPoint[], asOf?: string) {
  const isPlanned = (c: CameraPoint) => c.status === "planned";
  const inService = (c: CameraPoint) =>
    !isPlanned(c) &&
    (asOf === undefined ||
      ((c.installedOn as string) <= asOf && !(c.removedOn !== undefined && c.removedOn < asOf)));
  const counted = cameras.filter(inService);
  const planned = cameras.filter(isPlanned);
  const funded = planned.filter((c) => (c.funding?.length ?? 0) > 0);
  const lensesOf = (list: readonly CameraPoint[]) => list.reduce((acc, c) => acc + c.lenses, 0);
  const recorded = counted.filter((c) => c.funding !== undefined);
  const cost = recorded.reduce((acc, c) => acc + cameraPointCost(c), 0);
  return {
    points: counted.length,
    lenses: lensesOf(counted),
    notYetInstalled: cameras.filter(
      (c) => asOf !== undefined && !isPlanned(c) && (c.installedOn as string) > asOf,
    ).length,
    planned: { points: planned.length, lenses: lensesOf(planned) },
    plannedFunded: { points: funded.length, lenses: lensesOf(funded) },
    plannedCost: funded.reduce((acc, c) => acc + cameraPointCost(c), 0),
    recorders: counted.reduce((acc, c) => acc + (c.recorders ?? 0), 0),
    dutyRoomScreens: counted.reduce((acc, c) => acc + (c.dutyRoomScreens ?? 0), 0),
    connected: lensesOf(counted.filter((c) => c.connectedToDutyRoom)),
    households: lensesOf(counted.filter((c) => c.ownerKind === "household")),
    cost,
    recordedPoints: recorded.length,
  };
}

// ---------------------------------------------------------------------------------------

const base: Pick<CameraPoint, "unitCode" | "installedOn" | "coverage" | "status"> = {
  unitCode: "15532",
  installedOn: "2020-09-15",
  coverage: ["road"],
  status: "active",
};

const xuanSinh: CameraPoint[] = [
  {
    ...base,
    id: "cam-1",
    ownerKind: "household",
    connectedToDutyRoom: true,
    sharingTier: "live-view",
    lenses: 2,
    funding: [{ source: "households", amount: 3_500_000 }],
  },
  {
    ...base,
    id: "cam-2",
    ownerKind: "public",
    connectedToDutyRoom: true,
    sharingTier: "on-request",
    lenses: 4,
    funding: [
      { source: "households", amount: 6_000_000 },
      { source: "business", amount: 4_000_000 },
    ],
  },
  {
    ...base,
    id: "cam-3",
    ownerKind: "school",
    connectedToDutyRoom: false,
    sharingTier: "registered",
    status: "offline",
    lenses: 1,
    funding: [],
  },
  {
    ...base,
    id: "cam-4",
    ownerKind: "household",
    connectedToDutyRoom: false,
    sharingTier: "on-request",
    lenses: 1,
  },
];

describe("summarizeCameras", () => {
  it("gives zeros, empty breakdowns and null ratios for no camera", () => {
    expect(summarizeCameras([])).toEqual({
      asOf: null,
      input: { points: 0, lenses: 0 },
      notYetInstalled: { points: 0, lenses: 0 },
      planned: { points: 0, lenses: 0, funded: { points: 0, lenses: 0 }, cost: 0 },
      removedBefore: { points: 0, lenses: 0 },
      points: 0,
      lenses: 0,
      byOwnerKind: {},
      byStatus: {},
      bySharingTier: {},
      byPayer: {},
      connectedToDutyRoom: { points: 0, lenses: 0 },
      cost: {
        total: 0,
        bySource: {},
        byFundingSource: {},
        recordedPoints: 0,
        averagePerPoint: { numerator: 0, denominator: 0, ratio: null },
      },
      equipment: { recorders: 0, dutyRoomScreens: 0 },
      perThousandHouseholds: null,
    } satisfies CameraSummary);
  });

  it("counts points and lenses of a hand-checked commune in every breakdown", () => {
    expect(summarizeCameras(xuanSinh, { households: 500 })).toEqual({
      asOf: null,
      input: { points: 4, lenses: 8 },
      notYetInstalled: { points: 0, lenses: 0 },
      planned: { points: 0, lenses: 0, funded: { points: 0, lenses: 0 }, cost: 0 },
      removedBefore: { points: 0, lenses: 0 },
      points: 4,
      lenses: 8,
      byOwnerKind: {
        household: { points: 2, lenses: 3 },
        public: { points: 1, lenses: 4 },
        school: { points: 1, lenses: 1 },
      },
      byStatus: { active: { points: 3, lenses: 7 }, offline: { points: 1, lenses: 1 } },
      bySharingTier: {
        "live-view": { points: 1, lenses: 2 },
        "on-request": { points: 2, lenses: 5 },
        registered: { points: 1, lenses: 1 },
      },
      byPayer: {
        household: { points: 1, lenses: 2 },
        mixed: { points: 1, lenses: 4 },
        none: { points: 1, lenses: 1 },
        unassigned: { points: 1, lenses: 1 },
      },
      connectedToDutyRoom: { points: 2, lenses: 6 },
      cost: {
        total: 13_500_000,
        bySource: { business: 4_000_000, household: 9_500_000 },
        byFundingSource: { community: 13_500_000 },
        recordedPoints: 3,
        averagePerPoint: { numerator: 13_500_000, denominator: 3, ratio: 4_500_000 },
      },
      equipment: { recorders: 0, dutyRoomScreens: 0 },
      perThousandHouseholds: {
        points: { numerator: 4, denominator: 500, ratio: 0.008, perThousand: 8 },
        lenses: { numerator: 8, denominator: 500, ratio: 0.016, perThousand: 16 },
      },
    } satisfies CameraSummary);
  });

  it("counts planned points apart, never among the points or lenses in service, whatever asOf", () => {
    const planned: CameraPoint = {
      ...(xuanSinh[0] as CameraPoint),
      id: "cam-plan",
      installedOn: undefined,
      status: "planned",
      plannedOn: "2024-03-01",
      plannedInstallOn: "2025-06-30",
      lenses: 3,
      funding: [{ source: "commune-budget", amount: 9_000_000 }],
    };
    const unfunded: CameraPoint = { ...planned, id: "cam-plan-2", lenses: 1, funding: [] };
    for (const asOf of [undefined, "2019-01-01", "2030-01-01"]) {
      const summary = summarizeCameras([...xuanSinh, planned, unfunded], { asOf });
      expect(summary.points + summary.notYetInstalled.points + summary.removedBefore.points).toBe(
        4,
      );
      expect(summary.planned).toEqual({
        points: 2,
        lenses: 4,
        funded: { points: 1, lenses: 3 },
        cost: 9_000_000,
      });
      expect(summary.input).toEqual({
        points: 6,
        lenses: summary.lenses + summary.notYetInstalled.lenses + 4,
      });
      expect(summary.cost.total).toBe(asOf === "2019-01-01" ? 0 : 13_500_000);
    }
  });

  it("adds up the recorders and duty-room screens of the points in service only", () => {
    const [a, b, c] = xuanSinh as [CameraPoint, CameraPoint, CameraPoint];
    const summary = summarizeCameras(
      [
        { ...a, recorders: 2, dutyRoomScreens: 1 },
        { ...b, recorders: 1 },
        { ...c, recorders: 5, dutyRoomScreens: 2, removedOn: "2022-01-01", status: "removed" },
      ],
      { asOf: "2024-12-31" },
    );
    expect(summary.equipment).toEqual({ recorders: 3, dutyRoomScreens: 1 });
  });

  it("counts an old payer code under the code it stands for, and splits the cost into community and budget", () => {
    const base = xuanSinh[0] as CameraPoint;
    const summary = summarizeCameras([
      {
        ...base,
        id: "a",
        funding: [
          { source: "households", amount: 1_000_000 },
          { source: "household", amount: 500_000 },
        ],
      },
      {
        ...base,
        id: "b",
        funding: [
          { source: "budget", amount: 2_000_000 },
          { source: "commune-budget", amount: 700_000 },
          { source: "business", amount: 300_000 },
        ],
      },
    ]);
    expect(summary.byPayer["household"]?.points).toBe(1);
    expect(summary.byPayer["mixed"]?.points).toBe(1);
    expect(summary.cost.bySource).toEqual({
      budget: 2_000_000,
      business: 300_000,
      "commune-budget": 700_000,
      household: 1_500_000,
    });
    expect(summary.cost.byFundingSource).toEqual({ budget: 2_700_000, community: 1_800_000 });
  });

  it("counts a camera connected to the duty room once, with all its lenses", () => {
    const summary = summarizeCameras([xuanSinh[0] as CameraPoint]);
    expect(summary.connectedToDutyRoom).toEqual({ points: 1, lenses: 2 });
  });

  it("counts a point without lenses (before parsing) as one lens", () => {
    const input: CameraPointInput = {
      id: "cam-9",
      unitCode: "15532",
      ownerKind: "police",
      installedOn: "2022-01-01",
      connectedToDutyRoom: true,
      sharingTier: "live-view",
      coverage: ["road"],
      status: "active",
    };
    expect(summarizeCameras([input]).lenses).toBe(1);
    expect(summarizeCameras([CameraPointSchema.parse(input)]).lenses).toBe(1);
  });

  it("reads a funding list of one source as that payer, and a list with none as 'none'", () => {
    const one: CameraPoint = {
      ...base,
      id: "a",
      ownerKind: "household",
      connectedToDutyRoom: false,
      sharingTier: "registered",
      lenses: 1,
    };
    const summary = summarizeCameras([
      {
        ...one,
        funding: [
          { source: "budget", amount: 1 },
          { source: "budget", amount: 2 },
        ],
      },
      { ...one, funding: [] },
    ]);
    expect(summary.byPayer).toEqual({
      budget: { points: 1, lenses: 1 },
      none: { points: 1, lenses: 1 },
    });
    expect(summary.cost.averagePerPoint).toEqual({ numerator: 3, denominator: 2, ratio: 1.5 });
  });

  it("never gives NaN or Infinity: no household and no recorded cost give null ratios", () => {
    const summary = summarizeCameras([xuanSinh[3] as CameraPoint], { households: 0 });
    expect(summary.cost.averagePerPoint.ratio).toBeNull();
    expect(summary.perThousandHouseholds?.points).toEqual({
      numerator: 1,
      denominator: 0,
      ratio: null,
      perThousand: null,
    });
    expect(JSON.stringify(summary)).not.toMatch(/NaN|Infinity/);
  });

  describe("asOf", () => {
    const at = (installedOn: string, removedOn?: string): CameraPoint => ({
      ...base,
      id: `cam-${installedOn}-${removedOn}`,
      ownerKind: "household",
      connectedToDutyRoom: false,
      sharingTier: "registered",
      installedOn,
      lenses: 3,
      ...(removedOn !== undefined && { status: "removed", removedOn }),
    });

    it("counts points installed on or before the day and not removed before it", () => {
      const cameras = [
        at("2024-12-31"), // installed that day: counted
        at("2025-01-01"), // installed the day after
        at("2020-01-01", "2024-12-30"), // removed the day before
        at("2020-01-01", "2024-12-31"), // removed that day: still in place that day
        at("2020-01-01", "2025-06-01"), // removed later: counted, under status removed
      ];
      const summary = summarizeCameras(cameras, { asOf: "2024-12-31" });
      expect(summary.asOf).toBe("2024-12-31");
      expect(summary.points).toBe(3);
      expect(summary.notYetInstalled).toEqual({ points: 1, lenses: 3 });
      expect(summary.removedBefore).toEqual({ points: 1, lenses: 3 });
      expect(summary.input).toEqual({ points: 5, lenses: 15 });
      expect(summary.byStatus).toEqual({
        active: { points: 1, lenses: 3 },
        removed: { points: 2, lenses: 6 },
      });
    });

    it("counts every point, removed or not, without asOf", () => {
      const summary = summarizeCameras([at("2020-01-01", "2021-01-01"), at("2030-01-01")]);
      expect(summary.points).toBe(2);
      expect(summary.removedBefore.points).toBe(0);
    });
  });

  it("counts a missing code under unassigned, and keys named like Object members as codes", () => {
    const odd = [
      { ...xuanSinh[3], ownerKind: undefined },
      { ...xuanSinh[3], ownerKind: "" },
      {
        ...xuanSinh[3],
        ownerKind: "constructor",
        status: "__proto__",
        funding: [{ source: "toString", amount: 5 }],
      },
    ] as unknown as CameraPoint[];
    const summary = summarizeCameras(odd);
    expect(summary.byOwnerKind).toEqual({
      constructor: { points: 1, lenses: 1 },
      unassigned: { points: 2, lenses: 2 },
    });
    expect(Object.hasOwn(summary.byStatus, "__proto__")).toBe(true);
    expect(summary.cost.bySource).toEqual({ toString: 5 });
    // the same through JSON states
    const aggregator = cameraSummary();
    const states = odd.map((camera) => viaJson(aggregateState(aggregator, [camera])));
    expect(JSON.stringify(aggregator.finish(mergeStates(aggregator, states)))).toBe(
      JSON.stringify(summary),
    );
  });

  it("reads arrays, iterables and async iterables alike", async () => {
    const fromArray = summarizeCameras(xuanSinh, { asOf: "2024-01-01" });
    expect(summarizeCameras(new Set(xuanSinh), { asOf: "2024-01-01" })).toEqual(fromArray);
    const promise = summarizeCameras(stream(xuanSinh), { asOf: "2024-01-01" });
    expect(promise).toBeInstanceOf(Promise);
    expect(await promise).toEqual(fromArray);
  });

  it("rejects invalid options with a RangeError", () => {
    expect(() => summarizeCameras([], { asOf: "2024-02-30" })).toThrow(RangeError);
    expect(() => summarizeCameras([], { households: -1 })).toThrow(/Số hộ/);
    expect(() => summarizeCameras([], { households: 1.5 })).toThrow(RangeError);
    expect(() => cameraSummary({ households: Number.NaN })).toThrow(RangeError);
  });

  it("refuses amounts that are not whole đồng and costs beyond 2^53", () => {
    const camera = (amount: number): CameraPoint => ({
      ...(xuanSinh[0] as CameraPoint),
      funding: [{ source: "households", amount }],
    });
    expect(recordErrorOf(() => summarizeCameras([camera(1.5)])).cause).toBeInstanceOf(RangeError);
    const big = Number.MAX_SAFE_INTEGER - 1;
    expect(() => summarizeCameras([camera(big), camera(big)])).toThrow(/safe integer/);
    const aggregator = cameraSummary();
    const state = aggregateState(aggregator, [camera(big)]);
    expect(() => aggregator.merge(aggregator.init(), state)).not.toThrow();
    expect(() => aggregator.merge(viaJson(state), state)).toThrow(RangeError);
  });

  it("reproduces the Thọ Xuân 2024 camera figures from matching records", () => {
    // 30 communes; households 1,790 points of 2 lenses (3,580: "gần 3.600"); agencies,
    // businesses and schools 912 lenses ("trên 900"); public cameras 720 lenses; 785
    // lenses connected to the duty rooms ("trên 780").
    const cameras: CameraPoint[] = [];
    const add = (n: number, ownerKind: CameraPoint["ownerKind"], lenses: number) => {
      for (let i = 0; i < n; i++) {
        const connected = cameras.length < 785;
        cameras.push({
          ...base,
          id: `tx-${cameras.length}`,
          unitCode: String(15_500 + (cameras.length % 30)),
          ownerKind,
          lenses,
          connectedToDutyRoom: connected,
          sharingTier: connected ? "live-view" : "on-request",
        });
      }
    };
    add(785, "public", 1);
    add(1790, "household", 2);
    add(304, "agency", 1);
    add(304, "business", 1);
    add(304, "school", 1);
    const summary = summarizeCameras(cameras, { asOf: "2024-12-31" });
    const institutions = ["agency", "business", "school"] as const;
    expect(summary.lenses).toBe(5277);
    expect(summary.lenses).toBeGreaterThan(5200);
    expect(summary.connectedToDutyRoom.lenses).toBe(785);
    expect(institutions.reduce((acc, k) => acc + (summary.byOwnerKind[k]?.lenses ?? 0), 0)).toBe(
      912,
    );
    expect(summary.byOwnerKind.household?.lenses).toBe(3580);
    const perCommune = aggregate(
      groupBy(
        byUnit((c: CameraPoint) => c.unitCode),
        cameraSummary(),
      ),
      cameras,
    );
    expect(Object.keys(perCommune)).toHaveLength(30);
  });

  it("gives figures per commune through the engine's groupBy, merged as JSON", () => {
    const perUnit = groupBy(
      byUnit((c: CameraPoint) => c.unitCode),
      cameraSummary({ asOf: "2024-12-31" }),
    );
    const cameras = [...xuanSinh, { ...(xuanSinh[0] as CameraPoint), id: "x", unitCode: "15535" }];
    const whole = aggregate(perUnit, cameras);
    const parts = [cameras.slice(0, 2), cameras.slice(2)].map((part) =>
      viaJson(aggregateState(perUnit, part)),
    );
    expect(perUnit.finish(mergeStates(perUnit, parts))).toEqual(whole);
    expect(whole["15535"]?.points).toBe(1);
  });

  describe("types", () => {
    it("returns a summary for arrays and iterables, a promise for async iterables", () => {
      expectTypeOf(summarizeCameras(xuanSinh)).toEqualTypeOf<CameraSummary>();
      expectTypeOf(summarizeCameras(new Set(xuanSinh))).toEqualTypeOf<CameraSummary>();
      expectTypeOf(summarizeCameras(stream(xuanSinh))).toEqualTypeOf<Promise<CameraSummary>>();
      expectTypeOf(cameraSummary()).toEqualTypeOf<
        Aggregator<CameraPointInput, CameraSummaryState, CameraSummary>
      >();
      expectTypeOf<CameraSummary["byOwnerKind"]["household"]>().toEqualTypeOf<
        CameraCount | undefined
      >();
    });
  });
});

describeAggregatorLaws({
  title: "cameraSummary laws (property-based, on valid camera points)",
  make: cameraSummary,
  record: cameraArb,
  options: optionsArb,
  summarize: summarizeCameras,
  schema: { of: () => CameraPointSchema },
  names: { ...REFERENCE_LAW_NAMES, schema: "generates records that pass CameraPointSchema" },
  checks: [
    {
      name: "matches the figures computed the plain way",
      check: (summary, cameras, options) => {
        const ref = reference(cameras, options.asOf);
        expect(summary.points).toBe(ref.points);
        expect(summary.lenses).toBe(ref.lenses);
        expect(summary.notYetInstalled.points).toBe(ref.notYetInstalled);
        expect(summary.connectedToDutyRoom.lenses).toBe(ref.connected);
        expect(summary.byOwnerKind.household?.lenses ?? 0).toBe(ref.households);
        expect(summary.cost.total).toBe(ref.cost);
        expect(summary.cost.recordedPoints).toBe(ref.recordedPoints);
        expect(summary.planned).toEqual({
          ...ref.planned,
          funded: ref.plannedFunded,
          cost: ref.plannedCost,
        });
        expect(summary.equipment).toEqual({
          recorders: ref.recorders,
          dutyRoomScreens: ref.dutyRoomScreens,
        });
      },
    },
    {
      name: "counts every record exactly once in each breakdown, and totals reconcile",
      check: (s, cameras, options) => {
        const allLenses = cameras.reduce((acc, c) => acc + c.lenses, 0);
        expect(s.input).toEqual({ points: cameras.length, lenses: allLenses });
        expect(
          s.points + s.notYetInstalled.points + s.removedBefore.points + s.planned.points,
        ).toBe(cameras.length);
        expect(
          s.lenses + s.notYetInstalled.lenses + s.removedBefore.lenses + s.planned.lenses,
        ).toBe(allLenses);
        expect(s.planned.funded.points).toBeLessThanOrEqual(s.planned.points);
        expect(s.byStatus.planned).toBeUndefined();
        for (const breakdown of [s.byOwnerKind, s.byStatus, s.bySharingTier, s.byPayer]) {
          expect(sumOf(breakdown, "points")).toBe(s.points);
          expect(sumOf(breakdown, "lenses")).toBe(s.lenses);
        }
        expect(Object.values(s.cost.bySource).reduce((a, b) => a + (b ?? 0), 0)).toBe(s.cost.total);
        expect(s.cost.recordedPoints).toBe(s.points - (s.byPayer.unassigned?.points ?? 0));
        expect(s.connectedToDutyRoom.points).toBeLessThanOrEqual(s.points);
        if (options.households === undefined) expect(s.perThousandHouseholds).toBeNull();
        else expect(s.perThousandHouseholds?.lenses.numerator).toBe(s.lenses);
      },
    },
  ],
  more: () => {
    it("matches them on days when points are installed or removed (boundaries of asOf)", () => {
      fc.assert(
        fc.property(
          camerasArb.chain((cameras) =>
            fc.tuple(
              fc.constant(cameras),
              fc.constantFrom(
                "2024-12-31",
                ...cameras.flatMap((c) => [c.installedOn, ...(c.removedOn ? [c.removedOn] : [])]),
              ),
            ),
          ),
          ([cameras, asOf]) => {
            const summary = summarizeCameras(cameras, { asOf });
            const ref = reference(cameras, asOf);
            expect(summary.points).toBe(ref.points);
            expect(summary.lenses).toBe(ref.lenses);
            expect(summary.notYetInstalled.points).toBe(ref.notYetInstalled);
          },
        ),
      );
    });
  },
});

describeStateIntegrity({
  kind: "antt.cameras-summary",
  aggregator: cameraSummary({ asOf: "2024-12-31", households: 500 }),
  records: xuanSinh,
  cut: 2,
  summarize: (records) => summarizeCameras(records, { asOf: "2024-12-31", households: 500 }),
  tamper: {
    text: { set: [[["counted", "points"], "5"]] },
    negative: {
      name: "refuses a negative count, in a breakdown and in the cost",
      set: [
        [["byStatus", "lenses", "active"], -1],
        [["costBySource", "households"], -9_500_000],
      ],
    },
    nullBreakdown: {
      set: [
        [["byOwnerKind"], null],
        [["byPayer", "points"], null],
      ],
    },
    unknownField: {
      set: [
        [["counted", "cameras"], 4],
        [["extra"], {}],
      ],
    },
  },
  foreign: [{ aggregator: incidentSummary() }],
  relabelled: [["counted"], ["planned"]],
  arbitrary: {
    noun: "camera points",
    records: camerasArb,
    options: optionsArb,
    make: cameraSummary,
  },
  more: () => {
    it("accepts the states of figures per commune, as groups of camera summaries", () => {
      const perUnit = groupBy(
        byUnit((c: CameraPoint) => c.unitCode),
        cameraSummary(),
      );
      const grouped = aggregateState(perUnit, xuanSinh);
      expect(exportState(perUnit, grouped).kind).toBe("groups<antt.cameras-summary>");
      expect(json(perUnit.finish(readBack(perUnit, shipped(perUnit, grouped))))).toBe(
        json(aggregate(perUnit, xuanSinh)),
      );
    });
  },
});

describe("untrusted input: unvalidated records", () => {
  const valid = xuanSinh;
  const withRecord = (record: unknown) => [valid[0], record, valid[2]] as CameraPointInput[];
  const second = { index: 1, id: "cam-2" };

  it("throws a RecordError naming the record and lenses written as text", () => {
    expectRecordError(() => summarizeCameras(withRecord({ ...valid[1], lenses: "3" })), {
      ...second,
      says: ['lenses must be a whole number of at least 0, not "3" (string)'],
      cause: TypeError,
    });
  });

  it("throws a RecordError for negative or fractional lenses, rather than count them", () => {
    expectRecordError(() => summarizeCameras(withRecord({ ...valid[1], lenses: -2 })), {
      ...second,
      says: ["lenses must be a whole number of at least 0, not -2"],
      cause: TypeError,
    });
    expectRecordError(() => summarizeCameras(withRecord({ ...valid[1], lenses: 1.5 })), {
      ...second,
      cause: RangeError,
    });
  });

  it("throws a RecordError naming the funding entry whose amount is text", () => {
    const funding = [
      { source: "households", amount: 6_000_000 },
      { source: "business", amount: "4000000" },
    ];
    expectRecordError(() => summarizeCameras(withRecord({ ...valid[1], funding })), {
      ...second,
      says: [
        'funding[1].amount must be a whole number of đồng of at least 0, not "4000000" (string)',
      ],
      cause: TypeError,
    });
  });

  it("names the record in figures per commune and over an async source too", async () => {
    const records = withRecord({ ...valid[1], lenses: "3" });
    const perUnit = groupBy(
      byUnit((c: CameraPoint) => c.unitCode),
      cameraSummary(),
    );
    expectRecordError(() => aggregate(perUnit, records), second);
    await expectRejectedRecordError(summarizeCameras(stream(records)), second);
  });

  it("throws the TypeError itself from the aggregator's add, for a caller's own loop", () => {
    expect(() =>
      cameraSummary().add(cameraSummary().init(), { ...valid[1], lenses: "3" } as never),
    ).toThrow(TypeError);
  });
});
