import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { type Period, periodContains } from "../../src/core/index.js";
import { assessSafetyRecognitionWith } from "../../src/models/evaluation/recognition.js";
import { safetyRecognitionCriteria } from "../../src/models/evaluation/safety-criteria.js";
import {
  assessSafetyRecognition,
  type CriterionStatus,
  SAFETY_RECOGNITION_CRITERIA,
  SAFETY_SUBJECT_KIND_LABELS,
  type SafetyAssessment,
  type SafetyCriterion,
  type SafetyEvidence,
  SafetyEvidenceSchema,
  type SafetyFinding,
  type SafetySubject,
  type SafetySubjectKind,
  safetyAssessmentWindow,
} from "../../src/models/index.js";
import { TEST_LOCALE } from "../support/wording.js";

const AREA: SafetySubject = {
  kind: "residential-area",
  unitCode: "20362.kim-doi",
  name: "Thôn Kim Đới",
};
const COMMUNE: SafetySubject = { kind: "commune", unitCode: "20362" };
const AGENCY: SafetySubject = {
  kind: "agency-business",
  unitCode: "20362",
  name: "Công ty TNHH May Tam Thăng",
};
const SCHOOL: SafetySubject = {
  kind: "school",
  unitCode: "15532",
  name: "Trường THPT Thọ Xuân 4",
};

function finding(assessment: SafetyAssessment, id: string): SafetyFinding {
  const found = assessment.findings.find((f) => f.criterion === id);
  if (!found) throw new Error(`no finding ${id}`);
  return found;
}

describe("safetyAssessmentWindow", () => {
  it("assesses a residential area from 1 November of the year before to 31 October", () => {
    const window = safetyAssessmentWindow("residential-area", 2024);
    expect(window).toEqual({
      unit: "range",
      key: "2023-11-01..2024-10-31",
      start: "2023-11-01",
      end: "2024-10-31",
    });
    expect(periodContains(window, "2023-11-01")).toBe(true);
    expect(periodContains(window, "2023-10-31")).toBe(false);
    expect(periodContains(window, "2024-11-01")).toBe(false);
  });

  it("assesses a commune, an agency or business and a school over the calendar year", () => {
    for (const kind of ["commune", "agency-business", "school"] as const) {
      expect(safetyAssessmentWindow(kind, 2024)).toEqual({
        unit: "year",
        key: "2024",
        start: "2024-01-01",
        end: "2024-12-31",
      });
    }
  });

  it("rejects a year that is not a whole number from 1990 to 2100", () => {
    for (const year of [1989, 2101, 2024.5, Number.NaN]) {
      expect(() => safetyAssessmentWindow("commune", year)).toThrow(RangeError);
    }
    expect(() => assessSafetyRecognition(COMMUNE, {}, 1989)).toThrow(/1990 to 2100/);
    expect(safetyAssessmentWindow("residential-area", 1990).start).toBe("1989-11-01");
  });
});

describe("SAFETY_RECOGNITION_CRITERIA", () => {
  it("holds the confirmed criteria of Circular 124/2021/TT-BCA, each with its subjects and text", () => {
    expect(SAFETY_RECOGNITION_CRITERIA.map((c) => [c.id, c.appliesTo, c.required ?? true])).toEqual(
      [
        ["households-registered", ["residential-area"], true],
        ["effective-model", ["commune", "agency-business"], true],
        ["staff-briefed", ["agency-business"], true],
      ],
    );
    for (const criterion of SAFETY_RECOGNITION_CRITERIA) {
      expect(criterion.label.vi.length).toBeGreaterThan(0);
      expect(criterion.label.en.length).toBeGreaterThan(0);
      for (const kind of criterion.appliesTo) {
        expect(Object.keys(SAFETY_SUBJECT_KIND_LABELS)).toContain(kind);
      }
    }
  });
});

