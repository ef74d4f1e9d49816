import { match, P } from "ts-pattern";
import * as z from "zod";
import {
  CountSchema,
  codeList,
  ExtSchema,
  formatNumber,
  type Label,
  type Locale,
  type Period,
  PeriodSchema,
  previousPeriod,
  VndSchema,
} from "../core/index.js";
import { fail, viDate } from "../core/refine.js";
import {
  MODEL_GRADE_LABELS,
  type ModelGrade,
  type ModelStatus,
  type ReviewRecommendation,
} from "./labels.js";
import type { SecurityModel } from "./schema.js";
import { ModelGradeSchema } from "./schema.js";

// ---------------------------------------------------------------------------------------
// Code lists

/**
 * The labels of what an evaluation proposes for a model (kết luận đánh giá mô hình):
 * replicate it (nhân rộng), maintain it (duy trì), improve it (củng cố, kiện toàn) or end
 * it (thanh loại).
 *
 * @description Each verdict matches one {@link REVIEW_RECOMMENDATION_LABELS | review
 * recommendation}, so a verdict can be written straight into a {@link ModelReview}:
 * `improve` is the review's `consolidate`, the others have the same code (see
 * {@link ModelEvaluation.recommendation}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { label, MODEL_VERDICT_LABELS } from "antt";
 * label(MODEL_VERDICT_LABELS, "end");           // "Thanh loại"
 * label(MODEL_VERDICT_LABELS, "improve", "en"); // "Improve"
 * ```
 */
export const MODEL_VERDICT_LABELS = {
  replicate: { vi: "Nhân rộng", en: "Replicate" },
  maintain: { vi: "Duy trì", en: "Maintain" },
  improve: { vi: "Củng cố, kiện toàn", en: "Improve" },
  end: { vi: "Thanh loại", en: "End" },
} as const satisfies Record<string, Label>;

/**
 * What an evaluation proposes for a model, a code of {@link MODEL_VERDICT_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ModelVerdictSchema } from "antt";
 * ModelVerdictSchema.parse("replicate");
 * ModelVerdictSchema.safeParse("consolidate").success; // false: that is a review recommendation
 * ```
 */
export const ModelVerdictSchema = /* @__PURE__ */ (() =>
  codeList(
    MODEL_VERDICT_LABELS,
    "What an evaluation proposes for a model: replicate, maintain, improve or end",
  ))();

/**
 * A verdict on a model (see {@link ModelVerdictSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { ModelVerdict } from "antt";
 * const verdict: ModelVerdict = "maintain";
 * ```
 */
export type ModelVerdict = z.infer<typeof ModelVerdictSchema>;

/**
 * The labels of the outcome of one criterion (tiêu chí): met (đạt), not met (chưa đạt)
 * or unknown (chưa đủ số liệu), for model evaluations and "An toàn về ANTT" assessments.
 *
 * @description `unknown` means the evidence lacks the figure the criterion needs: it is
 * never read as zero, and it is never read as met.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CRITERION_STATUS_LABELS, label } from "antt";
 * label(CRITERION_STATUS_LABELS, "not-met"); // "Chưa đạt"
 * ```
 */
export const CRITERION_STATUS_LABELS = {
  met: { vi: "Đạt", en: "Met" },
  "not-met": { vi: "Chưa đạt", en: "Not met" },
  unknown: { vi: "Chưa đủ số liệu", en: "Unknown" },
} as const satisfies Record<string, Label>;

/**
 * The outcome of one criterion, a code of {@link CRITERION_STATUS_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { CriterionStatusSchema } from "antt";
 * CriterionStatusSchema.parse("unknown");
 * ```
 */
export const CriterionStatusSchema = /* @__PURE__ */ (() =>
  codeList(CRITERION_STATUS_LABELS, "Outcome of one criterion: met, not met or unknown"))();

/**
 * The outcome of one criterion (see {@link CriterionStatusSchema}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import type { CriterionStatus } from "antt";
 * const status: CriterionStatus = "met";
 * ```
 */
export type CriterionStatus = z.infer<typeof CriterionStatusSchema>;

// ---------------------------------------------------------------------------------------
// Evidence

const IncidentFiguresSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /**
       * Incidents that occurred in the model's area in the period: summarizeIncidents(area's
       * incidents, { period }).total
       */
      total: CountSchema.describe(
        "Incidents that occurred in the model's area in the period: summarizeIncidents(area's incidents, { period }).total",
      ),
      /** Of them, incidents clarified (làm rõ): the same summary's clarified */
      clarified: CountSchema.describe(
        "Of them, incidents clarified (làm rõ): the same summary's clarified",
      ),
    })
    .superRefine((value, ctx) => {
      if (value.clarified > value.total) {
        fail(
          ctx,
          ["clarified"],
          `${value.clarified} incidents clarified out of ${value.total}: clarified cannot exceed total`,
          `Số vụ làm rõ (${value.clarified}) lớn hơn tổng số vụ (${value.total})`,
        );
      }
    })
    .describe("Incidents in the model's area in the period, and how many were clarified"))();

const ParticipationSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /**
       * Households taking part in the model: the model's or its sites' participants.households,
       * or the member households of its teams
       */
      households: CountSchema.describe(
        "Households taking part in the model: the model's or its sites' participants.households, or the member households of its teams",
      ),
      /**
       * Households living in the area the model serves (village, residential group or commune)
       */
      householdsInArea: CountSchema.describe(
        "Households living in the area the model serves (village, residential group or commune)",
      ),
    })
    .superRefine((value, ctx) => {
      if (value.households > value.householdsInArea) {
        fail(
          ctx,
          ["households"],
          `${value.households} households take part but the area has ${value.householdsInArea}`,
          `Số hộ tham gia (${value.households}) lớn hơn số hộ trong khu vực (${value.householdsInArea})`,
        );
      }
    })
    .describe("Households taking part in the model, out of the households of its area"))();

const FundingFiguresSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /**
       * Money from the community (xã hội hóa) for the model in the period, in đồng:
       * summarizeFunding(model's contributions, { period
       * }).contributions.bySource.community.amount
       */
      community: VndSchema.describe(
        "Money from the community (xã hội hóa) for the model in the period, in đồng: summarizeFunding(model's contributions, { period }).contributions.bySource.community.amount",
      ),
      /**
       * Money from the state budget (ngân sách) for the model in the period, in đồng: the same
       * summary's bySource.budget.amount
       */
      budget: VndSchema.describe(
        "Money from the state budget (ngân sách) for the model in the period, in đồng: the same summary's bySource.budget.amount",
      ),
    })
    .describe("Money the model received in the period, by source"))();

const figureFields = {
  /**
   * Activities the model's sites and teams held in the period (patrols, ambushes, meetings,
   * outreach sessions, mediations, drills, trainings): summarizeActivities(activities whose
   * modelSiteId or teamId is the model's, { period }).total
   */
  activities: CountSchema.optional().describe(
    "Activities the model's sites and teams held in the period (patrols, ambushes, meetings, outreach sessions, mediations, drills, trainings): summarizeActivities(activities whose modelSiteId or teamId is the model's, { period }).total",
  ),
  /** Incidents in the model's area in the period, and how many were clarified */
  incidents: IncidentFiguresSchema.optional(),
  /** Households taking part in the model, out of the households of its area */
  participation: ParticipationSchema.optional(),
  /** Money the model received in the period, by source */
  funding: FundingFiguresSchema.optional(),
  /** Sites of the model active in the period: summarizeModels(...).byModel[model.id].sites */
  sites: CountSchema.optional().describe(
    "Sites of the model active in the period: summarizeModels(...).byModel[model.id].sites",
  ),
};

const PreviousEvidenceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /**
       * The earlier period; the period just before the evaluated one (previousPeriod) when
       * absent
       */
      period: PeriodSchema.optional().describe(
        "The earlier period; the period just before the evaluated one (previousPeriod) when absent",
      ),
      /**
       * The grade the earlier review gave (a ModelReview's or the model's grade); wins over the
       * earlier figures
       */
      grade: ModelGradeSchema.optional().describe(
        "The grade the earlier review gave (a ModelReview's or the model's grade); wins over the earlier figures",
      ),
      ...figureFields,
      /** App-specific data, not interpreted by the library */
      ext: ExtSchema.optional(),
    })
    .describe("The same figures for the earlier period, and the grade it was given"))();

/**
 * The figures an evaluation of a model reads (số liệu đánh giá mô hình): counts and
 * amounts for one period, not records, as plain JSON.
 *
 * @description Every figure is optional: a criterion whose figure is absent is
 * `unknown`, never read as zero. Fill them from the library's summaries, each run over
 * the records of the model (its sites, the teams running them, its contributions) or of
 * the area it serves, with `{ period }`:
 *
 * - `period`: the period judged, such as `parsePeriod("2024-H1")`.
 * - `activities`: `summarizeActivities(records, { period }).total` over the activities
 *   whose `modelSiteId` is a site of the model or whose `teamId` is one of its teams
 *   (patrols, ambushes, outreach sessions, mediations, drills, trainings and meetings).
 * - `incidents`: `{ total, clarified }` of `summarizeIncidents(incidents of the area,
 *   { period })`. No incident in the period is a valid figure (`{ total: 0, clarified: 0 }`).
 * - `participation`: `households` from the model's or its sites' `participants.households`
 *   (or the member households of its teams), `householdsInArea` from the unit's own
 *   records.
 * - `funding`: `{ community, budget }` from `summarizeFunding(contributions for the model,
 *   { period }).contributions.bySource`: the `amount` of `community` (xã hội hóa) and of
 *   `budget` (ngân sách).
 * - `sites`: `summarizeModels(...).byModel[model.id].sites`, for custom criteria.
 * - `previous`: the same figures for the earlier period (its `period` defaults to the
 *   period just before), and, when a review graded it, its `grade`.
 * - `ext`: the app's own figures, for its own criteria.
 *
 * The schema also checks that `clarified` is at most `total` and that `households` is
 * at most `householdsInArea`.
 *
 * @category Reports
 * @example
 * ```ts
 * import { ModelEvidenceSchema, parsePeriod } from "antt";
 * const evidence = ModelEvidenceSchema.parse({
 *   period: parsePeriod("2024-H1"),
 *   activities: 14,
 *   incidents: { total: 3, clarified: 3 },
 *   participation: { households: 110, householdsInArea: 120 },
 *   funding: { community: 12_500_000, budget: 0 },
 * });
 * evidence.activities; // 14
 * ```
 */
