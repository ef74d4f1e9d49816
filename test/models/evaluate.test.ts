import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type Label, type Locale, label, type Period, parsePeriod } from "../../src/core/index.js";
import { evaluateModelWith } from "../../src/models/evaluation/evaluate.js";
import { fill, WORDINGS } from "../../src/models/evaluation/wording.js";
import {
  CRITERION_STATUS_LABELS,
  type Criterion,
  type CriterionStatus,
  CriterionStatusSchema,
  DEFAULT_MODEL_CRITERIA,
  evaluateModel,
  type Finding,
  isEffectiveModel,
  MODEL_GRADE_LABELS,
  MODEL_VERDICT_LABELS,
  type ModelCriterion,
  type ModelEvaluation,
  type ModelEvidence,
  ModelEvidenceSchema,
  type ModelGrade,
  type ModelReason,
  type ModelVerdict,
  ModelVerdictSchema,
  REVIEW_RECOMMENDATION_LABELS,
  type ReviewRecommendation,
  type SafetyCriterion,
  type SafetyFinding,
  type SecurityModel,
  SecurityModelSchema,
} from "../../src/models/index.js";
import { TEST_LOCALE } from "../support/wording.js";

const H1: Period = parsePeriod("2024-H1");

const MODEL: SecurityModel = {
  id: "mh-kim-doi",
  name: "Tổ tự quản 5 trong 1 thôn Kim Đới",
  kind: "five-in-one",
  unitCode: "20362",
  launchedOn: "2021-03-15",
  status: "active",
};

/** MODEL, ended (thanh loại) on a day for a reason. */
const endedModel = (endedOn: string, endReason: string): SecurityModel => ({
  ...MODEL,
  status: "ended",
  endedOn,
  endReason,
});

/** A model that does everything well over the first half of 2024. */
const STRONG: ModelEvidence = {
  period: H1,
  activities: 18,
  incidents: { total: 4, clarified: 4 },
  participation: { households: 118, householdsInArea: 120 },
  funding: { community: 12_500_000, budget: 0 },
};

/** A model that hardly works: every criterion but self-funding fails. */
const POOR: ModelEvidence = {
  period: H1,
  activities: 2,
  incidents: { total: 10, clarified: 2 },
  participation: { households: 20, householdsInArea: 120 },
  funding: { community: 0, budget: 0 },
};

const RANK: Record<ModelGrade, number> = {
  "not-graded": 0,
  weak: 1,
  average: 2,
  fair: 3,
  good: 4,
};

function reason(evaluation: ModelEvaluation, id: string): ModelReason {
  const found = evaluation.reasons.find((r) => r.criterion === id);
  if (!found) throw new Error(`no reason ${id}`);
  return found;
}

/** The outcome of one default criterion for some evidence. */
function statusOf(id: string, evidence: ModelEvidence): [CriterionStatus, number | null] {
  const r = reason(evaluateModel(MODEL, evidence), id);
  return [r.status, r.value];
}

describe("MODEL_VERDICT_LABELS", () => {
  it("labels the four verdicts in Vietnamese and English, and builds the schema from them", () => {
    expect(ModelVerdictSchema.options).toEqual(["replicate", "maintain", "improve", "end"]);
    expect(label(MODEL_VERDICT_LABELS, "replicate")).toBe("Nhân rộng");
    expect(label(MODEL_VERDICT_LABELS, "end")).toBe("Thanh loại");
    expect(label(MODEL_VERDICT_LABELS, "improve", "en")).toBe("Improve");
    for (const entry of Object.values(MODEL_VERDICT_LABELS) as Label[]) {
      expect(entry.vi.length).toBeGreaterThan(0);
      expect(entry.en.length).toBeGreaterThan(0);
    }
    expect(ModelVerdictSchema.safeParse("consolidate").success).toBe(false);
  });

  it("labels the criterion outcomes met, not met and unknown", () => {
    expect(CriterionStatusSchema.options).toEqual(["met", "not-met", "unknown"]);
    expect(label(CRITERION_STATUS_LABELS, "met")).toBe("Đạt");
    expect(label(CRITERION_STATUS_LABELS, "not-met")).toBe("Chưa đạt");
    expect(label(CRITERION_STATUS_LABELS, "unknown", "en")).toBe("Unknown");
  });
});

describe("ModelEvidenceSchema", () => {
  it("accepts the documented evidence", () => {
    expect(ModelEvidenceSchema.parse(STRONG)).toEqual(STRONG);
    expect(
      ModelEvidenceSchema.safeParse({
        ...STRONG,
        sites: 6,
        previous: { period: parsePeriod("2023-H2"), activities: 12, grade: "fair" },
        ext: { cameraHours: 120 },
      }).success,
    ).toBe(true);
  });

  it("rejects more clarified incidents than incidents, more households than the area has, and unknown keys", () => {
    const paths = (input: unknown) =>
      ModelEvidenceSchema.safeParse(input).error?.issues.map((issue) => issue.path.join("."));
    expect(paths({ period: H1, incidents: { total: 2, clarified: 3 } })).toEqual([
      "incidents.clarified",
    ]);
    expect(paths({ period: H1, participation: { households: 5, householdsInArea: 4 } })).toEqual([
      "participation.households",
    ]);
    expect(paths({ period: H1, patrols: 3 })).toEqual([""]);
    expect(paths({ period: H1, activities: -1 })).toEqual(["activities"]);
    expect(paths({ period: H1, previous: { grade: "excellent" } })).toEqual(["previous.grade"]);
  });
});

