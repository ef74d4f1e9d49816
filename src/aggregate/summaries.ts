// Internal helpers of the domain summaries (cameras, incidents, extractions, funding,
// models, activities, teams). Not part of the public API: src/aggregate/index.ts does not
// re-export this module, and no domain index re-exports it.
//
// The counts of a code list are kept in an object that starts with every code at 0, all
// such objects made by spreading one template: V8 gives them one hidden class in fast
// mode, so counting is a keyed load and store, with no property added per group. (Starting
// from `Object.create(null)` instead puts every object in dictionary mode, where each new
// key goes through the runtime: the grouped benchmark ran 2.5 to 3 times longer, see
// docs/benchmarks.md, "Summaries".) A code outside the list (`unassigned`, or data that
// skipped the schema) is added as an own property. A state that travelled as JSON has
// `Object.prototype`: only own properties are numbers, so an inherited member
// (`constructor`, `__proto__`) is never mistaken for a bucket.

import { isCalendarDate } from "../core/calendar.js";
import { isPeriod, type Period } from "../core/period.js";
import type { Aggregator } from "./aggregator.js";
import { type Dict, setOwn } from "./dict.js";
import { findGroup, insertGroup } from "./groups.js";
import { type GroupedState, UNASSIGNED } from "./keys.js";
import type { Rate } from "./primitives.js";
import type { StateShape } from "./state.js";

/** A new, empty, prototype-less dictionary (for keys that are ids rather than codes). */
export function newDict<V>(): Dict<V> {
  return Object.create(null) as Dict<V>;
}

/** The counts of a code list: how to make a zeroed counter, and the codes in output order. */
export interface Counter {
  /** A fresh counter: every code at 0, one hidden class for all. */
  readonly make: () => Dict<number>;
  /** The codes, sorted as outputs list them. */
  readonly sorted: readonly string[];
}

/** The {@link Counter} of a code list. */
export function counter(codes: readonly string[]): Counter {
  const zeros: Dict<number> = {};
  for (const code of codes) zeros[code] = 0;
  // Read back from JSON, the template holds every code inside the object itself; grown key
  // by key, it holds four and the rest in a separate, over-allocated array. Counters are
  // spread copies of it: 20% less heap for a grouped summary's state (docs/benchmarks.md).
  const template = JSON.parse(JSON.stringify(zeros)) as Dict<number>;
  return { make: () => ({ ...template }), sorted: [...codes].sort() };
}

/**
 * A value made on first use and kept (the counters of a module's code lists). At the top
 * of a module, mark the call pure (`@__PURE__`), so that a bundler may drop it.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/** The bucket of a code: a missing code (`null`, `undefined`, `""`) is `unassigned`. */
export function keyOf(raw: string | null | undefined): string {
  return raw == null || raw === "" ? UNASSIGNED : raw;
}

/** Adds `by` to a bucket. */
export function addTo(dict: Dict<number>, key: string, by: number): void {
  const n = dict[key];
  // Only own buckets are numbers: inherited members of a JSON-parsed dictionary are not.
  if (typeof n === "number") dict[key] = n + by;
  else setOwn(dict, key, by);
}

/** Adds 1 to a bucket. */
export function bump(dict: Dict<number>, key: string): void {
  addTo(dict, key, 1);
}

// The states of `countBy`, `groupBy` and `sum`, written by hand: a summary that feeds many
// of them from one record (the unit report) writes them directly, in the same layout, with
// no closure per combinator. A test feeds both ways and compares the states.

/** Adds 1 to a group of a `countBy` state. */
export function countIn(state: GroupedState<number>, raw: string | null | undefined): void {
  const key = keyOf(raw);
  const i = findGroup(state, key);
  if (i < 0) insertGroup(state, key, 1);
  else state[i + 1] = (state[i + 1] as number) + 1;
}

/** Adds a whole number to a group of a `groupBy(…, sum(…))` state, checked as `sum` checks. */
export function sumIn(
  state: GroupedState<number>,
  raw: string | null | undefined,
  by: number,
): void {
  const key = keyOf(raw);
  const i = findGroup(state, key);
  if (i < 0) insertGroup(state, key, exactSum(0, by));
  else state[i + 1] = exactSum(state[i + 1] as number, by);
}

