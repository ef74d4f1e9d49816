// How long an app waits for the national unit table: from `import("antt/vn-admin")` to a
// ready index, in a fresh Node process each time (what an app pays at start-up), against
// `import("zod")` alone in the same rounds. Run it after `npm run build`:
//
//   node test/bench/vn-admin-start.mjs [rounds]
//
// It prints the medians and exits with status 1 when the median passes 200 ms (the table
// holds the history since 2017: 15,323 units with their earlier states, 15,984 links).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const ROUNDS = Number(process.argv[2] ?? 15);
const LIMIT_MS = 200;
if (!existsSync(`${root}/dist/vn-admin/index.js`)) {
  spawnSync("node_modules/.bin/tsup", ["--silent"], { cwd: root, stdio: "inherit" });
}

const probes = {
  "import + vietnamAdminIndex()": `
    const t0 = performance.now();
    const { vietnamAdminIndex } = await import("antt/vn-admin");
    const index = vietnamAdminIndex();
    const t1 = performance.now();
    if (index.unitsOfLevel("commune", "2017-10-15").length !== 11162) throw new Error("wrong table");
    console.log(JSON.stringify({ ms: t1 - t0 }));`,
  "… + first name search (builds the name index)": `
    const t0 = performance.now();
    const { vietnamAdminIndex } = await import("antt/vn-admin");
    const { findUnitsByName } = await import("antt");
    const index = vietnamAdminIndex();
    const found = findUnitsByName(index, "xuan sinh", { level: "commune" });
    const t1 = performance.now();
    if (found.length === 0) throw new Error("not found");
    console.log(JSON.stringify({ ms: t1 - t0 }));`,
  'import("zod") alone': `
    const t0 = performance.now();
    await import("zod");
    console.log(JSON.stringify({ ms: performance.now() - t0 }));`,
};

const times = Object.fromEntries(Object.keys(probes).map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, code] of Object.entries(probes)) {
    const result = spawnSync(process.execPath, ["--input-type=module", "-e", code], {
      cwd: root,
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`${name}: ${result.stderr}`);
    times[name].push(JSON.parse(result.stdout).ms);
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rows = Object.entries(times).map(([name, xs]) => ({
  name,
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
}));
for (const row of rows) {
  console.log(
    `${row.name.padEnd(48)} median ${row.median.toFixed(1)} ms (min ${row.min.toFixed(1)}, max ${row.max.toFixed(1)})`,
  );
}
const ready = rows[0].median;
console.log(`${ROUNDS} rounds; limit ${LIMIT_MS} ms from import to a ready index`);
process.exit(ready <= LIMIT_MS ? 0 : 1);
