// Making a submission: a unit's report state in its envelope.

import { exportState } from "../aggregate/index.js";
import type { ReportCollection, UnitReportAggregator, UnitReportState } from "../reports/index.js";
import type { ReportSubmission } from "./schema.js";

/**
 * The version of the library, as submissions record it (`versions.library`).
 *
 * @category Submissions
 * @example
 * ```ts
 * import { ANTT_VERSION } from "antt/submissions";
 * ANTT_VERSION; // "0.1.0"
 * ```
 */
export const ANTT_VERSION = "0.1.0";

/**
 * What a submission says beyond its state: the unit's name, what it covers, who made it
 * and when.
 *
 * @category Submissions
 * @example
 * ```ts
 * import type { SubmissionDetails } from "antt/submissions";
 * const details: SubmissionDetails = {
 *   unitName: "Xã Xuân Sinh",
 *   covers: { incidents: "complete", cameras: "complete" },
 *   producedBy: "Công an xã Xuân Sinh",
 *   producedAt: "2025-01-05T09:00:00+07:00",
 * };
 * ```
 */
export interface SubmissionDetails {
  /** The submitting unit's name. */
  readonly unitName: string;
  /** The collections the state holds, each complete or partial. */
  readonly covers: { readonly [C in ReportCollection]?: "complete" | "partial" };
  /** Who made the submission (an office, a person). */
  readonly producedBy: string;
  /** When it was made: an instant with its offset. */
  readonly producedAt: string;
  /** The version of the data it was made from (a file's name or hash), if any. */
  readonly dataVersion?: string | undefined;
}

/**
 * Puts a unit's report state in a submission, ready to send upward as JSON.
 *
 * @param report - the unit's report (`unitReport` with the unit, period and comparison)
 * @param state - its state, over the unit's records
 * @param details - the unit's name, what the state covers, who made it and when
 * @returns the submission, plain JSON
 * @category Submissions
 * @example
 * ```ts
 * import { aggregateState, unitReport } from "antt";
 * import { createSubmission } from "antt/submissions";
 * const report = unitReport({ unit: "15532", period: "2024",
 *   units: [{ code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune" }] });
 * const submission = createSubmission(report, aggregateState(report, []), {
 *   unitName: "Xã Xuân Sinh",
 *   covers: { incidents: "complete" },
 *   producedBy: "Công an xã Xuân Sinh",
 *   producedAt: "2025-01-05T09:00:00+07:00",
 * });
 * submission.unit; // { code: "15532", name: "Xã Xuân Sinh" }
 * submission.period; // "2024"
 * ```
 */
export function createSubmission(
  report: UnitReportAggregator,
  state: UnitReportState,
  details: SubmissionDetails,
): ReportSubmission {
  return {
    kind: "antt/report-submission",
    version: 1,
    unit: { code: report.of.unit, name: details.unitName },
    period: report.of.period,
    comparison: report.of.comparison,
    covers: { ...details.covers },
    producedBy: details.producedBy,
    producedAt: details.producedAt,
    versions: { library: ANTT_VERSION, data: details.dataVersion ?? null },
    state: JSON.parse(JSON.stringify(exportState(report, state))),
  };
}
