// The problems an import reports, each at its cell.
import type { Label } from "../core/index.js";
import type { ImportKind } from "./columns.js";

/**
 * One problem of an imported sheet or CSV file, at its cell: the sheet, the row as the
 * spreadsheet numbers it (the header is row 1 in a template), the column letter and the
 * header as written, with what is wrong in Vietnamese and English.
 *
 * @description `code` is a code of the problem catalogue (`antt/problems`): the import's
 * own (`import-not-a-date`...) or the record schema's (`too_small`,
 * `camera-removed-without-date`...). A problem of the whole sheet (an unknown column) has
 * the header's row and no value.
 *
 * @category Import
 * @example
 * ```ts
 * import type { ImportProblem } from "antt/io";
 * const problem: ImportProblem = {
 *   code: "import-not-a-date",
 *   severity: "error",
 *   sheet: "Điểm camera",
 *   row: 7,
 *   column: "H",
 *   header: "Ngày lắp",
 *   value: "31/02/2024",
 *   message: { vi: "Ngày lắp: ...", en: "Ngày lắp: ..." },
 * };
 * ```
 */
export interface ImportProblem {
  /** A code of the problem catalogue. */
  readonly code: string;
  /** An error leaves the row out; a warning does not. */
  readonly severity: "error" | "warning";
  /** The sheet's name (XLSX only). */
  readonly sheet?: string;
  /** The row, counted from 1 as the spreadsheet shows it. */
  readonly row: number;
  /** The column's letter ("C"), where the problem is in one cell. */
  readonly column?: string;
  /** The column's header as written in the file. */
  readonly header?: string;
  /** The cell's value as read. */
  readonly value?: unknown;
  /** What is wrong, in Vietnamese and English, naming the column. */
  readonly message: Label;
}

/**
 * What an import gives: the records read, every problem found, and how many data rows were
 * read. Every row is a record or has at least one error among the problems.
 *
 * @category Import
 * @example
 * ```ts
 * import type { CameraPoint } from "antt";
 * import type { ImportResult } from "antt/io";
 * function summary(result: ImportResult<CameraPoint>): string {
 *   return `${result.records.length} of ${result.rows} rows imported, ${result.problems.length} problems`;
 * }
 * ```
 */
export interface ImportResult<T> {
  /** The record kind read. */
  readonly kind: ImportKind;
  /** The records of the rows without errors, in the order of the rows. */
  readonly records: T[];
  /** Every problem, in the order of the rows. */
  readonly problems: ImportProblem[];
  /** The data rows read (empty rows are not counted). */
  readonly rows: number;
}

/** The letters of a column, from its index counted from 0: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
