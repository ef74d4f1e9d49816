// A security-and-order model (mô hình tự quản về ANTT), the households and people taking
// part in it, and the name of its kind.
import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  ExtSchema,
  IdSchema,
  type Locale,
  label,
  labelFields,
  NameSchema,
  SecurityDutySchema,
  TextSchema,
  UnitCodeSchema,
} from "../../core/index.js";
import { fail, noDuplicates } from "../../core/refine.js";
import { ModelKindSchema, ModelPartnerSchema, ModelStatusSchema } from "../code-lists/schema.js";
import { MODEL_KIND_LABELS } from "../labels.js";
import { checkLifecycle } from "../lifecycle.js";
import { ModelGradingSchema } from "../review/schema.js";
import { MODEL_PARTICIPANTS_FIELDS, SECURITY_MODEL_FIELDS } from "./field-labels.js";

function normalizeName(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi").replace(/\s+/g, " ").trim();
}

const LISTED_KIND_NAMES = new Map<string, string>(
  Object.entries(MODEL_KIND_LABELS)
    .filter(([code]) => code !== "custom")
    .map(([code, labels]) => [normalizeName(labels.vi), code]),
);

/**
 * How many take part in a model or a site: households (hộ gia đình) and people.
 *
 * @description Both counts are optional, because reports give one or the other ("41
 * boarding-house households signed up", "50 members"), but at least one must be given:
 * an empty object would say nothing.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ModelParticipantsSchema } from "antt";
 * ModelParticipantsSchema.parse({ households: 41 });
 * ModelParticipantsSchema.safeParse({}).success; // false
 * ```
 */
export const ModelParticipantsSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Number of households taking part */
        households: CountSchema.optional().describe("Number of households taking part"),
        /** Number of people taking part */
        people: CountSchema.optional().describe("Number of people taking part"),
      })
      .superRefine((value, ctx) => {
        if (value.households === undefined && value.people === undefined) {
          fail(
            ctx,
            "model-participants-missing",
            [],
            "Give households, people or both",
            "Phải có số hộ hoặc số người tham gia",
          );
        }
      })
      .describe("Households and people taking part"),
    MODEL_PARTICIPANTS_FIELDS,
  ))();

/**
 * Households and people taking part (see {@link ModelParticipantsSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ModelParticipants } from "antt";
 * const farmers: ModelParticipants = { people: 50 };
 * ```
 *
 * @interface
 */
export type ModelParticipants = z.infer<typeof ModelParticipantsSchema>;

/**
 * A security-and-order model (mô hình tự quản về ANTT): a named, self-run arrangement of
 * residents, launched (ra mắt) in a village, ward or commune with the commune police.
 *
 * @description A model is counted once; every place that applies or replicates it is a
 * {@link ModelSiteSchema | site} of it, and the teams running those sites are
 * {@link teams!TeamSchema | teams}. The rules checked inside one record:
 *
 * - `kind: "custom"` needs `customKindName`, and only a custom kind may have one; a
 *   custom name equal to a listed kind's Vietnamese name is an error (use that kind), so
 *   that counting by kind is not split.
 * - `status` `active`, `suspended` or `ended` needs `launchedOn`; a `proposed` model has
 *   none. An `ended` model (thanh loại) needs `endedOn` and `endReason`, on or after
 *   `launchedOn`; a model of another status has neither.
 * - the latest `grade` is on the default scale unless it names its own (see
 *   {@link ModelGradingSchema}) and is not dated before the launch.
 * - `duties` and `partners` have no duplicates.
 *
 * `type` and `group` (loại, nhóm) are the police's own classification, written as the
 * dossier writes them: they are free text, not a code list, because each province
 * classifies differently (Tam Kỳ: 3 types, 22 groups).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SecurityModelSchema } from "antt";
 * const model = SecurityModelSchema.parse({
 *   id: "mh-tam-thang-5in1",
 *   name: "Tổ tự quản 5 trong 1 thôn Kim Đới",
 *   kind: "five-in-one",
 *   unitCode: "20362",
 *   unitCodeAsOf: "2021-03-15",
 *   launchedOn: "2021-03-15",
 *   status: "active",
 *   exemplar: true,
 *   grade: { grade: "good", reviewedOn: "2022-06-30", kind: "interim" },
 *   duties: ["keep-order", "crime-prevention", "fire-rescue", "epidemic-prevention", "disaster-reintegration"],
 * });
 * model.kind; // "five-in-one"
 * ```
 */
