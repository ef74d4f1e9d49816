import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import { label, type SecurityDuty, validate } from "../../src/core/index.js";
import * as teams from "../../src/teams/index.js";
import {
  TEAM_CHAT_PLATFORM_LABELS,
  TEAM_EQUIPMENT_KIND_LABELS,
  TEAM_KIND_LABELS,
  TEAM_ROLE_LABELS,
  TEAM_TRAINING_KIND_LABELS,
  TEAM_TRAINING_LEVEL_LABELS,
  type Team,
  type TeamChatGroup,
  type TeamEquipment,
  type TeamHousehold,
  type TeamKind,
  type TeamMember,
  type TeamMemberCounts,
  type TeamRole,
  TeamSchema,
  type TeamTraining,
} from "../../src/teams/index.js";
import { type CodeList, describeCodeLists, FOLDED_CODE_LIST_NAMES } from "../support/code-lists.js";
import { describeFixtures } from "../support/fixtures.js";
import {
  type AnyField,
  itDescribesEveryFieldAndForbidsUnknownKeys,
  schemaIssues,
} from "../support/schemas.js";

const { pathsOf: issuePaths } = schemaIssues(TeamSchema);

const patrol: Team = {
  id: "tt-thon-3",
  kind: "patrol-team",
  name: "Tổ tuần tra nhân dân thôn 3",
  unitCode: "15532.thon-3",
  foundedOn: "2023-03-01",
};

const people: TeamMember[] = [
  { id: "p1", name: "Lê Văn Cường", role: "leader", phone: "0912345678" },
  { id: "p2", name: "Phạm Thị Dung", role: "deputy" },
  { id: "p3", name: "Hoàng Văn Em", role: "member" },
];

const security: Team = {
  id: "bv-thon-3",
  kind: "security-team",
  name: "Tổ bảo vệ ANTT thôn 3",
  unitCode: "15532.thon-3",
  memberCounts: { leader: 1, deputy: 1, member: 1 },
  members: people,
  foundedOn: "2024-07-01",
};

function households(count: number): TeamHousehold[] {
  return Array.from({ length: count }, (_, i) => ({ id: `ho-${i + 1}`, headName: `Hộ ${i + 1}` }));
}

const fireGroup: Team = {
  id: "lg-kiet-12",
  kind: "fire-safety-group",
  name: "Tổ liên gia an toàn PCCC kiệt 12",
  unitCode: "20335.khoi-2",
  householdCount: 7,
  households: households(7),
  foundedOn: "2023-05-10",
};

describeFixtures({ title: "fixtures of teams", domain: "teams", schemas: teams, atLeast: 30 });

