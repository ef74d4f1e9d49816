import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  aggregate,
  type Compared,
  comparePeriods,
  count,
  countBy,
  type PeriodChange,
  poissonTest,
  rate,
  struct,
} from "../../src/index.js";

/** The exact two-sided p-value, with big integers: min(1, 2 · Σ_{i ≤ k} C(n, i) / 2^n). */
function exactPValue(a: number, b: number): number {
  const n = a + b;
  const k = Math.min(a, b);
  if (2 * k === n) return 1;
  let term = 1n; // C(n, 0)
  let tail = 0n;
  for (let i = 0; i <= k; i++) {
    tail += term;
    term = (term * BigInt(n - i)) / BigInt(i + 1);
  }
  // 2 · tail / 2^n as a double, keeping 64 significant bits
  const bits = tail.toString(2).length;
  const shift = Math.max(0, bits - 64);
  const mantissa = Number(tail >> BigInt(shift));
  return Math.min(1, mantissa * 2 ** (shift + 1 - n));
}

const relativeError = (x: number, y: number) =>
  x === y ? 0 : Math.abs(x - y) / Math.max(Math.abs(y), 1e-300);

describe("poissonTest", () => {
  it("does not call a change from 3 to 5 significant", () => {
    const test = poissonTest(5, 3);
    expect(test.significant).toBe(false);
    expect(test.pValue).toBeCloseTo(186 / 256, 12); // 2 · 93/256
  });

  it("calls a change from 100 to 150 significant", () => {
    const test = poissonTest(150, 100);
    expect(test.significant).toBe(true);
    expect(test.pValue).toBeCloseTo(0.001883, 5);
  });

  it("is symmetric, 1 for equal counts, and 1 when both are zero", () => {
    expect(poissonTest(3, 5).pValue).toBe(poissonTest(5, 3).pValue);
    expect(poissonTest(40, 40).pValue).toBe(1);
    expect(poissonTest(0, 0)).toEqual({ pValue: 1, significant: false });
    expect(poissonTest(5, 0).pValue).toBeCloseTo(2 / 32, 12);
  });

  it("matches the exact binomial tail for counts up to 2,000 (relative error < 1e-9)", () => {
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        expect(relativeError(poissonTest(a, b).pValue, exactPValue(a, b))).toBeLessThan(1e-9);
      }),
      { numRuns: 300 },
    );
    for (const [a, b] of [
      [0, 1],
      [1, 2],
      [0, 40],
      [10, 25],
      [255, 300],
      [256, 300],
      [1000, 1100],
      [1000, 1000],
      [0, 1000],
    ] as const) {
      expect(relativeError(poissonTest(a, b).pValue, exactPValue(a, b))).toBeLessThan(1e-9);
    }
  });

  it("stays exact and finite for large counts, in log space", () => {
    for (const [a, b] of [
      [5_000, 5_210],
      [4_000, 4_100],
    ] as const) {
      expect(relativeError(poissonTest(a, b).pValue, exactPValue(a, b))).toBeLessThan(1e-8);
    }
    const huge = poissonTest(10_000_000, 10_003_000);
    expect(huge.pValue).toBeGreaterThan(0.5);
    expect(huge.pValue).toBeLessThan(0.51);
    expect(poissonTest(1_000_000, 1_010_000).significant).toBe(true);
    expect(poissonTest(0, 1_000_000).pValue).toBe(0); // below the smallest double
    expect(Number.isFinite(poissonTest(2 ** 40, 2 ** 40 + 2 ** 20).pValue)).toBe(true);
  });

  it("takes a significance level", () => {
    expect(poissonTest(12, 4).significant).toBe(false);
    expect(poissonTest(14, 4).significant).toBe(true);
    expect(poissonTest(14, 4, { significanceLevel: 0.01 }).significant).toBe(false);
    expect(() => poissonTest(1, 2, { significanceLevel: 0 })).toThrow(RangeError);
    expect(() => poissonTest(1, 2, { significanceLevel: 1.5 })).toThrow(/Mức ý nghĩa/);
  });

  it("refuses what is not a count", () => {
    for (const [a, b] of [
      [1.5, 2],
      [-1, 2],
      [Number.NaN, 1],
      [2 ** 53, 1],
    ]) {
      expect(() => poissonTest(a as number, b as number)).toThrow(/Chỉ so sánh được số đếm/);
    }
  });
});