export const ModelEvidenceSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** The period the model is judged over */
      period: PeriodSchema.describe("The period the model is judged over"),
      ...figureFields,
      /** The same figures for the earlier period, and the grade it was given */
      previous: PreviousEvidenceSchema.optional(),
      /** App-specific data, not interpreted by the library */
      ext: ExtSchema.optional(),
    })
    .describe("Figures of one model over one period, for evaluateModel"))();

/**
 * The figures of a model over a period (see {@link ModelEvidenceSchema}).
 *
 * @category Reports
 * @example
 * ```ts
 * import { parsePeriod, type ModelEvidence } from "antt";
 * const evidence: ModelEvidence = {
 *   period: parsePeriod("2024"),
 *   activities: 30,
 *   previous: { activities: 24, grade: "fair" },
 * };
 * ```
 *
 * @interface
 */
export type ModelEvidence = z.infer<typeof ModelEvidenceSchema>;

/**
 * The figures of one period, without the period itself: what
 * {@link ModelEvaluation.figures} echoes back.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelFigures } from "antt";
 * const figures: ModelFigures = { activities: 12, participation: { households: 41, householdsInArea: 41 } };
 * ```
 */
export type ModelFigures = Pick<
  ModelEvidence,
  "activities" | "incidents" | "participation" | "funding" | "sites"
>;

// ---------------------------------------------------------------------------------------
// Criteria

/**
 * One criterion (tiêu chí) of {@link evaluateModel}: a figure measured from the evidence,
 * a threshold it must reach, and the weight it carries in the score.
 *
 * @description Criteria are data plus one small pure function, so that a locality can
 * write its own. `measure` returns the figure, or `undefined` when the evidence lacks
 * what it needs: the criterion is then `unknown` (its `needs` are named in the reason),
 * never zero. The figure is rounded to two decimals, then compared: at least
 * `threshold` (or, with `direction: "at-most"`, at most). `unit` is printed after the
 * value and the threshold in the reason's sentence (`"%"`, `" lượt/tháng"`).
 *
 * @typeParam E - the evidence it reads: {@link ModelEvidence} or an app's extension of it
 * @category Reports
 * @example
 * ```ts
 * import type { ModelCriterion } from "antt";
 * const reach: ModelCriterion = {
 *   id: "reach",
 *   label: { vi: "Số điểm áp dụng", en: "Sites applying the model" },
 *   weight: 10,
 *   threshold: 3,
 *   needs: ["sites"],
 *   measure: (evidence) => evidence.sites,
 * };
 * ```
 */
export interface ModelCriterion<E extends ModelEvidence = ModelEvidence> {
  /** A stable id, unique in a list of criteria, such as `participation`. */
  readonly id: string;
  /** The criterion's name in Vietnamese and English. */
  readonly label: Label;
  /** Its weight in the score: a finite number above 0. */
  readonly weight: number;
  /** The value the figure must reach. */
  readonly threshold: number;
  /** `at-least` (default): met when the figure is ≥ the threshold; `at-most`: when ≤. */
  readonly direction?: "at-least" | "at-most" | undefined;
  /** Printed after the value and the threshold, such as `"%"`. */
  readonly unit?: Label | undefined;
  /** The evidence fields it reads, named when they are missing: `["participation"]`. */
  readonly needs: readonly string[];
  /** The figure, or `undefined` when the evidence lacks it. Pure; never throws. */
  readonly measure: (evidence: E) => number | undefined;
}

const DAYS_PER_MONTH = 365.25 / 12;

function daysOf(period: Period): number {
  const day = (date: string) =>
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
  return Math.round((day(period.end) - day(period.start)) / 86_400_000) + 1;
}

/** Months in a period: whole for calendar months, quarters, halves and years. */
function monthsOf(period: Period): number {
  return match(period.unit)
    .with("year", () => 12)
    .with("half", () => 6)
    .with("quarter", () => 3)
    .with("month", () => 1)
    .with("week", "day", "range", () => daysOf(period) / DAYS_PER_MONTH)
    .exhaustive();
}

const PERCENT: Label = { vi: "%", en: "%" };
const PER_MONTH: Label = { vi: " lượt/tháng", en: " a month" };

/**
 * The library's default criteria for {@link evaluateModel}, with their weights (100 in
 * all) and thresholds.
 *
 * @description No national scale for grading models is published (reviews grade them
 * tốt, khá, trung bình, yếu locally), so these are the library's defaults, meant to be
 * replaced by a locality's own:
 *
 * | id | criterion | figure | threshold | weight |
 * |---|---|---|---|---|
 * | `activity` | regular activity (hoạt động thường xuyên) | `activities` per month of the period | ≥ 2 a month | 30 |
 * | `outcomes` | incidents clarified (hiệu quả làm rõ vụ việc) | `incidents.clarified / incidents.total`, 100% when no incident occurred | ≥ 70% | 25 |
 * | `participation` | households taking part (tỷ lệ hộ tham gia) | `participation.households / householdsInArea` (unknown when the area has 0) | ≥ 80% | 25 |
 * | `trend` | change in activity from the earlier period (mức tăng so với kỳ trước) | activities a month now minus a month then | ≥ 0 | 10 |
 * | `self-funding` | self-funding (tự chủ kinh phí, xã hội hóa) | `funding.community / (community + budget)`, 100% when no money was needed | ≥ 50% | 10 |
 *
 * A month is a calendar month for month, quarter, half-year and year periods (a
 * half-year is 6 months), and 30.44 days for weeks, days and custom ranges.
 *
 * @category Reports
 * @example
 * ```ts
 * import { DEFAULT_MODEL_CRITERIA, evaluateModel, type ModelCriterion } from "antt";
 * DEFAULT_MODEL_CRITERIA.map((criterion) => criterion.id);
 * // ["activity", "outcomes", "participation", "trend", "self-funding"]
 * // a locality that also wants at least 3 sites:
 * const reach: ModelCriterion = {
 *   id: "reach", label: { vi: "Số điểm áp dụng", en: "Sites" },
 *   weight: 10, threshold: 3, needs: ["sites"], measure: (evidence) => evidence.sites,
 * };
 * const criteria = [...DEFAULT_MODEL_CRITERIA, reach];
 * ```
 */
