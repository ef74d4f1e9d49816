import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  codeList,
  ExtSchema,
  IdSchema,
  NameSchema,
  SecurityDutySchema,
  TextSchema,
  UnitCodeSchema,
} from "../core/index.js";
import { fail as issue } from "../core/refine.js";
import {
  TEAM_CHAT_PLATFORM_LABELS,
  TEAM_EQUIPMENT_KIND_LABELS,
  TEAM_KIND_LABELS,
  TEAM_ROLE_LABELS,
  TEAM_TRAINING_KIND_LABELS,
  TEAM_TRAINING_LEVEL_LABELS,
} from "./labels.js";

/**
 * The kind of a team, a code of {@link TEAM_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamKindSchema } from "antt";
 * TeamKindSchema.parse("fire-safety-group");
 * ```
 */
export const TeamKindSchema = /* @__PURE__ */ (() => codeList(TEAM_KIND_LABELS, "Kind of team"))();

/**
 * A role in a team, a code of {@link TEAM_ROLE_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamRoleSchema } from "antt";
 * TeamRoleSchema.parse("leader");
 * ```
 */
export const TeamRoleSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_ROLE_LABELS, "Role in a team"))();

/**
 * A kind of team equipment, a code of {@link TEAM_EQUIPMENT_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamEquipmentKindSchema } from "antt";
 * TeamEquipmentKindSchema.parse("siren");
 * ```
 */
export const TeamEquipmentKindSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_EQUIPMENT_KIND_LABELS, "Kind of team equipment"))();

/**
 * The platform of a team's chat group, a code of {@link TEAM_CHAT_PLATFORM_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamChatPlatformSchema } from "antt";
 * TeamChatPlatformSchema.parse("zalo");
 * ```
 */
export const TeamChatPlatformSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_CHAT_PLATFORM_LABELS, "Platform of a team's chat group"))();

/**
 * The kind of a team exercise, a code of {@link TEAM_TRAINING_KIND_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamTrainingKindSchema } from "antt";
 * TeamTrainingKindSchema.parse("training");
 * ```
 */
export const TeamTrainingKindSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_TRAINING_KIND_LABELS, "Kind of team exercise: training or drill"))();

/**
 * The level that organised a training or drill, a code of
 * {@link TEAM_TRAINING_LEVEL_LABELS}.
 *
 * @category Code lists
 * @example
 * ```ts
 * import { TeamTrainingLevelSchema } from "antt";
 * TeamTrainingLevelSchema.parse("province");
 * ```
 */
export const TeamTrainingLevelSchema = /* @__PURE__ */ (() =>
  codeList(TEAM_TRAINING_LEVEL_LABELS, "Level that organised a training or drill"))();

type Ctx = z.RefinementCtx;
type Path = (string | number)[];

function checkUnique(
  keys: readonly (string | undefined)[],
  ctx: Ctx,
  pathOf: (index: number) => Path,
): void {
  const seen = new Set<string>();
  keys.forEach((key, index) => {
    if (key === undefined) return;
    if (seen.has(key)) issue(ctx, pathOf(index), `Duplicate ${key}`, `Trùng lặp ${key}`);
    seen.add(key);
  });
}

/** The smallest and largest number of households a fire-safety group may link. */
const FIRE_GROUP_HOUSEHOLDS = { min: 5, max: 15 } as const;

const VILLAGE_CODE_RE = /^\d{5}\./;

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
    .describe("A household that belongs to a team"))();

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
    .describe("A person in a team"))();

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
  z
    .strictObject({
      /** Number of leaders (tổ trưởng) */
      leader: CountSchema.describe("Number of leaders (tổ trưởng)"),
      /** Number of deputies (tổ phó) */
      deputy: CountSchema.describe("Number of deputies (tổ phó)"),
      /** Number of members (tổ viên) */
      member: CountSchema.describe("Number of members (tổ viên)"),
    })
    .describe("Number of people in each role"))();

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
        issue(
          ctx,
          ["name"],
          "Equipment of kind other needs a name",
          "Trang bị loại khác phải có tên",
        );
      }
    })
    .describe("Equipment a team keeps"))();

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
  z
    .strictObject({
      /** Platform of the group */
      platform: TeamChatPlatformSchema.describe("Platform of the group"),
      /** Name of the group */
      name: NameSchema.optional().describe("Name of the group"),
      /** Number of accounts in the group */
      memberCount: CountSchema.optional().describe("Number of accounts in the group"),
    })
    .describe("The chat group of a team"))();

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
    .describe("A training or drill"))();

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

