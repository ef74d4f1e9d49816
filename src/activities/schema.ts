import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  codeList,
  ExtSchema,
  IdSchema,
  InstantSchema,
  NameSchema,
  TextSchema,
  UnitCodeSchema,
  VndSchema,
} from "../core/index.js";
import {
  ACTIVITY_KIND_LABELS,
  AWARD_FORM_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_RECIPIENT_KIND_LABELS,
  DISPUTE_KIND_LABELS,
  DRILL_LEVEL_LABELS,
  DRILL_TOPIC_LABELS,
  MEDIATION_OUTCOME_LABELS,
  OUTREACH_CHANNEL_LABELS,
  OUTREACH_TOPIC_LABELS,
  TIP_CHANNEL_LABELS,
  TIP_KIND_LABELS,
} from "./labels.js";

/**
 * The kind of an activity (loại hoạt động): the discriminator of {@link ActivitySchema}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ActivityKindSchema } from "antt";
 * ActivityKindSchema.parse("mediation");           // "mediation"
 * ActivityKindSchema.safeParse("meeting").success; // false
 * ```
 */
export const ActivityKindSchema = /* @__PURE__ */ (() =>
  codeList(ACTIVITY_KIND_LABELS, "Kind of activity"))();

/**
 * The channel a tip came in by (see {@link TIP_CHANNEL_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TipChannelSchema } from "antt";
 * TipChannelSchema.parse("app"); // "app" (Zalo or another app)
 * ```
 */
export const TipChannelSchema = /* @__PURE__ */ (() =>
  codeList(TIP_CHANNEL_LABELS, "Channel a tip came in by"))();

/**
 * The kind of a tip (see {@link TIP_KIND_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TipKindSchema } from "antt";
 * TipKindSchema.parse("report"); // "report" (tin báo)
 * ```
 */
export const TipKindSchema = /* @__PURE__ */ (() =>
  codeList(TIP_KIND_LABELS, "Kind of tip: denunciation, report or petition"))();

/**
 * The kind of a mediated dispute (see {@link DISPUTE_KIND_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DisputeKindSchema } from "antt";
 * DisputeKindSchema.parse("land"); // "land"
 * ```
 */
export const DisputeKindSchema = /* @__PURE__ */ (() =>
  codeList(DISPUTE_KIND_LABELS, "What a mediated dispute is about"))();

/**
 * The outcome of a mediation (see {@link MEDIATION_OUTCOME_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { MediationOutcomeSchema } from "antt";
 * MediationOutcomeSchema.parse("failed"); // "failed" (hòa giải không thành)
 * ```
 */
export const MediationOutcomeSchema = /* @__PURE__ */ (() =>
  codeList(MEDIATION_OUTCOME_LABELS, "Outcome of a mediation"))();

/**
 * The topic of an outreach session (see {@link OUTREACH_TOPIC_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { OutreachTopicSchema } from "antt";
 * OutreachTopicSchema.parse("traffic-safety"); // "traffic-safety"
 * ```
 */
export const OutreachTopicSchema = /* @__PURE__ */ (() =>
  codeList(OUTREACH_TOPIC_LABELS, "Topic of an outreach session"))();

/**
 * The channel of an outreach session (see {@link OUTREACH_CHANNEL_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { OutreachChannelSchema } from "antt";
 * OutreachChannelSchema.parse("loudspeaker"); // "loudspeaker"
 * ```
 */
export const OutreachChannelSchema = /* @__PURE__ */ (() =>
  codeList(OUTREACH_CHANNEL_LABELS, "Channel of an outreach session"))();

/**
 * The organising level of a drill or a training (see {@link DRILL_LEVEL_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DrillLevelSchema } from "antt";
 * DrillLevelSchema.parse("commune"); // "commune"
 * ```
 */
export const DrillLevelSchema = /* @__PURE__ */ (() =>
  codeList(DRILL_LEVEL_LABELS, "Level that organises a drill or a training"))();

/**
 * The topic of a drill or a training (see {@link DRILL_TOPIC_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { DrillTopicSchema } from "antt";
 * DrillTopicSchema.parse("disaster"); // "disaster"
 * ```
 */
export const DrillTopicSchema = /* @__PURE__ */ (() =>
  codeList(DRILL_TOPIC_LABELS, "Topic of a drill or a training"))();

/**
 * The kind of recipient of an award (see {@link AWARD_RECIPIENT_KIND_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AwardRecipientKindSchema } from "antt";
 * AwardRecipientKindSchema.parse("household"); // "household"
 * ```
 */
export const AwardRecipientKindSchema = /* @__PURE__ */ (() =>
  codeList(AWARD_RECIPIENT_KIND_LABELS, "Kind of recipient of an award"))();

