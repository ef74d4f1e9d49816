import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  codeList,
  ExtSchema,
  IdSchema,
  type Locale,
  label,
  NameSchema,
  SecurityDutySchema,
  TextSchema,
  UnitCodeSchema,
} from "../core/index.js";
import { fail as issue } from "../core/refine.js";
import {
  MODEL_GRADE_LABELS,
  MODEL_KIND_LABELS,
  MODEL_SITE_KIND_LABELS,
  MODEL_STATUS_LABELS,
  REVIEW_KIND_LABELS,
  REVIEW_RECOMMENDATION_LABELS,
  SAFETY_SUBJECT_KIND_LABELS,
} from "./labels.js";

/**
 * The kind of a security-and-order model (loại hình mô hình), a code of
 * {@link MODEL_KIND_LABELS}; `custom` for a kind the list does not name.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelKindSchema } from "antt";
 * ModelKindSchema.parse("camera-security");
 * ModelKindSchema.safeParse("camera").success; // false
 * ```
 */
export const ModelKindSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_KIND_LABELS, "Kind of security-and-order model"))();

/**
 * The life-cycle status of a model or of a model site, a code of
 * {@link MODEL_STATUS_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelStatusSchema } from "antt";
 * ModelStatusSchema.parse("active");
 * ```
 */
export const ModelStatusSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_STATUS_LABELS, "Life-cycle status of a model or model site"))();

/**
 * A grade of the library's default scale, a code of {@link MODEL_GRADE_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelGradeSchema } from "antt";
 * ModelGradeSchema.parse("good");
 * ModelGradeSchema.safeParse("excellent").success; // false: not in the default scale
 * ```
 */
export const ModelGradeSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_GRADE_LABELS, "Grade of a model on the default scale"))();

/**
 * The kind of a review, a code of {@link REVIEW_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ReviewKindSchema } from "antt";
 * ReviewKindSchema.parse("final");
 * ```
 */
export const ReviewKindSchema = /* @__PURE__ */ (() =>
  codeList(REVIEW_KIND_LABELS, "Kind of review: interim (sơ kết) or final (tổng kết)"))();

/**
 * What a review proposes for a model, a code of {@link REVIEW_RECOMMENDATION_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ReviewRecommendationSchema } from "antt";
 * ReviewRecommendationSchema.parse("end");
 * ```
 */
export const ReviewRecommendationSchema = /* @__PURE__ */ (() =>
  codeList(REVIEW_RECOMMENDATION_LABELS, "What a review proposes for a model"))();

/**
 * The kind of place where a model is applied, a code of {@link MODEL_SITE_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelSiteKindSchema } from "antt";
 * ModelSiteKindSchema.parse("school");
 * ```
 */
export const ModelSiteKindSchema = /* @__PURE__ */ (() =>
  codeList(MODEL_SITE_KIND_LABELS, "Kind of place where a model is applied"))();

/**
 * The kind of subject of an "An toàn về ANTT" recognition, a code of
 * {@link SAFETY_SUBJECT_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { SafetySubjectKindSchema } from "antt";
 * SafetySubjectKindSchema.parse("agency-business");
 * ```
 */
export const SafetySubjectKindSchema = /* @__PURE__ */ (() =>
  codeList(
    SAFETY_SUBJECT_KIND_LABELS,
    "Kind of subject recognised as safe in security and order",
  ))();

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

// A grade code, of the default scale or of a caller's own: short, lower-case, stable.
const CODE_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const GradeCodeSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(CODE_RE, "Expected a code of lower-case letters, digits, _ and - (at most 64)")
    .describe(
      "Grade code: one of good, fair, average, weak, not-graded when scale is absent; a code of the named scale otherwise",
    ))();
const ScaleIdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(CODE_RE, "Expected a scale id of lower-case letters, digits, _ and - (at most 64)")
    .describe(
      "Id of the caller's own grading scale, such as tam-ky-2022; absent for the library's default scale",
    ))();

function checkGrade(
  value: { grade: string; scale?: string | undefined },
  ctx: Ctx,
  path: Path,
): void {
  if (value.scale === undefined && !Object.hasOwn(MODEL_GRADE_LABELS, value.grade)) {
    issue(
      ctx,
      [...path, "grade"],
      `Unknown grade ${value.grade}: expected one of ${Object.keys(MODEL_GRADE_LABELS).join(", ")}, or name your own scale in scale`,
      `Xếp loại ${value.grade} không hợp lệ: phải là tốt, khá, trung bình, yếu hoặc chưa xếp loại, hoặc ghi rõ thang xếp loại riêng (scale)`,
    );
  }
}

