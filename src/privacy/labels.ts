// The levels a redacted copy of a dataset is shared at, with their labels.
import type { Label } from "../core/index.js";

/**
 * The labels of the levels {@link redact} makes a copy for: the public, another agency,
 * or the unit's own (internal) use.
 *
 * @category Personal data
 * @example
 * ```ts
 * import { label } from "antt";
 * import { SHARING_LEVEL_LABELS } from "antt/privacy";
 * label(SHARING_LEVEL_LABELS, "agency"); // "Chia sẻ cho cơ quan khác"
 * ```
 */
export const SHARING_LEVEL_LABELS = {
  public: { vi: "Công khai", en: "Public" },
  agency: { vi: "Chia sẻ cho cơ quan khác", en: "Another agency" },
  internal: { vi: "Nội bộ đơn vị", en: "Internal" },
} as const satisfies Record<string, Label>;

/**
 * A level a redacted copy is shared at (see {@link SHARING_LEVEL_LABELS}).
 *
 * @category Personal data
 * @example
 * ```ts
 * import type { SharingLevel } from "antt/privacy";
 * const level: SharingLevel = "public";
 * ```
 */
export type SharingLevel = keyof typeof SHARING_LEVEL_LABELS;
