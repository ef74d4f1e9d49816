// The one vocabulary of criteria and findings that model evaluation and "An toàn về ANTT"
// recognition share: a criterion has an id and a label, a finding says how one came out.
// Types only.
import type { Label } from "../../core/labels.js";
import type { SafetySubjectKind } from "../labels.js";
import type { CriterionStatus } from "./labels.js";
import type { ModelEvidence, SafetyEvidence } from "./schema.js";

/**
 * One criterion (tiêu chí): what every criterion of {@link evaluateModel} and
 * {@link assessSafetyRecognition} has, a stable id and its name in both languages.
 *
 * @description {@link ModelCriterion} adds a figure, a threshold and a weight;
 * {@link SafetyCriterion} adds the subjects it applies to and a check. Each gives one
 * {@link Finding} when it is judged.
 *
 * @typeParam Id - the ids it may have, `string` by default
 * @category Reports
 * @example
 * ```ts
 * import type { Criterion } from "antt";
 * const criterion: Criterion<"participation"> = {
 *   id: "participation",
 *   label: { vi: "Tỷ lệ hộ gia đình tham gia", en: "Households taking part" },
 * };
 * ```
 */
export interface Criterion<Id extends string = string> {
  /** A stable id, unique in a list of criteria, such as `participation`. */
  readonly id: Id;
  /** The criterion's name in Vietnamese and English. */
  readonly label: Label;
}

/**
 * The outcome of one {@link Criterion} (kết quả theo tiêu chí): met, not met or unknown,
 * and why, in English and Vietnamese.
 *
 * @description {@link ModelReason} adds the figure, the threshold and the weight;
 * {@link SafetyFinding} adds the figures and whether the criterion decides.
 *
 * @typeParam Id - the ids of the criteria, `string` by default
 * @category Reports
 * @example
 * ```ts
 * import type { Finding } from "antt";
 * const finding: Finding = {
 *   criterion: "effective-model",
 *   label: { vi: "Có ít nhất 01 mô hình phát huy hiệu quả", en: "Keeps at least one effective model" },
 *   status: "unknown",
 *   message: { en: "Unknown: the number of effective models not in the evidence", vi: "Chưa rõ: thiếu số liệu số mô hình phát huy hiệu quả" },
 * };
 * ```
 */
export interface Finding<Id extends string = string> {
  /** The criterion's id. */
  readonly criterion: Id;
  /** The criterion's name in Vietnamese and English. */
  readonly label: Label;
  /** Met, not met, or unknown when the evidence lacks the figure. */
  readonly status: CriterionStatus;
  /** The outcome in a sentence. */
  readonly message: { readonly en: string; readonly vi: string };
}

// ---------------------------------------------------------------------------------------
// Model evaluation

/**
 * One criterion (tiêu chí) of {@link evaluateModel}: a figure measured from the evidence,
 * a threshold it must reach, and the weight it carries in the score.
 *
 * @description Criteria are data plus one small pure function, so that a locality can
 * write its own. `measure` returns the figure, or `undefined` when the evidence lacks
 * what it needs: the criterion is then `unknown` (its `needs` are named in the reason),
 * never zero. The figure is rounded to two decimals, then compared: at least
 * `threshold` (or, with `direction: "at-most"`, at most). `unit` is printed after the
 * value and the threshold in the reason's sentence (`"%"`, `" lượt/tháng"`).
 *
 * @typeParam E - the evidence it reads: {@link ModelEvidence} or an app's extension of it
 * @category Reports
 * @example
 * ```ts
 * import type { ModelCriterion } from "antt";
 * const reach: ModelCriterion = {
 *   id: "reach",
 *   label: { vi: "Số điểm áp dụng", en: "Sites applying the model" },
 *   weight: 10,
 *   threshold: 3,
 *   needs: ["sites"],
 *   measure: (evidence) => evidence.sites,
 * };
 * ```
 */
export interface ModelCriterion<E extends ModelEvidence = ModelEvidence> extends Criterion {
  /** Its weight in the score: a finite number above 0. */
  readonly weight: number;
  /** The value the figure must reach. */
  readonly threshold: number;
  /** `at-least` (default): met when the figure is ≥ the threshold; `at-most`: when ≤. */
  readonly direction?: "at-least" | "at-most" | undefined;
  /** Printed after the value and the threshold, such as `"%"`. */
  readonly unit?: Label | undefined;
  /** The evidence fields it reads, named when they are missing: `["participation"]`. */
  readonly needs: readonly string[];
  /** The figure, or `undefined` when the evidence lacks it. Pure; never throws. */
  readonly measure: (evidence: E) => number | undefined;
}

