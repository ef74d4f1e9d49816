// Internal: a memoised front of `periodKeyOf` for the hot path of `byPeriod`.
//
// Parsing an instant (`Date.parse`) costs far more than everything else an aggregation
// does per record. Yet the Vietnamese date of an instant written `YYYY-MM-DDTHH:MM:SS`
// (optionally `.sss`) with offset `Z` or `±HH:MM` is its written date moved by -1, 0 or
// +1 day, and which of the three is decided by the written hour, minute and offset alone
// (Vietnam keeps UTC+7 all year). So the period key of such an instant is a function of
// (written date, day shift): the first instant of each pair goes through `periodKeyOf`
// (which validates it and buckets it in Vietnam time), and the others reuse its key.
// Anything of another shape (a `Date`, lower-case `t`, a comma, hour 24, ...) simply goes
// through `periodKeyOf`. The bucketing itself is never re-implemented here, and a property
// test checks that this front and `periodKeyOf` agree, errors included.

import type { DateInput } from "../core/calendar.js";
import { type PeriodUnit, periodKeyOf } from "../core/period.js";

const ZERO = 48;
const MAX_ENTRIES = 16_384;

function digit(s: string, i: number): number {
  const d = s.charCodeAt(i) - ZERO;
  return d >= 0 && d <= 9 ? d : -100_000;
}

function two(s: string, i: number): number {
  return digit(s, i) * 10 + digit(s, i + 1);
}

/**
 * The cache slot of a date or instant string, or -1 when it has another shape. The slot
 * packs the written year, month, day and a code: 0, 1, 2 for an instant whose Vietnamese
 * date is the written date moved by -1, 0, +1 day; 3 for a calendar date `YYYY-MM-DD`.
 */
export function cacheSlot(s: string): number {
  const length = s.length;
  if (length !== 10 && length !== 20 && length !== 24 && length !== 25 && length !== 29) return -1;
  if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return -1; // "-"
  const year = two(s, 0) * 100 + two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31) return -1;
  const date = ((year * 16 + month) * 32 + day) * 4;
  if (length === 10) return date + 3;
  // "THH:MM:SS"
  if (s.charCodeAt(10) !== 84 || s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58) return -1;
  const hour = two(s, 11);
  const minute = two(s, 14);
  const second = two(s, 17);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return -1;
  let at = 19;
  if (length === 24 || length === 29) {
    // ".sss"
    if (s.charCodeAt(19) !== 46 || digit(s, 20) < 0 || digit(s, 21) < 0 || digit(s, 22) < 0) {
      return -1;
    }
    at = 23;
  }
  let offset: number; // minutes east of UTC
  const sign = s.charCodeAt(at);
  if (sign === 90) {
    // "Z"
    if (at + 1 !== length) return -1;
    offset = 0;
  } else {
    // "+HH:MM" or "-HH:MM"
    if ((sign !== 43 && sign !== 45) || at + 6 !== length || s.charCodeAt(at + 3) !== 58) return -1;
    const oh = two(s, at + 1);
    const om = two(s, at + 4);
    if (oh < 0 || oh > 23 || om < 0 || om > 59) return -1;
    offset = sign === 43 ? oh * 60 + om : -(oh * 60 + om);
  }
  // Minutes since the written midnight, seen in Vietnam (UTC+7 = 420 minutes).
  const minutes = hour * 60 + minute + 420 - offset;
  return date + (minutes < 0 ? 0 : minutes >= 1440 ? 2 : 1);
}

/**
 * A function equal to `(input) => periodKeyOf(input, unit)`, errors included, that
 * remembers the key of each (written date, day shift) it has seen.
 */
export function periodKeyFn(unit: PeriodUnit): (input: DateInput) => string {
  const cache = new Map<number, string>();
  return (input) => {
    if (typeof input !== "string") return periodKeyOf(input, unit);
    const slot = cacheSlot(input);
    if (slot < 0) return periodKeyOf(input, unit);
    let key = cache.get(slot);
    if (key === undefined) {
      key = periodKeyOf(input, unit);
      // Bounded: 16,384 slots are 13 years of days in three shifts.
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(slot, key);
    }
    return key;
  };
}
