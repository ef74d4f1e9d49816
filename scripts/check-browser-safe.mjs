// The library must run in browsers: no module of src/ may import a Node built-in.
import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const problems = [];

// src/cli/ is the command line (`npx antt`, the package's bin): it reads and writes files,
// handles Ctrl-C and sets the exit code, so it is Node-only by nature. No package entry
// exports it, so no browser bundle can reach it.
const NODE_ONLY = new Set([join("src", "cli")]);

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && NODE_ONLY.has(path)) continue;
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith(".ts")) check(path);
  }
}

function check(path) {
  const lines = readFileSync(path, "utf8").split("\n");
  lines.forEach((line, index) => {
    for (const match of line.matchAll(
      /(?:from\s+|import\s*\(\s*|require\s*\(\s*)["']([^"']+)["']/g,
    )) {
      const specifier = match[1];
      if (specifier.startsWith("node:") || builtins.has(specifier.split("/")[0])) {
        problems.push(`${path}:${index + 1}: imports the Node built-in "${specifier}"`);
      }
    }
    if (/\bprocess\.(env|argv|cwd)\b/.test(line)) {
      problems.push(`${path}:${index + 1}: uses process, which browsers do not have`);
    }
  });
}

walk(process.argv[2] ?? "src");
if (problems.length > 0) {
  console.error(`src/ must not use Node-only APIs:\n${problems.join("\n")}`);
  process.exit(1);
}
console.log("src/ imports no Node built-in.");
