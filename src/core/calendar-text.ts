// Calendar text: dates and periods in words. Apart from calendar.ts, so that bucketing
// dates bundles none of it. Dates and periods are written from their digits and, for
// English month names, the platform's Intl: a report that writes dates carries no date
// formatter and no locale tables.
import { type CalendarDate, type DateInput, vietnamDateOf } from "./calendar.js";
import type { Locale } from "./labels.js";
import type { Period } from "./period.js";

let englishDay: Intl.DateTimeFormat | undefined;
let englishMonth: Intl.DateTimeFormat | undefined;

/** The UTC midnight of a calendar date's day, which Intl writes in the zone UTC. */
function utcMidnight(date: CalendarDate): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

const ROMAN = ["I", "II", "III", "IV"];

function viDay(date: CalendarDate): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

function enDay(date: CalendarDate): string {
  englishDay ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  return englishDay.format(utcMidnight(date));
}

function enMonth(date: CalendarDate): string {
  englishMonth ??= new Intl.DateTimeFormat("en-GB", {
    timeZone: "UTC",
    month: "long",
    year: "numeric",
  });
  return englishMonth.format(utcMidnight(date));
}

/** How {@link formatCalendarDate} writes a date. */
export interface CalendarDateFormat {
  /** `"vi"` (default) or `"en"`. */
  locale?: Locale;
  /**
   * In Vietnamese, `"short"` (default) writes "06/03/2024" and `"long"` writes "ngày 6
   * tháng 3 năm 2024", as the date line of an official document. English is always
   * "6 March 2024".
   */
  style?: "short" | "long";
}

/**
 * Writes a day the way Vietnamese reports do: "06/03/2024", or "ngày 6 tháng 3 năm 2024"
 * in a document's date line; "6 March 2024" in English.
 *
 * @description An instant is first placed on its day in Vietnam time, so
 * `"2024-03-05T20:00:00Z"` is written as 6 March. The text depends on neither the machine's
 * zone nor its default locale.
 *
 * @param input - a calendar date, an instant with offset, or a `Date`
 * @param options - the locale and, in Vietnamese, the style
 * @returns the day in words
 * @throws RangeError when the input is not a valid date or instant with offset
 * @category Time
 * @example
 * ```ts
 * import { formatCalendarDate } from "antt";
 * formatCalendarDate("2024-03-06");                       // "06/03/2024"
 * formatCalendarDate("2024-03-06", { style: "long" });    // "ngày 6 tháng 3 năm 2024"
 * formatCalendarDate("2024-03-05T20:00:00Z", { locale: "en" }); // "6 March 2024"
 * ```
 */
export function formatCalendarDate(input: DateInput, options: CalendarDateFormat = {}): string {
  const day = vietnamDateOf(input); // validates, or throws a RangeError
  if (options.locale === "en") return enDay(day);
  if (options.style === "long") {
    return `ngày ${Number(day.slice(8, 10))} tháng ${Number(day.slice(5, 7))} năm ${day.slice(0, 4)}`;
  }
  return viDay(day);
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
      return vi ? `tháng ${Number(period.key.slice(5, 7))} năm ${year}` : enMonth(period.start);
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
