// What model evaluation takes and gives: its options and its result. Types only.
import type { Period } from "../../core/period.js";
import type { ModelGrade, ModelStatus, ReviewRecommendation } from "../labels.js";
import type { ModelReason } from "./criterion.js";
import type { ModelVerdict } from "./labels.js";
import type { ModelFigures } from "./schema.js";

/**
 * Options of {@link evaluateModel}: where the grades start on the score, and how much of
 * the evidence must be known to grade at all.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelEvaluationOptions } from "antt";
 * const strict: ModelEvaluationOptions = { gradeFloors: { good: 90, fair: 75, average: 60 }, minKnownShare: 0.8 };
 * ```
 */
export interface ModelEvaluationOptions {
  /**
   * The lowest score (0 to 100) of each grade; below `average` is `weak`. Default
   * `{ good: 85, fair: 70, average: 50 }`.
   */
  readonly gradeFloors?:
    | { readonly good: number; readonly fair: number; readonly average: number }
    | undefined;
  /**
   * The share of the criteria's total weight whose figures must be known for a grade;
   * below it the model is `not-graded`. Default `0.6`.
   */
  readonly minKnownShare?: number | undefined;
}

/**
 * How a model's grade moved from the earlier period: `up`, `steady`, `down`, or
 * `unknown` when either grade is missing or `not-graded`.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelTrend } from "antt";
 * const trend: ModelTrend = "steady";
 * ```
 */
export type ModelTrend = "up" | "steady" | "down" | "unknown";

/**
 * The rule of {@link evaluateModel} that gave the verdict, so a report can say why:
 *
 * | rule | verdict | when |
 * |---|---|---|
 * | `ended` | end | the model's status is `ended` (already thanh loại) |
 * | `not-launched` | improve | status `proposed`, or launched after the period |
 * | `not-graded` | improve | too little of the evidence is known to grade |
 * | `weak-twice` | end | graded `weak` now and in the earlier period |
 * | `weak` | improve | graded `weak`, not in the earlier period |
 * | `suspended` | improve | status `suspended` (and not weak twice) |
 * | `good-proven` | replicate | `good`, every criterion known, grade held or raised |
 * | `good` | maintain | `good`, but a figure unknown or no earlier grade |
 * | `fair` | maintain | graded `fair` |
 * | `average` | improve | graded `average` |
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelVerdictRule } from "antt";
 * const rule: ModelVerdictRule = "weak-twice";
 * ```
 */
export type ModelVerdictRule =
  | "ended"
  | "not-launched"
  | "not-graded"
  | "weak-twice"
  | "weak"
  | "suspended"
  | "good-proven"
  | "good"
  | "fair"
  | "average";

/**
 * The result of {@link evaluateModel}: a grade on the default scale, a verdict, the
 * score, and one reason per criterion. Plain JSON.
 *
 * @category Reports
 * @example
 * ```ts
 * import { evaluateModel, parsePeriod, type ModelEvaluation } from "antt";
 * const evaluation: ModelEvaluation = evaluateModel(
 *   { id: "mh-1", name: "Camera an ninh", kind: "camera-security", unitCode: "20335", status: "proposed" },
 *   { period: parsePeriod("2024-H1") },
 * );
 * evaluation.grade; // "not-graded"
 * ```
 */
export interface ModelEvaluation {
  /** The model's id. */
  readonly modelId: string;
  /** The period judged. */
  readonly period: Period;
  /** The model's status when it was evaluated. */
  readonly status: ModelStatus;
  /**
   * The grade on the default scale (tốt, khá, trung bình, yếu), from the score;
   * `not-graded` when the model was not launched or too little evidence is known.
   */
  readonly grade: ModelGrade;
  /** What to do with the model. */
  readonly verdict: ModelVerdict;
  /** The verdict as a review recommendation, to write into a {@link ModelReview}. */
  readonly recommendation: ReviewRecommendation;
  /** The rule that gave the verdict. */
  readonly rule: ModelVerdictRule;
  /** The verdict and its grounds in a sentence. */
  readonly explanation: { readonly en: string; readonly vi: string };
  /**
   * The weight of the criteria met over the weight of the criteria known, 0 to 100
   * (rounded); absent when not graded.
   */
  readonly score?: number;
  /** How the grade moved from the earlier period. */
  readonly trend: ModelTrend;
  /**
   * The earlier period's grade and where it came from: `evidence` (`previous.grade`),
   * `figures` (the earlier figures judged with the same criteria) or `model` (the model's
   * own latest grade, given before the period began); absent when none is known.
   */
  readonly previous?: {
    readonly grade: ModelGrade;
    readonly from: "evidence" | "figures" | "model";
  };
  /** One reason per criterion, in the order of the criteria. */
  readonly reasons: readonly ModelReason[];
  /** The ids of the criteria whose figures are unknown. */
  readonly unknown: readonly string[];
  /** The figures of the period, as given, and the months the period counts for. */
  readonly figures: ModelFigures & { readonly months: number };
}