function checkUnique(values: readonly string[] | undefined, ctx: Ctx, path: Path): void {
  if (!values) return;
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) {
      issue(ctx, [...path, index], `Duplicate ${value}`, `Trùng lặp ${value}`);
    }
    seen.add(value);
  });
}

interface Lifecycle {
  status: "proposed" | "active" | "suspended" | "ended";
  launchedOn?: string | undefined;
  endedOn?: string | undefined;
  endReason?: string | undefined;
}

function checkLifecycle(value: Lifecycle, ctx: Ctx, what: { en: string; vi: string }): void {
  if (value.status === "proposed") {
    if (value.launchedOn !== undefined) {
      issue(
        ctx,
        ["launchedOn"],
        `A proposed ${what.en} has not been launched: leave launchedOn out or change the status`,
        `${what.vi} đang đề xuất chưa ra mắt: bỏ ngày ra mắt hoặc sửa trạng thái`,
      );
    }
  } else if (value.launchedOn === undefined) {
    issue(
      ctx,
      ["launchedOn"],
      `A ${value.status} ${what.en} needs its launch date (launchedOn)`,
      `${what.vi} đã ra mắt phải có ngày ra mắt`,
    );
  }
  if (value.status === "ended") {
    if (value.endedOn === undefined) {
      issue(
        ctx,
        ["endedOn"],
        `An ended ${what.en} needs its end date (endedOn)`,
        `${what.vi} đã thanh loại phải có ngày thanh loại`,
      );
    }
    if (value.endReason === undefined) {
      issue(
        ctx,
        ["endReason"],
        `An ended ${what.en} needs the reason it was ended (endReason)`,
        `${what.vi} đã thanh loại phải có lý do thanh loại`,
      );
    }
  } else {
    if (value.endedOn !== undefined) {
      issue(
        ctx,
        ["endedOn"],
        `Only an ended ${what.en} has an end date; the status is ${value.status}`,
        `Chỉ ${what.vi.toLowerCase()} đã thanh loại mới có ngày thanh loại`,
      );
    }
    if (value.endReason !== undefined) {
      issue(
        ctx,
        ["endReason"],
        `Only an ended ${what.en} has an end reason; the status is ${value.status}`,
        `Chỉ ${what.vi.toLowerCase()} đã thanh loại mới có lý do thanh loại`,
      );
    }
  }
  if (
    value.launchedOn !== undefined &&
    value.endedOn !== undefined &&
    value.endedOn < value.launchedOn
  ) {
    issue(
      ctx,
      ["endedOn"],
      `The end date ${value.endedOn} is before the launch date ${value.launchedOn}`,
      `Ngày thanh loại ${value.endedOn} trước ngày ra mắt ${value.launchedOn}`,
    );
  }
}

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
  z
    .strictObject({
      /** Number of households taking part */
      households: CountSchema.optional().describe("Number of households taking part"),
      /** Number of people taking part */
      people: CountSchema.optional().describe("Number of people taking part"),
    })
    .superRefine((value, ctx) => {
      if (value.households === undefined && value.people === undefined) {
        issue(ctx, [], "Give households, people or both", "Phải có số hộ hoặc số người tham gia");
      }
    })
    .describe("Households and people taking part"))();

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
 * The latest grading (xếp loại) of a model at a review (sơ kết, tổng kết).
 *
 * @description Grades are data, not a closed list, because no national scale is
 * published. When `scale` is absent the grade is on the library's default scale and
 * must be one of {@link MODEL_GRADE_LABELS} (`good`, `fair`, `average`, `weak`,
 * `not-graded`); a typo such as `godo` is an error. A locality with its own scale names
 * it in `scale` (`"ha-noi-2024"`) and may then use any code of lower-case letters,
 * digits, `_` and `-`; the app checks those codes against its own labels and prints
 * them with `label(itsLabels, grade)`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ModelGradingSchema } from "antt";
 * ModelGradingSchema.parse({ grade: "good", reviewedOn: "2022-06-30", kind: "interim" });
 * ModelGradingSchema.parse({ grade: "xuat-sac", scale: "ha-noi-2024", reviewedOn: "2024-12-20" });
 * ModelGradingSchema.safeParse({ grade: "xuat-sac", reviewedOn: "2024-12-20" }).success; // false
 * ```
 */
export const ModelGradingSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /**
       * Grade code: one of good, fair, average, weak, not-graded when scale is absent; a code
       * of the named scale otherwise
       */
      grade: GradeCodeSchema,
      /**
       * Id of the caller's own grading scale, such as tam-ky-2022; absent for the library's
       * default scale
       */
      scale: ScaleIdSchema.optional(),
      /** Date of the review that gave the grade */
      reviewedOn: CalendarDateSchema.describe("Date of the review that gave the grade"),
      /** Kind of review: interim (sơ kết) or final (tổng kết) */
      kind: ReviewKindSchema.optional().describe(
        "Kind of review: interim (sơ kết) or final (tổng kết)",
      ),
      /** Note of the reviewers */
      note: TextSchema.optional().describe("Note of the reviewers"),
    })
    .superRefine((value, ctx) => checkGrade(value, ctx, []))
    .describe("Latest grading of a model at a review"))();

/**
 * A model's latest grading (see {@link ModelGradingSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ModelGrading } from "antt";
 * const grading: ModelGrading = { grade: "weak", reviewedOn: "2022-12-15", kind: "final" };
 * ```
 *
 * @interface
 */
