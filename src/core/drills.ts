// What a drill (diễn tập) practises and the scale of its scenario: code lists that the
// activities domain (a drill activity) and the teams domain (a team's drill) share, kept
// here, below both, so that neither imports the other.
import type { Label } from "./labels.js";

/**
 * What a drill or a training practises: fire fighting and rescue (PCCC), security and
 * order, natural disasters.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DRILL_TOPIC_LABELS, label } from "antt";
 * label(DRILL_TOPIC_LABELS, "fire"); // "Phòng cháy, chữa cháy, cứu nạn"
 * ```
 */
export const DRILL_TOPIC_LABELS = {
  fire: { vi: "Phòng cháy, chữa cháy, cứu nạn", en: "Fire and rescue" },
  security: { vi: "An ninh, trật tự", en: "Security and order" },
  disaster: { vi: "Phòng, chống thiên tai", en: "Natural disaster" },
  other: { vi: "Nội dung khác", en: "Other topic" },
} as const satisfies Record<string, Label>;

/**
 * The topic of a drill or a training (see {@link DrillTopicSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { DrillTopic } from "antt";
 * const topic: DrillTopic = "fire";
 * ```
 */
export type DrillTopic = keyof typeof DRILL_TOPIC_LABELS;

/**
 * The scale of a drill's scenario (quy mô diễn tập): how far the situation it rehearses
 * reaches, apart from the level that organised it (a commune may organise a drill of one
 * household's fire; a village may host a commune-wide flood drill).
 *
 * @description The codes follow the extents that plans and drill reports name:
 * - `household`: one house or shop (phương án PCCC của hộ gia đình, of a household that
 *   also runs a business);
 * - `residential-cluster`: a cluster of neighbouring households, such as the 5 to 15
 *   households of a fire-safety household group (tổ liên gia an toàn PCCC) linked by one
 *   alarm, or a lane or a block of boarding houses;
 * - `village`: a residential area (khu dân cư: thôn, tổ dân phố), whose fire-fighting and
 *   rescue plan is drilled by the forces on the spot (phương án chữa cháy, cứu nạn, cứu hộ
 *   của khu dân cư, Law 55/2024/QH15 on fire prevention, fire fighting and rescue, and
 *   formerly Decree 136/2020/NĐ-CP);
 * - `commune`: the whole commune, ward or special zone (diễn tập cấp xã);
 * - `inter-commune`: several communes together, such as a border-area security drill
 *   (liên kết vùng giáp ranh) or a flood along one river;
 * - `district`: a district-wide scenario, for records before 1 July 2025, when the
 *   district level was abolished;
 * - `province`: a province-wide scenario, such as a civil-defence exercise (diễn tập
 *   phòng thủ dân sự, Law 18/2023/QH15 on civil defence).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DRILL_SCENARIO_SCALE_LABELS, label } from "antt";
 * label(DRILL_SCENARIO_SCALE_LABELS, "residential-cluster"); // "Cụm dân cư, liên gia"
 * label(DRILL_SCENARIO_SCALE_LABELS, "inter-commune", "en");  // "Several communes"
 * ```
 */
export const DRILL_SCENARIO_SCALE_LABELS = {
  household: { vi: "Hộ gia đình", en: "Household" },
  "residential-cluster": { vi: "Cụm dân cư, liên gia", en: "Cluster of households" },
  village: { vi: "Khu dân cư", en: "Residential area" },
  commune: { vi: "Toàn xã", en: "Commune" },
  "inter-commune": { vi: "Liên xã", en: "Several communes" },
  district: { vi: "Toàn huyện", en: "District" },
  province: { vi: "Toàn tỉnh", en: "Province" },
} as const satisfies Record<string, Label>;

/**
 * The scale of a drill's scenario (see {@link DRILL_SCENARIO_SCALE_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { DrillScenarioScale } from "antt";
 * const scale: DrillScenarioScale = "residential-cluster";
 * ```
 */
export type DrillScenarioScale = keyof typeof DRILL_SCENARIO_SCALE_LABELS;
