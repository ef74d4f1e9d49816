// A training (tập huấn) or drill (diễn tập) a team took part in.
import * as z from "zod";
import { CalendarDateSchema, CountSchema, labelFields, TextSchema } from "../../core/index.js";
import { TeamTrainingKindSchema, TeamTrainingLevelSchema } from "../code-lists/schema.js";
import { TEAM_TRAINING_FIELDS } from "./field-labels.js";

/**
 * A training (tập huấn) or drill (diễn tập) a team took part in: when, organised at which
 * level, and how many people took part (who may include residents beyond the team).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamTrainingSchema } from "antt";
 * TeamTrainingSchema.parse({ kind: "drill", heldOn: "2024-10-05", level: "commune", participants: 35 });
 * ```
 */
export const TeamTrainingSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Training or drill */
        kind: TeamTrainingKindSchema.describe("Training or drill"),
        /** Date it was held (the first day, if several) */
        heldOn: CalendarDateSchema.describe("Date it was held (the first day, if several)"),
        /** Level that organised it */
        level: TeamTrainingLevelSchema.describe("Level that organised it"),
        /** Number of people who took part */
        participants: CountSchema.describe("Number of people who took part"),
        /** Note, such as the scenario of a drill */
        note: TextSchema.optional().describe("Note, such as the scenario of a drill"),
      })
      .describe("A training or drill"),
    TEAM_TRAINING_FIELDS,
  ))();

/**
 * A training or drill (see {@link TeamTrainingSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamTraining } from "antt";
 * const training: TeamTraining = { kind: "training", heldOn: "2024-07-20", level: "province", participants: 120 };
 * ```
 *
 * @interface
 */
export type TeamTraining = z.infer<typeof TeamTrainingSchema>;
