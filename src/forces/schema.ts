import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  codeList,
  ExtSchema,
  IdSchema,
  labelFields,
  TextSchema,
  UnitCodeSchema,
} from "../core/index.js";
import { fail, fieldsOk, RUN_WITH_OTHER_ISSUES, viDate } from "../core/refine.js";
import { FORCE_STRENGTH_FIELDS } from "./field-labels.js";
import { FORCE_KIND_LABELS, FORCE_LAW_30_2023 } from "./labels.js";

/**
 * A force whose strength a unit reports (see {@link FORCE_KIND_LABELS}).
 *
 * @category Code lists
 * @example
 * ```ts
 * import { ForceKindSchema } from "antt";
 * ForceKindSchema.parse("commune-police"); // "commune-police"
 * ForceKindSchema.safeParse("army").success; // false
 * ```
 */
export const ForceKindSchema = /* @__PURE__ */ (() =>
  codeList(FORCE_KIND_LABELS, "A force whose strength a unit reports"))();

/**
 * The strength of one force in one unit, as counted on a day: "17 cán bộ, chiến sĩ Công an
 * phường", "158 thành viên lực lượng tham gia bảo vệ ANTT ở cơ sở".
 *
 * @description A unit counts its forces from time to time; a report states the latest
 * count of each force in each unit within its period (see {@link forceSummary}). Law
 * 30/2023/QH15 draws dates between the forces (see {@link FORCE_LAW_30_2023}): the
 * grassroots protection force counted before 1 July 2024, or the ward protection force
 * or the part-time commune police counted after 30 June 2024, is refused, since neither
 * existed then. `teams` is the number of teams (tổ) the members form, where the force is
 * organised in teams. `unitCodeAsOf` defaults to `countedOn`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ForceStrengthSchema } from "antt";
 * ForceStrengthSchema.parse({
 *   id: "ll-1",
 *   unitCode: "20431",
 *   kind: "grassroots-protection",
 *   countedOn: "2024-12-31",
 *   members: 12,
 *   teams: 4,
 * });
 * ```
 */
export const ForceStrengthSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the count */
        id: IdSchema.describe("Identifier of the count"),
        /** Administrative unit whose force was counted */
        unitCode: UnitCodeSchema.describe("Administrative unit whose force was counted"),
        /** Date the unit code was valid for; when absent, countedOn */
        unitCodeAsOf: CalendarDateSchema.describe(
          "Date the unit code was valid for; when absent, countedOn",
        ).optional(),
        /** The force counted */
        kind: ForceKindSchema.describe("The force counted"),
        /** Day the members were counted, in Vietnam */
        countedOn: CalendarDateSchema.describe("Day the members were counted, in Vietnam"),
        /** Members of the force in the unit on that day (cán bộ, chiến sĩ; thành viên) */
        members: CountSchema.describe(
          "Members of the force in the unit on that day (cán bộ, chiến sĩ; thành viên)",
        ),
        /** Teams (tổ, đội) the members form, where the force is organised in teams */
        teams: CountSchema.describe(
          "Teams (tổ, đội) the members form, where the force is organised in teams",
        ).optional(),
        /** Free note */
        note: TextSchema.describe("Free note").optional(),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .superRefine((value, ctx) => {
        if (!fieldsOk(ctx, "kind", "countedOn")) return;
        const law = FORCE_LAW_30_2023;
        const kind = value.kind as string;
        if ((law.founded as readonly string[]).includes(kind) && value.countedOn < law.from) {
          fail(
            ctx,
            "force-before-law",
            ["countedOn"],
            `The grassroots security and order protection force was set up on 1 July 2024 (Law 30/2023/QH15): it cannot have been counted on ${value.countedOn}`,
            `Lực lượng tham gia bảo vệ ANTT ở cơ sở được thành lập từ ngày 01/07/2024 (Luật 30/2023/QH15): không thể thống kê vào ngày ${viDate(value.countedOn)}`,
          );
        }
        if ((law.ended as readonly string[]).includes(kind) && value.countedOn > law.until) {
          const name = FORCE_KIND_LABELS[value.kind];
          fail(
            ctx,
            "force-after-law",
            ["countedOn"],
            `The ${name.en.toLowerCase()} ended on 30 June 2024 (Law 30/2023/QH15): it cannot have been counted on ${value.countedOn}`,
            `${name.vi} kết thúc hoạt động từ ngày 01/07/2024 (Luật 30/2023/QH15): không thể thống kê vào ngày ${viDate(value.countedOn)}`,
          );
        }
      }, RUN_WITH_OTHER_ISSUES)
      .describe("The strength of one force in one unit, as counted on a day"),
    FORCE_STRENGTH_FIELDS,
  ))();

/**
 * The strength of one force in one unit on a day (see {@link ForceStrengthSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { ForceStrength } from "antt";
 * const police: ForceStrength = {
 *   id: "ll-2",
 *   unitCode: "503",
 *   kind: "commune-police",
 *   countedOn: "2023-12-31",
 *   members: 17,
 * };
 * ```
 *
 * @interface
 */
export type ForceStrength = z.infer<typeof ForceStrengthSchema>;
