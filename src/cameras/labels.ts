import type { Label } from "../core/labels.js";
import { PAYER_CODE_LABELS, type PayerCode } from "../core/payers.js";

/**
 * Who owns a camera point (chủ sở hữu điểm camera), with Vietnamese and English labels.
 *
 * @description `public` is a community-funded public camera (camera công cộng do xã hội
 * hóa), put up on a pole at a crossroads or a village gate and not owned by one household.
 * Published figures split camera eyes this way: "over 900 installed by agencies,
 * businesses and schools, nearly 3,600 by households".
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_OWNER_KIND_LABELS } from "antt";
 * CAMERA_OWNER_KIND_LABELS.household.vi; // "Hộ gia đình"
 * ```
 */
export const CAMERA_OWNER_KIND_LABELS = {
  household: { vi: "Hộ gia đình", en: "Household" },
  public: { vi: "Camera công cộng (xã hội hóa)", en: "Community-funded public camera" },
  agency: { vi: "Cơ quan, tổ chức", en: "Agency or organisation" },
  business: { vi: "Doanh nghiệp, cơ sở kinh doanh", en: "Business" },
  school: { vi: "Trường học", en: "School" },
  police: { vi: "Công an", en: "Police" },
} as const satisfies Record<string, Label>;

/**
 * A camera owner kind code (see {@link CameraOwnerKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraOwnerKind } from "antt";
 * const owner: CameraOwnerKind = "household";
 * ```
 */
export type CameraOwnerKind = keyof typeof CAMERA_OWNER_KIND_LABELS;

/**
 * How published reports group camera owners, with Vietnamese and English labels:
 * households (hộ gia đình); agencies, businesses and schools together (cơ quan, doanh
 * nghiệp, trường học); community-funded public cameras; and the police.
 *
 * @description {@link CAMERA_OWNER_GROUP_OF} gives the group of each owner kind. The
 * order of the keys is the order published reports list the groups in ("trên 900 mắt do
 * cơ quan, doanh nghiệp, trường học lắp đặt; gần 3.600 mắt do hộ gia đình lắp đặt").
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_OWNER_GROUP_LABELS } from "antt";
 * CAMERA_OWNER_GROUP_LABELS["agencies-businesses-schools"].vi; // "Cơ quan, doanh nghiệp, trường học"
 * ```
 */
export const CAMERA_OWNER_GROUP_LABELS = {
  "agencies-businesses-schools": {
    vi: "Cơ quan, doanh nghiệp, trường học",
    en: "Agencies, businesses and schools",
  },
  households: { vi: "Hộ gia đình", en: "Households" },
  public: { vi: "Camera công cộng (xã hội hóa)", en: "Community-funded public cameras" },
  police: { vi: "Công an", en: "Police" },
} as const satisfies Record<string, Label>;

/**
 * A group of camera owners as reports count them (see {@link CAMERA_OWNER_GROUP_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraOwnerGroup } from "antt";
 * const group: CameraOwnerGroup = "agencies-businesses-schools";
 * ```
 */
export type CameraOwnerGroup = keyof typeof CAMERA_OWNER_GROUP_LABELS;

/**
 * The group of each camera owner kind: agencies, businesses and schools count together.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_OWNER_GROUP_OF } from "antt";
 * CAMERA_OWNER_GROUP_OF.school; // "agencies-businesses-schools"
 * ```
 */
export const CAMERA_OWNER_GROUP_OF = {
  household: "households",
  public: "public",
  agency: "agencies-businesses-schools",
  business: "agencies-businesses-schools",
  school: "agencies-businesses-schools",
  police: "police",
} as const satisfies Record<CameraOwnerKind, CameraOwnerGroup>;