export const DEFAULT_MODEL_CRITERIA: readonly ModelCriterion[] = [
  {
    id: "activity",
    label: { vi: "Hoạt động thường xuyên", en: "Regular activity" },
    weight: 30,
    threshold: 2,
    unit: PER_MONTH,
    needs: ["activities"],
    measure: (evidence) =>
      evidence.activities === undefined
        ? undefined
        : evidence.activities / monthsOf(evidence.period),
  },
  {
    id: "outcomes",
    label: { vi: "Hiệu quả làm rõ vụ việc", en: "Incidents clarified" },
    weight: 25,
    threshold: 70,
    unit: PERCENT,
    needs: ["incidents"],
    measure: ({ incidents }) =>
      incidents === undefined
        ? undefined
        : incidents.total === 0
          ? 100
          : (Math.min(incidents.clarified, incidents.total) / incidents.total) * 100,
  },
  {
    id: "participation",
    label: { vi: "Tỷ lệ hộ gia đình tham gia", en: "Households taking part" },
    weight: 25,
    threshold: 80,
    unit: PERCENT,
    needs: ["participation"],
    measure: ({ participation }) =>
      participation === undefined || participation.householdsInArea === 0
        ? undefined
        : (Math.min(participation.households, participation.householdsInArea) /
            participation.householdsInArea) *
          100,
  },
  {
    id: "trend",
    label: {
      vi: "Mức tăng hoạt động so với kỳ trước",
      en: "Change in activity from the earlier period",
    },
    weight: 10,
    threshold: 0,
    unit: PER_MONTH,
    needs: ["activities", "previous.activities"],
    measure: ({ activities, period, previous }) =>
      activities === undefined || previous?.activities === undefined
        ? undefined
        : activities / monthsOf(period) -
          previous.activities / monthsOf(previous.period ?? previousPeriod(period)),
  },
  {
    id: "self-funding",
    label: { vi: "Tự chủ kinh phí (xã hội hóa)", en: "Self-funding (community money)" },
    weight: 10,
    threshold: 50,
    unit: PERCENT,
    needs: ["funding"],
    measure: ({ funding }) =>
      funding === undefined
        ? undefined
        : funding.community + funding.budget === 0
          ? 100
          : (funding.community / (funding.community + funding.budget)) * 100,
  },
];

/**
 * Options of {@link evaluateModel}: where the grades start on the score, and how much of
 * the evidence must be known to grade at all.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelEvaluationOptions } from "antt";
 * const strict: ModelEvaluationOptions = { gradeFloors: { good: 90, fair: 75, average: 60 }, minKnownShare: 0.8 };
 * ```
 */
export interface ModelEvaluationOptions {
  /**
   * The lowest score (0 to 100) of each grade; below `average` is `weak`. Default
   * `{ good: 85, fair: 70, average: 50 }`.
   */
  readonly gradeFloors?:
    | { readonly good: number; readonly fair: number; readonly average: number }
    | undefined;
  /**
   * The share of the criteria's total weight whose figures must be known for a grade;
   * below it the model is `not-graded`. Default `0.6`.
   */
  readonly minKnownShare?: number | undefined;
}

const DEFAULT_FLOORS = { good: 85, fair: 70, average: 50 } as const;
const DEFAULT_MIN_KNOWN_SHARE = 0.6;

// ---------------------------------------------------------------------------------------
// Result

/**
 * The outcome of one criterion in a {@link ModelEvaluation}: the figure behind it, the
 * threshold, whether it was met and why, in English and Vietnamese.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelReason } from "antt";
 * const reason: ModelReason = {
 *   criterion: "participation",
 *   label: { vi: "Tỷ lệ hộ gia đình tham gia", en: "Households taking part" },
 *   status: "unknown",
 *   value: null,
 *   threshold: 80,
 *   direction: "at-least",
 *   weight: 25,
 *   message: {
 *     en: "Households taking part: unknown, the evidence lacks participation (not counted as zero)",
 *     vi: "Tỷ lệ hộ gia đình tham gia: chưa đánh giá được, thiếu số liệu participation (không tính là 0)",
 *   },
 * };
 * ```
 */
export interface ModelReason {
  /** The criterion's id. */
  readonly criterion: string;
  /** The criterion's name. */
  readonly label: Label;
  /** Met, not met, or unknown when the evidence lacks the figure. */
  readonly status: CriterionStatus;
  /** The figure, rounded to two decimals; `null` when unknown. */
  readonly value: number | null;
  /** The threshold it was compared with. */
  readonly threshold: number;
  /** How it was compared. */
  readonly direction: "at-least" | "at-most";
  /** The criterion's weight in the score. */
  readonly weight: number;
  /** The outcome in a sentence. */
  readonly message: { readonly en: string; readonly vi: string };
}

