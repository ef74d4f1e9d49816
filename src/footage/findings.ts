import type { Issue } from "../core/issues.js";

/**
 * A finding about a footage request or its custody log: an {@link Issue} (path, catalogued
 * code, message in English and Vietnamese) with its severity and the id of the extraction.
 *
 * @description `error`: the request breaks the policy (it should be refused) or the log
 * breaks a rule; `warning`: worth a look. `path` starts at the extraction
 * (`["footageTo"]`) for {@link checkExtraction} and {@link custodyFindings}, at its index
 * for {@link checkExtractions} (`[3, "caseRef"]`). Look a code up with `describeProblem`
 * of `antt/problems` for its number and fix.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { FootageFinding } from "antt/footage";
 * const finding: FootageFinding = {
 *   extractionId: "tx-1",
 *   severity: "error",
 *   path: ["caseRef"],
 *   code: "footage-case-ref-missing",
 *   message: {
 *     en: "A request to investigate an incident must give a case reference",
 *     vi: "Yêu cầu phục vụ xác minh, điều tra vụ việc phải ghi số hồ sơ vụ việc",
 *   },
 * };
 * ```
 */
export interface FootageFinding extends Issue {
  /** The id of the extraction the finding is about. */
  readonly extractionId: string;
  /** `error` or `warning`, as the problem catalogue gives it for the code. */
  readonly severity: "error" | "warning";
}
