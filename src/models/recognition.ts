import { match } from "ts-pattern";
import * as z from "zod";
import {
  CountSchema,
  customPeriod,
  ExtSchema,
  formatNumber,
  formatPeriod,
  type Label,
  type Locale,
  label,
  type Period,
  parsePeriod,
} from "../core/index.js";
import { fail } from "../core/refine.js";
import type { CriterionStatus } from "./evaluate.js";
import { SAFETY_SUBJECT_KIND_LABELS, type SafetySubjectKind } from "./labels.js";

/**
 * The subject of an "An toàn về ANTT" assessment: a residential area (khu dân cư), a
 * commune (xã, phường, đặc khu), an agency or business (cơ quan, doanh nghiệp) or a
 * school (cơ sở giáo dục).
 *
 * @description `unitCode` is the residential area or commune itself, or, for an agency,
 * business or school, the unit where it is (as in {@link SafetyRecognitionSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SafetySubject } from "antt";
 * const area: SafetySubject = { kind: "residential-area", unitCode: "20362.kim-doi", name: "Thôn Kim Đới" };
 * ```
 */
export interface SafetySubject {
  /** The kind of subject. */
  readonly kind: SafetySubjectKind;
  /** The unit code of the area or commune, or of the unit where the agency or school is. */
  readonly unitCode: string;
  /** The subject's name, such as the agency's. */
  readonly name?: string | undefined;
}

const HouseholdsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Households living in the residential area (hộ gia đình) */
      total: CountSchema.describe("Households living in the residential area (hộ gia đình)"),
      /**
       * Of them, households that registered to take part in building the area safe in security
       * and order (đăng ký tham gia)
       */
      registered: CountSchema.describe(
        "Of them, households that registered to take part in building the area safe in security and order (đăng ký tham gia)",
      ),
    })
    .superRefine((value, ctx) => {
      if (value.registered > value.total) {
        fail(
          ctx,
          ["registered"],
          `${value.registered} households registered but the area has ${value.total}`,
          `Số hộ đăng ký (${value.registered}) lớn hơn tổng số hộ (${value.total})`,
        );
      }
    })
    .describe("Households of a residential area and those that registered to take part"))();

const StaffSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Staff (cán bộ, công nhân viên, người lao động) of the agency */
      total: CountSchema.describe("Staff (cán bộ, công nhân viên, người lao động) of the agency"),
      /**
       * Of them, staff briefed on the movement and the security-and-order rules (quán triệt,
       * phổ biến)
       */
      briefed: CountSchema.describe(
        "Of them, staff briefed on the movement and the security-and-order rules (quán triệt, phổ biến)",
      ),
    })
    .superRefine((value, ctx) => {
      if (value.briefed > value.total) {
        fail(
          ctx,
          ["briefed"],
          `${value.briefed} staff briefed but the agency has ${value.total}`,
          `Số người được quán triệt (${value.briefed}) lớn hơn tổng số (${value.total})`,
        );
      }
    })
    .describe("Staff of an agency or business and those briefed"))();

/**
 * The figures an "An toàn về ANTT" assessment reads (số liệu xét công nhận), for the
 * assessment window, as plain JSON.
 *
 * @description Every figure is optional: a criterion whose figure is absent is
 * `unknown`, never assumed met or failed.
 *
 * - `households` (residential area): `total` households living in the area and those
 *   `registered` to take part, from the area's registration list.
 * - `effectiveModels` (commune, agency or business): how many models of the movement it
 *   keeps that are effective, such as the models of the unit whose
 *   {@link evaluateModel} verdict over the window {@link isEffectiveModel | is effective}
 *   (replicate or maintain).
 * - `staff` (agency or business): its `total` staff and those `briefed`.
 * - `ext`: the app's own figures, for its own criteria.
 *
 * @category Reports
 * @example
 * ```ts
 * import { SafetyEvidenceSchema } from "antt";
 * SafetyEvidenceSchema.parse({ households: { total: 120, registered: 120 } });
 * SafetyEvidenceSchema.safeParse({ staff: { total: 10, briefed: 11 } }).success; // false
 * ```
 */
export const SafetyEvidenceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Households of a residential area and those that registered to take part */
      households: HouseholdsSchema.optional(),
      /**
       * Effective models of the movement the commune or agency keeps (mô hình phát huy hiệu
       * quả)
       */
      effectiveModels: CountSchema.optional().describe(
        "Effective models of the movement the commune or agency keeps (mô hình phát huy hiệu quả)",
      ),
      /** Staff of an agency or business and those briefed */
      staff: StaffSchema.optional(),
      /** App-specific data, not interpreted by the library */
      ext: ExtSchema.optional(),
    })
    .describe('Figures for an "An toàn về ANTT" assessment'))();

