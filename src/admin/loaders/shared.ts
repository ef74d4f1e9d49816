// What every loader shares: the problems it reports, the result it returns, and the
// validation it is given.
import { isCalendarDate } from "../../core/calendar.js";
import type { Issue, ValidationResult } from "../../core/issues.js";
import type { AdminSuccession, AdminUnit } from "../schema.js";
import { describeValue } from "./values.js";

/**
 * One problem a loader found in its input: where (a CSV line and column, or a JSON path),
 * what, in English and Vietnamese, and whether the row or entry was left out (`error`) or
 * loaded after a repair (`warning`).
 *
 * @description For CSV input `path` is `[line, column]` with the 1-based line number, and
 * `line` repeats the line. For JSON input `path` leads from the root to the bad entry or
 * value, such as `["data", 3, "level2s", 17, "level2_id"]`.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { AdminLoadProblem } from "antt";
 * const problem: AdminLoadProblem = {
 *   path: [9607, "commune_name"],
 *   line: 9607,
 *   code: "swapped-names",
 *   severity: "warning",
 *   message: { en: "District and commune names were swapped; repaired", vi: "Tên huyện và tên xã bị đảo chỗ; đã sửa" },
 * };
 * ```
 */
export interface AdminLoadProblem extends Issue {
  /** `error`: the row or entry was not loaded; `warning`: it was loaded after a repair. */
  readonly severity: "error" | "warning";
  /** The 1-based line of CSV input the problem is on. */
  readonly line?: number;
}

/**
 * What a loader returns: the validated units and succession links it read, and every
 * problem it found; no row or entry is left out without a problem saying so.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { buildAdminIndex, type AdminLoadResult } from "antt";
 * function indexOf(...results: AdminLoadResult[]) {
 *   return buildAdminIndex(
 *     results.flatMap((result) => result.units),
 *     results.flatMap((result) => result.successions),
 *   );
 * }
 * ```
 */
export interface AdminLoadResult {
  /** The units read, each valid by {@link AdminUnitSchema}. */
  readonly units: AdminUnit[];
  /** The succession links read, each valid by {@link AdminSuccessionSchema}. */
  readonly successions: AdminSuccession[];
  /** Every problem found, in input order. */
  readonly problems: AdminLoadProblem[];
}

/** Where in the input a problem is: a CSV line and column, or a JSON path. */
export type Path = (string | number)[];

/**
 * The validation of what a loader builds, given by the loader's caller (see
 * `../loaders.ts`), so that the readers never evaluate zod themselves.
 */
export interface Checks {
  readonly unit: (candidate: unknown) => ValidationResult<AdminUnit>;
  readonly succession: (candidate: unknown) => ValidationResult<AdminSuccession>;
}

/** A name with its white space collapsed. */
export function tidyName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

/** The problems a loader found, in the order it found them. */
export class Problems {
  readonly list: AdminLoadProblem[] = [];

  add(
    path: Path,
    code: string,
    en: string,
    vi: string,
    severity: "error" | "warning" = "error",
    line?: number,
  ): void {
    const problem: AdminLoadProblem =
      line === undefined
        ? { path, code, severity, message: { en, vi } }
        : { path, code, severity, line, message: { en, vi } };
    this.list.push(problem);
  }

  /**
   * Adds the issues of a failed validation, each at the place in the input its field came
   * from (`places`), or at `fallback`.
   */
  addIssues(
    issues: readonly Issue[],
    places: Readonly<Record<string, Path>>,
    fallback: Path,
    line?: number,
  ): void {
    for (const issue of issues) {
      const field = String(issue.path[0]);
      const path = [
        ...(Object.hasOwn(places, field) ? (places[field] as Path) : fallback),
        ...issue.path.slice(1),
      ];
      const problem: AdminLoadProblem =
        line === undefined
          ? { ...issue, path, severity: "error" }
          : { ...issue, path, severity: "error", line };
      this.list.push(problem);
    }
  }

  /** Reports the date options that are not calendar dates; true when all are. */
  checkDates(options: Readonly<Record<string, string>>): boolean {
    let ok = true;
    for (const [key, value] of Object.entries(options)) {
      if (isCalendarDate(value)) continue;
      ok = false;
      this.add(
        ["options", key],
        "invalid-option",
        `The option ${key} must be a date YYYY-MM-DD, not ${describeValue(value).en}; nothing was read`,
        `Tùy chọn ${key} phải là ngày dạng YYYY-MM-DD, không phải ${describeValue(value).vi}; không có gì được đọc`,
      );
    }
    return ok;
  }
}