/**
 * How a model's grade moved from the earlier period: `up`, `steady`, `down`, or
 * `unknown` when either grade is missing or `not-graded`.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelTrend } from "antt";
 * const trend: ModelTrend = "steady";
 * ```
 */
export type ModelTrend = "up" | "steady" | "down" | "unknown";

/**
 * The rule of {@link evaluateModel} that gave the verdict, so a report can say why:
 *
 * | rule | verdict | when |
 * |---|---|---|
 * | `ended` | end | the model's status is `ended` (already thanh loại) |
 * | `not-launched` | improve | status `proposed`, or launched after the period |
 * | `not-graded` | improve | too little of the evidence is known to grade |
 * | `weak-twice` | end | graded `weak` now and in the earlier period |
 * | `weak` | improve | graded `weak`, not in the earlier period |
 * | `suspended` | improve | status `suspended` (and not weak twice) |
 * | `good-proven` | replicate | `good`, every criterion known, grade held or raised |
 * | `good` | maintain | `good`, but a figure unknown or no earlier grade |
 * | `fair` | maintain | graded `fair` |
 * | `average` | improve | graded `average` |
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ModelVerdictRule } from "antt";
 * const rule: ModelVerdictRule = "weak-twice";
 * ```
 */
export type ModelVerdictRule =
  | "ended"
  | "not-launched"
  | "not-graded"
  | "weak-twice"
  | "weak"
  | "suspended"
  | "good-proven"
  | "good"
  | "fair"
  | "average";

/**
 * The result of {@link evaluateModel}: a grade on the default scale, a verdict, the
 * score, and one reason per criterion. Plain JSON.
 *
 * @category Reports
 * @example
 * ```ts
 * import { evaluateModel, parsePeriod, type ModelEvaluation } from "antt";
 * const evaluation: ModelEvaluation = evaluateModel(
 *   { id: "mh-1", name: "Camera an ninh", kind: "camera-security", unitCode: "20335", status: "proposed" },
 *   { period: parsePeriod("2024-H1") },
 * );
 * evaluation.grade; // "not-graded"
 * ```
 */
export interface ModelEvaluation {
  /** The model's id. */
  readonly modelId: string;
  /** The period judged. */
  readonly period: Period;
  /** The model's status when it was evaluated. */
  readonly status: ModelStatus;
  /**
   * The grade on the default scale (tốt, khá, trung bình, yếu), from the score;
   * `not-graded` when the model was not launched or too little evidence is known.
   */
  readonly grade: ModelGrade;
  /** What to do with the model. */
  readonly verdict: ModelVerdict;
  /** The verdict as a review recommendation, to write into a {@link ModelReview}. */
  readonly recommendation: ReviewRecommendation;
  /** The rule that gave the verdict. */
  readonly rule: ModelVerdictRule;
  /** The verdict and its grounds in a sentence. */
  readonly explanation: { readonly en: string; readonly vi: string };
  /**
   * The weight of the criteria met over the weight of the criteria known, 0 to 100
   * (rounded); absent when not graded.
   */
  readonly score?: number;
  /** How the grade moved from the earlier period. */
  readonly trend: ModelTrend;
  /**
   * The earlier period's grade and where it came from: `evidence` (`previous.grade`),
   * `figures` (the earlier figures judged with the same criteria) or `model` (the model's
   * own latest grade, given before the period began); absent when none is known.
   */
  readonly previous?: {
    readonly grade: ModelGrade;
    readonly from: "evidence" | "figures" | "model";
  };
  /** One reason per criterion, in the order of the criteria. */
  readonly reasons: readonly ModelReason[];
  /** The ids of the criteria whose figures are unknown. */
  readonly unknown: readonly string[];
  /** The figures of the period, as given, and the months the period counts for. */
  readonly figures: ModelFigures & { readonly months: number };
}

// ---------------------------------------------------------------------------------------
// Evaluation

type Message = { readonly en: string; readonly vi: string };

function round2(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 0 ? 0 : rounded;
}

function num(value: number, locale: Locale): string {
  return formatNumber(value, { locale, maximumFractionDigits: 2 });
}

function checkCriteria(criteria: readonly { id: string; weight: number }[]): void {
  const seen = new Set<string>();
  for (const criterion of criteria) {
    if (seen.has(criterion.id)) {
      throw new RangeError(
        `Criterion ${criterion.id} is listed twice (Tiêu chí ${criterion.id} bị lặp lại)`,
      );
    }
    seen.add(criterion.id);
    if (!Number.isFinite(criterion.weight) || criterion.weight <= 0) {
      throw new RangeError(
        `Criterion ${criterion.id} has weight ${criterion.weight}: expected a finite number above 0 (Trọng số tiêu chí phải lớn hơn 0)`,
      );
    }
  }
}

