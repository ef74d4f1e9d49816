// The marker a schema field carries when it holds personal data (dữ liệu cá nhân), as zod
// metadata: it reaches the JSON Schema as `x-personal-data`, and antt/privacy reads it to
// list and redact such fields. Data only: no zod here, the schema modules call `.meta()`.
import type { Label } from "./labels.js";

/**
 * The kind of personal data a field holds, as Law 91/2025/QH15 on personal data protection
 * divides it: basic (cơ bản: names, addresses, images, phone numbers, ID numbers, licence
 * plates…) or sensitive (nhạy cảm), which the law protects more strictly.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { PersonalDataKind } from "antt";
 * const kind: PersonalDataKind = "basic";
 * ```
 */
export type PersonalDataKind = "basic" | "sensitive";

/**
 * The metadata key of the personal-data marker, as it appears in the JSON Schema.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CameraPointSchema, jsonSchemaOf, PERSONAL_DATA_KEY } from "antt";
 * const properties = jsonSchemaOf(CameraPointSchema)["properties"] as Record<string, Record<string, unknown>>;
 * properties["address"]?.[PERSONAL_DATA_KEY]; // "basic"
 * ```
 */
export const PERSONAL_DATA_KEY = "x-personal-data";

/**
 * The labels of the kinds of personal data, in Vietnamese and English.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, PERSONAL_DATA_KIND_LABELS } from "antt";
 * label(PERSONAL_DATA_KIND_LABELS, "basic"); // "Dữ liệu cá nhân cơ bản"
 * ```
 */
export const PERSONAL_DATA_KIND_LABELS = {
  basic: { vi: "Dữ liệu cá nhân cơ bản", en: "Basic personal data" },
  sensitive: { vi: "Dữ liệu cá nhân nhạy cảm", en: "Sensitive personal data" },
} as const satisfies Record<PersonalDataKind, Label>;

/**
 * The zod metadata that marks a field as personal data of a kind: pass it to the field's
 * `.meta()`, after its `.describe()` (whose text ends with "personal data (basic)" or
 * "personal data (sensitive)", so that TypeDoc and an editor's hover say it too).
 *
 * @param kind - basic or sensitive
 * @returns the metadata `{ "x-personal-data": kind }`
 * @category Schemas
 * @example
 * ```ts
 * import * as z from "zod";
 * import { personalData } from "antt";
 * const Owner = z.strictObject({
 *   name: z.string().describe("Owner's name; personal data (basic)").meta(personalData("basic")),
 * });
 * ```
 */
export function personalData<K extends PersonalDataKind>(
  kind: K,
): { readonly "x-personal-data": K } {
  return { [PERSONAL_DATA_KEY]: kind } as { readonly "x-personal-data": K };
}
