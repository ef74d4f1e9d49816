import { UTCDate } from "@date-fns/utc";
import { addDays } from "date-fns/addDays";
import { differenceInCalendarDays } from "date-fns/differenceInCalendarDays";
import { getISOWeeksInYear } from "date-fns/getISOWeeksInYear";
import { subYears } from "date-fns/subYears";
import { dateString, pad2, vnDate } from "./calendar-day.js";
import { customPeriod, type Period, parsePeriod, periodOf } from "./period.js";

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
