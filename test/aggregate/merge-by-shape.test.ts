// The summaries' generic merge (src/aggregate/summaries.ts, internal): counts add,
// dictionaries of counts add key by key with own-property semantics, nested fields recurse,
// hooks take the fields with a logic of their own, and the second state is never changed.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { StateShape } from "../../src/aggregate/index.js";
import {
  COUNT_SHAPE,
  COUNTS_SHAPE,
  counter,
  mergeByShape,
  newDict,
} from "../../src/aggregate/summaries.js";
import {
  aggregateState,
  type CameraPoint,
  cameraSummary,
  type Incident,
  incidentSummary,
  type Team,
  teamSummary,
} from "../../src/index.js";
import { deepFreezeAllKeys, json, viaJson } from "../support/helpers.js";

const BIG = Number.MAX_SAFE_INTEGER - 1;

/** What `run` throws (it must throw). */
function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}

interface Sample {
  total: number;
  signed: number;
  byCode: Record<string, number>;
  inner: { points: number; byKind: Record<string, number> };
}

const SAMPLE_SHAPE: StateShape = {
  type: "named",
  name: "test.sample",
  version: 1,
  of: {
    type: "fields",
    fields: {
      total: COUNT_SHAPE,
      signed: { type: "integer" },
      byCode: COUNTS_SHAPE,
      inner: { type: "fields", fields: { points: COUNT_SHAPE, byKind: COUNTS_SHAPE } },
    },
  },
};

const sample = (): Sample => ({
  total: 0,
  signed: 0,
  byCode: { theft: 0, fraud: 0 },
  inner: { points: 0, byKind: newDict() },
});

const merge = mergeByShape<Sample>(SAMPLE_SHAPE);