describe("evaluateModel: verdicts", () => {
  it("replicates a strong model that held its good grade from the earlier period", () => {
    const result = evaluateModel(MODEL, { ...STRONG, previous: { activities: 15, grade: "good" } });
    expect(result).toMatchObject({
      modelId: "mh-kim-doi",
      period: H1,
      status: "active",
      grade: "good",
      verdict: "replicate",
      recommendation: "replicate",
      rule: "good-proven",
      score: 100,
      trend: "steady",
      previous: { grade: "good", from: "evidence" },
      unknown: [],
    });
    expect(result.reasons.map((r) => r.status)).toEqual(["met", "met", "met", "met", "met"]);
    expect(result.explanation.vi).toBe(
      "Xếp loại tốt (đạt 100/100 điểm), đủ số liệu, giữ vững như kỳ trước: đề nghị nhân rộng mô hình",
    );
    expect(result.figures).toEqual({
      activities: 18,
      incidents: { total: 4, clarified: 4 },
      participation: { households: 118, householdsInArea: 120 },
      funding: { community: 12_500_000, budget: 0 },
      months: 6,
    });
  });

  it("replicates a model that rose to good, and says it improved", () => {
    const result = evaluateModel(MODEL, { ...STRONG, previous: { activities: 12, grade: "fair" } });
    expect(result.verdict).toBe("replicate");
    expect(result.trend).toBe("up");
    expect(result.explanation.en).toContain("up from the earlier period");
  });

  it("maintains a strong model with no earlier grade to compare with", () => {
    const result = evaluateModel(MODEL, STRONG);
    expect(result.grade).toBe("good");
    expect(result.trend).toBe("unknown");
    expect(result.unknown).toEqual(["trend"]);
    expect(result.rule).toBe("good");
    expect(result.verdict).toBe("maintain");
    expect(result).not.toHaveProperty("previous");
  });

  it("maintains rather than replicates a good model when a figure is unknown", () => {
    const { funding: _, ...noFunding } = STRONG;
    const result = evaluateModel(MODEL, {
      ...noFunding,
      previous: { activities: 15, grade: "good" },
    });
    expect(result).toMatchObject({ grade: "good", trend: "steady", verdict: "maintain" });
    expect(result.explanation.en).toBe(
      "Graded good (score 100/100); not replicated yet because some figures are unknown (self-funding (community money)): maintain the model",
    );
  });

  it("ends a model graded weak two periods in a row", () => {
    const result = evaluateModel(MODEL, { ...POOR, previous: { activities: 2, grade: "weak" } });
    expect(result).toMatchObject({
      grade: "weak",
      trend: "steady",
      rule: "weak-twice",
      verdict: "end",
      recommendation: "end",
    });
    expect(result.explanation.vi).toBe(
      "Xếp loại yếu (đạt 20/100 điểm) hai kỳ liên tiếp: đề nghị thanh loại mô hình",
    );
  });

  it("grades the earlier period from its figures when no earlier grade is given", () => {
    const result = evaluateModel(MODEL, {
      ...POOR,
      previous: {
        activities: 1,
        incidents: { total: 6, clarified: 1 },
        participation: { households: 20, householdsInArea: 120 },
      },
    });
    expect(result.previous).toEqual({ grade: "weak", from: "figures" });
    expect(result.verdict).toBe("end");
  });

  it("judges the earlier figures over the period just before, or the one given", () => {
    // 12 activities over 2023-H2 is 2 a month (good); over the year 2023 it is 1 a month,
    // which fails the activity criterion (50 of 80 known: average).
    const earlier = {
      activities: 12,
      incidents: { total: 1, clarified: 1 },
      participation: { households: 100, householdsInArea: 120 },
    };
    const half = evaluateModel(MODEL, { ...STRONG, previous: earlier });
    expect(half.previous).toEqual({ grade: "good", from: "figures" });
    const year = evaluateModel(MODEL, {
      ...STRONG,
      previous: { ...earlier, period: parsePeriod("2023"), ext: { note: 1 } },
    });
    expect(year.previous).toEqual({ grade: "average", from: "figures" });
  });

  it("reads the model's own grade as the earlier one when it was given before the period", () => {
    const graded: SecurityModel = {
      ...MODEL,
      grade: { grade: "weak", reviewedOn: "2023-12-20", kind: "final" },
    };
    const result = evaluateModel(graded, POOR);
    expect(result.previous).toEqual({ grade: "weak", from: "model" });
    expect(result.verdict).toBe("end");
    // An earlier period given without a grade or figures says nothing: the model's grade counts.
    const onlyPeriod = evaluateModel(graded, {
      ...POOR,
      previous: { period: parsePeriod("2023-H2") },
    });
    expect(onlyPeriod.previous).toEqual({ grade: "weak", from: "model" });
  });

  it("ignores the model's own grade when it was given in the period or on another scale", () => {
    const inPeriod: SecurityModel = {
      ...MODEL,
      grade: { grade: "weak", reviewedOn: "2024-06-30", kind: "interim" },
    };
    expect(evaluateModel(inPeriod, POOR).verdict).toBe("improve");
    const ownScale: SecurityModel = {
      ...MODEL,
      grade: { grade: "weak", scale: "tam-ky-2022", reviewedOn: "2023-12-20" },
    };
    expect(evaluateModel(ownScale, POOR).previous).toBeUndefined();
    const notGraded: SecurityModel = {
      ...MODEL,
      grade: { grade: "not-graded", reviewedOn: "2023-12-20" },
    };
    expect(evaluateModel(notGraded, POOR).previous).toEqual({
      grade: "not-graded",
      from: "model",
    });
    expect(evaluateModel(notGraded, POOR).trend).toBe("unknown");
  });

  it("improves a model graded weak once, and warns it will be ended if weak again", () => {
    const result = evaluateModel(MODEL, { ...POOR, previous: { grade: "fair" } });
    expect(result.trend).toBe("down");
    expect(result.rule).toBe("weak");
    expect(result.verdict).toBe("improve");
    expect(result.recommendation).toBe("consolidate");
    expect(result.explanation.en).toContain("if it is weak again in the next period");
  });

  it("maintains a fair model and improves an average one", () => {
    const cases: [Partial<ModelEvidence>, unknown[], [Locale, string]][] = [
      // Without participation (25 of 100 not met): 75 → fair.
      [
        {
          participation: { households: 10, householdsInArea: 120 },
          previous: { activities: 12, grade: "fair" },
        },
        [75, "fair", "maintain", "fair"],
        ["vi", "Xếp loại khá (đạt 75/100 điểm): duy trì mô hình"],
      ],
      // Activity and trend fail (40 of 100): 60 → average.
      [
        { activities: 6, previous: { activities: 12, grade: "average" } },
        [60, "average", "improve", "average"],
        ["en", "Graded average (score 60/100): improve the model"],
      ],
    ];
    for (const [figures, expected, [locale, explanation]] of cases) {
      const result = evaluateModel(MODEL, { ...STRONG, ...figures });
      expect([result.score, result.grade, result.verdict, result.rule]).toEqual(expected);
      expect(result.explanation[locale]).toBe(explanation);
    }
  });

  it("keeps an ended model ended, with the date and reason, while still grading its figures", () => {
    const result = evaluateModel(endedModel("2024-05-02", "Không còn hoạt động"), STRONG);
    expect(result.status).toBe("ended");
    expect(result.grade).toBe("good");
    expect(result.rule).toBe("ended");
    expect(result.verdict).toBe("end");
    expect(result.explanation).toEqual({
      en: "The model was ended (thanh loại) on 2024-05-02: Không còn hoạt động",
      vi: "Mô hình đã thanh loại ngày 02/05/2024: Không còn hoạt động",
    });
  });

  it("writes the explanation of an ended model without a date or reason it lacks", () => {
    const ended = { ...MODEL, status: "ended" } as SecurityModel;
    expect(evaluateModel(ended, { period: H1 }).explanation).toEqual({
      en: "The model was ended (thanh loại)",
      vi: "Mô hình đã thanh loại",
    });
  });

  it("does not grade a proposed model, nor one launched after the period", () => {
    const proposed: SecurityModel = {
      id: "mh-2",
      name: "Camera an ninh thôn 2",
      kind: "camera-security",
      unitCode: "20362",
      status: "proposed",
    };
    const result = evaluateModel(proposed, STRONG);
    expect(result).toMatchObject({ grade: "not-graded", verdict: "improve", rule: "not-launched" });
    expect(result).not.toHaveProperty("score");
    expect(result.reasons).toHaveLength(5);
    expect(result.explanation.en).toContain("launch it before it can be graded");
    const late = evaluateModel({ ...MODEL, launchedOn: "2024-07-01" }, STRONG);
    expect(late.rule).toBe("not-launched");
    expect(late.grade).toBe("not-graded");
    const onLastDay = evaluateModel({ ...MODEL, launchedOn: "2024-06-30" }, STRONG);
    expect(onLastDay.rule).toBe("good");
  });

  it("improves a suspended model, unless it was weak twice", () => {
    const suspended: SecurityModel = { ...MODEL, status: "suspended" };
    const good = evaluateModel(suspended, { ...STRONG, previous: { grade: "good" } });
    expect([good.grade, good.rule, good.verdict]).toEqual(["good", "suspended", "improve"]);
    expect(good.explanation.vi).toContain("tạm ngừng hoạt động");
    const weak = evaluateModel(suspended, { ...POOR, previous: { grade: "weak" } });
    expect(weak.verdict).toBe("end");
  });
});

