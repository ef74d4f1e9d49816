import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cacheSlot, periodKeyFn } from "../../src/aggregate/period-key.js";
import { type PeriodUnit, periodKeyOf } from "../../src/core/index.js";

const UNITS: PeriodUnit[] = ["day", "week", "month", "quarter", "half", "year"];

function outcome(fn: () => string): string {
  try {
    return fn();
  } catch (error) {
    return `throws ${(error as Error).name}`;
  }
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * Strings shaped like dates and instants, valid or almost: every field may be off. Dates
 * are drawn from a few days around month ends (30 February included), so that many
 * strings share a cache slot.
 */
const dateLike = fc
  .record({
    year: fc.oneof(fc.constantFrom(2023, 2024), fc.constantFrom(0, 1969, 9999)),
    month: fc.oneof(fc.constantFrom(2, 3, 12), fc.constantFrom(0, 13)),
    day: fc.oneof(fc.constantFrom(1, 28, 29), fc.constantFrom(30, 31, 32), fc.constant(0)),
    hour: fc.oneof(fc.integer({ min: 0, max: 23 }), fc.constantFrom(16, 17, 24, 25)),
    minute: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constant(60)),
    second: fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constant(60)),
    millis: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
    offset: fc.constantFrom(
      "Z",
      "+07:00",
      "-05:00",
      "+05:45",
      "+14:00",
      "-12:00",
      "+23:59",
      "+24:00",
      "z",
      "+0700",
    ),
    form: fc.constantFrom("instant", "instant", "instant", "date", "t", "space"),
  })
  .map(({ year, month, day, hour, minute, second, millis, offset, form }) => {
    const date = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
    if (form === "date") return date;
    const sep = form === "t" ? "t" : form === "space" ? " " : "T";
    const ms = millis === undefined ? "" : `.${pad(millis, 3)}`;
    return `${date}${sep}${pad(hour)}:${pad(minute)}:${pad(second)}${ms}${offset}`;
  });

describe("the memoised period key of byPeriod", () => {
  it("gives exactly what periodKeyOf gives, errors included, for any date-like string", () => {
    fc.assert(
      fc.property(
        fc.array(dateLike, { maxLength: 60 }),
        fc.constantFrom(...UNITS),
        (inputs, unit) => {
          const keyOf = periodKeyFn(unit);
          // Twice over, so that the second pass reads the cache the first one filled.
          for (const input of [...inputs, ...inputs]) {
            expect(outcome(() => keyOf(input))).toBe(outcome(() => periodKeyOf(input, unit)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("agrees with periodKeyOf on instants around Vietnamese midnight in many offsets", () => {
    const offsets = [-720, -300, 0, 345, 420, 540, 840];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2026, 0, 1) }),
        fc.constantFrom(...offsets),
        fc.constantFrom(...UNITS),
        (ms, offset, unit) => {
          const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
          const sign = offset < 0 ? "-" : "+";
          const abs = Math.abs(offset);
          const input = `${local}${offset === 0 ? "Z" : `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`}`;
          const keyOf = periodKeyFn(unit);
          expect(keyOf(input)).toBe(periodKeyOf(input, unit));
          expect(keyOf(input)).toBe(periodKeyOf(new Date(ms), unit));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("passes Date objects and other shapes through to periodKeyOf", () => {
    const keyOf = periodKeyFn("month");
    expect(keyOf(new Date("2024-03-31T17:30:00Z"))).toBe("2024-04");
    expect(keyOf("2024-03-31T23:30:00.5Z")).toBe("2024-04");
    expect(() => keyOf("not a date")).toThrow(RangeError);
  });

  it("puts a date, and instants a day apart in Vietnam, in different slots", () => {
    expect(cacheSlot("2024-03-07")).not.toBe(cacheSlot("2024-03-07T10:00:00+07:00"));
    expect(cacheSlot("2024-03-07T16:59:59Z")).toBe(cacheSlot("2024-03-07T00:00:00+07:00"));
    expect(cacheSlot("2024-03-07T17:00:00Z")).not.toBe(cacheSlot("2024-03-07T16:59:59Z"));
    expect(cacheSlot("2024-03-07T06:59:59-00:01")).toBe(cacheSlot("2024-03-07T12:00:00Z"));
    expect(cacheSlot("2024-03-07T01:00:00+09:00")).toBe(cacheSlot("2024-03-07T01:00:00+09:00"));
    expect(cacheSlot("2024-03-07T01:00:00+09:00")).toBeLessThan(
      cacheSlot("2024-03-07T02:00:00+07:00"),
    );
    for (const other of [
      "2024-3-07",
      "2024-03-07T10:00:00+07",
      "2024-03-07T10:00:00.12Z",
      "x024-03-07",
    ]) {
      expect(cacheSlot(other)).toBe(-1);
    }
  });

  it("keeps working after its cache fills up", () => {
    const keyOf = periodKeyFn("day");
    const start = Date.UTC(1990, 0, 1);
    for (let i = 0; i < 20_000; i++) {
      const input = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
      if (i % 4999 === 0) expect(keyOf(input)).toBe(input);
      else keyOf(input);
    }
    expect(keyOf("2024-03-07T23:30:00Z")).toBe("2024-03-08");
  });
});
