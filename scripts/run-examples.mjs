// Runs every example script, so that the examples newcomers copy always work.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";

const examples = readdirSync("examples")
  .filter((name) => /\.(ts|mjs)$/.test(name))
  .sort();
let failures = 0;
for (const name of examples) {
  const started = performance.now();
  const result = spawnSync("node_modules/.bin/tsx", [`examples/${name}`], {
    encoding: "utf8",
    env: { ...process.env, ANTT_EXAMPLE_CHECK: "1" },
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    console.log(
      `ok   examples/${name} (${seconds} s, ${result.stdout.split("\n").length} lines of output)`,
    );
  } else {
    failures += 1;
    console.error(
      `FAIL examples/${name} (exit ${result.status})\n${result.stdout}\n${result.stderr}`,
    );
  }
}
console.log(`${examples.length - failures} of ${examples.length} examples ran.`);
process.exit(failures === 0 ? 0 : 1);
