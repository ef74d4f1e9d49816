// The problem catalogue is complete and reads well: every code the library can emit has an
// entry (found by scanning the source at every place a problem is made), every entry has a
// unique number whose letter is its severity, and every text is whole, in both languages,
// with no English type names in the Vietnamese.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { problemsPage } from "../../scripts/docs-problems.mjs";
import { CATALOGUE_PARTS } from "../../src/problems/catalogue/index.js";
import { describeProblem, problemCatalogue, severityOf } from "../../src/problems/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "problems" ? [] : sources(path);
    return entry.name.endsWith(".ts") && !entry.name.startsWith("table") ? [path] : [];
  });
}

/**
 * Every code written where a problem is made: the first string argument of the functions
 * that make them, and `code: "..."` in code (not in comments) that is not a unit code.
 */
function emittedCodes(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .split("\n")
    .filter((line) => !/^\s*(\*|\/\/)/.test(line))
    .join("\n");
  const out: string[] = [];
  const patterns = [
    /\b(?:fail|noDuplicates|issue|failure)\(\s*ctx,\s*"([^"]+)"/g,
    /\bproblem\(\s*[^,]+,\s*"([^"]+)"/g,
    // A loader's `problems.add(path, "code")`, a state's `failed(path, "code")`.
    /\bproblems\.add\(\s*(?:\[[^\]]*\]|[^,()[]+),\s*"([^"]+)"/g,
    /\bfailed\(\s*[^,()]+,\s*"([^"]+)"/g,
    // A dataset check's `c.add("warning", path, "code")`, a reader's `failure("code")`.
    /\.add\(\s*"(?:error|warning|info)",\s*(?:\[[^\]]*\]|[\w.]+),\s*"([^"]+)"/g,
    /\bfailure\(\s*"([^"]+)"/g,
    // Errors that carry a code: `new UnitReportError("unknown-unit", ...)`.
    /\bnew\s+\w+Error\(\s*"([a-z][a-z0-9_-]*)"/g,
    /\btoPeriod\([^()]*,\s*"([^"]+)"\)/g,
    /\bcode:\s*"([^"]+)"/g,
    /\bcode:\s*[^,;\n]*\?\s*"([^"]+)"\s*:\s*"([^"]+)"/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) {
      for (const value of match.slice(1)) {
        if (value !== undefined && /[a-z]/.test(value) && !/^\d/.test(value)) out.push(value);
      }
    }
  }
  return out;
}

describe("the problem catalogue", () => {
  const catalogue = problemCatalogue();

  it("has an entry for every code the library can emit", () => {
    const missing = new Set<string>();
    for (const file of sources(join(root, "src"))) {
      for (const code of emittedCodes(readFileSync(file, "utf8"))) {
        if (!describeProblem(code)) missing.add(`${code} (${file.slice(root.length)})`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it("finds codes at the places problems are made, and not unit codes", () => {
    const text = [
      'fail(ctx, "camera-removed-before-installed", ["removedOn"], en, vi);',
      'fail(\n  ctx,\n  "team-dissolved-before-founded",',
      'return problem(path, "overlap", en, vi);',
      '{ path, code: "tampered-state", message }',
      '{ kind: "unit", code: "38" }',
      ' * code: "not-this-one",',
      '/** { code: "nor-this-one" } */',
      'this.problems.add(path, "duplicate-code", en, vi);',
      'throw new UnitReportError("unknown-unit", code, message);',
    ].join("\n");
    expect(emittedCodes(text).sort()).toEqual(
      [
        "camera-removed-before-installed",
        "duplicate-code",
        "overlap",
        "tampered-state",
        "team-dissolved-before-founded",
        "unknown-unit",
      ].sort(),
    );
  });

  it("numbers every problem once, its letter saying its severity", () => {
    const ids = catalogue.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of catalogue) {
      expect(p.id).toMatch(/^ANTT-[EWI]\d{3}$/);
      expect(p.id.charAt(5)).toBe({ error: "E", warning: "W", info: "I" }[p.severity]);
    }
  });

  it("names every code once across its parts", () => {
    const codes = CATALOGUE_PARTS.flatMap(({ entries }) => Object.keys(entries));
    expect(codes.length).toBe(new Set(codes).size);
    expect(catalogue.length).toBe(codes.length);
  });

  it("writes every title and description whole, in both languages", () => {
    for (const p of catalogue) {
      for (const text of [p.title.vi, p.title.en, p.description.vi, p.description.en]) {
        expect(text.trim().length, p.code).toBeGreaterThan(3);
        expect(text, p.code).not.toMatch(/\$\{|\{\{|\bundefined\b|\bNaN\b|\[object/);
      }
      expect(p.description.vi, p.code).not.toBe(p.description.en);
    }
  });

  it("keeps English type names out of the Vietnamese", () => {
    const english = /\b(string|number|int|boolean|array|object|undefined|null)\b/;
    for (const p of catalogue) {
      // Field names in backticks are names, not words.
      const prose = (text: string) => text.replace(/`[^`]*`/g, "");
      expect(prose(p.title.vi), p.code).not.toMatch(english);
      expect(prose(p.description.vi), p.code).not.toMatch(english);
    }
  });

  it("looks a problem up by code or number, and counts an unknown code as an error", () => {
    expect(describeProblem("too_small")?.id).toBe("ANTT-E102");
    expect(describeProblem("ANTT-E102")?.code).toBe("too_small");
    expect(describeProblem("no-such-problem")).toBeUndefined();
    expect(severityOf("no-such-problem")).toBe("error");
    expect(severityOf("completeness-differs")).toBe("warning");
  });

  it("publishes the page of codes as the catalogue gives it (npm run docs:problems)", () => {
    const page = readFileSync(join(root, "docs/problems.md"), "utf8");
    expect(page).toBe(problemsPage());
    for (const p of catalogue) expect(page).toContain(p.id);
    expect(readFileSync(join(root, "docs/validating.md"), "utf8")).toContain("problems.md");
  });
});
