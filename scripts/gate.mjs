// The full gate behind `npm test`: every check the package must pass, in order, stopping at
// the first failure. It ends with a plain `N passed, N failed` line that CI reads.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

const results = [];
let passed = 0;
let failed = 0;

function run(name, command, args, env = {}) {
  const started = performance.now();
  process.stdout.write(`\n▶ ${name}: ${command} ${args.join(" ")}\n`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, ...env },
    shell: process.platform === "win32",
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  results.push(`${result.status === 0 ? "ok  " : "FAIL"} ${name} (${seconds} s)`);
  return result.status === 0;
}

function skip(name, why) {
  process.stdout.write(`\n▷ ${name}: skipped, ${why}\n`);
  results.push(`skip ${name} (${why})`);
  return true;
}

function countVitest(file) {
  if (!existsSync(file)) return false;
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  rmSync(file);
  return report.numTotalTests > 0;
}

function finish(ok) {
  console.log(`\n${results.join("\n")}`);
  // .ci/run adds the browser checks to these counts for its closing line.
  writeFileSync(".test-counts.json", JSON.stringify({ passed, failed }));
  console.log(`\nvitest: ${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

const bin = (name) => `node_modules/.bin/${name}`;
const vitestJson = (file) => ["--reporter=default", "--reporter=json", `--outputFile.json=${file}`];

const steps = [
  () => run("typecheck", bin("tsc"), ["--noEmit"]),
  () => run("extract @example blocks", "node", ["scripts/examples-from-docs.mjs"]),
  () => run("typecheck @example blocks", bin("tsc"), ["-p", "tsconfig.examples.json"]),
  () => run("lint and format", bin("biome"), ["ci", "."]),
  () => run("browser-safe sources", "node", ["scripts/check-browser-safe.mjs"]),
  () => {
    const ok = run("unit and property tests with coverage", bin("vitest"), [
      "run",
      "--coverage",
      ...vitestJson(".vitest-results.json"),
    ]);
    return countVitest(".vitest-results.json") && ok;
  },
  // Vietnam-time buckets must not depend on the machine's zone: run the time tests again
  // in zones west and east of Vietnam, and in one that skipped a whole day.
  ...["America/New_York", "UTC", "Pacific/Kiritimati"].map((tz) => () => {
    const file = `.vitest-${tz.replace("/", "-")}.json`;
    const ok = run(
      `time tests with TZ=${tz}`,
      bin("vitest"),
      ["run", "test/core", "--typecheck.enabled=false", ...vitestJson(file)],
      { TZ: tz },
    );
    return countVitest(file) && ok;
  }),
  // The shipped unit table must be what its committed script makes of its source files.
  // The files sit beside the repository on CI and the project's machines, not in a clone.
  () =>
    existsSync("../shared/data/vn-admin-2025/merges.json") &&
    existsSync("../shared/data/vn-admin-history/changes.json")
      ? run("unit table matches its source", "node", [
          "--import",
          "tsx",
          "scripts/build-vn-admin.ts",
          "--check",
        ])
      : skip(
          "unit table matches its source",
          "../shared/data/vn-admin-2025 and vn-admin-history are not beside the clone",
        ),
  // The declaration build (one TypeScript program over every module, in a worker thread)
  // peaks near 4.5 GB with antt/documents, whose docx and exceljs types it reads: above
  // V8's default heap on this machine, so the heap is raised (V8 flags reach the worker).
  () => run("build", bin("tsup"), ["--silent"], { NODE_OPTIONS: "--max-old-space-size=8192" }),
  () => run("JSON Schemas", "node", ["scripts/build-schemas.mjs"]),
  () => run("subpath folders", "node", ["scripts/build-subpaths.mjs"]),
  () => run("size budgets (size-limit)", bin("size-limit"), []),
  () => run("package lint (publint)", bin("publint"), ["--strict"]),
  () => run("package types (attw)", bin("attw"), ["--pack", ".", "--format", "table-flipped"]),
  () => run("docs (warnings are errors)", bin("typedoc"), []),
  () => run("examples", "node", ["scripts/run-examples.mjs"]),
];

for (const step of steps) {
  if (!step()) finish(false);
}
finish(true);
