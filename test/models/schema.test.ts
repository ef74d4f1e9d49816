import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import {
  FIVE_IN_ONE_DUTIES,
  SECURITY_DUTY_LABELS,
  type SecurityDuty,
  SecurityDutySchema,
  validate,
} from "../../src/core/index.js";
import * as models from "../../src/models/index.js";
import {
  MODEL_GRADE_LABELS,
  MODEL_KIND_LABELS,
  MODEL_SITE_KIND_LABELS,
  MODEL_STATUS_LABELS,
  type ModelGrade,
  type ModelGrading,
  ModelGradingSchema,
  type ModelKind,
  ModelKindSchema,
  type ModelParticipants,
  type ModelReview,
  ModelReviewSchema,
  type ModelSite,
  ModelSiteSchema,
  type ModelStatus,
  modelKindName,
  REVIEW_KIND_LABELS,
  REVIEW_RECOMMENDATION_LABELS,
  type ReviewKind,
  SAFETY_SUBJECT_KIND_LABELS,
  type SafetyRecognition,
  SafetyRecognitionSchema,
  type SecurityModel,
  SecurityModelSchema,
} from "../../src/models/index.js";
import {
  type CodeList,
  describeCodeLists,
  expectLabels,
  FOLDED_CODE_LIST_NAMES,
} from "../support/code-lists.js";
import { describeFixtures } from "../support/fixtures.js";
import {
  type AnyField,
  pathsIn as issuePaths,
  itDescribesEveryFieldAndForbidsUnknownKeys,
} from "../support/schemas.js";

const model: SecurityModel = {
  id: "mh-truong-xuan",
  name: "Camera an ninh phường Trường Xuân",
  kind: "camera-security",
  unitCode: "20335",
  launchedOn: "2022-04-20",
  status: "active",
};

const site: ModelSite = {
  id: "site-kim-doi",
  modelId: "mh-tam-thang-5in1",
  unitCode: "20362.kim-doi",
  kind: "village",
  launchedOn: "2021-03-15",
  status: "active",
};

const review: ModelReview = {
  id: "rv-1",
  modelId: "mh-17",
  unitCode: "502",
  kind: "interim",
  reviewedOn: "2022-06-30",
  grade: "weak",
};

const recognition: SafetyRecognition = {
  id: "at-1",
  subjectKind: "residential-area",
  unitCode: "20362.kim-doi",
  year: 2024,
  recognized: true,
};

describeFixtures({ title: "fixtures of models", domain: "models", schemas: models, atLeast: 30 });