describe("SafetyEvidenceSchema", () => {
  it("accepts the documented evidence and rejects impossible shares", () => {
    const evidence = {
      households: { total: 120, registered: 120 },
      effectiveModels: 2,
      staff: { total: 85, briefed: 80 },
      ext: { seriousCrimes: 0 },
    };
    expect(SafetyEvidenceSchema.parse(evidence)).toEqual(evidence);
    const paths = (input: unknown) =>
      SafetyEvidenceSchema.safeParse(input).error?.issues.map((issue) => issue.path.join("."));
    expect(paths({ households: { total: 10, registered: 11 } })).toEqual(["households.registered"]);
    expect(paths({ staff: { total: 10, briefed: 11 } })).toEqual(["staff.briefed"]);
    expect(paths({ effectiveModels: -1 })).toEqual(["effectiveModels"]);
    expect(paths({ models: 1 })).toEqual([""]);
  });
});

describe("assessSafetyRecognition: residential area", () => {
  it("recognises an area where every household registered", () => {
    const result = assessSafetyRecognition(
      AREA,
      { households: { total: 120, registered: 120 } },
      2024,
    );
    expect(result.subject).toEqual(AREA);
    expect(result.year).toBe(2024);
    expect(result.window.key).toBe("2023-11-01..2024-10-31");
    expect(result.recognized).toBe(true);
    expect(result.findings).toHaveLength(1);
    expect(finding(result, "households-registered")).toMatchObject({
      required: true,
      status: "met",
      figures: { total: 120, registered: 120, rate: 100 },
      message: {
        en: "120 of 120 households (100%) registered to take part",
        vi: "120/120 hộ gia đình (100%) đã đăng ký tham gia",
      },
    });
    expect(result.explanation).toEqual({
      en: "Meets every required criterion for 2024 (1 November 2023 to 31 October 2024)",
      vi: "Đạt tất cả tiêu chí bắt buộc năm 2024 (từ ngày 01/11/2023 đến ngày 31/10/2024)",
    });
  });

  it("does not recognise an area where one household of 1.200 did not register", () => {
    const result = assessSafetyRecognition(
      AREA,
      { households: { total: 1200, registered: 1199 } },
      2024,
    );
    expect(result.recognized).toBe(false);
    const f = finding(result, "households-registered");
    expect(f.status).toBe("not-met");
    // 99.916...% is rounded down, never shown as 100%.
    expect(f.figures).toEqual({ total: 1200, registered: 1199, rate: 99.91 });
    expect(f.message.vi).toBe(
      "Mới có 1.199/1.200 hộ gia đình (99,91%) đăng ký tham gia; yêu cầu 100%",
    );
    expect(result.explanation.en).toContain("Not recognised for 2024");
    expect(result.explanation.vi).toContain("chưa đạt 100% hộ gia đình đăng ký tham gia");
  });

  it("cannot decide when the household figures are missing or the area has none", () => {
    const missing = assessSafetyRecognition(AREA, {}, 2024);
    expect(missing.recognized).toBeNull();
    expect(finding(missing, "households-registered")).toMatchObject({
      status: "unknown",
      figures: {},
      message: {
        en: "Unknown: households not in the evidence",
        vi: "Chưa rõ: thiếu số liệu hộ gia đình",
      },
    });
    expect(missing.explanation.vi).toContain("Chưa đủ căn cứ kết luận năm 2024");
    const empty = assessSafetyRecognition(AREA, { households: { total: 0, registered: 0 } }, 2024);
    expect(empty.recognized).toBeNull();
    expect(finding(empty, "households-registered").figures).toEqual({ total: 0, registered: 0 });
  });

  it("checks only the criteria of a residential area", () => {
    const result = assessSafetyRecognition(
      AREA,
      {
        households: { total: 10, registered: 10 },
        effectiveModels: 0,
        staff: { total: 5, briefed: 0 },
      },
      2024,
    );
    expect(result.findings.map((f) => f.criterion)).toEqual(["households-registered"]);
    expect(result.recognized).toBe(true);
  });
});

