// Generated incident-like records for the engine benchmarks (engine.bench.ts,
// engine-ratios.ts, engine-memory.ts): 3,000 communes, 24 months (2023-2024), the 16
// incident categories of the library, instants written half in UTC (`Z`) and half in
// Vietnam time (`+07:00`), as records from several apps are. Deterministic
// (seeded), so every run reads the same data. Also the contenders: the engine's
// aggregators and the hand-written loops they are compared with.
import { random, utcInstant, vietnamInstant } from "../../examples/data/province.js";
import {
  byPeriod,
  byUnit,
  count,
  countBy,
  groupBy,
  INCIDENT_CATEGORY_LABELS,
  periodKeyOf,
} from "../../src/index.js";

/** An incident-like record, as the benchmarks aggregate it. */
export interface BenchIncident {
  readonly unitCode: string;
  readonly occurredAt: string;
  readonly category: string;
}

/** 3,000 five-digit commune codes. */
export const COMMUNES: readonly string[] = Array.from({ length: 3000 }, (_, i) =>
  String(10_000 + i * 29),
);

/** The library's 16 incident categories, the first ones more frequent (as in real data). */
export const CATEGORIES: readonly string[] = Object.keys(INCIDENT_CATEGORY_LABELS);

const START = Date.UTC(2022, 11, 31, 17); // 2023-01-01T00:00:00+07:00
const SPAN = Date.UTC(2024, 11, 31, 17) - START; // 24 months

// The generator and the instant writers are the generated province's (examples/data).
export { random, utcInstant, vietnamInstant } from "../../examples/data/province.js";

/**
 * The i-th record of a stream: commune `i mod 3000` (so any 3,000 consecutive records
 * cover every commune), a random instant (even records in UTC, odd ones in Vietnam time)
 * and a skewed random category.
 */
export function incidentAt(i: number, next: () => number): BenchIncident {
  const r = next();
  const at = START + Math.floor(next() * SPAN);
  return {
    unitCode: COMMUNES[i % COMMUNES.length] as string,
    occurredAt: i % 2 === 0 ? utcInstant(at) : vietnamInstant(at),
    category: CATEGORIES[Math.floor(r * r * CATEGORIES.length)] as string,
  };
}

/** `n` records, lazily. */
export function* incidents(n: number, seed = 1): Generator<BenchIncident> {
  const next = random(seed);
  for (let i = 0; i < n; i++) yield incidentAt(i, next);
}

/** `n` records, as an async iterable (one record per step, as a database cursor gives). */
export async function* incidentsAsync(n: number, seed = 1): AsyncGenerator<BenchIncident> {
  const next = random(seed);
  for (let i = 0; i < n; i++) yield incidentAt(i, next);
}

// --- contenders ---------------------------------------------------------------------------

// A local copy of the import: under Vitest's module transform, each use of an imported
// binding is a property read through a getter; the hand-written loops must not pay it.
const periodKey = periodKeyOf;

/** The engine: unit × month (Vietnam time) × category. */
export const unitMonthCategory = groupBy(
  byUnit((r: BenchIncident) => r.unitCode),
  groupBy(
    byPeriod((r) => r.occurredAt, "month"),
    countBy((r) => r.category),
  ),
);

/** The engine: records per commune. */
export const perCommune = groupBy(
  byUnit((r: BenchIncident) => r.unitCode),
  count(),
);

/** The engine: records per commune and category. */
export const perCommuneCategory = groupBy(
  byUnit((r: BenchIncident) => r.unitCode),
  countBy((r) => r.category),
);

/** Counts per unit, month and category, as the hand-written loops build them. */
export type Counts = Record<string, Record<string, Record<string, number>>>;

/** Adds `by` (one record by default) to nested objects unit → month → category → count. */
export function countInto(
  out: Counts,
  unit: string,
  month: string,
  category: string,
  by = 1,
): void {
  let byMonth = out[unit];
  if (byMonth === undefined) {
    byMonth = {};
    out[unit] = byMonth;
  }
  let byCategory = byMonth[month];
  if (byCategory === undefined) {
    byCategory = {};
    byMonth[month] = byCategory;
  }
  byCategory[category] = (byCategory[category] ?? 0) + by;
}

/** What a developer writes by hand: nested objects, the month from periodKeyOf. */
export function loopWithPeriodKeyOf(rs: readonly BenchIncident[]): Counts {
  const out: Counts = {};
  for (const r of rs) countInto(out, r.unitCode, periodKey(r.occurredAt, "month"), r.category);
  return out;
}

