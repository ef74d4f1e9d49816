// A team (tổ) run by residents, and the rules that keep its figures and its lists in step.
import * as z from "zod";
import {
  CalendarDateSchema,
  CountSchema,
  ExtSchema,
  IdSchema,
  labelFields,
  NameSchema,
  SecurityDutySchema,
  TextSchema,
  UnitCodeSchema,
} from "../../core/index.js";
import { fail } from "../../core/refine.js";
import { TeamKindSchema } from "../code-lists/schema.js";
import { TeamChatGroupSchema, TeamEquipmentSchema } from "../equipment/schema.js";
import { TEAM_ROLE_LABELS } from "../labels.js";
import { TeamHouseholdSchema, TeamMemberCountsSchema, TeamMemberSchema } from "../member/schema.js";
import { TeamTrainingSchema } from "../training/schema.js";
import { TEAM_FIELDS } from "./field-labels.js";

type Ctx = z.RefinementCtx;

/** The repeats of a list of keys: the index of each key given before, with the key. */
function repeatsOf(keys: readonly (string | undefined)[]): [number, string][] {
  const seen = new Set<string>();
  const repeats: [number, string][] = [];
  keys.forEach((key, index) => {
    if (key === undefined) return;
    if (seen.has(key)) repeats.push([index, key]);
    seen.add(key);
  });
  return repeats;
}

/** The smallest and largest number of households a fire-safety group may link. */
const FIRE_GROUP_HOUSEHOLDS = { min: 5, max: 15 } as const;

