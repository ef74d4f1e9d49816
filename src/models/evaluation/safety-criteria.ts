// The confirmed criteria of "An toàn về ANTT" recognition, as data: who each applies to,
// its text, and the rule it checks. Their sentences are the wording's (wording-*.ts).
import type { Locale } from "../../core/labels.js";
import type { SafetyCheck, SafetyCriterion } from "./criterion.js";
import { num } from "./internal.js";
import { fill, inBoth, WORDINGS, type Wordings } from "./wording.js";

/** Unknown: the evidence lacks the figure. */
function missing(wordings: Wordings, what: (locale: Locale) => string): SafetyCheck {
  return {
    status: "unknown",
    figures: {},
    message: inBoth((locale) => fill(wordings[locale].recognition.missing, { what: what(locale) })),
  };
}

/** A share in percent, rounded down to two decimals, so 99.999% never reads as 100%. */
function percentFloor(part: number, total: number): number {
  return Math.floor((part / total) * 10_000) / 100;
}

/** Met when all of a count took part: every household registered, every member briefed. */
function allOf(
  wordings: Wordings,
  share: "households" | "staff",
  name: string,
  figures: { readonly total: number; readonly part: number } | undefined,
): SafetyCheck {
  const words = (locale: Locale) => wordings[locale].recognition[share];
  if (figures === undefined) return missing(wordings, (locale) => words(locale).what);
  const { total, part } = figures;
  if (total === 0) {
    return {
      status: "unknown",
      figures: { total, [name]: part },
      message: inBoth((locale) =>
        fill(wordings[locale].recognition.noShare, { what: words(locale).what }),
      ),
    };
  }
  const rate = percentFloor(Math.min(part, total), total);
  const met = part >= total;
  return {
    status: met ? "met" : "not-met",
    figures: { total, [name]: part, rate },
    message: inBoth((locale) =>
      fill(met ? words(locale).met : words(locale).notMet, {
        part: num(part, locale),
        total: num(total, locale),
        rate: num(rate, locale),
      }),
    ),
  };
}

/** Met when at least one effective model is kept. */
function effective(wordings: Wordings, count: number | undefined): SafetyCheck {
  const words = (locale: Locale) => wordings[locale].recognition.effectiveModels;
  if (count === undefined) return missing(wordings, (locale) => words(locale).what);
  const met = count >= 1;
  return {
    status: met ? "met" : "not-met",
    figures: { effectiveModels: count, required: 1 },
    message: inBoth((locale) =>
      fill(met ? words(locale).met : words(locale).notMet, { count: num(count, locale) }),
    ),
  };
}

/** The confirmed criteria, writing their sentences in the given wording. */
export function safetyRecognitionCriteria(wordings: Wordings): readonly SafetyCriterion[] {
  return [
    {
      id: "households-registered",
      appliesTo: ["residential-area"],
      label: {
        vi: "100% hộ gia đình đăng ký tham gia xây dựng khu dân cư đạt tiêu chuẩn An toàn về ANTT",
        en: "All households register to take part in making the area safe in security and order",
      },
      check: ({ households }) =>
        allOf(
          wordings,
          "households",
          "registered",
          households && { total: households.total, part: households.registered },
        ),
    },
    {
      id: "effective-model",
      appliesTo: ["commune", "agency-business"],
      label: {
        vi: "Có ít nhất 01 mô hình phong trào Toàn dân bảo vệ an ninh Tổ quốc phát huy hiệu quả",
        en: "Keeps at least one effective model of the movement",
      },
      check: ({ effectiveModels }) => effective(wordings, effectiveModels),
    },
    {
      id: "staff-briefed",
      appliesTo: ["agency-business"],
      label: {
        vi: "100% cán bộ, công nhân viên, người lao động được quán triệt, phổ biến",
        en: "All staff are briefed",
      },
      check: ({ staff }) =>
        allOf(wordings, "staff", "briefed", staff && { total: staff.total, part: staff.briefed }),
    },
  ];
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
export const SAFETY_RECOGNITION_CRITERIA: readonly SafetyCriterion[] =
  /* @__PURE__ */ safetyRecognitionCriteria(WORDINGS);
