import { setOwn } from "../aggregate/dict.js";
import { type Rate, UNASSIGNED } from "../aggregate/index.js";
import type { CameraCount } from "../cameras/index.js";
import type { ReportMoney } from "./figure-types.js";

/** A plain object with the own keys of `groups`, in their order, and values mapped. */
export function mapValues<V, W>(groups: object, fn: (value: V) => W): Record<string, W> {
  const out: Record<string, W> = {};
  for (const key of Object.keys(groups))
    setOwn(out, key, fn((groups as Record<string, V>)[key] as V));
  return out;
}

/** A plain copy of a summary's groups (`Groups<K, V>`), keys in their order. */
export const plain = <V>(groups: object): Record<string, V> =>
  mapValues(groups, (value: V) => value);

/** A plain object of distinct keys, in sorted order. */
export function sortedRecord<V>(entries: Iterable<[string, V]>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of [...entries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    setOwn(out, key, value);
  }
  return out;
}

export const distinct = (groups: object) =>
  Object.keys(groups).filter((k) => k !== UNASSIGNED).length;

export const cameraCount = (c: CameraCount): CameraCount => ({
  points: c.points,
  lenses: c.lenses,
});

export const rate = (r: Rate): Rate => ({
  numerator: r.numerator,
  denominator: r.denominator,
  ratio: r.ratio,
});

export const money = (m: { readonly count: number; readonly amount: number }): ReportMoney => ({
  count: m.count,
  amountVnd: m.amount,
});
