// The schemas of evaluation and recognition: the verdict and outcome enums, and the
// evidence each reads. zod lives here; the engines import these only as types.
import * as z from "zod";
import {
  CountSchema,
  codeList,
  ExtSchema,
  labelFields,
  PeriodSchema,
  VndSchema,
} from "../../core/index.js";
import { fail } from "../../core/refine.js";
import { ModelGradeSchema } from "../schema.js";
import {
  FUNDING_FIGURES_FIELDS,
  HOUSEHOLDS_FIELDS,
  INCIDENT_FIGURES_FIELDS,
  MODEL_EVIDENCE_FIELDS,
  PARTICIPATION_FIELDS,
  PREVIOUS_EVIDENCE_FIELDS,
  SAFETY_EVIDENCE_FIELDS,
  STAFF_FIELDS,
} from "./field-labels.js";
import { CRITERION_STATUS_LABELS, MODEL_VERDICT_LABELS } from "./labels.js";

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

// ---------------------------------------------------------------------------------------
// Model evidence

const IncidentFiguresSchema = /* @__PURE__ */ (() =>
  labelFields(
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
            "clarified-exceeds-total",
            ["clarified"],
            `${value.clarified} incidents clarified out of ${value.total}: clarified cannot exceed total`,
            `Số vụ làm rõ (${value.clarified}) lớn hơn tổng số vụ (${value.total})`,
          );
        }
      })
      .describe("Incidents in the model's area in the period, and how many were clarified"),
    INCIDENT_FIGURES_FIELDS,
  ))();

const ParticipationSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /**
         * Households taking part in the model: the model's or its sites'
         * participants.households, or the member households of its teams
         */
        households: CountSchema.describe(
          "Households taking part in the model: the model's or its sites' participants.households, or the member households of its teams",
        ),
        /**
         * Households living in the area the model serves (village, residential group or
         * commune)
         */
        householdsInArea: CountSchema.describe(
          "Households living in the area the model serves (village, residential group or commune)",
        ),
      })
      .superRefine((value, ctx) => {
        if (value.households > value.householdsInArea) {
          fail(
            ctx,
            "participating-households-exceed-area",
            ["households"],
            `${value.households} households take part but the area has ${value.householdsInArea}`,
            `Số hộ tham gia (${value.households}) lớn hơn số hộ trong khu vực (${value.householdsInArea})`,
          );
        }
      })
      .describe("Households taking part in the model, out of the households of its area"),
    PARTICIPATION_FIELDS,
  ))();

const FundingFiguresSchema = /* @__PURE__ */ (() =>
  labelFields(
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
         * Money from the state budget (ngân sách) for the model in the period, in đồng: the
         * same summary's bySource.budget.amount
         */
        budget: VndSchema.describe(
          "Money from the state budget (ngân sách) for the model in the period, in đồng: the same summary's bySource.budget.amount",
        ),
      })
      .describe("Money the model received in the period, by source"),
    FUNDING_FIGURES_FIELDS,
  ))();

const figureFields = /* @__PURE__ */ (() => ({
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
}))();

const PreviousEvidenceSchema = /* @__PURE__ */ (() =>
  labelFields(
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
         * The grade the earlier review gave (a ModelReview's or the model's grade); wins over
         * the earlier figures
         */
        grade: ModelGradeSchema.optional().describe(
          "The grade the earlier review gave (a ModelReview's or the model's grade); wins over the earlier figures",
        ),
        ...figureFields,
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("The same figures for the earlier period, and the grade it was given"),
    PREVIOUS_EVIDENCE_FIELDS,
  ))();

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
  labelFields(
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
      .describe("Figures of one model over one period, for evaluateModel"),
    MODEL_EVIDENCE_FIELDS,
  ))();

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
// "An toàn về ANTT" evidence

const HouseholdsSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Households living in the residential area (hộ gia đình) */
        total: CountSchema.describe("Households living in the residential area (hộ gia đình)"),
        /**
         * Of them, households that registered to take part in building the area safe in
         * security and order (đăng ký tham gia)
         */
        registered: CountSchema.describe(
          "Of them, households that registered to take part in building the area safe in security and order (đăng ký tham gia)",
        ),
      })
      .superRefine((value, ctx) => {
        if (value.registered > value.total) {
          fail(
            ctx,
            "registered-households-exceed-total",
            ["registered"],
            `${value.registered} households registered but the area has ${value.total}`,
            `Số hộ đăng ký (${value.registered}) lớn hơn tổng số hộ (${value.total})`,
          );
        }
      })
      .describe("Households of a residential area and those that registered to take part"),
    HOUSEHOLDS_FIELDS,
  ))();

const StaffSchema = /* @__PURE__ */ (() =>
  labelFields(
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
            "briefed-staff-exceed-total",
            ["briefed"],
            `${value.briefed} staff briefed but the agency has ${value.total}`,
            `Số người được quán triệt (${value.briefed}) lớn hơn tổng số (${value.total})`,
          );
        }
      })
      .describe("Staff of an agency or business and those briefed"),
    STAFF_FIELDS,
  ))();

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
  labelFields(
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
      .describe('Figures for an "An toàn về ANTT" assessment'),
    SAFETY_EVIDENCE_FIELDS,
  ))();

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
