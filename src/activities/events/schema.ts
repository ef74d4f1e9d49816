// The kinds of activity placed by a calendar date: mediations, outreach sessions, drills,
// trainings and awards.
import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  IdSchema,
  labelFields,
  NameSchema,
  personalData,
  VndSchema,
} from "../../core/index.js";
import {
  AwardFormSchema,
  AwardLevelSchema,
  AwardRecipientKindSchema,
  DisputeKindSchema,
  DrillLevelSchema,
  DrillScenarioScaleSchema,
  DrillTopicSchema,
  MediationOutcomeSchema,
  OutreachChannelSchema,
  OutreachTopicSchema,
} from "../code-lists/schema.js";
import { countFrom, head, tail } from "../shared/schema.js";
import {
  AWARD_ACTIVITY_FIELDS,
  DRILL_ACTIVITY_FIELDS,
  EXERCISE_ACTIVITY_FIELDS,
  MEDIATION_ACTIVITY_FIELDS,
  OUTREACH_ACTIVITY_FIELDS,
} from "./field-labels.js";

/**
 * A mediation of a dispute (hòa giải) between at least two parties, typically by a
 * mediation team (tổ hòa giải).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { MediationActivitySchema } from "antt";
 * MediationActivitySchema.parse({
 *   kind: "mediation",
 *   id: "act-4",
 *   unitCode: "15532.thon-3",
 *   date: "2024-05-12",
 *   disputeKind: "land",
 *   outcome: "succeeded",
 *   parties: 2,
 * });
 * ```
 */
export const MediationActivitySchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Kind of activity: mediation (hòa giải) */
        kind: z.literal("mediation").describe("Kind of activity: mediation (hòa giải)"),
        ...head,
        /** Day of the mediation in Vietnam */
        date: CalendarDateSchema.describe("Day of the mediation in Vietnam"),
        /** What the dispute is about */
        disputeKind: DisputeKindSchema.describe("What the dispute is about"),
        /** Outcome: succeeded (hòa giải thành), failed (không thành) or pending */
        outcome: MediationOutcomeSchema.describe(
          "Outcome: succeeded (hòa giải thành), failed (không thành) or pending",
        ),
        /** Number of parties to the dispute (at least 2) */
        parties: countFrom(2).describe("Number of parties to the dispute (at least 2)"),
        ...tail,
      })
      .describe("A mediation of a dispute (hòa giải)"),
    MEDIATION_ACTIVITY_FIELDS,
  ))();

/**
 * A mediation (see {@link MediationActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { MediationActivity } from "antt";
 * const mediation: MediationActivity = {
 *   kind: "mediation",
 *   id: "act-4",
 *   unitCode: "15532",
 *   date: "2024-05-12",
 *   disputeKind: "neighbours",
 *   outcome: "pending",
 *   parties: 3,
 * };
 * ```
 *
 * @interface
 */
export type MediationActivity = z.infer<typeof MediationActivitySchema>;

/**
 * An outreach session (buổi tuyên truyền): a meeting, a broadcast on the security
 * loudspeaker (Tiếng loa an ninh), a social-media post or leaflets.
 *
 * @description `audience` is the number of people reached (lượt người); for broadcasts
 * and posts it is the best estimate the unit reports.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { OutreachActivitySchema } from "antt";
 * OutreachActivitySchema.parse({
 *   kind: "outreach",
 *   id: "act-5",
 *   unitCode: "15532",
 *   date: "2024-06-20",
 *   audience: 120,
 *   topic: "fraud",
 *   channel: "meeting",
 * });
 * ```
 */
