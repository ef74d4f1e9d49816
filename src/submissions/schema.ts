import * as z from "zod";
import {
  InstantSchema,
  type Issue,
  issuesFromZod,
  labelFields,
  NameSchema,
  personalData,
  UnitCodeSchema,
} from "../core/index.js";
import { REPORT_COLLECTIONS } from "../reports/index.js";
import {
  REPORT_SUBMISSION_FIELDS,
  SUBMISSION_UNIT_FIELDS,
  SUBMISSION_VERSIONS_FIELDS,
} from "./field-labels.js";

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
 * reported. A collection said `complete` is what a dataset's completeness declaration
 * (`coverage`) says, for the submitting unit over the period and the comparison period:
 * `mergeSubmissions` turns it into one, so that the merged report counts the units that
 * reported completely ("27/30 xã đã báo cáo đầy đủ") and states an absence only where every
 * unit below declared it.
 *
 * @category Submissions
 * @example
 * ```ts
 * import { ReportSubmissionSchema } from "antt/submissions";
 * ReportSubmissionSchema.safeParse({ kind: "antt/report-submission" }).success; // false
 * ```
 */
export const ReportSubmissionSchema = /* @__PURE__ */ (() =>
  labelFields(
    z.strictObject({
      /** What the document is: always antt/report-submission */
      kind: z
        .literal("antt/report-submission", {
          error: 'Expected the kind "antt/report-submission" (Không phải báo cáo gửi lên)',
        })
        .describe("What the document is: always antt/report-submission"),
      /** The version of the submission format: 1 */
      version: z
        .literal(1, { error: "Expected version 1 (Phiên bản không hỗ trợ)" })
        .describe("The version of the submission format: 1"),
      /** The unit that submits its report */
      unit: labelFields(
        z
          .strictObject({
            /** The submitting unit's code */
            code: UnitCodeSchema.describe("The submitting unit's code"),
            /** The submitting unit's name */
            name: NameSchema.describe("The submitting unit's name"),
          })
          .describe("The unit that submits its report"),
        SUBMISSION_UNIT_FIELDS,
      ),
      /** The key of the period reported (2024, 2024-H1...) */
      period: z
        .string()
        .min(4)
        .max(32)
        .describe("The key of the period reported (2024, 2024-H1...)"),
      /** The key of the period compared with, or null */
      comparison: z
        .string()
        .min(4)
        .max(32)
        .nullable()
        .describe("The key of the period compared with, or null"),
      /** The collections the state holds, each complete or partial */
      covers: z
        .partialRecord(
          z.enum(REPORT_COLLECTIONS as [string, ...string[]]),
          SubmissionCoverageSchema,
        )
        .describe("The collections the state holds, each complete or partial"),
      /**
       * Who made the submission: an office or a person; personal data (basic): it may name the
       * person
       */
      producedBy: NameSchema.describe(
        "Who made the submission: an office or a person; personal data (basic): it may name the person",
      ).meta(personalData("basic")),
      /** When the submission was made */
      producedAt: InstantSchema.describe("When the submission was made"),
      /** The versions the submission was made with */
      versions: labelFields(
        z
          .strictObject({
            /** The version of antt that made the state */
            library: z.string().min(1).max(64).describe("The version of antt that made the state"),
            /** The version of the data it was made from, or null */
            data: z
              .string()
              .min(1)
              .max(200)
              .nullable()
              .describe("The version of the data it was made from, or null"),
          })
          .describe("The versions the submission was made with"),
        SUBMISSION_VERSIONS_FIELDS,
      ),
      /** The report state, as exportState writes it */
      state: z.unknown().describe("The report state, as exportState writes it"),
    }),
    REPORT_SUBMISSION_FIELDS,
  ))();

/**
 * A report submitted upward: see {@link ReportSubmissionSchema}.
 *
 * @category Submissions
 * @example
 * ```ts
 * import type { ReportSubmission } from "antt/submissions";
 * const kind: ReportSubmission["kind"] = "antt/report-submission";
 * ```
 *
 * @interface
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
