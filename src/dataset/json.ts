import type { Dataset, DatasetInput } from "./schema.js";
import {
  type DatasetIssue,
  type DatasetValidation,
  type ValidateDatasetOptions,
  validateDataset,
} from "./validate.js";

/**
 * Writes a dataset as JSON text that {@link datasetFromJSON} reads back to an equal
 * dataset.
 *
 * @param dataset - a dataset
 * @param options - `indent`: spaces of indentation (default none)
 * @returns the JSON text
 * @category Interchange
 * @example
 * ```ts
 * import { datasetFromJSON, datasetToJSON } from "antt";
 * const text = datasetToJSON({ schemaVersion: "1.0", name: "Xã Xuân Sinh" });
 * datasetFromJSON(text).success; // true
 * ```
 */
export function datasetToJSON(
  dataset: Dataset | DatasetInput,
  options: { indent?: number } = {},
): string {
  return JSON.stringify(dataset, null, options.indent);
}

/**
 * Reads a dataset from JSON text and validates it (see {@link validateDataset}); text that
 * is not JSON is reported as an issue, never thrown.
 *
 * @description The text may be a string or UTF-8 bytes (a `Uint8Array` or a Node `Buffer`,
 * as `readFile` gives without an encoding); a byte order mark at its start is skipped.
 * Anything else is reported as an issue.
 *
 * @param text - JSON text, or its UTF-8 bytes
 * @param options - `maxIssues`, as for {@link validateDataset}
 * @returns the validation result, with the dataset when it is valid
 * @category Interchange
 * @example
 * ```ts
 * import { datasetFromJSON } from "antt";
 * const result = datasetFromJSON("{ not json");
 * result.success; // false
 * result.issues[0]?.code; // "invalid-json"
 * ```
 */
export function datasetFromJSON(
  text: string | Uint8Array,
  options: ValidateDatasetOptions = {},
): DatasetValidation {
  let source: string;
  if (typeof text === "string") source = text;
  else if (text instanceof Uint8Array) {
    try {
      source = new TextDecoder("utf-8", { fatal: true }).decode(text);
    } catch {
      return failure(
        "invalid-json",
        "The bytes are not UTF-8 text",
        "Dữ liệu không phải văn bản UTF-8",
      );
    }
  } else {
    return failure(
      "invalid-json",
      `Expected JSON text or its UTF-8 bytes, not ${text === null ? "null" : typeof text}`,
      `Cần văn bản JSON hoặc các byte UTF-8 của nó, không phải ${text === null ? "giá trị rỗng" : "giá trị loại khác"}`,
    );
  }
  // A byte order mark is not JSON, but editors on Windows write one.
  if (source.charCodeAt(0) === 0xfeff) source = source.slice(1);
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    const reason = String((error as Error).message).slice(0, 200);
    return failure("invalid-json", `Not JSON: ${reason}`, `Không phải JSON hợp lệ: ${reason}`);
  }
  return validateDataset(parsed, options);
}

function failure(code: string, en: string, vi: string): DatasetValidation {
  const issue: DatasetIssue = { severity: "error", path: [], code, message: { en, vi } };
  return { success: false, issues: [issue], issuesOmitted: 0 };
}