/** The state of a group of a `groupBy` state, made with `init` (and added) when new. */
export function groupIn<S>(
  state: GroupedState<S>,
  raw: string | null | undefined,
  init: () => S,
): S {
  const key = keyOf(raw);
  const i = findGroup(state, key);
  if (i >= 0) return state[i + 1] as S;
  const made = init();
  insertGroup(state, key, made);
  return made;
}

/** `total + by`, both whole and the sum exact, as `sum` checks them. */
export function exactSum(total: number, by: number): number {
  if (!Number.isSafeInteger(by)) throw notExact("The value", by);
  const next = total + by;
  if (!Number.isSafeInteger(next)) throw notExact("The sum", next);
  return next;
}

/** The error of a value or a sum that is not a safe integer (`sum`'s and `exactSum`'s). */
export function notExact(what: string, value: number): RangeError {
  return new RangeError(
    `${what} ${value} is not a safe integer: sums are exact only for integers below 2^53 (Tổng vượt quá giới hạn số nguyên an toàn)`,
  );
}

/** The count of a bucket, or 0. */
export function countOf(dict: Dict<number>, key: string): number {
  const n = dict[key];
  return typeof n === "number" ? n : 0;
}

/** Adds the buckets of `from` into `into` with `add` ({@link addTo}); `from` is not changed. */
export function mergeCounts(
  into: Dict<number>,
  from: Dict<number>,
  add: (dict: Dict<number>, key: string, by: number) => void = addTo,
): void {
  for (const key of Object.keys(from)) add(into, key, from[key] as number);
}

/**
 * The keys of a count dictionary whose count is not 0, sorted: `known` (the counter's
 * sorted codes) when the dictionary holds no other key, so that no sort is needed, else
 * all its keys sorted.
 */
export function occurred(dict: Dict<number>, known: readonly string[]): string[] {
  const keys: string[] = [];
  let seen = 0;
  for (const key of known) {
    const n = dict[key];
    if (typeof n === "number") {
      seen += 1;
      if (n !== 0) keys.push(key);
    }
  }
  const all = Object.keys(dict);
  if (all.length === seen) return keys;
  return all.sort().filter((key) => dict[key] !== 0);
}

/**
 * The buckets as a finished output: a fresh object with the buckets that counted
 * something, keys sorted (see {@link occurred}).
 */
export function finishCounts(
  dict: Dict<number>,
  known: readonly string[] = [],
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of occurred(dict, known)) setOwn(out, key, dict[key] as number);
  return out;
}

/** A rate; `ratio` is `null` when the denominator is 0. */
export function rateOf(numerator: number, denominator: number): Rate {
  return { numerator, denominator, ratio: denominator === 0 ? null : numerator / denominator };
}

/** The shape of a count, for `parseState`. */
export const COUNT_SHAPE: StateShape = { type: "count" };

/** The shape of the counts of a code list ({@link Counter}), for `parseState`. */
export const COUNTS_SHAPE: StateShape = { type: "dict", of: COUNT_SHAPE };

/** How two values of a field merge: the merged value (the first one, changed, or a new one). */
export type FieldMerge<V> = (a: V, b: V) => V;

/** The fields of a state that merge by a logic of their own, for {@link mergeByShape}. */
export type MergeHooks<State> = { readonly [K in keyof State]?: FieldMerge<State[K]> };

type Merge = FieldMerge<unknown>;

const addNumbers = (a: number, b: number): number => a + b;

const addCounts = (a: Dict<number>, b: Dict<number>): Dict<number> => {
  mergeCounts(a, b);
  return a;
};

function unnamed(shape: StateShape): StateShape {
  return shape.type === "named" ? unnamed(shape.of) : shape;
}

