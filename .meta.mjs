import { build } from "esbuild";

const what = process.argv[2];
const r = await build({
  stdin: { contents: `export ${what} from "./dist/index.js"`, resolveDir: process.cwd() },
  bundle: true,
  minify: true,
  format: "esm",
  write: false,
  metafile: true,
  logLevel: "silent",
});
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs)
  .map(([k, v]) => [v.bytesInOutput, k])
  .filter(([b]) => b > 0)
  .sort((a, b) => b[0] - a[0]);
for (const [b, k] of rows.slice(0, 14)) console.log(`${b}\t${k}`);
console.log("total", out.bytes);
