// Internal: when each collection's records count in a report's period, and where they are
// placed. Not part of the public API.

import { activityDateOf } from "../activities/dates.js";
import { type CalendarDate, type DateInput, vietnamDateOf } from "../core/calendar.js";
import { type Period, periodContains } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import type { SafetyRecognition } from "../models/index.js";
import { active } from "./period.js";
import type { PeriodRule, ReportCollection } from "./types.js";

/** A record the report places in a unit. */
export interface Placed {
  readonly unitCode: string;
  readonly unitCodeAsOf?: string | undefined;
}

/** A record of a dataset collection the report counts. */
export type RecordOf<C extends ReportCollection> = NonNullable<Dataset[C]>[number];

/** When a collection's records count in a period. */
interface Timing<T> {
  /** The rule, as the reconciliation names it. */
  readonly rule: PeriodRule;
  /** The day a record's unit code is read on, when it has no `unitCodeAsOf`. */
  readonly dateOf: (record: T) => CalendarDate | undefined;
  /** Whether the record counts in the period. */
  readonly inPeriod: (record: T, period: Period) => boolean;
}

/** Records of one day or instant: they count in the period that holds it (Vietnam time). */
function datedBy<T>(at: (record: T) => DateInput, dateOf: (record: T) => CalendarDate): Timing<T> {
  return {
    rule: "dated-in-period",
    dateOf,
    inPeriod: (r, period) => periodContains(period, at(r)),
  };
}

/** Records that last from one day to another: they count when active during the period. */
function lastingFrom<T>(
  from: (record: T) => CalendarDate | undefined,
  to: (record: T) => CalendarDate | undefined,
): Timing<T> {
  return {
    rule: "active-during-period",
    dateOf: from,
    inPeriod: (r, p) => active(from(r), to(r), p),
  };
}

export const recognitionDate = (r: SafetyRecognition): CalendarDate =>
  r.decidedOn ?? `${r.year}-12-31`;

/**
 * The one table of when each collection's records count in a report's period: read by
 * selection, and named in the reconciliation.
 */
export const TIMING: { readonly [C in ReportCollection]: Timing<RecordOf<C>> } = {
  models: lastingFrom(
    (m) => m.launchedOn,
    (m) => m.endedOn,
  ),
  sites: lastingFrom(
    (s) => s.launchedOn,
    (s) => s.endedOn,
  ),
  reviews: datedBy(
    (r) => r.reviewedOn,
    (r) => r.reviewedOn,
  ),
  recognitions: datedBy(recognitionDate, recognitionDate),
  teams: lastingFrom(
    (t) => t.foundedOn,
    (t) => t.dissolvedOn,
  ),
  cameras: lastingFrom(
    (c) => c.installedOn,
    (c) => c.removedOn,
  ),
  incidents: datedBy(
    (i) => i.occurredAt,
    (i) => vietnamDateOf(i.occurredAt),
  ),
  extractions: datedBy(
    (x) => x.requestedAt,
    (x) => vietnamDateOf(x.requestedAt),
  ),
  activities: datedBy(activityDateOf, activityDateOf),
  contributions: datedBy(
    (c) => c.receivedOn,
    (c) => c.receivedOn,
  ),
  expenses: datedBy(
    (e) => e.spentOn,
    (e) => e.spentOn,
  ),
};