describe("mergeByShape", () => {
  it("adds counts and integers, into the first state, which it returns", () => {
    const a = { ...sample(), total: 2, signed: -5 };
    const merged = merge(a, { ...sample(), total: 3, signed: 2 });
    expect(merged).toBe(a);
    expect(merged.total).toBe(5);
    expect(merged.signed).toBe(-3);
  });

  it("merges dictionaries of counts key by key, keys such as __proto__ as own keys", () => {
    const a = sample();
    a.byCode["theft"] = 1;
    // A state that went through JSON: an own "__proto__" key and an Object.prototype.
    const b = JSON.parse(
      '{"total":0,"signed":0,"byCode":{"theft":2,"__proto__":3,"constructor":4,"unassigned":1},"inner":{"points":0,"byKind":{"__proto__":5}}}',
    ) as Sample;
    merge(a, b);
    expect(Object.getPrototypeOf(a.byCode)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(a.inner.byKind)).toBe(null);
    expect(Object.hasOwn(a.byCode, "__proto__")).toBe(true);
    expect(Object.hasOwn(a.inner.byKind, "__proto__")).toBe(true);
    expect(json(a.byCode)).toBe(
      '{"theft":3,"fraud":0,"__proto__":3,"constructor":4,"unassigned":1}',
    );
    expect(json(a.inner.byKind)).toBe('{"__proto__":5}');
    // Merged again: the own buckets add up; nothing is read from Object.prototype.
    merge(a, b);
    expect(json(a.byCode)).toBe(
      '{"theft":5,"fraud":0,"__proto__":6,"constructor":8,"unassigned":2}',
    );
    expect(({} as Record<string, unknown>)["theft"]).toBeUndefined();
  });

  it("merges the counters of a code list as mergeCounts does, keeping their shape", () => {
    const codes = counter(["b", "a"]);
    const shape: StateShape = { type: "fields", fields: { by: COUNTS_SHAPE } };
    const a = { by: codes.make() };
    const b = { by: { ...codes.make(), a: 2, other: 1 } };
    mergeByShape<typeof a>(shape)(a, b);
    expect(json(a)).toBe('{"by":{"b":0,"a":2,"other":1}}');
  });

  it("recurses into nested fields", () => {
    const a = sample();
    a.inner.points = 4;
    const b = sample();
    b.inner.points = 6;
    b.inner.byKind["road"] = 2;
    const inner = a.inner;
    merge(a, b);
    expect(a.inner).toBe(inner);
    expect(json(a.inner)).toBe('{"points":10,"byKind":{"road":2}}');
  });

  it("never changes the second state, nor shares an object with it", () => {
    const a = sample();
    const b = deepFreezeAllKeys(
      viaJson({
        ...sample(),
        total: 1,
        byCode: { theft: 1, new: 2 },
        inner: { points: 1, byKind: { x: 1 } },
      }),
    );
    const before = json(b);
    merge(a, b);
    merge(a, b);
    expect(json(b)).toBe(before);
    expect(a.byCode).not.toBe(b.byCode);
    expect(a.inner).not.toBe(b.inner);
    expect(json(a)).toBe(
      '{"total":2,"signed":0,"byCode":{"theft":2,"fraud":0,"new":4},"inner":{"points":2,"byKind":{"x":2}}}',
    );
  });

  it("merges a field of its hooks with the hook, given both values", () => {
    const shape: StateShape = {
      type: "fields",
      fields: { n: COUNT_SHAPE, latest: { type: "text-or-null" } },
    };
    type S = { n: number; latest: string | null };
    const latest = (x: string | null, y: string | null) =>
      x === null || (y !== null && y > x) ? y : x;
    const mergeS = mergeByShape<S>(shape, { latest });
    expect(mergeS({ n: 1, latest: "2024-01-02" }, { n: 2, latest: "2024-03-01" })).toEqual({
      n: 3,
      latest: "2024-03-01",
    });
    expect(mergeS({ n: 0, latest: "2024-01-02" }, { n: 0, latest: null })).toEqual({
      n: 0,
      latest: "2024-01-02",
    });
  });

  it("refuses, when made, a field it cannot merge without a hook, and a hook for no field", () => {
    const text: StateShape = { type: "fields", fields: { latest: { type: "text-or-null" } } };
    expect(() => mergeByShape(text)).toThrow(TypeError);
    expect(() => mergeByShape(text)).toThrow(/latest/);
    const nested: StateShape = {
      type: "fields",
      fields: { served: { type: "dict", of: { type: "fields", fields: { n: COUNT_SHAPE } } } },
    };
    expect(() => mergeByShape(nested)).toThrow(/served/);
    expect(() =>
      mergeByShape({ type: "fields", fields: { g: { type: "groups", of: COUNT_SHAPE } } }),
    ).toThrow(TypeError);
    expect(() =>
      mergeByShape<{ n: number; m: number }>(
        { type: "fields", fields: { n: COUNT_SHAPE } },
        { m: (x, y) => x + y },
      ),
    ).toThrow(/m/);
  });

  it("adds like the hand-written merges: dictionaries and counts, as a property", () => {
    const key = fc.constantFrom("theft", "fraud", "__proto__", "constructor", "toString", "15532");
    const counts = fc
      .array(fc.tuple(key, fc.nat({ max: 1_000_000 })), { maxLength: 6 })
      .map((entries) => viaJson(Object.fromEntries(entries)) as Record<string, number>);
    const state = fc.record({
      total: fc.nat({ max: 1_000_000 }),
      signed: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      byCode: counts,
      inner: fc.record({ points: fc.nat({ max: 1_000_000 }), byKind: counts }),
    });
    const own = (dict: Record<string, number>, k: string) =>
      Object.hasOwn(dict, k) ? (dict[k] as number) : 0;
    const sumDicts = (x: Record<string, number>, y: Record<string, number>) =>
      [...new Set([...Object.keys(x), ...Object.keys(y)])]
        .sort()
        .map((k) => [k, own(x, k) + own(y, k)]);
    fc.assert(
      fc.property(state, state, state, (x, y, z) => {
        const frozen = deepFreezeAllKeys(viaJson(y));
        const merged = merge(viaJson(x), frozen);
        expect(json(frozen)).toBe(json(y));
        expect(merged.total).toBe(x.total + y.total);
        expect(merged.signed).toBe(x.signed + y.signed);
        expect(merged.inner.points).toBe(x.inner.points + y.inner.points);
        const entries = (d: Record<string, number>) =>
          Object.keys(d)
            .sort()
            .map((k) => [k, d[k]]);
        expect(entries(merged.byCode)).toEqual(sumDicts(x.byCode, y.byCode));
        expect(entries(merged.inner.byKind)).toEqual(sumDicts(x.inner.byKind, y.inner.byKind));
        // Associative and commutative, up to the order of keys.
        const left = merge(merge(viaJson(x), viaJson(y)), viaJson(z));
        const right = merge(viaJson(z), merge(viaJson(y), viaJson(x)));
        expect(left).toEqual(right);
      }),
    );
  });
});

