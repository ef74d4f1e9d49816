// The code lists of the activities domain as zod enums, built from their labels.
import { codeList } from "../../core/index.js";
import {
  ACTIVITY_KIND_LABELS,
  AWARD_FORM_LABELS,
  AWARD_LEVEL_LABELS,
  AWARD_RECIPIENT_KIND_LABELS,
  DISPUTE_KIND_LABELS,
  DRILL_LEVEL_LABELS,
  MEDIATION_OUTCOME_LABELS,
  OUTREACH_CHANNEL_LABELS,
  OUTREACH_TOPIC_LABELS,
  TIP_CHANNEL_LABELS,
  TIP_KIND_LABELS,
} from "../labels.js";

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

// The topic of a drill and the scale of its scenario are shared with the teams' drills.
export { DrillScenarioScaleSchema, DrillTopicSchema } from "../../core/schemas.js";

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