const TeamFields = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Identifier of the team */
    id: IdSchema.describe("Identifier of the team"),
    /** Kind of team */
    kind: TeamKindSchema.describe("Kind of team"),
    /** Name of the team */
    name: NameSchema.describe("Name of the team"),
    /** Id of the model site the team runs, if any */
    modelSiteId: IdSchema.optional().describe("Id of the model site the team runs, if any"),
    /** Code of the unit (village or commune) of the team */
    unitCode: UnitCodeSchema.describe("Code of the unit (village or commune) of the team"),
    /** Date the unit code was valid for; the founding date when absent */
    unitCodeAsOf: CalendarDateSchema.optional().describe(
      "Date the unit code was valid for; the founding date when absent",
    ),
    /** Name of the village or residential group (thôn, tổ dân phố, ấp, bản) */
    village: NameSchema.optional().describe(
      "Name of the village or residential group (thôn, tổ dân phố, ấp, bản)",
    ),
    /**
     * Number of member households; required for fire-safety-group and self-governing teams and
     * with households
     */
    householdCount: CountSchema.optional().describe(
      "Number of member households; required for fire-safety-group and self-governing teams and with households",
    ),
    /** Member households; as many as householdCount */
    households: z
      .array(TeamHouseholdSchema)
      .max(5000)
      .optional()
      .describe("Member households; as many as householdCount"),
    /** Number of people by role; required for security teams and with members */
    memberCounts: TeamMemberCountsSchema.optional().describe(
      "Number of people by role; required for security teams and with members",
    ),
    /** People of the team; by role as many as memberCounts */
    members: z
      .array(TeamMemberSchema)
      .max(1000)
      .optional()
      .describe("People of the team; by role as many as memberCounts"),
    /** Duties of the team, without duplicates */
    duties: z
      .array(SecurityDutySchema)
      .max(20)
      .optional()
      .describe("Duties of the team, without duplicates"),
    /** Equipment of the team, one entry per kind */
    equipment: z
      .array(TeamEquipmentSchema)
      .max(100)
      .optional()
      .describe("Equipment of the team, one entry per kind"),
    /** Chat group of the team */
    chatGroup: TeamChatGroupSchema.optional().describe("Chat group of the team"),
    /** Trainings and drills the team took part in */
    trainings: z
      .array(TeamTrainingSchema)
      .max(1000)
      .optional()
      .describe("Trainings and drills the team took part in"),
    /** Date the team was founded */
    foundedOn: CalendarDateSchema.describe("Date the team was founded"),
    /** Date the team was dissolved */
    dissolvedOn: CalendarDateSchema.optional().describe("Date the team was dissolved"),
    /** Note */
    note: TextSchema.optional().describe("Note"),
    /** App-specific data, not interpreted by the library */
    ext: ExtSchema.optional(),
  }))();

type TeamShape = z.output<typeof TeamFields>;

/**
 * A team (tổ) that residents run: the statutory security team of a village (tổ bảo vệ
 * ANTT), a self-governing team, a fire-safety household group, a people's patrol team
 * or a mediation team.
 *
 * @description Counts are the figures; lists are optional detail that must agree with
 * them, so that a figure never depends on which of the two an app happened to fill in:
 *
 * - `householdCount` is the number of member households. It is required for the
 *   household-based kinds (`fire-safety-group`, `self-governing`) and whenever the
 *   `households` list is given, whose length must equal it.
 * - `memberCounts` is the number of people by role. It is required for a
 *   `security-team` and whenever the `members` list is given, whose people by role
 *   must equal it.
 *
 * Further rules checked inside one record:
 *
 * - a `fire-safety-group` links 5 to 15 households (some provinces allow only 5 to 7;
 *   such a stricter local rule is the app's).
 * - a `security-team` (Law 30/2023/QH15, one per village) has at most one leader (none
 *   while the leader is not yet appointed), and names its village: `village`, or a
 *   village-level `unitCode` such as `"15532.thon-3"`.
 * - `dissolvedOn` is not before `foundedOn`, and no training is after `dissolvedOn`.
 * - household ids, member ids, duties and equipment kinds (with the name, for kind
 *   `other`) are not repeated.
 *
 * `modelSiteId` links a team to the {@link models!ModelSiteSchema | model site} it runs; a
 * statutory security team need not belong to any model.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TeamSchema } from "antt";
 * const team = TeamSchema.parse({
 *   id: "lg-kiet-12",
 *   kind: "fire-safety-group",
 *   name: "Tổ liên gia an toàn PCCC kiệt 12",
 *   modelSiteId: "site-cam-pho",
 *   unitCode: "20335.khoi-2",
 *   householdCount: 7,
 *   memberCounts: { leader: 1, deputy: 0, member: 6 },
 *   duties: ["fire-rescue"],
 *   equipment: [
 *     { kind: "alarm-bell-with-button", count: 7 },
 *     { kind: "fire-extinguisher", count: 7 },
 *   ],
 *   chatGroup: { platform: "zalo", memberCount: 14 },
 *   foundedOn: "2023-05-10",
 * });
 * team.householdCount; // 7
 * ```
 */
