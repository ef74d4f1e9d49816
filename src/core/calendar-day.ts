// The day-level helpers behind the calendar and period modules: checking, splitting and
// writing `YYYY-MM-DD` days and reading a date or an instant as a day in Vietnam. Internal:
// src/core/index.ts does not re-export this module, so none of these is public API.
import { UTCDate } from "@date-fns/utc";
import type { CalendarDate, DateInput } from "./calendar.js";

export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const OFFSET_RE = /(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;
// Asia/Ho_Chi_Minh has kept UTC+7 without daylight saving since 1975; the hot path below
// relies on that, and a property test checks it against @date-fns/tz.
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** Whether text is a real day `YYYY-MM-DD` of a four-digit year (1000 to 9999). */
export function isCalendarDay(text: string): boolean {
  return text.length === 10 && dayNumberAt(text) > 0;
}

/**
 * The day `YYYY-MM-DD` that starts `text`, as the number YYYYMMDD (which orders as the days
 * do), or -1 when it is not a real day of a four-digit year (1000 to 9999).
 */
export function dayNumberAt(text: string): number {
  // Read from the character codes: no pattern, no slices (reports read a day per record).
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
  const hi = twoAt(text, 0);
  const lo = twoAt(text, 2);
  const m = twoAt(text, 5);
  const d = twoAt(text, 8);
  // A part that is not two digits is -1, which makes the `|` of them negative.
  if ((hi | lo | m | d) < 0 || hi < 10 || m < 1 || m > 12 || d < 1) return -1;
  const y = hi * 100 + lo;
  if (d > 28) {
    const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
    if (d > days) return -1;
  }
  return y * 10_000 + m * 100 + d;
}

/** The day `YYYY-MM-DD` of a number YYYYMMDD that {@link dayNumberAt} gave. */
export function dayOfNumber(n: number): CalendarDate {
  return toDateString(Math.floor(n / 10_000), Math.floor(n / 100) % 100, n % 100);
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function invalidDate(input: unknown): RangeError {
  return new RangeError(
    `Invalid date or instant ${JSON.stringify(String(input))}: expected YYYY-MM-DD or an ISO 8601 date-time with offset (Ngày hoặc thời điểm không hợp lệ)`,
  );
}

/** The two digits at `i` as a number, or -1 when either is not a digit. */
function twoAt(s: string, i: number): number {
  // The digits read in place (past the end, a code is NaN and fails the tests).
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The Vietnamese day of an instant written the usual way, read from its digits without
 * parsing a date: `YYYY-MM-DDTHH:MM`, optional `:SS` and fraction, then `Z` or `±HH:MM`, on a
 * real day, at a real time, whose Vietnam time is on the day written. Anything else
 * (another shape, a day Vietnam time moves across midnight) gives `undefined`, for the
 * general path; where it gives a day, it is the day the general path gives (property-tested).
 */
export function writtenVietnamDay(s: string): CalendarDate | undefined {
  return writtenVietnamDayNumber(s) > 0 ? s.slice(0, 10) : undefined;
}

/**
 * {@link writtenVietnamDay} as the number YYYYMMDD (see {@link dayNumberAt}), -1 where it
 * gives `undefined`: no string made.
 */
export function writtenVietnamDayNumber(s: string): number {
  // Each test returns as soon as it fails: a report reads one instant per record.
  const n = s.length;
  if (n < 17 || s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58) return -1; // T :
  const hours = twoAt(s, 11);
  const minutes = twoAt(s, 14);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return -1;
  let i = 16;
  if (s.charCodeAt(16) === 58) {
    const seconds = twoAt(s, 17);
    if (seconds < 0 || seconds > 59) return -1;
    i = 19;
    if (s.charCodeAt(19) === 46) {
      i = 20;
      for (let c = s.charCodeAt(i); c >= 48 && c <= 57; c = s.charCodeAt(++i));
      if (i === 20) return -1;
    }
  }
  const sign = s.charCodeAt(i);
  let offset = 0;
  if (sign === 90) {
    if (i !== n - 1) return -1; // Z
  } else {
    if (i !== n - 6 || (sign !== 43 && sign !== 45) || s.charCodeAt(i + 3) !== 58) return -1;
    const oh = twoAt(s, i + 1);
    const om = twoAt(s, i + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return -1;
    offset = sign === 45 ? -(oh * 60 + om) : oh * 60 + om;
  }
  const shifted = hours * 60 + minutes + 420 - offset;
  return shifted >= 0 && shifted < 1440 ? dayNumberAt(s) : -1;
}

/** Year, month (1-12) and day of an input on the Vietnamese calendar. */
export function vietnamParts(input: DateInput): [number, number, number] {
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

export function toDateString(y: number, m: number, d: number): CalendarDate {
  return `${y}-${pad2(m)}-${pad2(d)}`;
}

// Calendar dates are days without a zone: their arithmetic runs on UTCDate, so that the
// machine's own zone (even one that skipped a whole day, such as Pacific/Kiritimati in
// 1994) can never shift a result.
export function vnDate(date: CalendarDate): UTCDate {
  return new UTCDate(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

export function dateString(date: Date): CalendarDate {
  // A UTCDate: its getters read the calendar day, whatever the machine's zone.
  return toDateString(date.getFullYear(), date.getMonth() + 1, date.getDate());
}
