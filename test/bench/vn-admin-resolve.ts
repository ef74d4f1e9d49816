// Resolving the unit codes of many records, each with the day its code was written for,
// into today's units: `index.resolver()` (memoised per version of each code) over 1,000,000
// (code, day) pairs of every era since 2017, against a hand-written baseline in the same
// rounds: one Map lookup per record from the code to a today's code worked out beforehand,
// which ignores the day (and so is wrong for the 20 reused codes), the least any app could
// do per record.
//
//   node --import tsx test/bench/vn-admin-resolve.ts [rounds] [records]
//
// Exits with status 1 when the resolver does fewer than 1,000,000 records a second.
import type { AdminUnit } from "../../src/admin/index.js";
import { vietnamAdminIndex } from "../../src/vn-admin/index.js";
import { random as seeded } from "./engine-data.js";

const ROUNDS = Number(process.argv[2] ?? 5);
const RECORDS = Number(process.argv[3] ?? 1_000_000);
const GOAL_PER_SECOND = 1_000_000;
const TODAY = "2026-01-01";

const index = vietnamAdminIndex();
const versions = index.allUnits();
const random = seeded(21);
const DAY = 86_400_000;
const codes: string[] = new Array(RECORDS);
const days: string[] = new Array(RECORDS);
for (let i = 0; i < RECORDS; i++) {
  const unit = versions[Math.floor(random() * versions.length)] as AdminUnit;
  const from = Date.parse(`${unit.validFrom ?? "2017-10-15"}T00:00:00Z`);
  const to = Date.parse(`${unit.validTo ?? "2026-12-31"}T00:00:00Z`);
  codes[i] = unit.code;
  days[i] = new Date(from + Math.floor(random() * ((to - from) / DAY + 1)) * DAY)
    .toISOString()
    .slice(0, 10);
}

// The baseline's table, worked out before the rounds and not timed.
const resolveOnce = index.resolver(TODAY);
const baselineTable = new Map<string, string>();
for (const unit of versions) {
  const resolution = resolveOnce(unit.code);
  baselineTable.set(unit.code, resolution.status === "ambiguous" ? "?" : resolution.status);
}

function library(): number {
  const resolve = index.resolver(TODAY);
  let merged = 0;
  for (let i = 0; i < RECORDS; i++) {
    if (resolve(codes[i] as string, days[i]).status === "merged") merged++;
  }
  return merged;
}

function baseline(): number {
  let merged = 0;
  for (let i = 0; i < RECORDS; i++)
    if (baselineTable.get(codes[i] as string) === "merged") merged++;
  return merged;
}

const times = { library: [] as number[], baseline: [] as number[] };
for (let round = 0; round < ROUNDS; round++) {
  const order =
    round % 2 === 0 ? (["library", "baseline"] as const) : (["baseline", "library"] as const);
  for (const side of order) {
    const t0 = performance.now();
    const merged = side === "library" ? library() : baseline();
    times[side].push(performance.now() - t0);
    if (merged === 0) throw new Error("nothing resolved");
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const ms = median(times.library);
const perSecond = RECORDS / (ms / 1000);
console.log(
  `resolver (fresh memo each round): median ${ms.toFixed(0)} ms for ${RECORDS.toLocaleString("en")} records = ${(perSecond / 1e6).toFixed(2)}M/s`,
);
console.log(
  `hand-written Map lookup, days ignored: median ${median(times.baseline).toFixed(0)} ms; resolver ÷ baseline ${(ms / median(times.baseline)).toFixed(2)}×`,
);
console.log(`goal: at least ${(GOAL_PER_SECOND / 1e6).toFixed(0)}M records a second`);
process.exit(perSecond >= GOAL_PER_SECOND ? 0 : 1);
