// Extracts every `@example` code block of the TSDoc in src/, so that the test gate can
// type-check and run them: the docs can never drift from the API.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** Every example: where it is and its code. */
export function examplesFromDocs() {
  const examples = [];
  for (const file of sourceFiles(join(root, "src")).sort()) {
    const text = readFileSync(file, "utf8");
    for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const body = comment[1].replace(/^[ \t]*\* ?/gm, "");
      for (const block of body.matchAll(/@example[\s\S]*?```(?:ts|typescript)\n([\s\S]*?)```/g)) {
        const line = text.slice(0, comment.index).split("\n").length;
        examples.push({ file: relative(root, file), line, code: block[1] });
      }
    }
  }
  return examples;
}

// As a script: write them as modules under .examples/ for `tsc -p tsconfig.examples.json`.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = join(root, ".examples");
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir);
  const examples = examplesFromDocs();
  examples.forEach((example, index) => {
    const name = `${example.file.replace(/[/.]/g, "_")}_${example.line}_${index}.ts`;
    writeFileSync(
      join(outDir, name),
      `// ${example.file}:${example.line}\n${example.code}\nexport {};\n`,
    );
  });
  console.log(`Extracted ${examples.length} @example blocks into .examples/.`);
}
