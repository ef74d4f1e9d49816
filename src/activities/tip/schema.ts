// Tips from the public (nguồn tin).
import * as z from "zod";
import { IdSchema, InstantSchema, labelFields } from "../../core/index.js";
import { TipChannelSchema, TipKindSchema } from "../code-lists/schema.js";
import { head, tail } from "../shared/schema.js";
import { TIP_ACTIVITY_FIELDS } from "./field-labels.js";

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
  labelFields(
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
      .describe("A tip from the public (nguồn tin: tố giác, tin báo, kiến nghị)"),
    TIP_ACTIVITY_FIELDS,
  ))();

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
