// The benchmarks, in two tiers (see docs/benchmarks.md):
//
//   npm run bench         the quick tier, a few minutes: every ratio on smaller data
//   npm run bench:full    the full tier: 1,000,000 records per ratio, 5,000,000 for memory,
//                         and the Vitest benchmarks
//
// Each benchmark alternates the library with its baseline in one process and exits with
// status 1 when a ratio misses its goal; this runner goes on to the next one, prints which
// missed, and exits with status 1 if any did. The cold-start probe imports the built
// package, so the runner builds it first when `dist/` is missing.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const full = process.argv.includes("--full");
const tsx = ["--import", "tsx"];

/** [title, node arguments] of each benchmark, in the tier asked for. */
const steps = full
  ? [
      ["engine ratios, 1,000,000 records", [...tsx, "test/bench/engine-ratios.ts", "7"]],
      ["engine memory, 5,000,000 records", ["--expose-gc", ...tsx, "test/bench/engine-memory.ts"]],
      ["engine ÷ DuckDB, 1,000,000 records", [...tsx, "test/bench/engine-duckdb.ts", "5"]],
      [
        "summaries in SQL ÷ records pulled + JavaScript, 1,000,000 incidents (PGlite 200,000)",
        [
          "--max-old-space-size=8192",
          ...tsx,
          "test/bench/sql-summary.ts",
          "3",
          "1000000",
          "200000",
        ],
      ],
      [
        "summary state memory, 72,000 groups",
        ["--expose-gc", ...tsx, "test/bench/summary-state-memory.ts"],
      ],
      ["validation ratios, 20,000 records", [...tsx, "test/bench/validation-ratios.ts", "9"]],
      ["report ratios, Thọ Xuân × 20", [...tsx, "test/bench/report-ratios.ts", "9", "20"]],
      [
        "province report streamed from NDJSON, 1,300,000 records",
        ["--expose-gc", ...tsx, "test/bench/report-stream.ts"],
      ],
      [
        "import: 100,000 XLSX rows ÷ exceljs alone; 1,000,000 CSV rows streamed",
        ["--expose-gc", ...tsx, "test/bench/io-ratios.ts", "3", "100000", "1000000"],
      ],
      ["cold start", ["test/bench/cold-start.mjs", "11"]],
      ["national unit table start", ["test/bench/vn-admin-start.mjs"]],
      [
        "resolving 1,000,000 codes of every era since 2017",
        [...tsx, "test/bench/vn-admin-resolve.ts", "7"],
      ],
      ["vitest benchmarks", ["node_modules/vitest/vitest.mjs", "bench", "--run"]],
    ]
  : [
      [
        "engine ratios, 1,000,000 records, 3 rounds",
        [...tsx, "test/bench/engine-ratios.ts", "3", "1000000", "100"],
      ],
      [
        "engine memory, 1,000,000 records",
        ["--expose-gc", ...tsx, "test/bench/engine-memory.ts", "1000000"],
      ],
      ["engine ÷ DuckDB, 200,000 records", [...tsx, "test/bench/engine-duckdb.ts", "3", "200000"]],
      [
        "summaries in SQL ÷ records pulled + JavaScript, 200,000 incidents (PGlite 20,000)",
        [...tsx, "test/bench/sql-summary.ts", "2", "200000", "20000"],
      ],
      [
        "summary state memory, 72,000 groups",
        ["--expose-gc", ...tsx, "test/bench/summary-state-memory.ts"],
      ],
      [
        "validation ratios, 10,000 records",
        [...tsx, "test/bench/validation-ratios.ts", "5", "10000"],
      ],
      ["report ratios, Thọ Xuân × 10", [...tsx, "test/bench/report-ratios.ts", "5", "10"]],
      [
        "province report streamed from NDJSON, 260,000 records",
        ["--expose-gc", ...tsx, "test/bench/report-stream.ts", "200000", "40000", "20000"],
      ],
      [
        "import: 20,000 XLSX rows ÷ exceljs alone; 200,000 CSV rows streamed",
        ["--expose-gc", ...tsx, "test/bench/io-ratios.ts", "3", "20000", "200000"],
      ],
      ["cold start", ["test/bench/cold-start.mjs", "5"]],
      ["national unit table start", ["test/bench/vn-admin-start.mjs", "7"]],
      [
        "resolving 1,000,000 codes of every era since 2017",
        [...tsx, "test/bench/vn-admin-resolve.ts", "3"],
      ],
    ];

if (!existsSync(`${root}/dist/index.js`)) {
  console.log("building the package for the cold-start probe (npm run build)");
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const missed = [];
const started = performance.now();
for (const [title, args] of steps) {
  console.log(`\n## ${title}\n`);
  const run = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  if (run.status !== 0) missed.push(title);
}
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(`\n${full ? "full" : "quick"} tier: ${steps.length} benchmarks in ${minutes} min`);
if (missed.length > 0) {
  console.error(`missed a goal or failed: ${missed.join("; ")}`);
  process.exit(1);
}