const VILLAGE_CODE_RE = /^\d{5}\./;

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
    /**
     * Other villages or residential groups of the same commune the team serves (Law
     * 30/2023/QH15 Art. 14: a security team may serve one or several)
     */
    servesUnitCodes: z
      .array(UnitCodeSchema)
      .max(50)
      .optional()
      .describe(
        "Other villages or residential groups of the same commune the team serves (Law 30/2023/QH15 Art. 14: a security team may serve one or several)",
      ),
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
    /**
     * People trained (được tập huấn), when the team does not list its members by name; at most
     * as many as memberCounts
     */
    trainedCount: CountSchema.optional().describe(
      "People trained (được tập huấn), when the team does not list its members by name; at most as many as memberCounts",
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
export const TeamSchema = /* @__PURE__ */ (() =>
  labelFields(
    TeamFields.superRefine((value, ctx) => {
      checkHouseholds(value, ctx);
      checkMembers(value, ctx);
      checkServes(value, ctx);
      if (
        value.kind === "security-team" &&
        value.village === undefined &&
        !VILLAGE_CODE_RE.test(value.unitCode)
      ) {
        fail(
          ctx,
          "security-team-village-missing",
          ["village"],
          "A security team serves one village: give village, or a village-level unitCode such as 15532.thon-3",
          "Tổ bảo vệ ANTT thuộc một thôn, tổ dân phố: ghi tên thôn hoặc mã đơn vị cấp thôn",
        );
      }
      if (value.dissolvedOn !== undefined) {
        const dissolvedOn = value.dissolvedOn;
        if (dissolvedOn < value.foundedOn) {
          fail(
            ctx,
            "team-dissolved-before-founded",
            ["dissolvedOn"],
            `The dissolution date ${dissolvedOn} is before the founding date ${value.foundedOn}`,
            `Ngày giải thể ${dissolvedOn} trước ngày thành lập ${value.foundedOn}`,
          );
        }
        value.trainings?.forEach((training, index) => {
          if (training.heldOn > dissolvedOn) {
            fail(
              ctx,
              "training-after-dissolution",
              ["trainings", index, "heldOn"],
              `The ${training.kind} on ${training.heldOn} is after the team was dissolved on ${dissolvedOn}`,
              `Buổi tập huấn, diễn tập ngày ${training.heldOn} sau ngày giải thể ${dissolvedOn}`,
            );
          }
        });
      }
      value.trainings?.forEach((training, index) => {
        if (training.kind === "training" && training.scenarioScale !== undefined) {
          fail(
            ctx,
            "scenario-scale-on-training",
            ["trainings", index, "scenarioScale"],
            "scenarioScale is for drills only: this entry is a training",
            "Quy mô tình huống diễn tập chỉ ghi cho buổi diễn tập, không ghi cho buổi tập huấn",
          );
        }
      });
      for (const [index, key] of repeatsOf(value.duties ?? [])) {
        fail(ctx, "team-duty-repeated", ["duties", index], `Duplicate ${key}`, `Trùng lặp ${key}`);
      }
      const kinds = (value.equipment ?? []).map((item) =>
        item.kind === "other" ? `other: ${item.name}` : item.kind,
      );
      for (const [index, key] of repeatsOf(kinds)) {
        fail(
          ctx,
          "team-equipment-repeated",
          ["equipment", index, "kind"],
          `Duplicate ${key}`,
          `Trùng lặp ${key}`,
        );
      }
    }).describe("A team (tổ) run by residents"),
    TEAM_FIELDS,
  ))();

function checkHouseholds(value: TeamShape, ctx: Ctx): void {
  const { householdCount, households, kind } = value;
  if (householdCount === undefined) {
    if (
      kind === "fire-safety-group" ||
      kind === "fire-security-group" ||
      kind === "self-governing"
    ) {
      fail(
        ctx,
        "team-household-count-missing",
        ["householdCount"],
        `A ${kind} team needs householdCount`,
        "Tổ liên gia, tổ tự quản phải có số hộ tham gia",
      );
    } else if (households) {
      fail(
        ctx,
        "team-household-count-missing",
        ["householdCount"],
        "A team with a households list needs householdCount",
        "Có danh sách hộ thì phải có số hộ tham gia",
      );
    }
  } else {
    if (households && households.length !== householdCount) {
      fail(
        ctx,
        "team-households-count-mismatch",
        ["households"],
        `The list has ${households.length} households but householdCount is ${householdCount}`,
        `Danh sách có ${households.length} hộ nhưng số hộ tham gia là ${householdCount}`,
      );
    }
    if (
      (kind === "fire-safety-group" || kind === "fire-security-group") &&
      (householdCount < FIRE_GROUP_HOUSEHOLDS.min || householdCount > FIRE_GROUP_HOUSEHOLDS.max)
    ) {
      fail(
        ctx,
        "fire-group-household-range",
        ["householdCount"],
        `A fire-safety group links ${FIRE_GROUP_HOUSEHOLDS.min} to ${FIRE_GROUP_HOUSEHOLDS.max} households, not ${householdCount}`,
        `Tổ liên gia an toàn PCCC gồm từ ${FIRE_GROUP_HOUSEHOLDS.min} đến ${FIRE_GROUP_HOUSEHOLDS.max} hộ, không phải ${householdCount}`,
      );
    }
  }
  if (households) {
    for (const [index, key] of repeatsOf(households.map((household) => household.id))) {
      fail(
        ctx,
        "team-household-repeated",
        ["households", index, "id"],
        `Duplicate ${key}`,
        `Trùng lặp ${key}`,
      );
    }
  }
}

/** The other villages a team serves lie in its commune, each once, apart from its own. */
function checkServes(value: TeamShape, ctx: Ctx): void {
  const serves = value.servesUnitCodes;
  if (!serves) return;
  const commune = value.unitCode.split(".")[0] as string;
  const seen = new Set<string>([value.unitCode]);
  serves.forEach((code, index) => {
    if (!code.includes(".") || code.split(".")[0] !== commune) {
      fail(
        ctx,
        "served-unit-outside-commune",
        ["servesUnitCodes", index],
        `${code} is not a village or residential group of commune ${commune}, where the team is`,
        `${code} không phải thôn, tổ dân phố của xã ${commune}, nơi tổ hoạt động`,
      );
    } else if (seen.has(code)) {
      fail(
        ctx,
        "served-unit-repeated",
        ["servesUnitCodes", index],
        `${code} is listed twice, or is the team's own unit`,
        `${code} bị liệt kê hai lần hoặc trùng với đơn vị của tổ`,
      );
    }
    seen.add(code);
  });
}

function checkMembers(value: TeamShape, ctx: Ctx): void {
  const { memberCounts, members, kind } = value;
  if (memberCounts === undefined) {
    if (kind === "security-team") {
      fail(
        ctx,
        "team-member-counts-missing",
        ["memberCounts"],
        "A security team needs memberCounts (leader, deputy, member)",
        "Tổ bảo vệ ANTT phải có số tổ trưởng, tổ phó, tổ viên",
      );
    } else if (members) {
      fail(
        ctx,
        "team-member-counts-missing",
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
          fail(
            ctx,
            "team-members-count-mismatch",
            ["members"],
            `The members list has ${listed} with role ${role} but memberCounts.${role} is ${memberCounts[role]}`,
            `Danh sách thành viên có ${listed} ${TEAM_ROLE_LABELS[role].vi.toLowerCase()} nhưng số đã khai là ${memberCounts[role]}`,
          );
        }
      }
    }
    if (kind === "security-team" && memberCounts.leader > 1) {
      fail(
        ctx,
        "security-team-leaders",
        ["memberCounts", "leader"],
        `A security team has at most one leader, not ${memberCounts.leader}`,
        `Tổ bảo vệ ANTT chỉ có một tổ trưởng, không phải ${memberCounts.leader}`,
      );
    }
  }
  if (members) {
    for (const [index, key] of repeatsOf(members.map((member) => member.id))) {
      fail(
        ctx,
        "team-member-repeated",
        ["members", index, "id"],
        `Duplicate ${key}`,
        `Trùng lặp ${key}`,
      );
    }
  }
  const trained = value.trainedCount;
  if (trained !== undefined) {
    if (members) {
      fail(
        ctx,
        "trained-count-with-members",
        ["trainedCount"],
        "A team that lists its members gives trainedOn for each of them, not a trainedCount",
        "Tổ có danh sách thành viên thì ghi ngày tập huấn của từng người, không ghi số người được tập huấn",
      );
    } else if (memberCounts === undefined) {
      fail(
        ctx,
        "trained-count-without-member-counts",
        ["trainedCount"],
        "A trainedCount needs memberCounts, the people it is a share of",
        "Có số người được tập huấn thì phải có số thành viên theo chức danh",
      );
    } else {
      const total = memberCounts.leader + memberCounts.deputy + memberCounts.member;
      if (trained > total) {
        fail(
          ctx,
          "trained-count-exceeds-members",
          ["trainedCount"],
          `${trained} people trained, more than the team's ${total} members`,
          `Số người được tập huấn (${trained}) nhiều hơn số thành viên của tổ (${total})`,
        );
      }
    }
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
