// Instants as date-fns dates in Vietnam time, for apps that format with date-fns. A module
// of its own: it is the only one that imports @date-fns/tz, so that a bundle which does not
// use it (a report, a summary) carries none of it.
import { TZDate } from "@date-fns/tz";
import { type DateInput, VIETNAM_TIME_ZONE, vietnamDateOf } from "./calendar.js";

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

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
  const day = vietnamDateOf(input); // validates, or throws a RangeError
  if (typeof input === "string" && input.length === 10) {
    const [y, m, d] = [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
    return new TZDate(Date.UTC(y, m - 1, d) - VIETNAM_OFFSET_MS, VIETNAM_TIME_ZONE);
  }
  return new TZDate(
    typeof input === "string" ? Date.parse(input) : input.getTime(),
    VIETNAM_TIME_ZONE,
  );
}
