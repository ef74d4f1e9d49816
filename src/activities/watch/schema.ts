// The watch kinds of activity: patrols (tuần tra) and ambushes (mật phục).
import * as z from "zod";
import { CountSchema, InstantSchema, labelFields } from "../../core/index.js";
import { IncidentCategorySchema } from "../../incidents/index.js";
import { countFrom, head, tail } from "../shared/schema.js";
import { WATCH_ACTIVITY_FIELDS } from "./field-labels.js";

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
    params: {
      vi: "Thời điểm kết thúc phải sau thời điểm bắt đầu",
      code: "activity-ended-before-start",
    },
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
  /**
   * People (đối tượng) found or handled, by the category of what they did: drug users found,
   * gamblers handled, riders of illegally modified vehicles. A sweep (ra quân, truy quét) is
   * recorded here, where no single incident exists.
   */
  subjectsByCategory: z
    .partialRecord(IncidentCategorySchema, CountSchema)
    .describe(
      "People (đối tượng) found or handled, by the category of what they did: drug users found, gamblers handled, riders of illegally modified vehicles. A sweep (ra quân, truy quét) is recorded here, where no single incident exists.",
    )
    .optional(),
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
  labelFields(
    z
      .strictObject({
        /** Kind of activity: patrol (tuần tra) */
        kind: z.literal("patrol").describe("Kind of activity: patrol (tuần tra)"),
        ...head,
        ...watchShape,
        ...tail,
      })
      .superRefine(endAfterStart)
      .describe("A patrol (tuần tra)"),
    WATCH_ACTIVITY_FIELDS,
  ))();

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
  labelFields(
    z
      .strictObject({
        /** Kind of activity: ambush or stake-out (mật phục) */
        kind: z.literal("ambush").describe("Kind of activity: ambush or stake-out (mật phục)"),
        ...head,
        ...watchShape,
        ...tail,
      })
      .superRefine(endAfterStart)
      .describe("An ambush or stake-out (mật phục)"),
    WATCH_ACTIVITY_FIELDS,
  ))();

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
