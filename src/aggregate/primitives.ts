import type { Aggregator } from "./aggregator.js";
import { findGroup, finishGroups, insertGroup, newGroups } from "./groups.js";
import { type GroupedState, type Groups, type KeyFn, UNASSIGNED } from "./keys.js";
import type { StateShape } from "./state.js";
import { exactSum, notExact } from "./summaries.js";

// Hot paths call module-local copies of imported functions: Vitest's module transform
// (which runs the tests and benchmarks) turns each use of an imported binding into a
// property read through a getter, which costs a call per record.
const find = findGroup;
const insert = insertGroup;
const MISSING = UNASSIGNED;
const exact = exactSum;

const COUNT_SHAPE: StateShape = { type: "count" };

const COUNT: Aggregator<unknown, number, number> = {
  shape: COUNT_SHAPE,
  init: () => 0,
  add: (state) => state + 1,
  merge: (a, b) => a + b,
  finish: (state) => state,
};

/**
 * Counts records.
 *
 * @returns an aggregator whose state and output are the number of records
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, count } from "antt";
 * aggregate(count(), ["a", "b", "c"]); // 3
 * aggregate(count(), []);              // 0
 * ```
 */
export function count(): Aggregator<unknown, number, number> {
  return COUNT;
}

/**
 * Sums an integer value of each record (a number of people, đồng, hours).
 *
 * @description Values must be integers; `null` or `undefined` adds nothing. The sum is
 * exact while it stays below 2^53 (9,007,199,254,740,991, that is 9 million billion
 * đồng); a value that is not an integer, or a sum beyond that, throws a `RangeError`
 * rather than silently losing đồng.
 *
 * @param value - reads the value of a record
 * @returns an aggregator whose state and output are the sum
 * @throws RangeError (when records are added) for a value that is not an integer or a sum
 *   that is not a safe integer
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, sum } from "antt";
 * const contributions = [{ amountVnd: 5_000_000 }, { amountVnd: 1_500_000 }, {}];
 * aggregate(sum((c: { amountVnd?: number }) => c.amountVnd), contributions); // 6_500_000
 * ```
 */
export function sum<T>(
  value: (item: T) => number | null | undefined,
): Aggregator<T, number, number> {
  return {
    shape: { type: "integer" },
    init: () => 0,
    add(state, item) {
      const v = value(item);
      return v == null ? state : exact(state, v);
    },
    merge(a, b) {
      const next = a + b;
      if (!Number.isSafeInteger(next)) throw notExact("The sum", next);
      return next;
    },
    finish: (state) => state,
  };
}

/**
 * Counts records per key (per category, status, kind): the building block of most
 * tables in a report.
 *
 * @description A missing key (`null`, `undefined`, `""`) is counted under
 * {@link UNASSIGNED}, so the counts always add up to the number of records. The output
 * lists keys in sorted order and only the keys that occurred (a missing key is a zero;
 * `comparePeriods` reads it so).
 *
 * There is no `distinctCount`: an exact count of distinct ids needs the set of ids in the
 * state, which grows with the records rather than with the groups. Count distinct things
 * by aggregating the records that define them (one camera record per camera) instead.
 *
 * @param keyFn - gives the key of a record
 * @returns an aggregator whose output maps each key to its count
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, countBy } from "antt";
 * type Incident = { category?: "theft" | "fraud" };
 * aggregate(countBy((r: Incident) => r.category), [{ category: "theft" }, { category: "theft" }, {}]);
 * // { theft: 2, unassigned: 1 }
 * ```
 */
export function countBy<T, K extends string = string>(
  keyFn: KeyFn<T, K>,
): Aggregator<T, GroupedState<number>, Groups<K, number>> {
  return {
    shape: { type: "groups", of: COUNT_SHAPE },
    init: () => newGroups<number>(),
    add(state, item) {
      const raw = keyFn(item);
      const key = raw == null || raw === "" ? MISSING : raw;
      const i = find(state, key);
      if (i < 0) insert(state, key, 1);
      else state[i + 1] = (state[i + 1] as number) + 1;
      return state;
    },
    merge(a, b) {
      const n = b.length;
      for (let j = 0; j < n; j += 2) {
        const key = b[j] as string;
        // Count states mostly hold the few codes of a code list, often in the same order:
        // try the same position first.
        const i = a[j] === key ? j : find(a, key);
        if (i < 0) insert(a, key, b[j + 1] as number);
        else a[i + 1] = (a[i + 1] as number) + (b[j + 1] as number);
      }
      return a;
    },
    finish: (state) => finishGroups(state, (n) => n) as Groups<K, number>,
  };
}

