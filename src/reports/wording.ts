import type { Label, Locale } from "../core/labels.js";
import { formatNumber } from "../core/money.js";

/**
 * Counts below this are always written exactly in report prose ("31 vụ", "87 mô hình"):
 * published reports round only counts of a hundred or more.
 *
 * @category Reports
 * @example
 * ```ts
 * import { EXACT_BELOW, writeCount } from "antt";
 * EXACT_BELOW;    // 100
 * writeCount(99); // "99"
 * ```
 */
export const EXACT_BELOW = 100;

/**
 * How far (as a share of the exact count) a one-significant-figure rounding may be from the
 * count and still be used: 1/25, that is 4%. Beyond it the count keeps two significant
 * figures (5.236 is "trên 5.200", not "trên 5.000", which is 4,5% away).
 *
 * @category Reports
 * @example
 * ```ts
 * import { ONE_FIGURE_TOLERANCE } from "antt";
 * ONE_FIGURE_TOLERANCE; // 0.04
 * ```
 */
export const ONE_FIGURE_TOLERANCE = 0.04;

/**
 * The word a rounded count is written with (từ chỉ mức làm tròn): `over` (trên) and
 * `more-than` (hơn) when the exact count is above the number written, `nearly` (gần) when it
 * is below, `exact` when the number written is the count itself.
 *
 * @category Reports
 * @example
 * ```ts
 * import { roundCount, type CountQualifier } from "antt";
 * const qualifier: CountQualifier = roundCount(987).qualifier; // "nearly"
 * ```
 */
export type CountQualifier = "over" | "more-than" | "nearly" | "exact";

/**
 * A count and the round number report prose writes for it (số làm tròn): the exact count is
 * kept next to the number shown, never replaced by it.
 *
 * @category Reports
 * @example
 * ```ts
 * import { roundCount, type RoundedCount } from "antt";
 * const lenses: RoundedCount = roundCount(5236);
 * // { exact: 5236, shown: 5200, qualifier: "over" }
 * ```
 */
export interface RoundedCount {
  /** The exact count, unchanged. */
  readonly exact: number;
  /** The number written in the prose. */
  readonly shown: number;
  /** How `exact` relates to `shown`: above (`over`, `more-than`), below (`nearly`) or equal. */
  readonly qualifier: CountQualifier;
}

/**
 * How a renderer writes counts: `rounded` ("trên 5.200", the style of published reports) or
 * `exact` ("5.236").
 *
 * @category Reports
 * @example
 * ```ts
 * import type { RoundingMode } from "antt";
 * const mode: RoundingMode = "rounded";
 * ```
 */
export type RoundingMode = "exact" | "rounded";

/**
 * Options of {@link writeCount}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { WriteCountOptions } from "antt";
 * const options: WriteCountOptions = { locale: "en", rounding: "exact" };
 * ```
 */
export interface WriteCountOptions {
  /** `"vi"` (default) or `"en"`. */
  readonly locale?: Locale | undefined;
  /** `"rounded"` (default) or `"exact"`. */
  readonly rounding?: RoundingMode | undefined;
}

function isPowerOfTen(n: number): boolean {
  return /^10*$/.test(String(n));
}

/**
 * Rounds a count the way report prose does (làm tròn số liệu): "trên 5.200", "gần 1.000",
 * "hơn 100", and the exact number when rounding would say nothing useful.
 *
 * @description The rule, in order:
 *
 * 1. A count below {@link EXACT_BELOW} (100) is written exactly: 50 is "50", 0 is "0".
 *    So is a count that has at most two significant figures: 5.200, 310, 1.000.
 * 2. Otherwise the count is rounded to one significant figure (987 → 1.000, 312 → 300) if
 *    that is within {@link ONE_FIGURE_TOLERANCE} (4%) of the count; else to two significant
 *    figures (5.236 → 5.200, since 5.000 is 4,5% away; 3.586 → 3.600). Halves round
 *    up. The number shown is therefore always within 5% of the count.
 * 3. The word says which side the count is on: `nearly` (gần) when the count is below the
 *    number shown; `more-than` (hơn) when it is above a power of ten (104 → "hơn 100",
 *    1.030 → "hơn 1.000"); `over` (trên) when it is above any other number (312 → "trên
 *    300"); `exact` when the rounding lands on the count itself (5.200 → "5.200").
 *
 * The count itself is never changed: `exact` carries it, and a report keeps exact counts.
 *
 * @param count - a count: a non-negative safe integer
 * @returns the exact count, the number to show and the qualifier
 * @throws RangeError when `count` is not a non-negative safe integer
 * @category Reports
 * @example
 * ```ts
 * import { roundCount } from "antt";
 * roundCount(5236); // { exact: 5236, shown: 5200, qualifier: "over" }
 * roundCount(987);  // { exact: 987, shown: 1000, qualifier: "nearly" }
 * roundCount(104);  // { exact: 104, shown: 100, qualifier: "more-than" }
 * roundCount(50);   // { exact: 50, shown: 50, qualifier: "exact" }
 * ```
 */