describe("assessSafetyRecognition: commune", () => {
  it("recognises a commune with at least one effective model, and not one without", () => {
    const one = assessSafetyRecognition(COMMUNE, { effectiveModels: 1 }, 2024);
    expect(one.window.key).toBe("2024");
    expect(one.recognized).toBe(true);
    expect(finding(one, "effective-model")).toMatchObject({
      status: "met",
      figures: { effectiveModels: 1, required: 1 },
    });
    expect(one.explanation.vi).toBe("Đạt tất cả tiêu chí bắt buộc năm 2024 (năm 2024)");
    const none = assessSafetyRecognition(COMMUNE, { effectiveModels: 0 }, 2024);
    expect(none.recognized).toBe(false);
    expect(finding(none, "effective-model").message.en).toBe(
      "No effective model of the movement (at least 1 is required)",
    );
    const unknown = assessSafetyRecognition(
      COMMUNE,
      { households: { total: 1, registered: 1 } },
      2024,
    );
    expect(unknown.recognized).toBeNull();
    expect(finding(unknown, "effective-model").status).toBe("unknown");
  });
});

describe("assessSafetyRecognition: agency or business", () => {
  const assess = (evidence: SafetyEvidence) => assessSafetyRecognition(AGENCY, evidence, 2024);

  it("needs an effective model and every member of staff briefed", () => {
    const result = assess({ effectiveModels: 2, staff: { total: 85, briefed: 85 } });
    expect(result.findings.map((f) => [f.criterion, f.status])).toEqual([
      ["effective-model", "met"],
      ["staff-briefed", "met"],
    ]);
    expect(result.recognized).toBe(true);
    expect(finding(result, "staff-briefed").message.vi).toBe(
      "85/85 người (100%) đã được quán triệt",
    );
  });

  it("is not recognised when one criterion fails, even if another is unknown", () => {
    const result = assess({ staff: { total: 85, briefed: 84 } });
    expect(finding(result, "staff-briefed")).toMatchObject({
      status: "not-met",
      figures: { total: 85, briefed: 84, rate: 98.82 },
      message: { en: "Only 84 of 85 staff (98.82%) briefed; all must be" },
    });
    expect(finding(result, "effective-model").status).toBe("unknown");
    expect(result.recognized).toBe(false);
  });

  it("cannot be decided when one criterion is unknown and none failed", () => {
    expect(assess({ effectiveModels: 1 }).recognized).toBeNull();
    const noStaff = assess({ effectiveModels: 1, staff: { total: 0, briefed: 0 } });
    expect(noStaff.recognized).toBeNull();
    expect(finding(noStaff, "staff-briefed").message.en).toBe(
      "Unknown: the evidence gives 0 staff, so no share can be computed",
    );
  });
});

describe("assessSafetyRecognition: school", () => {
  it("cannot be decided on the defaults, which have no criterion for schools", () => {
    const result = assessSafetyRecognition(SCHOOL, { effectiveModels: 3 }, 2024);
    expect(result.findings).toEqual([]);
    expect(result.recognized).toBeNull();
    expect(result.explanation).toEqual({
      en: "No required criterion applies to a school: pass the criteria to assess it on",
      vi: "Không có tiêu chí bắt buộc nào áp dụng cho cơ sở giáo dục: cần bổ sung tiêu chí để xét",
    });
  });
});