describe("TeamSchema", () => {
  it("accepts a patrol team with only the required fields", () => {
    expect(TeamSchema.parse(patrol)).toEqual(patrol);
  });

  it("takes a trainedCount of a team that does not list its members, never more than its members", () => {
    const { members: _listed, ...unlisted } = security;
    const counted = { ...unlisted, trainedCount: 3 };
    expect(issuePaths(counted)).toEqual([]);
    expect(issuePaths({ ...counted, trainedCount: 4 })).toEqual(["trainedCount"]);
    expect(issuePaths({ ...security, trainedCount: 1 })).toEqual(["trainedCount"]);
    const { memberCounts: _counts, ...noCounts } = counted;
    expect(issuePaths({ ...noCounts, kind: "patrol-team" })).toEqual(["trainedCount"]);
    const message = validate(TeamSchema, { ...counted, trainedCount: 4 });
    expect(message.success ? "" : message.issues[0]?.message.vi).toBe(
      "Số người được tập huấn (4) nhiều hơn số thành viên của tổ (3)",
    );
  });

  it("rejects an unknown key such as householdCnt", () => {
    const result = validate(TeamSchema, { ...patrol, householdCnt: 5 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.code).toBe("unrecognized_keys");
    expect(result.issues[0]?.message.en).toContain("householdCnt");
  });

  describe("households", () => {
    it("accepts a fire-safety group whose list has as many households as its count", () => {
      expect(TeamSchema.safeParse(fireGroup).success).toBe(true);
    });

    it("rejects a list that disagrees with the count, saying both numbers in Vietnamese", () => {
      const result = validate(TeamSchema, { ...fireGroup, householdCount: 8 });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues).toEqual([
        {
          path: ["households"],
          code: "team-households-count-mismatch",
          location: { vi: "Hộ gia đình", en: "Household" },
          message: {
            en: "The list has 7 households but householdCount is 8",
            vi: "Danh sách có 7 hộ nhưng số hộ tham gia là 8",
          },
        },
      ]);
    });

    it("requires the count whenever the list is given", () => {
      const { householdCount: _, ...listOnly } = fireGroup;
      expect(issuePaths({ ...listOnly, kind: "other" })).toEqual(["householdCount"]);
    });

    it.each(["fire-safety-group", "self-governing"])("requires the count of a %s team", (kind) => {
      expect(issuePaths({ ...patrol, kind })).toEqual(["householdCount"]);
    });

    it("does not require a count of a team of individuals", () => {
      expect(TeamSchema.safeParse({ ...patrol, kind: "mediation-team" }).success).toBe(true);
    });

    it.each([5, 7, 15])("accepts a fire-safety group of %i households", (count) => {
      const group = { ...fireGroup, householdCount: count, households: households(count) };
      expect(TeamSchema.safeParse(group).success).toBe(true);
    });

    it.each([0, 4, 16, 40])("rejects a fire-safety group of %i households", (count) => {
      const { households: _, ...counted } = fireGroup;
      const result = validate(TeamSchema, { ...counted, householdCount: count });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((issue) => issue.path.join("."))).toEqual(["householdCount"]);
      expect(result.issues[0]?.message.vi).toContain("từ 5 đến 15 hộ");
    });

    it("applies the 5 to 15 range to fire-safety groups only", () => {
      expect(
        TeamSchema.safeParse({ ...patrol, kind: "self-governing", householdCount: 40 }).success,
      ).toBe(true);
      expect(TeamSchema.safeParse({ ...patrol, householdCount: 2 }).success).toBe(true);
    });

    it("rejects a household id listed twice", () => {
      const list = [...households(6), { id: "ho-1", headName: "Hộ trùng" }];
      expect(issuePaths({ ...fireGroup, households: list })).toEqual(["households.6.id"]);
    });

    it("accepts households without ids", () => {
      const list = households(7).map(({ headName }) => ({ headName }));
      expect(TeamSchema.safeParse({ ...fireGroup, households: list }).success).toBe(true);
    });
  });

  describe("members", () => {
    it("accepts a security team whose list agrees with its counts by role", () => {
      expect(TeamSchema.parse(security)).toEqual(security);
    });

    it("reports each role whose listed people disagree with the counts", () => {
      const result = validate(TeamSchema, {
        ...security,
        memberCounts: { leader: 1, deputy: 0, member: 2 },
      });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((issue) => issue.path.join("."))).toEqual(["members", "members"]);
      expect(result.issues[0]?.message.en).toBe(
        "The members list has 1 with role deputy but memberCounts.deputy is 0",
      );
      expect(result.issues[0]?.message.vi).toBe(
        "Danh sách thành viên có 1 tổ phó nhưng số đã khai là 0",
      );
    });

    it("requires the counts whenever the list is given", () => {
      expect(issuePaths({ ...patrol, members: people })).toEqual(["memberCounts"]);
    });

    it("requires the counts of a security team", () => {
      const { memberCounts: _, members: __, ...uncounted } = security;
      expect(issuePaths(uncounted)).toEqual(["memberCounts"]);
    });

    it("rejects a security team with more than one leader", () => {
      const { members: _, ...counted } = security;
      const result = validate(TeamSchema, {
        ...counted,
        memberCounts: { leader: 2, deputy: 1, member: 1 },
      });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues[0]?.path).toEqual(["memberCounts", "leader"]);
      expect(result.issues[0]?.message.vi).toBe(
        "Tổ bảo vệ ANTT chỉ có một tổ trưởng, không phải 2",
      );
    });

    it("accepts a security team whose leader is not yet appointed", () => {
      const { members: _, ...counted } = security;
      const leaderless = { ...counted, memberCounts: { leader: 0, deputy: 1, member: 2 } };
      expect(TeamSchema.safeParse(leaderless).success).toBe(true);
    });

    it("allows other kinds of team more than one leader", () => {
      const counted = { ...patrol, memberCounts: { leader: 2, deputy: 0, member: 5 } };
      expect(TeamSchema.safeParse(counted).success).toBe(true);
    });

    it("rejects a member id listed twice", () => {
      const twice = [...people, { id: "p3", name: "Người khác", role: "member" as const }];
      const result = issuePaths({
        ...security,
        memberCounts: { leader: 1, deputy: 1, member: 2 },
        members: twice,
      });
      expect(result).toEqual(["members.3.id"]);
    });

    it("rejects phone numbers that are not Vietnamese numbers without spaces", () => {
      const withPhone = (phone: string) => ({
        ...security,
        members: [
          { ...people[0], name: "Lê Văn Cường", role: "leader", phone },
          ...people.slice(1),
        ],
      });
      expect(TeamSchema.safeParse(withPhone("+84912345678")).success).toBe(true);
      expect(TeamSchema.safeParse(withPhone("02363123456")).success).toBe(true);
      expect(issuePaths(withPhone("0912 345 678"))).toEqual(["members.0.phone"]);
      expect(issuePaths(withPhone("12345"))).toEqual(["members.0.phone"]);
    });
  });

  describe("village of a security team", () => {
    it("accepts a village-level unit code", () => {
      expect(TeamSchema.safeParse(security).success).toBe(true);
    });

    it("accepts a commune code with the village's name", () => {
      const named = { ...security, unitCode: "15532", village: "Thôn 3" };
      expect(TeamSchema.safeParse(named).success).toBe(true);
    });

    it("rejects a commune code without the village's name", () => {
      const result = validate(TeamSchema, { ...security, unitCode: "15532" });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues[0]?.path).toEqual(["village"]);
      expect(result.issues[0]?.message.vi).toContain("thôn, tổ dân phố");
    });

    it("does not ask other kinds of team for a village", () => {
      expect(TeamSchema.safeParse({ ...patrol, unitCode: "15532" }).success).toBe(true);
    });
  });

  describe("dates", () => {
    it("accepts a team dissolved on or after its founding", () => {
      expect(TeamSchema.safeParse({ ...patrol, dissolvedOn: patrol.foundedOn }).success).toBe(true);
      expect(TeamSchema.safeParse({ ...patrol, dissolvedOn: "2024-12-31" }).success).toBe(true);
    });

    it("rejects a team dissolved before it was founded", () => {
      const result = validate(TeamSchema, { ...patrol, dissolvedOn: "2023-02-28" });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues[0]).toEqual({
        path: ["dissolvedOn"],
        code: "team-dissolved-before-founded",
        location: { vi: "Ngày giải thể", en: "Dissolved on" },
        message: {
          en: "The dissolution date 2023-02-28 is before the founding date 2023-03-01",
          vi: "Ngày giải thể 2023-02-28 trước ngày thành lập 2023-03-01",
        },
      });
    });

    it("rejects a training after the team was dissolved, and accepts one before its founding", () => {
      const trainings: TeamTraining[] = [
        { kind: "training", heldOn: "2023-02-20", level: "commune", participants: 12 },
        { kind: "drill", heldOn: "2024-01-02", level: "village", participants: 12 },
      ];
      expect(issuePaths({ ...patrol, dissolvedOn: "2024-01-01", trainings })).toEqual([
        "trainings.1.heldOn",
      ]);
      expect(TeamSchema.safeParse({ ...patrol, trainings }).success).toBe(true);
    });

    it("rejects an impossible founding date", () => {
      expect(issuePaths({ ...patrol, foundedOn: "2023-02-29" })).toEqual(["foundedOn"]);
    });
  });

  describe("duties and equipment", () => {
    it("accepts the duties of models", () => {
      const duties: SecurityDuty[] = ["patrol", "keep-order", "camera-monitoring"];
      expect(TeamSchema.safeParse({ ...patrol, duties }).success).toBe(true);
    });

    it("rejects a duty listed twice", () => {
      expect(issuePaths({ ...patrol, duties: ["patrol", "patrol"] })).toEqual(["duties.1"]);
    });

    it("rejects the same equipment kind listed twice", () => {
      const equipment: TeamEquipment[] = [
        { kind: "siren", count: 1 },
        { kind: "flashlight", count: 4 },
        { kind: "siren", count: 2 },
      ];
      expect(issuePaths({ ...patrol, equipment })).toEqual(["equipment.2.kind"]);
    });

    it("tells other equipment apart by name", () => {
      const equipment: TeamEquipment[] = [
        { kind: "other", name: "Thang dây", count: 1 },
        { kind: "other", name: "Mặt nạ", count: 2 },
      ];
      expect(TeamSchema.safeParse({ ...patrol, equipment }).success).toBe(true);
      expect(issuePaths({ ...patrol, equipment: [equipment[0], equipment[0]] })).toEqual([
        "equipment.1.kind",
      ]);
    });

    it("requires the name of other equipment", () => {
      const result = validate(TeamSchema, {
        ...patrol,
        equipment: [{ kind: "other", count: 1 }],
      });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues[0]?.path).toEqual(["equipment", 0, "name"]);
      expect(result.issues[0]?.message.vi).toBe("Trang bị loại khác phải có tên");
    });

    it("rejects equipment counted 0 or in fractions", () => {
      expect(
        issuePaths({
          ...patrol,
          equipment: [
            { kind: "siren", count: 0 },
            { kind: "baton", count: 1.5 },
          ],
        }),
      ).toEqual(["equipment.0.count", "equipment.1.count"]);
    });
  });

  it("keeps a Zalo chat group with its member count", () => {
    const chatGroup: TeamChatGroup = {
      platform: "zalo",
      name: "Liên gia kiệt 12",
      memberCount: 14,
    };
    expect(TeamSchema.parse({ ...fireGroup, chatGroup }).chatGroup).toEqual(chatGroup);
  });

  it("reports every problem at once", () => {
    expect(
      issuePaths({
        ...fireGroup,
        householdCount: 16,
        duties: ["patrol", "patrol"],
        dissolvedOn: "2020-01-01",
      }).sort(),
    ).toEqual(["dissolvedOn", "duties.1", "householdCount", "households"]);
  });
});

