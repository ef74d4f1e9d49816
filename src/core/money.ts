import type { Locale } from "./labels.js";

/**
 * The largest amount one record may hold: 10,000,000,000,000 đồng (10 nghìn tỷ đồng).
 *
 * @description Far above any single contribution, expense or loss the movement records,
 * and low enough that the amounts of about 900 records at this bound still add up
 * exactly (below 2^53). `validateDataset` also checks that the amounts of a whole dataset
 * add up exactly, so no summary or report of a valid dataset can overflow, and it warns
 * about amounts above {@link LARGE_VND}.
 *
 * @category Money and geo
 * @example
 * ```ts
 * import { MAX_VND, VndSchema } from "antt";
 * VndSchema.safeParse(MAX_VND + 1).success; // false
 * ```
 */
export const MAX_VND = 10_000_000_000_000;

/**
 * An amount above which `validateDataset` warns that it is unusual: 10,000,000,000 đồng
 * (10 tỷ đồng), often an amount typed in đồng that was meant in thousands, or the reverse.
 *
 * @category Money and geo
 * @example
 * ```ts
 * import { LARGE_VND, formatVnd } from "antt";
 * formatVnd(LARGE_VND); // "10 tỷ đồng"
 * ```
 */
export const LARGE_VND = 10_000_000_000;

/**
 * An amount in đồng (see {@link VndSchema}).
 *
 * @category Money and geo
 * @example
 * ```ts
 * import type { Vnd } from "antt";
 * const cost: Vnd = 3_500_000;
 * ```
 */
export type Vnd = number;

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}:${maximumFractionDigits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-US", {
      maximumFractionDigits,
      minimumFractionDigits: 0,
    });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * Writes a number with the separators of a locale: `5.200` and `12,5` in Vietnamese,
 * `5,200` and `12.5` in English.
 *
 * @param value - the number to write
 * @param options - `locale` (default `"vi"`) and `maximumFractionDigits` (default 1)
 * @returns the formatted number
 * @category Money and geo
 * @example
 * ```ts
 * import { formatNumber } from "antt";
 * formatNumber(5200);               // "5.200"
 * formatNumber(12.5);               // "12,5"
 * formatNumber(5200, { locale: "en" }); // "5,200"
 * ```
 */
export function formatNumber(
  value: number,
  options: { locale?: Locale; maximumFractionDigits?: number } = {},
): string {
  return numberFormat(options.locale ?? "vi", options.maximumFractionDigits ?? 1).format(value);
}

const SCALES = [
  { size: 1_000_000_000, vi: "tỷ", en: "billion" },
  { size: 1_000_000, vi: "triệu", en: "million" },
] as const;

/**
 * Writes an amount of đồng the way reports do.
 *
 * @description With `style: "compact"` (the default) amounts of a million đồng or more
 * are written in triệu (million) or tỷ (billion) with at most one decimal, as in
 * "với tổng số tiền 12,5 triệu đồng"; smaller amounts are written in full. With
 * `style: "full"` every digit is kept: "12.500.000 đồng". The amount itself is never
 * changed; only its wording is.
 *
 * @param amount - an amount in đồng
 * @param options - `locale` (default `"vi"`) and `style` (`"compact"` or `"full"`)
 * @returns the amount in words and digits
 * @category Money and geo
 * @example
 * ```ts
 * import { formatVnd } from "antt";
 * formatVnd(12_500_000);                       // "12,5 triệu đồng"
 * formatVnd(12_500_000, { style: "full" });    // "12.500.000 đồng"
 * formatVnd(2_300_000_000, { locale: "en" });  // "2.3 billion đồng"
 * formatVnd(450_000);                          // "450.000 đồng"
 * ```
 */
export function formatVnd(
  amount: number,
  options: { locale?: Locale; style?: "compact" | "full" } = {},
): string {
  const locale = options.locale ?? "vi";
  if (options.style !== "full") {
    for (const scale of SCALES) {
      if (Math.abs(amount) >= scale.size) {
        return `${formatNumber(amount / scale.size, { locale })} ${scale[locale]} đồng`;
      }
    }
  }
  return `${formatNumber(amount, { locale, maximumFractionDigits: 0 })} đồng`;
}