/**
 * The level that granted an award (see {@link AWARD_LEVEL_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AwardLevelSchema } from "antt";
 * AwardLevelSchema.parse("province"); // "province"
 * ```
 */
export const AwardLevelSchema = /* @__PURE__ */ (() =>
  codeList(AWARD_LEVEL_LABELS, "Level that granted an award"))();

/**
 * The form of an award (see {@link AWARD_FORM_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { AwardFormSchema } from "antt";
 * AwardFormSchema.parse("certificate"); // "certificate" (giấy khen)
 * ```
 */
export const AwardFormSchema = /* @__PURE__ */ (() =>
  codeList(AWARD_FORM_LABELS, "Form of an award"))();

// CountSchema with its lower bound raised, built from z.int() rather than by adding
// .min(n) to CountSchema, so that a negative count gives one issue, not two.
const countFrom = (min: number) => z.int().min(min);

// Fields every activity starts with (after `kind`) and ends with, so that all variants
// read the same way and JSON Schema lists them in the same order.
const head = {
  /** Identifier of the activity */
  id: IdSchema.describe("Identifier of the activity"),
  /**
   * Administrative unit the activity belongs to: where it took place, or where the award
   * recipient is
   */
  unitCode: UnitCodeSchema.describe(
    "Administrative unit the activity belongs to: where it took place, or where the award recipient is",
  ),
  /** Date the unit code was valid for; when absent, the activity's own date */
  unitCodeAsOf: CalendarDateSchema.describe(
    "Date the unit code was valid for; when absent, the activity's own date",
  ).optional(),
};

const tail = {
  /** Site of a security-and-order model the activity ran under */
  modelSiteId: IdSchema.describe(
    "Site of a security-and-order model the activity ran under",
  ).optional(),
  /** Team (tổ) that ran the activity */
  teamId: IdSchema.describe("Team (tổ) that ran the activity").optional(),
  /** Free note */
  note: TextSchema.describe("Free note").optional(),
  /** App-specific data, not interpreted by the library */
  ext: ExtSchema.optional(),
};

/** Milliseconds since the epoch of a valid instant, or `undefined`. */
function instantMs(value: unknown): number | undefined {
  return InstantSchema.safeParse(value).success ? Date.parse(value as string) : undefined;
}

function endAfterStart(
  value: { startedAt: string; endedAt?: string | undefined },
  ctx: z.RefinementCtx,
): void {
  if (value.endedAt === undefined) return;
  const start = instantMs(value.startedAt);
  const end = instantMs(value.endedAt);
  if (start === undefined || end === undefined || end > start) return;
  ctx.addIssue({
    code: "custom",
    path: ["endedAt"],
    message: `The end ${value.endedAt} must be after the start ${value.startedAt}`,
    params: { vi: "Thời điểm kết thúc phải sau thời điểm bắt đầu" },
  });
}

// Patrols and ambushes carry the same facts; they are two kinds because reports count
// them apart ("tuần tra 120 lượt, mật phục 15 lượt").
const watchShape = /* @__PURE__ */ (() => ({
  /** When the patrol or ambush started (ISO 8601 with offset) */
  startedAt: InstantSchema.describe("When the patrol or ambush started (ISO 8601 with offset)"),
  /** When it ended (ISO 8601 with offset), strictly after the start */
  endedAt: InstantSchema.describe(
    "When it ended (ISO 8601 with offset), strictly after the start",
  ).optional(),
  /** Number of people who took part (at least 1) */
  participants: countFrom(1).describe("Number of people who took part (at least 1)"),
  /** Whether it was directed by security cameras (tuần tra theo camera) */
  directedByCamera: z
    .boolean()
    .describe("Whether it was directed by security cameras (tuần tra theo camera)"),
  /** Number of incidents or violations found */
  incidentsFound: CountSchema.describe("Number of incidents or violations found").optional(),
  /** Number of suspects (đối tượng) apprehended */
  suspectsApprehended: CountSchema.describe(
    "Number of suspects (đối tượng) apprehended",
  ).optional(),
}))();

/**
 * A patrol (tuần tra) by a team, the commune police or both.
 *
 * @description One variant of {@link ActivitySchema}. A patrol is placed in time by
 * instants (`startedAt`, optional `endedAt` strictly after it); its calendar day is the
 * Vietnamese day of `startedAt` (see {@link activityDateOf}). `directedByCamera` marks
 * patrols dispatched from what the cameras show (tuần tra theo camera).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { PatrolActivitySchema } from "antt";
 * PatrolActivitySchema.parse({
 *   kind: "patrol",
 *   id: "act-1",
 *   unitCode: "15532",
 *   startedAt: "2024-03-07T21:00:00+07:00",
 *   endedAt: "2024-03-07T23:30:00+07:00",
 *   participants: 6,
 *   directedByCamera: true,
 * });
 * ```
 */
