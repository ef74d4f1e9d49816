// Generated incident-like records for the engine benchmarks (engine.bench.ts,
// engine-ratios.ts, engine-memory.ts): 3,000 communes, 24 months (2023-2024), 8
// categories, instants written in Vietnam time with a +07:00 offset. Deterministic
// (seeded), so every run reads the same data. Also the contenders: the engine's
// aggregators and the hand-written loops they are compared with.
import { byPeriod, byUnit, count, countBy, groupBy, periodKeyOf } from "../../src/index.js";

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

/** The categories, the first ones more frequent (as in real data). */
export const CATEGORIES: readonly string[] = [
  "theft",
  "fraud",
  "assault",
  "drugs",
  "gambling",
  "robbery",
  "vandalism",
  "other",
];

const START = Date.UTC(2022, 11, 31, 17); // 2023-01-01T00:00:00+07:00
const SPAN = Date.UTC(2024, 11, 31, 17) - START; // 24 months
const HOURS7 = 7 * 3_600_000;

/** A small, fast, seeded pseudo-random generator (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Writes an instant in Vietnam time: `2024-03-07T22:15:00+07:00`. */
export function vietnamInstant(ms: number): string {
  return `${new Date(ms + HOURS7).toISOString().slice(0, 19)}+07:00`;
}

/**
 * The i-th record of a stream: commune `i mod 3000` (so any 3,000 consecutive records
 * cover every commune), a random instant and a skewed random category.
 */
export function incidentAt(i: number, next: () => number): BenchIncident {
  const r = next();
  return {
    unitCode: COMMUNES[i % COMMUNES.length] as string,
    occurredAt: vietnamInstant(START + Math.floor(next() * SPAN)),
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

/** Adds one record to nested objects unit → month → category → count. */
function countInto(out: Counts, unit: string, month: string, category: string): void {
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
  byCategory[category] = (byCategory[category] ?? 0) + 1;
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

/**
 * Tuned by hand for this data: an instant written with +07:00 is already in Vietnam time,
 * so its month is its first 7 characters (other offsets go through periodKeyOf). The
 * engine gets the same saving from its memoised period keys, so this loop isolates the
 * cost of the engine's generic grouping.
 */
export function loopTuned(rs: readonly BenchIncident[]): Counts {
  const out: Counts = {};
  for (const r of rs) {
    const at = r.occurredAt;
    const month = at.endsWith("+07:00") ? at.slice(0, 7) : periodKey(at, "month");
    countInto(out, r.unitCode, month, r.category);
  }
  return out;
}

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
  "hand-written loop tuned to +07:00 instants (month = first 7 characters)": loopTuned,
} as const;

/** Shards of a record array: `count` windows of `size` consecutive records. */
export function shardStarts(total: number, count: number, size: number): number[] {
  // Consecutive records cycle through the communes, so every window of 3,000 or more
  // records covers all of them; the windows start at scattered places.
  return Array.from({ length: count }, (_, s) => (s * 9_973) % (total - size));
}
