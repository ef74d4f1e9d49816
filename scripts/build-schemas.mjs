// Writes the JSON Schema of every exported zod schema into schemas/<name>.json, from the
// built package, so the files ship with it (antt/schemas/camera-point.json).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import * as antt from "../dist/index.js";

const outDir = new URL("../schemas/", import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const kebab = (name) =>
  name
    .replace(/Schema$/, "")
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .replace(/([A-Z])([A-Z][a-z])/g, "$1-$2")
    .toLowerCase();

// Every `pattern` and `patternProperties` key, which jsonSchemaOf has made portable (`[0-9]`
// for `\d`, `(?![\s\S])` for `$`), so that Python's jsonschema reads them as ajv does.
const patternsIn = (value) =>
  typeof value !== "object" || value === null
    ? []
    : Object.entries(value).flatMap(([key, inner]) => [
        ...(key === "pattern" && typeof inner === "string" ? [inner] : []),
        ...(key === "patternProperties" && typeof inner === "object" ? Object.keys(inner) : []),
        ...patternsIn(inner),
      ]);

const written = [];
for (const [name, value] of Object.entries(antt).sort(([a], [b]) => a.localeCompare(b))) {
  if (!name.endsWith("Schema") || typeof value?.safeParse !== "function") continue;
  const file = `${kebab(name)}.json`;
  const schema = antt.jsonSchemaOf(value);
  for (const pattern of patternsIn(schema)) {
    if (antt.portablePattern(pattern) !== pattern) {
      throw new Error(`${name}: the pattern /${pattern}/ is not portable across regex engines`);
    }
  }
  const json = `${JSON.stringify(schema, null, 2)}\n`;
  writeFileSync(new URL(file, outDir), json);
  written.push({ name, file, bytes: Buffer.byteLength(json) });
}
writeFileSync(
  new URL("index.json", outDir),
  `${JSON.stringify(Object.fromEntries(written.map((w) => [w.name, w.file])), null, 2)}\n`,
);
const total = written.reduce((sum, w) => sum + w.bytes, 0);
console.log(
  `Wrote ${written.length} JSON Schemas (${(total / 1024).toFixed(1)} KiB) into schemas/.`,
);
