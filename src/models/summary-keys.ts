import { type Locale, label } from "../core/labels.js";
import { MODEL_KIND_LABELS, type ModelKind } from "./labels.js";
import type { ModelGrading, SecurityModel } from "./schema.js";

/**
 * The key of the bucket of {@link ModelSummary.byModel} that gathers the sites (and their
 * teams) whose `modelId` names no model of the input: `"unknown-model"`.
 *
 * @description Sites are counted there, never dropped, so the sites of `byModel` always
 * add up to `sites.total`. The ids they named are listed in
 * {@link ModelSummary.unknownModelIds}. Do not give a model this id.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeModels, UNKNOWN_MODEL } from "antt";
 * const summary = summarizeModels({
 *   models: [],
 *   sites: [{ id: "s-1", modelId: "mh-x", unitCode: "20362", kind: "village", status: "proposed" }],
 * });
 * summary.byModel[UNKNOWN_MODEL]?.sites; // 1
 * ```
 */
export const UNKNOWN_MODEL = "unknown-model";

/**
 * The key of a model's kind in {@link ModelCounts.byKind}: the code of a listed kind
 * (`"five-in-one"`), or `custom:` and the kind's own name for a custom kind
 * (`"custom:Tín hữu nói không với ma túy"`).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { ModelKindKey } from "antt";
 * const keys: ModelKindKey[] = ["camera-security", "custom:Xứ họ bình yên"];
 * ```
 */
export type ModelKindKey = ModelKind | `custom:${string}`;

/**
 * The key a model is counted under by kind (loại hình mô hình): its listed kind, or
 * `custom:<name>` for a custom kind, so that each custom kind is counted on its own and
 * not lumped into one "Mô hình khác".
 *
 * @description The custom name is normalised (Unicode NFC, runs of white space made one
 * space) so that the same name typed twice gives the same key; letter case is kept, as
 * the key is also what a report prints (see {@link modelKindKeyName}).
 *
 * @param model - the model, or just its `kind` and `customKindName`
 * @returns the kind's key
 * @category Aggregations
 * @example
 * ```ts
 * import { modelKindKey } from "antt";
 * modelKindKey({ kind: "five-in-one" }); // "five-in-one"
 * modelKindKey({ kind: "custom", customKindName: "Tín hữu  nói không với ma túy" });
 * // "custom:Tín hữu nói không với ma túy"
 * ```
 */
export function modelKindKey(
  model: Pick<SecurityModel, "kind"> & { readonly customKindName?: string | undefined },
): ModelKindKey {
  if (model.kind !== "custom" || model.customKindName === undefined) return model.kind;
  const name = model.customKindName.normalize("NFC").replace(/\s+/g, " ").trim();
  return name === "" ? "custom" : `custom:${name}`;
}

/**
 * The name of a kind key of {@link ModelCounts.byKind} in a locale: the label of a listed
 * kind, the own name of a custom kind.
 *
 * @param key - a key made by {@link modelKindKey}
 * @param locale - `"vi"` (default) or `"en"`
 * @returns the kind's name, for a report's table of models by kind
 * @category Aggregations
 * @example
 * ```ts
 * import { modelKindKeyName } from "antt";
 * modelKindKeyName("five-in-one");                       // "Tổ tự quản 5 trong 1"
 * modelKindKeyName("five-in-one", "en");                 // "Five-in-one self-governing team"
 * modelKindKeyName("custom:Tín hữu nói không với ma túy"); // "Tín hữu nói không với ma túy"
 * ```
 */
export function modelKindKeyName(key: string, locale: Locale = "vi"): string {
  return key.startsWith("custom:") ? key.slice(7) : label(MODEL_KIND_LABELS, key, locale);
}

/**
 * The key a grading is counted under in {@link ModelCounts.byGrade}: the grade code on the
 * library's default scale (`"good"`), `<scale>:<grade>` on a scale the locality named
 * (`"tam-ky-2022:xuat-sac"`), so that grades of different scales are never added up.
 *
 * @param grading - the model's latest grading (`grade` and optional `scale`)
 * @returns the grade's key
 * @category Aggregations
 * @example
 * ```ts
 * import { modelGradeKey } from "antt";
 * modelGradeKey({ grade: "weak" });                           // "weak"
 * modelGradeKey({ grade: "xuat-sac", scale: "tam-ky-2022" }); // "tam-ky-2022:xuat-sac"
 * ```
 */
export function modelGradeKey(
  grading: Pick<ModelGrading, "grade"> & { readonly scale?: string | undefined },
): string {
  return grading.scale === undefined ? grading.grade : `${grading.scale}:${grading.grade}`;
}
