// The unit report against the summaries it is made of, alternated round after round in one
// process: the ratios recorded in docs/benchmarks.md ("Reports"). Run it with
//
//   node --import tsx test/bench/report-ratios.ts [rounds] [copies]
//
// The data is the Thọ Xuân sample (examples/data/tho-xuan-2024.json), `copies` times over
// (the copies get ids of their own, so every record counts). Contenders:
// - the baseline: one plain summary pass per collection over all of its records
//   (summarizeIncidents, summarizeCameras...), the least any report must do;
// - the same, with the stock collections (camera points, teams, models and sites, counted
//   as they stood on a day) summarised again on the comparison period's last day: the least
//   a report compared with the year before must do;
// - buildUnitReport for the district, 2024 against 2023 (both periods from one pass), and
//   for 2024 alone;
// - merging the states of the 30 communes' records (through JSON) and finishing them.
// It exits with status 1 when the report of 2024 alone takes more than 1.5 times the
// baseline, or the report of 2024 against 2023 more than 1.5 times the summaries of both
// periods (the goal of the reports issue, for one period and for two). The merge is shown
// for reference: on a district's few thousand records finishing the report dominates it;
// the merge goal is measured on a province (report-stream.ts).
import { readFileSync } from "node:fs";
import { summarizeActivities } from "../../src/activities/index.js";
import { aggregateState, mergeStates } from "../../src/aggregate/index.js";
import { summarizeCameras } from "../../src/cameras/index.js";
import { type Dataset, validateDataset } from "../../src/dataset/index.js";
import { summarizeFunding } from "../../src/funding/index.js";
import { summarizeExtractions, summarizeIncidents } from "../../src/incidents/index.js";
import { summarizeModels } from "../../src/models/index.js";
import {
  buildUnitReport,
  REPORT_COLLECTIONS,
  type ReportRecord,
  unitReport,
} from "../../src/reports/index.js";
import { summarizeTeams } from "../../src/teams/index.js";
import { median, time } from "./timing.js";

const ROUNDS = Number(process.argv[2] ?? 9);
const COPIES = Number(process.argv[3] ?? 20);

const text = readFileSync(
  new URL("../../examples/data/tho-xuan-2024.json", import.meta.url),
  "utf8",
);
const parsed = validateDataset(JSON.parse(text));
if (!parsed.success) throw new Error("the sample does not validate");
const one = parsed.data;

/** The sample's records `copies` times, with ids made distinct. */
function copies(n: number): Dataset {
  const out: Record<string, unknown> = { ...one };
  for (const c of REPORT_COLLECTIONS) {
    const records = (one[c] ?? []) as { id: string }[];
    const all: unknown[] = [];
    for (let k = 0; k < n; k++) {
      for (const r of records) all.push(k === 0 ? r : { ...r, id: `${r.id}~${k}` });
    }
    out[c] = all;
  }
  return out as Dataset;
}
const dataset = copies(COPIES);
const records = REPORT_COLLECTIONS.reduce((n, c) => n + (dataset[c]?.length ?? 0), 0);
const options = { unit: "395", period: "2024" } as const;

function baseline(): unknown {
  const d = dataset;
  return [
    summarizeIncidents(d.incidents ?? []),
    summarizeExtractions(d.extractions ?? []),
    summarizeCameras(d.cameras ?? []),
    summarizeActivities(d.activities ?? []),
    summarizeFunding({ contributions: d.contributions ?? [], expenses: d.expenses ?? [] }),
    summarizeModels({ models: d.models ?? [], sites: d.sites ?? [] }),
    summarizeTeams(d.teams ?? []),
  ];
}

/**
 * The least a report compared with the year before must do: the baseline, and the stock
 * collections (camera points, teams, models and their sites, counted as they stood on a
 * day) summarised again as they stood on the comparison period's last day. The dated
 * records of the two years are split between the periods, so they are summarised once.
 */
