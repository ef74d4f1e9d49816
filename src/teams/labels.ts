import type { Label } from "../core/labels.js";

/**
 * The labels of the kinds of team (tổ) that residents run.
 *
 * @description `security-team` is the statutory team of Law 30/2023/QH15 (tổ bảo vệ an
 * ninh, trật tự, in force 1 July 2024): one per village or residential group, set up by
 * the commune chairman. The others are teams of the movement's models: self-governing
 * teams (tổ tự quản), fire-safety household groups (tổ liên gia an toàn PCCC, 5 to 15
 * households), the groups that also keep security and order (tổ liên gia an toàn PCCC và
 * ANTT, `fire-security-group`, under the same household rule), people's patrol teams and
 * mediation teams.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, TEAM_KIND_LABELS } from "antt";
 * label(TEAM_KIND_LABELS, "security-team"); // "Tổ bảo vệ an ninh, trật tự"
 * ```
 */
export const TEAM_KIND_LABELS = {
  "security-team": {
    vi: "Tổ bảo vệ an ninh, trật tự",
    en: "Security-and-order protection team (statutory)",
  },
  "self-governing": { vi: "Tổ tự quản", en: "Self-governing team" },
  "fire-safety-group": { vi: "Tổ liên gia an toàn PCCC", en: "Fire-safety household group" },
  "fire-security-group": {
    vi: "Tổ liên gia an toàn PCCC và ANTT",
    en: "Fire-safety and security household group",
  },
  "patrol-team": { vi: "Tổ tuần tra nhân dân", en: "People's patrol team" },
  "mediation-team": { vi: "Tổ hòa giải", en: "Mediation team" },
  other: { vi: "Tổ khác", en: "Other team" },
} as const satisfies Record<string, Label>;

/**
 * A team kind (see {@link TeamKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TeamKind } from "antt";
 * const kind: TeamKind = "patrol-team";
 * ```
 */
export type TeamKind = keyof typeof TEAM_KIND_LABELS;

/**
 * The labels of the roles in a team: leader (tổ trưởng), deputy (tổ phó), member (tổ
 * viên).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, TEAM_ROLE_LABELS } from "antt";
 * label(TEAM_ROLE_LABELS, "deputy"); // "Tổ phó"
 * ```
 */
export const TEAM_ROLE_LABELS = {
  leader: { vi: "Tổ trưởng", en: "Leader" },
  deputy: { vi: "Tổ phó", en: "Deputy" },
  member: { vi: "Tổ viên", en: "Member" },
} as const satisfies Record<string, Label>;

/**
 * A team role (see {@link TeamRoleSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TeamRole } from "antt";
 * const role: TeamRole = "member";
 * ```
 */
export type TeamRole = keyof typeof TEAM_ROLE_LABELS;

/**
 * The labels of the kinds of equipment a team keeps (trang bị, phương tiện).
 *
 * @description A fire-safety household group links its households with an alarm bell
 * and push button in each house (one press rings all), sirens, extinguishers and
 * simple entry tools (dụng cụ phá dỡ thô sơ) for getting into a burning house.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, TEAM_EQUIPMENT_KIND_LABELS } from "antt";
 * label(TEAM_EQUIPMENT_KIND_LABELS, "fire-extinguisher"); // "Bình chữa cháy"
 * ```
 */
export const TEAM_EQUIPMENT_KIND_LABELS = {
  "alarm-bell-with-button": {
    vi: "Chuông báo cháy kèm nút ấn",
    en: "Alarm bell with push button",
  },
  siren: { vi: "Còi báo động", en: "Siren" },
  "fire-extinguisher": { vi: "Bình chữa cháy", en: "Fire extinguisher" },
  "entry-tools": { vi: "Dụng cụ phá dỡ thô sơ", en: "Entry tools" },
  loudspeaker: { vi: "Loa cầm tay", en: "Loudspeaker" },
  flashlight: { vi: "Đèn pin", en: "Flashlight" },
  baton: { vi: "Gậy, dùi cui", en: "Baton" },
  other: { vi: "Trang bị khác", en: "Other equipment" },
} as const satisfies Record<string, Label>;