/**
 * The state of a {@link rate}: how many records are in the numerator and in the
 * denominator.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { RateState } from "antt";
 * const clarified: RateState = { numerator: 42, denominator: 50 };
 * ```
 */
export interface RateState {
  /** Records in the numerator (all of them also in the denominator). */
  numerator: number;
  /** Records in the denominator. */
  denominator: number;
}

/**
 * A rate with its numerator and denominator, so that rates of communes can be added up
 * into the rate of a district (never average ratios).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { Rate } from "antt";
 * const clearance: Rate = { numerator: 42, denominator: 50, ratio: 0.84 };
 * ```
 */
export interface Rate {
  /** Records in the numerator. */
  readonly numerator: number;
  /** Records in the denominator. */
  readonly denominator: number;
  /** `numerator / denominator`, or `null` when the denominator is 0. */
  readonly ratio: number | null;
}

/**
 * The shape of a {@link rate}'s state: two counts, the numerator never above the
 * denominator. For an app's own aggregator that keeps a {@link RateState}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { RATE_SHAPE, type Aggregator, type Rate, type RateState } from "antt";
 * const share: Aggregator<boolean, RateState, number> = {
 *   shape: RATE_SHAPE,
 *   init: () => ({ numerator: 0, denominator: 0 }),
 *   add: (s, yes) => ({ numerator: s.numerator + (yes ? 1 : 0), denominator: s.denominator + 1 }),
 *   merge: (a, b) => ({ numerator: a.numerator + b.numerator, denominator: a.denominator + b.denominator }),
 *   finish: (s) => (s.denominator === 0 ? 0 : s.numerator / s.denominator),
 * };
 * ```
 */
export const RATE_SHAPE: StateShape = {
  type: "fields",
  fields: { numerator: COUNT_SHAPE, denominator: COUNT_SHAPE },
  atMost: [["numerator", "denominator"]],
};

/**
 * A rate over records, such as the share of incidents clarified (tỷ lệ điều tra làm rõ)
 * or of cameras connected to the duty room.
 *
 * @description A record is in the denominator when `denominator(record)` is true (every
 * record when it is omitted), and in the numerator when it is also `numerator(record)`,
 * so the numerator never exceeds the denominator. The output carries both counts; the
 * ratio is `null` (not `NaN`) when the denominator is 0.
 *
 * @param numerator - whether a record of the denominator counts in the numerator
 * @param denominator - whether a record counts in the denominator (default: all)
 * @returns an aggregator whose output is a {@link Rate}
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, rate } from "antt";
 * type Incident = { status: "clarified" | "open" };
 * const clearance = rate((r: Incident) => r.status === "clarified");
 * aggregate(clearance, [{ status: "clarified" }, { status: "open" }]);
 * // { numerator: 1, denominator: 2, ratio: 0.5 }
 * aggregate(clearance, []); // { numerator: 0, denominator: 0, ratio: null }
 * ```
 */
export function rate<T>(
  numerator: (item: T) => boolean,
  denominator?: (item: T) => boolean,
): Aggregator<T, RateState, Rate> {
  return {
    shape: RATE_SHAPE,
    init: () => ({ numerator: 0, denominator: 0 }),
    add(state, item) {
      if (denominator === undefined || denominator(item)) {
        state.denominator += 1;
        if (numerator(item)) state.numerator += 1;
      }
      return state;
    },
    merge(a, b) {
      a.numerator += b.numerator;
      a.denominator += b.denominator;
      return a;
    },
    finish: ({ numerator: n, denominator: d }) => ({
      numerator: n,
      denominator: d,
      ratio: d === 0 ? null : n / d,
    }),
  };
}
