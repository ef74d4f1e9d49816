import { isCalendarDay, toDateString, vietnamParts, writtenVietnamDay } from "./calendar-day.js";

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
  if (typeof input === "string") {
    if (input.length === 10) {
      // A day as it is: checked, not split into numbers (vietnamParts throws the error).
      if (!isCalendarDay(input)) vietnamParts(input);
      return input;
    }
    const day = writtenVietnamDay(input);
    if (day !== undefined) return day;
  }
  const [y, m, d] = vietnamParts(input);
  return toDateString(y, m, d);
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