describe("evaluateModel: unknown evidence", () => {
  it("marks missing participation unknown, not zero, and grades on what is known", () => {
    const { participation: _, ...rest } = STRONG;
    const missing = evaluateModel(MODEL, rest);
    const r = reason(missing, "participation");
    expect(r.status).toBe("unknown");
    expect(r.value).toBeNull();
    expect(r.message).toEqual({
      en: "Households taking part: unknown, the evidence lacks participation (not counted as zero)",
      vi: "Tỷ lệ hộ gia đình tham gia: chưa đánh giá được, thiếu số liệu participation (không tính là 0)",
    });
    expect(missing.unknown).toEqual(["participation", "trend"]);
    expect(missing.score).toBe(100);
    expect(missing.grade).toBe("good");
    // Zero households taking part is a figure, and it fails.
    const zero = evaluateModel(MODEL, {
      ...STRONG,
      participation: { households: 0, householdsInArea: 120 },
    });
    expect(reason(zero, "participation").status).toBe("not-met");
    expect(zero.score).toBe(72);
    expect(zero.grade).toBe("fair");
  });

  it("does not grade a model when less than 60% of the weight is known", () => {
    // activity (30) + self-funding (10) known: 40% of the weight.
    const result = evaluateModel(MODEL, {
      period: H1,
      activities: 18,
      funding: { community: 1, budget: 0 },
    });
    expect(result.grade).toBe("not-graded");
    expect(result).not.toHaveProperty("score");
    expect(result.rule).toBe("not-graded");
    expect(result.verdict).toBe("improve");
    expect(result.unknown).toEqual(["outcomes", "participation", "trend"]);
    expect(result.explanation.en).toBe(
      "Too little evidence to grade the model (unknown: incidents clarified, households taking part, change in activity from the earlier period): complete the figures before deciding",
    );
  });

  it("does not grade a model without any figure", () => {
    const result = evaluateModel(MODEL, { period: H1 });
    expect(result.grade).toBe("not-graded");
    expect(result.unknown).toHaveLength(5);
    expect(result.figures).toEqual({ months: 6 });
  });

  it("grades on fewer known figures when the caller lowers the known share", () => {
    const result = evaluateModel(
      MODEL,
      { period: H1, activities: 18, funding: { community: 1, budget: 0 } },
      DEFAULT_MODEL_CRITERIA,
      { minKnownShare: 0.4 },
    );
    expect(result.grade).toBe("good");
    expect(result.score).toBe(100);
  });

  it("makes a criterion unknown when its measure gives a number that is not finite", () => {
    const broken: ModelCriterion = {
      id: "broken",
      label: { vi: "Hỏng", en: "Broken" },
      weight: 10,
      threshold: 1,
      needs: [],
      measure: () => Number.NaN,
    };
    const r = reason(evaluateModel(MODEL, STRONG, [broken]), "broken");
    expect(r.status).toBe("unknown");
    expect(r.message.en).toBe(
      "Broken: unknown, the evidence lacks its figure (not counted as zero)",
    );
  });
});