export const OutreachActivitySchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Kind of activity: outreach session (tuyên truyền) */
        kind: z.literal("outreach").describe("Kind of activity: outreach session (tuyên truyền)"),
        ...head,
        /** Day of the session in Vietnam */
        date: CalendarDateSchema.describe("Day of the session in Vietnam"),
        /** Number of people reached (lượt người), an estimate for broadcasts */
        audience: CountSchema.describe(
          "Number of people reached (lượt người), an estimate for broadcasts",
        ),
        /** Topic of the session */
        topic: OutreachTopicSchema.describe("Topic of the session"),
        /** How the session reached people */
        channel: OutreachChannelSchema.describe("How the session reached people"),
        ...tail,
      })
      .describe("An outreach session (tuyên truyền)"),
    OUTREACH_ACTIVITY_FIELDS,
  ))();

/**
 * An outreach session (see {@link OutreachActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { OutreachActivity } from "antt";
 * const session: OutreachActivity = {
 *   kind: "outreach",
 *   id: "act-5",
 *   unitCode: "15532",
 *   date: "2024-06-20",
 *   audience: 0,
 *   topic: "drugs",
 *   channel: "loudspeaker",
 * };
 * ```
 *
 * @interface
 */
export type OutreachActivity = z.infer<typeof OutreachActivitySchema>;

const exerciseShape = /* @__PURE__ */ (() => ({
  /** Day it took place in Vietnam (the first day if longer) */
  date: CalendarDateSchema.describe("Day it took place in Vietnam (the first day if longer)"),
  /** Level that organised it */
  level: DrillLevelSchema.describe("Level that organised it"),
  /** Number of people who took part (at least 1) */
  participants: countFrom(1).describe("Number of people who took part (at least 1)"),
  /** What it practised */
  topic: DrillTopicSchema.describe("What it practised"),
}))();

/**
 * A drill (diễn tập), such as a fire-fighting and rescue drill of a fire-safety household
 * group (tổ liên gia an toàn PCCC).
 *
 * @description A drill is recorded once: as this activity. Teams that took part list it
 * among their `trainings` with its `activityId`, and are then not counted as drills of
 * their own (see {@link teams!TeamTrainingSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { DrillActivitySchema } from "antt";
 * DrillActivitySchema.parse({
 *   kind: "drill",
 *   id: "act-6",
 *   unitCode: "15532.thon-3",
 *   date: "2024-08-19",
 *   level: "village",
 *   participants: 35,
 *   topic: "fire",
 *   scenarioScale: "residential-cluster",
 *   teamId: "team-12",
 * });
 * ```
 */
export const DrillActivitySchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Kind of activity: drill (diễn tập) */
        kind: z.literal("drill").describe("Kind of activity: drill (diễn tập)"),
        ...head,
        ...exerciseShape,
        /**
         * Scale of the scenario (quy mô): how far the situation it rehearses reaches, apart
         * from the level that organised it (level)
         */
        scenarioScale: DrillScenarioScaleSchema.optional().describe(
          "Scale of the scenario (quy mô): how far the situation it rehearses reaches, apart from the level that organised it (level)",
        ),
        ...tail,
      })
      .describe("A drill (diễn tập)"),
    DRILL_ACTIVITY_FIELDS,
  ))();

/**
 * A drill (see {@link DrillActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { DrillActivity } from "antt";
 * const drill: DrillActivity = {
 *   kind: "drill",
 *   id: "act-6",
 *   unitCode: "15532",
 *   date: "2024-08-19",
 *   level: "commune",
 *   participants: 80,
 *   topic: "disaster",
 * };
 * ```
 *
 * @interface
 */
export type DrillActivity = z.infer<typeof DrillActivitySchema>;

/**
 * A training (tập huấn) of team members or residents.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TrainingActivitySchema } from "antt";
 * TrainingActivitySchema.parse({
 *   kind: "training",
 *   id: "act-7",
 *   unitCode: "15532",
 *   date: "2024-07-02",
 *   level: "commune",
 *   participants: 42,
 *   topic: "security",
 * });
 * ```
 */
export const TrainingActivitySchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Kind of activity: training (tập huấn) */
        kind: z.literal("training").describe("Kind of activity: training (tập huấn)"),
        ...head,
        ...exerciseShape,
        ...tail,
      })
      .describe("A training (tập huấn)"),
    EXERCISE_ACTIVITY_FIELDS,
  ))();