export const PatrolActivitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Kind of activity: patrol (tuần tra) */
      kind: z.literal("patrol").describe("Kind of activity: patrol (tuần tra)"),
      ...head,
      ...watchShape,
      ...tail,
    })
    .superRefine(endAfterStart)
    .describe("A patrol (tuần tra)"))();

/**
 * A patrol (see {@link PatrolActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { PatrolActivity } from "antt";
 * const patrol: PatrolActivity = {
 *   kind: "patrol",
 *   id: "act-1",
 *   unitCode: "15532",
 *   startedAt: "2024-03-07T21:00:00+07:00",
 *   participants: 6,
 *   directedByCamera: false,
 * };
 * ```
 *
 * @interface
 */
export type PatrolActivity = z.infer<typeof PatrolActivitySchema>;

/**
 * An ambush or stake-out (mật phục): people waiting at a place where offences are
 * expected.
 *
 * @description One variant of {@link ActivitySchema}, with the same fields as a patrol;
 * it is a kind of its own because reports count ambushes apart from patrols.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { AmbushActivitySchema } from "antt";
 * AmbushActivitySchema.parse({
 *   kind: "ambush",
 *   id: "act-2",
 *   unitCode: "15532",
 *   startedAt: "2024-03-08T23:00:00+07:00",
 *   endedAt: "2024-03-09T03:00:00+07:00",
 *   participants: 4,
 *   directedByCamera: false,
 *   suspectsApprehended: 2,
 * });
 * ```
 */
export const AmbushActivitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Kind of activity: ambush or stake-out (mật phục) */
      kind: z.literal("ambush").describe("Kind of activity: ambush or stake-out (mật phục)"),
      ...head,
      ...watchShape,
      ...tail,
    })
    .superRefine(endAfterStart)
    .describe("An ambush or stake-out (mật phục)"))();

/**
 * An ambush or stake-out (see {@link AmbushActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { AmbushActivity } from "antt";
 * const ambush: AmbushActivity = {
 *   kind: "ambush",
 *   id: "act-2",
 *   unitCode: "15532",
 *   startedAt: "2024-03-08T23:00:00+07:00",
 *   participants: 4,
 *   directedByCamera: false,
 * };
 * ```
 *
 * @interface
 */
export type AmbushActivity = z.infer<typeof AmbushActivitySchema>;

/**
 * A tip from the public (nguồn tin): a denunciation (tố giác), a report (tin báo) or a
 * petition (kiến nghị) received by the commune police or a team.
 *
 * @description One variant of {@link ActivitySchema}. `category` is an incident
 * category code (kebab-case, such as `theft` or `drugs`); it is an open string here so
 * that the activities domain does not depend on the incidents domain's list.
 * `ledToIncidentId` links the tip to the incident it led to.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TipActivitySchema } from "antt";
 * TipActivitySchema.parse({
 *   kind: "tip",
 *   id: "act-3",
 *   unitCode: "15532",
 *   receivedAt: "2024-02-28T20:05:00+07:00",
 *   channel: "app",
 *   tipKind: "report",
 *   category: "public-disorder",
 *   verified: true,
 *   ledToIncidentId: "inc-7",
 * });
 * ```
 */
export const TipActivitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Kind of activity: tip from the public (nguồn tin) */
      kind: z.literal("tip").describe("Kind of activity: tip from the public (nguồn tin)"),
      ...head,
      /** When the tip was received (ISO 8601 with offset) */
      receivedAt: InstantSchema.describe("When the tip was received (ISO 8601 with offset)"),
      /** Channel the tip came in by */
      channel: TipChannelSchema.describe("Channel the tip came in by"),
      /** Kind of tip: denunciation (tố giác), report (tin báo) or petition (kiến nghị) */
      tipKind: TipKindSchema.describe(
        "Kind of tip: denunciation (tố giác), report (tin báo) or petition (kiến nghị)",
      ),
      /** Incident category code the tip is about, such as theft (kebab-case) */
      category: z
        .string()
        .max(64)
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Expected a kebab-case incident category code")
        .describe("Incident category code the tip is about, such as theft (kebab-case)")
        .optional(),
      /** Whether the tip was checked (xác minh) and found true */
      verified: z
        .boolean()
        .describe("Whether the tip was checked (xác minh) and found true")
        .optional(),
      /** Incident the tip led to */
      ledToIncidentId: IdSchema.describe("Incident the tip led to").optional(),
      ...tail,
    })
    .describe("A tip from the public (nguồn tin: tố giác, tin báo, kiến nghị)"))();