/**
 * The figures of an "An toàn về ANTT" assessment (see {@link SafetyEvidenceSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SafetyEvidence } from "antt";
 * const agency: SafetyEvidence = { effectiveModels: 1, staff: { total: 85, briefed: 85 } };
 * ```
 *
 * @interface
 */
export type SafetyEvidence = z.infer<typeof SafetyEvidenceSchema>;

/**
 * What a {@link SafetyCriterion}'s check says: the outcome, the figures behind it and
 * why, in English and Vietnamese.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SafetyCheck } from "antt";
 * const check: SafetyCheck = {
 *   status: "not-met",
 *   figures: { effectiveModels: 0, required: 1 },
 *   message: { en: "No effective model", vi: "Không có mô hình phát huy hiệu quả" },
 * };
 * ```
 */
export interface SafetyCheck {
  /** Met, not met, or unknown when the evidence lacks the figure. */
  readonly status: CriterionStatus;
  /** The figures behind the outcome (empty when unknown). */
  readonly figures: { readonly [name: string]: number };
  /** The outcome in a sentence. */
  readonly message: { readonly en: string; readonly vi: string };
}

/**
 * One criterion (tiêu chí) of the "An toàn về ANTT" recognition: who it applies to, its
 * text, and a pure check over the evidence.
 *
 * @description `required` (default `true`) criteria decide the recognition; the others
 * are reported only. A check returns `unknown` when the evidence lacks its figure.
 *
 * @typeParam E - the evidence it reads: {@link SafetyEvidence} or an app's extension of it
 * @category Reports
 * @example
 * ```ts
 * import { assessSafetyRecognition, SAFETY_RECOGNITION_CRITERIA, type SafetyCriterion } from "antt";
 * const noSeriousCrime: SafetyCriterion = {
 *   id: "no-serious-crime",
 *   appliesTo: ["residential-area", "commune"],
 *   label: { vi: "Không để xảy ra tội phạm nghiêm trọng", en: "No serious crime" },
 *   check: (evidence) => {
 *     const count = evidence.ext?.["seriousCrimes"];
 *     if (typeof count !== "number") {
 *       return { status: "unknown", figures: {}, message: { en: "Not recorded", vi: "Chưa có số liệu" } };
 *     }
 *     return {
 *       status: count === 0 ? "met" : "not-met",
 *       figures: { seriousCrimes: count },
 *       message: { en: `${count} serious crimes`, vi: `${count} vụ nghiêm trọng` },
 *     };
 *   },
 * };
 * const result = assessSafetyRecognition(
 *   { kind: "commune", unitCode: "20362" },
 *   { effectiveModels: 2, ext: { seriousCrimes: 0 } },
 *   2024,
 *   [...SAFETY_RECOGNITION_CRITERIA, noSeriousCrime],
 * );
 * result.recognized; // true
 * ```
 */
export interface SafetyCriterion<E = SafetyEvidence> {
  /** A stable id, unique in a list of criteria. */
  readonly id: string;
  /** The kinds of subject it applies to. */
  readonly appliesTo: readonly SafetySubjectKind[];
  /** The criterion in Vietnamese and English. */
  readonly label: Label;
  /** Whether it decides the recognition (default `true`). */
  readonly required?: boolean | undefined;
  /** The check; pure, and `unknown` when the evidence lacks the figure. */
  readonly check: (evidence: E) => SafetyCheck;
}

function unknown(what: { en: string; vi: string }): SafetyCheck {
  return {
    status: "unknown",
    figures: {},
    message: {
      en: `Unknown: ${what.en} not in the evidence`,
      vi: `Chưa rõ: thiếu số liệu ${what.vi}`,
    },
  };
}

/** A share in percent, rounded down to two decimals, so 99.999% never reads as 100%. */
function percentFloor(part: number, total: number): number {
  return Math.floor((part / total) * 10_000) / 100;
}

function n(value: number, locale: Locale): string {
  return formatNumber(value, { locale, maximumFractionDigits: 2 });
}