describe("evaluateModel: default criteria at their boundaries", () => {
  it("lists the documented criteria, weights and thresholds", () => {
    expect(
      DEFAULT_MODEL_CRITERIA.map((c) => [c.id, c.weight, c.threshold, c.direction ?? "at-least"]),
    ).toEqual([
      ["activity", 30, 2, "at-least"],
      ["outcomes", 25, 70, "at-least"],
      ["participation", 25, 80, "at-least"],
      ["trend", 10, 0, "at-least"],
      ["self-funding", 10, 50, "at-least"],
    ]);
  });

  it("activity: 2 a month is met, less is not", () => {
    expect(statusOf("activity", { period: H1, activities: 12 })).toEqual(["met", 2]);
    expect(statusOf("activity", { period: H1, activities: 11 })).toEqual(["not-met", 1.83]);
    expect(statusOf("activity", { period: parsePeriod("2024"), activities: 24 })).toEqual([
      "met",
      2,
    ]);
    expect(statusOf("activity", { period: parsePeriod("2024-Q2"), activities: 6 })).toEqual([
      "met",
      2,
    ]);
    expect(statusOf("activity", { period: parsePeriod("2024-03"), activities: 1 })).toEqual([
      "not-met",
      1,
    ]);
    // A custom range counts months of 30.44 days: 61 days is 2 months and a bit.
    const days61 = parsePeriod("2024-01-01..2024-03-01");
    expect(statusOf("activity", { period: days61, activities: 4 })).toEqual(["met", 2]);
    const days62 = parsePeriod("2024-01-01..2024-03-02");
    expect(statusOf("activity", { period: days62, activities: 4 })).toEqual(["not-met", 1.96]);
    expect(statusOf("activity", { period: parsePeriod("2024-W10"), activities: 1 })).toEqual([
      "met",
      4.35,
    ]);
    expect(
      reason(evaluateModel(MODEL, { period: H1, activities: 12 }), "activity").message,
    ).toEqual({
      en: "Regular activity: 2 a month (at least 2 a month): met",
      vi: "Hoạt động thường xuyên: 2 lượt/tháng (yêu cầu từ 2 lượt/tháng trở lên): đạt",
    });
  });

  it("outcomes: 70% of incidents clarified is met, less is not, and no incident is met", () => {
    expect(statusOf("outcomes", { period: H1, incidents: { total: 10, clarified: 7 } })).toEqual([
      "met",
      70,
    ]);
    expect(statusOf("outcomes", { period: H1, incidents: { total: 100, clarified: 69 } })).toEqual([
      "not-met",
      69,
    ]);
    expect(statusOf("outcomes", { period: H1, incidents: { total: 0, clarified: 0 } })).toEqual([
      "met",
      100,
    ]);
  });

  it("participation: 80% of households is met, less is not, and an empty area is unknown", () => {
    const p = (households: number, householdsInArea: number) =>
      statusOf("participation", { period: H1, participation: { households, householdsInArea } });
    expect(p(80, 100)).toEqual(["met", 80]);
    expect(p(79, 100)).toEqual(["not-met", 79]);
    expect(p(0, 0)).toEqual(["unknown", null]);
    expect(
      reason(
        evaluateModel(MODEL, {
          period: H1,
          participation: { households: 79, householdsInArea: 100 },
        }),
        "participation",
      ).message.vi,
    ).toBe("Tỷ lệ hộ gia đình tham gia: 79% (yêu cầu từ 80% trở lên): chưa đạt");
  });

  it("trend: as many activities a month as before is met, fewer is not", () => {
    const t = (now: number, before: number, period?: Period) =>
      statusOf("trend", {
        period: H1,
        activities: now,
        previous: { activities: before, ...(period ? { period } : {}) },
      });
    expect(t(12, 12)).toEqual(["met", 0]);
    expect(t(11, 12)).toEqual(["not-met", -0.17]);
    expect(t(13, 12)).toEqual(["met", 0.17]);
    // The earlier period may be longer: 24 over 2023 is 2 a month, as 12 over 2024-H1.
    expect(t(12, 24, parsePeriod("2023"))).toEqual(["met", 0]);
    expect(t(12, 25, parsePeriod("2023"))).toEqual(["not-met", -0.08]);
    expect(statusOf("trend", { period: H1, activities: 12 })).toEqual(["unknown", null]);
    expect(statusOf("trend", { period: H1, previous: { activities: 12 } })).toEqual([
      "unknown",
      null,
    ]);
  });

  it("self-funding: half from the community is met, less is not, and no money needed is met", () => {
    const f = (community: number, budget: number) =>
      statusOf("self-funding", { period: H1, funding: { community, budget } });
    expect(f(5_000_000, 5_000_000)).toEqual(["met", 50]);
    expect(f(4_900_000, 5_100_000)).toEqual(["not-met", 49]);
    expect(f(0, 0)).toEqual(["met", 100]);
  });

  it("grade floors: 85 is good, 70 fair, 50 average, below weak; and callers can move them", () => {
    const criteria = (met: number): ModelCriterion[] => [
      {
        id: "a",
        label: { vi: "A", en: "A" },
        weight: met,
        threshold: 0,
        needs: [],
        measure: () => 1,
      },
      {
        id: "b",
        label: { vi: "B", en: "B" },
        weight: 100 - met,
        threshold: 2,
        needs: [],
        measure: () => 1,
      },
    ];
    const grade = (met: number) => evaluateModel(MODEL, { period: H1 }, criteria(met)).grade;
    expect([85, 84, 70, 69, 50, 49].map(grade)).toEqual([
      "good",
      "fair",
      "fair",
      "average",
      "average",
      "weak",
    ]);
    const strict = evaluateModel(MODEL, { period: H1 }, criteria(85), {
      gradeFloors: { good: 90, fair: 80, average: 60 },
    });
    expect(strict.grade).toBe("fair");
  });
});

