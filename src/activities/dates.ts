import { type CalendarDate, vietnamDateOf } from "../core/calendar.js";
import type { Activity } from "./schema.js";

/**
 * The Vietnamese calendar day of an activity: its `date`, or the day in Vietnam of
 * `startedAt` (patrols, ambushes) or `receivedAt` (tips).
 *
 * @description This is the day that time buckets use, and the day a missing
 * `unitCodeAsOf` stands for. A patrol that starts at 23:00 on 7 March (Vietnam time)
 * belongs to 7 March even when written in UTC (`2024-03-07T16:00:00Z`).
 *
 * @param activity - a parsed activity
 * @returns the day `YYYY-MM-DD` in Vietnam
 * @category Time
 * @example
 * ```ts
 * import { activityDateOf } from "antt";
 * activityDateOf({
 *   kind: "patrol",
 *   id: "act-1",
 *   unitCode: "15532",
 *   startedAt: "2024-03-07T17:30:00Z",
 *   participants: 5,
 *   directedByCamera: false,
 * }); // "2024-03-08" (00:30 on 8 March in Vietnam)
 * ```
 */
export function activityDateOf(activity: Activity): CalendarDate {
  // A switch, not a pattern match: reports read this once per activity.
  // A patrol's or tip's instant becomes its day in Vietnam; a day is kept as it is.
  return vietnamDateOf(activityDateInput(activity));
}

function unknownKind(activity: never): never {
  const kind = JSON.stringify(String((activity as { kind?: unknown }).kind));
  throw new TypeError(
    `Unknown activity kind ${kind}: an activity has no day to count on (Loại hoạt động không hợp lệ)`,
  );
}

/**
 * What {@link activityDateOf} reads an activity's day from: its `date`, `startedAt` or
 * `receivedAt`, as written. Internal (reports read it as a number, with no string made).
 */
export function activityDateInput(activity: Activity): string {
  switch (activity.kind) {
    case "patrol":
    case "ambush":
      return activity.startedAt;
    case "tip":
      return activity.receivedAt;
    case "mediation":
    case "outreach":
    case "drill":
    case "training":
    case "award":
      return activity.date;
    default:
      return unknownKind(activity);
  }
}
