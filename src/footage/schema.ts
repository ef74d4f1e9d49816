// The footage policy (quy định trích xuất dữ liệu camera) as data: its schema, and
// footagePolicy, which merges a province's overrides into the default and checks the result.
import * as z from "zod";
import { labelFields, validate } from "../core/index.js";
import { fail, fieldsOk, noDuplicates, RUN_WITH_OTHER_ISSUES } from "../core/refine.js";
import { ExtractionPurposeSchema } from "../incidents/index.js";
import { DEFAULT_FOOTAGE_POLICY } from "./default-policy.js";
import { FOOTAGE_POLICY_FIELDS } from "./field-labels.js";

const purposes = (description: string, min = 0) =>
  z.array(ExtractionPurposeSchema).min(min).max(32).describe(description);

const limit = (description: string, max: number) =>
  z.int().min(1).max(max).nullable().describe(description);

/**
 * A footage policy (quy định trích xuất dữ liệu camera) as data: which purposes a request
 * may have, which are forbidden, which need a case reference or a legal basis, and how far
 * one request may reach in time, cameras and space, and how many requests one case may
 * make.
 *
 * @description A limit of `null` means no limit. Every field is present, so a policy says
 * all it decides; {@link footagePolicy} makes one from a province's overrides and
 * {@link DEFAULT_FOOTAGE_POLICY}, whose values each cite their source. `checkExtraction`
 * checks a request against it.
 *
 * Rules checked with the policy: no purpose is both allowed and forbidden
 * (`forbiddenPurposes.<i>`); each list names a purpose once (`<list>.<i>`);
 * `minWindowMinutes` is not above `maxWindowMinutes` (`minWindowMinutes`).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DEFAULT_FOOTAGE_POLICY, FootagePolicySchema } from "antt/footage";
 * FootagePolicySchema.parse(DEFAULT_FOOTAGE_POLICY).maxWindowMinutes; // 720
 * FootagePolicySchema.safeParse({ ...DEFAULT_FOOTAGE_POLICY, maxCameras: 0 }).success; // false
 * ```
 */
export const FootagePolicySchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Purposes a request may have */
        allowedPurposes: purposes("Purposes a request may have", 1),
        /** Purposes no request may have, such as watching a lawful assembly */
        forbiddenPurposes: purposes(
          "Purposes no request may have, such as watching a lawful assembly",
        ),
        /** Purposes whose requests must give a case reference (caseRef) */
        caseRefRequiredFor: purposes(
          "Purposes whose requests must give a case reference (caseRef)",
        ),
        /** Purposes whose requests must give a legal basis (legalBasis) */
        legalBasisRequiredFor: purposes(
          "Purposes whose requests must give a legal basis (legalBasis)",
        ),
        /** Longest footage one request may cover, in minutes; null for no limit */
        maxWindowMinutes: limit(
          "Longest footage one request may cover, in minutes; null for no limit",
          525_600,
        ),
        /** Shortest footage a request should cover, in minutes (a warning); null for none */
        minWindowMinutes: limit(
          "Shortest footage a request should cover, in minutes (a warning); null for none",
          525_600,
        ),
        /** Most camera points one request may cover; null for no limit */
        maxCameras: limit("Most camera points one request may cover; null for no limit", 1000),
        /** Widest radius of a request's area, in metres; null for no limit */
        maxRadiusMetres: limit(
          "Widest radius of a request's area, in metres; null for no limit",
          100_000,
        ),
        /** Most requests one case (caseRef) may make; null for no limit */
        maxRequestsPerCase: limit(
          "Most requests one case (caseRef) may make; null for no limit",
          100_000,
        ),
      })
      .superRefine((policy, ctx) => {
        for (const key of [
          "allowedPurposes",
          "forbiddenPurposes",
          "caseRefRequiredFor",
          "legalBasisRequiredFor",
        ] as const) {
          if (fieldsOk(ctx, key)) {
            noDuplicates(ctx, "policy-purpose-repeated", key, policy[key], {
              en: "Purpose",
              vi: "Mục đích",
            });
          }
        }
        if (fieldsOk(ctx, "allowedPurposes", "forbiddenPurposes")) {
          policy.forbiddenPurposes.forEach((purpose, i) => {
            if (policy.allowedPurposes.includes(purpose)) {
              fail(
                ctx,
                "footage-policy-purpose-conflict",
                ["forbiddenPurposes", i],
                `The purpose ${purpose} is both allowed and forbidden`,
                `Mục đích ${purpose} vừa được phép vừa bị cấm`,
              );
            }
          });
        }
        if (
          fieldsOk(ctx, "minWindowMinutes", "maxWindowMinutes") &&
          policy.minWindowMinutes !== null &&
          policy.maxWindowMinutes !== null &&
          policy.minWindowMinutes > policy.maxWindowMinutes
        ) {
          fail(
            ctx,
            "footage-policy-window-order",
            ["minWindowMinutes"],
            `The shortest window (${policy.minWindowMinutes} minutes) is longer than the longest (${policy.maxWindowMinutes} minutes)`,
            `Khoảng thời gian tối thiểu (${policy.minWindowMinutes} phút) lớn hơn khoảng tối đa (${policy.maxWindowMinutes} phút)`,
          );
        }
      }, RUN_WITH_OTHER_ISSUES)
      .describe("A footage policy: what a footage request may ask for"),
    FOOTAGE_POLICY_FIELDS,
  ))();

