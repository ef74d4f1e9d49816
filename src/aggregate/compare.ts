import { ownValue, setOwn, sortedKeys } from "./dict.js";

/**
 * Which way a figure moved between two periods: `up` (tăng), `down` (giảm) or `same`
 * (không thay đổi).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { Direction } from "antt";
 * const verb = (d: Direction) => (d === "up" ? "tăng" : d === "down" ? "giảm" : "không đổi");
 * ```
 */
export type Direction = "up" | "down" | "same";

/**
 * Why a comparison has no percent: `baseline-zero` when the previous period's figure is
 * 0 (a percent change from 0 is undefined; a report says "phát sinh 3 vụ" instead).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { comparePeriods, type ChangeNote } from "antt";
 * const note: ChangeNote | null = comparePeriods(3, 0).note; // "baseline-zero"
 * ```
 */
export type ChangeNote = "baseline-zero";

/**
 * The result of the exact test of two Poisson counts: whether the change is more than
 * chance (small counts move a lot by chance: 3 to 5 is not a trend).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { poissonTest, type PoissonTest } from "antt";
 * const test: PoissonTest = poissonTest(150, 100); // { pValue: 0.0019..., significant: true }
 * ```
 */
export interface PoissonTest {
  /** The two-sided p-value: the chance of a split at least this uneven if rates were equal. */
  readonly pValue: number;
  /** `pValue < significanceLevel` (0.05 unless set). */
  readonly significant: boolean;
}

/**
 * How one figure changed from the previous period to the current one, with the fields a
 * renderer needs: "giảm 25 vụ (25%)", "kiềm chế 10 vụ", "phát sinh 3 vụ".
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { comparePeriods, type PeriodChange } from "antt";
 * const c: PeriodChange = comparePeriods(75, 100);
 * // { current: 75, previous: 100, change: -25, absoluteChange: 25, direction: "down",
 * //   percent: -25, note: null, poisson: { pValue: 0.069..., significant: false } }
 * ```
 */
export interface PeriodChange {
  /** The figure of the current period. */
  readonly current: number;
  /** The figure of the previous period (the baseline). */
  readonly previous: number;
  /** `current - previous`: negative when the figure went down. */
  readonly change: number;
  /** `|current - previous|`, for "giảm 10 vụ". */
  readonly absoluteChange: number;
  /** Which way the figure moved. */
  readonly direction: Direction;
  /** The change in percent of `previous` (−25 for "giảm 25%"); `null` when `previous` is 0. */
  readonly percent: number | null;
  /** Why `percent` is `null`, or `null`. */
  readonly note: ChangeNote | null;
  /** The exact Poisson test of the two counts; `null` when a figure is not a count (a non-negative integer). */
  readonly poisson: PoissonTest | null;
}

/**
 * The comparison of two figures of type `T`: a {@link PeriodChange} for each number, the
 * same nesting for records and arrays, `null` for values that are not numbers (labels,
 * flags, a `null` ratio).
 *
 * @typeParam T - the type of the compared figures (a number, or a finished summary)
 * @category Aggregations
 * @example
 * ```ts
 * import type { Compared, PeriodChange } from "antt";
 * type Summary = { total: number; byCategory: { theft?: number } };
 * const check = (c: Compared<Summary>): PeriodChange => c.total;
 * ```
 */
export type Compared<T> = T extends number
  ? PeriodChange
  : T extends readonly (infer E)[]
    ? Compared<E>[]
    : T extends object
      ? { readonly [K in keyof T]: Compared<Exclude<T[K], undefined>> }
      : null;

/**
 * Options of {@link comparePeriods} and {@link poissonTest}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CompareOptions } from "antt";
 * const strict: CompareOptions = { significanceLevel: 0.01 };
 * ```
 */
export interface CompareOptions {
  /** The level below which a p-value is significant, between 0 and 1; 0.05 by default. */
  readonly significanceLevel?: number;
}

const LN_FACTORIAL: number[] = [0];

