import type { Label } from "../core/labels.js";

/**
 * The kinds of activity (hoạt động) of the movement, with Vietnamese and English labels.
 *
 * @description Each kind is one variant of {@link ActivitySchema}: patrols and ambushes
 * (tuần tra, mật phục), tips from the public (nguồn tin), mediations (hòa giải), outreach
 * sessions (tuyên truyền), drills (diễn tập), trainings (tập huấn) and awards (khen thưởng).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ACTIVITY_KIND_LABELS, label } from "antt";
 * label(ACTIVITY_KIND_LABELS, "ambush");       // "Mật phục"
 * label(ACTIVITY_KIND_LABELS, "ambush", "en"); // "Ambush (stake-out)"
 * ```
 */
export const ACTIVITY_KIND_LABELS = {
  patrol: { vi: "Tuần tra", en: "Patrol" },
  ambush: { vi: "Mật phục", en: "Ambush (stake-out)" },
  tip: { vi: "Nguồn tin (tố giác, tin báo)", en: "Tip from the public" },
  mediation: { vi: "Hòa giải", en: "Mediation" },
  outreach: { vi: "Tuyên truyền", en: "Outreach session" },
  drill: { vi: "Diễn tập", en: "Drill" },
  training: { vi: "Tập huấn", en: "Training" },
  award: { vi: "Khen thưởng", en: "Award" },
} as const satisfies Record<string, Label>;

/**
 * The kind of an activity (see {@link ActivityKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ActivityKind } from "antt";
 * const kind: ActivityKind = "patrol";
 * ```
 */
export type ActivityKind = keyof typeof ACTIVITY_KIND_LABELS;

/**
 * How a tip from the public reached the police or the team (kênh tiếp nhận nguồn tin).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TIP_CHANNEL_LABELS, label } from "antt";
 * label(TIP_CHANNEL_LABELS, "hotline"); // "Đường dây nóng"
 * ```
 */
export const TIP_CHANNEL_LABELS = {
  "in-person": { vi: "Trực tiếp", en: "In person" },
  phone: { vi: "Điện thoại", en: "Phone" },
  hotline: { vi: "Đường dây nóng", en: "Hotline" },
  app: { vi: "Zalo, ứng dụng trực tuyến", en: "Zalo or another app" },
  letter: { vi: "Đơn, thư", en: "Letter" },
  other: { vi: "Kênh khác", en: "Other channel" },
} as const satisfies Record<string, Label>;

/**
 * The channel a tip came in by (see {@link TipChannelSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TipChannel } from "antt";
 * const channel: TipChannel = "hotline";
 * ```
 */
export type TipChannel = keyof typeof TIP_CHANNEL_LABELS;

/**
 * What kind of information a tip is: a denunciation of an offence (tố giác tội phạm), a
 * report of an event (tin báo) or a petition (kiến nghị).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TIP_KIND_LABELS, label } from "antt";
 * label(TIP_KIND_LABELS, "denunciation"); // "Tố giác"
 * ```
 */
export const TIP_KIND_LABELS = {
  denunciation: { vi: "Tố giác", en: "Denunciation" },
  report: { vi: "Tin báo", en: "Report" },
  petition: { vi: "Kiến nghị", en: "Petition" },
} as const satisfies Record<string, Label>;

/**
 * The kind of a tip (see {@link TipKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TipKind } from "antt";
 * const kind: TipKind = "denunciation";
 * ```
 */
export type TipKind = keyof typeof TIP_KIND_LABELS;

/**
 * What a mediated dispute (mâu thuẫn, tranh chấp) is about.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DISPUTE_KIND_LABELS, label } from "antt";
 * label(DISPUTE_KIND_LABELS, "neighbours"); // "Mâu thuẫn hàng xóm"
 * ```
 */
export const DISPUTE_KIND_LABELS = {
  land: { vi: "Tranh chấp đất đai", en: "Land" },
  family: { vi: "Hôn nhân, gia đình", en: "Family" },
  neighbours: { vi: "Mâu thuẫn hàng xóm", en: "Neighbours" },
  debt: { vi: "Vay mượn, nợ", en: "Debt" },
  other: { vi: "Mâu thuẫn khác", en: "Other dispute" },
} as const satisfies Record<string, Label>;