export const TeamSchema = TeamFields.superRefine((value, ctx) => {
  checkHouseholds(value, ctx);
  checkMembers(value, ctx);
  if (
    value.kind === "security-team" &&
    value.village === undefined &&
    !VILLAGE_CODE_RE.test(value.unitCode)
  ) {
    issue(
      ctx,
      ["village"],
      "A security team serves one village: give village, or a village-level unitCode such as 15532.thon-3",
      "Tổ bảo vệ ANTT thuộc một thôn, tổ dân phố: ghi tên thôn hoặc mã đơn vị cấp thôn",
    );
  }
  if (value.dissolvedOn !== undefined) {
    const dissolvedOn = value.dissolvedOn;
    if (dissolvedOn < value.foundedOn) {
      issue(
        ctx,
        ["dissolvedOn"],
        `The dissolution date ${dissolvedOn} is before the founding date ${value.foundedOn}`,
        `Ngày giải thể ${dissolvedOn} trước ngày thành lập ${value.foundedOn}`,
      );
    }
    value.trainings?.forEach((training, index) => {
      if (training.heldOn > dissolvedOn) {
        issue(
          ctx,
          ["trainings", index, "heldOn"],
          `The ${training.kind} on ${training.heldOn} is after the team was dissolved on ${dissolvedOn}`,
          `Buổi tập huấn, diễn tập ngày ${training.heldOn} sau ngày giải thể ${dissolvedOn}`,
        );
      }
    });
  }
  if (value.duties) checkUnique(value.duties, ctx, (index) => ["duties", index]);
  if (value.equipment) {
    checkUnique(
      value.equipment.map((item) => (item.kind === "other" ? `other: ${item.name}` : item.kind)),
      ctx,
      (index) => ["equipment", index, "kind"],
    );
  }
}).describe("A team (tổ) run by residents");

function checkHouseholds(value: TeamShape, ctx: Ctx): void {
  const { householdCount, households, kind } = value;
  if (householdCount === undefined) {
    if (kind === "fire-safety-group" || kind === "self-governing") {
      issue(
        ctx,
        ["householdCount"],
        `A ${kind} team needs householdCount`,
        "Tổ liên gia, tổ tự quản phải có số hộ tham gia",
      );
    } else if (households) {
      issue(
        ctx,
        ["householdCount"],
        "A team with a households list needs householdCount",
        "Có danh sách hộ thì phải có số hộ tham gia",
      );
    }
  } else {
    if (households && households.length !== householdCount) {
      issue(
        ctx,
        ["households"],
        `The list has ${households.length} households but householdCount is ${householdCount}`,
        `Danh sách có ${households.length} hộ nhưng số hộ tham gia là ${householdCount}`,
      );
    }
    if (
      kind === "fire-safety-group" &&
      (householdCount < FIRE_GROUP_HOUSEHOLDS.min || householdCount > FIRE_GROUP_HOUSEHOLDS.max)
    ) {
      issue(
        ctx,
        ["householdCount"],
        `A fire-safety group links ${FIRE_GROUP_HOUSEHOLDS.min} to ${FIRE_GROUP_HOUSEHOLDS.max} households, not ${householdCount}`,
        `Tổ liên gia an toàn PCCC gồm từ ${FIRE_GROUP_HOUSEHOLDS.min} đến ${FIRE_GROUP_HOUSEHOLDS.max} hộ, không phải ${householdCount}`,
      );
    }
  }
  if (households) {
    checkUnique(
      households.map((household) => household.id),
      ctx,
      (index) => ["households", index, "id"],
    );
  }
}

function checkMembers(value: TeamShape, ctx: Ctx): void {
  const { memberCounts, members, kind } = value;
  if (memberCounts === undefined) {
    if (kind === "security-team") {
      issue(
        ctx,
        ["memberCounts"],
        "A security team needs memberCounts (leader, deputy, member)",
        "Tổ bảo vệ ANTT phải có số tổ trưởng, tổ phó, tổ viên",
      );
    } else if (members) {
      issue(
        ctx,
        ["memberCounts"],
        "A team with a members list needs memberCounts",
        "Có danh sách thành viên thì phải có số thành viên theo chức danh",
      );
    }
  } else {
    if (members) {
      for (const role of ["leader", "deputy", "member"] as const) {
        const listed = members.filter((member) => member.role === role).length;
        if (listed !== memberCounts[role]) {
          issue(
            ctx,
            ["members"],
            `The members list has ${listed} with role ${role} but memberCounts.${role} is ${memberCounts[role]}`,
            `Danh sách thành viên có ${listed} ${TEAM_ROLE_LABELS[role].vi.toLowerCase()} nhưng số đã khai là ${memberCounts[role]}`,
          );
        }
      }
    }
    if (kind === "security-team" && memberCounts.leader > 1) {
      issue(
        ctx,
        ["memberCounts", "leader"],
        `A security team has at most one leader, not ${memberCounts.leader}`,
        `Tổ bảo vệ ANTT chỉ có một tổ trưởng, không phải ${memberCounts.leader}`,
      );
    }
  }
  if (members) {
    checkUnique(
      members.map((member) => member.id),
      ctx,
      (index) => ["members", index, "id"],
    );
  }
}

/**
 * A team (see {@link TeamSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Team } from "antt";
 * const team: Team = {
 *   id: "bv-thon-3",
 *   kind: "security-team",
 *   name: "Tổ bảo vệ ANTT thôn 3",
 *   unitCode: "15532.thon-3",
 *   memberCounts: { leader: 1, deputy: 1, member: 2 },
 *   foundedOn: "2024-07-01",
 * };
 * ```
 *
 * @interface
 */
export type Team = z.infer<typeof TeamSchema>;