describe("evaluateModel: custom criteria", () => {
  const reach: ModelCriterion = {
    id: "reach",
    label: { vi: "Số điểm áp dụng", en: "Sites applying the model" },
    weight: 20,
    threshold: 3,
    needs: ["sites"],
    measure: (evidence) => evidence.sites,
  };

  it("replaces the defaults with the caller's own", () => {
    const result = evaluateModel(MODEL, { period: H1, sites: 6 }, [reach]);
    expect(result.reasons.map((r) => r.criterion)).toEqual(["reach"]);
    expect(result.reasons[0]?.message.en).toBe("Sites applying the model: 6 (at least 3): met");
    expect(result.grade).toBe("good");
    // No earlier grade: good is maintained, not replicated.
    expect(result.verdict).toBe("maintain");
    expect(
      evaluateModel(MODEL, { period: H1, sites: 6, previous: { grade: "good" } }, [reach]).verdict,
    ).toBe("replicate");
  });

  it("extends the defaults", () => {
    const result = evaluateModel(MODEL, { ...STRONG, sites: 2, previous: { grade: "good" } }, [
      ...DEFAULT_MODEL_CRITERIA,
      reach,
    ]);
    expect(result.reasons.map((r) => r.criterion)).toEqual([
      "activity",
      "outcomes",
      "participation",
      "trend",
      "self-funding",
      "reach",
    ]);
    expect(reason(result, "reach").status).toBe("not-met");
    // Met 90 of the 110 known weight (trend unknown; reach not met): 82.
    expect(result.score).toBe(82);
    expect(result.grade).toBe("fair");
  });

  it("reads the app's own figures and compares at most a threshold", () => {
    interface WithTheft extends ModelEvidence {
      readonly thefts?: number;
    }
    const fewThefts: ModelCriterion<WithTheft> = {
      id: "few-thefts",
      label: { vi: "Số vụ trộm cắp", en: "Thefts" },
      weight: 10,
      threshold: 2,
      direction: "at-most",
      unit: { vi: " vụ", en: " cases" },
      needs: ["thefts"],
      measure: (evidence) => evidence.thefts,
    };
    const evidence: WithTheft = { period: H1, thefts: 3, previous: { grade: "weak" } };
    const result = evaluateModel(MODEL, evidence, [fewThefts]);
    expect(reason(result, "few-thefts")).toMatchObject({
      status: "not-met",
      value: 3,
      direction: "at-most",
      message: {
        en: "Thefts: 3 cases (at most 2 cases): not met",
        vi: "Số vụ trộm cắp: 3 vụ (yêu cầu không quá 2 vụ): chưa đạt",
      },
    });
    expect(result.verdict).toBe("end");
    const fine = evaluateModel(MODEL, { ...evidence, thefts: 2 }, [fewThefts]);
    expect(reason(fine, "few-thefts").status).toBe("met");
    // The earlier figures are judged alone: the app's field is not carried over.
    const earlier = evaluateModel(MODEL, { period: H1, thefts: 0, previous: { activities: 3 } }, [
      fewThefts,
    ]);
    expect(earlier.previous).toEqual({ grade: "not-graded", from: "figures" });
  });

  it("rejects criteria with a repeated id or a weight that is not above 0", () => {
    expect(() => evaluateModel(MODEL, STRONG, [reach, reach])).toThrow(RangeError);
    expect(() => evaluateModel(MODEL, STRONG, [{ ...reach, weight: 0 }])).toThrow(/weight 0/);
    expect(() => evaluateModel(MODEL, STRONG, [{ ...reach, weight: Number.NaN }])).toThrow(
      RangeError,
    );
  });
});

