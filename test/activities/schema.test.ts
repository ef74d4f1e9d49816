import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import {
  type Activity,
  type ActivityKind,
  ActivityKindSchema,
  ActivitySchema,
  type AmbushActivity,
  AmbushActivitySchema,
  type AwardActivity,
  AwardActivitySchema,
  activityDateOf,
  type DrillActivity,
  DrillActivitySchema,
  type MediationActivity,
  MediationActivitySchema,
  type OutreachActivity,
  OutreachActivitySchema,
  type PatrolActivity,
  PatrolActivitySchema,
  type TipActivity,
  TipActivitySchema,
  type TrainingActivity,
  TrainingActivitySchema,
} from "../../src/activities/index.js";
import type { Ext } from "../../src/core/index.js";
import { schemaIssues } from "../support/schemas.js";

const patrol = {
  kind: "patrol",
  id: "act-1",
  unitCode: "15532",
  startedAt: "2024-03-07T21:00:00+07:00",
  endedAt: "2024-03-07T23:30:00+07:00",
  participants: 6,
  directedByCamera: true,
} as const;

const ambush = {
  ...patrol,
  kind: "ambush",
  id: "act-2",
  directedByCamera: false,
  incidentsFound: 1,
  suspectsApprehended: 2,
} as const;

const tip = {
  kind: "tip",
  id: "act-3",
  unitCode: "15532",
  receivedAt: "2024-02-28T20:05:00+07:00",
  channel: "app",
  tipKind: "report",
  category: "public-disorder",
  verified: true,
  ledToIncidentId: "inc-7",
} as const;

const mediation = {
  kind: "mediation",
  id: "act-4",
  unitCode: "15532.thon-3",
  date: "2024-05-12",
  disputeKind: "land",
  outcome: "succeeded",
  parties: 2,
} as const;

const outreach = {
  kind: "outreach",
  id: "act-5",
  unitCode: "15532",
  date: "2024-06-20",
  audience: 120,
  topic: "fraud",
  channel: "loudspeaker",
} as const;

const drill = {
  kind: "drill",
  id: "act-6",
  unitCode: "15532.thon-3",
  date: "2024-08-19",
  level: "village",
  participants: 35,
  topic: "fire",
} as const;

const training = { ...drill, kind: "training", id: "act-7", level: "commune" } as const;

const award = {
  kind: "award",
  id: "act-8",
  unitCode: "15532",
  date: "2024-08-19",
  recipientKind: "team",
  recipientName: "Tổ tự quản thôn 3",
  level: "district",
  form: "cash",
  amountVnd: 1_000_000,
} as const;

const oneOfEach = [patrol, ambush, tip, mediation, outreach, drill, training, award] as const;

const { issuesOf, pathsOf } = schemaIssues(ActivitySchema);

