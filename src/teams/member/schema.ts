// The people of a team: its member households (hộ gia đình), its members by role, and the
// number of people in each role.
import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
} from "../../core/index.js";
import { TeamRoleSchema } from "../code-lists/schema.js";
import {
  TEAM_HOUSEHOLD_FIELDS,
  TEAM_MEMBER_COUNTS_FIELDS,
  TEAM_MEMBER_FIELDS,
} from "./field-labels.js";

const PhoneSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .regex(
      /^(?:\+84|0)\d{9,10}$/,
      "Expected a Vietnamese phone number: 0 or +84 and 9 or 10 digits, without spaces",
    )
    .describe("Phone number: 0 or +84 followed by 9 or 10 digits, without spaces"))();

/**
 * A household that belongs to a team (hộ gia đình tham gia tổ), named by its head.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamHouseholdSchema } from "antt";
 * TeamHouseholdSchema.parse({ id: "ho-12", headName: "Nguyễn Văn An", address: "Kiệt 12 Trần Phú" });
 * ```
 */
export const TeamHouseholdSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the household, unique within the team */
        id: IdSchema.optional().describe("Identifier of the household, unique within the team"),
        /** Name of the head of the household (chủ hộ) */
        headName: NameSchema.describe("Name of the head of the household (chủ hộ)"),
        /** Address of the household */
        address: NameSchema.optional().describe("Address of the household"),
        /** Phone number: 0 or +84 followed by 9 or 10 digits, without spaces */
        phone: PhoneSchema.optional(),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("A household that belongs to a team"),
    TEAM_HOUSEHOLD_FIELDS,
  ))();

/**
 * A household of a team (see {@link TeamHouseholdSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamHousehold } from "antt";
 * const household: TeamHousehold = { headName: "Trần Thị Bình" };
 * ```
 *
 * @interface
 */
export type TeamHousehold = z.infer<typeof TeamHouseholdSchema>;

/**
 * A person in a team, with their role: leader (tổ trưởng), deputy (tổ phó) or member (tổ
 * viên).
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamMemberSchema } from "antt";
 * TeamMemberSchema.parse({ name: "Lê Văn Cường", role: "leader", phone: "0912345678", trainedOn: "2024-07-20" });
 * ```
 */
export const TeamMemberSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Identifier of the person, unique within the team */
        id: IdSchema.optional().describe("Identifier of the person, unique within the team"),
        /** Full name */
        name: NameSchema.describe("Full name"),
        /** Role in the team */
        role: TeamRoleSchema.describe("Role in the team"),
        /** Phone number: 0 or +84 followed by 9 or 10 digits, without spaces */
        phone: PhoneSchema.optional(),
        /** Date of the person's latest training */
        trainedOn: CalendarDateSchema.optional().describe("Date of the person's latest training"),
        /** App-specific data, not interpreted by the library */
        ext: ExtSchema.optional(),
      })
      .describe("A person in a team"),
    TEAM_MEMBER_FIELDS,
  ))();

/**
 * A person in a team (see {@link TeamMemberSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamMember } from "antt";
 * const deputy: TeamMember = { name: "Phạm Thị Dung", role: "deputy" };
 * ```
 *
 * @interface
 */
export type TeamMember = z.infer<typeof TeamMemberSchema>;

/**
 * How many people of a team hold each role. These are the figures counted; a list of
 * members, when recorded, must agree with them.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamMemberCountsSchema } from "antt";
 * TeamMemberCountsSchema.parse({ leader: 1, deputy: 1, member: 1 });
 * ```
 */
export const TeamMemberCountsSchema = /* @__PURE__ */ (() =>
  labelFields(
    z
      .strictObject({
        /** Number of leaders (tổ trưởng) */
        leader: CountSchema.describe("Number of leaders (tổ trưởng)"),
        /** Number of deputies (tổ phó) */
        deputy: CountSchema.describe("Number of deputies (tổ phó)"),
        /** Number of members (tổ viên) */
        member: CountSchema.describe("Number of members (tổ viên)"),
      })
      .describe("Number of people in each role"),
    TEAM_MEMBER_COUNTS_FIELDS,
  ))();

/**
 * People of a team by role (see {@link TeamMemberCountsSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { TeamMemberCounts } from "antt";
 * const hcmcMinimum: TeamMemberCounts = { leader: 1, deputy: 1, member: 1 };
 * ```
 *
 * @interface
 */
export type TeamMemberCounts = z.infer<typeof TeamMemberCountsSchema>;
