// Benchmarks of the administrative-unit index on the national data (shared beside the
// repository): building the index, and resolving 1,000,000 old codes into today's
// provinces, against a hand-written baseline (a plain Map of precomputed old → new).
// Records per second = hz × 1,000,000 for the "1,000,000" benchmarks.
import { bench, describe } from "vitest";
import {
  buildAdminIndex,
  loadMergesJson,
  loadOldUnitsCsv,
  loadSplitsJson,
  rollupTargetFor,
} from "../../src/admin/index.js";
import type { RollupTarget } from "../../src/aggregate/index.js";
import { nationalData, readNationalFiles } from "../admin/national-data.js";

const RECORDS = 1_000_000;
const AT = "2026-01-01";
const AS_OF = "2024-12-31";

const files = readNationalFiles();
const { index, old, merges, splits } = nationalData();
const units = [...old.units, ...merges.units, ...splits.units];
const successions = [...merges.successions, ...splits.successions];

// 1,000,000 records of 2024, spread over the old communes and some of their villages.
const oldCommunes = index.unitsOfLevel("commune", "2025-06-30").map((unit) => unit.code);
const codes: string[] = Array.from({ length: RECORDS }, (_, i) => {
  const commune = oldCommunes[(i * 7919) % oldCommunes.length] as string;
  return i % 5 === 0 ? `${commune}.thon-${i % 13}` : commune;
});

// The baseline: a Map from every old commune to its province today, computed once by hand.
const newProvinceOfNewCommune = new Map<string, string>();
for (const province of files.mergesJson.data) {
  for (const commune of province.level2s)
    newProvinceOfNewCommune.set(commune.level2_id, province.level1_id);
}
const baseline = new Map<string, RollupTarget>();
for (const province of files.splitsJson.data) {
  for (const commune of province.level3s) {
    const targets = [
      ...new Set(
        commune.splits.map((split) => newProvinceOfNewCommune.get(split.new_id) as string),
      ),
    ];
    baseline.set(
      commune.level3_id,
      targets.length === 1
        ? { kind: "unit", code: targets[0] as string }
        : { kind: "ambiguous", candidates: targets.sort() },
    );
  }
}

// Results go into an object reachable from globalThis, so no work can be optimised away.
const blackhole = { sink: 0 };
(globalThis as { adminBenchBlackhole?: typeof blackhole }).adminBenchBlackhole = blackhole;
function consume(target: RollupTarget): void {
  if (target.kind === "unit") blackhole.sink += target.code.length;
}

describe("build the national index (~14,000 units, ~21,000 links)", () => {
  bench("buildAdminIndex", () => {
    buildAdminIndex(units, successions);
  });
  bench(
    "load the three files and build",
    () => {
      const a = loadOldUnitsCsv(files.csv);
      const b = loadMergesJson(files.mergesJson);
      const c = loadSplitsJson(files.splitsJson);
      buildAdminIndex([...a.units, ...b.units, ...c.units], [...b.successions, ...c.successions]);
    },
    { iterations: 5, time: 0 },
  );
});

describe(`resolve ${RECORDS.toLocaleString("en")} old codes of 2024 into today's province`, () => {
  bench(
    "baseline: plain Map of precomputed old commune → province",
    () => {
      for (const code of codes) {
        const dot = code.indexOf(".");
        consume(baseline.get(dot > 0 ? code.slice(0, dot) : code) ?? { kind: "unknown" });
      }
    },
    { iterations: 10, time: 0 },
  );
  bench(
    "rollupTargetFor (a new mapper each run: resolves every distinct code once, then caches)",
    () => {
      const toProvince = rollupTargetFor(index, { level: "province", at: AT, asOf: AS_OF });
      for (const code of codes) consume(toProvince(code));
    },
    { iterations: 10, time: 0 },
  );
  bench(
    "index.resolveUnit + ancestorAt without a cache",
    () => {
      for (const code of codes) {
        const resolution = index.resolveUnit(code, { at: AT, asOf: AS_OF });
        if (resolution.status === "merged" || resolution.status === "current") {
          blackhole.sink +=
            index.ancestorAt(resolution.unit.code, "province", AT)?.code.length ?? 0;
        }
      }
    },
    { iterations: 3, time: 0 },
  );
});
