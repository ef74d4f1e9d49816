import type { Label } from "../core/labels.js";

/**
 * The forces whose strength a unit reports (lực lượng): the commune police, the
 * grassroots forces that help them keep security and order, and the forces those replaced.
 *
 * @description Law 30/2023/QH15 (in force 1 July 2024) set up the grassroots security and
 * order protection force (`grassroots-protection`, lực lượng tham gia bảo vệ an ninh,
 * trật tự ở cơ sở) and ended the ward protection force (`ward-protection`, bảo vệ dân
 * phố), the part-time commune police (`part-time-police`, công an xã bán chuyên trách)
 * and the civil defence leaders. A strength counted before or after those dates is
 * refused (see {@link ForceStrengthSchema}). `civil-defense` (dân phòng) and `militia`
 * (dân quân tự vệ) are counted where a unit reports them beside the police.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { FORCE_KIND_LABELS, label } from "antt";
 * label(FORCE_KIND_LABELS, "commune-police"); // "Công an xã, phường, thị trấn"
 * label(FORCE_KIND_LABELS, "grassroots-protection", "en"); // "Grassroots security and order protection force"
 * ```
 */
export const FORCE_KIND_LABELS = {
  "commune-police": { vi: "Công an xã, phường, thị trấn", en: "Commune police" },
  "grassroots-protection": {
    vi: "Lực lượng tham gia bảo vệ ANTT ở cơ sở",
    en: "Grassroots security and order protection force",
  },
  "ward-protection": { vi: "Bảo vệ dân phố", en: "Ward protection force" },
  "part-time-police": { vi: "Công an xã bán chuyên trách", en: "Part-time commune police" },
  "civil-defense": { vi: "Dân phòng", en: "Civil defence" },
  militia: { vi: "Dân quân tự vệ", en: "Militia" },
  other: { vi: "Lực lượng khác", en: "Other force" },
} as const satisfies Record<string, Label>;

/**
 * A force whose strength a unit reports (see {@link ForceKindSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ForceKind } from "antt";
 * const kind: ForceKind = "grassroots-protection";
 * ```
 */
export type ForceKind = keyof typeof FORCE_KIND_LABELS;

/**
 * The days Law 30/2023/QH15 draws between the forces: the grassroots protection force
 * exists from `from`, and the forces it replaced until `until`.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { FORCE_LAW_30_2023 } from "antt";
 * FORCE_LAW_30_2023.from; // "2024-07-01"
 * ```
 */
export const FORCE_LAW_30_2023 = {
  /** The first day of the grassroots security and order protection force. */
  from: "2024-07-01",
  /** The last day of the ward protection force and the part-time commune police. */
  until: "2024-06-30",
  /** The forces that exist from `from`. */
  founded: ["grassroots-protection"],
  /** The forces that ended after `until`. */
  ended: ["ward-protection", "part-time-police"],
} as const;