describe("isEffectiveModel", () => {
  it("counts replicate and maintain as effective", () => {
    expect(
      (["replicate", "maintain", "improve", "end"] as const).map((verdict) =>
        isEffectiveModel({ verdict }),
      ),
    ).toEqual([true, true, false, false]);
    expect(isEffectiveModel(evaluateModel(MODEL, STRONG))).toBe(true);
  });
});

describe("evaluateModel: types", () => {
  it("returns a verdict of the four, a grade of the default scale, and a review recommendation", () => {
    const result = evaluateModel(MODEL, STRONG);
    expectTypeOf(result).toEqualTypeOf<ModelEvaluation>();
    expectTypeOf(result.verdict).toEqualTypeOf<ModelVerdict>();
    expectTypeOf<ModelVerdict>().toEqualTypeOf<"replicate" | "maintain" | "improve" | "end">();
    expectTypeOf(result.grade).toEqualTypeOf<ModelGrade>();
    expectTypeOf(result.recommendation).toEqualTypeOf<ReviewRecommendation>();
    expectTypeOf(result.score).toEqualTypeOf<number | undefined>();
    expectTypeOf(result.reasons[0]!.status).toEqualTypeOf<CriterionStatus>();
    expectTypeOf(result.reasons[0]!.value).toEqualTypeOf<number | null>();
    expect(Object.keys(REVIEW_RECOMMENDATION_LABELS)).toContain(result.recommendation);
  });

  it("types criteria over the app's extended evidence", () => {
    interface Extended extends ModelEvidence {
      readonly cameras: number;
    }
    const cameras: ModelCriterion<Extended> = {
      id: "cameras",
      label: { vi: "Camera", en: "Cameras" },
      weight: 1,
      threshold: 1,
      needs: ["cameras"],
      measure: (evidence) => {
        expectTypeOf(evidence.cameras).toEqualTypeOf<number>();
        return evidence.cameras;
      },
    };
    const result = evaluateModel(MODEL, { period: H1, cameras: 2 } as Extended, [
      ...DEFAULT_MODEL_CRITERIA,
      cameras,
    ]);
    expect(reason(result, "cameras").status).toBe("met");
    // @ts-expect-error: a criterion over extended evidence needs that evidence
    evaluateModel(MODEL, { period: H1 }, [cameras]);
  });
});