export const SecurityModelSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the model */
        id: IdSchema.describe("Identifier of the model"),
        /** Name of the model, as launched */
        name: NameSchema.describe("Name of the model, as launched"),
        /** Kind of model; custom for a kind the list does not name */
        kind: ModelKindSchema.describe("Kind of model; custom for a kind the list does not name"),
        /** Name of the kind when kind is custom (required then, and only then) */
        customKindName: NameSchema.optional().describe(
          "Name of the kind when kind is custom (required then, and only then)",
        ),
        /** Type (loại) in the police's own classification */
        type: NameSchema.optional().describe("Type (loại) in the police's own classification"),
        /** Group (nhóm) in the police's own classification */
        group: NameSchema.optional().describe("Group (nhóm) in the police's own classification"),
        /** Code of the administrative unit that owns the model */
        unitCode: UnitCodeSchema.describe("Code of the administrative unit that owns the model"),
        /** Date the unit code was valid for; the launch date when absent */
        unitCodeAsOf: CalendarDateSchema.optional().describe(
          "Date the unit code was valid for; the launch date when absent",
        ),
        /** Launch date (ngày ra mắt); required unless the status is proposed */
        launchedOn: CalendarDateSchema.optional().describe(
          "Launch date (ngày ra mắt); required unless the status is proposed",
        ),
        /** Life-cycle status */
        status: ModelStatusSchema.describe("Life-cycle status"),
        /** Date the model was ended (thanh loại); required when the status is ended */
        endedOn: CalendarDateSchema.optional().describe(
          "Date the model was ended (thanh loại); required when the status is ended",
        ),
        /** Why the model was ended; required when the status is ended */
        endReason: TextSchema.optional().describe(
          "Why the model was ended; required when the status is ended",
        ),
        /** Whether the model is an advanced exemplar (điển hình tiên tiến) */
        exemplar: z
          .boolean()
          .optional()
          .describe("Whether the model is an advanced exemplar (điển hình tiên tiến)"),
        /** Latest grading at a review */
        grade: ModelGradingSchema.optional().describe("Latest grading at a review"),
        /** Duties the model takes on, without duplicates */
        duties: z
          .array(SecurityDutySchema)
          .max(20)
          .optional()
          .describe("Duties the model takes on, without duplicates"),
        /**
         * Organisations the model is built with (veterans, youth union...), without duplicates
         */
        partners: z
          .array(ModelPartnerSchema)
          .max(20)
          .optional()
          .describe(
            "Organisations the model is built with (veterans, youth union...), without duplicates",
          ),
        /** Reference of the model's dossier (hồ sơ) */
        dossierRef: NameSchema.optional().describe("Reference of the model's dossier (hồ sơ)"),
        /** Households and people taking part in the whole model */
        participants: ModelParticipantsSchema.optional().describe(
          "Households and people taking part in the whole model",
        ),
        /** Description of the model */
        description: TextSchema.optional().describe("Description of the model"),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((value, ctx) => {
        if (value.kind === "custom") {
          if (value.customKindName === undefined) {
            fail(
              ctx,
              "model-custom-kind-name-missing",
              ["customKindName"],
              "A model of kind custom needs customKindName",
              "Mô hình loại khác phải có tên loại mô hình",
            );
          } else {
            const listed = LISTED_KIND_NAMES.get(normalizeName(value.customKindName));
            if (listed !== undefined) {
              fail(
                ctx,
                "model-custom-kind-name-listed",
                ["customKindName"],
                `${value.customKindName} is a listed kind: use kind ${listed}`,
                `${value.customKindName} đã có trong danh mục: dùng loại ${listed}`,
              );
            }
          }
        } else if (value.customKindName !== undefined) {
          fail(
            ctx,
            "model-custom-kind-name-not-custom",
            ["customKindName"],
            `Only a model of kind custom has customKindName; the kind is ${value.kind}`,
            "Chỉ mô hình loại khác mới có tên loại mô hình riêng",
          );
        }
        checkLifecycle(value, ctx, { en: "model", vi: "Mô hình" });
        if (
          value.grade &&
          value.launchedOn !== undefined &&
          value.grade.reviewedOn < value.launchedOn
        ) {
          fail(
            ctx,
            "model-graded-before-launch",
            ["grade", "reviewedOn"],
            `The review date ${value.grade.reviewedOn} is before the launch date ${value.launchedOn}`,
            `Ngày xếp loại ${value.grade.reviewedOn} trước ngày ra mắt ${value.launchedOn}`,
          );
        }
        noDuplicates(ctx, "model-duty-repeated", "duties", value.duties, {
          en: "The duty",
          vi: "Nhiệm vụ",
        });
        noDuplicates(ctx, "model-partner-repeated", "partners", value.partners, {
          en: "The partner",
          vi: "Tổ chức phối hợp",
        });
      })
      .describe("A security-and-order model (mô hình tự quản về ANTT)"),
    SECURITY_MODEL_FIELDS,
  ))();

/**
 * A security-and-order model (see {@link SecurityModelSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { SecurityModel } from "antt";
 * const model: SecurityModel = {
 *   id: "mh-truong-xuan-camera",
 *   name: "Camera an ninh phường Trường Xuân",
 *   kind: "camera-security",
 *   unitCode: "20335",
 *   launchedOn: "2022-04-20",
 *   status: "active",
 * };
 * ```
 *
 * @interface
 */
export type SecurityModel = z.infer<typeof SecurityModelSchema>;

/**
 * The name of a model's kind in a locale: the label of a listed kind, or the
 * `customKindName` of a custom one.
 *
 * @description Use it wherever a report names kinds, so that a custom kind is printed
 * with its own name and not as "Mô hình khác".
 *
 * @param model - the model, or just its `kind` and `customKindName`
 * @param locale - `"vi"` (default) or `"en"`
 * @returns the kind's name
 * @category Code lists
 * @example
 * ```ts
 * import { modelKindName } from "antt";
 * modelKindName({ kind: "camera-security" });        // "Camera an ninh"
 * modelKindName({ kind: "camera-security" }, "en");  // "Security cameras"
 * modelKindName({ kind: "custom", customKindName: "Tín hữu nói không với ma túy" }); // "Tín hữu nói không với ma túy"
 * ```
 */
export function modelKindName(
  model: Pick<SecurityModel, "kind"> & { readonly customKindName?: string | undefined },
  locale: Locale = "vi",
): string {
  if (model.kind === "custom" && model.customKindName !== undefined) return model.customKindName;
  return label(MODEL_KIND_LABELS, model.kind, locale);
}