describe("SecurityModelSchema", () => {
  it("accepts a launched model with only the required fields", () => {
    expect(SecurityModelSchema.parse(model)).toEqual(model);
  });

  it("trims names and ids as the core schemas do", () => {
    const parsed = SecurityModelSchema.parse({ ...model, id: " mh-1 ", name: "  Camera  " });
    expect(parsed.id).toBe("mh-1");
    expect(parsed.name).toBe("Camera");
  });

  it("rejects an unknown key such as launchedOnn and names it", () => {
    const result = validate(SecurityModelSchema, { ...model, launchedOnn: "2022-04-20" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.code).toBe("unrecognized_keys");
    expect(result.issues[0]?.message.en).toContain("launchedOnn");
  });

  it("keeps type and group as the police's own free text", () => {
    const parsed = SecurityModelSchema.parse({ ...model, type: "Loại 2", group: "Nhóm 17" });
    expect([parsed.type, parsed.group]).toEqual(["Loại 2", "Nhóm 17"]);
  });

  describe("custom kinds", () => {
    it("accepts a custom kind with its own name", () => {
      const custom = { ...model, kind: "custom", customKindName: "Xóm trọ không ma túy" };
      expect(SecurityModelSchema.safeParse(custom).success).toBe(true);
    });

    it("requires customKindName for kind custom", () => {
      expect(issuePaths(SecurityModelSchema, { ...model, kind: "custom" })).toEqual([
        "customKindName",
      ]);
    });

    it("rejects customKindName on a listed kind", () => {
      expect(
        issuePaths(SecurityModelSchema, { ...model, customKindName: "Camera 0 đồng" }),
      ).toEqual(["customKindName"]);
    });

    it("rejects a custom name that is a listed kind's name, whatever its case and spacing", () => {
      const result = validate(SecurityModelSchema, {
        ...model,
        kind: "custom",
        customKindName: "  tổ tự quản   5 TRONG 1 ",
      });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues[0]?.path).toEqual(["customKindName"]);
      expect(result.issues[0]?.message.en).toContain("five-in-one");
      expect(result.issues[0]?.message.vi).toContain("đã có trong danh mục");
    });
  });

  describe("life cycle", () => {
    it("accepts a proposed model without a launch date", () => {
      const { launchedOn: _, ...proposed } = model;
      expect(SecurityModelSchema.safeParse({ ...proposed, status: "proposed" }).success).toBe(true);
    });

    it("rejects a proposed model with a launch date", () => {
      expect(issuePaths(SecurityModelSchema, { ...model, status: "proposed" })).toEqual([
        "launchedOn",
      ]);
    });

    it.each(["active", "suspended"] as const)(
      "requires the launch date of a %s model",
      (status) => {
        const { launchedOn: _, ...unlaunched } = model;
        expect(issuePaths(SecurityModelSchema, { ...unlaunched, status })).toEqual(["launchedOn"]);
      },
    );

    it("requires the end date and reason of an ended model, with Vietnamese messages", () => {
      const result = validate(SecurityModelSchema, { ...model, status: "ended" });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((issue) => issue.path.join("."))).toEqual(["endedOn", "endReason"]);
      expect(result.issues[0]?.message.vi).toBe("Mô hình đã thanh loại phải có ngày thanh loại");
      expect(result.issues[1]?.message.vi).toBe("Mô hình đã thanh loại phải có lý do thanh loại");
    });

    it("accepts an ended model ended on or after its launch", () => {
      const ended = { ...model, status: "ended", endReason: "Không hiệu quả" };
      expect(SecurityModelSchema.safeParse({ ...ended, endedOn: "2022-04-20" }).success).toBe(true);
      expect(SecurityModelSchema.safeParse({ ...ended, endedOn: "2023-12-31" }).success).toBe(true);
    });

    it("rejects an end before the launch", () => {
      const result = validate(SecurityModelSchema, {
        ...model,
        status: "ended",
        endedOn: "2022-04-19",
        endReason: "x",
      });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues).toEqual([
        {
          path: ["endedOn"],
          code: "model-ended-before-launch",
          location: { vi: "Ngày thanh loại", en: "Ended on" },
          message: {
            en: "The end date 2022-04-19 is before the launch date 2022-04-20",
            vi: "Ngày thanh loại 2022-04-19 trước ngày ra mắt 2022-04-20",
          },
        },
      ]);
    });

    it("rejects an end date or reason on a model that has not ended", () => {
      expect(
        issuePaths(SecurityModelSchema, {
          ...model,
          status: "suspended",
          endedOn: "2023-01-01",
          endReason: "x",
        }),
      ).toEqual(["endedOn", "endReason"]);
    });

    it("rejects impossible dates such as 2024-02-30 and accepts 2024-02-29", () => {
      expect(issuePaths(SecurityModelSchema, { ...model, launchedOn: "2024-02-30" })).toEqual([
        "launchedOn",
      ]);
      expect(SecurityModelSchema.safeParse({ ...model, launchedOn: "2024-02-29" }).success).toBe(
        true,
      );
    });
  });

  describe("grades", () => {
    it.each(Object.keys(MODEL_GRADE_LABELS))("accepts the default grade %s", (grade) => {
      const graded = { ...model, grade: { grade, reviewedOn: "2022-12-15", kind: "final" } };
      expect(SecurityModelSchema.safeParse(graded).success).toBe(true);
    });

    it("rejects a grade that is not on the default scale when no scale is named", () => {
      const result = validate(SecurityModelSchema, {
        ...model,
        grade: { grade: "excellent", reviewedOn: "2022-12-15" },
      });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues[0]?.path).toEqual(["grade", "grade"]);
      expect(result.issues[0]?.message.vi).toContain("Xếp loại excellent không hợp lệ");
    });

    it("accepts any code of a scale the caller names", () => {
      const grading = { grade: "loai-a", scale: "tam-ky-2022", reviewedOn: "2022-12-15" };
      expect(SecurityModelSchema.safeParse({ ...model, grade: grading }).success).toBe(true);
    });

    it("rejects a grade code that is not a lower-case code even on the caller's scale", () => {
      const grading = { grade: "Loại A", scale: "tam-ky-2022", reviewedOn: "2022-12-15" };
      expect(issuePaths(SecurityModelSchema, { ...model, grade: grading })).toEqual([
        "grade.grade",
      ]);
    });

    it("rejects a review dated before the launch", () => {
      const grading = { grade: "good", reviewedOn: "2022-04-19" };
      expect(issuePaths(SecurityModelSchema, { ...model, grade: grading })).toEqual([
        "grade.reviewedOn",
      ]);
    });

    it("does not check the review date of a proposed model, which has no launch date", () => {
      const { launchedOn: _, ...proposed } = model;
      const graded = {
        ...proposed,
        status: "proposed",
        grade: { grade: "not-graded", reviewedOn: "2020-01-01" },
      };
      expect(SecurityModelSchema.safeParse(graded).success).toBe(true);
    });
  });

  describe("duties and participants", () => {
    it("accepts the five duties of a five-in-one team", () => {
      const fiveInOne = { ...model, kind: "five-in-one", duties: [...FIVE_IN_ONE_DUTIES] };
      expect(SecurityModelSchema.safeParse(fiveInOne).success).toBe(true);
    });

    it("rejects a duty listed twice at the second place it appears", () => {
      const result = validate(SecurityModelSchema, {
        ...model,
        duties: ["patrol", "outreach", "patrol"],
      });
      expect(result.success).toBe(false);
      if (result.success) return;
      expect(result.issues.map((issue) => [issue.code, issue.path])).toEqual([
        ["model-duty-repeated", ["duties", 2]],
      ]);
      expect(result.issues[0]?.message.vi).toBe('Nhiệm vụ "patrol" bị lặp lại');
      expect(result.issues[0]?.location?.vi).toBe("Nhiệm vụ thứ 3");
    });

    it("rejects participants that give neither households nor people", () => {
      expect(issuePaths(SecurityModelSchema, { ...model, participants: {} })).toEqual([
        "participants",
      ]);
    });

    it("rejects negative and fractional counts of participants", () => {
      expect(
        issuePaths(SecurityModelSchema, {
          ...model,
          participants: { households: -1, people: 2.5 },
        }),
      ).toEqual(["participants.households", "participants.people"]);
    });
  });

  describe("ext", () => {
    it("keeps app-specific data", () => {
      const parsed = SecurityModelSchema.parse({
        ...model,
        ext: { source: "import.xlsx", row: 4 },
      });
      expect(parsed.ext).toEqual({ source: "import.xlsx", row: 4 });
    });

    it("rejects a __proto__ key in ext instead of dropping it", () => {
      const input = JSON.parse(
        `{"id":"m","name":"n","kind":"camera-security","unitCode":"20335","launchedOn":"2022-04-20","status":"active","ext":{"__proto__":{"x":1}}}`,
      );
      expect(issuePaths(SecurityModelSchema, input)).toEqual(["ext"]);
    });
  });
});

