import type { DateInput } from "../core/calendar.js";
import type { Period, PeriodUnit } from "../core/period.js";
import { periodKeyFn } from "./period-key.js";

/**
 * The group of records whose key is missing (`null`, `undefined` or the empty string):
 * they are counted there, never dropped.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, countBy, UNASSIGNED } from "antt";
 * const counts = aggregate(countBy((r: { category?: string }) => r.category), [{}, { category: "theft" }]);
 * counts[UNASSIGNED]; // 1
 * ```
 */
export const UNASSIGNED = "unassigned";

/**
 * The key of the group of records without a key, `"unassigned"` (see {@link UNASSIGNED}).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { Unassigned } from "antt";
 * const key: Unassigned = "unassigned";
 * ```
 */
export type Unassigned = typeof UNASSIGNED;

/**
 * The group that {@link byPeriodRange} puts records dated outside its period in: they are
 * counted there, never dropped.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byPeriodRange, count, groupBy, OUTSIDE, parsePeriod } from "antt";
 * const h1 = groupBy(byPeriodRange((d: string) => d, parsePeriod("2024-H1")), count());
 * aggregate(h1, ["2024-03-07", "2024-07-01"])[OUTSIDE]; // 1
 * ```
 */
export const OUTSIDE = "outside";

/**
 * The key of the group of records outside a period, `"outside"` (see {@link OUTSIDE}).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { Outside } from "antt";
 * const key: Outside = "outside";
 * ```
 */
export type Outside = typeof OUTSIDE;

/**
 * A function giving a record's group key: a unit code, a period key, a code of a code
 * list. `null`, `undefined` and `""` mean "no key": the record goes to the
 * {@link UNASSIGNED} group.
 *
 * @typeParam T - the record type
 * @typeParam K - the keys it gives (a code list's union, or `string`)
 * @category Aggregations
 * @example
 * ```ts
 * import type { KeyFn } from "antt";
 * const byCategory: KeyFn<{ category?: "theft" | "fraud" }, "theft" | "fraud"> = (r) => r.category;
 * ```
 */
export type KeyFn<T, K extends string = string> = (item: T) => K | null | undefined;

/**
 * The state of a grouping ({@link groupBy}, {@link countBy}): one flat array alternating
 * each key and the state of its group, `[key, state, key, state, ...]`. Plain JSON.
 *
 * @description A flat array rather than an object keyed by group: JavaScript engines
 * iterate objects whose keys look like numbers (unit codes, years) slowly, and one array
 * per state keeps lookups and memory small; merging 1,000 states of 3,000 communes is
 * several times faster this way (see docs/benchmarks.md). Keys are in the order they
 * were first seen; finished outputs sort them. Read a state through its aggregator
 * (`finish`), not by position.
 *
 * @typeParam S - the state of one group
 * @category Aggregations
 * @example
 * ```ts
 * import type { GroupedState } from "antt";
 * const perCommune: GroupedState<number> = ["15532", 4, "unassigned", 2];
 * ```
 */
export type GroupedState<S> = (string | S)[];

/**
 * A key function made by one of the key helpers ({@link byUnit}, {@link byCode},
 * {@link byPeriod}, {@link byPeriodRange}), which also says what its keys are.
 *
 * @description The helpers return this rather than a bare function for a reason of
 * typing too: given `groupBy(byUnit((r: Incident) => r.unitCode), countBy((r) => ...))`,
 * TypeScript infers the record type of the inner key functions from the first one.
 *
 * @typeParam T - the record type
 * @typeParam K - the keys it gives
 * @category Aggregations
 * @example
 * ```ts
 * import { byPeriod, type GroupKey } from "antt";
 * const perMonth: GroupKey<{ occurredAt: string }> = byPeriod((r) => r.occurredAt, "month");
 * perMonth.by;                                       // "period"
 * perMonth({ occurredAt: "2024-03-31T23:30:00Z" }); // "2024-04"
 * ```
 */
export type GroupKey<T, K extends string = string> = KeyFn<T, K> & {
  /** What the keys are: unit codes, codes of a code list, period keys, or a range's key. */
  readonly by: "unit" | "code" | "period" | "range";
};

/**
 * The finished output of a grouping: one value per key, keys in sorted order, plus the
 * {@link UNASSIGNED} group when some records had no key. Only keys that occurred are
 * present.
 *
 * @description Keys are sorted with array-index keys (unit codes such as `"15532"`, years)
 * first, numerically, then the others by UTF-16 code units: the order in which JavaScript
 * lists an object's keys, so the JSON is byte-identical for the same input whatever the
 * order of the records.
 *
 * @typeParam K - the keys
 * @typeParam V - the value of a group
 * @category Aggregations
 * @example
 * ```ts
 * import type { Groups } from "antt";
 * const perCategory: Groups<"theft" | "fraud", number> = { theft: 3, unassigned: 1 };
 * ```
 */
export type Groups<K extends string, V> = { readonly [P in K]?: V } & {
  /** The records without a key, when there were some. */
  readonly unassigned?: V;
};