/**
 * A team equipment kind (see {@link TeamEquipmentKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TeamEquipmentKind } from "antt";
 * const kind: TeamEquipmentKind = "alarm-bell-with-button";
 * ```
 */
export type TeamEquipmentKind = keyof typeof TEAM_EQUIPMENT_KIND_LABELS;

/**
 * The labels of the platforms a team's chat group runs on.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, TEAM_CHAT_PLATFORM_LABELS } from "antt";
 * label(TEAM_CHAT_PLATFORM_LABELS, "zalo"); // "Zalo"
 * ```
 */
export const TEAM_CHAT_PLATFORM_LABELS = {
  zalo: { vi: "Zalo", en: "Zalo" },
  facebook: { vi: "Facebook", en: "Facebook" },
  other: { vi: "Nền tảng khác", en: "Other platform" },
} as const satisfies Record<string, Label>;

/**
 * A chat platform (see {@link TeamChatPlatformSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TeamChatPlatform } from "antt";
 * const platform: TeamChatPlatform = "facebook";
 * ```
 */
export type TeamChatPlatform = keyof typeof TEAM_CHAT_PLATFORM_LABELS;

/**
 * The labels of the kinds of team exercise: training (tập huấn) or drill (diễn tập).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, TEAM_TRAINING_KIND_LABELS } from "antt";
 * label(TEAM_TRAINING_KIND_LABELS, "drill"); // "Diễn tập"
 * ```
 */
export const TEAM_TRAINING_KIND_LABELS = {
  training: { vi: "Tập huấn", en: "Training" },
  drill: { vi: "Diễn tập", en: "Drill" },
} as const satisfies Record<string, Label>;

/**
 * A team exercise kind (see {@link TeamTrainingKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TeamTrainingKind } from "antt";
 * const kind: TeamTrainingKind = "drill";
 * ```
 */
export type TeamTrainingKind = keyof typeof TEAM_TRAINING_KIND_LABELS;

/**
 * The labels of the levels that organise a training or drill: village, commune,
 * district (before 1 July 2025) or province.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, TEAM_TRAINING_LEVEL_LABELS } from "antt";
 * label(TEAM_TRAINING_LEVEL_LABELS, "commune"); // "Cấp xã"
 * ```
 */
export const TEAM_TRAINING_LEVEL_LABELS = {
  village: { vi: "Thôn, tổ dân phố", en: "Village" },
  commune: { vi: "Cấp xã", en: "Commune" },
  district: { vi: "Cấp huyện", en: "District" },
  province: { vi: "Cấp tỉnh", en: "Province" },
} as const satisfies Record<string, Label>;

/**
 * A training level (see {@link TeamTrainingLevelSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { TeamTrainingLevel } from "antt";
 * const level: TeamTrainingLevel = "commune";
 * ```
 */
export type TeamTrainingLevel = keyof typeof TEAM_TRAINING_LEVEL_LABELS;

/**
 * The labels of the organisations a person may let see their details, in a consent of a
 * team member or household (see {@link TeamConsentSchema}), as the UK Neighbourhood Watch
 * register lets each member choose the police, the council and so on.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CONSENT_RECIPIENT_LABELS, label } from "antt";
 * label(CONSENT_RECIPIENT_LABELS, "police"); // "Lực lượng Công an"
 * ```
 */
export const CONSENT_RECIPIENT_LABELS = {
  police: { vi: "Lực lượng Công an", en: "Police" },
  commune: { vi: "Ủy ban nhân dân cấp xã", en: "Commune people's committee" },
  front: { vi: "Mặt trận Tổ quốc và các đoàn thể", en: "Fatherland Front and mass organisations" },
  team: { vi: "Các thành viên khác của tổ", en: "Other members of the team" },
} as const satisfies Record<string, Label>;

/**
 * An organisation a consent lets see a person's details (see {@link CONSENT_RECIPIENT_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ConsentRecipient } from "antt";
 * const recipient: ConsentRecipient = "police";
 * ```
 */
export type ConsentRecipient = keyof typeof CONSENT_RECIPIENT_LABELS;