function twoPeriodBaseline(): unknown {
  const d = dataset;
  return [
    baseline(),
    summarizeCameras(d.cameras ?? [], { asOf: "2023-12-31" }),
    summarizeModels({ models: d.models ?? [], sites: d.sites ?? [] }, { asOf: "2023-12-31" }),
    summarizeTeams(d.teams ?? [], { asOf: "2023-12-31" }),
  ];
}

// The communes' states, as their submissions would carry them.
const aggregator = unitReport({ ...options, units: dataset.units, dataset });
const byCommune = new Map<string, ReportRecord[]>();
for (const collection of REPORT_COLLECTIONS) {
  for (const record of dataset[collection] ?? []) {
    const key = record.unitCode.slice(0, 5);
    const list = byCommune.get(key) ?? [];
    list.push({ collection, record } as ReportRecord);
    byCommune.set(key, list);
  }
}
const stateTexts = [...byCommune.values()].map((part) =>
  JSON.stringify(aggregateState(aggregator, part)),
);
const states = () => stateTexts.map((t) => JSON.parse(t));
const merged = () => aggregator.finish(mergeStates(aggregator, states()));
if (JSON.stringify(merged()) !== JSON.stringify(buildUnitReport(dataset, options))) {
  throw new Error("the merged states do not give the report");
}

const alone = { ...options, compareWith: "none" } as const;
const base: number[] = [];
const base2: number[] = [];
const build: number[] = [];
const single: number[] = [];
const merge: number[] = [];
for (let round = 0; round <= ROUNDS; round++) {
  const b = time(baseline);
  const b2 = time(twoPeriodBaseline);
  const r = time(() => buildUnitReport(dataset, options));
  const s = time(() => buildUnitReport(dataset, alone));
  const m = time(merged);
  if (round > 0) {
    base.push(b);
    base2.push(b2);
    build.push(r);
    single.push(s);
    merge.push(m);
  }
}
const reportRatio = median(build.map((r, i) => r / (base[i] as number)));
const twoRatio = median(build.map((r, i) => r / (base2[i] as number)));
const singleRatio = median(single.map((r, i) => r / (base[i] as number)));
const mergeRatio = median(merge.map((m, i) => m / (build[i] as number)));
console.log(
  `Thọ Xuân × ${COPIES}: ${records.toLocaleString("en")} records, ${byCommune.size} commune states, ${ROUNDS} alternated rounds, Node ${process.version}`,
);
console.log("| contender | median ms | ratio (median of rounds) |");
console.log("|---|---:|---:|");
console.log(`| one plain summary pass per collection | ${median(base).toFixed(1)} | 1.00 |`);
console.log(
  `| the same, and the stock collections again on 2023-12-31 | ${median(base2).toFixed(1)} | ${median(base2.map((b, i) => b / (base[i] as number))).toFixed(2)} |`,
);
console.log(
  `| buildUnitReport, 2024 vs 2023 | ${median(build).toFixed(1)} | ${reportRatio.toFixed(2)} × the summaries, ${twoRatio.toFixed(2)} × the summaries of both periods |`,
);
console.log(
  `| buildUnitReport, 2024 alone | ${median(single).toFixed(1)} | ${singleRatio.toFixed(2)} × the summaries |`,
);
console.log(
  `| merging the ${byCommune.size} commune states (parsed from JSON) and finishing | ${median(merge).toFixed(1)} | ${mergeRatio.toFixed(3)} × building |`,
);
const failures: string[] = [];
if (singleRatio > 1.5)
  failures.push(
    `the report of one period takes ${singleRatio.toFixed(2)}× the summaries (goal 1.5×)`,
  );
if (twoRatio > 1.5)
  failures.push(
    `the report of two periods takes ${twoRatio.toFixed(2)}× the summaries of both periods (goal 1.5×)`,
  );
if (failures.length > 0) {
  console.error(`FAIL: ${failures.join("; ")}`);
  process.exit(1);
}
