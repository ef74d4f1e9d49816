import * as z from "zod";
import {
  InstantSchema,
  type Issue,
  issuesFromZod,
  NameSchema,
  UnitCodeSchema,
} from "../core/index.js";
import { REPORT_COLLECTIONS } from "../reports/index.js";

/**
 * What a submission says of each collection it covers: `complete` (every record of the
 * unit and period is in it) or `partial`.
 *
 * @category Submissions
 * @example
 * ```ts
 * import { SubmissionCoverageSchema } from "antt/submissions";
 * SubmissionCoverageSchema.parse("complete");
 * ```
 */
export const SubmissionCoverageSchema = /* @__PURE__ */ (() =>
  z.enum(["complete", "partial"], {
    error: "Expected complete or partial (Phải là complete hoặc partial)",
  }))();

/**
 * A report submitted upward (báo cáo gửi cấp trên): a unit's report state for a period,
 * with what it covers, who made it and when, and the versions it was made with. A
 * district or province merges the submissions of the units below it with
 * `mergeSubmissions`, without their records.
 *
 * @description `state` is the envelope `exportState` writes for the unit's
 * `unitReport`; `mergeSubmissions` checks it with `parseState`. `covers` names the
 * collections the state holds, complete or partial; collections it does not name were not
 * reported.
 *
 * @category Submissions
 * @example
 * ```ts
 * import { ReportSubmissionSchema } from "antt/submissions";
 * ReportSubmissionSchema.safeParse({ kind: "antt/report-submission" }).success; // false
 * ```
 */
export const ReportSubmissionSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    kind: z.literal("antt/report-submission", {
      error: 'Expected the kind "antt/report-submission" (Không phải báo cáo gửi lên)',
    }),
    version: z.literal(1, { error: "Expected version 1 (Phiên bản không hỗ trợ)" }),
    unit: z.strictObject({ code: UnitCodeSchema, name: NameSchema }),
    period: z.string().min(4).max(32),
    comparison: z.string().min(4).max(32).nullable(),
    covers: z.partialRecord(
      z.enum(REPORT_COLLECTIONS as [string, ...string[]]),
      SubmissionCoverageSchema,
    ),
    producedBy: NameSchema,
    producedAt: InstantSchema,
    versions: z.strictObject({
      library: z.string().min(1).max(64),
      data: z.string().min(1).max(200).nullable(),
    }),
    state: z.unknown(),
  }))();

/**
 * A report submitted upward: see {@link ReportSubmissionSchema}.
 *
 * @category Submissions
 * @example
 * ```ts
 * import type { ReportSubmission } from "antt/submissions";
 * const kind: ReportSubmission["kind"] = "antt/report-submission";
 * ```
 */
export type ReportSubmission = z.infer<typeof ReportSubmissionSchema>;

/** A submission checked: the submission, or its issues (paths from the submission). */
export function checkSubmission(
  input: unknown,
): { success: true; data: ReportSubmission } | { success: false; issues: Issue[] } {
  const result = ReportSubmissionSchema.safeParse(input, { reportInput: true });
  return result.success
    ? { success: true, data: result.data }
    : { success: false, issues: issuesFromZod(result.error) };
}