describe("assessSafetyRecognition: custom criteria", () => {
  const noSeriousCrime: SafetyCriterion = {
    id: "no-serious-crime",
    appliesTo: ["residential-area", "commune", "school"],
    label: { vi: "Không để xảy ra tội phạm nghiêm trọng", en: "No serious crime" },
    check: (evidence) => {
      const count = evidence.ext?.["seriousCrimes"];
      if (typeof count !== "number") {
        return {
          status: "unknown",
          figures: {},
          message: { en: "Not recorded", vi: "Chưa có số liệu" },
        };
      }
      return {
        status: count === 0 ? "met" : "not-met",
        figures: { seriousCrimes: count },
        message: { en: `${count} serious crimes`, vi: `${count} vụ nghiêm trọng` },
      };
    },
  };

  it("replaces the defaults", () => {
    const result = assessSafetyRecognition(SCHOOL, { ext: { seriousCrimes: 0 } }, 2024, [
      noSeriousCrime,
    ]);
    expect(result.findings.map((f) => [f.criterion, f.status])).toEqual([
      ["no-serious-crime", "met"],
    ]);
    expect(result.recognized).toBe(true);
  });

  it("extends the defaults, in the order given", () => {
    const criteria = [...SAFETY_RECOGNITION_CRITERIA, noSeriousCrime];
    const fails = assessSafetyRecognition(
      COMMUNE,
      { effectiveModels: 2, ext: { seriousCrimes: 1 } },
      2024,
      criteria,
    );
    expect(fails.findings.map((f) => [f.criterion, f.status])).toEqual([
      ["effective-model", "met"],
      ["no-serious-crime", "not-met"],
    ]);
    expect(fails.recognized).toBe(false);
    expect(fails.explanation.en).toBe("Not recognised for 2024 (2024): not met: No serious crime");
    const unknown = assessSafetyRecognition(COMMUNE, { effectiveModels: 2 }, 2024, criteria);
    expect(unknown.recognized).toBeNull();
    expect(unknown.explanation.en).toBe(
      "Cannot be decided for 2024 yet (2024): unknown: No serious crime",
    );
  });

  it("reports a criterion that is not required without letting it decide", () => {
    const advisory: SafetyCriterion = { ...noSeriousCrime, id: "advisory", required: false };
    const result = assessSafetyRecognition(
      COMMUNE,
      { effectiveModels: 1, ext: { seriousCrimes: 2 } },
      2024,
      [...SAFETY_RECOGNITION_CRITERIA, advisory],
    );
    expect(finding(result, "advisory")).toMatchObject({ required: false, status: "not-met" });
    expect(result.recognized).toBe(true);
    const onlyAdvisory = assessSafetyRecognition(SCHOOL, {}, 2024, [advisory]);
    expect(onlyAdvisory.findings).toHaveLength(1);
    expect(onlyAdvisory.recognized).toBeNull();
  });

  it("reads the app's own evidence with typed criteria", () => {
    interface Patrolled extends SafetyEvidence {
      readonly patrolNights: number;
    }
    const patrols: SafetyCriterion<Patrolled> = {
      id: "patrols",
      appliesTo: ["residential-area"],
      label: { vi: "Tuần tra ít nhất 100 đêm", en: "At least 100 nights patrolled" },
      check: ({ patrolNights }) => ({
        status: patrolNights >= 100 ? "met" : "not-met",
        figures: { patrolNights },
        message: { en: `${patrolNights} nights`, vi: `${patrolNights} đêm` },
      }),
    };
    const evidence: Patrolled = { households: { total: 5, registered: 5 }, patrolNights: 120 };
    const result = assessSafetyRecognition(AREA, evidence, 2025, [
      ...SAFETY_RECOGNITION_CRITERIA,
      patrols,
    ]);
    expect(result.recognized).toBe(true);
    expect(result.window.key).toBe("2024-11-01..2025-10-31");
    expectTypeOf(result).toEqualTypeOf<SafetyAssessment>();
    expectTypeOf(result.recognized).toEqualTypeOf<boolean | null>();
    expectTypeOf(result.findings[0]!.status).toEqualTypeOf<CriterionStatus>();
    expectTypeOf(result.window).toEqualTypeOf<Period>();
    // @ts-expect-error: the criterion needs the app's own figure
    assessSafetyRecognition(AREA, { households: { total: 5, registered: 5 } }, 2025, [patrols]);
  });

  it("rejects two criteria with the same id", () => {
    expect(() =>
      assessSafetyRecognition(COMMUNE, {}, 2024, [noSeriousCrime, noSeriousCrime]),
    ).toThrow(/listed twice/);
  });
});

// ---------------------------------------------------------------------------------------
// Properties

const kindArb = fc.constantFrom(
  ...(Object.keys(SAFETY_SUBJECT_KIND_LABELS) as SafetySubjectKind[]),
);