/**
 * The kind of a mediated dispute (see {@link DisputeKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { DisputeKind } from "antt";
 * const kind: DisputeKind = "family";
 * ```
 */
export type DisputeKind = keyof typeof DISPUTE_KIND_LABELS;

/**
 * The outcome of a mediation: succeeded (hòa giải thành), failed (hòa giải không thành)
 * or still pending (đang hòa giải).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { MEDIATION_OUTCOME_LABELS, label } from "antt";
 * label(MEDIATION_OUTCOME_LABELS, "succeeded"); // "Hòa giải thành"
 * ```
 */
export const MEDIATION_OUTCOME_LABELS = {
  succeeded: { vi: "Hòa giải thành", en: "Succeeded" },
  failed: { vi: "Hòa giải không thành", en: "Failed" },
  pending: { vi: "Đang hòa giải", en: "Pending" },
} as const satisfies Record<string, Label>;

/**
 * The outcome of a mediation (see {@link MediationOutcomeSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { MediationOutcome } from "antt";
 * const outcome: MediationOutcome = "succeeded";
 * ```
 */
export type MediationOutcome = keyof typeof MEDIATION_OUTCOME_LABELS;

/**
 * The topic of an outreach session (nội dung tuyên truyền).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { OUTREACH_TOPIC_LABELS, label } from "antt";
 * label(OUTREACH_TOPIC_LABELS, "fraud"); // "Phòng, chống lừa đảo"
 * ```
 */
export const OUTREACH_TOPIC_LABELS = {
  drugs: { vi: "Phòng, chống ma túy", en: "Drugs" },
  fraud: { vi: "Phòng, chống lừa đảo", en: "Fraud" },
  "traffic-safety": { vi: "An toàn giao thông", en: "Traffic safety" },
  "fire-safety": { vi: "Phòng cháy, chữa cháy", en: "Fire safety" },
  law: { vi: "Phổ biến pháp luật", en: "Law" },
  cybersecurity: { vi: "An ninh mạng", en: "Cybersecurity" },
  other: { vi: "Nội dung khác", en: "Other topic" },
} as const satisfies Record<string, Label>;

/**
 * The topic of an outreach session (see {@link OutreachTopicSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { OutreachTopic } from "antt";
 * const topic: OutreachTopic = "cybersecurity";
 * ```
 */
export type OutreachTopic = keyof typeof OUTREACH_TOPIC_LABELS;

/**
 * How an outreach session reached people: a meeting (họp dân), the security loudspeaker
 * (Tiếng loa an ninh), social media, leaflets.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { OUTREACH_CHANNEL_LABELS, label } from "antt";
 * label(OUTREACH_CHANNEL_LABELS, "loudspeaker"); // "Tiếng loa an ninh"
 * ```
 */
export const OUTREACH_CHANNEL_LABELS = {
  meeting: { vi: "Họp dân, hội nghị", en: "Meeting" },
  loudspeaker: { vi: "Tiếng loa an ninh", en: "Security loudspeaker" },
  "social-media": { vi: "Mạng xã hội", en: "Social media" },
  leaflet: { vi: "Tờ rơi", en: "Leaflet" },
  other: { vi: "Hình thức khác", en: "Other channel" },
} as const satisfies Record<string, Label>;

/**
 * The channel of an outreach session (see {@link OutreachChannelSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { OutreachChannel } from "antt";
 * const channel: OutreachChannel = "social-media";
 * ```
 */
export type OutreachChannel = keyof typeof OUTREACH_CHANNEL_LABELS;

/**
 * The level that organises a drill or a training (cấp tổ chức diễn tập, tập huấn).
 *
 * @description `district` is for records before 1 July 2025, when the district level was
 * abolished.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DRILL_LEVEL_LABELS, label } from "antt";
 * label(DRILL_LEVEL_LABELS, "village"); // "Thôn, tổ dân phố"
 * ```
 */