/**
 * A tip from the public (see {@link TipActivitySchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TipActivity } from "antt";
 * const tip: TipActivity = {
 *   kind: "tip",
 *   id: "act-3",
 *   unitCode: "15532",
 *   receivedAt: "2024-02-28T20:05:00+07:00",
 *   channel: "hotline",
 *   tipKind: "denunciation",
 * };
 * ```
 *
 * @interface
 */
export type TipActivity = z.infer<typeof TipActivitySchema>;

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
    .describe("A mediation of a dispute (hòa giải)"))();

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
    .describe("An outreach session (tuyên truyền)"))();

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

const exerciseShape = {
  /** Day it took place in Vietnam (the first day if longer) */
  date: CalendarDateSchema.describe("Day it took place in Vietnam (the first day if longer)"),
  /** Level that organised it */
  level: DrillLevelSchema.describe("Level that organised it"),
  /** Number of people who took part (at least 1) */
  participants: countFrom(1).describe("Number of people who took part (at least 1)"),
  /** What it practised */
  topic: DrillTopicSchema.describe("What it practised"),
};

/**
 * A drill (diễn tập), such as a fire-fighting and rescue drill of a fire-safety household
 * group (tổ liên gia an toàn PCCC).
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
 *   teamId: "team-12",
 * });
 * ```
 */
export const DrillActivitySchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      /** Kind of activity: drill (diễn tập) */
      kind: z.literal("drill").describe("Kind of activity: drill (diễn tập)"),
      ...head,
      ...exerciseShape,
      ...tail,
    })
    .describe("A drill (diễn tập)"))();

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
  z
    .strictObject({
      /** Kind of activity: training (tập huấn) */
      kind: z.literal("training").describe("Kind of activity: training (tập huấn)"),
      ...head,
      ...exerciseShape,
      ...tail,
    })
    .describe("A training (tập huấn)"))();

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
  z
    .strictObject({
      /** Kind of activity: award (khen thưởng) */
      kind: z.literal("award").describe("Kind of activity: award (khen thưởng)"),
      ...head,
      /** Day the award was granted (date of the decision) */
      date: CalendarDateSchema.describe("Day the award was granted (date of the decision)"),
      /** Kind of recipient */
      recipientKind: AwardRecipientKindSchema.describe("Kind of recipient"),
      /** Name of the recipient */
      recipientName: NameSchema.describe("Name of the recipient"),
      /** Identifier of the recipient record (team, model site, household) when there is one */
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
      if (value.form === "cash" && !(typeof value.amountVnd === "number" && value.amountVnd > 0)) {
        ctx.addIssue({
          code: "custom",
          path: ["amountVnd"],
          message: "A cash award must state its amount above 0 đồng",
          params: { vi: "Khen thưởng bằng tiền phải ghi số tiền lớn hơn 0 đồng" },
        });
      }
    })
    .describe("An award (khen thưởng)"))();

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

/**
 * An activity of the movement (hoạt động): a patrol, an ambush, a tip from the public, a
 * mediation, an outreach session, a drill, a training or an award, told apart by `kind`.
 *
 * @description A discriminated union of strict objects: `kind` picks the variant, and a
 * field that does not belong to that kind (such as `participants` on a tip) is an
 * `unrecognized_keys` error naming the field. Every variant carries `id`, `unitCode`
 * (with optional `unitCodeAsOf`), optional `modelSiteId`, `teamId` and `note`, and
 * `ext`. Patrols, ambushes and tips are placed by instants; the other kinds by a
 * calendar date; {@link activityDateOf} gives the Vietnamese day of any of them.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ActivitySchema } from "antt";
 * const activity = ActivitySchema.parse({
 *   kind: "mediation",
 *   id: "act-4",
 *   unitCode: "15532",
 *   date: "2024-05-12",
 *   disputeKind: "family",
 *   outcome: "failed",
 *   parties: 2,
 * });
 * if (activity.kind === "mediation") console.log(activity.outcome); // "failed"
 * ActivitySchema.safeParse({ kind: "tip", id: "x", unitCode: "15532", participants: 3 }).success; // false
 * ```
 */
export const ActivitySchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion("kind", [
      PatrolActivitySchema,
      AmbushActivitySchema,
      TipActivitySchema,
      MediationActivitySchema,
      OutreachActivitySchema,
      DrillActivitySchema,
      TrainingActivitySchema,
      AwardActivitySchema,
    ])
    .describe("An activity of the movement, by kind"))();

/**
 * An activity of the movement (see {@link ActivitySchema}); narrow it on `kind`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Activity } from "antt";
 * function participantsOf(activity: Activity): number {
 *   switch (activity.kind) {
 *     case "patrol":
 *     case "ambush":
 *     case "drill":
 *     case "training":
 *       return activity.participants;
 *     default:
 *       return 0;
 *   }
 * }
 * ```
 */
export type Activity = z.infer<typeof ActivitySchema>;
