// Small helpers shared by the test files. Test-only: nothing in src/ imports this.
import { type Aggregator, aggregateState, mergeStates } from "../../src/aggregate/index.js";

/** A value as JSON text, to compare results to the byte. */
export const json = (value: unknown): string => JSON.stringify(value);

/** A JSON round trip, as a state shipped between workers makes it. */
export function viaJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Freezes a value and everything reachable through the keys `keysOf` gives. */
function freezeDeep<T>(value: T, keysOf: (target: object) => PropertyKey[]): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of keysOf(value)) {
      freezeDeep((value as Record<PropertyKey, unknown>)[key], keysOf);
    }
  }
  return value;
}

/** Freezes a value and everything in it, through own enumerable string keys (`Object.keys`). */
export function deepFreeze<T>(value: T): T {
  return freezeDeep(value, Object.keys);
}

/**
 * Freezes a value and everything in it, through every own key (`Reflect.ownKeys`): symbols and
 * non-enumerable properties too.
 */
export function deepFreezeAllKeys<T>(value: T): T {
  return freezeDeep(value, Reflect.ownKeys);
}

/** Splits `items` at the cut points (clamped, deduplicated, sorted) into consecutive parts. */
export function splitAt<T>(items: readonly T[], cuts: readonly number[]): T[][] {
  const points = [...new Set(cuts.map((c) => Math.min(c, items.length)))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let from = 0;
  for (const point of points) {
    parts.push(items.slice(from, point));
    from = point;
  }
  parts.push(items.slice(from));
  return parts;
}

/** The items as an async stream. */
export async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** The sum of the numbers of a finished grouping (a missing value makes it NaN). */
export function total(groups: object): number {
  return Object.values(groups).reduce<number>((n, v) => n + (v as number), 0);
}

/** The sum of the numbers of a grouping, counting a missing (`undefined`) value as 0. */
export function totalSkippingMissing(groups: Record<string, number | undefined>): number {
  return Object.values(groups).reduce<number>((acc, n) => acc + (n ?? 0), 0);
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");

/** Writes an instant with an offset in minutes east of UTC (`Z` for 0). */
export function writeInstant(ms: number, offsetMinutes: number, millis = false): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, millis ? 23 : 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const abs = Math.abs(offsetMinutes);
  return `${local}${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * Aggregates each part apart, sends each state through JSON, merges the states (deep-frozen,
 * every key, so a merge that changed one would throw) and finishes.
 */
export function mergedViaJson<In, State, Out>(
  aggregator: Aggregator<In, State, Out>,
  parts: readonly (readonly In[])[],
): Out {
  const states = parts.map((part) => viaJson(aggregateState(aggregator, part)));
  return aggregator.finish(mergeStates(aggregator, deepFreezeAllKeys(states)));
}