export const DRILL_LEVEL_LABELS = {
  village: { vi: "Thôn, tổ dân phố", en: "Village" },
  commune: { vi: "Cấp xã", en: "Commune" },
  district: { vi: "Cấp huyện", en: "District" },
  province: { vi: "Cấp tỉnh", en: "Province" },
} as const satisfies Record<string, Label>;

/**
 * The organising level of a drill or a training (see {@link DrillLevelSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { DrillLevel } from "antt";
 * const level: DrillLevel = "village";
 * ```
 */
export type DrillLevel = keyof typeof DRILL_LEVEL_LABELS;

// What a drill or a training practises and the scale of a drill's scenario live in core,
// beside the teams' drills that share them.
export {
  DRILL_SCENARIO_SCALE_LABELS,
  DRILL_TOPIC_LABELS,
  type DrillScenarioScale,
  type DrillTopic,
} from "../core/drills.js";

/**
 * Who received an award (đối tượng được khen thưởng).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AWARD_RECIPIENT_KIND_LABELS, label } from "antt";
 * label(AWARD_RECIPIENT_KIND_LABELS, "model-site"); // "Điểm mô hình"
 * ```
 */
export const AWARD_RECIPIENT_KIND_LABELS = {
  individual: { vi: "Cá nhân", en: "Individual" },
  team: { vi: "Tổ, nhóm", en: "Team" },
  household: { vi: "Hộ gia đình", en: "Household" },
  "model-site": { vi: "Điểm mô hình", en: "Model site" },
  unit: { vi: "Tập thể, đơn vị", en: "Unit or collective" },
} as const satisfies Record<string, Label>;

/**
 * The kind of recipient of an award (see {@link AwardRecipientKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { AwardRecipientKind } from "antt";
 * const recipient: AwardRecipientKind = "individual";
 * ```
 */
export type AwardRecipientKind = keyof typeof AWARD_RECIPIENT_KIND_LABELS;

/**
 * The level that grants an award (cấp khen thưởng), from the commune up to the state.
 *
 * @description `district` is for awards before 1 July 2025, when the district level was
 * abolished. `ministry` covers the Ministry of Public Security (Bộ Công an) and other
 * ministries; `national` covers the Prime Minister and the President.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AWARD_LEVEL_LABELS, label } from "antt";
 * label(AWARD_LEVEL_LABELS, "ministry"); // "Cấp bộ"
 * ```
 */
export const AWARD_LEVEL_LABELS = {
  commune: { vi: "Cấp xã", en: "Commune" },
  district: { vi: "Cấp huyện", en: "District" },
  province: { vi: "Cấp tỉnh", en: "Province" },
  ministry: { vi: "Cấp bộ", en: "Ministry" },
  national: { vi: "Cấp nhà nước", en: "National" },
} as const satisfies Record<string, Label>;

/**
 * The level that granted an award (see {@link AwardLevelSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { AwardLevel } from "antt";
 * const level: AwardLevel = "district";
 * ```
 */
export type AwardLevel = keyof typeof AWARD_LEVEL_LABELS;

/**
 * The form of an award (hình thức khen thưởng): a certificate (giấy khen), a merit
 * (bằng khen), cash (tiền thưởng) or another form.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AWARD_FORM_LABELS, label } from "antt";
 * label(AWARD_FORM_LABELS, "merit"); // "Bằng khen"
 * ```
 */
export const AWARD_FORM_LABELS = {
  certificate: { vi: "Giấy khen", en: "Certificate" },
  merit: { vi: "Bằng khen", en: "Certificate of merit" },
  cash: { vi: "Tiền thưởng", en: "Cash" },
  other: { vi: "Hình thức khác", en: "Other form" },
} as const satisfies Record<string, Label>;

/**
 * The form of an award (see {@link AwardFormSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { AwardForm } from "antt";
 * const form: AwardForm = "merit";
 * ```
 */
export type AwardForm = keyof typeof AWARD_FORM_LABELS;
