import type { Aggregator } from "./aggregator.js";
import type { StateShape } from "./state.js";

/**
 * The fields of a {@link struct}: aggregators of records of type `T`, by name.
 *
 * @typeParam T - the record type (inferred from where the struct is used, such as the
 *   record type of an enclosing {@link groupBy})
 * @category Aggregations
 * @example
 * ```ts
 * import { count, sum, type StructFields } from "antt";
 * const fields: StructFields<{ people: number }> = {
 *   total: count(),
 *   people: sum((r) => r.people),
 * };
 * ```
 */
export type StructFields<T> = { readonly [name: string]: Aggregator<T, unknown, unknown> };

/**
 * The record type an aggregator reads.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { count, type InputOf } from "antt";
 * type In = InputOf<ReturnType<typeof count>>; // unknown
 * ```
 */
export type InputOf<A> = A extends Aggregator<infer In, infer _S, infer _O> ? In : never;

/**
 * The state type of an aggregator.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { count, type StateOf } from "antt";
 * type S = StateOf<ReturnType<typeof count>>; // number
 * ```
 */
export type StateOf<A> = A extends Aggregator<infer _In, infer S, infer _O> ? S : never;

/**
 * The output type of an aggregator.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { rate, type OutputOf } from "antt";
 * type O = OutputOf<ReturnType<typeof rate>>; // Rate
 * ```
 */
export type OutputOf<A> = A extends Aggregator<infer _In, infer _S, infer O> ? O : never;

/**
 * The record type of a {@link struct}: a record every field can read (the intersection of
 * their record types).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { count, sum, type StructInput } from "antt";
 * type In = StructInput<{ n: ReturnType<typeof count>; people: ReturnType<typeof sum<{ people: number }>> }>;
 * // { people: number }
 * ```
 */
export type StructInput<F extends StructFields<never>> = {
  [K in keyof F]: (item: InputOf<F[K]>) => void;
}[keyof F] extends (item: infer I) => void
  ? I
  : never;

/**
 * The state of a {@link struct}: the state of each field under its name.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { count, type StructState } from "antt";
 * const state: StructState<{ total: ReturnType<typeof count> }> = { total: 3 };
 * ```
 */
export type StructState<F extends StructFields<never>> = {
  [K in keyof F]: StateOf<F[K]>;
};

/**
 * The output of a {@link struct}: the output of each field under its name.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { count, type StructOutput } from "antt";
 * const out: StructOutput<{ total: ReturnType<typeof count> }> = { total: 3 };
 * ```
 */
export type StructOutput<F extends StructFields<never>> = {
  readonly [K in keyof F]: OutputOf<F[K]>;
};

/**
 * Runs several aggregators side by side in one pass, under names: the usual shape of a
 * summary (`{ total, byCategory, clearance }`).
 *
 * @description Each record is read once and handed to every field. The record type is
 * what all fields read; inside a {@link groupBy} whose key function is annotated, the
 * fields' key functions infer it (`groupBy(byUnit((r: Incident) => r.unitCode),
 * struct({ total: count(), byCategory: countBy((r) => r.category) }))`).
 *
 * @param fields - the aggregators, by name
 * @returns an aggregator whose output has the output of each field under its name
 * @throws TypeError when a field is named `__proto__`
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, count, countBy, rate, struct } from "antt";
 * type Incident = { category: string; clarified: boolean };
 * const summary = struct({
 *   total: count(),
 *   byCategory: countBy((r: Incident) => r.category),
 *   clearance: rate((r: Incident) => r.clarified),
 * });
 * aggregate(summary, [{ category: "theft", clarified: true }]);
 * // { total: 1, byCategory: { theft: 1 }, clearance: { numerator: 1, denominator: 1, ratio: 1 } }
 * ```
 */