function allOf(
  figures: { total: number; part: number } | undefined,
  what: {
    en: string;
    vi: string;
    name: string;
    met: (part: string, total: string, locale: Locale) => string;
    notMet: (part: string, total: string, rate: string, locale: Locale) => string;
  },
): SafetyCheck {
  if (figures === undefined) return unknown(what);
  const { total, part } = figures;
  if (total === 0) {
    return {
      status: "unknown",
      figures: { total, [what.name]: part },
      message: {
        en: `Unknown: the evidence gives 0 ${what.en}, so no share can be computed`,
        vi: `Chưa rõ: số liệu ghi 0 ${what.vi}, không tính được tỷ lệ`,
      },
    };
  }
  const rate = percentFloor(Math.min(part, total), total);
  const result = { total, [what.name]: part, rate };
  const text = (locale: Locale) =>
    part >= total
      ? what.met(n(part, locale), n(total, locale), locale)
      : what.notMet(n(part, locale), n(total, locale), n(rate, locale), locale);
  return {
    status: part >= total ? "met" : "not-met",
    figures: result,
    message: { en: text("en"), vi: text("vi") },
  };
}

/**
 * The confirmed criteria of the "An toàn về ANTT" recognition under Circular
 * 124/2021/TT-BCA (in force 10 February 2022, replacing Circular 23/2012/TT-BCA), as
 * data, for {@link assessSafetyRecognition}.
 *
 * @description
 *
 * | id | applies to | criterion | met when |
 * |---|---|---|---|
 * | `households-registered` | residential area | 100% of the households register to take part | `households.registered` ≥ `households.total` (unknown when `total` is 0) |
 * | `effective-model` | commune, agency or business | it keeps at least one effective model of the movement | `effectiveModels` ≥ 1 |
 * | `staff-briefed` | agency or business | 100% of its staff are briefed | `staff.briefed` ≥ `staff.total` (unknown when `total` is 0) |
 *
 * The Circular sets further conditions (among them that no listed kind of serious
 * security or order event happens in the window); they are not in this list because
 * their figures are not confirmed here. Add them, or a province's own, as extra
 * criteria: `[...SAFETY_RECOGNITION_CRITERIA, mine]`. No default criterion applies to a
 * school, so a school is assessed only on criteria the caller passes.
 *
 * @category Reports
 * @example
 * ```ts
 * import { SAFETY_RECOGNITION_CRITERIA } from "antt";
 * SAFETY_RECOGNITION_CRITERIA.map((criterion) => criterion.id);
 * // ["households-registered", "effective-model", "staff-briefed"]
 * ```
 */
export const SAFETY_RECOGNITION_CRITERIA: readonly SafetyCriterion[] = [
  {
    id: "households-registered",
    appliesTo: ["residential-area"],
    label: {
      vi: "100% hộ gia đình đăng ký tham gia xây dựng khu dân cư đạt tiêu chuẩn An toàn về ANTT",
      en: "All households register to take part in making the area safe in security and order",
    },
    check: ({ households }) =>
      allOf(
        households === undefined
          ? undefined
          : { total: households.total, part: households.registered },
        {
          en: "households",
          vi: "hộ gia đình",
          name: "registered",
          met: (part, total, locale) =>
            locale === "en"
              ? `${part} of ${total} households (100%) registered to take part`
              : `${part}/${total} hộ gia đình (100%) đã đăng ký tham gia`,
          notMet: (part, total, rate, locale) =>
            locale === "en"
              ? `Only ${part} of ${total} households (${rate}%) registered to take part; all must`
              : `Mới có ${part}/${total} hộ gia đình (${rate}%) đăng ký tham gia; yêu cầu 100%`,
        },
      ),
  },
  {
    id: "effective-model",
    appliesTo: ["commune", "agency-business"],
    label: {
      vi: "Có ít nhất 01 mô hình phong trào Toàn dân bảo vệ an ninh Tổ quốc phát huy hiệu quả",
      en: "Keeps at least one effective model of the movement",
    },
    check: ({ effectiveModels }) => {
      if (effectiveModels === undefined) {
        return unknown({
          en: "the number of effective models",
          vi: "số mô hình phát huy hiệu quả",
        });
      }
      const met = effectiveModels >= 1;
      return {
        status: met ? "met" : "not-met",
        figures: { effectiveModels, required: 1 },
        message: met
          ? {
              en: `${n(effectiveModels, "en")} effective model(s) of the movement (at least 1)`,
              vi: `Có ${n(effectiveModels, "vi")} mô hình phát huy hiệu quả (yêu cầu ít nhất 01)`,
            }
          : {
              en: "No effective model of the movement (at least 1 is required)",
              vi: "Không có mô hình nào phát huy hiệu quả (yêu cầu ít nhất 01)",
            },
      };
    },
  },
  {
    id: "staff-briefed",
    appliesTo: ["agency-business"],
    label: {
      vi: "100% cán bộ, công nhân viên, người lao động được quán triệt, phổ biến",
      en: "All staff are briefed",
    },
    check: ({ staff }) =>
      allOf(staff === undefined ? undefined : { total: staff.total, part: staff.briefed }, {
        en: "staff",
        vi: "cán bộ, người lao động",
        name: "briefed",
        met: (part, total, locale) =>
          locale === "en"
            ? `${part} of ${total} staff (100%) briefed`
            : `${part}/${total} người (100%) đã được quán triệt`,
        notMet: (part, total, rate, locale) =>
          locale === "en"
            ? `Only ${part} of ${total} staff (${rate}%) briefed; all must be`
            : `Mới có ${part}/${total} người (${rate}%) được quán triệt; yêu cầu 100%`,
      }),
  },
];

