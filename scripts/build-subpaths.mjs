// Writes one folder per subpath export (`cameras/package.json`, ...) pointing at the
// build, so that tools that predate `exports` (TypeScript's node10 resolution, old
// bundlers) find `antt/cameras` too. The folders are generated, not committed.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
let written = 0;
for (const [subpath, target] of Object.entries(pkg.exports)) {
  if (subpath === "." || subpath.includes("*") || typeof target !== "object") continue;
  const name = subpath.slice(2);
  mkdirSync(name, { recursive: true });
  const stub = {
    private: true,
    main: `../${target.require.default.slice(2)}`,
    module: `../${target.import.default.slice(2)}`,
    types: `../${target.require.types.slice(2)}`,
  };
  writeFileSync(`${name}/package.json`, `${JSON.stringify(stub, null, 2)}\n`);
  if (!pkg.files.includes(name)) throw new Error(`package.json "files" must list ${name}`);
  written++;
}
console.log(`wrote ${written} subpath folders for tools without exports support`);
