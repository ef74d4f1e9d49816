// A training (tập huấn) or drill (diễn tập) a team took part in.
import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  DrillScenarioScaleSchema,
  DrillTopicSchema,
  IdSchema,
  labelFields,
  TextSchema,
} from "../../core/index.js";
import { TeamTrainingKindSchema, TeamTrainingLevelSchema } from "../code-lists/schema.js";
import { TEAM_TRAINING_FIELDS } from "./field-labels.js";

/**
 * A training (tập huấn) or drill (diễn tập) a team took part in: when, organised at which
 * level, and how many people took part (who may include residents beyond the team).
 *
 * @description A drill or a training is recorded in one place. One that several teams
 * took part in, or that the commune records among its activities, is an activity
 * ({@link activities!DrillActivitySchema}); each team lists it with that activity's
 * `activityId`, and then it is counted once, as the activity: the teams summary counts
 * such an entry in `recordedAsActivity`, not among the team's own drills. An entry
 * without `activityId` is the team's own. `validateDataset` refuses an `activityId` that
 * names no activity or an activity of another kind, and warns of a team drill without it
 * on the day, in the unit and on the topic of a drill activity (the same drill recorded
 * twice). `scenarioScale` is for drills only.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamTrainingSchema } from "antt";
 * TeamTrainingSchema.parse({ kind: "drill", heldOn: "2024-10-05", level: "commune", participants: 35 });
 * // The commune's drill, recorded as activity act-6, that this team took part in
 * TeamTrainingSchema.parse({
 *   kind: "drill",
 *   heldOn: "2024-08-19",
 *   level: "village",
 *   participants: 12,
 *   topic: "fire",
 *   scenarioScale: "residential-cluster",
 *   activityId: "act-6",
 * });
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
        /** What it practised */
        topic: DrillTopicSchema.optional().describe("What it practised"),
        /**
         * Scale of a drill's scenario (quy mô): how far the situation it rehearses reaches,
         * apart from the level that organised it (level); drills only
         */
        scenarioScale: DrillScenarioScaleSchema.optional().describe(
          "Scale of a drill's scenario (quy mô): how far the situation it rehearses reaches, apart from the level that organised it (level); drills only",
        ),
        /**
         * The activity (of the same kind) that records this drill or training, when it is
         * recorded among the activities: it is then counted once, as that activity
         */
        activityId: IdSchema.optional().describe(
          "The activity (of the same kind) that records this drill or training, when it is recorded among the activities: it is then counted once, as that activity",
        ),
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
