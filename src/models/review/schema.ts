// The grading of a model at a review (xếp loại), and the review itself (sơ kết, tổng kết):
// a grade is on the library's default scale unless the record names its own.
import * as z from "zod";
import {
  CalendarDateSchema,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
  TextSchema,
  UnitCodeSchema,
} from "../../core/index.js";
import { fail } from "../../core/refine.js";
import { ReviewKindSchema, ReviewRecommendationSchema } from "../code-lists/schema.js";
import { MODEL_GRADE_LABELS } from "../labels.js";
import { MODEL_GRADING_FIELDS, MODEL_REVIEW_FIELDS } from "./field-labels.js";

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

// A grade code, of the default scale or of a caller's own: short, lower-case, stable.
const CODE_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const GradeCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(CODE_RE, "Expected a code of lower-case letters, digits, _ and - (at most 64)")
    .describe(
      "Grade code: one of good, fair, average, weak, not-graded when scale is absent; a code of the named scale otherwise",
    ))();
const ScaleIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(CODE_RE, "Expected a scale id of lower-case letters, digits, _ and - (at most 64)")
    .describe(
      "Id of the caller's own grading scale, such as tam-ky-2022; absent for the library's default scale",
    ))();

function checkGrade(
  value: { grade: string; scale?: string | undefined },
  ctx: Ctx,
  path: Path,
): void {
  if (value.scale === undefined && !Object.hasOwn(MODEL_GRADE_LABELS, value.grade)) {
    fail(
      ctx,
      "unknown-model-grade",
      [...path, "grade"],
      `Unknown grade ${value.grade}: expected one of ${Object.keys(MODEL_GRADE_LABELS).join(", ")}, or name your own scale in scale`,
      `Xếp loại ${value.grade} không hợp lệ: phải là tốt, khá, trung bình, yếu hoặc chưa xếp loại, hoặc ghi rõ thang xếp loại riêng (scale)`,
    );
  }
}

/**
 * The latest grading (xếp loại) of a model at a review (sơ kết, tổng kết).
 *
 * @description Grades are data, not a closed list, because no national scale is
 * published. When `scale` is absent the grade is on the library's default scale and
 * must be one of {@link MODEL_GRADE_LABELS} (`good`, `fair`, `average`, `weak`,
 * `not-graded`); a typo such as `godo` is an error. A locality with its own scale names
 * it in `scale` (`"ha-noi-2024"`) and may then use any code of lower-case letters,
 * digits, `_` and `-`; the app checks those codes against its own labels and prints
 * them with `label(itsLabels, grade)`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ModelGradingSchema } from "antt";
 * ModelGradingSchema.parse({ grade: "good", reviewedOn: "2022-06-30", kind: "interim" });
 * ModelGradingSchema.parse({ grade: "xuat-sac", scale: "ha-noi-2024", reviewedOn: "2024-12-20" });
 * ModelGradingSchema.safeParse({ grade: "xuat-sac", reviewedOn: "2024-12-20" }).success; // false
 * ```
 */
export const ModelGradingSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /**
         * Grade code: one of good, fair, average, weak, not-graded when scale is absent; a code
         * of the named scale otherwise
         */
        grade: GradeCodeSchema,
        /**
         * Id of the caller's own grading scale, such as tam-ky-2022; absent for the library's
         * default scale
         */
        scale: ScaleIdSchema.optional(),
        /** Date of the review that gave the grade */
        reviewedOn: CalendarDateSchema.describe("Date of the review that gave the grade"),
        /** Kind of review: interim (sơ kết) or final (tổng kết) */
        kind: ReviewKindSchema.optional().describe(
          "Kind of review: interim (sơ kết) or final (tổng kết)",
        ),
        /** Note of the reviewers */
        note: TextSchema.optional().describe("Note of the reviewers"),
      })
      .superRefine((value, ctx) => checkGrade(value, ctx, []))
      .describe("Latest grading of a model at a review"),
    MODEL_GRADING_FIELDS,
  ))();

/**
 * A model's latest grading (see {@link ModelGradingSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ModelGrading } from "antt";
 * const grading: ModelGrading = { grade: "weak", reviewedOn: "2022-12-15", kind: "final" };
 * ```
 *
 * @interface
 */
export type ModelGrading = z.infer<typeof ModelGradingSchema>;

/**
 * One review of a model (sơ kết, tổng kết): the grade it gave and what it proposed,
 * kept as history beside the model's latest `grade`.
 *
 * @description The grade follows {@link ModelGradingSchema}: on the default scale
 * unless `scale` names the reviewer's own. `siteId` narrows the review to one site;
 * `unitCode` is the unit that held the review (a commune's or the city police's).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ModelReviewSchema } from "antt";
 * ModelReviewSchema.parse({
 *   id: "rv-2022-h1-17",
 *   modelId: "mh-17",
 *   unitCode: "502",
 *   unitCodeAsOf: "2022-06-30",
 *   kind: "interim",
 *   reviewedOn: "2022-06-30",
 *   grade: "weak",
 *   recommendation: "end",
 * });
 * ```
 */
export const ModelReviewSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the review */
        id: IdSchema.describe("Identifier of the review"),
        /** Id of the reviewed model */
        modelId: IdSchema.describe("Id of the reviewed model"),
        /** Id of the reviewed site, when only one site is */
        siteId: IdSchema.optional().describe("Id of the reviewed site, when only one site is"),
        /** Code of the unit that held the review */
        unitCode: UnitCodeSchema.describe("Code of the unit that held the review"),
        /** Date the unit code was valid for; the review date when absent */
        unitCodeAsOf: CalendarDateSchema.optional().describe(
          "Date the unit code was valid for; the review date when absent",
        ),
        /** Interim (sơ kết) or final (tổng kết) review */
        kind: ReviewKindSchema.describe("Interim (sơ kết) or final (tổng kết) review"),
        /** Date of the review */
        reviewedOn: CalendarDateSchema.describe("Date of the review"),
        /**
         * Grade code: one of good, fair, average, weak, not-graded when scale is absent; a code
         * of the named scale otherwise
         */
        grade: GradeCodeSchema,
        /**
         * Id of the caller's own grading scale, such as tam-ky-2022; absent for the library's
         * default scale
         */
        scale: ScaleIdSchema.optional(),
        /** What the review proposes for the model */
        recommendation: ReviewRecommendationSchema.optional().describe(
          "What the review proposes for the model",
        ),
        /** Reference of the review's report or decision */
        decisionRef: NameSchema.optional().describe("Reference of the review's report or decision"),
        /** Note of the reviewers */
        note: TextSchema.optional().describe("Note of the reviewers"),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((value, ctx) => checkGrade(value, ctx, []))
      .describe("A review of a model (sơ kết, tổng kết)"),
    MODEL_REVIEW_FIELDS,
  ))();

/**
 * A review of a model (see {@link ModelReviewSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ModelReview } from "antt";
 * const review: ModelReview = {
 *   id: "rv-1",
 *   modelId: "mh-17",
 *   unitCode: "20335",
 *   kind: "final",
 *   reviewedOn: "2022-12-15",
 *   grade: "good",
 *   recommendation: "replicate",
 * };
 * ```
 *
 * @interface
 */
export type ModelReview = z.infer<typeof ModelReviewSchema>;