describe("comparePeriods", () => {
  it("gives change, percent and direction for a report sentence", () => {
    const c = comparePeriods(75, 100);
    expect(c).toEqual({
      current: 75,
      previous: 100,
      change: -25,
      absoluteChange: 25,
      direction: "down",
      percent: -25,
      note: null,
      poisson: { pValue: expect.closeTo(0.0693, 4), significant: false },
    });
    expect(comparePeriods(110, 100)).toMatchObject({ direction: "up", percent: 10, change: 10 });
    expect(comparePeriods(7, 7)).toMatchObject({ direction: "same", percent: 0, change: 0 });
  });

  it("says baseline-zero instead of an infinite or NaN percent", () => {
    expect(comparePeriods(3, 0)).toMatchObject({
      direction: "up",
      change: 3,
      percent: null,
      note: "baseline-zero",
    });
    expect(comparePeriods(0, 0)).toMatchObject({
      direction: "same",
      percent: null,
      note: "baseline-zero",
    });
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (a, b) => {
        const c = comparePeriods(a, b);
        expect(c.percent === null || Number.isFinite(c.percent)).toBe(true);
        expect(c.poisson && Number.isFinite(c.poisson.pValue)).toBe(true);
        expect(c.change).toBe(a - b);
        expect(c.absoluteChange).toBe(Math.abs(a - b));
      }),
    );
  });

  it("compares finished summaries of the same shape, a missing key counting as 0", () => {
    const summary = struct({
      total: count(),
      byCategory: countBy((r: { category: string; clarified: boolean }) => r.category),
      clearance: rate((r: { category: string; clarified: boolean }) => r.clarified),
    });
    const current = aggregate(summary, [
      { category: "theft", clarified: true },
      { category: "theft", clarified: false },
    ]);
    const previous = aggregate(summary, [{ category: "fraud", clarified: false }]);
    const c = comparePeriods(current, previous);
    expect(c.total).toMatchObject({ current: 2, previous: 1, percent: 100 });
    expect(c.byCategory["theft"]).toMatchObject({ current: 2, previous: 0, note: "baseline-zero" });
    expect(c.byCategory["fraud"]).toMatchObject({ current: 0, previous: 1, percent: -100 });
    expect(c.clearance.numerator).toMatchObject({ current: 1, previous: 0 });
    expect(c.clearance.ratio).toMatchObject({ current: 0.5, previous: 0, poisson: null });
    expect(Object.keys(c.byCategory)).toEqual(["fraud", "theft"]);
    expectTypeOf(c.total).toEqualTypeOf<PeriodChange>();
    expectTypeOf(c.clearance.ratio).toEqualTypeOf<PeriodChange | null>();
  });

  it("compares null ratios and labels as null, and arrays element by element", () => {
    const c = comparePeriods(
      { ratio: null as number | null, label: "2024-H1", flags: true, series: [1, 2] },
      { ratio: 0.5, label: "2023-H1", flags: false, series: [1] },
    );
    expect(c.ratio).toBeNull();
    expect(c.label).toBeNull();
    expect(c.flags).toBeNull();
    expect(c.series.map((s) => s.change)).toEqual([0, 2]);
    expectTypeOf(c.label).toEqualTypeOf<null>();
    expectTypeOf(c.series).toEqualTypeOf<PeriodChange[]>();
  });

  it("treats a missing nested group as all zeros", () => {
    const c = comparePeriods<Record<string, Record<string, number>>>({ "15532": { theft: 2 } }, {});
    expect(c["15532"]?.["theft"]).toMatchObject({ current: 2, previous: 0, note: "baseline-zero" });
  });

  it("gives non-count figures no Poisson test", () => {
    expect(comparePeriods(2.5, 2).poisson).toBeNull();
    expect(comparePeriods(-1, 2).poisson).toBeNull();
    expect(comparePeriods(-1, -2)).toMatchObject({ change: 1, percent: 50, direction: "up" });
  });

  it("refuses shapes that differ and numbers that are not finite, naming the path", () => {
    expect(() => comparePeriods({ a: 1 } as object, { a: { b: 1 } })).toThrow(/\$\.a.*same shape/);
    expect(() => comparePeriods([1] as unknown, { 0: 1 })).toThrow(TypeError);
    expect(() => comparePeriods({ a: "x" } as object, { a: 1 })).toThrow(/Hai kỳ/);
    expect(() => comparePeriods(Number.POSITIVE_INFINITY, 1)).toThrow(RangeError);
    expect(() => comparePeriods(1, 2, { significanceLevel: 2 })).toThrow(RangeError);
  });

  it("passes the significance level to every Poisson test", () => {
    const c = comparePeriods({ a: 14, b: 150 }, { a: 4, b: 100 }, { significanceLevel: 0.01 });
    expect(c.a.poisson?.significant).toBe(false);
    expect(c.b.poisson?.significant).toBe(true);
  });

  it("types nested figures", () => {
    type Summary = { total: number; byUnit: { readonly [code: string]: { theft?: number } } };
    expectTypeOf<Compared<Summary>["byUnit"][string]["theft"]>().toEqualTypeOf<
      PeriodChange | undefined
    >();
    expectTypeOf(comparePeriods(1, 2)).toEqualTypeOf<PeriodChange>();
  });
});
