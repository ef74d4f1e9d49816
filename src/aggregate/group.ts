import type { DateInput } from "../core/calendar.js";
import { PERIOD_UNITS, type PeriodUnit } from "../core/period.js";
import type { Aggregator } from "./aggregator.js";
import { findGroup, finishGroups, insertGroup, newGroups } from "./groups.js";
import {
  byPeriod,
  byUnit,
  type GroupedState,
  type Groups,
  type KeyFn,
  UNASSIGNED,
} from "./keys.js";

// Hot paths call module-local copies of imported functions: Vitest's module transform
// (which runs the tests and benchmarks) turns each use of an imported binding into a
// property read through a getter, which costs a call per record.
const find = findGroup;
const insert = insertGroup;
const MISSING = UNASSIGNED;

/**
 * An aggregator made by {@link groupBy}: it runs `inner` once per group, and keeps it so
 * that {@link rollup} can merge groups.
 *
 * @typeParam In - the record type
 * @typeParam K - the group keys
 * @typeParam S - the state of one group
 * @typeParam O - the output of one group
 * @category Aggregations
 * @example
 * ```ts
 * import { byUnit, count, groupBy, type GroupedAggregator } from "antt";
 * type Camera = { unitCode: string };
 * const perUnit: GroupedAggregator<Camera, string, number, number> = groupBy(
 *   byUnit((c: Camera) => c.unitCode),
 *   count(),
 * );
 * perUnit.inner.finish(7); // 7
 * ```
 */
export interface GroupedAggregator<In, K extends string, S, O>
  extends Aggregator<In, GroupedState<S>, Groups<K, O>> {
  /** The aggregator run in each group. */
  readonly inner: Aggregator<In, S, O>;
}

/**
 * Groups records by a key and runs an aggregator in each group, in the same single pass;
 * groups nest (unit × month × category) by using a grouping as the inner aggregator.
 *
 * @description Every record lands in exactly one group: a missing key (`null`,
 * `undefined`, `""`) lands in {@link UNASSIGNED}. The output lists groups in sorted key
 * order (see {@link Groups}), so its JSON does not depend on the order of the records.
 * The state ({@link GroupedState}) is a flat JSON array of keys and inner states; it
 * grows with the number of groups, not records. Use the key helpers {@link byUnit}, {@link byPeriod}, {@link byPeriodRange} and
 * {@link byCode}, or any function of the record.
 *
 * @param keyFn - gives the group key of a record
 * @param inner - the aggregator run in each group
 * @returns an aggregator whose output maps each key to the inner output
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byPeriod, byUnit, countBy, groupBy } from "antt";
 * type Incident = { unitCode: string; occurredAt: string; category: string };
 * // Annotate the outermost key function: the inner ones infer the record type from it.
 * const unitMonthCategory = groupBy(
 *   byUnit((r: Incident) => r.unitCode),
 *   groupBy(byPeriod((r) => r.occurredAt, "month"), countBy((r) => r.category)),
 * );
 * aggregate(unitMonthCategory, [
 *   { unitCode: "15532", occurredAt: "2024-03-07T22:15:00+07:00", category: "theft" },
 *   { unitCode: "15532", occurredAt: "2024-03-31T23:30:00Z", category: "theft" },
 * ]);
 * // { "15532": { "2024-03": { theft: 1 }, "2024-04": { theft: 1 } } }
 * ```
 */
export function groupBy<In, K extends string, S, O>(
  keyFn: KeyFn<In, K>,
  inner: Aggregator<In, S, O>,
): GroupedAggregator<In, K, S, O> {
  return {
    inner,
    ...(inner.shape && { shape: { type: "groups", of: inner.shape } as const }),
    init: () => newGroups<S>(),
    add(state, item) {
      const raw = keyFn(item);
      const key = raw == null || raw === "" ? MISSING : raw;
      const i = find(state, key);
      if (i < 0) {
        insert(state, key, inner.add(inner.init(), item));
      } else {
        const sub = state[i + 1] as S;
        const next = inner.add(sub, item);
        if (next !== sub) state[i + 1] = next;
      }
      return state;
    },
    merge(a, b) {
      const n = b.length;
      for (let j = 0; j < n; j += 2) {
        const key = b[j] as string;
        const theirs = b[j + 1] as S;
        const i = find(a, key);
        if (i < 0) {
          // Merge into a fresh state rather than keep b's: `b` must stay untouched.
          insert(a, key, inner.merge(inner.init(), theirs));
        } else {
          const ours = a[i + 1] as S;
          const next = inner.merge(ours, theirs);
          if (next !== ours) a[i + 1] = next;
        }
      }
      return a;
    },
    finish: (state) => finishGroups(state, (sub) => inner.finish(sub)) as Groups<K, O>,
  };
}