// ---------------------------------------------------------------------------------------
// Properties

const periodArb = fc
  .constantFrom(
    "2024",
    "2024-H1",
    "2024-H2",
    "2024-Q3",
    "2024-02",
    "2024-W10",
    "2024-03-07",
    "2024-01-11..2024-02-20",
  )
  .map(parsePeriod);

const figuresArb = fc.record(
  {
    activities: fc.nat(400),
    incidents: fc
      .tuple(fc.nat(200), fc.nat(200))
      .map(([a, b]) => ({ total: Math.max(a, b), clarified: Math.min(a, b) })),
    participation: fc
      .tuple(fc.nat(2000), fc.nat(2000))
      .map(([a, b]) => ({ households: Math.min(a, b), householdsInArea: Math.max(a, b) })),
    funding: fc.record({ community: fc.nat(1e9), budget: fc.nat(1e9) }),
    sites: fc.nat(50),
  },
  { requiredKeys: [] },
);

const gradeArb = fc.constantFrom(...(Object.keys(MODEL_GRADE_LABELS) as ModelGrade[]));

const evidenceArb: fc.Arbitrary<ModelEvidence> = fc
  .tuple(
    periodArb,
    figuresArb,
    fc.option(fc.tuple(figuresArb, fc.option(gradeArb, { nil: undefined }), fc.boolean()), {
      nil: undefined,
    }),
  )
  .map(([period, figures, previous]) => {
    const evidence: ModelEvidence = { period, ...figures };
    if (previous) {
      const [earlier, grade, withPeriod] = previous;
      evidence.previous = {
        ...earlier,
        ...(grade ? { grade } : {}),
        ...(withPeriod ? { period: parsePeriod("2023") } : {}),
      };
    }
    return evidence;
  });

const modelArb: fc.Arbitrary<SecurityModel> = fc
  .tuple(
    fc.constantFrom("proposed", "active", "suspended", "ended"),
    fc.constantFrom("2021-03-15", "2024-02-01", "2024-08-01"),
    fc.option(fc.tuple(gradeArb, fc.constantFrom("2023-12-20", "2024-12-20")), {
      nil: undefined,
    }),
  )
  .map(([status, launchedOn, grade]) => {
    const model: SecurityModel = { ...MODEL, status };
    if (status === "proposed") delete model.launchedOn;
    else model.launchedOn = launchedOn;
    if (status === "ended") {
      model.endedOn = "2024-12-31";
      model.endReason = "Hoạt động kém hiệu quả";
    }
    if (grade && status !== "proposed" && grade[1] >= launchedOn) {
      model.grade = { grade: grade[0], reviewedOn: grade[1] };
    }
    return model;
  });

