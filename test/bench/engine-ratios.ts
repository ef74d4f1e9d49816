// The engine benchmark with the contenders alternated, round after round, so that a busy
// machine slows them alike: the ratios recorded in docs/benchmarks.md ("Engine"). Run it
// with
//
//   node --import tsx test/bench/engine-ratios.ts [rounds] [records] [shards]
//
// It exits with status 1 when the engine takes more than 1.2 times the hand-written loop
// tuned to the data (the goal of the speed issue), or merging the per-commune states takes
// a tenth or more of aggregating the records behind them.
import { type Aggregator, aggregate, type GroupedState, mergeStates } from "../../src/index.js";
import {
  type BenchIncident,
  canonical,
  HAND_WRITTEN,
  incidents,
  loopTuned,
  perCommune,
  perCommuneCategory,
  shardStarts,
  unitMonthCategory,
} from "./engine-data.js";
import { median, time } from "./timing.js";

const ROUNDS = Number(process.argv[2] ?? 7);
const RECORDS = Number(process.argv[3] ?? 1_000_000);
const records: BenchIncident[] = [...incidents(RECORDS)];

// --- unit × month × category --------------------------------------------------------------

const expected = canonical(aggregate(unitMonthCategory, records));
for (const [name, loop] of Object.entries(HAND_WRITTEN)) {
  if (canonical(loop(records)) !== expected) throw new Error(`${name} disagrees with the engine`);
}

const contenders: [string, () => unknown][] = [
  ["engine", () => aggregate(unitMonthCategory, records)],
  ...Object.entries(HAND_WRITTEN).map(([name, loop]): [string, () => unknown] => [
    name,
    () => loop(records),
  ]),
];
const times = new Map(contenders.map(([name]) => [name, [] as number[]]));
for (let round = 0; round <= ROUNDS; round++) {
  for (const [name, run] of contenders) {
    const ms = time(run);
    if (round > 0) times.get(name)?.push(ms); // round 0 warms up
  }
}
const engineTimes = times.get("engine") as number[];
console.log(
  `unit × month × category, ${RECORDS.toLocaleString("en")} records, ${ROUNDS} alternated rounds, Node ${process.version}`,
);
console.log("| contender | median ms | records/s | engine ÷ contender (median of rounds) |");
console.log("|---|---:|---:|---:|");
let limitRatio = 0;
for (const [name] of contenders) {
  const ts = times.get(name) as number[];
  const ratios = ts.map((t, i) => (engineTimes[i] as number) / t);
  if (name === "engine") {
    console.log(
      `| ${name} | ${median(ts).toFixed(0)} | ${Math.round(RECORDS / (median(ts) / 1000)).toLocaleString("en")} | 1.00 |`,
    );
  } else {
    if (HAND_WRITTEN[name as keyof typeof HAND_WRITTEN] === loopTuned) limitRatio = median(ratios);
    console.log(
      `| ${name} | ${median(ts).toFixed(0)} | ${Math.round(RECORDS / (median(ts) / 1000)).toLocaleString("en")} | ${median(ratios).toFixed(2)} |`,
    );
  }
}

// --- merging partial states -------------------------------------------------------------------

const SHARDS = Number(process.argv[4] ?? 1000);
// Shards of 30,000 records, fewer when the run has fewer records (a quick try).
const SHARD_RECORDS = Math.min(30_000, Math.floor(RECORDS / 2));
const starts = shardStarts(RECORDS, SHARDS, SHARD_RECORDS);

function mergeRatio<S>(
  title: string,
  aggregator: Aggregator<BenchIncident, GroupedState<S>, unknown>,
): number {
  const aggregateRange = (state: GroupedState<S>, start: number) => {
    let s = state;
    for (let i = start; i < start + SHARD_RECORDS; i++)
      s = aggregator.add(s, records[i] as BenchIncident);
    return s;
  };
  const states: GroupedState<S>[] = starts.map((start) =>
    JSON.parse(JSON.stringify(aggregateRange(aggregator.init(), start))),
  );
  const merges: number[] = [];
  const passes: number[] = [];
  for (let round = 0; round <= Math.min(ROUNDS, 5); round++) {
    const m = time(() => mergeStates(aggregator, states));
    const p = time(() => {
      let state = aggregator.init();
      for (const start of starts) state = aggregateRange(state, start);
    });
    if (round > 0) {
      merges.push(m);
      passes.push(p);
    }
  }
  const ratio = median(merges.map((m, i) => m / (passes[i] as number)));
  const entries = states.reduce((n, s) => n + s.length / 2, 0);
  console.log(
    `| ${title} | ${entries.toLocaleString("en")} | ${median(merges).toFixed(0)} | ${median(passes).toFixed(0)} | ${ratio.toFixed(3)} |`,
  );
  return ratio;
}

console.log(
  `\nmerging ${SHARDS} states of 3,000 communes (each from ${SHARD_RECORDS.toLocaleString("en")} records) vs aggregating the ${(SHARDS * SHARD_RECORDS).toLocaleString("en")} records behind them`,
);
console.log(
  "| states | commune groups | merge ms | one pass over the records ms | merge ÷ pass (median of rounds) |",
);
console.log("|---|---:|---:|---:|---:|");
const countRatio = mergeRatio("count per commune", perCommune);
mergeRatio("count per commune × 16 categories", perCommuneCategory);

const failures: string[] = [];
if (limitRatio === 0) failures.push("no contender is the tuned loop the goal is set against");
if (limitRatio > 1.2)
  failures.push(
    `the engine takes ${limitRatio.toFixed(2)}× the tuned hand-written loop (goal 1.2×)`,
  );
if (countRatio >= 0.1)
  failures.push(`merging takes ${countRatio.toFixed(3)} of a pass over the records (limit 0.1)`);
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join("; ")}`);
  process.exit(1);
}
