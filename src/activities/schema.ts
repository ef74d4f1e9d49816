// The activities of the movement: the union of the kinds, whose schemas live one concern per
// module (code lists, watch kinds, tips, dated kinds), re-exported here.
import * as z from "zod";
import {
  AwardActivitySchema,
  DrillActivitySchema,
  MediationActivitySchema,
  OutreachActivitySchema,
  TrainingActivitySchema,
} from "./events/schema.js";
import { TipActivitySchema } from "./tip/schema.js";
import { AmbushActivitySchema, PatrolActivitySchema } from "./watch/schema.js";

export * from "./code-lists/schema.js";
export * from "./events/schema.js";
export * from "./tip/schema.js";
export * from "./watch/schema.js";

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