/**
 * Groups by administrative unit: the key is the record's unit code (`"15532"`, or a
 * village code `"15532.thon-3"`), unchanged. Roll the groups up to higher units with
 * {@link rollup}.
 *
 * @param getUnitCode - reads the unit code of a record
 * @returns a key function for {@link groupBy}, a {@link GroupKey}
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byUnit, count, groupBy } from "antt";
 * const perUnit = groupBy(byUnit((r: { unitCode?: string }) => r.unitCode), count());
 * aggregate(perUnit, [{ unitCode: "15532" }, { unitCode: "15532" }, {}]);
 * // { "15532": 2, unassigned: 1 }
 * ```
 */
export function byUnit<T>(getUnitCode: KeyFn<T>): GroupKey<T> {
  return Object.assign((item: T) => getUnitCode(item), { by: "unit" as const });
}

/**
 * Groups by a code of a code list (incident category, model kind, ...): the key is the
 * code, and the output is typed by the code list.
 *
 * @param getCode - reads the code of a record
 * @returns a key function for {@link groupBy}, a {@link GroupKey}
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byCode, count, groupBy } from "antt";
 * type Incident = { category: "theft" | "fraud" };
 * const perCategory = groupBy(byCode((r: Incident) => r.category), count());
 * const out = aggregate(perCategory, [{ category: "theft" }]);
 * out.theft; // 1 (typed number | undefined)
 * ```
 */
export function byCode<T, K extends string>(getCode: KeyFn<T, K>): GroupKey<T, K> {
  return Object.assign((item: T) => getCode(item), { by: "code" as const });
}

/**
 * Groups by calendar period in Vietnam time: the key is the period key of the record's
 * date (`2024-03`, `2024-Q1`, `2024-H1`, `2024-W10`, `2024-03-07`, `2024`), as
 * `periodKeyOf` gives it.
 *
 * @description An instant at 23:30 UTC on 31 March is 06:30 on 1 April in Vietnam and
 * goes to `2024-04`. A record without a date goes to {@link UNASSIGNED}. An invalid date
 * throws the `RangeError` of `periodKeyOf`: validate records with their schema first.
 * Keys are memoised per written date and day shift, so instants written with a `+07:00`
 * or `Z` offset cost one lookup each (see docs/benchmarks.md).
 *
 * @param getDate - reads the date (`YYYY-MM-DD`), the instant (ISO 8601 with offset) or
 *   the `Date` of a record
 * @param unit - the calendar unit: `day`, `week`, `month`, `quarter`, `half` or `year`
 * @returns a key function for {@link groupBy}, a {@link GroupKey}
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byPeriod, count, groupBy } from "antt";
 * const perMonth = groupBy(byPeriod((r: { occurredAt: string }) => r.occurredAt, "month"), count());
 * aggregate(perMonth, [
 *   { occurredAt: "2024-03-31T23:30:00Z" },     // 1 April in Vietnam
 *   { occurredAt: "2024-03-31T22:00:00+07:00" },
 * ]);
 * // { "2024-03": 1, "2024-04": 1 }
 * ```
 */
export function byPeriod<T>(
  getDate: (item: T) => DateInput | null | undefined,
  unit: PeriodUnit,
): GroupKey<T> {
  const keyOf = periodKeyFn(unit);
  const key = (item: T) => {
    const date = getDate(item);
    return date == null || date === "" ? undefined : keyOf(date);
  };
  return Object.assign(key, { by: "period" as const });
}

/**
 * Groups by whether a record falls inside a period, in Vietnam time: the key is the
 * period's key (such as `2024-H1` or `2023-11-01..2024-10-31`) for records inside it,
 * {@link OUTSIDE} for the others (they are kept, never dropped) and {@link UNASSIGNED}
 * for records without a date.
 *
 * @param getDate - reads the date, instant or `Date` of a record
 * @param period - the period, for example from `parsePeriod` or `customPeriod`
 * @returns a key function for {@link groupBy}, a {@link GroupKey}
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byPeriodRange, count, customPeriod, groupBy } from "antt";
 * const window = customPeriod("2023-11-01", "2024-10-31");
 * const inWindow = groupBy(byPeriodRange((r: { on?: string }) => r.on, window), count());
 * aggregate(inWindow, [{ on: "2024-01-05" }, { on: "2024-11-01" }, {}]);
 * // { "2023-11-01..2024-10-31": 1, outside: 1, unassigned: 1 }
 * ```
 */
export function byPeriodRange<T>(
  getDate: (item: T) => DateInput | null | undefined,
  period: Period,
): GroupKey<T> {
  const dayOf = periodKeyFn("day");
  const { key, start, end } = period;
  const keyOf = (item: T) => {
    const date = getDate(item);
    if (date == null || date === "") return undefined;
    const day = dayOf(date);
    return day >= start && day <= end ? key : OUTSIDE;
  };
  return Object.assign(keyOf, { by: "range" as const });
}
