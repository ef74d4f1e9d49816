import { CATALOGUE_PARTS, problemEntry } from "./catalogue/index.js";
import type { ProblemEntry, ProblemSeverity } from "./types.js";

/**
 * A catalogue entry with its code and the part of the library that reports it.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { CataloguedProblem } from "antt/problems";
 * const entry: CataloguedProblem = {
 *   code: "too_small", part: "schema", id: "ANTT-E102", severity: "error",
 *   title: { vi: "Giá trị quá nhỏ hoặc quá ngắn", en: "Too small or too short" },
 *   description: { vi: "…", en: "…" },
 * };
 * ```
 */
export interface CataloguedProblem extends ProblemEntry {
  /** The code issues carry (`too_small`, `unknown-reference`). */
  readonly code: string;
  /** The part of the library that reports it: `schema`, `cameras`, `dataset`, `reports`... */
  readonly part: string;
}

/**
 * Every problem the library can report, in the order of their numbers: schema checks,
 * cross-field rules of each record, cross-record checks of a dataset, loaders, aggregate
 * states and report warnings.
 *
 * @returns the catalogue
 * @category Problems
 * @example
 * ```ts
 * import { problemCatalogue } from "antt/problems";
 * const errors = problemCatalogue().filter((p) => p.severity === "error");
 * errors[0]?.id; // "ANTT-E101"
 * ```
 */
export function problemCatalogue(): CataloguedProblem[] {
  return [...catalogue()];
}

let sorted: readonly CataloguedProblem[] | undefined;

function catalogue(): readonly CataloguedProblem[] {
  if (sorted) return sorted;
  const out: CataloguedProblem[] = [];
  for (const { part, entries } of CATALOGUE_PARTS) {
    for (const [code, entry] of Object.entries(entries)) out.push({ code, part, ...entry });
  }
  sorted = out.sort((a, b) => numberOf(a.id) - numberOf(b.id) || (a.id < b.id ? -1 : 1));
  return sorted;
}

function numberOf(id: string): number {
  return Number(id.slice(id.lastIndexOf("-") + 2));
}

/**
 * The catalogue entry of a problem, by its code (as issues carry it) or its number.
 *
 * @param codeOrId - `too_small`, `unknown-reference`, or `ANTT-E102`
 * @returns the entry, or undefined when the catalogue has no such problem
 * @category Problems
 * @example
 * ```ts
 * import { describeProblem } from "antt/problems";
 * describeProblem("unrecognized_keys")?.title.vi; // "Trường không có trong mẫu"
 * describeProblem("ANTT-E102")?.code;             // "too_small"
 * ```
 */
export function describeProblem(codeOrId: string): CataloguedProblem | undefined {
  if (problemEntry(codeOrId)) return catalogue().find((p) => p.code === codeOrId);
  return catalogue().find((p) => p.id === codeOrId);
}

/**
 * How serious a problem is, by its code: `error` for a code the catalogue does not know
 * (an app's own check), so that nothing unknown passes as harmless.
 *
 * @param code - an issue's code
 * @returns its severity
 * @category Problems
 * @example
 * ```ts
 * import { severityOf } from "antt/problems";
 * severityOf("too_small"); // "error"
 * ```
 */
export function severityOf(code: string): ProblemSeverity {
  return problemEntry(code)?.severity ?? "error";
}
