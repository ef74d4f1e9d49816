import type { CalendarDate } from "../core/calendar.js";
import type { Period } from "../core/period.js";
import type { SafetyRecognition } from "../models/index.js";
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

  select<T extends { readonly unitCode: string; readonly unitCodeAsOf?: string | undefined }>(
    collection: ReportCollection,
    records: readonly T[] | undefined,
    dateOf: (record: T) => CalendarDate | undefined,
    inPeriod: (record: T) => boolean,
  ): T[] {
    const tally: Tally = { given: 0, counted: 0, otherUnit: 0, unknownUnit: 0, outsidePeriod: 0 };
    this.tallies.set(collection, tally);
    const out: T[] = [];
    for (const record of records ?? []) {
      tally.given += 1;
      const placement: Placement = this.scope.place(
        record.unitCode,
        record.unitCodeAsOf ?? dateOf(record),
      );
      if (placement.status === "unknown") {
        tally.unknownUnit += 1;
        this.unknownCodes.add(record.unitCode);
      } else if (placement.status === "other") {
        tally.otherUnit += 1;
      } else if (!inPeriod(record)) {
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
        rule: RULES[collection],
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

export const RULES: { readonly [C in ReportCollection]: PeriodRule } = {
  models: "active-during-period",
  sites: "active-during-period",
  reviews: "dated-in-period",
  recognitions: "dated-in-period",
  teams: "active-during-period",
  cameras: "active-during-period",
  incidents: "dated-in-period",
  extractions: "dated-in-period",
  activities: "dated-in-period",
  contributions: "dated-in-period",
  expenses: "dated-in-period",
};

export const recognitionDate = (r: SafetyRecognition): CalendarDate =>
  r.decidedOn ?? `${r.year}-12-31`;