/** The same with the Vietnamese month computed by arithmetic (UTC+7, no daylight saving). */
export function loopWithArithmetic(rs: readonly BenchIncident[]): Counts {
  const out: Counts = {};
  for (const r of rs) {
    const vietnam = new Date(Date.parse(r.occurredAt) + 25_200_000);
    const m = vietnam.getUTCMonth() + 1;
    countInto(out, r.unitCode, `${vietnam.getUTCFullYear()}-${m < 10 ? "0" : ""}${m}`, r.category);
  }
  return out;
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const MONTH_KEYS: string[] = [];
/** `YYYY-MM` of a month counted from year 0, made once. */
function monthKey(months: number): string {
  let key = MONTH_KEYS[months];
  if (key === undefined) {
    const m = (months % 12) + 1;
    key = `${Math.floor(months / 12)}-${m < 10 ? "0" : ""}${m}`;
    MONTH_KEYS[months] = key;
  }
  return key;
}

/**
 * The Vietnamese month of an instant written `YYYY-MM-DDTHH:MM:SS` with `Z` or `±HH:MM`,
 * from its digits: Vietnam time is the written time moved by 7 hours less the offset,
 * which changes the month only when it crosses midnight on the first or last day.
 */
export function vietnamMonthFromDigits(s: string): string {
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  let months = y * 12 + digit(s, 5) * 10 + digit(s, 6) - 1;
  const day = digit(s, 8) * 10 + digit(s, 9);
  const minutes = (digit(s, 11) * 10 + digit(s, 12)) * 60 + digit(s, 14) * 10 + digit(s, 15);
  let offset = 0;
  let sign = 19;
  if (s.charCodeAt(19) === 46) while (s.charCodeAt(++sign) < 58 && s.charCodeAt(sign) > 47); // fractions
  if (s.charCodeAt(sign) !== 90) {
    const hm = (digit(s, sign + 1) * 10 + digit(s, sign + 2)) * 60 + digit(s, sign + 4) * 10;
    offset = s.charCodeAt(sign) === 45 ? -(hm + digit(s, sign + 5)) : hm + digit(s, sign + 5);
  }
  const local = minutes + 420 - offset;
  if (local >= 1440) {
    const m = months % 12;
    const leap = m === 1 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    if (day === (DAYS_IN_MONTH[m] as number) + (leap ? 1 : 0)) months += 1;
  } else if (local < 0 && day === 1) {
    months -= 1;
  }
  return monthKey(months);
}

/**
 * Tuned by hand, the limit the engine is held to: the month from the instant's digits for
 * any offset, with the month keys made once ({@link vietnamMonthFromDigits}); a `Map` per
 * unit and month; the counts of a group in a typed array indexed by category (the codes
 * are known in advance); and the same output as the engine, built at the end.
 */
export function loopTuned(rs: readonly BenchIncident[]): Counts {
  const codes = CATEGORY_INDEX;
  const units = new Map<string, Map<string, Uint32Array>>();
  for (const r of rs) {
    let months = units.get(r.unitCode);
    if (months === undefined) {
      months = new Map();
      units.set(r.unitCode, months);
    }
    const month = vietnamMonthFromDigits(r.occurredAt);
    let counts = months.get(month);
    if (counts === undefined) {
      counts = new Uint32Array(CATEGORIES.length);
      months.set(month, counts);
    }
    const c = codes.get(r.category) as number;
    counts[c] = (counts[c] as number) + 1;
  }
  const out: Counts = {};
  for (const [unit, months] of units) {
    const byMonth: Record<string, Record<string, number>> = {};
    for (const [month, counts] of months) {
      const byCategory: Record<string, number> = {};
      for (let c = 0; c < counts.length; c++) {
        if (counts[c] !== 0) byCategory[CATEGORIES[c] as string] = counts[c] as number;
      }
      byMonth[month] = byCategory;
    }
    out[unit] = byMonth;
  }
  return out;
}

const CATEGORY_INDEX = new Map(CATEGORIES.map((code, i) => [code, i]));

/** The counts in sorted key order, to compare results whatever their key order. */
export function canonical(value: unknown): string {
  const sort = (v: unknown): unknown =>
    typeof v === "object" && v !== null
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
        )
      : v;
  return JSON.stringify(sort(value));
}

/** The hand-written loops, by name. */
export const HAND_WRITTEN = {
  "hand-written loop, month by periodKeyOf": loopWithPeriodKeyOf,
  "hand-written loop, month by Date.parse + 7 h": loopWithArithmetic,
  "hand-written loop tuned: the month from the digits, any offset": loopTuned,
} as const;

/** Shards of a record array: `count` windows of `size` consecutive records. */
export function shardStarts(total: number, count: number, size: number): number[] {
  // Consecutive records cycle through the communes, so every window of 3,000 or more
  // records covers all of them; the windows start at scattered places.
  return Array.from({ length: count }, (_, s) => (s * 9_973) % (total - size));
}
