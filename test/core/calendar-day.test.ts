// The digit reading of instants behind vietnamDateOf (`writtenVietnamDay`) must give, for
// every string it answers, the day the general path (Date.parse, UTC+7) gives, and answer
// nothing for strings that path rejects or reads differently.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayNumberAt,
  dayOfNumber,
  isCalendarDay,
  toDateString,
  vietnamParts,
  writtenVietnamDay,
  writtenVietnamDayNumber,
} from "../../src/core/calendar-day.js";
import { vietnamDateOf } from "../../src/core/index.js";

/** The general path's answer: the day, or "throws". */
function general(s: string): string {
  try {
    const [y, m, d] = vietnamParts(s);
    return toDateString(y, m, d);
  } catch {
    return "throws";
  }
}

const pick = (...xs: string[]) => fc.constantFrom(...xs);

/** Instants as people and apps write them, and near misses of every part. */
const nearInstant = fc
  .tuple(
    pick("2024", "1999", "2000", "1900", "0999", "1000", "9999", "20x4"),
    pick("-"),
    pick("01", "02", "03", "04", "12", "13", "00", "1x"),
    pick("-"),
    pick("01", "15", "28", "29", "30", "31", "32", "00"),
    pick("T", "t", " "),
    pick("00", "06", "07", "16", "17", "23", "24", "9"),
    pick(":", ""),
    pick("00", "30", "59", "60"),
    pick("", ":00", ":59", ":60", ":5"),
    pick("", ".5", ".", ".123", ".123456789", ".0999999999", ".x"),
    pick(
      "Z",
      "z",
      "+07:00",
      "-07:00",
      "+23:59",
      "+24:00",
      "+0700",
      "+07:60",
      "-12:30",
      "+14:00",
      "",
      "+07",
    ),
  )
  .map((parts) => parts.join(""));

describe("writtenVietnamDay", () => {
  it("gives the general path's day wherever it gives one", () => {
    fc.assert(
      fc.property(nearInstant, (s) => {
        const fast = writtenVietnamDay(s);
        if (fast !== undefined) expect(fast).toBe(general(s));
      }),
      { numRuns: 30_000 },
    );
  });

  it("reads the same day as a number YYYYMMDD, and nothing where it reads no day", () => {
    fc.assert(
      fc.property(nearInstant, (s) => {
        const day = writtenVietnamDay(s);
        const n = writtenVietnamDayNumber(s);
        if (day === undefined) expect(n).toBe(-1);
        else {
          expect(n).toBe(Number(day.replaceAll("-", "")));
          expect(dayOfNumber(n)).toBe(day);
        }
      }),
      { numRuns: 10_000 },
    );
    expect(writtenVietnamDayNumber("2024-03-07T22:15:00+07:00")).toBe(20240307);
    expect(writtenVietnamDayNumber("2024-03-07T17:00:00Z")).toBe(-1);
  });

  it("answers the common shapes itself", () => {
    expect(writtenVietnamDay("2024-03-07T22:15:00+07:00")).toBe("2024-03-07");
    expect(writtenVietnamDay("2024-03-07T15:15:00Z")).toBe("2024-03-07");
    expect(writtenVietnamDay("2024-03-07T15:15:00.123Z")).toBe("2024-03-07");
    expect(writtenVietnamDay("2024-03-07T15:15Z")).toBe("2024-03-07");
    // Vietnam time is across midnight: left to the general path.
    expect(writtenVietnamDay("2024-03-07T17:00:00Z")).toBeUndefined();
    expect(vietnamDateOf("2024-03-07T17:00:00Z")).toBe("2024-03-08");
    // Days Date.parse rolls over, hours it accepts: left to the general path.
    expect(writtenVietnamDay("2024-02-30T10:00:00Z")).toBeUndefined();
    expect(writtenVietnamDay("2024-02-29T24:00:00+07:00")).toBeUndefined();
  });

  it("leaves vietnamDateOf's answers, and its errors, as the general path gives them", () => {
    fc.assert(
      fc.property(nearInstant, (s) => {
        let got: string;
        try {
          got = vietnamDateOf(s);
        } catch {
          got = "throws";
        }
        expect(got).toBe(general(s));
      }),
      { numRuns: 30_000 },
    );
  });
});

/** The pattern-and-slices reading isCalendarDay replaced, as the reference. */
function calendarDayByPattern(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

describe("isCalendarDay", () => {
  const dayLike = fc
    .array(fc.constantFrom(..."0123456789-/ x٣"), { minLength: 8, maxLength: 11 })
    .map((cs) => cs.join(""));
  const nearDay = fc
    .tuple(
      fc.integer({ min: 0, max: 10_999 }),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
    )
    .map(
      ([y, m, d]) =>
        `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
    );

  it("reads days as the pattern did, for any text", () => {
    fc.assert(
      fc.property(fc.oneof(dayLike, nearDay, fc.string()), (text) => {
        expect(isCalendarDay(text)).toBe(calendarDayByPattern(text));
      }),
      { numRuns: 30_000 },
    );
  });
});

describe("dayNumberAt", () => {
  it("reads a real day as YYYYMMDD, which orders as the days do, and -1 otherwise", () => {
    const day = fc
      .tuple(
        pick("2024", "2023", "1900", "1000", "0999", "9999", "2x24"),
        pick("-"),
        pick("01", "02", "04", "12", "13", "00"),
        pick("-", "/"),
        pick("01", "28", "29", "30", "31", "32", "00", "3x"),
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const na = dayNumberAt(a);
        expect(na > 0).toBe(isCalendarDay(a));
        if (na > 0) {
          expect(dayOfNumber(na)).toBe(a);
          const nb = dayNumberAt(b);
          if (nb > 0) expect(Math.sign(na - nb)).toBe(a < b ? -1 : a > b ? 1 : 0);
        } else expect(na).toBe(-1);
      }),
      { numRuns: 5_000 },
    );
  });
});