describe("code lists of teams", () => {
  const lists: CodeList[] = [
    ["TEAM_KIND_LABELS", TEAM_KIND_LABELS, teams.TeamKindSchema],
    ["TEAM_ROLE_LABELS", TEAM_ROLE_LABELS, teams.TeamRoleSchema],
    ["TEAM_EQUIPMENT_KIND_LABELS", TEAM_EQUIPMENT_KIND_LABELS, teams.TeamEquipmentKindSchema],
    ["TEAM_CHAT_PLATFORM_LABELS", TEAM_CHAT_PLATFORM_LABELS, teams.TeamChatPlatformSchema],
    ["TEAM_TRAINING_KIND_LABELS", TEAM_TRAINING_KIND_LABELS, teams.TeamTrainingKindSchema],
    ["TEAM_TRAINING_LEVEL_LABELS", TEAM_TRAINING_LEVEL_LABELS, teams.TeamTrainingLevelSchema],
  ];

  describeCodeLists({ lists, names: FOLDED_CODE_LIST_NAMES });

  it("labels the roles tổ trưởng, tổ phó, tổ viên", () => {
    expect(Object.values(TEAM_ROLE_LABELS).map((entry) => entry.vi)).toEqual([
      "Tổ trưởng",
      "Tổ phó",
      "Tổ viên",
    ]);
  });

  it("names the statutory team as the law does", () => {
    expect(label(TEAM_KIND_LABELS, "security-team")).toBe("Tổ bảo vệ an ninh, trật tự");
  });
});