function judge<E extends ModelEvidence>(criterion: ModelCriterion<E>, evidence: E): ModelReason {
  const direction = criterion.direction ?? "at-least";
  const base = {
    criterion: criterion.id,
    label: criterion.label,
    threshold: criterion.threshold,
    direction,
    weight: criterion.weight,
  };
  const raw = criterion.measure(evidence);
  if (raw === undefined || !Number.isFinite(raw)) {
    const needs = criterion.needs.join(", ");
    return {
      ...base,
      status: "unknown",
      value: null,
      message: {
        en: `${criterion.label.en}: unknown, the evidence lacks ${needs || "its figure"} (not counted as zero)`,
        vi: `${criterion.label.vi}: chưa đánh giá được, thiếu số liệu ${needs || "của tiêu chí"} (không tính là 0)`,
      },
    };
  }
  const value = round2(raw);
  const met =
    direction === "at-least" ? value >= criterion.threshold : value <= criterion.threshold;
  const unit = criterion.unit ?? { vi: "", en: "" };
  const en = `${num(value, "en")}${unit.en}`;
  const vi = `${num(value, "vi")}${unit.vi}`;
  const thresholdEn = `${num(criterion.threshold, "en")}${unit.en}`;
  const thresholdVi = `${num(criterion.threshold, "vi")}${unit.vi}`;
  const atLeast = direction === "at-least";
  return {
    ...base,
    status: met ? "met" : "not-met",
    value,
    message: {
      en: `${criterion.label.en}: ${en} (${atLeast ? "at least" : "at most"} ${thresholdEn}): ${met ? "met" : "not met"}`,
      vi: `${criterion.label.vi}: ${vi} (yêu cầu ${atLeast ? "từ" : "không quá"} ${thresholdVi}${atLeast ? " trở lên" : ""}): ${met ? "đạt" : "chưa đạt"}`,
    },
  };
}

interface Graded {
  readonly reasons: ModelReason[];
  readonly grade: ModelGrade;
  readonly score: number | undefined;
}

function gradeOf<E extends ModelEvidence>(
  criteria: readonly ModelCriterion<E>[],
  evidence: E,
  options: ModelEvaluationOptions,
): Graded {
  const reasons = criteria.map((criterion) => judge(criterion, evidence));
  let total = 0;
  let known = 0;
  let met = 0;
  for (const reason of reasons) {
    total += reason.weight;
    if (reason.status !== "unknown") known += reason.weight;
    if (reason.status === "met") met += reason.weight;
  }
  const minShare = options.minKnownShare ?? DEFAULT_MIN_KNOWN_SHARE;
  if (known === 0 || known < total * minShare) {
    return { reasons, grade: "not-graded", score: undefined };
  }
  const score = Math.round((met / known) * 100);
  const floors = options.gradeFloors ?? DEFAULT_FLOORS;
  const grade: ModelGrade =
    score >= floors.good
      ? "good"
      : score >= floors.fair
        ? "fair"
        : score >= floors.average
          ? "average"
          : "weak";
  return { reasons, grade, score };
}

function figuresOf(from: ModelFigures): ModelFigures {
  const figures: {
    -readonly [K in keyof ModelFigures]: ModelFigures[K];
  } = {};
  if (from.activities !== undefined) figures.activities = from.activities;
  if (from.incidents !== undefined) figures.incidents = { ...from.incidents };
  if (from.participation !== undefined) figures.participation = { ...from.participation };
  if (from.funding !== undefined) figures.funding = { ...from.funding };
  if (from.sites !== undefined) figures.sites = from.sites;
  return figures;
}

const GRADE_RANK: Record<ModelGrade, number> = {
  good: 4,
  fair: 3,
  average: 2,
  weak: 1,
  "not-graded": 0,
};

function isDefaultGrade(grade: string): grade is ModelGrade {
  return Object.hasOwn(MODEL_GRADE_LABELS, grade);
}

function previousGrade<E extends ModelEvidence>(
  model: SecurityModel,
  evidence: E,
  criteria: readonly ModelCriterion<E>[],
  options: ModelEvaluationOptions,
): ModelEvaluation["previous"] {
  const earlier = evidence.previous;
  if (earlier?.grade !== undefined) return { grade: earlier.grade, from: "evidence" };
  if (earlier !== undefined) {
    const figures = figuresOf(earlier);
    if (Object.keys(figures).length > 0) {
      // The earlier figures are judged alone: an evidence of the standard figures only.
      const alone = {
        period: earlier.period ?? previousPeriod(evidence.period),
        ...figures,
        ...(earlier.ext === undefined ? {} : { ext: earlier.ext }),
      } as E;
      return { grade: gradeOf(criteria, alone, options).grade, from: "figures" };
    }
  }
  const own = model.grade;
  if (
    own !== undefined &&
    own.scale === undefined &&
    own.reviewedOn < evidence.period.start &&
    isDefaultGrade(own.grade)
  ) {
    return { grade: own.grade, from: "model" };
  }
  return undefined;
}

function trendOf(grade: ModelGrade, previous: ModelGrade | undefined): ModelTrend {
  if (previous === undefined || grade === "not-graded" || previous === "not-graded") {
    return "unknown";
  }
  const change = GRADE_RANK[grade] - GRADE_RANK[previous];
  return change > 0 ? "up" : change < 0 ? "down" : "steady";
}

type ModelState = "active" | "suspended" | "ended" | "not-launched";

function stateOf(model: SecurityModel, period: Period): ModelState {
  return match(model.status)
    .returnType<ModelState>()
    .with("ended", () => "ended")
    .with("proposed", () => "not-launched")
    .with("active", "suspended", (status) =>
      model.launchedOn !== undefined && model.launchedOn > period.end ? "not-launched" : status,
    )
    .exhaustive();
}

