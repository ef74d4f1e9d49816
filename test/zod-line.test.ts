// The zod line holds: a module that must stay free of zod fails the lint step of the gate
// as soon as it imports zod, or a schema at run time (see biome.json and CONTRIBUTING.md).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = new URL("..", import.meta.url);
const biome = new URL("node_modules/.bin/biome", root).pathname;

/**
 * Lints a probe file of the same name as `path`, in a folder of its own under src/ (so no
 * real module is touched), under the rules for that kind of module.
 */
function lint(path: string, source: string): string {
  const dir = `src/zod-line-probe-${process.pid}-${Math.random().toString(36).slice(2)}`;
  const file = `${dir}/${path.split("/").at(-1)}`;
  mkdirSync(new URL(dir, root), { recursive: true });
  writeFileSync(new URL(file, root), source);
  try {
    const result = spawnSync(biome, ["lint", file, "--colors=off"], {
      cwd: root,
      encoding: "utf8",
    });
    return `${result.stdout}${result.stderr}`;
  } finally {
    rmSync(new URL(dir, root), { recursive: true, force: true });
  }
}

describe("the zod line", () => {
  const calendar = readFileSync(new URL("src/core/calendar.ts", root), "utf8");

  it("passes the pure calendar as it is", () => {
    expect(lint("src/core/calendar.ts", calendar)).not.toContain("noRestrictedImports");
  });

  it("fails a zod import into the pure calendar", () => {
    const out = lint(
      "src/core/calendar.ts",
      `import * as z from "zod";\nexport const X = z.string();\n${calendar}`,
    );
    expect(out).toContain("noRestrictedImports");
  });

  it("fails a schema imported at run time by a summary, and allows it as a type", () => {
    const value = `import { CameraPointSchema } from "./schema.js";\nexport const X = CameraPointSchema;\n`;
    expect(lint("src/cameras/summary.ts", value)).toContain("noRestrictedImports");
    const type = `import type { CameraPointInput } from "./schema.js";\nexport type X = CameraPointInput;\n`;
    expect(lint("src/cameras/summary.ts", type)).not.toContain("noRestrictedImports");
  });

  it("allows zod in schema modules", () => {
    const out = lint(
      "src/cameras/schema.ts",
      `import * as z from "zod";\nexport const X = z.string();\n`,
    );
    expect(out).not.toContain("noRestrictedImports");
  });
});

// A schema built at the top of a module is a chain of calls, which a bundler must keep
// unless told it is pure: then importing one schema would bundle every schema beside it.
// Each one is built in an IIFE marked `/* @__PURE__ */`, so an unused schema is dropped.
describe("schemas a bundler may drop", () => {
  /** What builds a schema: zod itself, a code list, or a zod method on another schema. */
  const ZOD_BUILD =
    /\bz\s*\.|codeList\(|\.\s*(?:superRefine|refine|describe|meta|extend|omit|pick|partial|optional|nullable|default|transform|pipe)\(/;

  /** Whether an expression calls anything (a literal of references calls nothing). */
  const callsIn = (node: ts.Node): boolean =>
    ts.isCallExpression(node) ||
    ts.isNewExpression(node) ||
    (ts.forEachChild(node, callsIn) ?? false);

  function unmarked(path: string, source: string): string[] {
    const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
    const names: string[] = [];
    for (const statement of file.statements) {
      if (!ts.isVariableStatement(statement)) continue;
      for (const declaration of statement.declarationList.declarations) {
        const init = declaration.initializer;
        if (!init || ts.isArrowFunction(init) || ts.isFunctionExpression(init)) continue;
        if (!ZOD_BUILD.test(init.getText(file)) || !callsIn(init)) continue;
        const pure =
          ts.isCallExpression(init) &&
          /^\/\* @__PURE__ \*\/ \(\(\) =>/.test(
            source.slice(init.getFullStart(), init.getEnd()).trim(),
          );
        if (!pure) names.push(`${path}: ${declaration.name.getText(file)}`);
      }
    }
    return names;
  }

  it("marks every schema built at the top of a module in src/ as pure", () => {
    const files = readdirSync(new URL("src", root), { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".ts") && !name.startsWith("zod-line-probe-"))
      .map((name) => `src/${name}`);
    const found = files.flatMap((path) =>
      unmarked(path, readFileSync(new URL(path, root), "utf8")),
    );
    expect(found).toEqual([]);
  });

  it("finds a schema that is not marked", () => {
    expect(unmarked("x.ts", `import * as z from "zod";\nexport const X = z.string();\n`)).toEqual([
      "x.ts: X",
    ]);
    expect(
      unmarked("x.ts", `export const X = /* @__PURE__ */ (() => z.string().describe("x"))();\n`),
    ).toEqual([]);
    expect(unmarked("x.ts", "export const Y = Fields.superRefine(() => {});\n")).toEqual([
      "x.ts: Y",
    ]);
  });
});
