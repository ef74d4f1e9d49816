// Internal: when each collection's records count in a report's period, and where they are
// placed. Not part of the public API.

import { activityDateInput, activityDateOf } from "../activities/dates.js";
import type { Activity } from "../activities/index.js";
import { type CalendarDate, type DateInput, vietnamDateOf } from "../core/calendar.js";
import { dayNumberAt, writtenVietnamDayNumber } from "../core/calendar-day.js";
import type { Period } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import type { FootageExtraction, Incident } from "../incidents/index.js";
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
  /**
   * The record's day: the day a record's unit code is read on when it has no
   * `unitCodeAsOf`, and the day a dated record counts on. Read once per record.
   */
  readonly dateOf: (record: T) => CalendarDate | undefined;
  /** Whether the record counts in the period; `day` is what `dateOf` gave for it. */
  readonly inPeriod: (record: T, period: Period, day: CalendarDate | undefined) => boolean;
}

/**
 * Records of one day or instant: they count in the period that holds it (Vietnam time),
 * as `periodContains` says; the day is read, and checked, once.
 */
function datedBy<T>(at: (record: T) => DateInput): Timing<T> {
  return {
    rule: "dated-in-period",
    dateOf: (r) => vietnamDateOf(at(r)),
    inPeriod: (_r, period, day) => day !== undefined && day >= period.start && day <= period.end,
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
  reviews: datedBy((r) => r.reviewedOn),
  recognitions: datedBy(recognitionDate),
  teams: lastingFrom(
    (t) => t.foundedOn,
    (t) => t.dissolvedOn,
  ),
  // A planned point counts from the day it was planned: its report states it apart.
  cameras: lastingFrom(
    (c) => c.installedOn ?? c.plannedOn,
    (c) => c.removedOn,
  ),
  incidents: datedBy((i) => i.occurredAt),
  extractions: datedBy((x) => x.requestedAt),
  activities: datedBy(activityDateOf),
  contributions: datedBy((c) => c.receivedOn),
  expenses: datedBy((e) => e.spentOn),
  forces: datedBy((f) => f.countedOn),
};

/**
 * The day in Vietnam of a day or an instant, as the number YYYYMMDD (`vietnamDateOf`, with no
 * string made): read from the digits where they say it, else through `vietnamDateOf`, which
 * throws for a value that is no date.
 */
export function vietnamDayNumber(input: string): number {
  const day = input.length === 10 ? dayNumberAt(input) : writtenVietnamDayNumber(input);
  return day > 0 ? day : dayNumberAt(vietnamDateOf(input));
}

/**
 * The days of the dated collections of many records as numbers: what `TIMING[c].dateOf`
 * gives, read as {@link vietnamDayNumber} (test/reports/select.test.ts compares them). Each
 * is its own function, so that the adder of its collection calls one place only.
 */
export const DAY_NUMBER = {
  incidents: (incident: Incident): number => vietnamDayNumber(incident.occurredAt),
  extractions: (extraction: FootageExtraction): number => vietnamDayNumber(extraction.requestedAt),
  activities: (activity: Activity): number => vietnamDayNumber(activityDateInput(activity)),
} as const;