describe("ModelSiteSchema", () => {
  it("accepts a site with only the required fields", () => {
    expect(ModelSiteSchema.parse(site)).toEqual(site);
  });

  it("accepts a site replicated from another site", () => {
    const replicated = { ...site, id: "site-thon-2", replicatedFromSiteId: "site-kim-doi" };
    expect(ModelSiteSchema.safeParse(replicated).success).toBe(true);
  });

  it("rejects a site replicated from itself", () => {
    const result = validate(ModelSiteSchema, { ...site, replicatedFromSiteId: site.id });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.path).toEqual(["replicatedFromSiteId"]);
    expect(result.issues[0]?.message.vi).toBe("Điểm mô hình không thể nhân rộng từ chính nó");
  });

  it("applies the life-cycle rules of models, in the words of sites", () => {
    const result = validate(ModelSiteSchema, { ...site, status: "ended", endedOn: "2020-01-01" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.path.join("."))).toEqual(["endReason", "endedOn"]);
    expect(result.issues[0]?.message.vi).toBe(
      "Điểm mô hình đã thanh loại phải có lý do thanh loại",
    );
  });

  it("rejects an unknown site kind", () => {
    expect(issuePaths(ModelSiteSchema, { ...site, kind: "church" })).toEqual(["kind"]);
  });
});