export function roundCount(count: number): RoundedCount {
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(
      `Only counts (non-negative whole numbers) are rounded, got ${count} (Chỉ làm tròn số đếm)`,
    );
  }
  const step = 10 ** (String(count).length - 1);
  if (count < EXACT_BELOW || count % (step / 10) === 0) {
    return { exact: count, shown: count, qualifier: "exact" };
  }
  const oneFigure = Math.round(count / step) * step;
  // Within 4% is |count - oneFigure| <= count / 25, in whole numbers.
  const shown =
    25 * Math.abs(count - oneFigure) <= count
      ? oneFigure
      : Math.round(count / (step / 10)) * (step / 10);
  if (count < shown) return { exact: count, shown, qualifier: "nearly" };
  return { exact: count, shown, qualifier: isPowerOfTen(shown) ? "more-than" : "over" };
}

/**
 * The word of a qualifier in a locale: trên / hơn / gần, over / more than / nearly; none
 * for `exact`.
 *
 * @param qualifier - the qualifier of a {@link RoundedCount}
 * @param locale - `"vi"` (default) or `"en"`
 * @returns the word, or `""` for `exact`
 * @category Reports
 * @example
 * ```ts
 * import { qualifierWord } from "antt";
 * qualifierWord("nearly");             // "gần"
 * qualifierWord("more-than", "en");    // "more than"
 * ```
 */
export function qualifierWord(qualifier: CountQualifier, locale: Locale = "vi"): string {
  return QUALIFIER_WORDS[qualifier][locale];
}

/** The words of the qualifiers, as data. */
const QUALIFIER_WORDS: { readonly [Q in CountQualifier]: Label } = {
  over: { vi: "trên", en: "over" },
  "more-than": { vi: "hơn", en: "more than" },
  nearly: { vi: "gần", en: "nearly" },
  exact: { vi: "", en: "" },
};

/**
 * Writes a count for report prose (viết số liệu): rounded with its word ("trên 5.200",
 * "over 5,200") or exact ("5.236"), with the separators of the locale.
 *
 * @description See {@link roundCount} for the rounding rule. Only the wording changes: the
 * count a report holds stays exact.
 *
 * @param count - a count: a non-negative safe integer
 * @param options - `locale` (default `"vi"`) and `rounding` (default `"rounded"`)
 * @returns the count in words and digits
 * @throws RangeError when `count` is not a non-negative safe integer
 * @category Reports
 * @example
 * ```ts
 * import { writeCount } from "antt";
 * writeCount(5236);                        // "trên 5.200"
 * writeCount(987, { locale: "en" });       // "nearly 1,000"
 * writeCount(5236, { rounding: "exact" }); // "5.236"
 * writeCount(31);                          // "31"
 * ```
 */
export function writeCount(count: number, options: WriteCountOptions = {}): string {
  const locale = options.locale ?? "vi";
  if (options.rounding === "exact") {
    roundCount(count);
    return formatNumber(count, { locale, maximumFractionDigits: 0 });
  }
  const rounded = roundCount(count);
  const digits = formatNumber(rounded.shown, { locale, maximumFractionDigits: 0 });
  const word = qualifierWord(rounded.qualifier, locale);
  return word === "" ? digits : `${word} ${digits}`;
}
