import { activityDateOf } from "../activities/dates.js";
import { type CalendarDate, type DateInput, vietnamDateOf } from "../core/calendar.js";
import { type Period, periodContains } from "../core/period.js";
import type { Dataset } from "../dataset/index.js";
import type { SafetyRecognition } from "../models/index.js";
import { active } from "./period.js";
import type { Placement, UnitScope } from "./scope.js";
import {
  type CollectionReconciliation,
  type PeriodRule,
  REPORT_COLLECTIONS,
  type ReportCollection,
  type ReportReconciliation,
} from "./types.js";

export interface Tally {
  given: number;
  counted: number;
  otherUnit: number;
  unknownUnit: number;
  outsidePeriod: number;
}

export class Selector {
  readonly tallies = new Map<ReportCollection, Tally>();
  readonly unknownCodes = new Set<string>();
  /** The direct child of the report's unit that holds each selected record. */
  readonly childOf = new Map<object, string | null>();

  constructor(readonly scope: UnitScope) {}

  /**
   * The records of a collection the report counts for `period`, by the collection's
   * {@link TIMING}; every record given is tallied as counted or excluded (why).
   */
  select<C extends ReportCollection>(
    collection: C,
    records: readonly RecordOf<C>[] | undefined,
    period: Period,
  ): RecordOf<C>[] {
    const timing = TIMING[collection] as Timing<RecordOf<C> & Placed>;
    const tally: Tally = { given: 0, counted: 0, otherUnit: 0, unknownUnit: 0, outsidePeriod: 0 };
    this.tallies.set(collection, tally);
    const out: RecordOf<C>[] = [];
    for (const record of (records ?? []) as readonly (RecordOf<C> & Placed)[]) {
      tally.given += 1;
      const placement: Placement = this.scope.place(
        record.unitCode,
        record.unitCodeAsOf ?? timing.dateOf(record),
      );
      if (placement.status === "unknown") {
        tally.unknownUnit += 1;
        this.unknownCodes.add(record.unitCode);
      } else if (placement.status === "other") {
        tally.otherUnit += 1;
      } else if (!timing.inPeriod(record, period)) {
        tally.outsidePeriod += 1;
      } else {
        tally.counted += 1;
        this.childOf.set(record, placement.child);
        out.push(record);
      }
    }
    return out;
  }

  reconciliation(period: Period): ReportReconciliation {
    const collections = {} as Record<ReportCollection, CollectionReconciliation>;
    for (const collection of REPORT_COLLECTIONS) {
      const t = this.tallies.get(collection) as Tally;
      collections[collection] = {
        rule: TIMING[collection].rule,
        given: t.given,
        counted: t.counted,
        excluded: {
          otherUnit: t.otherUnit,
          unknownUnit: t.unknownUnit,
          outsidePeriod: t.outsidePeriod,
        },
      };
    }
    const codes = [...this.unknownCodes].sort();
    return {
      period: period.key,
      collections,
      unknownUnitCodes: codes.slice(0, 20),
      unknownUnitCodeCount: codes.length,
    };
  }
}

/** A record the report places in a unit. */
interface Placed {
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