/** ln(n!) for a non-negative integer n. */
function lnFactorial(n: number): number {
  if (n < 256) {
    for (let i = LN_FACTORIAL.length; i <= n; i++) {
      LN_FACTORIAL.push((LN_FACTORIAL[i - 1] as number) + Math.log(i));
    }
    return LN_FACTORIAL[n] as number;
  }
  // Stirling's series; its next term, 1/(1680 n^7), is below 1e-19 from n = 256 on.
  const n2 = n * n;
  return (
    n * Math.log(n) -
    n +
    0.5 * Math.log(2 * Math.PI * n) +
    (1 / 12 - (1 / 360 - 1 / (1260 * n2)) / n2) / n
  );
}

/**
 * ln P(X <= k) for X ~ Binomial(n, 1/2) and k < n/2, in log space: the largest term,
 * C(n, k) / 2^n, times the sum of the ratios of the smaller terms to it, which shrink
 * geometrically (so the loop stops after at most about √(20 n) terms).
 */
function lnLowerTail(k: number, n: number): number {
  const lnTerm = lnFactorial(n) - lnFactorial(k) - lnFactorial(n - k) - n * Math.LN2;
  let term = 1;
  let total = 1;
  for (let i = k; i > 0; i--) {
    term *= i / (n - i + 1);
    total += term;
    if (term < total * 1e-17) break;
  }
  return lnTerm + Math.log(total);
}

function checkLevel(level: number): number {
  if (!(level > 0 && level < 1)) {
    throw new RangeError(
      `The significance level must be between 0 and 1, got ${level} (Mức ý nghĩa không hợp lệ)`,
    );
  }
  return level;
}