describe("ActivitySchema", () => {
  it("accepts a record of every kind and keeps its kind", () => {
    for (const input of oneOfEach) {
      const parsed = ActivitySchema.parse(input);
      expect(parsed.kind).toBe(input.kind);
      expect(parsed).toEqual(input);
    }
  });

  it("has exactly one variant per code of ActivityKindSchema", () => {
    expect(oneOfEach.map((a) => a.kind).sort()).toEqual([...ActivityKindSchema.options].sort());
    const variants = ActivitySchema.options.map((option) => option.shape.kind.value);
    expect(variants.sort()).toEqual([...ActivityKindSchema.options].sort());
  });

  it("accepts the common optional fields on every kind", () => {
    for (const input of oneOfEach) {
      const full = {
        ...input,
        unitCodeAsOf: "2024-01-01",
        modelSiteId: "site-kim-doi",
        teamId: "team-12",
        note: "Ghi chú",
        ext: { source: "import-2024.xlsx", rows: [1, 2] },
      };
      expect(issuesOf(full)).toEqual([]);
    }
  });

  it("trims ids and names the way the core building blocks do", () => {
    const parsed = ActivitySchema.parse({ ...award, id: "  act-8 ", recipientName: " Tổ 3 " });
    expect(parsed.id).toBe("act-8");
    expect(parsed.kind === "award" && parsed.recipientName).toBe("Tổ 3");
  });

  it("rejects an unknown kind at the path kind, in English and Vietnamese", () => {
    const issues = issuesOf({ ...mediation, kind: "meeting" });
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toEqual(["kind"]);
    expect(issues[0]?.code).toBe("invalid_union");
    expect(issues[0]?.location).toEqual({ vi: "Loại hoạt động", en: "Kind of activity" });
    expect(issues[0]?.message.vi).toContain("Loại hoạt động");
    expect(issues[0]?.message.vi).toContain('"patrol"');
  });

  it("names a field that belongs to another kind as an unrecognized key", () => {
    const issues = issuesOf({ ...tip, participants: 3 });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ path: ["participants"], code: "unrecognized_keys" });
    expect(issues[0]?.message.en).toContain("participants");
    expect(issues[0]?.message.vi).toContain("participants");
  });

  it("names a typo in a field name instead of dropping it", () => {
    const { directedByCamera: _, ...rest } = patrol;
    const issues = issuesOf({ ...rest, directedByCamra: true });
    expect(issues.map((issue) => issue.path.join("."))).toEqual([
      "directedByCamera",
      "directedByCamra",
    ]);
    expect(issues[1]?.message.en).toContain("directedByCamra");
  });

  it("reports every problem of a record at once", () => {
    expect(
      pathsOf({ ...patrol, participants: -1, startedAt: "2024-03-07T21:00:00", unitCode: "1" }),
    ).toEqual(expect.arrayContaining(["participants", "startedAt", "unitCode"]));
  });

  it("rejects an own __proto__ key in ext, as JSON.parse keeps it", () => {
    const input = JSON.parse(`{"ext": {"__proto__": {"polluted": true}}}`) as object;
    const issues = issuesOf({ ...mediation, ...input });
    expect(issues.map((i) => i.path)).toEqual([["ext"]]);
    expect(issues[0]?.message.vi).toBe("Không được dùng khóa __proto__");
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe("patrols and ambushes", () => {
  it.each([
    ["patrol", patrol, PatrolActivitySchema],
    ["ambush", ambush, AmbushActivitySchema],
  ] as const)("accepts a %s without an end", (_, input, schema) => {
    const { endedAt: _end, ...open } = input;
    expect(issuesOf(open)).toEqual([]);
    expect(issuesOf(open, schema)).toEqual([]);
  });

  it("rejects an end before the start at endedAt, with a Vietnamese message", () => {
    const issues = issuesOf({ ...patrol, endedAt: "2024-03-07T20:00:00+07:00" });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      path: ["endedAt"],
      code: "activity-ended-before-start",
      location: { vi: "Thời điểm kết thúc", en: "Ended at" },
    });
    expect(issues[0]?.message.vi).toBe("Thời điểm kết thúc phải sau thời điểm bắt đầu");
    expect(issues[0]?.message.en).toContain("must be after the start");
  });

  it("rejects an end equal to the start", () => {
    expect(pathsOf({ ...ambush, endedAt: ambush.startedAt })).toEqual(["endedAt"]);
  });

  it("compares instants written with different offsets as instants", () => {
    // 21:00 in Vietnam is 14:00 UTC: 14:30 UTC is after, 13:30 UTC is before.
    expect(pathsOf({ ...patrol, endedAt: "2024-03-07T14:30:00Z" })).toEqual([]);
    expect(pathsOf({ ...patrol, endedAt: "2024-03-07T13:30:00Z" })).toEqual(["endedAt"]);
  });

  it("accepts a patrol across midnight", () => {
    expect(pathsOf({ ...patrol, endedAt: "2024-03-08T01:00:00+07:00" })).toEqual([]);
  });

  it("does not compare the end with a start that is not a valid instant", () => {
    expect(pathsOf({ ...patrol, startedAt: "2024-02-30T21:00:00+07:00" })).toEqual(["startedAt"]);
    expect(pathsOf({ ...patrol, startedAt: "2024-03-08T21:00:00" })).toEqual(["startedAt"]);
    expect(pathsOf({ ...patrol, endedAt: 5 })).toEqual(["endedAt"]);
  });

  it("needs at least one participant, a whole number", () => {
    expect(pathsOf({ ...patrol, participants: 0 })).toEqual(["participants"]);
    expect(pathsOf({ ...patrol, participants: 1.5 })).toEqual(["participants"]);
    expect(pathsOf({ ...ambush, participants: 1 })).toEqual([]);
  });

  it("rejects a negative number of participants with one issue, not two", () => {
    expect(issuesOf({ ...patrol, participants: -3 })).toHaveLength(1);
    expect(issuesOf({ ...mediation, parties: -1 })).toHaveLength(1);
  });

  it("rejects negative counts of incidents and suspects", () => {
    expect(pathsOf({ ...ambush, incidentsFound: -1, suspectsApprehended: -2 })).toEqual([
      "incidentsFound",
      "suspectsApprehended",
    ]);
  });

  it("requires directedByCamera as a boolean", () => {
    const { directedByCamera: _, ...rest } = patrol;
    expect(pathsOf(rest)).toEqual(["directedByCamera"]);
    expect(pathsOf({ ...patrol, directedByCamera: "true" })).toEqual(["directedByCamera"]);
  });
});

