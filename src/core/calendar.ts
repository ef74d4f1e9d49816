import { UTCDate } from "@date-fns/utc";
import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeeksInYear } from "date-fns/getISOWeeksInYear";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { setISOWeek } from "date-fns/setISOWeek";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { subYears } from "date-fns/subYears";

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
export type CalendarDate = string;

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
export type Instant = string;

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
  // A UTCDate: its getters read the calendar day, whatever the machine's zone.
  return toDateString(date.getFullYear(), date.getMonth() + 1, date.getDate());
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
 * Whether a value is a calendar date a record may hold: `YYYY-MM-DD`, a real day, of the
 * years 1900 to 2999. The same test as {@link CalendarDateSchema}, without zod.
 *
 * @param value - any value
 * @returns `true` for a valid calendar date
 * @category Time
 * @example
 * ```ts
 * import { isCalendarDate } from "antt";
 * isCalendarDate("2024-02-29"); // true
 * isCalendarDate("2023-02-29"); // false
 * isCalendarDate("0999-06-01"); // false: outside 1900-2999
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string" || !isCalendarDay(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= SUPPORTED_YEARS.first && year <= SUPPORTED_YEARS.last;
}

/**
 * Whether a value is a period as {@link parsePeriod} gives it: exactly `unit`, `key`,
 * `start` and `end`, agreeing with each other. The same test as {@link PeriodSchema},
 * without zod.
 *
 * @param value - any value
 * @returns `true` for a valid period
 * @category Time
 * @example
 * ```ts
 * import { isPeriod, parsePeriod } from "antt";
 * isPeriod(parsePeriod("2024-H1")); // true
 * isPeriod({ unit: "year", key: "2024", start: "2024-01-01", end: "2024-06-30" }); // false
 * ```
 */
export function isPeriod(value: unknown): value is Period {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 4) return false;
  const { unit, key, start, end } = value as Record<string, unknown>;
  if (typeof key !== "string" || key.length > 32) return false;
  if (!isCalendarDate(start) || !isCalendarDate(end)) return false;
  let expected: Period;
  try {
    expected = parsePeriod(key);
  } catch {
    return false;
  }
  return expected.unit === unit && expected.start === start && expected.end === end;
}

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