function isCount(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

function twoSidedPValue(a: number, b: number): number {
  const n = a + b;
  const k = Math.min(a, b);
  if (2 * k === n) return 1; // equal counts (or both zero): no evidence of a change
  return Math.min(1, 2 * Math.exp(lnLowerTail(k, n)));
}

/**
 * Tests whether two counts (incidents this period and last) differ by more than chance,
 * with the exact conditional test for two Poisson counts over periods of equal length.
 *
 * @description Given the total n = current + previous, if both periods had the same rate
 * the current count would follow Binomial(n, 1/2); the two-sided p-value is the chance of
 * a split at least as uneven: `min(1, 2 · P(X ≤ min(current, previous)))`. It is computed
 * exactly, in log space (no normal approximation, no overflow for large counts), in at
 * most about √(20 n) steps. From 3 to 5 gives p ≈ 0.73 (not significant); from 100 to
 * 150, p ≈ 0.0019 (significant).
 *
 * @param current - the count of the current period
 * @param previous - the count of the previous period
 * @param options - `significanceLevel` (default 0.05)
 * @returns the p-value and whether it is below the level
 * @throws RangeError when a count is not a non-negative safe integer, or the level is not
 *   between 0 and 1
 * @category Aggregations
 * @example
 * ```ts
 * import { poissonTest } from "antt";
 * poissonTest(5, 3).significant;     // false (p ≈ 0.73)
 * poissonTest(150, 100).significant; // true (p ≈ 0.0019)
 * poissonTest(12, 4, { significanceLevel: 0.01 }).significant; // false (p ≈ 0.077)
 * ```
 */
export function poissonTest(
  current: number,
  previous: number,
  options: CompareOptions = {},
): PoissonTest {
  const level = checkLevel(options.significanceLevel ?? 0.05);
  if (!isCount(current) || !isCount(previous) || !Number.isSafeInteger(current + previous)) {
    throw new RangeError(
      `The Poisson test compares counts (non-negative integers), got ${current} and ${previous} (Chỉ so sánh được số đếm)`,
    );
  }
  const pValue = twoSidedPValue(current, previous);
  return { pValue, significant: pValue < level };
}

function compareNumbers(
  current: number,
  previous: number,
  level: number,
  path: string,
): PeriodChange {
  if (!Number.isFinite(current) || !Number.isFinite(previous)) {
    throw new RangeError(
      `Cannot compare ${current} with ${previous} at ${path}: figures must be finite numbers (Số liệu không hợp lệ)`,
    );
  }
  const change = current - previous;
  const counts = isCount(current) && isCount(previous) && Number.isSafeInteger(current + previous);
  let pValue = 1;
  if (counts) pValue = twoSidedPValue(current, previous);
  return {
    current,
    previous,
    change,
    absoluteChange: Math.abs(change),
    direction: change > 0 ? "up" : change < 0 ? "down" : "same",
    percent: previous === 0 ? null : (change * 100) / Math.abs(previous),
    note: previous === 0 ? "baseline-zero" : null,
    poisson: counts ? { pValue, significant: pValue < level } : null,
  };
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

function mismatch(path: string, current: unknown, previous: unknown): TypeError {
  const kind = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
  return new TypeError(
    `Cannot compare a ${kind(current)} with a ${kind(previous)} at ${path}: the two periods must have the same shape (Hai kỳ không cùng cấu trúc)`,
  );
}

function compareNode(current: unknown, previous: unknown, level: number, path: string): unknown {
  if (typeof current === "number" || typeof previous === "number") {
    const c = current === undefined ? 0 : current;
    const p = previous === undefined ? 0 : previous;
    if (typeof c === "number" && typeof p === "number") return compareNumbers(c, p, level, path);
    if (c === null || p === null) return null;
    throw mismatch(path, current, previous);
  }
  if (!isObject(current) && !isObject(previous)) return null;
  const c = current ?? (Array.isArray(previous) ? [] : {});
  const p = previous ?? (Array.isArray(current) ? [] : {});
  if (!isObject(c) || !isObject(p) || Array.isArray(c) !== Array.isArray(p)) {
    throw mismatch(path, current, previous);
  }
  if (Array.isArray(c) && Array.isArray(p)) {
    const out: unknown[] = [];
    for (let i = 0; i < Math.max(c.length, p.length); i++) {
      out.push(compareNode(c[i], p[i], level, `${path}[${i}]`));
    }
    return out;
  }
  const cs = c as Record<string, unknown>;
  const ps = p as Record<string, unknown>;
  const keys = sortedKeys({ ...cs, ...ps });
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const cv = ownValue(cs, key);
    const pv = ownValue(ps, key);
    if (cv === undefined && pv === undefined) continue;
    setOwn(out, key, compareNode(cv, pv, level, `${path}.${key}`));
  }
  return out;
}

/**
 * Compares the figures of two periods (this half-year and the same half last year), count
 * by count: absolute change, percent change, direction and an exact Poisson test.
 *
 * @description `current` and `previous` are numbers or records (and arrays) of numbers
 * of the same shape, typically two finished summaries. A key present in only one of them
 * counts as 0 in the other (the outputs of `countBy` and `groupBy` omit zero groups).
 * When `previous` is 0 the percent is `null` with note `baseline-zero`: never `Infinity`
 * or `NaN`. Values that are not numbers (labels, flags, a `null` ratio) compare as
 * `null`. Compare rates through their numerators and denominators, not their ratios.
 *
 * @param current - the figures of the current period
 * @param previous - the figures of the previous period, same shape
 * @param options - `significanceLevel` of the Poisson test (default 0.05)
 * @returns a {@link PeriodChange} for each number, in the same nesting
 * @throws TypeError when the shapes differ (a number against a record); RangeError for a
 *   number that is not finite or a significance level outside (0, 1)
 * @category Aggregations
 * @example
 * ```ts
 * import { comparePeriods } from "antt";
 * const h1_2024 = { total: 75, byCategory: { theft: 40, fraud: 35 } };
 * const h1_2023 = { total: 100, byCategory: { theft: 60, fraud: 35, drugs: 5 } };
 * const c = comparePeriods(h1_2024, h1_2023);
 * c.total.percent;        // -25: "giảm 25%"
 * c.total.absoluteChange; // 25: "kiềm chế 25 vụ"
 * c.byCategory.theft.poisson?.significant; // false (p ≈ 0.057)
 * comparePeriods(3, 0);   // percent: null, note: "baseline-zero", direction: "up"
 * ```
 */
export function comparePeriods<T>(
  current: T,
  previous: NoInfer<T>,
  options: CompareOptions = {},
): Compared<T> {
  const level = checkLevel(options.significanceLevel ?? 0.05);
  return compareNode(current, previous, level, "$") as Compared<T>;
}