/**
 * The window an "An toàn về ANTT" assessment covers (thời gian xét công nhận) for a
 * year, under Circular 124/2021/TT-BCA.
 *
 * @description A residential area is assessed over 1 November of the year before to 31
 * October of the year (a custom period, `2023-11-01..2024-10-31` for 2024); a commune,
 * an agency or business and a school over the calendar year (the year period `2024`).
 *
 * @param kind - the kind of subject
 * @param year - the year of the recognition, 1990 to 2100
 * @returns the window, both ends included
 * @throws RangeError when the year is not a whole number from 1990 to 2100
 * @category Reports
 * @example
 * ```ts
 * import { safetyAssessmentWindow } from "antt";
 * safetyAssessmentWindow("residential-area", 2024).key; // "2023-11-01..2024-10-31"
 * safetyAssessmentWindow("commune", 2024).key;          // "2024"
 * ```
 */
export function safetyAssessmentWindow(kind: SafetySubjectKind, year: number): Period {
  if (!Number.isInteger(year) || year < 1990 || year > 2100) {
    throw new RangeError(
      `Invalid year ${year}: expected a whole number from 1990 to 2100 (Năm không hợp lệ)`,
    );
  }
  return match(kind)
    .with("residential-area", () => customPeriod(`${year - 1}-11-01`, `${year}-10-31`))
    .with("commune", "agency-business", "school", () => parsePeriod(`${year}`))
    .exhaustive();
}

/**
 * The outcome of one criterion in a {@link SafetyAssessment}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { SafetyFinding } from "antt";
 * const finding: SafetyFinding = {
 *   criterion: "effective-model",
 *   label: { vi: "Có ít nhất 01 mô hình phát huy hiệu quả", en: "Keeps at least one effective model" },
 *   required: true,
 *   status: "met",
 *   figures: { effectiveModels: 2, required: 1 },
 *   message: { en: "2 effective model(s) of the movement (at least 1)", vi: "Có 2 mô hình phát huy hiệu quả (yêu cầu ít nhất 01)" },
 * };
 * ```
 */
export interface SafetyFinding extends SafetyCheck {
  /** The criterion's id. */
  readonly criterion: string;
  /** The criterion's text. */
  readonly label: Label;
  /** Whether it decides the recognition. */
  readonly required: boolean;
}

/**
 * The result of {@link assessSafetyRecognition}. Plain JSON.
 *
 * @category Reports
 * @example
 * ```ts
 * import { assessSafetyRecognition, type SafetyAssessment } from "antt";
 * const assessment: SafetyAssessment = assessSafetyRecognition(
 *   { kind: "commune", unitCode: "20362" },
 *   { effectiveModels: 3 },
 *   2024,
 * );
 * assessment.recognized; // true
 * ```
 */
export interface SafetyAssessment {
  /** The subject assessed. */
  readonly subject: SafetySubject;
  /** The year of the recognition. */
  readonly year: number;
  /** The assessment window (see {@link safetyAssessmentWindow}). */
  readonly window: Period;
  /**
   * `true` when every required criterion is met; `false` when one is not met; `null`
   * when none failed but one is unknown, or when no criterion applies.
   */
  readonly recognized: boolean | null;
  /** One finding per criterion that applies to the subject, in the order given. */
  readonly findings: readonly SafetyFinding[];
  /** The outcome in a sentence. */
  readonly explanation: { readonly en: string; readonly vi: string };
}

function listOf(findings: readonly SafetyFinding[], locale: Locale): string {
  return findings.map((finding) => finding.label[locale]).join("; ");
}