function mergeOf(shape: StateShape, path: string): Merge {
  const of = unnamed(shape);
  switch (of.type) {
    case "count":
    case "integer":
      return addNumbers as Merge;
    case "dict":
      if (of.of.type === "count" || of.of.type === "integer") return addCounts as Merge;
      break;
    case "fields":
      return mergeFields(of.fields, {}, path);
  }
  throw new TypeError(
    `mergeByShape: ${path} (${of.type}) has no generic merge: give its field a hook (internal error)`,
  );
}

function mergeFields(
  fields: { readonly [name: string]: StateShape },
  hooks: { readonly [name: string]: Merge | undefined },
  path: string,
): Merge {
  const names = Object.keys(fields);
  const merges = names.map(
    (name) =>
      (Object.hasOwn(hooks, name) ? hooks[name] : undefined) ??
      mergeOf(fields[name] as StateShape, `${path}.${name}`),
  );
  return (a, b) => {
    const into = a as Record<string, unknown>;
    const from = b as Record<string, unknown>;
    for (let i = 0; i < names.length; i++) {
      const name = names[i] as string;
      into[name] = (merges[i] as Merge)(into[name], from[name]);
    }
    return into;
  };
}

/**
 * The merge of two states of a summary, field by field as its shape lists them: a count
 * or an integer adds, a dictionary of counts adds key by key ({@link mergeCounts}: own
 * keys only, `__proto__` set as an own key), fields within fields recurse. A field of
 * `hooks` is merged by its hook instead, given the field's two values and setting the
 * field to what it returns: a checked add (a sum that must stay a safe integer, with the
 * summary's own error), or a field with a logic of its own (text, a dictionary of
 * entries). The merge changes and returns `a`; it never changes `b` nor lets `a` share
 * an object of `b` (a hook must not either). Field names are the shape's, never data.
 * Plain counts add unchecked, as the summaries always added them. The shape is read once,
 * here: merging walks no shape.
 *
 * @throws TypeError (when made) for a field that needs a hook and has none (text,
 *   groups, a dictionary of other than counts), or a hook for no top-level field
 */
export function mergeByShape<State extends object>(
  shape: StateShape,
  hooks: MergeHooks<State> = {},
): FieldMerge<State> {
  const of = unnamed(shape);
  const fields = of.type === "fields" ? of.fields : {};
  for (const name of Object.keys(hooks)) {
    if (!Object.hasOwn(fields, name)) {
      throw new TypeError(`mergeByShape: the hook ${name} is for no field (internal error)`);
    }
  }
  const merge =
    of.type === "fields"
      ? mergeFields(of.fields, hooks as { readonly [name: string]: Merge }, "state")
      : mergeOf(of, "state");
  return merge as FieldMerge<State>;
}

/**
 * The aggregator with its states named `name`, version 1, for `parseState`: `of` is the
 * shape of what the name wraps, the aggregator's own shape by default.
 */
export function named<A extends Aggregator<never, unknown, unknown>>(
  name: string,
  aggregator: A,
  of: StateShape = aggregator.shape as StateShape,
): A {
  return { ...aggregator, shape: { type: "named", name, version: 1, of } };
}

/** Throws a RangeError unless `asOf` is a calendar date. */
export function checkAsOf(asOf: string | undefined): void {
  if (asOf !== undefined && !isCalendarDate(asOf)) {
    throw new RangeError(
      `Invalid asOf ${JSON.stringify(asOf)}: expected a calendar date YYYY-MM-DD (Ngày tính không hợp lệ)`,
    );
  }
}

/** Throws a RangeError unless `period` is a valid period. */
export function checkPeriod(period: Period | undefined): void {
  if (period !== undefined && !isPeriod(period)) {
    throw new RangeError(
      `Invalid period ${JSON.stringify(period)}: build it with parsePeriod or customPeriod, within the years 1900 to 2999 (Kỳ báo cáo không hợp lệ)`,
    );
  }
}

/** A copy of a period for an output, or `null`. */
export function periodOutput(period: Period | undefined): Period | null {
  return period === undefined
    ? null
    : { unit: period.unit, key: period.key, start: period.start, end: period.end };
}
