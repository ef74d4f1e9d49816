/**
 * Where one group key goes when results are rolled up to a higher level or into another
 * era's units.
 *
 * @description `unit`: exactly one target unit. `ambiguous`: the key maps to several
 * candidate units (an old commune split between new ones in the 2025 reorganisation);
 * the rolled-up result keeps such groups apart, with their candidates, and never
 * guesses. `unknown`: the key is not in the index; its group is kept apart too, so that
 * nothing is lost.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { RollupTarget } from "antt";
 * const toProvince = (code: string): RollupTarget =>
 *   code.startsWith("155") ? { kind: "unit", code: "38" } : { kind: "unknown" };
 * ```
 */
export type RollupTarget =
  | { readonly kind: "unit"; readonly code: string }
  | { readonly kind: "ambiguous"; readonly candidates: readonly string[] }
  | { readonly kind: "unknown" };