describe("tips", () => {
  it("accepts a minimal tip and every channel and kind of tip", () => {
    for (const channel of ["in-person", "phone", "hotline", "app", "letter", "other"]) {
      for (const tipKind of ["denunciation", "report", "petition"]) {
        const { category: _c, verified: _v, ledToIncidentId: _l, ...minimal } = tip;
        expect(issuesOf({ ...minimal, channel, tipKind }, TipActivitySchema)).toEqual([]);
      }
    }
  });

  it("takes the category as a kebab-case code without knowing the incident list", () => {
    expect(pathsOf({ ...tip, category: "street-racing" })).toEqual([]);
    expect(pathsOf({ ...tip, category: "a-custom-category-2" })).toEqual([]);
    expect(pathsOf({ ...tip, category: "Street racing" })).toEqual(["category"]);
    expect(pathsOf({ ...tip, category: "-theft" })).toEqual(["category"]);
    expect(pathsOf({ ...tip, category: "theft--x" })).toEqual(["category"]);
  });

  it("needs receivedAt as an instant with offset", () => {
    expect(pathsOf({ ...tip, receivedAt: "2024-02-28" })).toEqual(["receivedAt"]);
    expect(pathsOf({ ...tip, receivedAt: "2024-02-28T20:05:00" })).toEqual(["receivedAt"]);
  });
});

describe("mediations", () => {
  it("accepts every outcome and dispute kind", () => {
    for (const outcome of ["succeeded", "failed", "pending"]) {
      for (const disputeKind of ["land", "family", "neighbours", "debt", "other"]) {
        expect(issuesOf({ ...mediation, outcome, disputeKind }, MediationActivitySchema)).toEqual(
          [],
        );
      }
    }
  });

  it("needs at least two parties", () => {
    expect(pathsOf({ ...mediation, parties: 1 })).toEqual(["parties"]);
    expect(issuesOf({ ...mediation, parties: 1 })[0]?.message.vi).toContain("2");
  });

  it("rejects impossible dates", () => {
    expect(pathsOf({ ...mediation, date: "2024-02-30" })).toEqual(["date"]);
    expect(pathsOf({ ...mediation, date: "2023-02-29" })).toEqual(["date"]);
    expect(pathsOf({ ...mediation, date: "2024-02-29" })).toEqual([]);
  });
});

