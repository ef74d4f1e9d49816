/**
 * A language the library writes labels and messages in.
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { Locale } from "antt";
 * const locale: Locale = "vi";
 * ```
 */
export type Locale = "vi" | "en";

/**
 * The Vietnamese and English label of one code.
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { Label } from "antt";
 * const theft: Label = { vi: "Trộm cắp tài sản", en: "Theft" };
 * ```
 */
export interface Label {
  /** The Vietnamese label, as people read it in reports. */
  readonly vi: string;
  /** The English label. */
  readonly en: string;
}

/**
 * The labels of every code of a code list: one {@link Label} per code, so that a
 * code added to a list without a label is a compile error.
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { Labels } from "antt";
 * const levels: Labels<"commune" | "village"> = {
 *   commune: { vi: "Cấp xã", en: "Commune" },
 *   village: { vi: "Thôn, tổ dân phố", en: "Village" },
 * };
 * ```
 */
export type Labels<C extends string> = { readonly [K in C]: Label };

/**
 * The codes of a code list, in the order of its labels.
 *
 * @param labels - the labels of the code list, such as `INCIDENT_CATEGORY_LABELS`
 * @returns the codes
 * @category Code lists
 * @example
 * ```ts
 * import { codesOf, CAMERA_STATUS_LABELS } from "antt";
 * codesOf(CAMERA_STATUS_LABELS).includes("active"); // true
 * ```
 */
export function codesOf<C extends string>(labels: Labels<C>): C[] {
  return Object.keys(labels) as C[];
}

/**
 * The label of a code in a locale.
 *
 * @description Labels are looked up in the code list they belong to, never in one
 * global table: the same code (`other`, `public`) means different things in different
 * lists. A code that is not in the list (for example a custom model kind) is returned
 * as it is, so that a report never prints `undefined`.
 *
 * @param labels - the labels of the code list, such as `INCIDENT_CATEGORY_LABELS`
 * @param code - the code to label
 * @param locale - `"vi"` (default) or `"en"`
 * @returns the label, or the code itself when the list has no label for it
 * @category Code lists
 * @example
 * ```ts
 * import { label, INCIDENT_CATEGORY_LABELS } from "antt";
 * label(INCIDENT_CATEGORY_LABELS, "theft");        // "Trộm cắp tài sản"
 * label(INCIDENT_CATEGORY_LABELS, "theft", "en");  // "Theft"
 * ```
 */
export function label<C extends string>(
  labels: Labels<C>,
  code: NoInfer<C> | (string & {}),
  locale: Locale = "vi",
): string {
  const entry = Object.hasOwn(labels, code) ? (labels as Record<string, Label>)[code] : undefined;
  return entry ? entry[locale] : code;
}