/**
 * Who paid for a camera point (nguồn kinh phí): the payer code list shared with
 * contributions and expenses (see {@link core!PAYER_LABELS}), old codes included.
 *
 * @description The same value as {@link PAYER_CODE_LABELS}. `households` (money the
 * residents put in: the "camera 0 đồng" of reports costs the state nothing because
 * residents paid) is the camera's old code for `household`, still accepted; `business` is
 * a sponsoring business, `budget` the state budget (ngân sách), `commune-budget` the
 * commune's own. Where each payer's money counts: {@link core!PAYER_FUNDING_SOURCE}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_FUNDING_SOURCE_LABELS, label } from "antt";
 * label(CAMERA_FUNDING_SOURCE_LABELS, "budget"); // "Ngân sách nhà nước"
 * ```
 */
export const CAMERA_FUNDING_SOURCE_LABELS = PAYER_CODE_LABELS;

/**
 * A funding source code: a payer code (see {@link CameraFundingSourceSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraFundingSource } from "antt";
 * const source: CameraFundingSource = "budget";
 * ```
 */
export type CameraFundingSource = PayerCode;

/**
 * How far the owner shares a camera point's images with the commune police (mức độ chia
 * sẻ dữ liệu), with Vietnamese and English labels.
 *
 * @description `registered`: the police know the camera exists and where it looks;
 * `on-request`: the owner gives footage when the police ask (trích xuất khi có yêu cầu);
 * `live-view`: the police duty room sees the images live, which needs the point to be
 * connected to the duty room.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_SHARING_TIER_LABELS } from "antt";
 * CAMERA_SHARING_TIER_LABELS["live-view"].en; // "Live view shared with the police"
 * ```
 */
export const CAMERA_SHARING_TIER_LABELS = {
  registered: { vi: "Chỉ đăng ký với Công an xã", en: "Registered only" },
  "on-request": { vi: "Cung cấp dữ liệu khi có yêu cầu", en: "Footage on request" },
  "live-view": { vi: "Chia sẻ hình ảnh trực tiếp", en: "Live view shared with the police" },
} as const satisfies Record<string, Label>;

/**
 * A sharing tier code (see {@link CameraSharingTierSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraSharingTier } from "antt";
 * const tier: CameraSharingTier = "live-view";
 * ```
 */
export type CameraSharingTier = keyof typeof CAMERA_SHARING_TIER_LABELS;

/**
 * What a camera point records (phạm vi ghi hình), with Vietnamese and English labels.
 *
 * @description `road` and `public-place` are public space: from 1 January 2026 the
 * people recorded there must be notified (Law 91/2025/QH15, Article 32; see
 * {@link cameraCompliance}). Report figures such as "5,200 camera eyes face public places
 * and roads" count points whose coverage includes either.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_COVERAGE_LABELS } from "antt";
 * CAMERA_COVERAGE_LABELS["public-place"].vi; // "Nơi công cộng"
 * ```
 */
export const CAMERA_COVERAGE_LABELS = {
  road: { vi: "Đường giao thông", en: "Road" },
  "public-place": { vi: "Nơi công cộng", en: "Public place" },
  private: { vi: "Khu vực riêng", en: "Private area" },
} as const satisfies Record<string, Label>;

/**
 * A coverage code (see {@link CameraCoverageSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraCoverage } from "antt";
 * const coverage: CameraCoverage[] = ["road", "public-place"];
 * ```
 */
export type CameraCoverage = keyof typeof CAMERA_COVERAGE_LABELS;

/**
 * The state of a camera point (tình trạng), with Vietnamese and English labels.
 *
 * @description `offline` is a point still in place that does not record or cannot be
 * reached (hỏng, mất kết nối); `removed` is a point taken down (đã tháo dỡ), which must
 * say when; `planned` is a point decided, and usually funded, but not yet installed (đã
 * có kinh phí, chưa lắp đặt): it has no `installedOn` and is never counted among the
 * points in service.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_STATUS_LABELS } from "antt";
 * CAMERA_STATUS_LABELS.removed.vi; // "Đã tháo dỡ"
 * ```
 */
export const CAMERA_STATUS_LABELS = {
  active: { vi: "Đang hoạt động", en: "Active" },
  offline: { vi: "Hỏng, mất kết nối", en: "Offline" },
  removed: { vi: "Đã tháo dỡ", en: "Removed" },
  planned: { vi: "Chưa lắp đặt (đã có kế hoạch)", en: "Planned, not yet installed" },
} as const satisfies Record<string, Label>;

