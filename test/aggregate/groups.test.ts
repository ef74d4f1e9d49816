import { describe, expect, it } from "vitest";
import { compareKeys } from "../../src/aggregate/dict.js";
import { findGroup, finishGroups, insertGroup, newGroups } from "../../src/aggregate/groups.js";
import { aggregate, aggregateState, countBy, groupBy, mergeStates } from "../../src/index.js";

describe("grouped states", () => {
  it("find groups by scanning few keys and through an index beyond a dozen", () => {
    const state = newGroups<number>();
    for (let i = 0; i < 100; i++) insertGroup(state, `k${i}`, i);
    for (let i = 0; i < 100; i += 7) expect(findGroup(state, `k${i}`)).toBe(2 * i);
    expect(findGroup(state, "missing")).toBe(-1);
    expect(JSON.stringify(state.slice(0, 4))).toBe('["k0",0,"k1",1]');
    expect(Object.keys(state)).toHaveLength(200);
  });

  it("rebuild the index of a large state that came from JSON", () => {
    const state = newGroups<number>();
    for (let i = 0; i < 50; i++) insertGroup(state, String(10_000 + i), i);
    const shipped = JSON.parse(JSON.stringify(state));
    expect(findGroup(shipped, "10049")).toBe(98);
    expect(findGroup(shipped, "10050")).toBe(-1);
    insertGroup(shipped, "10050", 50);
    expect(findGroup(shipped, "10050")).toBe(100);
    const small = JSON.parse('["a", 1]');
    insertGroup(small, "b", 2);
    expect(findGroup(small, "b")).toBe(2);
    expect(small).toEqual(["a", 1, "b", 2]);
  });

  it("finish into a plain object with sorted keys", () => {
    const state = newGroups<number>();
    for (const key of ["b", "15532", "__proto__", "38", "a"]) insertGroup(state, key, key.length);
    const out = finishGroups(state, (n) => n * 10);
    expect(JSON.stringify(out)).toBe('{"38":20,"15532":50,"__proto__":90,"a":10,"b":10}');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });

  it("merge thousands of groups, from JSON too, into the same figures", () => {
    const codes = Array.from({ length: 3000 }, (_, i) => ({
      unitCode: String(10_000 + i),
      n: i % 5,
    }));
    const perUnit = groupBy(
      (r: { unitCode: string; n: number }) => r.unitCode,
      countBy((r) => `c${r.n}`),
    );
    const a = aggregateState(perUnit, codes.slice(0, 2000));
    const b = JSON.parse(JSON.stringify(aggregateState(perUnit, codes.slice(1000))));
    const merged = perUnit.finish(mergeStates(perUnit, [b, a]));
    const whole = aggregate(perUnit, [...codes.slice(0, 2000), ...codes.slice(1000)]);
    expect(merged).toEqual(whole);
    expect(Object.keys(merged)).toHaveLength(3000);
    expect(merged["11500"]).toEqual({ c0: 2 });
    expect(merged["12500"]).toEqual({ c0: 1 });
  });
});

describe("the order of keys", () => {
  it("puts array-index keys first, numerically, then the others by code units", () => {
    const keys = ["b", "15532", "01", "38", "a", "0", "4294967295", "4294967294", "", "B"];
    expect([...keys].sort(compareKeys)).toEqual([
      "0",
      "38",
      "15532",
      "4294967294",
      "",
      "01",
      "4294967295",
      "B",
      "a",
      "b",
    ]);
    // JavaScript lists index keys numerically whatever the order they were set in, and
    // the others in the order they were set: set in this order, keys stay in this order.
    const sorted = [...keys].sort(compareKeys);
    expect(Object.keys(Object.fromEntries(sorted.map((k) => [k, 1])))).toEqual(sorted);
    const shuffled = ["15532", "b", "38", "a", "0"];
    expect(Object.keys(Object.fromEntries(shuffled.map((k) => [k, 1])))).toEqual([
      "0",
      "38",
      "15532",
      "b",
      "a",
    ]);
  });
});