/**
 * Merges every group of a grouped state into one state: the figures of all the records,
 * whatever their group (the province total from per-commune states).
 *
 * @param aggregator - the grouping that made `state`
 * @param state - the grouped state
 * @returns the merged state of all groups (`state` is not modified)
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, byUnit, countBy, groupBy, mergeGroups } from "antt";
 * type Incident = { unitCode: string; category: string };
 * const perCommune = groupBy(byUnit((r: Incident) => r.unitCode), countBy((r) => r.category));
 * const state = aggregateState(perCommune, [
 *   { unitCode: "15532", category: "theft" },
 *   { unitCode: "15535", category: "theft" },
 * ]);
 * perCommune.inner.finish(mergeGroups(perCommune, state)); // { theft: 2 }
 * ```
 */
export function mergeGroups<In, K extends string, S, O>(
  aggregator: GroupedAggregator<In, K, S, O>,
  state: GroupedState<S>,
): S {
  const inner = aggregator.inner;
  let total = inner.init();
  for (let i = 1; i < state.length; i += 2) total = inner.merge(total, state[i] as S);
  return total;
}

/**
 * Where {@link byUnitAndPeriod} finds a record's unit and date, and the calendar unit of
 * its time groups.
 *
 * @typeParam In - the record type
 * @category Aggregations
 * @example
 * ```ts
 * import type { UnitPeriodGrouping } from "antt";
 * type Extraction = { unitCode: string; requestedAt: string };
 * const grouping: UnitPeriodGrouping<Extraction> = {
 *   unitOf: (e) => e.unitCode,
 *   dateOf: (e) => e.requestedAt,
 *   periodUnit: "quarter",
 * };
 * ```
 */
export interface UnitPeriodGrouping<In> {
  /** The record's unit code, as written (roll it up with `rollup`). */
  readonly unitOf: KeyFn<In>;
  /** The record's date or instant, bucketed in Vietnam time. */
  readonly dateOf: (record: In) => DateInput | null | undefined;
  /** The calendar unit of the time groups; `month` by default. */
  readonly periodUnit?: PeriodUnit | undefined;
}

/**
 * Any summary per unit and per month (or another calendar unit): the unit × period table
 * that provincial reports are built from, for every kind of record.
 *
 * @description It is {@link groupBy} composed twice, with {@link byUnit} outside and
 * {@link byPeriod} inside: unit code → period key (`2024-03`) → the inner output. A
 * record whose unit or date is missing lands in {@link UNASSIGNED} at that level, so
 * every record is counted. The state grows with the number of (unit, period) groups, not
 * records.
 *
 * @param inner - the aggregator run in each (unit, period) group, such as a summary
 * @param grouping - where the unit and the date of a record are, and the period unit
 * @returns a grouped aggregator: unit code → period key → the inner output
 * @throws RangeError when `periodUnit` is not a calendar unit
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byUnitAndPeriod, count } from "antt";
 * type Extraction = { unitCode: string; requestedAt: string };
 * const perUnitAndQuarter = byUnitAndPeriod(count(), {
 *   unitOf: (e: Extraction) => e.unitCode,
 *   dateOf: (e: Extraction) => e.requestedAt,
 *   periodUnit: "quarter",
 * });
 * aggregate(perUnitAndQuarter, [
 *   { unitCode: "15532", requestedAt: "2024-03-31T18:00:00Z" },
 *   { unitCode: "15532", requestedAt: "2024-02-01T09:00:00+07:00" },
 * ]);
 * // { "15532": { "2024-Q1": 1, "2024-Q2": 1 } } (1:00 on 1 April in Vietnam is Q2)
 * ```
 */
export function byUnitAndPeriod<In, S, O>(
  inner: Aggregator<In, S, O>,
  grouping: UnitPeriodGrouping<In>,
): GroupedAggregator<In, string, GroupedState<S>, Groups<string, O>> {
  const unit = grouping.periodUnit ?? "month";
  if (!PERIOD_UNITS.includes(unit)) {
    throw new RangeError(
      `Invalid periodUnit ${JSON.stringify(unit)}: expected ${PERIOD_UNITS.join(", ")} (Đơn vị thời gian không hợp lệ)`,
    );
  }
  return groupBy(byUnit(grouping.unitOf), groupBy(byPeriod(grouping.dateOf, unit), inner));
}
