// The code lists of the model records as zod enums, each built from its labels in
// ../labels.ts. The record schemas import them from here; ../schema.ts re-exports them.
import { codeList } from "../../core/index.js";
import {
  MODEL_GRADE_LABELS,
  MODEL_KIND_LABELS,
  MODEL_PARTNER_LABELS,
  MODEL_SITE_KIND_LABELS,
  MODEL_STATUS_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_RECOMMENDATION_LABELS,
  SAFETY_SUBJECT_KIND_LABELS,
} from "../labels.js";

/**
 * The kind of a security-and-order model (loại hình mô hình), a code of
 * {@link MODEL_KIND_LABELS}; `custom` for a kind the list does not name.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelKindSchema } from "antt";
 * ModelKindSchema.parse("camera-security");
 * ModelKindSchema.safeParse("camera").success; // false
 * ```
 */
export const ModelKindSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_KIND_LABELS, "Kind of security-and-order model"))();

/**
 * The life-cycle status of a model or of a model site, a code of
 * {@link MODEL_STATUS_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelStatusSchema } from "antt";
 * ModelStatusSchema.parse("active");
 * ```
 */
export const ModelStatusSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_STATUS_LABELS, "Life-cycle status of a model or model site"))();

/**
 * A grade of the library's default scale, a code of {@link MODEL_GRADE_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelGradeSchema } from "antt";
 * ModelGradeSchema.parse("good");
 * ModelGradeSchema.safeParse("excellent").success; // false: not in the default scale
 * ```
 */
export const ModelGradeSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_GRADE_LABELS, "Grade of a model on the default scale"))();

/**
 * The kind of a review, a code of {@link REVIEW_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ReviewKindSchema } from "antt";
 * ReviewKindSchema.parse("final");
 * ```
 */
export const ReviewKindSchema = /* @__PURE__ */ (() =>
  codeList(REVIEW_KIND_LABELS, "Kind of review: interim (sơ kết) or final (tổng kết)"))();

/**
 * What a review proposes for a model, a code of {@link REVIEW_RECOMMENDATION_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ReviewRecommendationSchema } from "antt";
 * ReviewRecommendationSchema.parse("end");
 * ```
 */
export const ReviewRecommendationSchema = /* @__PURE__ */ (() =>
  codeList(REVIEW_RECOMMENDATION_LABELS, "What a review proposes for a model"))();

/**
 * The kind of place where a model is applied, a code of {@link MODEL_SITE_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelSiteKindSchema } from "antt";
 * ModelSiteKindSchema.parse("school");
 * ```
 */
export const ModelSiteKindSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_SITE_KIND_LABELS, "Kind of place where a model is applied"))();

/**
 * The kind of subject of an "An toàn về ANTT" recognition, a code of
 * {@link SAFETY_SUBJECT_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { SafetySubjectKindSchema } from "antt";
 * SafetySubjectKindSchema.parse("agency-business");
 * ```
 */
export const SafetySubjectKindSchema = /* @__PURE__ */ (() =>
  codeList(
    SAFETY_SUBJECT_KIND_LABELS,
    "Kind of subject recognised as safe in security and order",
  ))();

/**
 * An organisation a model is built with, a code of {@link MODEL_PARTNER_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelPartnerSchema } from "antt";
 * ModelPartnerSchema.parse("veterans-association");
 * ```
 */
export const ModelPartnerSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_PARTNER_LABELS, "An organisation a model is built with"))();
