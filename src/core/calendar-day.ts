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
  if (!DATE_RE.test(text)) return false;
  const y = Number(text.slice(0, 4));
  const m = Number(text.slice(5, 7));
  const d = Number(text.slice(8, 10));
  if (y < 1000 || m < 1 || m > 12 || d < 1) return false;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

function invalidDate(input: unknown): RangeError {
  return new RangeError(
    `Invalid date or instant ${JSON.stringify(String(input))}: expected YYYY-MM-DD or an ISO 8601 date-time with offset (Ngày hoặc thời điểm không hợp lệ)`,
  );
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
