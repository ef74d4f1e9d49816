import type { Dataset, DatasetInput } from "./schema.js";
import { type DatasetValidation, validateDataset } from "./validate.js";

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
 * @param text - JSON text
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
export function datasetFromJSON(text: string): DatasetValidation {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return {
      success: false,
      issues: [
        {
          severity: "error",
          path: [],
          code: "invalid-json",
          message: {
            en: `Not JSON: ${(error as Error).message}`,
            vi: `Không phải JSON hợp lệ: ${(error as Error).message}`,
          },
        },
      ],
    };
  }
  return validateDataset(parsed);
}