export type ModelGrading = z.infer<typeof ModelGradingSchema>;

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
 * - `duties` has no duplicates.
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
          issue(
            ctx,
            ["customKindName"],
            "A model of kind custom needs customKindName",
            "Mô hình loại khác phải có tên loại mô hình",
          );
        } else {
          const listed = LISTED_KIND_NAMES.get(normalizeName(value.customKindName));
          if (listed !== undefined) {
            issue(
              ctx,
              ["customKindName"],
              `${value.customKindName} is a listed kind: use kind ${listed}`,
              `${value.customKindName} đã có trong danh mục: dùng loại ${listed}`,
            );
          }
        }
      } else if (value.customKindName !== undefined) {
        issue(
          ctx,
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
        issue(
          ctx,
          ["grade", "reviewedOn"],
          `The review date ${value.grade.reviewedOn} is before the launch date ${value.launchedOn}`,
          `Ngày xếp loại ${value.grade.reviewedOn} trước ngày ra mắt ${value.launchedOn}`,
        );
      }
      checkUnique(value.duties, ctx, ["duties"]);
    })
    .describe("A security-and-order model (mô hình tự quản về ANTT)"))();

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

/**
 * A site of a model (điểm mô hình, điểm nhân rộng): one village, commune, agency, school
 * or other place that applies the model, with its own launch date and status.
 *
 * @description Guidance 22/HD-BCA-V05 has localities report the number of models, of
 * sites applying them and of teams running the sites apart; so a model replicated to 5
 * villages is one model with 6 sites. A replicated site names the site it was
 * replicated from (`replicatedFromSiteId`), never itself. The life-cycle rules are
 * those of {@link SecurityModelSchema}: `launchedOn` unless `proposed`; `endedOn` and
 * `endReason` when, and only when, `ended`; the end not before the launch.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ModelSiteSchema } from "antt";
 * ModelSiteSchema.parse({
 *   id: "site-kim-doi",
 *   modelId: "mh-tam-thang-5in1",
 *   unitCode: "20362.kim-doi",
 *   name: "Thôn Kim Đới",
 *   kind: "village",
 *   launchedOn: "2021-03-15",
 *   status: "active",
 *   participants: { households: 120 },
 * });
 * ```
 */