/**
 * A training (see {@link TrainingActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TrainingActivity } from "antt";
 * const training: TrainingActivity = {
 *   kind: "training",
 *   id: "act-7",
 *   unitCode: "15532",
 *   date: "2024-07-02",
 *   level: "province",
 *   participants: 150,
 *   topic: "fire",
 * };
 * ```
 *
 * @interface
 */
export type TrainingActivity = z.infer<typeof TrainingActivitySchema>;

/**
 * An award (khen thưởng) to a person, household, team, model site or unit for its part
 * in the movement.
 *
 * @description An award in the form `cash` must state its amount (`amountVnd` above 0);
 * a certificate (giấy khen) or merit (bằng khen) may carry a cash amount too.
 * `unitCode` is the unit of the recipient, so that awards are counted where the
 * recipient is, whatever level granted them.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AwardActivitySchema } from "antt";
 * AwardActivitySchema.parse({
 *   kind: "award",
 *   id: "act-8",
 *   unitCode: "15532",
 *   date: "2024-08-19",
 *   recipientKind: "team",
 *   recipientName: "Tổ tự quản thôn 3",
 *   level: "district",
 *   form: "certificate",
 *   amountVnd: 1_000_000,
 * });
 * ```
 */
export const AwardActivitySchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Kind of activity: award (khen thưởng) */
        kind: z.literal("award").describe("Kind of activity: award (khen thưởng)"),
        ...head,
        /** Day the award was granted (date of the decision) */
        date: CalendarDateSchema.describe("Day the award was granted (date of the decision)"),
        /** Kind of recipient */
        recipientKind: AwardRecipientKindSchema.describe("Kind of recipient"),
        /**
         * Name of the recipient; personal data (basic): the recipient may be a person or a
         * household
         */
        recipientName: NameSchema.describe(
          "Name of the recipient; personal data (basic): the recipient may be a person or a household",
        ).meta(personalData("basic")),
        /**
         * Identifier of the recipient record (team, model site, household) when there is one
         */
        recipientId: IdSchema.describe(
          "Identifier of the recipient record (team, model site, household) when there is one",
        ).optional(),
        /** Level that granted the award */
        level: AwardLevelSchema.describe("Level that granted the award"),
        /** Form: certificate (giấy khen), merit (bằng khen), cash or other */
        form: AwardFormSchema.describe(
          "Form: certificate (giấy khen), merit (bằng khen), cash or other",
        ),
        /** Cash amount in đồng, required when the form is cash */
        amountVnd: VndSchema.describe(
          "Cash amount in đồng, required when the form is cash",
        ).optional(),
        /** Number of the award decision, such as 125/QĐ-UBND */
        decisionRef: NameSchema.describe(
          "Number of the award decision, such as 125/QĐ-UBND",
        ).optional(),
        ...tail,
      })
      .superRefine((value, ctx) => {
        if (
          value.form === "cash" &&
          !(typeof value.amountVnd === "number" && value.amountVnd > 0)
        ) {
          ctx.addIssue({
            code: "custom",
            path: ["amountVnd"],
            message: "A cash award must state its amount above 0 đồng",
            params: {
              vi: "Khen thưởng bằng tiền phải ghi số tiền lớn hơn 0 đồng",
              code: "award-cash-without-amount",
            },
          });
        }
      })
      .describe("An award (khen thưởng)"),
    AWARD_ACTIVITY_FIELDS,
  ))();

/**
 * An award (see {@link AwardActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AwardActivity } from "antt";
 * const award: AwardActivity = {
 *   kind: "award",
 *   id: "act-8",
 *   unitCode: "15532",
 *   date: "2024-08-19",
 *   recipientKind: "individual",
 *   recipientName: "Nguyễn Văn A",
 *   level: "commune",
 *   form: "cash",
 *   amountVnd: 500_000,
 * };
 * ```
 *
 * @interface
 */
export type AwardActivity = z.infer<typeof AwardActivitySchema>;
