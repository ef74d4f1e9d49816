// The aggregation engine against hand-written single-pass loops over the same records, in
// the same run (`npm run bench`, or `npx vitest bench --run test/bench/engine.bench.ts`).
// Vitest runs each contender's iterations back to back; on a busy machine, the ratios of
// `node --import tsx test/bench/engine-ratios.ts`, which alternates the contenders, are
// steadier. The memory check: `node --expose-gc --import tsx test/bench/engine-memory.ts`.
// Results are recorded in docs/benchmarks.md ("Engine").
import { bench, describe } from "vitest";
import { type Aggregator, aggregate, type GroupedState, mergeStates } from "../../src/index.js";
import {
  type BenchIncident,
  COMMUNES,
  canonical,
  HAND_WRITTEN,
  incidents,
  perCommune,
  perCommuneCategory,
  shardStarts,
  unitMonthCategory,
} from "./engine-data.js";

const RECORDS = 1_000_000;
const records: BenchIncident[] = [...incidents(RECORDS)];

/** Each bench runs a fixed number of times: one run reads a million records or more. */
const SLOW = { iterations: 5, warmupIterations: 1, time: 0, warmupTime: 0 };

// --- unit × month × category -------------------------------------------------------------

// The benchmark compares equal work: every contender must find the same counts.
const expected = canonical(aggregate(unitMonthCategory, records));
for (const [name, loop] of Object.entries(HAND_WRITTEN)) {
  if (canonical(loop(records)) !== expected) {
    throw new Error(
      `${name} disagrees with the engine: the benchmark is not comparing like with like`,
    );
  }
}

describe(`unit × month × category over ${RECORDS.toLocaleString("en")} records (3,000 communes, 24 months)`, () => {
  bench(
    "engine: aggregate(groupBy(byUnit, groupBy(byPeriod month, countBy category)))",
    () => {
      aggregate(unitMonthCategory, records);
    },
    SLOW,
  );
  for (const [name, loop] of Object.entries(HAND_WRITTEN)) {
    bench(
      name,
      () => {
        loop(records);
      },
      SLOW,
    );
  }
});

// --- merging partial states ----------------------------------------------------------------

const SHARDS = 1000;
const SHARD_RECORDS = 30_000; // 10 records per commune and shard
const starts = shardStarts(RECORDS, SHARDS, SHARD_RECORDS);

/**
 * Benchmarks merging the 1,000 shard states of an aggregator against aggregating the
 * 30,000,000 records behind them in one pass (what merging spares).
 */
function mergeVersusRecords<S>(
  title: string,
  aggregator: Aggregator<BenchIncident, GroupedState<S>, unknown>,
) {
  const aggregateRange = (state: GroupedState<S>, start: number) => {
    let s = state;
    for (let i = start; i < start + SHARD_RECORDS; i++)
      s = aggregator.add(s, records[i] as BenchIncident);
    return s;
  };
  // The states travel as JSON, as they would from workers or communes.
  const states: GroupedState<S>[] = starts.map((start) =>
    JSON.parse(JSON.stringify(aggregateRange(aggregator.init(), start))),
  );
  if (states.some((state) => state.length !== 2 * COMMUNES.length)) {
    throw new Error("Every shard must cover the 3,000 communes");
  }
  describe(title, () => {
    bench(
      `mergeStates: ${SHARDS.toLocaleString("en")} states (parsed from JSON) into one`,
      () => {
        mergeStates(aggregator, states);
      },
      SLOW,
    );
    bench(
      `aggregating the ${(SHARDS * SHARD_RECORDS).toLocaleString("en")} records behind them, in one pass`,
      () => {
        let state = aggregator.init();
        for (const start of starts) state = aggregateRange(state, start);
      },
      { ...SLOW, iterations: 3 },
    );
  });
}

mergeVersusRecords(
  "merging 1,000 partial states of 3,000 communes (count per commune)",
  perCommune,
);
mergeVersusRecords(
  "merging 1,000 partial states of 3,000 communes × 8 categories (24,000 groups each)",
  perCommuneCategory,
);
