import type { StateShape } from "./state.js";

/**
 * A mergeable aggregation: how to start, add one record, merge two partial results and
 * finish into the figures a report shows.
 *
 * @description States are plain JSON values (objects, arrays, numbers, strings), so a
 * partial result computed in a worker, a shard or on another machine can be sent as
 * JSON and merged. For speed, `add` and `merge` may update the state passed as their
 * first argument and return it: pass them states you own, and do not use a state again
 * after giving it to `merge` as its first argument. They never change the records.
 *
 * The laws every aggregator of the library keeps (and property tests check):
 * - `merge(add*(init(), xs), add*(init(), ys))` finishes like `add*(init(), xs ++ ys)`;
 * - the order of records does not matter;
 * - `finish` is deterministic and its JSON is byte-identical for the same input.
 *
 * @typeParam In - the record type
 * @typeParam State - the partial result, a JSON value
 * @typeParam Out - the finished figures
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, type Aggregator } from "antt";
 * const total: Aggregator<number, number, number> = {
 *   init: () => 0,
 *   add: (state, item) => state + item,
 *   merge: (a, b) => a + b,
 *   finish: (state) => state,
 * };
 * aggregate(total, [1, 2, 3]); // 6
 * ```
 */
export interface Aggregator<In, State, Out> {
  /** A new, empty state. */
  init(): State;
  /** Adds one record; may update `state` in place and return it. */
  add(state: State, item: In): State;
  /** Merges two partial states; may update `a` in place and return it. */
  merge(a: State, b: State): State;
  /** Turns a state into the finished figures, without changing the state. */
  finish(state: State): Out;
  /**
   * What the states look like, so that a state read from outside can be checked with
   * `parseState` before it is merged. Every aggregator of the library has one; an app's own
   * aggregator needs one only to cross a boundary.
   */
  readonly shape?: StateShape;
}