export function struct<T, F extends StructFields<T>>(
  fields: F,
): Aggregator<T & StructInput<F>, StructState<F>, StructOutput<F>> {
  const names = Object.keys(fields);
  if (names.includes("__proto__")) {
    throw new TypeError("A struct field cannot be named __proto__ (Tên trường không hợp lệ)");
  }
  type Field = Aggregator<unknown, unknown, unknown>;
  type State = Record<string, unknown>;
  const aggregators = names.map((name) => fields[name] as unknown as Field);
  const n = names.length;
  const shapes = aggregators.map((aggregator) => aggregator.shape);
  const shape: StateShape | undefined = shapes.every((s) => s !== undefined)
    ? {
        type: "fields",
        fields: Object.fromEntries(names.map((name, i) => [name, shapes[i] as StateShape])),
      }
    : undefined;
  return {
    ...(shape && { shape }),
    init() {
      const state: State = {};
      for (let i = 0; i < n; i++) state[names[i] as string] = (aggregators[i] as Field).init();
      return state as StructState<F>;
    },
    add(state, item) {
      const s = state as State;
      for (let i = 0; i < n; i++) {
        const name = names[i] as string;
        s[name] = (aggregators[i] as Field).add(s[name], item);
      }
      return state;
    },
    merge(a, b) {
      const sa = a as State;
      const sb = b as State;
      for (let i = 0; i < n; i++) {
        const name = names[i] as string;
        sa[name] = (aggregators[i] as Field).merge(sa[name], sb[name]);
      }
      return a;
    },
    finish(state) {
      const s = state as State;
      const out: State = {};
      for (let i = 0; i < n; i++) {
        const name = names[i] as string;
        out[name] = (aggregators[i] as Field).finish(s[name]);
      }
      return out as StructOutput<F>;
    },
  };
}

/**
 * Runs an aggregator on the records that pass a test only (the incidents that are
 * criminal offences, the cameras connected to the duty room).
 *
 * @param predicate - whether a record is aggregated
 * @param aggregator - the aggregator run on the records that pass
 * @returns an aggregator over all records
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, count, filtered } from "antt";
 * const connected = filtered((c: { connected: boolean }) => c.connected, count());
 * aggregate(connected, [{ connected: true }, { connected: false }]); // 1
 * ```
 */
export function filtered<T, S, O>(
  predicate: (item: T) => boolean,
  aggregator: Aggregator<T, S, O>,
): Aggregator<T, S, O> {
  return {
    ...(aggregator.shape && { shape: aggregator.shape }),
    init: () => aggregator.init(),
    add: (state, item) => (predicate(item) ? aggregator.add(state, item) : state),
    merge: (a, b) => aggregator.merge(a, b),
    finish: (state) => aggregator.finish(state),
  };
}

/**
 * Runs an aggregator on a value derived from each record (a nested list's length, a
 * field, a normalised code).
 *
 * @param fn - derives the value the aggregator reads
 * @param aggregator - the aggregator run on the derived values
 * @returns an aggregator over the records
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, mapped, sum } from "antt";
 * const members = mapped((t: { members: string[] }) => t.members.length, sum((n: number) => n));
 * aggregate(members, [{ members: ["a", "b"] }, { members: ["c"] }]); // 3
 * ```
 */
export function mapped<T, U, S, O>(
  fn: (item: T) => U,
  aggregator: Aggregator<U, S, O>,
): Aggregator<T, S, O> {
  return {
    ...(aggregator.shape && { shape: aggregator.shape }),
    init: () => aggregator.init(),
    add: (state, item) => aggregator.add(state, fn(item)),
    merge: (a, b) => aggregator.merge(a, b),
    finish: (state) => aggregator.finish(state),
  };
}

/**
 * Transforms the finished output of an aggregator (the state is unchanged, so results
 * still merge): turns a {@link struct} of counts into a domain summary's shape.
 *
 * @param aggregator - the aggregator
 * @param fn - turns its output into the wanted output
 * @returns an aggregator with the same state and the transformed output
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, count, filtered, mapOutput, struct } from "antt";
 * type Camera = { connected: boolean };
 * const summary = mapOutput(
 *   struct({ total: count(), connected: filtered((c: Camera) => c.connected, count()) }),
 *   (o) => ({ ...o, notConnected: o.total - o.connected }),
 * );
 * aggregate(summary, [{ connected: true }, { connected: false }]);
 * // { total: 2, connected: 1, notConnected: 1 }
 * ```
 */
export function mapOutput<In, S, O, P>(
  aggregator: Aggregator<In, S, O>,
  fn: (output: O) => P,
): Aggregator<In, S, P> {
  return {
    ...(aggregator.shape && { shape: aggregator.shape }),
    init: () => aggregator.init(),
    add: (state, item) => aggregator.add(state, item),
    merge: (a, b) => aggregator.merge(a, b),
    finish: (state) => fn(aggregator.finish(state)),
  };
}
