import type { Label } from "../core/labels.js";

/**
 * How long camera points keep their recordings, in bands that the transparency report
 * counts points by, with Vietnamese and English labels.
 *
 * @description A point whose retention is not recorded is `unknown`; the others fall in
 * the first band whose `upToDays` holds their days (see {@link RETENTION_BAND_LIMITS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { RETENTION_BAND_LABELS } from "antt/footage";
 * RETENTION_BAND_LABELS["8-to-30-days"].vi; // "Từ 8 đến 30 ngày"
 * ```
 */
export const RETENTION_BAND_LABELS = {
  "up-to-7-days": { vi: "Đến 7 ngày", en: "Up to 7 days" },
  "8-to-30-days": { vi: "Từ 8 đến 30 ngày", en: "8 to 30 days" },
  "31-to-90-days": { vi: "Từ 31 đến 90 ngày", en: "31 to 90 days" },
  "over-90-days": { vi: "Trên 90 ngày", en: "Over 90 days" },
  unknown: { vi: "Chưa rõ", en: "Not recorded" },
} as const satisfies Record<string, Label>;

/**
 * A retention band code (see {@link RETENTION_BAND_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { RetentionBand } from "antt/footage";
 * const band: RetentionBand = "up-to-7-days";
 * ```
 */
export type RetentionBand = keyof typeof RETENTION_BAND_LABELS;

/**
 * The most days of each retention band but the last two, in order: a point keeping its
 * recordings `d` days is in the first band with `d <= upToDays`, else `over-90-days`.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { RETENTION_BAND_LIMITS } from "antt/footage";
 * RETENTION_BAND_LIMITS[0]; // { band: "up-to-7-days", upToDays: 7 }
 * ```
 */
export const RETENTION_BAND_LIMITS: readonly {
  readonly band: RetentionBand;
  readonly upToDays: number;
}[] = [
  { band: "up-to-7-days", upToDays: 7 },
  { band: "8-to-30-days", upToDays: 30 },
  { band: "31-to-90-days", upToDays: 90 },
];
