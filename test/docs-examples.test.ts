import { createRequire } from "node:module";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { examplesFromDocs } from "../scripts/examples-from-docs.mjs";
import * as documents from "../src/documents/index.js";
import * as footage from "../src/footage/index.js";
import * as antt from "../src/index.js";
import * as io from "../src/io/index.js";
import * as privacy from "../src/privacy/index.js";
import * as problems from "../src/problems/index.js";
import * as sql from "../src/sql/index.js";
import * as stream from "../src/stream/index.js";
import * as submissions from "../src/submissions/index.js";
import * as vnAdmin from "../src/vn-admin/index.js";

interface DocExample {
  file: string;
  line: number;
  code: string;
}

const examples = examplesFromDocs() as DocExample[];
const requireFromTest = createRequire(import.meta.url);
const quiet = { ...console, log: () => {}, info: () => {}, table: () => {} };

describe("@example blocks in the TSDoc", () => {
  it("exist for the documented API", () => {
    expect(examples.length).toBeGreaterThan(0);
  });

  // Type-checking is done by `tsc -p tsconfig.examples.json` in the gate; here they run.
  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))(
    "%s runs without throwing",
    async (_, example) => {
      // An example that awaits runs as the body of an async function, its imports above it.
      const imports = /^import\s[\s\S]*?\sfrom\s+"[^"]+";?[ \t]*$/gm;
      const source = /\bawait\b/.test(example.code)
        ? `${(example.code.match(imports) ?? []).join("\n")}\nmodule.exports.done = (async () => {\n${example.code.replace(imports, "")}\n})();`
        : example.code;
      const { code } = transformSync(source, {
        loader: "ts",
        format: "cjs",
        target: "es2022",
      });
      const module: { exports: { done?: Promise<unknown> } } = { exports: {} };
      const entries: Record<string, unknown> = {
        antt,
        "antt/stream": stream,
        "antt/privacy": privacy,
        "antt/footage": footage,
        "antt/documents": documents,
        "antt/io": io,
        "antt/sql": sql,
        "antt/submissions": submissions,
        "antt/problems": problems,
        "antt/vn-admin": vnAdmin,
      };
      const load = (id: string) => entries[id] ?? requireFromTest(id);
      new Function("require", "module", "exports", "console", code)(
        load,
        module,
        module.exports,
        quiet,
      );
      await module.exports.done;
    },
  );
});