/**
 * Assesses whether a residential area, commune, agency or business, or school meets the
 * "An toàn về ANTT" standard for a year (xét công nhận đạt tiêu chuẩn "An toàn về an
 * ninh, trật tự"), under Circular 124/2021/TT-BCA.
 *
 * @description The window is {@link safetyAssessmentWindow}: 1 November of the year before
 * to 31 October for a residential area, the calendar year otherwise. Each criterion that
 * applies to the subject's kind (by default {@link SAFETY_RECOGNITION_CRITERIA}) gives a
 * finding, `met`, `not-met` or `unknown` when the evidence lacks its figure, with the
 * figures and a sentence in both languages. Recognition has no grades: `recognized` is
 * `false` as soon as a required criterion is not met, `null` when none failed but one is
 * unknown (or none applies), and `true` only when every required one is met. The
 * function is pure and does not parse: give it evidence that passed
 * {@link SafetyEvidenceSchema}.
 *
 * @param subject - what is assessed
 * @param evidence - its figures for the window
 * @param year - the year of the recognition
 * @param criteria - the criteria, replacing the defaults; extend them with
 *   `[...SAFETY_RECOGNITION_CRITERIA, mine]`
 * @returns the {@link SafetyAssessment}
 * @throws RangeError when the year is not a whole number from 1990 to 2100, or two
 *   criteria share an id
 * @category Reports
 * @example
 * ```ts
 * import { assessSafetyRecognition } from "antt";
 * const result = assessSafetyRecognition(
 *   { kind: "residential-area", unitCode: "20362.kim-doi", name: "Thôn Kim Đới" },
 *   { households: { total: 120, registered: 118 } },
 *   2024,
 * );
 * result.window.key;  // "2023-11-01..2024-10-31"
 * result.recognized;  // false
 * result.findings[0]?.message.vi; // "Mới có 118/120 hộ gia đình (98,33%) đăng ký tham gia; yêu cầu 100%"
 * ```
 */
export function assessSafetyRecognition<E extends SafetyEvidence>(
  subject: SafetySubject,
  evidence: E,
  year: number,
  criteria: readonly SafetyCriterion<E>[] = SAFETY_RECOGNITION_CRITERIA,
): SafetyAssessment {
  const window = safetyAssessmentWindow(subject.kind, year);
  const seen = new Set<string>();
  for (const criterion of criteria) {
    if (seen.has(criterion.id)) {
      throw new RangeError(
        `Criterion ${criterion.id} is listed twice (Tiêu chí ${criterion.id} bị lặp lại)`,
      );
    }
    seen.add(criterion.id);
  }
  const findings: SafetyFinding[] = criteria
    .filter((criterion) => criterion.appliesTo.includes(subject.kind))
    .map((criterion) => ({
      criterion: criterion.id,
      label: criterion.label,
      required: criterion.required ?? true,
      ...criterion.check(evidence),
    }));
  const required = findings.filter((finding) => finding.required);
  const failed = required.filter((finding) => finding.status === "not-met");
  const unknowns = required.filter((finding) => finding.status === "unknown");
  const kindEn = label(SAFETY_SUBJECT_KIND_LABELS, subject.kind, "en").toLowerCase();
  const kindVi = label(SAFETY_SUBJECT_KIND_LABELS, subject.kind, "vi").toLowerCase();
  const windowEn = formatPeriod(window, "en");
  const windowVi = formatPeriod(window, "vi");
  const outcome = match({
    applies: required.length > 0,
    failed: failed.length > 0,
    unknown: unknowns.length > 0,
  })
    .returnType<{ recognized: boolean | null; explanation: SafetyAssessment["explanation"] }>()
    .with({ applies: false }, () => ({
      recognized: null,
      explanation: {
        en: `No required criterion applies to a ${kindEn}: pass the criteria to assess it on`,
        vi: `Không có tiêu chí bắt buộc nào áp dụng cho ${kindVi}: cần bổ sung tiêu chí để xét`,
      },
    }))
    .with({ failed: true }, () => ({
      recognized: false,
      explanation: {
        en: `Not recognised for ${year} (${windowEn}): not met: ${listOf(failed, "en")}`,
        vi: `Không đủ điều kiện công nhận năm ${year} (${windowVi}): chưa đạt ${listOf(failed, "vi")}`,
      },
    }))
    .with({ failed: false, unknown: true }, () => ({
      recognized: null,
      explanation: {
        en: `Cannot be decided for ${year} yet (${windowEn}): unknown: ${listOf(unknowns, "en")}`,
        vi: `Chưa đủ căn cứ kết luận năm ${year} (${windowVi}): thiếu số liệu ${listOf(unknowns, "vi")}`,
      },
    }))
    .with({ applies: true, failed: false, unknown: false }, () => ({
      recognized: true,
      explanation: {
        en: `Meets every required criterion for ${year} (${windowEn})`,
        vi: `Đạt tất cả tiêu chí bắt buộc năm ${year} (${windowVi})`,
      },
    }))
    .exhaustive();
  return { subject, year, window, findings, ...outcome };
}
