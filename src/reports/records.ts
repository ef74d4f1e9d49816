// The records a report reads: one collection's record at a time.

import type { Dataset } from "../dataset/index.js";
import type { unitReport } from "./aggregator.js";
import type { ReportCollection } from "./types.js";

/**
 * One record of a dataset collection, as {@link unitReport} reads it: the collection's name
 * and the record.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportRecord } from "antt";
 * const record: ReportRecord = {
 *   collection: "incidents",
 *   record: { id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00", unitCode: "15532",
 *     detectedBy: "patrol", status: "investigating" },
 * };
 * ```
 */
export type ReportRecord = {
  [C in ReportCollection]: {
    readonly collection: C;
    readonly record: NonNullable<Dataset[C]>[number];
  };
}[ReportCollection];
