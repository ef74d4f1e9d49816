import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  aggregate,
  aggregateState,
  byUnit,
  count,
  countBy,
  finishRollup,
  type GroupedState,
  type Groups,
  groupBy,
  mergeGroups,
  mergeStates,
  type Rollup,
  type RollupState,
  type RollupTarget,
  rollup,
  rollupTotal,
} from "../../src/index.js";
import { viaJson } from "../support/helpers.js";
import { recordsArb, type TestRecord } from "./arbitraries.js";

interface Incident {
  unitCode?: string;
  category: string;
}

const perCommune = groupBy(
  byUnit((r: Incident) => r.unitCode),
  countBy((r) => r.category),
);

const incidents: Incident[] = [
  { unitCode: "15532", category: "theft" },
  { unitCode: "15535", category: "theft" },
  { unitCode: "15535", category: "fraud" },
  { unitCode: "10105", category: "fraud" }, // split between two new communes
  { unitCode: "99999", category: "theft" }, // not in the index
  { category: "drugs" }, // no unit
];

/** A toy index: 155xx communes are in province 38, 10105 was split in two. */
const toProvince = (code: string): RollupTarget => {
  if (code.startsWith("155")) return { kind: "unit", code: "38" };
  if (code === "10105") return { kind: "ambiguous", candidates: ["10108", "10106", "10108"] };
  return { kind: "unknown" };
};

describe("rollup", () => {
  it("merges the groups of one unit, keeps ambiguous, unknown and unassigned groups apart", () => {
    const state = aggregateState(perCommune, incidents);
    const rolled = finishRollup(perCommune, rollup(perCommune, state, toProvince));
    expect(rolled).toEqual({
      units: { "38": { fraud: 1, theft: 2 } },
      unassigned: { drugs: 1 },
      ambiguous: { "10105": { candidates: ["10106", "10108"], value: { fraud: 1 } } },
      unknown: { "99999": { theft: 1 } },
    });
  });

  it("never calls the mapper for the unassigned group", () => {
    const seen: string[] = [];
    rollup(perCommune, aggregateState(perCommune, incidents), (code) => {
      seen.push(code);
      return toProvince(code);
    });
    expect(seen.sort()).toEqual(["10105", "15532", "15535", "99999"]);
  });

  it("gives empty buckets for an empty state", () => {
    const rolled = rollup(perCommune, perCommune.init(), toProvince);
    expect(finishRollup(perCommune, rolled)).toEqual({
      units: {},
      unassigned: {},
      ambiguous: {},
      unknown: {},
    });
  });

  it("reconciles: the total out equals the total in", () => {
    const state = aggregateState(perCommune, incidents);
    const rolled = rollup(perCommune, state, toProvince);
    expect(perCommune.inner.finish(rollupTotal(perCommune, rolled))).toEqual(
      perCommune.inner.finish(mergeGroups(perCommune, state)),
    );
  });

  it("rolls up again, from communes to provinces to a region", () => {
    const perUnit = groupBy(
      byUnit((r: Incident) => r.unitCode),
      count(),
    );
    const toRegion = (): RollupTarget => ({ kind: "unit", code: "north" });
    const provinces = rollup(perUnit, aggregateState(perUnit, incidents), toProvince);
    const region = rollup(perUnit, provinces.units, toRegion);
    expect(finishRollup(perUnit, region).units).toEqual({ north: 3 });
    expectTypeOf(region).toEqualTypeOf<RollupState<number>>();
    expectTypeOf(finishRollup(perUnit, region).units).toEqualTypeOf<
      Readonly<Record<string, number>>
    >();
  });

  it("is typed by the grouping's state and output", () => {
    const state = aggregateState(perCommune, incidents);
    const rolled = rollup(perCommune, state, toProvince);
    expectTypeOf(rolled).toEqualTypeOf<RollupState<GroupedState<number>>>();
    expectTypeOf(finishRollup(perCommune, rolled)).toEqualTypeOf<Rollup<Groups<string, number>>>();
  });
});

