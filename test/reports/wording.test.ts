import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type CountQualifier,
  EXACT_BELOW,
  ONE_FIGURE_TOLERANCE,
  qualifierWord,
  type RoundedCount,
  roundCount,
  writeCount,
} from "../../src/reports/index.js";

describe("roundCount and writeCount: the published wording", () => {
  it.each([
    [5236, 5200, "over", "trên 5.200", "over 5,200"],
    [987, 1000, "nearly", "gần 1.000", "nearly 1,000"],
    [312, 300, "over", "trên 300", "over 300"],
    [104, 100, "more-than", "hơn 100", "more than 100"],
    [50, 50, "exact", "50", "50"],
    [0, 0, "exact", "0", "0"],
    [3586, 3600, "nearly", "gần 3.600", "nearly 3,600"],
    [912, 900, "over", "trên 900", "over 900"],
  ] as const)("writes %i as %s", (count, shown, qualifier, vi, en) => {
    expect(roundCount(count)).toEqual({ exact: count, shown, qualifier });
    expect(writeCount(count)).toBe(vi);
    expect(writeCount(count, { locale: "en" })).toBe(en);
  });

  it("writes counts below 100 exactly, and 100 itself", () => {
    expect(EXACT_BELOW).toBe(100);
    expect(writeCount(99)).toBe("99");
    expect(writeCount(63)).toBe("63");
    expect(writeCount(31)).toBe("31");
    expect(writeCount(100)).toBe("100");
  });

  it("keeps one significant figure up to 4% away, and two beyond", () => {
    expect(ONE_FIGURE_TOLERANCE).toBe(0.04);
    // 3.125 is exactly 4% (125) above 3.000: one figure; 3.126 is just beyond: two.
    expect(writeCount(3125)).toBe("trên 3.000");
    expect(writeCount(3126)).toBe("trên 3.100");
    // 5.236 is 4,5% above 5.000: two figures.
    expect(writeCount(5236)).toBe("trên 5.200");
    expect(writeCount(784)).toBe("gần 800");
    expect(writeCount(105)).toBe("gần 110");
    expect(writeCount(149)).toBe("gần 150");
  });

  it("says hơn above a power of ten and trên above any other number", () => {
    expect(writeCount(1030)).toBe("hơn 1.000");
    expect(writeCount(10_300)).toBe("hơn 10.000");
    expect(writeCount(2030)).toBe("trên 2.000");
    expect(writeCount(1_234_567)).toBe("trên 1.200.000");
    expect(writeCount(1_234_567, { locale: "en" })).toBe("over 1,200,000");
  });

  it("writes the exact number when rounding lands on it", () => {
    expect(writeCount(5200)).toBe("5.200");
    expect(writeCount(1000)).toBe("1.000");
    expect(writeCount(310)).toBe("310");
  });

  it("writes exact counts in exact mode, with the separators of the locale", () => {
    expect(writeCount(5236, { rounding: "exact" })).toBe("5.236");
    expect(writeCount(5236, { rounding: "exact", locale: "en" })).toBe("5,236");
    expect(writeCount(0, { rounding: "exact" })).toBe("0");
  });

  it("rejects what is not a count", () => {
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      expect(() => roundCount(bad)).toThrow(RangeError);
      expect(() => writeCount(bad, { rounding: "exact" })).toThrow(/Chỉ làm tròn số đếm/);
    }
  });

  it("has a word for every qualifier", () => {
    expect(qualifierWord("over")).toBe("trên");
    expect(qualifierWord("more-than")).toBe("hơn");
    expect(qualifierWord("nearly")).toBe("gần");
    expect(qualifierWord("exact")).toBe("");
    expect(qualifierWord("over", "en")).toBe("over");
    expect(qualifierWord("more-than", "en")).toBe("more than");
    expect(qualifierWord("nearly", "en")).toBe("nearly");
    expectTypeOf(roundCount(1)).toEqualTypeOf<RoundedCount>();
    expectTypeOf<RoundedCount["qualifier"]>().toEqualTypeOf<CountQualifier>();
  });
});

const digits = (text: string) => Number(text.replace(/[^\d]/g, ""));

describe("the rounding rule (properties)", () => {
  const counts = fc.oneof(
    fc.integer({ min: 0, max: 2_000 }),
    fc.integer({ min: 0, max: 10_000_000 }),
    fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  );

  it("never changes the count, and shows a number within 5% of it", () => {
    fc.assert(
      fc.property(counts, (n) => {
        const r = roundCount(n);
        expect(r.exact).toBe(n);
        expect(Math.abs(r.shown - n)).toBeLessThanOrEqual(n * 0.05);
        if (n < EXACT_BELOW) expect(r).toEqual({ exact: n, shown: n, qualifier: "exact" });
      }),
    );
  });

  it("chooses the word from the side the count is on", () => {
    fc.assert(
      fc.property(counts, (n) => {
        const { shown, qualifier } = roundCount(n);
        if (n > shown) expect(["over", "more-than"]).toContain(qualifier);
        if (n < shown) expect(qualifier).toBe("nearly");
        if (n === shown) expect(qualifier).toBe("exact");
        expect(qualifier === "more-than").toBe(n > shown && /^10*$/.test(String(shown)));
      }),
    );
  });

  it("writes the number shown, after the word of its qualifier", () => {
    fc.assert(
      fc.property(counts, fc.constantFrom("vi" as const, "en" as const), (n, locale) => {
        const { shown, qualifier } = roundCount(n);
        const text = writeCount(n, { locale });
        const word = qualifierWord(qualifier, locale);
        expect(text.startsWith(word)).toBe(true);
        expect(digits(text)).toBe(shown);
        expect(digits(writeCount(n, { locale, rounding: "exact" }))).toBe(n);
      }),
    );
  });

  it("writes a count of at most two significant figures as it is", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 99 }),
        fc.integer({ min: 0, max: 12 }),
        (head, zeros) => {
          const n = head * 10 ** zeros;
          expect(roundCount(n)).toEqual({ exact: n, shown: n, qualifier: "exact" });
        },
      ),
    );
  });
});