describe("JSON Schema of teams", () => {
  const records: [string, z.ZodType][] = [
    ["TeamSchema", TeamSchema],
    ["TeamHouseholdSchema", teams.TeamHouseholdSchema],
    ["TeamMemberSchema", teams.TeamMemberSchema],
    ["TeamMemberCountsSchema", teams.TeamMemberCountsSchema],
    ["TeamEquipmentSchema", teams.TeamEquipmentSchema],
    ["TeamChatGroupSchema", teams.TeamChatGroupSchema],
    ["TeamTrainingSchema", teams.TeamTrainingSchema],
  ];

  itDescribesEveryFieldAndForbidsUnknownKeys(records);
});

describe("types of teams", () => {
  it("infers the types an app would write by hand", () => {
    expectTypeOf<Team["kind"]>().toEqualTypeOf<TeamKind>();
    expectTypeOf<Team["householdCount"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Team["households"]>().toEqualTypeOf<TeamHousehold[] | undefined>();
    expectTypeOf<Team["memberCounts"]>().toEqualTypeOf<TeamMemberCounts | undefined>();
    expectTypeOf<Team["members"]>().toEqualTypeOf<TeamMember[] | undefined>();
    expectTypeOf<Team["duties"]>().toEqualTypeOf<SecurityDuty[] | undefined>();
    expectTypeOf<Team["modelSiteId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Team["foundedOn"]>().toEqualTypeOf<string>();
    expectTypeOf<TeamMember["role"]>().toEqualTypeOf<TeamRole>();
    expectTypeOf<TeamMemberCounts>().toEqualTypeOf<{
      leader: number;
      deputy: number;
      member: number;
    }>();
    expectTypeOf<TeamHousehold["id"]>().toEqualTypeOf<string | undefined>();
  });

  it("has no any in the inferred record types", () => {
    expectTypeOf<AnyField<Team>>().toEqualTypeOf<false>();
    expectTypeOf<AnyField<TeamMember>>().toEqualTypeOf<false>();
    expectTypeOf<AnyField<TeamTraining>>().toEqualTypeOf<false>();
  });

  it("makes optional fields optional and required fields required", () => {
    expectTypeOf<{
      id: string;
      kind: TeamKind;
      name: string;
      unitCode: string;
      foundedOn: string;
    }>().toExtend<Team>();
    expectTypeOf<{ id: string; kind: TeamKind; name: string }>().not.toExtend<Team>();
  });
});
