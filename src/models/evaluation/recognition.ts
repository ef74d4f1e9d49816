// The "An toàn về ANTT" recognition engine: the assessment window, and the findings of the
// criteria that apply; the sentences are the wording's (wording-*.ts). Pure.
import { match } from "ts-pattern";
import { formatPeriod } from "../../core/calendar-text.js";
import { type Locale, label } from "../../core/labels.js";
import { customPeriod, type Period, parsePeriod } from "../../core/period.js";
import { SAFETY_SUBJECT_KIND_LABELS, type SafetySubjectKind } from "../labels.js";
import type { SafetyCriterion, SafetyFinding } from "./criterion.js";
import { checkIds } from "./internal.js";
import { SAFETY_RECOGNITION_CRITERIA } from "./safety-criteria.js";
import type { SafetyEvidence } from "./schema.js";
import { fill, inBoth, WORDINGS, type Wordings } from "./wording.js";

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

/** The template of an assessment's explanation. */
type Outcome = keyof Wordings["en"]["recognition"]["outcome"];

function listOf(findings: readonly SafetyFinding[], locale: Locale): string {
  return findings.map((finding) => finding.label[locale]).join("; ");
}

/**
 * {@link assessSafetyRecognition}, writing the explanation in the given wording.
 */
export function assessSafetyRecognitionWith<E extends SafetyEvidence>(
  wordings: Wordings,
  subject: SafetySubject,
  evidence: E,
  year: number,
  criteria: readonly SafetyCriterion<E>[] = SAFETY_RECOGNITION_CRITERIA,
): SafetyAssessment {
  const window = safetyAssessmentWindow(subject.kind, year);
  checkIds(criteria);
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
  const outcome = match({
    applies: required.length > 0,
    failed: failed.length > 0,
    unknown: unknowns.length > 0,
  })
    .returnType<{
      recognized: boolean | null;
      listed: readonly SafetyFinding[];
      template: Outcome;
    }>()
    .with({ applies: false }, () => ({ recognized: null, listed: [], template: "none" }))
    .with({ failed: true }, () => ({ recognized: false, listed: failed, template: "failed" }))
    .with({ failed: false, unknown: true }, () => ({
      recognized: null,
      listed: unknowns,
      template: "unknown",
    }))
    .with({ applies: true, failed: false, unknown: false }, () => ({
      recognized: true,
      listed: [],
      template: "recognized",
    }))
    .exhaustive();
  const explanation = inBoth((locale) =>
    fill(wordings[locale].recognition.outcome[outcome.template], {
      kind: label(SAFETY_SUBJECT_KIND_LABELS, subject.kind, locale).toLowerCase(),
      year: String(year),
      window: formatPeriod(window, locale),
      list: listOf(outcome.listed, locale),
    }),
  );
  return { subject, year, window, findings, recognized: outcome.recognized, explanation };
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
  return assessSafetyRecognitionWith(WORDINGS, subject, evidence, year, criteria);
}
