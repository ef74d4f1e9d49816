// Internal helpers for the plain objects of finished outputs, keyed by group. Not part of
// the public API (src/aggregate/index.ts does not re-export this module). Keys come from
// data, so a key may be `constructor` or `__proto__`: the helpers below never mistake an
// inherited member of Object.prototype for a group, and set `__proto__` as an own key.

/** A plain object keyed by group. */
export type Dict<V> = Record<string, V>;

/** The own value of `key`, or `undefined` (never an inherited member). */
export function ownValue<V>(dict: Dict<V>, key: string): V | undefined {
  return Object.hasOwn(dict, key) ? dict[key] : undefined;
}

/** Sets an own property, also for the key `__proto__`. */
export function setOwn<V>(dict: Dict<V>, key: string, value: V): void {
  if (key === "__proto__") {
    Object.defineProperty(dict, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else {
    dict[key] = value;
  }
}

const MAX_ARRAY_INDEX = 4_294_967_294;

/** The value of a canonical array-index key (`"0"`, `"15532"`), or -1. */
export function arrayIndexOf(key: string): number {
  const length = key.length;
  if (length === 0 || length > 10) return -1;
  if (key.charCodeAt(0) === 48) return length === 1 ? 0 : -1;
  let value = 0;
  for (let i = 0; i < length; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value <= MAX_ARRAY_INDEX ? value : -1;
}

/**
 * The order of keys in every finished output: array-index keys (`"38"`, `"15532"`)
 * numerically, then the other keys by UTF-16 code units. It is the order in which
 * JavaScript enumerates the keys of an object built in that order, so the JSON of an
 * output lists its keys in this order.
 */
export function compareKeys(a: string, b: string): number {
  const ia = arrayIndexOf(a);
  const ib = arrayIndexOf(b);
  if (ia >= 0) return ib >= 0 ? ia - ib : -1;
  if (ib >= 0) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The own keys of a dictionary, sorted with {@link compareKeys}. */
export function sortedKeys(dict: object): string[] {
  return Object.keys(dict).sort(compareKeys);
}
