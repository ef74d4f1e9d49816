// Cold start: a fresh Node process importing the package, against importing zod alone and
// against a domain entry, alternated round after round. Run after `npm run build`:
//
//   node test/bench/cold-start.mjs [rounds]
//
// It prints the median time and the heap in use after the import, for each probe, and
// exits with status 1 when import("antt") takes more than 1.3 times import("zod").
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const ROUNDS = Number(process.argv[2] ?? 11);
const probe = (specifier) => `
  const t0 = performance.now();
  await import(${JSON.stringify(specifier)});
  const ms = performance.now() - t0;
  globalThis.gc?.();
  console.log(JSON.stringify({ ms, heap: process.memoryUsage().heapUsed }));`;
const probes = {
  'import("zod")': probe("zod"),
  'import("antt")': probe("antt"),
  'import("antt/aggregate")': probe("antt/aggregate"),
  'import("antt/cameras")': probe("antt/cameras"),
};
const results = Object.fromEntries(Object.keys(probes).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, code] of Object.entries(probes)) {
    const run = spawnSync(process.execPath, ["--expose-gc", "--input-type=module", "-e", code], {
      cwd: root,
      encoding: "utf8",
    });
    if (run.status !== 0) throw new Error(`${name}: ${run.stderr}`);
    results[name].push(JSON.parse(run.stdout));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const zod = median(results['import("zod")'].map((r) => r.ms));
for (const [name, runs] of Object.entries(results)) {
  const ms = median(runs.map((r) => r.ms));
  const heap = median(runs.map((r) => r.heap)) / 1024 / 1024;
  console.log(
    `${name.padEnd(26)} ${ms.toFixed(0).padStart(5)} ms  ${(ms / zod).toFixed(2)}× zod  heap ${heap.toFixed(1)} MB`,
  );
}
console.log(`${ROUNDS} rounds, medians`);
// The goal of the speed issue: the whole entry within 1.3 times zod's own start.
const whole = median(results['import("antt")'].map((r) => r.ms)) / zod;
if (whole > 1.3) {
  console.error(`import("antt") takes ${whole.toFixed(2)}× import("zod") (goal 1.3×)`);
  process.exitCode = 1;
}