/** The verdict of every rule; the rule itself is chosen by an exhaustive match. */
const RULE_VERDICT: Record<ModelVerdictRule, ModelVerdict> = {
  ended: "end",
  "not-launched": "improve",
  "not-graded": "improve",
  "weak-twice": "end",
  weak: "improve",
  suspended: "improve",
  "good-proven": "replicate",
  good: "maintain",
  fair: "maintain",
  average: "improve",
};

const VERDICT_RECOMMENDATION: Record<ModelVerdict, ReviewRecommendation> = {
  replicate: "replicate",
  maintain: "maintain",
  improve: "consolidate",
  end: "end",
};

function ruleOf(
  state: ModelState,
  grade: ModelGrade,
  trend: ModelTrend,
  complete: boolean,
): ModelVerdictRule {
  return match({ state, grade, trend, evidence: complete ? "complete" : "partial" } as const)
    .returnType<ModelVerdictRule>()
    .with({ state: "ended" }, () => "ended")
    .with({ state: "not-launched" }, () => "not-launched")
    .with({ grade: "not-graded" }, () => "not-graded")
    .with({ grade: "weak", trend: "steady" }, () => "weak-twice")
    .with({ grade: "weak" }, () => "weak")
    .with({ state: "suspended" }, () => "suspended")
    .with(
      { grade: "good", evidence: "complete", trend: P.union("up", "steady") },
      () => "good-proven",
    )
    .with({ grade: "good" }, () => "good")
    .with({ grade: "fair" }, () => "fair")
    .with({ grade: "average" }, () => "average")
    .exhaustive();
}

function scoreText(score: number | undefined, locale: Locale): string {
  if (score === undefined) return "";
  return locale === "en" ? ` (score ${score}/100)` : ` (đạt ${score}/100 điểm)`;
}

function labelsOf(reasons: readonly ModelReason[], locale: Locale): string {
  return reasons.map((reason) => reason.label[locale].toLowerCase()).join(", ");
}

function explain(
  rule: ModelVerdictRule,
  model: SecurityModel,
  graded: Graded,
  trend: ModelTrend,
): Message {
  const en = scoreText(graded.score, "en");
  const vi = scoreText(graded.score, "vi");
  const unknown = graded.reasons.filter((reason) => reason.status === "unknown");
  return match(rule)
    .returnType<Message>()
    .with("ended", () => {
      const on = model.endedOn;
      return {
        en: `The model was ended (thanh loại)${on ? ` on ${on}` : ""}${model.endReason ? `: ${model.endReason}` : ""}`,
        vi: `Mô hình đã thanh loại${on ? ` ngày ${viDate(on)}` : ""}${model.endReason ? `: ${model.endReason}` : ""}`,
      };
    })
    .with("not-launched", () => ({
      en: "The model was not launched in the period: launch it before it can be graded",
      vi: "Mô hình chưa ra mắt trong kỳ: cần xây dựng, ra mắt trước khi đánh giá, xếp loại",
    }))
    .with("not-graded", () => ({
      en: `Too little evidence to grade the model (unknown: ${labelsOf(unknown, "en")}): complete the figures before deciding`,
      vi: `Chưa đủ số liệu để xếp loại mô hình (thiếu: ${labelsOf(unknown, "vi")}): cần bổ sung trước khi kết luận`,
    }))
    .with("weak-twice", () => ({
      en: `Graded weak${en} in this period and in the one before: end the model (thanh loại)`,
      vi: `Xếp loại yếu${vi} hai kỳ liên tiếp: đề nghị thanh loại mô hình`,
    }))
    .with("weak", () => ({
      en: `Graded weak${en}: improve the model; if it is weak again in the next period it will be ended`,
      vi: `Xếp loại yếu${vi}: cần củng cố, kiện toàn; nếu kỳ sau vẫn yếu sẽ đề nghị thanh loại`,
    }))
    .with("suspended", () => ({
      en: `The model is suspended${en}: improve it and restart it before it can be kept or replicated`,
      vi: `Mô hình đang tạm ngừng hoạt động${vi}: cần củng cố, kiện toàn để hoạt động trở lại`,
    }))
    .with("good-proven", () => ({
      en: `Graded good${en} on complete evidence, ${trend === "up" ? "up from" : "as in"} the earlier period: replicate the model`,
      vi: `Xếp loại tốt${vi}, đủ số liệu, ${trend === "up" ? "tiến bộ so với" : "giữ vững như"} kỳ trước: đề nghị nhân rộng mô hình`,
    }))
    .with("good", () => {
      // Good is the top grade, so it cannot have fallen: either a figure is unknown or
      // there is no earlier grade to compare with.
      const why =
        unknown.length > 0
          ? {
              en: `some figures are unknown (${labelsOf(unknown, "en")})`,
              vi: `còn thiếu số liệu (${labelsOf(unknown, "vi")})`,
            }
          : { en: "no earlier grade to compare with", vi: "chưa có kết quả kỳ trước để so sánh" };
      return {
        en: `Graded good${en}; not replicated yet because ${why.en}: maintain the model`,
        vi: `Xếp loại tốt${vi}; chưa nhân rộng vì ${why.vi}: duy trì mô hình`,
      };
    })
    .with("fair", () => ({
      en: `Graded fair${en}: maintain the model`,
      vi: `Xếp loại khá${vi}: duy trì mô hình`,
    }))
    .with("average", () => ({
      en: `Graded average${en}: improve the model`,
      vi: `Xếp loại trung bình${vi}: cần củng cố, kiện toàn mô hình`,
    }))
    .exhaustive();
}

