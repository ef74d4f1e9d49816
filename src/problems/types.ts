import type { Label } from "../core/index.js";

/**
 * How serious a problem is: an `error` makes the input unfit (validation fails), a
 * `warning` is worth a look but does not stop anything, `info` only tells.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { ProblemSeverity } from "antt/problems";
 * const severity: ProblemSeverity = "error";
 * ```
 */
export type ProblemSeverity = "error" | "warning" | "info";

/**
 * One entry of the problem catalogue: the stable number people look up, how serious the
 * problem is, and what it means and how to fix it, in Vietnamese and English.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { ProblemEntry } from "antt/problems";
 * const entry: ProblemEntry = {
 *   id: "ANTT-E301",
 *   severity: "error",
 *   title: { vi: "Ngày tháo trước ngày lắp", en: "Removed before installed" },
 *   description: {
 *     vi: "Ngày tháo camera sớm hơn ngày lắp đặt. Sửa một trong hai ngày.",
 *     en: "The point's removal day is before its installation day. Correct one of the two.",
 *   },
 * };
 * ```
 */
export interface ProblemEntry {
  /** The stable number: `ANTT-`, a letter for the severity (E, W, I), three digits. */
  readonly id: string;
  /** How serious the problem is. */
  readonly severity: ProblemSeverity;
  /** A short name of the problem. */
  readonly title: Label;
  /** What is wrong and how to fix it, in a sentence or three. */
  readonly description: Label;
}

/**
 * The entries of one part of the catalogue, by the code issues carry.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { ProblemEntries } from "antt/problems";
 * const mine: ProblemEntries = {
 *   "camera-without-notice": {
 *     id: "APP-W001",
 *     severity: "warning",
 *     title: { vi: "Chưa có biển thông báo", en: "No notice posted" },
 *     description: { vi: "Gắn biển thông báo ghi hình.", en: "Post a recording notice." },
 *   },
 * };
 * ```
 */
export type ProblemEntries = Readonly<Record<string, ProblemEntry>>;
