import type { Aggregator } from "./aggregator.js";
import { compareKeys } from "./dict.js";
import type { GroupedAggregator } from "./group.js";
import { findGroup, finishGroups, insertGroup, newGroups } from "./groups.js";
import { type GroupedState, UNASSIGNED } from "./keys.js";
import type { RollupTarget } from "./rollup-target.js";

/**
 * A group whose key maps to several candidate units (a commune split between new
 * communes in the 2025 reorganisation): kept apart, with its candidates, never guessed.
 *
 * @typeParam T - the group's state (in a rolled-up state) or output (once finished)
 * @category Aggregations
 * @example
 * ```ts
 * import type { AmbiguousGroup } from "antt";
 * const split: AmbiguousGroup<number> = { candidates: ["10105", "10108"], value: 12 };
 * ```
 */
export interface AmbiguousGroup<T> {
  /** The units the key may belong to, sorted. */
  readonly candidates: readonly string[];
  /** The group's state or output. */
  readonly value: T;
}

/**
 * Grouped states lifted to higher (or newer) units by {@link rollup}: every input group is
 * in exactly one of the four buckets, so nothing is lost and totals reconcile
 * ({@link rollupTotal}). Plain JSON: ship it, or roll it up again with
 * `rollup(aggregator, rolled.units, ...)`; {@link finishRollup} gives the figures.
 *
 * @typeParam S - the state of one group
 * @category Aggregations
 * @example
 * ```ts
 * import type { RollupState } from "antt";
 * const perProvince: RollupState<number> = {
 *   units: ["38", 120],
 *   unassigned: 3,
 *   ambiguous: ["15533", { candidates: ["15531", "15532"], value: 4 }],
 *   unknown: ["99999", 1],
 * };
 * ```
 */
export interface RollupState<S> {
  /** The merged groups of each target unit, by unit code. */
  readonly units: GroupedState<S>;
  /** The records that had no unit (the input's `unassigned` group); empty when none. */
  readonly unassigned: S;
  /** Groups whose key maps to several units, by their original key. */
  readonly ambiguous: GroupedState<AmbiguousGroup<S>>;
  /** Groups whose key the index does not know, by their original key. */
  readonly unknown: GroupedState<S>;
}

/**
 * The finished figures of a rollup ({@link finishRollup}): per target unit, plus the
 * unassigned, ambiguous and unknown groups, keys sorted.
 *
 * @typeParam O - the output of one group
 * @category Aggregations
 * @example
 * ```ts
 * import type { Rollup } from "antt";
 * const perProvince: Rollup<number> = {
 *   units: { "38": 120 },
 *   unassigned: 3,
 *   ambiguous: { "15533": { candidates: ["15531", "15532"], value: 4 } },
 *   unknown: { "99999": 1 },
 * };
 * ```
 */
export interface Rollup<O> {
  /** The figures of each target unit, by unit code. */
  readonly units: Readonly<Record<string, O>>;
  /** The figures of the records that had no unit. */
  readonly unassigned: O;
  /** The figures of each group whose key maps to several units, by its original key. */
  readonly ambiguous: Readonly<Record<string, AmbiguousGroup<O>>>;
  /** The figures of each group whose key the index does not know, by its original key. */
  readonly unknown: Readonly<Record<string, O>>;
}

function copyOf<In, S, O>(inner: Aggregator<In, S, O>, state: S): S {
  return inner.merge(inner.init(), state);
}

/**
 * Lifts grouped partial states (per commune) to higher units (district, province) or to
 * the units of another era, through a key mapper such as the admin domain's.
 *
 * @description For each group of `state`: when `mapKey(key)` is one unit, the group's
 * state is merged into that unit's; when it is `ambiguous`, the group is kept apart with
 * its candidates; when it is `unknown`, it is kept apart under its key. The
 * {@link UNASSIGNED} group stays unassigned (`mapKey` is not called for it). The input is
 * not modified and the result shares nothing with it. To check that nothing was lost,
 * compare {@link rollupTotal} with {@link mergeGroups} of `state`.
 *
 * @param aggregator - the grouping that made `state` (its `inner` merges groups)
 * @param state - the grouped state, one group per unit code
 * @param mapKey - where each key goes, as a {@link RollupTarget}
 * @returns the rolled-up states, in four buckets
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, byUnit, count, finishRollup, groupBy, rollup, type RollupTarget } from "antt";
 * const perCommune = groupBy(byUnit((r: { unitCode?: string }) => r.unitCode), count());
 * const state = aggregateState(perCommune, [
 *   { unitCode: "15532" }, { unitCode: "15535" }, { unitCode: "99999" }, {},
 * ]);
 * const toProvince = (code: string): RollupTarget =>
 *   code.startsWith("155") ? { kind: "unit", code: "38" } : { kind: "unknown" };
 * finishRollup(perCommune, rollup(perCommune, state, toProvince));
 * // { units: { "38": 2 }, unassigned: 1, ambiguous: {}, unknown: { "99999": 1 } }
 * ```
 */