export const ModelSiteSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Identifier of the site */
      id: IdSchema.describe("Identifier of the site"),
      /** Id of the model the site applies */
      modelId: IdSchema.describe("Id of the model the site applies"),
      /** Code of the unit (village or commune) where the site is */
      unitCode: UnitCodeSchema.describe("Code of the unit (village or commune) where the site is"),
      /** Date the unit code was valid for; the launch date when absent */
      unitCodeAsOf: CalendarDateSchema.optional().describe(
        "Date the unit code was valid for; the launch date when absent",
      ),
      /** Name of the site, such as the village's name */
      name: NameSchema.optional().describe("Name of the site, such as the village's name"),
      /** Kind of place */
      kind: ModelSiteKindSchema.describe("Kind of place"),
      /** Date the model was launched at this site; required unless the status is proposed */
      launchedOn: CalendarDateSchema.optional().describe(
        "Date the model was launched at this site; required unless the status is proposed",
      ),
      /** Life-cycle status of the site */
      status: ModelStatusSchema.describe("Life-cycle status of the site"),
      /** Date the site was ended; required when the status is ended */
      endedOn: CalendarDateSchema.optional().describe(
        "Date the site was ended; required when the status is ended",
      ),
      /** Why the site was ended; required when the status is ended */
      endReason: TextSchema.optional().describe(
        "Why the site was ended; required when the status is ended",
      ),
      /** Id of the site this one was replicated (nhân rộng) from */
      replicatedFromSiteId: IdSchema.optional().describe(
        "Id of the site this one was replicated (nhân rộng) from",
      ),
      /** Households and people taking part at this site */
      participants: ModelParticipantsSchema.optional().describe(
        "Households and people taking part at this site",
      ),
      /** Note */
      note: TextSchema.optional().describe("Note"),
      /** App-specific data, not interpreted by the library */
      ext: ExtSchema.optional(),
    })
    .superRefine((value, ctx) => {
      checkLifecycle(value, ctx, { en: "site", vi: "Điểm mô hình" });
      if (value.replicatedFromSiteId === value.id) {
        issue(
          ctx,
          ["replicatedFromSiteId"],
          "A site cannot be replicated from itself",
          "Điểm mô hình không thể nhân rộng từ chính nó",
        );
      }
    })
    .describe("A site of a model (điểm mô hình, điểm nhân rộng)"))();

/**
 * A site of a model (see {@link ModelSiteSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ModelSite } from "antt";
 * const site: ModelSite = {
 *   id: "site-thon-2",
 *   modelId: "mh-tam-thang-5in1",
 *   unitCode: "20362.thon-2",
 *   kind: "village",
 *   launchedOn: "2021-09-02",
 *   status: "active",
 *   replicatedFromSiteId: "site-kim-doi",
 * };
 * ```
 *
 * @interface
 */
export type ModelSite = z.infer<typeof ModelSiteSchema>;

/**
 * One review of a model (sơ kết, tổng kết): the grade it gave and what it proposed,
 * kept as history beside the model's latest `grade`.
 *
 * @description The grade follows {@link ModelGradingSchema}: on the default scale
 * unless `scale` names the reviewer's own. `siteId` narrows the review to one site;
 * `unitCode` is the unit that held the review (a commune's or the city police's).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ModelReviewSchema } from "antt";
 * ModelReviewSchema.parse({
 *   id: "rv-2022-h1-17",
 *   modelId: "mh-17",
 *   unitCode: "502",
 *   unitCodeAsOf: "2022-06-30",
 *   kind: "interim",
 *   reviewedOn: "2022-06-30",
 *   grade: "weak",
 *   recommendation: "end",
 * });
 * ```
 */
export const ModelReviewSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Identifier of the review */
      id: IdSchema.describe("Identifier of the review"),
      /** Id of the reviewed model */
      modelId: IdSchema.describe("Id of the reviewed model"),
      /** Id of the reviewed site, when only one site is */
      siteId: IdSchema.optional().describe("Id of the reviewed site, when only one site is"),
      /** Code of the unit that held the review */
      unitCode: UnitCodeSchema.describe("Code of the unit that held the review"),
      /** Date the unit code was valid for; the review date when absent */
      unitCodeAsOf: CalendarDateSchema.optional().describe(
        "Date the unit code was valid for; the review date when absent",
      ),
      /** Interim (sơ kết) or final (tổng kết) review */
      kind: ReviewKindSchema.describe("Interim (sơ kết) or final (tổng kết) review"),
      /** Date of the review */
      reviewedOn: CalendarDateSchema.describe("Date of the review"),
      /**
       * Grade code: one of good, fair, average, weak, not-graded when scale is absent; a code
       * of the named scale otherwise
       */
      grade: GradeCodeSchema,
      /**
       * Id of the caller's own grading scale, such as tam-ky-2022; absent for the library's
       * default scale
       */
      scale: ScaleIdSchema.optional(),
      /** What the review proposes for the model */
      recommendation: ReviewRecommendationSchema.optional().describe(
        "What the review proposes for the model",
      ),
      /** Reference of the review's report or decision */
      decisionRef: NameSchema.optional().describe("Reference of the review's report or decision"),
      /** Note of the reviewers */
      note: TextSchema.optional().describe("Note of the reviewers"),
      /** App-specific data, not interpreted by the library */
      ext: ExtSchema.optional(),
    })
    .superRefine((value, ctx) => checkGrade(value, ctx, []))
    .describe("A review of a model (sơ kết, tổng kết)"))();