/**
 * A footage policy (see {@link FootagePolicySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DEFAULT_FOOTAGE_POLICY, type FootagePolicy } from "antt/footage";
 * const strict: FootagePolicy = { ...DEFAULT_FOOTAGE_POLICY, maxCameras: 10 };
 * ```
 *
 * @interface
 */
export type FootagePolicy = z.infer<typeof FootagePolicySchema>;

/**
 * Why {@link footagePolicy} refused a province's overrides: the merged policy breaks the
 * policy's rules. `issues` lists every problem, with its path and message in English and
 * Vietnamese; `message` names the fields.
 *
 * @category Validation
 * @example
 * ```ts
 * import { footagePolicy, FootagePolicyError } from "antt/footage";
 * try {
 *   footagePolicy({ maxCameras: 0 });
 * } catch (error) {
 *   if (error instanceof FootagePolicyError) error.issues[0]?.path; // ["maxCameras"]
 * }
 * ```
 */
export class FootagePolicyError extends RangeError {
  /** Every problem of the merged policy. */
  readonly issues: readonly {
    readonly path: readonly (string | number)[];
    readonly code: string;
    readonly message: { readonly en: string; readonly vi: string };
  }[];

  constructor(issues: FootagePolicyError["issues"]) {
    const lines = issues.map(
      (i) => `${i.path.join(".") || "(policy)"}: ${i.message.en} (${i.message.vi})`,
    );
    super(`Invalid footage policy (quy định trích xuất không hợp lệ): ${lines.join("; ")}`);
    this.name = "FootagePolicyError";
    this.issues = issues;
  }
}

/**
 * A footage policy made of a province's overrides on {@link DEFAULT_FOOTAGE_POLICY}, and
 * checked (quy định của tỉnh).
 *
 * @description Each field given replaces the default's whole value: a list given replaces
 * the default list (it is not added to), a limit given as `null` removes the default's
 * limit. The merged policy is checked with {@link FootagePolicySchema}; the result is a
 * new object, and neither argument is changed.
 *
 * @param overrides - the fields the province sets; absent fields keep the default's value
 * @param base - the policy to override; {@link DEFAULT_FOOTAGE_POLICY} when absent
 * @returns the merged policy
 * @throws FootagePolicyError naming every bad field, in English and Vietnamese
 * @category Validation
 * @example
 * ```ts
 * import { footagePolicy } from "antt/footage";
 * const province = footagePolicy({ maxWindowMinutes: 240, maxCameras: 20 });
 * province.maxWindowMinutes; // 240
 * province.forbiddenPurposes; // ["lawful-assembly"]
 * ```
 */
export function footagePolicy(
  overrides: Partial<FootagePolicy>,
  base: FootagePolicy = DEFAULT_FOOTAGE_POLICY,
): FootagePolicy {
  if (typeof overrides !== "object" || overrides === null || Array.isArray(overrides)) {
    throw new FootagePolicyError([
      {
        path: [],
        code: "invalid_type",
        message: {
          en: "The overrides are not an object of policy fields",
          vi: "Phần điều chỉnh quy định phải là một đối tượng gồm các trường của quy định",
        },
      },
    ]);
  }
  const result = validate(FootagePolicySchema, { ...base, ...overrides });
  if (!result.success) throw new FootagePolicyError(result.issues);
  return result.data;
}