export function rollup<In, K extends string, S, O>(
  aggregator: GroupedAggregator<In, K, S, O>,
  state: GroupedState<S>,
  mapKey: (key: string) => RollupTarget,
): RollupState<S> {
  const inner = aggregator.inner;
  const units = newGroups<S>();
  let unassigned = inner.init();
  const ambiguous = newGroups<AmbiguousGroup<S>>();
  const unknown = newGroups<S>();
  for (let j = 0; j < state.length; j += 2) {
    const key = state[j] as string;
    const group = state[j + 1] as S;
    if (key === UNASSIGNED) {
      unassigned = inner.merge(unassigned, group);
      continue;
    }
    const target = mapKey(key);
    switch (target.kind) {
      case "unit": {
        const i = findGroup(units, target.code);
        if (i < 0) insertGroup(units, target.code, copyOf(inner, group));
        else units[i + 1] = inner.merge(units[i + 1] as S, group);
        break;
      }
      case "ambiguous": {
        const candidates = [...new Set(target.candidates)].sort(compareKeys);
        insertGroup(ambiguous, key, { candidates, value: copyOf(inner, group) });
        break;
      }
      case "unknown":
        insertGroup(unknown, key, copyOf(inner, group));
        break;
    }
  }
  return { units, unassigned, ambiguous, unknown };
}

/**
 * Finishes a rolled-up state: every bucket's states become figures, keys sorted.
 *
 * @param aggregator - the grouping given to {@link rollup}
 * @param rolled - the result of {@link rollup}
 * @returns the same buckets, with finished figures
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, byUnit, count, finishRollup, groupBy, rollup } from "antt";
 * const perCommune = groupBy(byUnit((r: { unitCode: string }) => r.unitCode), count());
 * const state = aggregateState(perCommune, [{ unitCode: "15532" }, { unitCode: "15532" }]);
 * const rolled = rollup(perCommune, state, () => ({ kind: "unit", code: "38" }));
 * finishRollup(perCommune, rolled).units; // { "38": 2 }
 * ```
 */
export function finishRollup<In, K extends string, S, O>(
  aggregator: GroupedAggregator<In, K, S, O>,
  rolled: RollupState<S>,
): Rollup<O> {
  const inner = aggregator.inner;
  const finish = (state: S) => inner.finish(state);
  return {
    units: finishGroups(rolled.units, finish),
    unassigned: inner.finish(rolled.unassigned),
    ambiguous: finishGroups(rolled.ambiguous, (group) => ({
      candidates: [...group.candidates],
      value: inner.finish(group.value),
    })),
    unknown: finishGroups(rolled.unknown, finish),
  };
}

/**
 * Merges every bucket of a rolled-up state into one state: it equals the merge of all the
 * groups that went in ({@link mergeGroups}), which is how a test or an app checks that a
 * rollup lost and doubled nothing (total in = total out).
 *
 * @param aggregator - the grouping given to {@link rollup}
 * @param rolled - the result of {@link rollup}
 * @returns the merged state of all buckets (the rolled-up state is not modified)
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, byUnit, count, groupBy, mergeGroups, rollup, rollupTotal } from "antt";
 * const perCommune = groupBy(byUnit((r: { unitCode?: string }) => r.unitCode), count());
 * const records = [{ unitCode: "15532" }, { unitCode: "15532" }, { unitCode: "99999" }, {}];
 * const state = aggregateState(perCommune, records);
 * const rolled = rollup(perCommune, state, (k) =>
 *   k === "15532" ? { kind: "unit", code: "38" } : { kind: "unknown" },
 * );
 * rollupTotal(perCommune, rolled) === mergeGroups(perCommune, state); // true: 4 and 4
 * ```
 */
export function rollupTotal<In, K extends string, S, O>(
  aggregator: GroupedAggregator<In, K, S, O>,
  rolled: RollupState<S>,
): S {
  const inner = aggregator.inner;
  let total = copyOf(inner, rolled.unassigned);
  const { units, ambiguous, unknown } = rolled;
  for (let i = 1; i < units.length; i += 2) total = inner.merge(total, units[i] as S);
  for (let i = 1; i < ambiguous.length; i += 2) {
    total = inner.merge(total, (ambiguous[i] as AmbiguousGroup<S>).value);
  }
  for (let i = 1; i < unknown.length; i += 2) total = inner.merge(total, unknown[i] as S);
  return total;
}