describe("outreach, drills, trainings", () => {
  it("accepts an outreach session with no counted audience", () => {
    expect(issuesOf({ ...outreach, audience: 0 }, OutreachActivitySchema)).toEqual([]);
    expect(pathsOf({ ...outreach, audience: -1 })).toEqual(["audience"]);
  });

  it("accepts every topic and channel of outreach", () => {
    for (const topic of OutreachActivitySchema.shape.topic.options) {
      for (const channel of OutreachActivitySchema.shape.channel.options) {
        expect(pathsOf({ ...outreach, topic, channel })).toEqual([]);
      }
    }
  });

  it("accepts drills and trainings at every level and on every topic", () => {
    for (const level of ["village", "commune", "district", "province"]) {
      for (const topic of ["fire", "security", "disaster", "other"]) {
        expect(issuesOf({ ...drill, level, topic }, DrillActivitySchema)).toEqual([]);
        expect(issuesOf({ ...training, level, topic }, TrainingActivitySchema)).toEqual([]);
      }
    }
  });

  it("keeps drills and trainings apart by kind", () => {
    expect(pathsOf(training, DrillActivitySchema)).toEqual(["kind"]);
    expect(pathsOf(drill, TrainingActivitySchema)).toEqual(["kind"]);
  });
});

describe("awards", () => {
  it("requires an amount above 0 for a cash award, at amountVnd", () => {
    const { amountVnd: _, ...noAmount } = award;
    const issues = issuesOf(noAmount);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ["award-cash-without-amount", ["amountVnd"]],
    ]);
    expect(issues[0]?.message.vi).toBe("Khen thưởng bằng tiền phải ghi số tiền lớn hơn 0 đồng");
    expect(pathsOf({ ...award, amountVnd: 0 })).toEqual(["amountVnd"]);
  });

  it("accepts a certificate or merit with or without cash", () => {
    const { amountVnd: _, ...noAmount } = award;
    expect(pathsOf({ ...noAmount, form: "certificate" })).toEqual([]);
    expect(pathsOf({ ...award, form: "merit" })).toEqual([]);
    expect(pathsOf({ ...award, form: "other", amountVnd: 0 })).toEqual([]);
  });

  it("rejects fractional đồng", () => {
    expect(pathsOf({ ...award, amountVnd: 999_999.5 })).toEqual(["amountVnd"]);
  });

  it("accepts every recipient kind and level", () => {
    for (const recipientKind of ["individual", "team", "household", "model-site", "unit"]) {
      for (const level of ["commune", "district", "province", "ministry", "national"]) {
        expect(issuesOf({ ...award, recipientKind, level }, AwardActivitySchema)).toEqual([]);
      }
    }
  });
});

describe("activityDateOf", () => {
  it("gives the date of dated kinds unchanged", () => {
    for (const input of [mediation, outreach, drill, training, award]) {
      expect(activityDateOf(input)).toBe(input.date);
    }
  });

  it("gives the Vietnamese day of a patrol's or an ambush's start", () => {
    expect(activityDateOf(patrol)).toBe("2024-03-07");
    expect(activityDateOf({ ...ambush, startedAt: "2024-03-07T17:30:00Z" })).toBe("2024-03-08");
    expect(activityDateOf({ ...patrol, startedAt: "2024-03-07T16:59:59Z" })).toBe("2024-03-07");
  });

  it("gives the Vietnamese day a tip was received", () => {
    expect(activityDateOf(tip)).toBe("2024-02-28");
    expect(activityDateOf({ ...tip, receivedAt: "2024-12-31T23:30:00Z" })).toBe("2025-01-01");
  });
});

describe("JSON Schema", () => {
  it("describes every field of every variant", () => {
    for (const option of ActivitySchema.options) {
      for (const [key, field] of Object.entries(option.shape)) {
        const inner = field instanceof z.ZodOptional ? (field.unwrap() as z.ZodType) : field;
        const described = field.description ?? inner.description;
        expect(described, `${option.shape.kind.value}.${key}`).toBeTruthy();
      }
    }
  });

  it("converts to a JSON Schema that forbids unknown keys", () => {
    const json = z.toJSONSchema(ActivitySchema, { io: "input", unrepresentable: "any" }) as {
      oneOf?: { additionalProperties?: boolean }[];
      anyOf?: { additionalProperties?: boolean }[];
    };
    const variants = json.oneOf ?? json.anyOf ?? [];
    expect(variants).toHaveLength(8);
    for (const variant of variants) expect(variant.additionalProperties).toBe(false);
  });
});