describe("ModelReviewSchema", () => {
  it("accepts a review on the default scale with a recommendation", () => {
    expect(ModelReviewSchema.safeParse({ ...review, recommendation: "end" }).success).toBe(true);
  });

  it("rejects a grade that is not on the default scale when no scale is named", () => {
    expect(issuePaths(ModelReviewSchema, { ...review, grade: "loai-a" })).toEqual(["grade"]);
  });

  it("accepts a grade of the reviewer's own scale", () => {
    const own = { ...review, grade: "loai-a", scale: "tam-ky-2022" };
    expect(ModelReviewSchema.safeParse(own).success).toBe(true);
  });
});

describe("ModelGradingSchema", () => {
  it("reports the default-scale rule at grade", () => {
    expect(issuePaths(ModelGradingSchema, { grade: "godo", reviewedOn: "2022-06-30" })).toEqual([
      "grade",
    ]);
  });
});

describe("SafetyRecognitionSchema", () => {
  it("accepts a residential area recognised in a decision of December", () => {
    const decided = { ...recognition, decisionRef: "QĐ 312", decidedOn: "2024-12-10" };
    expect(SafetyRecognitionSchema.safeParse(decided).success).toBe(true);
  });

  it("accepts a decision from 1 November of the previous year for a residential area", () => {
    const decided = { ...recognition, decidedOn: "2023-11-01" };
    expect(SafetyRecognitionSchema.safeParse(decided).success).toBe(true);
    expect(issuePaths(SafetyRecognitionSchema, { ...decided, decidedOn: "2023-10-31" })).toEqual([
      "decidedOn",
    ]);
  });

  it("starts the window of a commune, agency or school on 1 January of the year", () => {
    const commune = { ...recognition, subjectKind: "commune", unitCode: "20362" };
    expect(issuePaths(SafetyRecognitionSchema, { ...commune, decidedOn: "2023-12-31" })).toEqual([
      "decidedOn",
    ]);
    expect(SafetyRecognitionSchema.safeParse({ ...commune, decidedOn: "2024-01-01" }).success).toBe(
      true,
    );
  });

  it.each(["agency-business", "school"])("requires the name of a subject of kind %s", (kind) => {
    const result = validate(SafetyRecognitionSchema, { ...recognition, subjectKind: kind });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues[0]?.path).toEqual(["subjectName"]);
    expect(result.issues[0]?.message.vi).toContain("phải có tên đơn vị");
  });

  it("records a subject that was assessed and not recognised", () => {
    expect(SafetyRecognitionSchema.parse({ ...recognition, recognized: false }).recognized).toBe(
      false,
    );
  });
});

describe("code lists of models", () => {
  const lists: CodeList[] = [
    ["MODEL_KIND_LABELS", MODEL_KIND_LABELS, models.ModelKindSchema],
    ["MODEL_STATUS_LABELS", MODEL_STATUS_LABELS, models.ModelStatusSchema],
    ["MODEL_GRADE_LABELS", MODEL_GRADE_LABELS, models.ModelGradeSchema],
    ["REVIEW_KIND_LABELS", REVIEW_KIND_LABELS, models.ReviewKindSchema],
    [
      "REVIEW_RECOMMENDATION_LABELS",
      REVIEW_RECOMMENDATION_LABELS,
      models.ReviewRecommendationSchema,
    ],
    ["SECURITY_DUTY_LABELS", SECURITY_DUTY_LABELS, SecurityDutySchema],
    ["MODEL_SITE_KIND_LABELS", MODEL_SITE_KIND_LABELS, models.ModelSiteKindSchema],
    ["SAFETY_SUBJECT_KIND_LABELS", SAFETY_SUBJECT_KIND_LABELS, models.SafetySubjectKindSchema],
  ];

  describeCodeLists({ lists, names: FOLDED_CODE_LIST_NAMES });

  it("names the kinds published in reports in Vietnamese", () => {
    expectLabels(MODEL_KIND_LABELS, {
      "camera-security": "Camera an ninh",
      "five-in-one": "Tổ tự quản 5 trong 1",
      "fire-safety-households": "Tổ liên gia an toàn PCCC và ANTT",
      "public-fire-point": "Điểm chữa cháy công cộng",
    });
    expect(Object.keys(MODEL_KIND_LABELS)).toHaveLength(21);
  });

  it("labels the default grades tốt, khá, trung bình, yếu, chưa xếp loại", () => {
    expect(Object.values(MODEL_GRADE_LABELS).map((entry) => entry.vi)).toEqual([
      "Tốt",
      "Khá",
      "Trung bình",
      "Yếu",
      "Chưa xếp loại",
    ]);
  });

  it("lists the five duties of a five-in-one team among the duties, in order", () => {
    expect(Object.keys(SECURITY_DUTY_LABELS).slice(0, 5)).toEqual([...FIVE_IN_ONE_DUTIES]);
  });

  it("carries the labels into JSON Schema", () => {
    const json = z.toJSONSchema(ModelKindSchema) as Record<string, unknown>;
    expect(json["x-labels"]).toEqual(MODEL_KIND_LABELS);
  });
});

