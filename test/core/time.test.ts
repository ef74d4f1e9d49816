import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  CalendarDateSchema,
  customPeriod,
  formatCalendarDate,
  formatPeriod,
  InstantSchema,
  type Period,
  PeriodSchema,
  parsePeriod,
  periodContains,
  periodKeyOf,
  periodOf,
  previousPeriod,
  samePeriodLastYear,
  toVietnamTime,
  VIETNAM_TIME_ZONE,
  validate,
  vietnamDateOf,
} from "../../src/index.js";

describe(`Vietnam time (machine zone ${process.env["TZ"] ?? "default"})`, () => {
  it("puts an instant at 23:30 UTC into the next Vietnamese day", () => {
    expect(vietnamDateOf("2024-03-06T23:30:00Z")).toBe("2024-03-07");
    expect(vietnamDateOf("2024-03-06T16:59:59Z")).toBe("2024-03-06");
    expect(vietnamDateOf("2024-03-06T17:00:00Z")).toBe("2024-03-07");
  });

  it("moves 31 December at 23:30 UTC into the next year, quarter, half and week", () => {
    const instant = "2024-12-31T23:30:00Z";
    expect(periodKeyOf(instant, "year")).toBe("2025");
    expect(periodKeyOf(instant, "half")).toBe("2025-H1");
    expect(periodKeyOf(instant, "quarter")).toBe("2025-Q1");
    expect(periodKeyOf(instant, "month")).toBe("2025-01");
    expect(periodKeyOf(instant, "day")).toBe("2025-01-01");
    expect(periodKeyOf("2024-12-31T16:59:00Z", "year")).toBe("2024");
  });

  it("keeps 31 December in Vietnam time in the old year", () => {
    expect(periodKeyOf("2024-12-31T23:59:59+07:00", "year")).toBe("2024");
    expect(periodKeyOf("2024-12-31", "half")).toBe("2024-H2");
  });

  it("never shifts a date-only string by the machine's time zone", () => {
    for (const date of ["2024-01-01", "2024-02-29", "2024-06-30", "2024-07-01", "2024-12-31"]) {
      expect(vietnamDateOf(date)).toBe(date);
      expect(periodOf(date, "day")).toEqual({ unit: "day", key: date, start: date, end: date });
    }
    expect(periodKeyOf("2024-06-30", "half")).toBe("2024-H1");
    expect(periodKeyOf("2024-07-01", "half")).toBe("2024-H2");
  });

  it("reads instants with any offset and Date objects", () => {
    expect(vietnamDateOf("2024-03-07T01:00:00+09:00")).toBe("2024-03-06");
    expect(vietnamDateOf("2024-03-07T20:00:00-05:00")).toBe("2024-03-08");
    expect(vietnamDateOf(new Date(Date.UTC(2024, 2, 6, 23, 30)))).toBe("2024-03-07");
  });

  it("knows ISO week 53 and weeks that cross a year", () => {
    expect(periodKeyOf("2020-12-31", "week")).toBe("2020-W53");
    expect(periodKeyOf("2021-01-03", "week")).toBe("2020-W53");
    expect(periodKeyOf("2021-01-04", "week")).toBe("2021-W01");
    expect(periodKeyOf("2024-12-30", "week")).toBe("2025-W01");
    expect(parsePeriod("2020-W53")).toEqual({
      unit: "week",
      key: "2020-W53",
      start: "2020-12-28",
      end: "2021-01-03",
    });
    expect(() => parsePeriod("2021-W53")).toThrow(RangeError);
  });

  it("handles leap days", () => {
    expect(parsePeriod("2024-02").end).toBe("2024-02-29");
    expect(parsePeriod("2023-02").end).toBe("2023-02-28");
    expect(parsePeriod("2024-Q1").end).toBe("2024-03-31");
    expect(samePeriodLastYear(parsePeriod("2024-02-29")).key).toBe("2023-02-28");
    expect(CalendarDateSchema.safeParse("2024-02-29").success).toBe(true);
    expect(CalendarDateSchema.safeParse("2023-02-29").success).toBe(false);
    expect(CalendarDateSchema.safeParse("2024-02-30").success).toBe(false);
    expect(() => vietnamDateOf("2023-02-29")).toThrow(/Ngày hoặc thời điểm không hợp lệ/);
  });

  it("rejects date-times without an offset instead of reading them in the machine's zone", () => {
    expect(InstantSchema.safeParse("2024-03-07T22:15:00").success).toBe(false);
    expect(InstantSchema.safeParse("2024-03-07T22:15:00+07:00").success).toBe(true);
    expect(InstantSchema.safeParse("2024-03-07T22:15:00Z").success).toBe(true);
    expect(() => vietnamDateOf("2024-03-07T22:15:00")).toThrow(RangeError);
    expect(() => vietnamDateOf("not a date")).toThrow(RangeError);
    expect(() => vietnamDateOf("2024-13-45T00:00:00Z")).toThrow(RangeError);
    expect(() => vietnamDateOf(new Date(Number.NaN))).toThrow(RangeError);
  });

  it("parses every period key form and rejects others with a clear message", () => {
    expect(parsePeriod("2024")).toEqual({
      unit: "year",
      key: "2024",
      start: "2024-01-01",
      end: "2024-12-31",
    });
    expect(parsePeriod("2024-H2")).toMatchObject({ start: "2024-07-01", end: "2024-12-31" });
    expect(parsePeriod("2024-Q3")).toMatchObject({ start: "2024-07-01", end: "2024-09-30" });
    expect(parsePeriod("2024-04")).toMatchObject({ start: "2024-04-01", end: "2024-04-30" });
    expect(customPeriod("2023-11-01", "2024-10-31")).toMatchObject({ unit: "range" });
    for (const bad of [
      "2024-H3",
      "2024-Q5",
      "2024-13",
      "2024-W00",
      "24",
      "2024-02-30",
      "2024-02-01..2024-02-30",
      "",
    ]) {
      expect(() => parsePeriod(bad), bad).toThrow(/Kỳ báo cáo không hợp lệ/);
    }
    expect(() => customPeriod("2024-02-01", "2024-01-01")).toThrow(/before the start/);
  });

  it("finds the previous period of every unit", () => {
    expect(previousPeriod(parsePeriod("2024")).key).toBe("2023");
    expect(previousPeriod(parsePeriod("2024-H1")).key).toBe("2023-H2");
    expect(previousPeriod(parsePeriod("2024-H2")).key).toBe("2024-H1");
    expect(previousPeriod(parsePeriod("2024-Q1")).key).toBe("2023-Q4");
    expect(previousPeriod(parsePeriod("2024-03")).key).toBe("2024-02");
    expect(previousPeriod(parsePeriod("2021-W01")).key).toBe("2020-W53");
    expect(previousPeriod(parsePeriod("2024-03-01")).key).toBe("2024-02-29");
    expect(previousPeriod(parsePeriod("2024-01-11..2024-01-20")).key).toBe(
      "2024-01-01..2024-01-10",
    );
  });

  it("finds the same period last year of every unit", () => {
    expect(samePeriodLastYear(parsePeriod("2024")).key).toBe("2023");
    expect(samePeriodLastYear(parsePeriod("2024-H1")).key).toBe("2023-H1");
    expect(samePeriodLastYear(parsePeriod("2024-Q4")).key).toBe("2023-Q4");
    expect(samePeriodLastYear(parsePeriod("2024-03")).key).toBe("2023-03");
    expect(samePeriodLastYear(parsePeriod("2020-W53")).key).toBe("2019-W52");
    expect(samePeriodLastYear(parsePeriod("2021-W10")).key).toBe("2020-W10");
    expect(samePeriodLastYear(parsePeriod("2024-03-07")).key).toBe("2023-03-07");
    expect(samePeriodLastYear(customPeriod("2024-02-29", "2024-03-31")).key).toBe(
      "2023-02-28..2023-03-31",
    );
  });

  it("tells whether a period contains an instant, at both edges, in Vietnam time", () => {
    const h1 = parsePeriod("2024-H1");
    expect(periodContains(h1, "2024-01-01")).toBe(true);
    expect(periodContains(h1, "2023-12-31T17:00:00Z")).toBe(true);
    expect(periodContains(h1, "2023-12-31T16:59:59Z")).toBe(false);
    expect(periodContains(h1, "2024-06-30T16:59:59Z")).toBe(true);
    expect(periodContains(h1, "2024-06-30T17:00:00Z")).toBe(false);
  });

  it("validates a period travelling as JSON", () => {
    const h1 = parsePeriod("2024-H1");
    expect(PeriodSchema.parse(h1)).toEqual(h1);
    expect(PeriodSchema.safeParse({ ...h1, end: "2024-12-31" }).success).toBe(false);
    expect(PeriodSchema.safeParse({ ...h1, key: "2024-H9" }).success).toBe(false);
    expect(PeriodSchema.safeParse({ ...h1, extra: 1 }).success).toBe(false);
    const codes = (input: unknown) => {
      const result = validate(PeriodSchema, input);
      return result.success ? [] : result.issues.map((issue) => [issue.code, issue.path.join(".")]);
    };
    expect(codes({ ...h1, end: "2024-12-31" })).toEqual([["period-key-mismatch", "key"]]);
    expect(codes({ ...h1, key: "2024-H9" })).toEqual([["invalid-period-key", "key"]]);
  });

  it("names periods in Vietnamese and English", () => {
    expect(formatPeriod(parsePeriod("2024"))).toBe("năm 2024");
    expect(formatPeriod(parsePeriod("2024"), "en")).toBe("2024");
    expect(formatPeriod(parsePeriod("2024-H1"))).toBe("6 tháng đầu năm 2024");
    expect(formatPeriod(parsePeriod("2024-H2"))).toBe("6 tháng cuối năm 2024");
    expect(formatPeriod(parsePeriod("2024-H2"), "en")).toBe("second half of 2024");
    expect(formatPeriod(parsePeriod("2024-Q3"))).toBe("quý III năm 2024");
    expect(formatPeriod(parsePeriod("2024-Q3"), "en")).toBe("Q3 2024");
    expect(formatPeriod(parsePeriod("2024-03"))).toBe("tháng 3 năm 2024");
    expect(formatPeriod(parsePeriod("2024-03"), "en")).toBe("March 2024");
    expect(formatPeriod(parsePeriod("2024-W10"))).toBe("tuần 10 năm 2024");
    expect(formatPeriod(parsePeriod("2024-W10"), "en")).toBe("ISO week 10 of 2024");
    expect(formatPeriod(parsePeriod("2024-03-07"))).toBe("ngày 07/03/2024");
    expect(formatPeriod(parsePeriod("2024-03-07"), "en")).toBe("7 March 2024");
    expect(formatPeriod(customPeriod("2024-01-01", "2024-06-30"))).toBe(
      "từ ngày 01/01/2024 đến ngày 30/06/2024",
    );
    expect(formatPeriod(customPeriod("2024-01-01", "2024-06-30"), "en")).toBe(
      "1 January 2024 to 30 June 2024",
    );
  });

  it("writes a day as reports do, short and long in Vietnamese, in words in English", () => {
    expect(formatCalendarDate("2024-03-06")).toBe("06/03/2024");
    expect(formatCalendarDate("2024-03-06", { style: "long" })).toBe("ngày 6 tháng 3 năm 2024");
    expect(formatCalendarDate("2024-12-31", { style: "long" })).toBe("ngày 31 tháng 12 năm 2024");
    expect(formatCalendarDate("2024-03-06", { locale: "en" })).toBe("6 March 2024");
    expect(formatCalendarDate("2024-03-06", { locale: "en", style: "long" })).toBe("6 March 2024");
    // An instant is written as its day in Vietnam time, whatever the machine's zone.
    expect(formatCalendarDate("2024-03-05T20:00:00Z", { locale: "en" })).toBe("6 March 2024");
    expect(formatCalendarDate("2024-12-31T17:00:00Z")).toBe("01/01/2025");
    expect(formatCalendarDate(new Date("2024-03-05T16:59:59Z"))).toBe("05/03/2024");
  });

  it("refuses to write a day that does not exist, with a RangeError", () => {
    expect(() => formatCalendarDate("2023-02-29")).toThrow(RangeError);
    expect(() => formatCalendarDate("06/03/2024", { locale: "en" })).toThrow(RangeError);
  });

  it("writes every day as date-fns writes it in Vietnam time", () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2999, 11, 31) }), (ms) => {
        const zoned = new TZDate(ms, VIETNAM_TIME_ZONE);
        const instant = new Date(ms).toISOString();
        expect(formatCalendarDate(instant)).toBe(format(zoned, "dd/MM/yyyy"));
        expect(formatCalendarDate(instant, { style: "long" })).toBe(
          format(zoned, "'ngày' d 'tháng' M 'năm' yyyy"),
        );
        expect(formatCalendarDate(instant, { locale: "en" })).toBe(format(zoned, "d MMMM yyyy"));
      }),
    );
  });

  it("agrees with @date-fns/tz on the Vietnamese date of any instant", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2100, 0, 1) }),
        fc.constantFrom("Z", "+07:00", "-05:00", "+09:30"),
        (ms, offset) => {
          const expected = format(new TZDate(ms, VIETNAM_TIME_ZONE), "yyyy-MM-dd");
          const utc = new Date(ms).toISOString();
          expect(vietnamDateOf(new Date(ms))).toBe(expected);
          if (offset === "Z") expect(vietnamDateOf(utc)).toBe(expected);
        },
      ),
    );
  });

  it("gives every key the period whose days contain the input", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date("1990-01-01T00:00:00Z"),
          max: new Date("2090-12-31T00:00:00Z"),
          noInvalidDate: true,
        }),
        fc.constantFrom("day", "week", "month", "quarter", "half", "year" as const),
        (date, unit) => {
          const period = periodOf(date, unit);
          expect(periodContains(period, date)).toBe(true);
          expect(periodContains(previousPeriod(period), date)).toBe(false);
          expect(previousPeriod(period).end < period.start).toBe(true);
          expect(PeriodSchema.safeParse(period).success).toBe(true);
        },
      ),
    );
  });

  it("gives instants and dates as TZDate in Vietnam time for date-fns formatting", () => {
    expect(format(toVietnamTime("2024-03-06T15:15:00Z"), "HH:mm dd/MM/yyyy")).toBe(
      "22:15 06/03/2024",
    );
    expect(format(toVietnamTime("1994-12-30T17:30:00Z"), "HH:mm dd/MM/yyyy")).toBe(
      "00:30 31/12/1994",
    );
    expect(format(toVietnamTime("2024-03-07"), "HH:mm dd/MM/yyyy")).toBe("00:00 07/03/2024");
    expect(format(toVietnamTime(new Date(Date.UTC(2024, 0, 1))), "HH:mm dd/MM/yyyy")).toBe(
      "07:00 01/01/2024",
    );
    expect(() => toVietnamTime("2024-03-07T10:00")).toThrow(RangeError);
  });

  it("types periods as plain JSON values", () => {
    expectTypeOf(parsePeriod("2024")).toEqualTypeOf<Period>();
    expectTypeOf(vietnamDateOf).returns.toEqualTypeOf<string>();
  });
});