describe("evaluateModel: properties", () => {
  it("generates only valid models and evidence", () => {
    fc.assert(
      fc.property(modelArb, evidenceArb, (model, evidence) => {
        expect(SecurityModelSchema.safeParse(model).success).toBe(true);
        expect(ModelEvidenceSchema.safeParse(evidence).success).toBe(true);
      }),
    );
  });

  it("is total and deterministic: never throws, always one of the four verdicts, plain JSON", () => {
    fc.assert(
      fc.property(modelArb, evidenceArb, (model, evidence) => {
        const first = evaluateModel(model, evidence);
        const second = evaluateModel(structuredClone(model), structuredClone(evidence));
        expect(second).toEqual(first);
        expect(ModelVerdictSchema.options).toContain(first.verdict);
        expect(Object.keys(MODEL_GRADE_LABELS)).toContain(first.grade);
        expect(first.reasons).toHaveLength(DEFAULT_MODEL_CRITERIA.length);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
        if (first.score !== undefined) {
          expect(first.score).toBeGreaterThanOrEqual(0);
          expect(first.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });

  it("never replicates on unknown figures and ends only an ended model or one weak twice", () => {
    fc.assert(
      fc.property(modelArb, evidenceArb, (model, evidence) => {
        const result = evaluateModel(model, evidence);
        if (result.verdict === "replicate") {
          expect(result.unknown).toEqual([]);
          expect(result.grade).toBe("good");
          expect(["up", "steady"]).toContain(result.trend);
        }
        if (result.verdict === "end") {
          const weakTwice = result.grade === "weak" && result.previous?.grade === "weak";
          expect(model.status === "ended" || weakTwice).toBe(true);
        }
        if (model.status === "ended") expect(result.verdict).toBe("end");
        if (model.status === "proposed") expect(result.grade).toBe("not-graded");
      }),
    );
  });

  it("is monotonic: more activity never lowers the grade, all else equal", () => {
    fc.assert(
      fc.property(modelArb, evidenceArb, fc.nat(400), fc.nat(50), (model, evidence, base, more) => {
        const less = evaluateModel(model, { ...evidence, activities: base });
        const moreActive = evaluateModel(model, { ...evidence, activities: base + more });
        expect(RANK[moreActive.grade]).toBeGreaterThanOrEqual(RANK[less.grade]);
        if (less.score !== undefined && moreActive.score !== undefined) {
          expect(moreActive.score).toBeGreaterThanOrEqual(less.score);
        }
      }),
    );
  });

  it("is monotonic: more households taking part never lowers the grade, all else equal", () => {
    fc.assert(
      fc.property(
        modelArb,
        evidenceArb,
        fc.nat(1000),
        fc.nat(1000),
        fc.nat(1000),
        (model, evidence, a, b, inArea) => {
          const area = inArea + Math.max(a, b);
          const grade = (households: number) =>
            evaluateModel(model, {
              ...evidence,
              participation: { households, householdsInArea: area },
            }).grade;
          expect(RANK[grade(Math.max(a, b))]).toBeGreaterThanOrEqual(RANK[grade(Math.min(a, b))]);
        },
      ),
    );
  });
});

describe("Criterion and Finding", () => {
  it("are the one vocabulary of model evaluation and recognition", () => {
    expectTypeOf<ModelCriterion>().toExtend<Criterion>();
    expectTypeOf<SafetyCriterion>().toExtend<Criterion>();
    expectTypeOf<ModelReason>().toExtend<Finding>();
    expectTypeOf<SafetyFinding>().toExtend<Finding>();
    expectTypeOf<Finding["status"]>().toEqualTypeOf<CriterionStatus>();
    expectTypeOf<Criterion<"reach">["id"]>().toEqualTypeOf<"reach">();
  });
});

describe("the wording of evaluation", () => {
  /** The slots of every template of a wording, by the template's path. */
  function slotsOf(words: unknown, path = ""): Record<string, string[]> {
    if (typeof words === "string") {
      return { [path]: [...words.matchAll(/\{(\w+)\}/g)].map((slot) => slot[1]!).sort() };
    }
    return Object.assign(
      {},
      ...Object.entries(words as object).map(([key, value]) => slotsOf(value, `${path}.${key}`)),
    );
  }

  it("fills a template's slots once, and leaves a slot without a value as it is", () => {
    expect(fill("{label}: {value}{unit}", { label: "{value}", value: "$&3" })).toBe(
      "{value}: $&3{unit}",
    );
  });

  it("has the same templates, with the same slots, in Vietnamese and English", () => {
    expect(slotsOf(WORDINGS.vi)).toEqual(slotsOf(WORDINGS.en));
  });

  it("writes its sentences from the wording's data: another wording changes the words, not the outcome", () => {
    const evidence: ModelEvidence = {
      period: H1,
      activities: 18,
      incidents: { total: 4, clarified: 3 },
      funding: { community: 0, budget: 1 },
    };
    const plain = evaluateModel(MODEL, evidence);
    const test = evaluateModelWith(TEST_LOCALE, MODEL, evidence);
    expect({ ...test, explanation: plain.explanation, reasons: plain.reasons }).toEqual(plain);
    expect(test.reasons.map((r) => r.message.vi)).toEqual(plain.reasons.map((r) => r.message.vi));
    expect(test.explanation).toEqual({
      en: "«Graded good« (score 85/100)»; not replicated yet because «some figures are unknown (households taking part, change in activity from the earlier period)»: maintain the model»",
      vi: plain.explanation.vi,
    });
    expect(plain.explanation.en).toBe(
      "Graded good (score 85/100); not replicated yet because some figures are unknown (households taking part, change in activity from the earlier period): maintain the model",
    );
    expect(test.reasons.map((r) => r.message.en)).toEqual([
      "«Regular activity: 3 a month («at least 2 a month»): «met»»",
      "«Incidents clarified: 75% («at least 70%»): «met»»",
      "«Households taking part: unknown, the evidence lacks participation (not counted as zero)»",
      "«Change in activity from the earlier period: unknown, the evidence lacks activities, previous.activities (not counted as zero)»",
      "«Self-funding (community money): 0% («at least 50%»): «not met»»",
    ]);
  });

  it("fills the slots of the rule's template: dates by locale, the reason as given", () => {
    const ended = endedModel("2024-03-05", "Không còn phù hợp");
    const test = evaluateModelWith(TEST_LOCALE, ended, STRONG);
    expect(test.explanation).toEqual({
      en: "«The model was ended (thanh loại)« on 2024-03-05»«: Không còn phù hợp»»",
      vi: "Mô hình đã thanh loại ngày 05/03/2024: Không còn phù hợp",
    });
  });
});
