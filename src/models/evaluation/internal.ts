// Internal helpers of evaluation and recognition (not exported from the package).
import type { Locale } from "../../core/labels.js";
import { formatNumber } from "../../core/money.js";

/** A number as a sentence writes it in a locale: `98,33` in Vietnamese, `98.33` in English. */
export function num(value: number, locale: Locale): string {
  return formatNumber(value, { locale, maximumFractionDigits: 2 });
}

/** Rounded to two decimals, and never `-0`. */
export function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

/** Throws a RangeError, in both languages, when two criteria share an id. */
export function checkIds(criteria: readonly { readonly id: string }[]): void {
  const seen = new Set<string>();
  for (const criterion of criteria) {
    if (seen.has(criterion.id)) {
      throw new RangeError(
        `Criterion ${criterion.id} is listed twice (Tiêu chí ${criterion.id} bị lặp lại)`,
      );
    }
    seen.add(criterion.id);
  }
}