describe("the laws of rollup", () => {
  const perUnit = groupBy(
    byUnit((r: TestRecord) => r.unitCode),
    countBy((r) => r.category),
  );
  /** Maps every key somewhere, depending on a seed: units, ambiguous or unknown. */
  const mapperArb = fc
    .integer({ min: 0, max: 1000 })
    .map((seed) => (code: string): RollupTarget => {
      const h = [...code].reduce((acc, ch) => (acc * 31 + ch.charCodeAt(0) + seed) % 997, seed);
      if (h % 5 === 0) return { kind: "unknown" };
      if (h % 5 === 1) return { kind: "ambiguous", candidates: [`c${h % 3}`, `c${h % 2}`] };
      return { kind: "unit", code: `p${h % 3}` };
    });

  const sumAll = (value: unknown): number =>
    typeof value === "number"
      ? value
      : typeof value === "object" && value !== null
        ? Object.values(value).reduce<number>((acc, v) => acc + sumAll(v), 0)
        : 0;

  it("counts every record exactly once across the four buckets", () => {
    fc.assert(
      fc.property(recordsArb, mapperArb, (records, mapKey) => {
        const rolled = finishRollup(
          perUnit,
          rollup(perUnit, aggregateState(perUnit, records), mapKey),
        );
        const inAmbiguous = Object.values(rolled.ambiguous).map((group) => group.value);
        expect(
          sumAll(rolled.units) +
            sumAll(rolled.unassigned) +
            sumAll(inAmbiguous) +
            sumAll(rolled.unknown),
        ).toBe(records.length);
      }),
    );
  });

  it("merges exactly the groups that map to a unit into it", () => {
    fc.assert(
      fc.property(recordsArb, mapperArb, (records, mapKey) => {
        const state = aggregateState(perUnit, records);
        const rolled = finishRollup(perUnit, rollup(perUnit, state, mapKey));
        const expected = new Map<string, GroupedState<number>[]>();
        for (let j = 0; j < state.length; j += 2) {
          const key = state[j] as string;
          const group = state[j + 1] as GroupedState<number>;
          if (key === "unassigned") continue;
          const target = mapKey(key);
          if (target.kind === "unit") {
            expected.set(target.code, [...(expected.get(target.code) ?? []), group]);
          }
        }
        const units = Object.fromEntries(
          [...expected].map(([code, groups]) => [
            code,
            perUnit.inner.finish(mergeStates(perUnit.inner, groups)),
          ]),
        );
        expect(rolled.units).toEqual(units);
      }),
    );
  });

  it("reconciles, leaves its input untouched and survives JSON", () => {
    fc.assert(
      fc.property(recordsArb, mapperArb, (records, mapKey) => {
        const state = aggregateState(perUnit, records);
        const before = JSON.stringify(state);
        const rolled = rollup(perUnit, state, mapKey);
        expect(JSON.stringify(state)).toBe(before);
        const totalIn = perUnit.inner.finish(mergeGroups(perUnit, state));
        expect(perUnit.inner.finish(rollupTotal(perUnit, rolled))).toEqual(totalIn);
        expect(perUnit.inner.finish(rollupTotal(perUnit, viaJson(rolled)))).toEqual(totalIn);
        expect(JSON.stringify(finishRollup(perUnit, viaJson(rolled)))).toBe(
          JSON.stringify(finishRollup(perUnit, rolled)),
        );
        // rolling up a shipped state gives the same result
        expect(finishRollup(perUnit, rollup(perUnit, viaJson(state), mapKey))).toEqual(
          finishRollup(perUnit, rolled),
        );
        // the grouped output of the whole agrees with the rolled-up unassigned bucket
        expect(finishRollup(perUnit, rolled).unassigned).toEqual(
          aggregate(perUnit, records).unassigned ?? {},
        );
      }),
    );
  });
});
