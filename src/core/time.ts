import { TZDate } from "@date-fns/tz";
import { UTCDate } from "@date-fns/utc";
import {
  addDays,
  differenceInCalendarDays,
  format,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  lastDayOfMonth,
  setISOWeek,
  startOfISOWeek,
  subYears,
} from "date-fns";
import * as z from "zod";
import type { Locale } from "./labels.js";
import { bilingual } from "./messages.js";

/**
 * The IANA time zone of Vietnam. Every calendar bucket of the library (day, week, month,
 * quarter, half-year, year) is computed in this zone, whatever the machine's zone is.
 *
 * @category Time
 * @example
 * ```ts
 * import { VIETNAM_TIME_ZONE } from "antt";
 * VIETNAM_TIME_ZONE; // "Asia/Ho_Chi_Minh"
 * ```
 */
export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/**
 * The years a record's dates and instants may have: 1900 to 2999.
 *
 * @description The schemas reject dates outside, so that a mistyped year (`0202`, `3024`)
 * is an error, not a figure. The time functions ({@link vietnamDateOf},
 * {@link periodKeyOf}, {@link parsePeriod}, {@link previousPeriod}...) are correct for
 * every four-digit year, 1000 to 9999, so an instant late on 31 December 2999 in UTC
 * (already 3000 in Vietnam) still buckets right; outside four digits they throw a
 * `RangeError` that says so.
 *
 * @category Time
 * @example
 * ```ts
 * import { SUPPORTED_YEARS } from "antt";
 * console.log(`${SUPPORTED_YEARS.first}–${SUPPORTED_YEARS.last}`); // 1900–2999
 * ```
 */
export const SUPPORTED_YEARS = { first: 1900, last: 2999 } as const;

const SUPPORTED_YEAR_RE = /^(?:19|2[0-9])[0-9]{2}-/;
const OUTSIDE_SUPPORTED_YEARS = bilingual(
  "The year must be between 1900 and 2999",
  "Năm phải trong khoảng từ 1900 đến 2999",
);

/**
 * A calendar date in Vietnam, written `YYYY-MM-DD`.
 *
 * @description Impossible dates such as `2024-02-30` or `2023-02-29` are rejected. A date
 * is a day on the Vietnamese calendar, not an instant: it is never converted through UTC,
 * so `2024-03-07` stays 7 March whatever the time zone of the machine that reads it.
 *
 * Records hold dates of the years 1900 to 2999 (see {@link SUPPORTED_YEARS}): a year
 * outside is a typing mistake (`0202`, `20224`), never a real record.
 *
 * @category Time
 * @example
 * ```ts
 * import { CalendarDateSchema } from "antt";
 * CalendarDateSchema.parse("2024-02-29");             // leap day: accepted
 * CalendarDateSchema.safeParse("2024-02-30").success; // false
 * CalendarDateSchema.safeParse("0999-06-01").success; // false: outside 1900-2999
 * ```
 */
// `abort`: text that is no date at all gives one issue, not a second for the year.
export const CalendarDateSchema = z.iso
  .date({ abort: true })
  .regex(SUPPORTED_YEAR_RE, OUTSIDE_SUPPORTED_YEARS)
  .describe("Calendar date in Vietnam (YYYY-MM-DD), years 1900 to 2999");

/**
 * A calendar date `YYYY-MM-DD` (see {@link CalendarDateSchema}).
 *
 * @category Time
 * @example
 * ```ts
 * import type { CalendarDate } from "antt";
 * const launched: CalendarDate = "2022-04-15";
 * ```
 */
export type CalendarDate = z.infer<typeof CalendarDateSchema>;

/**
 * An instant: an ISO 8601 date-time with an explicit offset (`Z` or `+07:00`).
 *
 * @description A date-time without an offset (`2024-03-07T22:15:00`) is rejected: it
 * would mean different instants on machines in different zones. Write Vietnam time as
 * `2024-03-07T22:15:00+07:00`.
 *
 * @category Time
 * @example
 * ```ts
 * import { InstantSchema } from "antt";
 * InstantSchema.parse("2024-03-07T22:15:00+07:00");
 * InstantSchema.safeParse("2024-03-07T22:15:00").success; // false: no offset
 * ```
 */
