// The code lists of model evaluation and "An toàn về ANTT" recognition: data only.
import type { Label } from "../../core/labels.js";

/**
 * The labels of what an evaluation proposes for a model (kết luận đánh giá mô hình):
 * replicate it (nhân rộng), maintain it (duy trì), improve it (củng cố, kiện toàn) or end
 * it (thanh loại).
 *
 * @description Each verdict matches one {@link REVIEW_RECOMMENDATION_LABELS | review
 * recommendation}, so a verdict can be written straight into a {@link ModelReview}:
 * `improve` is the review's `consolidate`, the others have the same code (see
 * {@link ModelEvaluation.recommendation}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, MODEL_VERDICT_LABELS } from "antt";
 * label(MODEL_VERDICT_LABELS, "end");           // "Thanh loại"
 * label(MODEL_VERDICT_LABELS, "improve", "en"); // "Improve"
 * ```
 */
export const MODEL_VERDICT_LABELS = {
  replicate: { vi: "Nhân rộng", en: "Replicate" },
  maintain: { vi: "Duy trì", en: "Maintain" },
  improve: { vi: "Củng cố, kiện toàn", en: "Improve" },
  end: { vi: "Thanh loại", en: "End" },
} as const satisfies Record<string, Label>;

/**
 * A verdict on a model (see {@link ModelVerdictSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ModelVerdict } from "antt";
 * const verdict: ModelVerdict = "maintain";
 * ```
 */
export type ModelVerdict = keyof typeof MODEL_VERDICT_LABELS;

/**
 * The labels of the outcome of one criterion (tiêu chí): met (đạt), not met (chưa đạt)
 * or unknown (chưa đủ số liệu), for model evaluations and "An toàn về ANTT" assessments.
 *
 * @description `unknown` means the evidence lacks the figure the criterion needs: it is
 * never read as zero, and it is never read as met.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CRITERION_STATUS_LABELS, label } from "antt";
 * label(CRITERION_STATUS_LABELS, "not-met"); // "Chưa đạt"
 * ```
 */
export const CRITERION_STATUS_LABELS = {
  met: { vi: "Đạt", en: "Met" },
  "not-met": { vi: "Chưa đạt", en: "Not met" },
  unknown: { vi: "Chưa đủ số liệu", en: "Unknown" },
} as const satisfies Record<string, Label>;

/**
 * The outcome of one criterion (see {@link CriterionStatusSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CriterionStatus } from "antt";
 * const status: CriterionStatus = "met";
 * ```
 */
export type CriterionStatus = keyof typeof CRITERION_STATUS_LABELS;