describe("the summaries merged by shape throw as before on unsafe integers", () => {
  it("incidentSummary: suspects beyond 2^53 (RangeError, same message)", () => {
    const aggregator = incidentSummary();
    const incident: Incident = {
      id: "a",
      category: "theft",
      occurredAt: "2024-03-07T01:40:00+07:00",
      unitCode: "15532",
      detectedBy: "report",
      status: "received",
      suspects: BIG,
    };
    const state = aggregateState(aggregator, [incident]);
    const shipped = deepFreezeAllKeys(viaJson(state));
    const error = errorOf(() => aggregator.merge(viaJson(state), shipped));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(
      `The number of suspects ${BIG} (total ${BIG * 2}) is not a safe integer (Số đối tượng không hợp lệ)`,
    );
    expect(json(shipped)).toBe(json(state));
  });

  it("cameraSummary: a cost beyond 2^53, in total or by source (RangeError, same message)", () => {
    const aggregator = cameraSummary();
    const camera: CameraPoint = {
      id: "c",
      unitCode: "15532",
      ownerKind: "household",
      installedOn: "2020-09-15",
      connectedToDutyRoom: true,
      sharingTier: "live-view",
      coverage: ["road"],
      status: "active",
      lenses: 1,
      funding: [{ source: "households", amount: BIG }],
    };
    const state = aggregateState(aggregator, [camera]);
    const message = `The cost ${BIG * 2} is not a safe integer: amounts must be whole đồng and sums below 2^53 (Số tiền không phải số nguyên an toàn)`;
    const total = errorOf(() =>
      aggregator.merge(viaJson(state), deepFreezeAllKeys(viaJson(state))),
    );
    expect(total).toBeInstanceOf(RangeError);
    expect(total.message).toBe(message);
    // A cost that fits but a source that does not (a state made by hand).
    const small = { ...viaJson(state), cost: 1 };
    const bySource = errorOf(() =>
      aggregator.merge(viaJson(small), deepFreezeAllKeys(viaJson(small))),
    );
    expect(bySource).toBeInstanceOf(RangeError);
    expect(bySource.message).toBe(message);
    // The other counts add as before, unchecked (the old code "households" counts as "household").
    expect(aggregator.merge(aggregator.init(), state).costBySource["household"]).toBe(BIG);
  });

  it("teamSummary: households and equipment beyond 2^53 (RangeError, same message)", () => {
    const aggregator = teamSummary();
    const team: Team = {
      id: "t",
      kind: "self-governing",
      name: "Tổ tự quản",
      unitCode: "15532",
      foundedOn: "2020-01-01",
      householdCount: BIG,
      equipment: [{ kind: "siren", count: BIG }],
    };
    const message = `The sum ${BIG * 2} is not a safe integer: sums are exact only below 2^53 (Tổng vượt quá giới hạn số nguyên an toàn)`;
    const state = aggregateState(aggregator, [team]);
    const households = errorOf(() =>
      aggregator.merge(viaJson(state), deepFreezeAllKeys(viaJson(state))),
    );
    expect(households).toBeInstanceOf(RangeError);
    expect(households.message).toBe(message);
    const equipmentOnly = viaJson(state);
    equipmentOnly.households = { numerator: 0, denominator: 0 };
    const equipment = errorOf(() =>
      aggregator.merge(viaJson(equipmentOnly), deepFreezeAllKeys(viaJson(equipmentOnly))),
    );
    expect(equipment).toBeInstanceOf(RangeError);
    expect(equipment.message).toBe(message);
  });
});
