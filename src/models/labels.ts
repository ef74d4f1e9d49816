import type { Label } from "../core/labels.js";

/**
 * The labels of the model kinds (loại hình mô hình) named in published reports, in
 * Vietnamese and English.
 *
 * @description The list is open: a commune can register a kind nobody listed, as kind
 * `custom` with its own `customKindName` (see {@link SecurityModelSchema}). "Camera an
 * ninh" is also reported as "Camera với ANTT" and "camera 0 đồng": all three are
 * `camera-security`.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, MODEL_KIND_LABELS } from "antt";
 * label(MODEL_KIND_LABELS, "five-in-one");       // "Tổ tự quản 5 trong 1"
 * label(MODEL_KIND_LABELS, "five-in-one", "en"); // "Five-in-one self-governing team"
 * ```
 */
export const MODEL_KIND_LABELS = {
  "camera-security": { vi: "Camera an ninh", en: "Security cameras" },
  "five-in-one": { vi: "Tổ tự quản 5 trong 1", en: "Five-in-one self-governing team" },
  "self-governing-team": {
    vi: "Tổ tự quản về ANTT",
    en: "Self-governing security-and-order team",
  },
  "fire-safety-households": {
    vi: "Tổ liên gia an toàn PCCC và ANTT",
    en: "Fire-safety and security household group",
  },
  "public-fire-point": { vi: "Điểm chữa cháy công cộng", en: "Public firefighting point" },
  "security-loudspeaker": { vi: "Tiếng loa an ninh", en: "Security loudspeaker" },
  "security-broadcast": { vi: "Phát thanh an ninh", en: "Security radio broadcast" },
  "self-governing-clan": { vi: "Dòng họ tự quản về ANTT", en: "Self-governing clan" },
  "five-self-governances": {
    vi: "5 tự quản về ANTT",
    en: "Five self-governances in security and order",
  },
  "four-safeties": { vi: "4 an toàn về ANTT", en: "Four safeties in security and order" },
  "security-council": {
    vi: "Hội đồng bảo vệ ANTT",
    en: "Security-and-order protection council",
  },
  "safe-boarding-houses": {
    vi: "Nhóm trọ an toàn về ANTT",
    en: "Safe boarding-house group",
  },
  "law-abiding-farmers": {
    vi: "Chi hội nông dân không vi phạm pháp luật",
    en: "Law-abiding farmers' branch",
  },
  "people-patrol": {
    vi: "Tổ tuần tra nhân dân và tự quản về ANTT",
    en: "People's patrol and self-governing team",
  },
  "area-police-serving-people": {
    vi: "Cảnh sát khu vực vì nhân dân phục vụ",
    en: "Area police serving the people",
  },
  "three-on-one": {
    vi: "Tổ 3 trên 1",
    en: "Three-on-one team (veterans supervising people reintegrating)",
  },
  "safe-school-gate": {
    vi: "Cổng trường an toàn giao thông",
    en: "Traffic-safe school gate",
  },
  "border-area-link": {
    vi: "Liên kết bảo đảm ANTT vùng giáp ranh",
    en: "Border-area security link",
  },
  "peaceful-parish": { vi: "Xứ đạo bình yên", en: "Peaceful parish" },
  "zalo-crime-prevention": {
    vi: "Zalo kết nối - phòng, chống tội phạm",
    en: "Zalo crime-prevention group",
  },
  custom: { vi: "Mô hình khác (tự đặt tên)", en: "Custom kind (named by the locality)" },
} as const satisfies Record<string, Label>;

/**
 * A model kind (see {@link ModelKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ModelKind } from "antt";
 * const kind: ModelKind = "public-fire-point";
 * ```
 */
export type ModelKind = keyof typeof MODEL_KIND_LABELS;

