// What a team keeps: its equipment, and the chat group it keeps in touch through.
import * as z from "zod";
import { CountSchema, labelFields, NameSchema } from "../../core/index.js";
import { fail } from "../../core/refine.js";
import { TeamChatPlatformSchema, TeamEquipmentKindSchema } from "../code-lists/schema.js";
import { TEAM_CHAT_GROUP_FIELDS, TEAM_EQUIPMENT_FIELDS } from "./field-labels.js";

/**
 * Equipment a team keeps: a kind and how many (at least one). Kind `other` needs a
 * `name`.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamEquipmentSchema } from "antt";
 * TeamEquipmentSchema.parse({ kind: "fire-extinguisher", count: 7 });
 * TeamEquipmentSchema.parse({ kind: "other", name: "Thang dây", count: 1 });
 * ```
 */
export const TeamEquipmentSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Kind of equipment */
        kind: TeamEquipmentKindSchema.describe("Kind of equipment"),
        /** Name of the equipment; required for kind other */
        name: NameSchema.optional().describe("Name of the equipment; required for kind other"),
        /** How many the team keeps (at least 1) */
        count: z.int().min(1).describe("How many the team keeps (at least 1)"),
      })
      .superRefine((value, ctx) => {
        if (value.kind === "other" && value.name === undefined) {
          fail(
            ctx,
            "equipment-name-missing",
            ["name"],
            "Equipment of kind other needs a name",
            "Trang bị loại khác phải có tên",
          );
        }
      })
      .describe("Equipment a team keeps"),
    TEAM_EQUIPMENT_FIELDS,
  ))();

/**
 * Equipment of a team (see {@link TeamEquipmentSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamEquipment } from "antt";
 * const bells: TeamEquipment = { kind: "alarm-bell-with-button", count: 6 };
 * ```
 *
 * @interface
 */
export type TeamEquipment = z.infer<typeof TeamEquipmentSchema>;

/**
 * The chat group a team keeps in touch through, such as a Zalo group of the linked
 * households.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamChatGroupSchema } from "antt";
 * TeamChatGroupSchema.parse({ platform: "zalo", name: "Liên gia PCCC kiệt 12", memberCount: 14 });
 * ```
 */
export const TeamChatGroupSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Platform of the group */
        platform: TeamChatPlatformSchema.describe("Platform of the group"),
        /** Name of the group */
        name: NameSchema.optional().describe("Name of the group"),
        /** Number of accounts in the group */
        memberCount: CountSchema.optional().describe("Number of accounts in the group"),
      })
      .describe("The chat group of a team"),
    TEAM_CHAT_GROUP_FIELDS,
  ))();

/**
 * A team's chat group (see {@link TeamChatGroupSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamChatGroup } from "antt";
 * const group: TeamChatGroup = { platform: "zalo" };
 * ```
 *
 * @interface
 */
export type TeamChatGroup = z.infer<typeof TeamChatGroupSchema>;