/**
 * A review of a model (see {@link ModelReviewSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ModelReview } from "antt";
 * const review: ModelReview = {
 *   id: "rv-1",
 *   modelId: "mh-17",
 *   unitCode: "20335",
 *   kind: "final",
 *   reviewedOn: "2022-12-15",
 *   grade: "good",
 *   recommendation: "replicate",
 * };
 * ```
 *
 * @interface
 */
export type ModelReview = z.infer<typeof ModelReviewSchema>;

/**
 * Whether a residential area, commune, agency or business, or school was recognised
 * "An toàn về ANTT" (safe in security and order) for a year, under Circular
 * 124/2021/TT-BCA.
 *
 * @description Recognition is yes or no, with no grades, once a year; a record with
 * `recognized: false` says the subject was assessed and not recognised. `unitCode` is
 * the residential area or commune itself, or, for an agency, business or school, the
 * unit where it is; those need `subjectName` too. A residential area is assessed over 1
 * November of the previous year to 31 October, everything else over the calendar year,
 * so `decidedOn` may not be before the start of that window.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { SafetyRecognitionSchema } from "antt";
 * SafetyRecognitionSchema.parse({
 *   id: "at-2024-kim-doi",
 *   subjectKind: "residential-area",
 *   unitCode: "20362.kim-doi",
 *   year: 2024,
 *   recognized: true,
 *   decisionRef: "QĐ 312/QĐ-UBND",
 *   decidedOn: "2024-12-10",
 * });
 * ```
 */
export const SafetyRecognitionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Identifier of the recognition record */
      id: IdSchema.describe("Identifier of the recognition record"),
      /** Kind of recognised subject */
      subjectKind: SafetySubjectKindSchema.describe("Kind of recognised subject"),
      /**
       * Code of the residential area or commune, or of the unit where the agency, business or
       * school is
       */
      unitCode: UnitCodeSchema.describe(
        "Code of the residential area or commune, or of the unit where the agency, business or school is",
      ),
      /**
       * Date the unit code was valid for; the decision date, or 31 December of the year, when
       * absent
       */
      unitCodeAsOf: CalendarDateSchema.optional().describe(
        "Date the unit code was valid for; the decision date, or 31 December of the year, when absent",
      ),
      /** Name of the agency, business or school (required for those) */
      subjectName: NameSchema.optional().describe(
        "Name of the agency, business or school (required for those)",
      ),
      /** Year of the recognition */
      year: z.int().min(1990).max(2100).describe("Year of the recognition"),
      /** Whether the subject was recognised */
      recognized: z.boolean().describe("Whether the subject was recognised"),
      /** Reference of the decision */
      decisionRef: NameSchema.optional().describe("Reference of the decision"),
      /** Date of the decision */
      decidedOn: CalendarDateSchema.optional().describe("Date of the decision"),
      /** Note */
      note: TextSchema.optional().describe("Note"),
      /** App-specific data, not interpreted by the library */
      ext: ExtSchema.optional(),
    })
    .superRefine((value, ctx) => {
      if (
        (value.subjectKind === "agency-business" || value.subjectKind === "school") &&
        value.subjectName === undefined
      ) {
        issue(
          ctx,
          ["subjectName"],
          `A recognition of kind ${value.subjectKind} needs subjectName`,
          "Công nhận cơ quan, doanh nghiệp, nhà trường phải có tên đơn vị",
        );
      }
      if (value.decidedOn !== undefined) {
        const windowStart =
          value.subjectKind === "residential-area"
            ? `${value.year - 1}-11-01`
            : `${value.year}-01-01`;
        if (value.decidedOn < windowStart) {
          issue(
            ctx,
            ["decidedOn"],
            `The decision date ${value.decidedOn} is before the assessment of ${value.year} began (${windowStart})`,
            `Ngày quyết định ${value.decidedOn} trước khi bắt đầu kỳ đánh giá năm ${value.year} (${windowStart})`,
          );
        }
      }
    })
    .describe('An "An toàn về ANTT" recognition (công nhận) for one year'))();

/**
 * An "An toàn về ANTT" recognition (see {@link SafetyRecognitionSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { SafetyRecognition } from "antt";
 * const recognition: SafetyRecognition = {
 *   id: "at-2024-thpt-tho-xuan",
 *   subjectKind: "school",
 *   unitCode: "15532",
 *   subjectName: "Trường THPT Thọ Xuân 4",
 *   year: 2024,
 *   recognized: false,
 * };
 * ```
 *
 * @interface
 */
export type SafetyRecognition = z.infer<typeof SafetyRecognitionSchema>;
