// Benchmarks of the administrative-unit index on the national table shipped as
// antt/vn-admin: building the index, and resolving 1,000,000 old codes into today's
// provinces, against a hand-written baseline (a plain Map of precomputed old → new).
// Records per second = hz × 1,000,000 for the "1,000,000" benchmarks.
import { bench, describe } from "vitest";
import { buildAdminIndex, rollupTargetFor } from "../../src/admin/index.js";
import type { RollupTarget } from "../../src/aggregate/index.js";
import { vietnamAdminData, vietnamAdminIndex } from "../../src/vn-admin/index.js";

const RECORDS = 1_000_000;
const AT = "2026-01-01";
const AS_OF = "2024-12-31";

const { units, successions } = vietnamAdminData();
const index = vietnamAdminIndex();

// 1,000,000 records of 2024, spread over the old communes and some of their villages.
const oldCommunes = index.unitsOfLevel("commune", "2025-06-30").map((unit) => unit.code);
const codes: string[] = Array.from({ length: RECORDS }, (_, i) => {
  const commune = oldCommunes[(i * 7919) % oldCommunes.length] as string;
  return i % 5 === 0 ? `${commune}.thon-${i % 13}` : commune;
});

// The baseline: a Map from every old commune to its province today, computed once by hand.
const newProvinceOfNewCommune = new Map<string, string>();
for (const unit of units) {
  if (unit.level === "commune" && unit.validFrom === "2025-07-01") {
    newProvinceOfNewCommune.set(unit.code, unit.parentCode as string);
  }
}
const provincesOfOld = new Map<string, Set<string>>();
for (const link of successions) {
  if (link.oldCode.length !== 5) continue;
  const targets = provincesOfOld.get(link.oldCode) ?? new Set<string>();
  targets.add(newProvinceOfNewCommune.get(link.newCode) as string);
  provincesOfOld.set(link.oldCode, targets);
}
const baseline = new Map<string, RollupTarget>();
for (const [oldCode, set] of provincesOfOld) {
  const targets = [...set];
  baseline.set(
    oldCode,
    targets.length === 1
      ? { kind: "unit", code: targets[0] as string }
      : { kind: "ambiguous", candidates: targets.sort() },
  );
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
  bench("buildAdminIndex, then read problems (runs the checks)", () => {
    blackhole.sink += buildAdminIndex(units, successions).problems.length;
  });
  bench("decode the shipped table and build", () => {
    const data = vietnamAdminData();
    buildAdminIndex(data.units, data.successions);
  });
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
