/**
 * One problem found in input: where it is, what kind it is, and what is wrong, in English
 * and Vietnamese.
 *
 * @description Validation in the library never stops at the first problem and never
 * throws on bad input: it returns a list of issues. `path` leads from the root of the
 * input to the bad value (`["cameras", 12, "connectedToDutyRoom"]`), `code` is a stable
 * machine-readable kind (zod's issue codes, plus the library's own such as
 * `unknown-reference`), and `message` says it for people.
 *
 * @category Validation
 * @example
 * ```ts
 * import type { Issue } from "antt";
 * const issue: Issue = {
 *   path: ["extractions", 0, "cameraIds", 1],
 *   code: "unknown-reference",
 *   message: { en: "No camera point has id cam-9", vi: "Không có điểm camera mã cam-9" },
 * };
 * ```
 */
export interface Issue {
  /** From the root of the input to the bad value. */
  readonly path: readonly (string | number)[];
  /** A stable machine-readable kind of problem. */
  readonly code: string;
  /** What is wrong, in English and Vietnamese. */
  readonly message: { readonly en: string; readonly vi: string };
  /**
   * Where it is, in words people know: the labels of the fields along the path
   * ("Điểm camera thứ 4, Nguồn kinh phí thứ 1, Số tiền"). Given where the schema is known.
   */
  readonly location?: { readonly en: string; readonly vi: string };
  /**
   * What was probably meant: the known field closest to an unknown one (`household` for
   * `houshold`), or the code closest to a value outside a code list.
   */
  readonly suggestion?: string;
}

/**
 * The outcome of {@link validate}: the parsed value, or every issue found.
 *
 * @category Validation
 * @example
 * ```ts
 * import { validate, CountSchema, type ValidationResult } from "antt";
 * const result: ValidationResult<number> = validate(CountSchema, 3);
 * if (result.success) console.log(result.data + 1);
 * ```
 */
export type ValidationResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly Issue[] };