export const InstantSchema = z.iso
  .datetime({ offset: true, abort: true })
  .regex(SUPPORTED_YEAR_RE, OUTSIDE_SUPPORTED_YEARS)
  .describe(
    "Instant as ISO 8601 date-time with offset, such as 2024-03-07T22:15:00+07:00, years 1900 to 2999",
  );

/**
 * An instant as an ISO 8601 string with offset (see {@link InstantSchema}).
 *
 * @category Time
 * @example
 * ```ts
 * import type { Instant } from "antt";
 * const occurredAt: Instant = "2024-03-07T22:15:00+07:00";
 * ```
 */
export type Instant = z.infer<typeof InstantSchema>;

/**
 * What the time functions accept: a calendar date (`YYYY-MM-DD`, a day in Vietnam), an
 * instant with offset, or a JavaScript `Date` (an instant).
 *
 * @category Time
 * @example
 * ```ts
 * import { vietnamDateOf, type DateInput } from "antt";
 * const inputs: DateInput[] = ["2024-03-07", "2024-03-07T17:30:00Z", new Date()];
 * inputs.map((input) => vietnamDateOf(input));
 * ```
 */
export type DateInput = CalendarDate | Instant | Date;

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET_RE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
// Asia/Ho_Chi_Minh has kept UTC+7 without daylight saving since 1975; the hot path below
// relies on that, and a property test checks it against @date-fns/tz.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Whether text is a real day `YYYY-MM-DD` of a four-digit year (1000 to 9999). */
function isCalendarDay(text: string): boolean {
  if (!DATE_RE.test(text)) return false;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function invalidDate(input: unknown): RangeError {
  return new RangeError(
    `Invalid date or instant ${JSON.stringify(String(input))}: expected YYYY-MM-DD or an ISO 8601 date-time with offset (Ngày hoặc thời điểm không hợp lệ)`,
  );
}

/** Year, month (1-12) and day of an input on the Vietnamese calendar. */
function vietnamParts(input: DateInput): [number, number, number] {
  if (typeof input === "string") {
    if (input.length === 10) {
      if (!isCalendarDay(input)) throw invalidDate(input);
      return [Number(input.slice(0, 4)), Number(input.slice(5, 7)), Number(input.slice(8, 10))];
    }
    if (!OFFSET_RE.test(input)) throw invalidDate(input);
  }
  const ms = typeof input === "string" ? Date.parse(input) : input.getTime();
  if (Number.isNaN(ms)) throw invalidDate(input);
  const shifted = new Date(ms + VIETNAM_OFFSET_MS);
  const year = shifted.getUTCFullYear();
  if (year < 1000 || year > 9999) throw outsideYears(input, year);
  return [year, shifted.getUTCMonth() + 1, shifted.getUTCDate()];
}

function outsideYears(input: unknown, year: number): RangeError {
  return new RangeError(
    `${JSON.stringify(String(input))} falls in the year ${year} in Vietnam; the time functions work with the years 1000 to 9999 (Năm nằm ngoài khoảng 1000-9999)`,
  );
}

function toDateString(y: number, m: number, d: number): CalendarDate {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

/**
 * The calendar date in Vietnam of a date or an instant.
 *
 * @description An instant at 23:30 UTC is 06:30 the next morning in Vietnam, so it
 * belongs to the next Vietnamese day. A calendar date is returned unchanged (after
 * checking that it exists).
 *
 * @param input - a calendar date, an instant with offset, or a `Date`
 * @returns the Vietnamese calendar date `YYYY-MM-DD`
 * @throws RangeError when the input is not a valid date or instant with offset
 * @category Time
 * @example
 * ```ts
 * import { vietnamDateOf } from "antt";
 * vietnamDateOf("2024-12-31T23:30:00Z"); // "2025-01-01"
 * vietnamDateOf("2024-03-07");           // "2024-03-07"
 * ```
 */
export function vietnamDateOf(input: DateInput): CalendarDate {
  if (typeof input === "string" && input.length === 10) {
    vietnamParts(input);
    return input;
  }
  const [y, m, d] = vietnamParts(input);
  return toDateString(y, m, d);
}

/**
 * An instant as a date-fns `TZDate` in Vietnam time, for formatting with date-fns.
 *
 * @description Use it to show an instant the way Vietnamese readers expect, whatever the
 * zone of the machine: `format(toVietnamTime(instant), "HH:mm 'ngày' dd/MM/yyyy")`.
 *
 * @param input - an instant with offset, a calendar date (its midnight in Vietnam), or a `Date`
 * @returns a `TZDate` in the zone Asia/Ho_Chi_Minh
 * @throws RangeError when the input is not a valid date or instant with offset
 * @category Time
 * @example
 * ```ts
 * import { format } from "date-fns";
 * import { toVietnamTime } from "antt";
 * format(toVietnamTime("2024-03-06T15:15:00Z"), "HH:mm dd/MM/yyyy"); // "22:15 06/03/2024"
 * ```
 */
export function toVietnamTime(input: DateInput): TZDate {
  if (typeof input === "string" && input.length === 10) {
    const [y, m, d] = vietnamParts(input);
    return new TZDate(Date.UTC(y, m - 1, d) - VIETNAM_OFFSET_MS, VIETNAM_TIME_ZONE);
  }
  vietnamParts(input);
  return new TZDate(
    typeof input === "string" ? Date.parse(input) : input.getTime(),
    VIETNAM_TIME_ZONE,
  );
}

/**
 * A calendar unit that reports are made for: a day, an ISO week (Monday to Sunday), a
 * month, a quarter, a half-year (6 tháng đầu năm / cuối năm) or a year.
 *
 * @category Time
 * @example
 * ```ts
 * import type { PeriodUnit } from "antt";
 * const unit: PeriodUnit = "half";
 * ```
 */
export type PeriodUnit = "day" | "week" | "month" | "quarter" | "half" | "year";

/**
 * The period units, in order from shortest to longest.
 *
 * @category Time
 * @example
 * ```ts
 * import { PERIOD_UNITS } from "antt";
 * PERIOD_UNITS.includes("quarter"); // true
 * ```
 */
export const PERIOD_UNITS: readonly PeriodUnit[] = [
  "day",
  "week",
  "month",
  "quarter",
  "half",
  "year",
];

/**
 * A reporting period: a calendar unit or a custom inclusive range of Vietnamese dates.
 *
 * @description `key` names the period compactly and is what grouped results use as
 * their key: `2024` (year), `2024-H1` (half-year), `2024-Q1`, `2024-03` (month),
 * `2024-W10` (ISO week), `2024-03-07` (day) and `2024-01-01..2024-06-30` (range).
 * `start` and `end` are the first and last day, both included.
 *
 * @category Time
 * @example
 * ```ts
 * import { parsePeriod, type Period } from "antt";
 * const h1: Period = parsePeriod("2024-H1");
 * // { unit: "half", key: "2024-H1", start: "2024-01-01", end: "2024-06-30" }
 * ```
 */
export interface Period {
  /** The calendar unit, or `range` for a custom range. */
  readonly unit: PeriodUnit | "range";
  /** The compact name of the period, such as `2024-H1`. */
  readonly key: string;
  /** The first day, included. */
  readonly start: CalendarDate;
  /** The last day, included. */
  readonly end: CalendarDate;
}

const weekKeyCache = new Map<string, string>();

function isoWeekKey(y: number, m: number, d: number): string {
  const day = toDateString(y, m, d);
  let key = weekKeyCache.get(day);
  if (key === undefined) {
    const date = new UTCDate(y, m - 1, d);
    key = `${getISOWeekYear(date)}-W${pad2(getISOWeek(date))}`;
    // Bounded: a report spans a few thousand distinct days at most.
    if (weekKeyCache.size >= 8192) weekKeyCache.clear();
    weekKeyCache.set(day, key);
  }
  return key;
}

/**
 * The key of the period of a unit that contains a date or an instant, in Vietnam time.
 *
 * @description This is the fast path that aggregations use to bucket records; it returns
 * the same key as `periodOf(input, unit).key` without building the period.
 *
 * @param input - a calendar date, an instant with offset, or a `Date`
 * @param unit - the calendar unit
 * @returns the period key, such as `2024-Q1`
 * @throws RangeError when the input is not a valid date or instant with offset
 * @category Time
 * @example
 * ```ts
 * import { periodKeyOf } from "antt";
 * periodKeyOf("2024-06-30T18:00:00Z", "half"); // "2024-H2" (01:00 on 1 July in Vietnam)
 * periodKeyOf("2021-01-03", "week");           // "2020-W53"
 * ```
 */
export function periodKeyOf(input: DateInput, unit: PeriodUnit): string {
  const [y, m, d] = vietnamParts(input);
  switch (unit) {
    case "day":
      return toDateString(y, m, d);
    case "week":
      return isoWeekKey(y, m, d);
    case "month":
      return `${y}-${pad2(m)}`;
    case "quarter":
      return `${y}-Q${((m + 2) / 3) | 0}`;
    case "half":
      return `${y}-H${m <= 6 ? 1 : 2}`;
    case "year":
      return `${y}`;
  }
}

/**
 * The period of a unit that contains a date or an instant, in Vietnam time.
 *
 * @param input - a calendar date, an instant with offset, or a `Date`
 * @param unit - the calendar unit
 * @returns the period, with its key and first and last days
 * @throws RangeError when the input is not a valid date or instant with offset
 * @category Time
 * @example
 * ```ts
 * import { periodOf } from "antt";
 * periodOf("2024-03-07", "quarter");
 * // { unit: "quarter", key: "2024-Q1", start: "2024-01-01", end: "2024-03-31" }
 * periodOf("2024-12-31T23:30:00Z", "year").key; // "2025"
 * ```
 */
export function periodOf(input: DateInput, unit: PeriodUnit): Period {
  return parsePeriod(periodKeyOf(input, unit));
}

// Calendar dates are days without a zone: their arithmetic runs on UTCDate, so that the
// machine's own zone (even one that skipped a whole day, such as Pacific/Kiritimati in
// 1994) can never shift a result.
function vnDate(date: CalendarDate): UTCDate {
  return new UTCDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

function dateString(date: Date): CalendarDate {
  return format(date, "yyyy-MM-dd");
}

function invalidKey(key: string): RangeError {
  return new RangeError(
    `Invalid period key ${JSON.stringify(key)}: expected 2024, 2024-H1, 2024-Q1, 2024-03, 2024-W10, 2024-03-07 or 2024-01-01..2024-06-30 (Kỳ báo cáo không hợp lệ)`,
  );
}

function checkedDate(date: string, key: string): CalendarDate {
  if (!isCalendarDay(date)) throw invalidKey(key);
  return date;
}

/**
 * Builds a custom period from its first and last day, both included.
 *
 * @param start - the first day
 * @param end - the last day, on or after `start`
 * @returns a period of unit `range`
 * @throws RangeError when a date is invalid or `end` is before `start`
 * @category Time
 * @example
 * ```ts
 * import { customPeriod } from "antt";
 * // a residential area's "An toàn về ANTT" assessment window
 * customPeriod("2023-11-01", "2024-10-31").key; // "2023-11-01..2024-10-31"
 * ```
 */
export function customPeriod(start: CalendarDate, end: CalendarDate): Period {
  return parsePeriod(`${start}..${end}`);
}

/**
 * Reads a period from its key.
 *
 * @param key - `2024`, `2024-H1`, `2024-Q1`, `2024-03`, `2024-W10`, `2024-03-07` or
 *   `2024-01-01..2024-06-30`
 * @returns the period
 * @throws RangeError naming the key when it is not one of these forms or names a day,
 *   week or month that does not exist
 * @category Time
 * @example
 * ```ts
 * import { parsePeriod } from "antt";
 * parsePeriod("2020-W53"); // { unit: "week", key: "2020-W53", start: "2020-12-28", end: "2021-01-03" }
 * parsePeriod("2024-02").end; // "2024-02-29"
 * ```
 */
export function parsePeriod(key: string): Period {
  let match = /^([1-9]\d{3})$/.exec(key);
  if (match) return { unit: "year", key, start: `${match[1]}-01-01`, end: `${match[1]}-12-31` };
  match = /^([1-9]\d{3})-H([12])$/.exec(key);
  if (match) {
    const first = match[2] === "1";
    return {
      unit: "half",
      key,
      start: `${match[1]}-${first ? "01-01" : "07-01"}`,
      end: `${match[1]}-${first ? "06-30" : "12-31"}`,
    };
  }
  match = /^([1-9]\d{3})-Q([1-4])$/.exec(key);
  if (match) {
    const q = Number(match[2]);
    const start = `${match[1]}-${pad2(q * 3 - 2)}-01`;
    return {
      unit: "quarter",
      key,
      start,
      end: dateString(lastDayOfMonth(vnDate(`${match[1]}-${pad2(q * 3)}-01`))),
    };
  }
  match = /^([1-9]\d{3})-(\d{2})$/.exec(key);
  if (match) {
    const start = checkedDate(`${key}-01`, key);
    return { unit: "month", key, start, end: dateString(lastDayOfMonth(vnDate(start))) };
  }
  match = /^([1-9]\d{3})-W(\d{2})$/.exec(key);
  if (match) {
    const year = Number(match[1]);
    const week = Number(match[2]);
    const jan4 = new UTCDate(year, 0, 4);
    if (week < 1 || week > getISOWeeksInYear(jan4)) throw invalidKey(key);
    const monday = startOfISOWeek(setISOWeek(jan4, week));
    return { unit: "week", key, start: dateString(monday), end: dateString(addDays(monday, 6)) };
  }
  if (DATE_RE.test(key)) return { unit: "day", key, start: checkedDate(key, key), end: key };
  match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(key);
  if (match?.[1] && match[2]) {
    const start = checkedDate(match[1], key);
    const end = checkedDate(match[2], key);
    if (end < start) {
      throw new RangeError(
        `Invalid period ${JSON.stringify(key)}: the end ${end} is before the start ${start} (Ngày kết thúc trước ngày bắt đầu)`,
      );
    }
    return { unit: "range", key, start, end };
  }
  throw invalidKey(key);
}

/**
 * The zod schema of a {@link Period}, as it travels in JSON: the key must name the
 * same days as `start` and `end`.
 *
 * @category Time
 * @example
 * ```ts
 * import { PeriodSchema } from "antt";
 * PeriodSchema.parse({ unit: "half", key: "2024-H1", start: "2024-01-01", end: "2024-06-30" });
 * PeriodSchema.safeParse({ unit: "half", key: "2024-H1", start: "2024-01-01", end: "2024-12-31" }).success; // false
 * ```
 */
export const PeriodSchema = z
  .strictObject({
    unit: z
      .enum(["day", "week", "month", "quarter", "half", "year", "range"])
      .describe("Calendar unit of the period, or range"),
    key: z.string().max(32).describe("Compact name of the period, such as 2024-H1"),
    start: CalendarDateSchema.describe("First day of the period, included"),
    end: CalendarDateSchema.describe("Last day of the period, included"),
  })
  .superRefine((value, ctx) => {
    let expected: Period | undefined;
    try {
      expected = parsePeriod(value.key);
    } catch (error) {
      ctx.addIssue({
        code: "custom",
        path: ["key"],
        message: (error as Error).message,
        params: { vi: "Kỳ báo cáo không hợp lệ" },
      });
      return;
    }
    if (
      expected.unit !== value.unit ||
      expected.start !== value.start ||
      expected.end !== value.end
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["key"],
        message: `The key ${value.key} names ${expected.unit} ${expected.start}..${expected.end}, not ${value.unit} ${value.start}..${value.end}`,
        params: { vi: "Mã kỳ không khớp với ngày bắt đầu và kết thúc" },
      });
    }
  })
  .describe("A reporting period: a calendar unit or a custom inclusive range of dates");

/**
 * Whether a date or an instant falls inside a period (both ends included), in Vietnam
 * time.
 *
 * @param period - the period
 * @param input - a calendar date, an instant with offset, or a `Date`
 * @returns `true` when the input's Vietnamese date lies between `start` and `end`
 * @category Time
 * @example
 * ```ts
 * import { parsePeriod, periodContains } from "antt";
 * const h1 = parsePeriod("2024-H1");
 * periodContains(h1, "2024-06-30T16:59:59Z"); // true (23:59:59 in Vietnam)
 * periodContains(h1, "2024-06-30T17:00:00Z"); // false (1 July in Vietnam)
 * ```
 */
export function periodContains(period: Period, input: DateInput): boolean {
  const date = vietnamDateOf(input);
  return date >= period.start && date <= period.end;
}

/**
 * The period just before a period: the previous month of a month, the previous half of
 * a half-year; for a custom range, the range of the same number of days that ends the
 * day before it starts.
 *
 * @param period - the period
 * @returns the preceding period of the same unit and length
 * @category Time
 * @example
 * ```ts
 * import { parsePeriod, previousPeriod } from "antt";
 * previousPeriod(parsePeriod("2024-H1")).key; // "2023-H2"
 * previousPeriod(parsePeriod("2024-01-11..2024-01-20")).key; // "2024-01-01..2024-01-10"
 * ```
 */
export function previousPeriod(period: Period): Period {
  const dayBefore = dateString(addDays(vnDate(period.start), -1));
  if (period.unit !== "range") return periodOf(dayBefore, period.unit);
  const length = differenceInCalendarDays(vnDate(period.end), vnDate(period.start));
  return customPeriod(dateString(addDays(vnDate(dayBefore), -length)), dayBefore);
}

/**
 * The same period one year earlier ("so với cùng kỳ năm trước").
 *
 * @description Months, quarters, halves and years move back one year. A day moves to the
 * same date a year earlier (29 February to 28 February). ISO week 53 moves to the last
 * week of the previous ISO year when that year has only 52. A custom range moves both
 * ends back a year.
 *
 * @param period - the period
 * @returns the period a year earlier
 * @category Time
 * @example
 * ```ts
 * import { parsePeriod, samePeriodLastYear } from "antt";
 * samePeriodLastYear(parsePeriod("2024-H1")).key; // "2023-H1"
 * samePeriodLastYear(parsePeriod("2020-W53")).key; // "2019-W52"
 * ```
 */
export function samePeriodLastYear(period: Period): Period {
  const year = Number(period.key.slice(0, 4)) - 1;
  switch (period.unit) {
    case "year":
    case "half":
    case "quarter":
    case "month":
      return parsePeriod(`${year}${period.key.slice(4)}`);
    case "week": {
      const weeks = getISOWeeksInYear(new UTCDate(year, 0, 4));
      return parsePeriod(`${year}-W${pad2(Math.min(Number(period.key.slice(6)), weeks))}`);
    }
    case "day":
      return parsePeriod(dateString(subYears(vnDate(period.start), 1)));
    case "range":
      return customPeriod(
        dateString(subYears(vnDate(period.start), 1)),
        dateString(subYears(vnDate(period.end), 1)),
      );
  }
}

const ROMAN = ["I", "II", "III", "IV"];

function viDay(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function enDay(date: CalendarDate): string {
  return format(vnDate(date), "d MMMM yyyy");
}

/**
 * Names a period the way reports do: "6 tháng đầu năm 2024", "quý I năm 2024", "first
 * half of 2024".
 *
 * @param period - the period
 * @param locale - `"vi"` (default) or `"en"`
 * @returns the period in words
 * @category Time
 * @example
 * ```ts
 * import { formatPeriod, parsePeriod } from "antt";
 * formatPeriod(parsePeriod("2024-H1"));       // "6 tháng đầu năm 2024"
 * formatPeriod(parsePeriod("2024-Q3"));       // "quý III năm 2024"
 * formatPeriod(parsePeriod("2024-03"), "en"); // "March 2024"
 * ```
 */
export function formatPeriod(period: Period, locale: Locale = "vi"): string {
  const year = period.key.slice(0, 4);
  const vi = locale === "vi";
  switch (period.unit) {
    case "year":
      return vi ? `năm ${year}` : year;
    case "half": {
      const first = period.key.endsWith("H1");
      if (vi) return `6 tháng ${first ? "đầu" : "cuối"} năm ${year}`;
      return `${first ? "first" : "second"} half of ${year}`;
    }
    case "quarter": {
      const q = Number(period.key.slice(6));
      return vi ? `quý ${ROMAN[q - 1]} năm ${year}` : `Q${q} ${year}`;
    }
    case "month":
      return vi
        ? `tháng ${Number(period.key.slice(5, 7))} năm ${year}`
        : format(vnDate(period.start), "MMMM yyyy");
    case "week": {
      const week = Number(period.key.slice(6));
      return vi ? `tuần ${week} năm ${year}` : `ISO week ${week} of ${year}`;
    }
    case "day":
      return vi ? `ngày ${viDay(period.start)}` : enDay(period.start);
    case "range":
      return vi
        ? `từ ngày ${viDay(period.start)} đến ngày ${viDay(period.end)}`
        : `${enDay(period.start)} to ${enDay(period.end)}`;
  }
}