/**
 * The organisations a model is built with (phối hợp xây dựng mô hình): the mass
 * organisations of the Fatherland Front, religious congregations, schools and businesses.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, MODEL_PARTNER_LABELS } from "antt";
 * label(MODEL_PARTNER_LABELS, "veterans-association"); // "Hội Cựu chiến binh"
 * ```
 */
export const MODEL_PARTNER_LABELS = {
  "fatherland-front": { vi: "Ủy ban Mặt trận Tổ quốc", en: "Fatherland Front" },
  "veterans-association": { vi: "Hội Cựu chiến binh", en: "Veterans' association" },
  "youth-union": { vi: "Đoàn Thanh niên", en: "Youth union" },
  "womens-union": { vi: "Hội Liên hiệp Phụ nữ", en: "Women's union" },
  "farmers-association": { vi: "Hội Nông dân", en: "Farmers' association" },
  "elderly-association": { vi: "Hội Người cao tuổi", en: "Elderly people's association" },
  "religious-congregation": { vi: "Chức sắc, cộng đồng tôn giáo", en: "Religious congregation" },
  school: { vi: "Nhà trường", en: "School" },
  business: { vi: "Doanh nghiệp", en: "Business" },
  "militia-self-defence": { vi: "Dân quân tự vệ", en: "Militia and self-defence force" },
  other: { vi: "Tổ chức khác", en: "Other organisation" },
} as const satisfies Record<string, Label>;

/**
 * An organisation a model is built with (see {@link MODEL_PARTNER_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ModelPartner } from "antt";
 * const partner: ModelPartner = "youth-union";
 * ```
 */
export type ModelPartner = keyof typeof MODEL_PARTNER_LABELS;

/**
 * The labels of the life-cycle statuses of a model or a model site.
 *
 * @description `proposed`: planned, not launched (ra mắt) yet. `active`: launched and
 * running. `suspended`: launched but not running for now. `ended`: ended because it did
 * not work (thanh loại) or for another reason given in `endReason`.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, MODEL_STATUS_LABELS } from "antt";
 * label(MODEL_STATUS_LABELS, "ended"); // "Đã thanh loại"
 * ```
 */
export const MODEL_STATUS_LABELS = {
  proposed: { vi: "Đề xuất xây dựng", en: "Proposed" },
  active: { vi: "Đang hoạt động", en: "Active" },
  suspended: { vi: "Tạm ngừng hoạt động", en: "Suspended" },
  ended: { vi: "Đã thanh loại", en: "Ended" },
} as const satisfies Record<string, Label>;

/**
 * A model status (see {@link ModelStatusSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ModelStatus } from "antt";
 * const status: ModelStatus = "suspended";
 * ```
 */
export type ModelStatus = keyof typeof MODEL_STATUS_LABELS;

/**
 * The labels of the library's default grading scale for models (xếp loại mô hình):
 * tốt, khá, trung bình, yếu, chưa xếp loại.
 *
 * @description This is the scale local reviews publish (one city: 26 good, 36 average,
 * 26 weak, 4 not graded). No national scale is published, so the scale is data: a
 * grading that names its own `scale` may use any code (see {@link ModelGradingSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, MODEL_GRADE_LABELS } from "antt";
 * label(MODEL_GRADE_LABELS, "average"); // "Trung bình"
 * ```
 */
export const MODEL_GRADE_LABELS = {
  good: { vi: "Tốt", en: "Good" },
  fair: { vi: "Khá", en: "Fair" },
  average: { vi: "Trung bình", en: "Average" },
  weak: { vi: "Yếu", en: "Weak" },
  "not-graded": { vi: "Chưa xếp loại", en: "Not graded" },
} as const satisfies Record<string, Label>;

/**
 * A grade of the default scale (see {@link ModelGradeSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ModelGrade } from "antt";
 * const grade: ModelGrade = "fair";
 * ```
 */
export type ModelGrade = keyof typeof MODEL_GRADE_LABELS;

