// The code lists of the cameras domain as zod enums, built from their labels.
import { codeList, PayerSchema } from "../../core/index.js";
import {
  CAMERA_COMPLIANCE_STATUS_LABELS,
  CAMERA_COVERAGE_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  CAMERA_RULE_LABELS,
  CAMERA_SHARING_TIER_LABELS,
  CAMERA_STATUS_LABELS,
} from "../labels.js";

/**
 * The kind of owner of a camera point (see {@link CAMERA_OWNER_KIND_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CameraOwnerKindSchema } from "antt";
 * CameraOwnerKindSchema.parse("school"); // "school"
 * CameraOwnerKindSchema.safeParse("church").success; // false
 * ```
 */
export const CameraOwnerKindSchema = /* @__PURE__ */ (() =>
  codeList(CAMERA_OWNER_KIND_LABELS, "Who owns the camera point"))();

/**
 * Who paid for a camera point: the payer code list (see {@link PayerSchema}), shared
 * with contributions and expenses; the old code `households` is still accepted.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CameraFundingSourceSchema } from "antt";
 * CameraFundingSourceSchema.parse("household");
 * CameraFundingSourceSchema.parse("households"); // the old code, still read
 * ```
 */
export const CameraFundingSourceSchema = PayerSchema;

/**
 * A sharing tier (see {@link CAMERA_SHARING_TIER_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CameraSharingTierSchema } from "antt";
 * CameraSharingTierSchema.parse("on-request");
 * ```
 */
export const CameraSharingTierSchema = /* @__PURE__ */ (() =>
  codeList(
    CAMERA_SHARING_TIER_LABELS,
    "How far the owner shares the camera's images with the commune police",
  ))();

/**
 * A kind of area a camera records (see {@link CAMERA_COVERAGE_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CameraCoverageSchema } from "antt";
 * CameraCoverageSchema.parse("road");
 * ```
 */
export const CameraCoverageSchema = /* @__PURE__ */ (() =>
  codeList(CAMERA_COVERAGE_LABELS, "A kind of area the camera records"))();

/**
 * The state of a camera point (see {@link CAMERA_STATUS_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CameraStatusSchema } from "antt";
 * CameraStatusSchema.parse("offline");
 * ```
 */
export const CameraStatusSchema = /* @__PURE__ */ (() =>
  codeList(CAMERA_STATUS_LABELS, "State of the camera point"))();

/**
 * A rule of camera compliance (see {@link CAMERA_RULE_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CameraRuleSchema } from "antt";
 * CameraRuleSchema.options; // ["recording-notice", "ip-camera-certified", ...]
 * ```
 */
export const CameraRuleSchema = /* @__PURE__ */ (() =>
  codeList(CAMERA_RULE_LABELS, "A rule a camera point is checked against"))();

/**
 * The outcome of a compliance rule (see {@link CAMERA_COMPLIANCE_STATUS_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CameraComplianceStatusSchema } from "antt";
 * CameraComplianceStatusSchema.parse("unknown");
 * ```
 */
export const CameraComplianceStatusSchema = /* @__PURE__ */ (() =>
  codeList(
    CAMERA_COMPLIANCE_STATUS_LABELS,
    "Outcome of one compliance rule for one camera point",
  ))();