const shareArb = fc
  .tuple(fc.nat(5000), fc.nat(5000))
  .map(([a, b]) => ({ total: Math.max(a, b), part: Math.min(a, b) }));

const evidenceArb: fc.Arbitrary<SafetyEvidence> = fc.record(
  {
    households: shareArb.map(({ total, part }) => ({ total, registered: part })),
    effectiveModels: fc.nat(20),
    staff: shareArb.map(({ total, part }) => ({ total, briefed: part })),
  },
  { requiredKeys: [] },
);

describe("assessSafetyRecognition: properties", () => {
  it("is total and deterministic on valid evidence, and recognises only on every required criterion met", () => {
    fc.assert(
      fc.property(
        kindArb,
        evidenceArb,
        fc.integer({ min: 1990, max: 2100 }),
        (kind, evidence, year) => {
          expect(SafetyEvidenceSchema.safeParse(evidence).success).toBe(true);
          const subject: SafetySubject = { kind, unitCode: "20362" };
          const result = assessSafetyRecognition(subject, evidence, year);
          expect(assessSafetyRecognition(subject, structuredClone(evidence), year)).toEqual(result);
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
          const statuses = result.findings.map((f) => f.status);
          for (const f of result.findings) {
            expect(f.message.en.length).toBeGreaterThan(0);
            expect(f.message.vi.length).toBeGreaterThan(0);
          }
          if (statuses.includes("not-met")) expect(result.recognized).toBe(false);
          else if (statuses.includes("unknown") || statuses.length === 0) {
            expect(result.recognized).toBeNull();
          } else expect(result.recognized).toBe(true);
          expect(result.window.end.slice(0, 4)).toBe(String(year));
        },
      ),
    );
  });
});

describe("the wording of recognition", () => {
  const assess = (subject: SafetySubject, evidence: SafetyEvidence) =>
    [
      assessSafetyRecognition(subject, evidence, 2024),
      assessSafetyRecognitionWith(
        TEST_LOCALE,
        subject,
        evidence,
        2024,
        safetyRecognitionCriteria(TEST_LOCALE),
      ),
    ] as const;

  it("writes its sentences from the wording's data: another wording changes the words, not the outcome", () => {
    const [plain, test] = assess(AREA, { households: { total: 1200, registered: 1199 } });
    expect({ ...test, explanation: plain.explanation, findings: plain.findings }).toEqual(plain);
    expect(test.findings.map((f) => ({ ...f, message: f.message.vi }))).toEqual(
      plain.findings.map((f) => ({ ...f, message: f.message.vi })),
    );
    expect(test.findings[0]?.message.en).toBe(
      "«Only 1,199 of 1,200 households (99.91%) registered to take part; all must»",
    );
    expect(plain.findings[0]?.message.en).toBe(
      "Only 1,199 of 1,200 households (99.91%) registered to take part; all must",
    );
    expect(test.explanation).toEqual({
      en: `«${plain.explanation.en}»`,
      vi: plain.explanation.vi,
    });
  });

  it("fills every outcome's template: unknown, none applies, recognised", () => {
    const [unknownPlain, unknown] = assess(AGENCY, { staff: { total: 0, briefed: 0 } });
    expect(unknown.findings.map((f) => f.message.en)).toEqual([
      "«Unknown: «the number of effective models» not in the evidence»",
      "«Unknown: the evidence gives 0 «staff», so no share can be computed»",
    ]);
    expect(unknown.explanation.en).toBe(`«${unknownPlain.explanation.en}»`);
    const [nonePlain, none] = assess(SCHOOL, {});
    expect(none.explanation.en).toBe(`«${nonePlain.explanation.en}»`);
    const [metPlain, met] = assess(COMMUNE, { effectiveModels: 2 });
    expect(met.findings[0]?.message.en).toBe("«2 effective model(s) of the movement (at least 1)»");
    expect(met.explanation.en).toBe(`«${metPlain.explanation.en}»`);
    expect(met.recognized).toBe(true);
  });
});