/**
 * The labels of the kinds of review of a model: interim (sơ kết) or final (tổng kết).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, REVIEW_KIND_LABELS } from "antt";
 * label(REVIEW_KIND_LABELS, "interim"); // "Sơ kết"
 * ```
 */
export const REVIEW_KIND_LABELS = {
  interim: { vi: "Sơ kết", en: "Interim review" },
  final: { vi: "Tổng kết", en: "Final review" },
} as const satisfies Record<string, Label>;

/**
 * A review kind (see {@link ReviewKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ReviewKind } from "antt";
 * const kind: ReviewKind = "interim";
 * ```
 */
export type ReviewKind = keyof typeof REVIEW_KIND_LABELS;

/**
 * The labels of what a review proposes for a model: keep it, strengthen it, replicate
 * it (nhân rộng) or end it (thanh loại).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, REVIEW_RECOMMENDATION_LABELS } from "antt";
 * label(REVIEW_RECOMMENDATION_LABELS, "replicate"); // "Nhân rộng"
 * ```
 */
export const REVIEW_RECOMMENDATION_LABELS = {
  maintain: { vi: "Duy trì", en: "Maintain" },
  consolidate: { vi: "Củng cố, kiện toàn", en: "Consolidate" },
  replicate: { vi: "Nhân rộng", en: "Replicate" },
  end: { vi: "Thanh loại", en: "End" },
} as const satisfies Record<string, Label>;

/**
 * A review recommendation (see {@link ReviewRecommendationSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ReviewRecommendation } from "antt";
 * const proposal: ReviewRecommendation = "replicate";
 * ```
 */
export type ReviewRecommendation = keyof typeof REVIEW_RECOMMENDATION_LABELS;

/**
 * The labels of the kinds of place where a model is applied (điểm mô hình).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, MODEL_SITE_KIND_LABELS } from "antt";
 * label(MODEL_SITE_KIND_LABELS, "village"); // "Khu dân cư (thôn, tổ dân phố)"
 * ```
 */
export const MODEL_SITE_KIND_LABELS = {
  village: { vi: "Khu dân cư (thôn, tổ dân phố)", en: "Village or residential group" },
  commune: { vi: "Xã, phường, đặc khu", en: "Commune or ward" },
  agency: { vi: "Cơ quan", en: "Agency" },
  school: { vi: "Trường học", en: "School" },
  business: { vi: "Doanh nghiệp", en: "Business" },
  "religious-community": {
    vi: "Cộng đồng tôn giáo (giáo xứ, hội thánh, chùa)",
    en: "Religious community",
  },
  other: { vi: "Nơi khác", en: "Other place" },
} as const satisfies Record<string, Label>;

/**
 * A model site kind (see {@link ModelSiteKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ModelSiteKind } from "antt";
 * const kind: ModelSiteKind = "religious-community";
 * ```
 */
export type ModelSiteKind = keyof typeof MODEL_SITE_KIND_LABELS;

/**
 * The labels of the kinds of subject that can be recognised "An toàn về ANTT"
 * (Circular 124/2021/TT-BCA).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, SAFETY_SUBJECT_KIND_LABELS } from "antt";
 * label(SAFETY_SUBJECT_KIND_LABELS, "residential-area"); // "Khu dân cư"
 * ```
 */
export const SAFETY_SUBJECT_KIND_LABELS = {
  "residential-area": { vi: "Khu dân cư", en: "Residential area" },
  commune: { vi: "Xã, phường, đặc khu", en: "Commune or ward" },
  "agency-business": {
    vi: "Cơ quan, doanh nghiệp",
    en: "Agency or business",
  },
  school: { vi: "Cơ sở giáo dục", en: "School" },
} as const satisfies Record<string, Label>;

/**
 * A recognition subject kind (see {@link SafetySubjectKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { SafetySubjectKind } from "antt";
 * const kind: SafetySubjectKind = "school";
 * ```
 */
export type SafetySubjectKind = keyof typeof SAFETY_SUBJECT_KIND_LABELS;