/**
 * Evaluates one model over a period (đánh giá, xếp loại mô hình) from the figures linked
 * to it: a grade on the default scale, a verdict (replicate, maintain, improve, end) and
 * the reasons, so that "keep the effective models, end the ineffective ones" can be
 * explained line by line.
 *
 * @description Each criterion (by default {@link DEFAULT_MODEL_CRITERIA}) gives a
 * reason: met, not met, or `unknown` when the evidence lacks its figure. The score is
 * the weight of the criteria met over the weight of the criteria known (0 to 100); the
 * grade is `good` from 85, `fair` from 70, `average` from 50, `weak` below (see
 * {@link ModelEvaluationOptions}). When less than 60% of the weight is known the model is
 * `not-graded`: missing figures are never read as zeros.
 *
 * The earlier period's grade is `previous.grade` of the evidence, else the grade of the
 * earlier figures judged with the same criteria, else the model's own `grade` when it is
 * on the default scale and dated before the period. The verdict then follows
 * {@link ModelVerdictRule}, written as one exhaustive ts-pattern match over the status,
 * the grade, the trend and whether every criterion is known: an `ended` model stays
 * ended; a `proposed` one (or one launched after the period) is not graded and must be
 * launched first; weak twice in a row is ended; weak once, average or suspended is
 * improved; fair, or good without full proof, is maintained; good on complete evidence,
 * held or raised from the earlier period, is replicated.
 *
 * The function is pure, deterministic and does not parse: give it a model that passed
 * {@link SecurityModelSchema} and evidence that passed {@link ModelEvidenceSchema}. With
 * valid evidence it never throws; a figure that is not a finite number makes its
 * criterion unknown.
 *
 * @param model - the model
 * @param evidence - its figures over the period (see {@link ModelEvidenceSchema})
 * @param criteria - the criteria, replacing the defaults; extend them with
 *   `[...DEFAULT_MODEL_CRITERIA, mine]`
 * @param options - grade floors and the known share needed to grade
 * @returns the {@link ModelEvaluation}
 * @throws RangeError when two criteria share an id or a weight is not above 0
 * @category Reports
 * @example
 * ```ts
 * import { evaluateModel, parsePeriod } from "antt";
 * const model = {
 *   id: "mh-kim-doi", name: "Tổ tự quản 5 trong 1 thôn Kim Đới", kind: "five-in-one",
 *   unitCode: "20362", launchedOn: "2021-03-15", status: "active",
 * } as const;
 * const result = evaluateModel(model, {
 *   period: parsePeriod("2024-H1"),
 *   activities: 18,
 *   incidents: { total: 4, clarified: 4 },
 *   participation: { households: 118, householdsInArea: 120 },
 *   funding: { community: 12_500_000, budget: 0 },
 *   previous: { activities: 15, grade: "good" },
 * });
 * result.grade;   // "good"
 * result.verdict; // "replicate"
 * result.reasons.map((reason) => reason.message.vi);
 * ```
 */
export function evaluateModel<E extends ModelEvidence>(
  model: SecurityModel,
  evidence: E,
  criteria: readonly ModelCriterion<E>[] = DEFAULT_MODEL_CRITERIA,
  options: ModelEvaluationOptions = {},
): ModelEvaluation {
  checkCriteria(criteria);
  const state = stateOf(model, evidence.period);
  const judged = gradeOf(criteria, evidence, options);
  const graded: Graded =
    state === "not-launched" ? { ...judged, grade: "not-graded", score: undefined } : judged;
  const previous = previousGrade(model, evidence, criteria, options);
  const trend = trendOf(graded.grade, previous?.grade);
  const unknown = graded.reasons
    .filter((reason) => reason.status === "unknown")
    .map((reason) => reason.criterion);
  const rule = ruleOf(state, graded.grade, trend, unknown.length === 0);
  const verdict = RULE_VERDICT[rule];
  return {
    modelId: model.id,
    period: evidence.period,
    status: model.status,
    grade: graded.grade,
    verdict,
    recommendation: VERDICT_RECOMMENDATION[verdict],
    rule,
    explanation: explain(rule, model, graded, trend),
    ...(graded.score === undefined ? {} : { score: graded.score }),
    trend,
    ...(previous === undefined ? {} : { previous }),
    reasons: graded.reasons,
    unknown,
    figures: { ...figuresOf(evidence), months: round2(monthsOf(evidence.period)) },
  };
}

/**
 * Whether an evaluated model counts as effective (mô hình phát huy hiệu quả): its
 * verdict is `replicate` or `maintain`.
 *
 * @description Use it to fill `effectiveModels` of an "An toàn về ANTT" assessment
 * (see {@link assessSafetyRecognition}): count the models of the commune or agency
 * evaluated over the assessment window that are effective.
 *
 * @param evaluation - an evaluation, or just its verdict
 * @returns `true` for `replicate` and `maintain`
 * @category Reports
 * @example
 * ```ts
 * import { isEffectiveModel } from "antt";
 * isEffectiveModel({ verdict: "maintain" }); // true
 * isEffectiveModel({ verdict: "improve" });  // false
 * ```
 */
export function isEffectiveModel(evaluation: Pick<ModelEvaluation, "verdict">): boolean {
  return match(evaluation.verdict)
    .with("replicate", "maintain", () => true)
    .with("improve", "end", () => false)
    .exhaustive();
}