/**
 * The outcome of one criterion in a {@link ModelEvaluation}: the figure behind it, the
 * threshold, whether it was met and why, in English and Vietnamese.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelReason } from "antt";
 * const reason: ModelReason = {
 *   criterion: "participation",
 *   label: { vi: "Tỷ lệ hộ gia đình tham gia", en: "Households taking part" },
 *   status: "unknown",
 *   value: null,
 *   threshold: 80,
 *   direction: "at-least",
 *   weight: 25,
 *   message: {
 *     en: "Households taking part: unknown, the evidence lacks participation (not counted as zero)",
 *     vi: "Tỷ lệ hộ gia đình tham gia: chưa đánh giá được, thiếu số liệu participation (không tính là 0)",
 *   },
 * };
 * ```
 */
export interface ModelReason extends Finding {
  /** The figure, rounded to two decimals; `null` when unknown. */
  readonly value: number | null;
  /** The threshold it was compared with. */
  readonly threshold: number;
  /** How it was compared. */
  readonly direction: "at-least" | "at-most";
  /** The criterion's weight in the score. */
  readonly weight: number;
}

// ---------------------------------------------------------------------------------------
// "An toàn về ANTT" recognition

/**
 * What a {@link SafetyCriterion}'s check says: the outcome, the figures behind it and
 * why, in English and Vietnamese.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SafetyCheck } from "antt";
 * const check: SafetyCheck = {
 *   status: "not-met",
 *   figures: { effectiveModels: 0, required: 1 },
 *   message: { en: "No effective model", vi: "Không có mô hình phát huy hiệu quả" },
 * };
 * ```
 */
export interface SafetyCheck extends Pick<Finding, "status" | "message"> {
  /** The figures behind the outcome (empty when unknown). */
  readonly figures: { readonly [name: string]: number };
}

/**
 * One criterion (tiêu chí) of the "An toàn về ANTT" recognition: who it applies to, its
 * text, and a pure check over the evidence.
 *
 * @description `required` (default `true`) criteria decide the recognition; the others
 * are reported only. A check returns `unknown` when the evidence lacks its figure.
 *
 * @typeParam E - the evidence it reads: {@link SafetyEvidence} or an app's extension of it
 * @category Reports
 * @example
 * ```ts
 * import { assessSafetyRecognition, SAFETY_RECOGNITION_CRITERIA, type SafetyCriterion } from "antt";
 * const noSeriousCrime: SafetyCriterion = {
 *   id: "no-serious-crime",
 *   appliesTo: ["residential-area", "commune"],
 *   label: { vi: "Không để xảy ra tội phạm nghiêm trọng", en: "No serious crime" },
 *   check: (evidence) => {
 *     const count = evidence.ext?.["seriousCrimes"];
 *     if (typeof count !== "number") {
 *       return { status: "unknown", figures: {}, message: { en: "Not recorded", vi: "Chưa có số liệu" } };
 *     }
 *     return {
 *       status: count === 0 ? "met" : "not-met",
 *       figures: { seriousCrimes: count },
 *       message: { en: `${count} serious crimes`, vi: `${count} vụ nghiêm trọng` },
 *     };
 *   },
 * };
 * const result = assessSafetyRecognition(
 *   { kind: "commune", unitCode: "20362" },
 *   { effectiveModels: 2, ext: { seriousCrimes: 0 } },
 *   2024,
 *   [...SAFETY_RECOGNITION_CRITERIA, noSeriousCrime],
 * );
 * result.recognized; // true
 * ```
 */
export interface SafetyCriterion<E = SafetyEvidence> extends Criterion {
  /** The kinds of subject it applies to. */
  readonly appliesTo: readonly SafetySubjectKind[];
  /** Whether it decides the recognition (default `true`). */
  readonly required?: boolean | undefined;
  /** The check; pure, and `unknown` when the evidence lacks the figure. */
  readonly check: (evidence: E) => SafetyCheck;
}

/**
 * The outcome of one criterion in a {@link SafetyAssessment}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SafetyFinding } from "antt";
 * const finding: SafetyFinding = {
 *   criterion: "effective-model",
 *   label: { vi: "Có ít nhất 01 mô hình phát huy hiệu quả", en: "Keeps at least one effective model" },
 *   required: true,
 *   status: "met",
 *   figures: { effectiveModels: 2, required: 1 },
 *   message: { en: "2 effective model(s) of the movement (at least 1)", vi: "Có 2 mô hình phát huy hiệu quả (yêu cầu ít nhất 01)" },
 * };
 * ```
 */
export interface SafetyFinding extends Finding, SafetyCheck {
  /** Whether it decides the recognition. */
  readonly required: boolean;
}
