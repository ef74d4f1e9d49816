// The layout holds: domains import each other without a cycle, and the modules that must
// stay free of zod never reach it through their imports (type imports aside).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const src = join(root, "src");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    // test/zod-line.test.ts lints probe files in folders of their own under src/.
    if (entry.name.startsWith("zod-line-probe-")) return [];
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The modules a file imports at run time (not `import type`, not `export type`). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const out: string[] = [];
  for (const match of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+"([^"]+)";/gms)) {
    if (match[2]) continue;
    const clause = match[0];
    // `import { type A, type B } from` imports nothing at run time either.
    const names = /\{([^}]*)\}/.exec(clause)?.[1];
    if (names?.split(",").every((n) => n.trim() === "" || n.trim().startsWith("type "))) {
      continue;
    }
    out.push(match[3] as string);
  }
  return out;
}

function resolveImport(from: string, specifier: string): string {
  return specifier.startsWith(".")
    ? resolve(dirname(from), specifier).replace(/\.js$/, ".ts")
    : specifier;
}

function reaches(entry: string, target: (specifier: string) => boolean): string[] | undefined {
  const seen = new Set<string>();
  const stack: [string, string[]][] = [[entry, [relative(root, entry)]]];
  while (stack.length > 0) {
    const [file, path] = stack.pop() as [string, string[]];
    if (seen.has(file)) continue;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      if (target(specifier)) return [...path, specifier];
      const next = resolveImport(file, specifier);
      if (next.endsWith(".ts")) stack.push([next, [...path, relative(root, next)]]);
    }
  }
  return undefined;
}

const isZod = (specifier: string) => specifier === "zod" || specifier.startsWith("zod/");

describe("layout", () => {
  it("has no import cycle between domains", () => {
    const domainOf = (file: string) => relative(src, file).split("/")[0] as string;
    const edges = new Map<string, Set<string>>();
    for (const file of sources(src)) {
      for (const match of readFileSync(file, "utf8").matchAll(/from "(\.[^"]+)"/g)) {
        const a = domainOf(file);
        const b = domainOf(resolveImport(file, match[1] as string));
        if (a === b || a.endsWith(".ts")) continue;
        edges.set(a, (edges.get(a) ?? new Set()).add(b));
      }
    }
    const cycles = [...edges].flatMap(([a, bs]) =>
      [...bs].filter((b) => edges.get(b)?.has(a)).map((b) => `${a} <-> ${b}`),
    );
    expect(cycles).toEqual([]);
  });

  it.each([
    "src/aggregate/index.ts",
    "src/core/calendar.ts",
    "src/core/calendar-text.ts",
    "src/core/calendar-day.ts",
    "src/core/period.ts",
    "src/core/period-arithmetic.ts",
    "src/core/refine.ts",
    "src/core/money.ts",
    "src/cameras/summary.ts",
    "src/cameras/labels.ts",
    "src/incidents/summary.ts",
    "src/incidents/extraction-summary.ts",
    "src/activities/summary.ts",
    "src/teams/summary.ts",
    "src/funding/summary.ts",
    "src/forces/summary.ts",
    "src/models/evaluation/evaluate.ts",
    "src/models/evaluation/recognition.ts",
    "src/cameras/groups.ts",
    "src/reports/render/index.ts",
    "src/vn-admin/index.ts",
  ])("keeps %s from evaluating zod", (entry) => {
    expect(reaches(join(root, entry), isZod)).toBeUndefined();
  });
});