describe("types", () => {
  it("narrows an activity on kind", () => {
    expectTypeOf<Extract<Activity, { kind: "patrol" }>>().toEqualTypeOf<PatrolActivity>();
    expectTypeOf<Extract<Activity, { kind: "ambush" }>>().toEqualTypeOf<AmbushActivity>();
    expectTypeOf<Extract<Activity, { kind: "tip" }>>().toEqualTypeOf<TipActivity>();
    expectTypeOf<Extract<Activity, { kind: "mediation" }>>().toEqualTypeOf<MediationActivity>();
    expectTypeOf<Extract<Activity, { kind: "outreach" }>>().toEqualTypeOf<OutreachActivity>();
    expectTypeOf<Extract<Activity, { kind: "drill" }>>().toEqualTypeOf<DrillActivity>();
    expectTypeOf<Extract<Activity, { kind: "training" }>>().toEqualTypeOf<TrainingActivity>();
    expectTypeOf<Extract<Activity, { kind: "award" }>>().toEqualTypeOf<AwardActivity>();
    expectTypeOf<Activity["kind"]>().toEqualTypeOf<ActivityKind>();

    const activity = ActivitySchema.parse(tip);
    if (activity.kind === "tip") {
      expectTypeOf(activity).toEqualTypeOf<TipActivity>();
      expectTypeOf(activity.tipKind).toEqualTypeOf<"denunciation" | "report" | "petition">();
    }
    expect(activity.kind).toBe("tip");
  });

  it("has no any in its fields", () => {
    expectTypeOf<Activity>().not.toBeAny();
    expectTypeOf<PatrolActivity["participants"]>().toEqualTypeOf<number>();
    expectTypeOf<PatrolActivity["directedByCamera"]>().toEqualTypeOf<boolean>();
    expectTypeOf<TipActivity["channel"]>().toEqualTypeOf<
      "in-person" | "phone" | "hotline" | "app" | "letter" | "other"
    >();
    expectTypeOf<MediationActivity["outcome"]>().toEqualTypeOf<
      "succeeded" | "failed" | "pending"
    >();
    expectTypeOf<AwardActivity["ext"]>().toEqualTypeOf<Ext | undefined>();
    expectTypeOf(activityDateOf).returns.toEqualTypeOf<string>();
  });

  it("keeps optional fields optional", () => {
    expectTypeOf<Pick<PatrolActivity, "endedAt" | "incidentsFound">>().toEqualTypeOf<{
      endedAt?: string | undefined;
      incidentsFound?: number | undefined;
    }>();
    expectTypeOf<Pick<TipActivity, "category" | "verified" | "ledToIncidentId">>().toEqualTypeOf<{
      category?: string | undefined;
      verified?: boolean | undefined;
      ledToIncidentId?: string | undefined;
    }>();
    expectTypeOf<Pick<AwardActivity, "amountVnd">>().toEqualTypeOf<{
      amountVnd?: number | undefined;
    }>();
    expectTypeOf<
      Pick<Activity, "unitCodeAsOf" | "modelSiteId" | "teamId" | "note">
    >().toEqualTypeOf<{
      unitCodeAsOf?: string | undefined;
      modelSiteId?: string | undefined;
      teamId?: string | undefined;
      note?: string | undefined;
    }>();
    expectTypeOf<Pick<PatrolActivity, "startedAt">>().toEqualTypeOf<{ startedAt: string }>();
  });

  it("rejects at compile time a field of another kind", () => {
    // @ts-expect-error participants does not belong to a tip
    const wrong: TipActivity = { ...tip, participants: 3 };
    expect(wrong.kind).toBe("tip");
  });
});
