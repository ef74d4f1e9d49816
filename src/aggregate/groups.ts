// Internal: the operations on a grouped state ({@link GroupedState}), the JSON form of
// "one state per key" that groupBy and countBy keep. Not part of the public API.
//
// A grouped state is one flat array alternating keys and states, `[key0, state0, key1,
// state1, ...]`, rather than an object keyed by group:
// - V8 iterates an object whose keys look like array indexes (unit codes such as "15532")
//   by converting every index back to a string: merging 1,000 states of 3,000 communes was
//   about 8 times slower with objects;
// - one array is one allocation: a lookup touches fewer cache lines than an object or a
//   pair of arrays, and a small state (the 8 codes of a code list) takes less memory.
// Lookups in states of more than 16 keys go through a `Map` from key to position,
// kept under a non-enumerable symbol (JSON and structured clone ignore it) and rebuilt on
// first use for a state that came from JSON; smaller states are scanned.

import { arrayIndexOf, setOwn } from "./dict.js";
import type { GroupedState } from "./keys.js";

const INDEX = Symbol("antt.groupIndex");
/**
 * Up to this many keys, scanning is about as fast as a Map and takes no memory: 16 covers
 * the largest code list of the library (the incident categories). At 12, every unit ×
 * month group counting 13 or more categories carried a Map of its own, and 72,000 such
 * groups took 72 MB instead of 34 MB.
 */
const SCAN_MAX = 16;

type Indexed<S> = GroupedState<S> & { [INDEX]?: Map<string, number> };

/** A new, empty grouped state. */
export function newGroups<S>(): GroupedState<S> {
  return [];
}

function buildIndex<S>(state: Indexed<S>): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < state.length; i += 2) index.set(state[i] as string, i);
  Object.defineProperty(state, INDEX, { value: index, writable: true, enumerable: false });
  return index;
}

/** The position of `key` in the state (its state is at the next position), or -1. */
export function findGroup<S>(state: GroupedState<S>, key: string): number {
  const n = state.length;
  if (n <= 2 * SCAN_MAX) {
    for (let i = 0; i < n; i += 2) if (state[i] === key) return i;
    return -1;
  }
  const i = ((state as Indexed<S>)[INDEX] ?? buildIndex(state)).get(key);
  return i === undefined ? -1 : i;
}

/** Appends a group that is not in the state yet. */
export function insertGroup<S>(state: GroupedState<S>, key: string, value: S): void {
  const i = state.length;
  state.push(key, value);
  if (i >= 2 * SCAN_MAX) {
    const index = (state as Indexed<S>)[INDEX];
    if (index) index.set(key, i);
    else buildIndex(state);
  }
}

/**
 * The finished output of a grouped state: a plain object, keys sorted (see `compareKeys`).
 * Array-index keys (unit codes, years) need no sorting, as objects list them in numeric
 * order whatever the order they were set in; the other keys are set in sorted order.
 */
export function finishGroups<S, O>(
  state: GroupedState<S>,
  finish: (value: S) => O,
): Record<string, O> {
  const out: Record<string, O> = {};
  const n = state.length;
  const named: number[] = [];
  for (let i = 0; i < n; i += 2) {
    const key = state[i] as string;
    if (arrayIndexOf(key) >= 0) out[key] = finish(state[i + 1] as S);
    else named.push(i);
  }
  const m = named.length;
  if (m > 16) {
    named.sort((a, b) => ((state[a] as string) < (state[b] as string) ? -1 : 1));
  } else {
    // insertion sort: the usual few codes of a code list
    for (let j = 1; j < m; j++) {
      const at = named[j] as number;
      const key = state[at] as string;
      let k = j - 1;
      while (k >= 0 && (state[named[k] as number] as string) > key) {
        named[k + 1] = named[k] as number;
        k--;
      }
      named[k + 1] = at;
    }
  }
  for (let j = 0; j < m; j++) {
    const i = named[j] as number;
    setOwn(out, state[i] as string, finish(state[i + 1] as S));
  }
  return out;
}
