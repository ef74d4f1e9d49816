import { UTCDate } from "@date-fns/utc";
import { addDays } from "date-fns/addDays";
import { getISOWeek } from "date-fns/getISOWeek";
import { getISOWeeksInYear } from "date-fns/getISOWeeksInYear";
import { getISOWeekYear } from "date-fns/getISOWeekYear";
import { lastDayOfMonth } from "date-fns/lastDayOfMonth";
import { setISOWeek } from "date-fns/setISOWeek";
import { startOfISOWeek } from "date-fns/startOfISOWeek";
import { type CalendarDate, type DateInput, isCalendarDate, vietnamDateOf } from "./calendar.js";
import {
  DATE_RE,
  dateString,
  isCalendarDay,
  pad2,
  toDateString,
  vietnamParts,
  vnDate,
} from "./calendar-day.js";

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