describe("modelKindName", () => {
  it("names a listed kind by its label in either language", () => {
    expect(modelKindName({ kind: "public-fire-point" })).toBe("Điểm chữa cháy công cộng");
    expect(modelKindName({ kind: "public-fire-point" }, "en")).toBe("Public firefighting point");
  });

  it("names a custom kind by its own name", () => {
    expect(modelKindName({ kind: "custom", customKindName: "Xứ họ không ma túy" })).toBe(
      "Xứ họ không ma túy",
    );
  });

  it("falls back to the custom label when a custom kind has no name", () => {
    expect(modelKindName({ kind: "custom" }, "en")).toBe("Custom kind (named by the locality)");
  });
});

describe("JSON Schema of models", () => {
  const records: [string, z.ZodType][] = [
    ["SecurityModelSchema", SecurityModelSchema],
    ["ModelSiteSchema", ModelSiteSchema],
    ["ModelReviewSchema", ModelReviewSchema],
    ["SafetyRecognitionSchema", SafetyRecognitionSchema],
    ["ModelGradingSchema", ModelGradingSchema],
    ["ModelParticipantsSchema", models.ModelParticipantsSchema],
  ];

  itDescribesEveryFieldAndForbidsUnknownKeys(records);

  it.each(records)("%s ends with an optional ext, except value objects", (name, schema) => {
    const json = z.toJSONSchema(schema) as { properties: Record<string, unknown> };
    const isValueObject = name === "ModelGradingSchema" || name === "ModelParticipantsSchema";
    expect("ext" in json.properties).toBe(!isValueObject);
  });
});

describe("types of models", () => {
  it("infers the types an app would write by hand", () => {
    expectTypeOf<SecurityModel["id"]>().toEqualTypeOf<string>();
    expectTypeOf<SecurityModel["kind"]>().toEqualTypeOf<ModelKind>();
    expectTypeOf<SecurityModel["status"]>().toEqualTypeOf<ModelStatus>();
    expectTypeOf<SecurityModel["launchedOn"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SecurityModel["exemplar"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<SecurityModel["duties"]>().toEqualTypeOf<SecurityDuty[] | undefined>();
    expectTypeOf<SecurityModel["grade"]>().toEqualTypeOf<ModelGrading | undefined>();
    expectTypeOf<SecurityModel["participants"]>().toEqualTypeOf<ModelParticipants | undefined>();
    expectTypeOf<ModelGrading["grade"]>().toEqualTypeOf<string>();
    expectTypeOf<ModelGrading["kind"]>().toEqualTypeOf<ReviewKind | undefined>();
    expectTypeOf<ModelSite["replicatedFromSiteId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<SafetyRecognition["year"]>().toEqualTypeOf<number>();
    expectTypeOf<SafetyRecognition["recognized"]>().toEqualTypeOf<boolean>();
    expectTypeOf<ModelKind>().toExtend<string>();
    expectTypeOf<"good">().toExtend<ModelGrade>();
    expectTypeOf<"excellent">().not.toExtend<ModelGrade>();
    expectTypeOf<"custom">().toExtend<ModelKind>();
  });

  it("has no any in the inferred record types", () => {
    expectTypeOf<AnyField<SecurityModel>>().toEqualTypeOf<false>();
    expectTypeOf<AnyField<ModelSite>>().toEqualTypeOf<false>();
    expectTypeOf<AnyField<ModelReview>>().toEqualTypeOf<false>();
    expectTypeOf<AnyField<SafetyRecognition>>().toEqualTypeOf<false>();
  });

  it("makes optional fields optional and required fields required", () => {
    expectTypeOf<{
      id: string;
      name: string;
      kind: ModelKind;
      unitCode: string;
      status: ModelStatus;
    }>().toExtend<SecurityModel>();
    expectTypeOf<{ id: string; name: string; kind: ModelKind }>().not.toExtend<SecurityModel>();
  });
});