/**
 * A camera status code (see {@link CameraStatusSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraStatus } from "antt";
 * const status: CameraStatus = "active";
 * ```
 */
export type CameraStatus = keyof typeof CAMERA_STATUS_LABELS;

/**
 * The rules {@link cameraCompliance} checks a camera point against, with Vietnamese and
 * English labels.
 *
 * @description
 * - `recording-notice`: a camera that records a road or public place has a posted
 *   recording notice (Personal Data Protection Law 91/2025/QH15, Article 32, from
 *   1 January 2026);
 * - `ip-camera-certified`: an IP camera meets the national cybersecurity standard
 *   QCVN 135:2024/BTTTT (from 1 January 2026);
 * - `default-password-changed`: an IP camera's factory password has been changed (a
 *   requirement of the same standard);
 * - `sharing-commitment`: a point that shares footage with the police (on request or
 *   live) rests on the owner's signed, not withdrawn, commitment; this is the
 *   movement's practice rather than a statute, and applies at any date;
 * - `retention`: the days recordings are kept (`retentionDays`) lie within the minimum and
 *   maximum a province sets (the options of {@link cameraCompliance}); no national figure
 *   is built in, so the rule is `not-applicable` until a province gives its bounds.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_RULE_LABELS } from "antt";
 * CAMERA_RULE_LABELS["recording-notice"].vi; // "Niêm yết thông báo ghi hình nơi công cộng"
 * ```
 */
export const CAMERA_RULE_LABELS = {
  "recording-notice": {
    vi: "Niêm yết thông báo ghi hình nơi công cộng",
    en: "Recording notice posted for public space",
  },
  "ip-camera-certified": {
    vi: "Camera IP đáp ứng QCVN 135:2024/BTTTT",
    en: "IP camera meets QCVN 135:2024/BTTTT",
  },
  "default-password-changed": {
    vi: "Đã đổi mật khẩu mặc định của camera IP",
    en: "Default password of the IP camera changed",
  },
  "sharing-commitment": {
    vi: "Cam kết chia sẻ dữ liệu với Công an xã",
    en: "Data-sharing commitment with the commune police",
  },
  retention: {
    vi: "Thời gian lưu trữ dữ liệu ghi hình",
    en: "Retention of recordings",
  },
} as const satisfies Record<string, Label>;

/**
 * A camera rule code (see {@link CameraRuleSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraRule } from "antt";
 * const rule: CameraRule = "recording-notice";
 * ```
 */
export type CameraRule = keyof typeof CAMERA_RULE_LABELS;

/**
 * The outcome of one compliance rule for one camera point, with Vietnamese and English
 * labels.
 *
 * @description `ok`: the rule is met; `violation`: the record shows it is not;
 * `unknown`: the rule applies but the record lacks the field that would tell;
 * `not-applicable`: the rule does not apply to this point on that date (not yet in
 * force, private coverage only, no IP camera, not in service).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CAMERA_COMPLIANCE_STATUS_LABELS } from "antt";
 * CAMERA_COMPLIANCE_STATUS_LABELS.violation.vi; // "Không đạt"
 * ```
 */
export const CAMERA_COMPLIANCE_STATUS_LABELS = {
  ok: { vi: "Đạt", en: "Met" },
  violation: { vi: "Không đạt", en: "Not met" },
  unknown: { vi: "Chưa rõ", en: "Unknown" },
  "not-applicable": { vi: "Không áp dụng", en: "Not applicable" },
} as const satisfies Record<string, Label>;

/**
 * A compliance status code (see {@link CameraComplianceStatusSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CameraComplianceStatus } from "antt";
 * const status: CameraComplianceStatus = "not-applicable";
 * ```
 */
export type CameraComplianceStatus = keyof typeof CAMERA_COMPLIANCE_STATUS_LABELS;
