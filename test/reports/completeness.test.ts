// Statements of absence, made honestly: only where the dataset declares its records complete
// for the unit, the whole period and the collection.
import { describe, expect, it } from "vitest";
import { CoverageSchema, DatasetSchema, validateDataset } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";
import { rawDataset } from "./fixture.js";

const declaration = (overrides: Record<string, unknown> = {}) => ({
  id: "bc-1",
  unitCode: "412",
  start: "2024-01-01",
  end: "2024-12-31",
  complete: ["incidents"],
  ...overrides,
});

function report(coverage: unknown[], period = "2024") {
  const raw = { ...rawDataset(), coverage };
  return buildUnitReport(DatasetSchema.parse(raw), {
    unit: "412",
    period,
    compareWith: "same-period-last-year",
  });
}

describe("CoverageSchema", () => {
  it("takes a declaration of complete collections for a unit and its days", () => {
    expect(CoverageSchema.safeParse(declaration()).success).toBe(true);
  });

  it("refuses days in the wrong order, a collection twice, and what is not a record collection", () => {
    const paths = (value: unknown) => {
      const result = CoverageSchema.safeParse(value);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
    };
    expect(paths(declaration({ end: "2023-12-31" }))).toEqual(["end"]);
    expect(paths(declaration({ complete: ["incidents", "incidents"] }))).toEqual(["complete.1"]);
    expect(paths(declaration({ complete: ["units"] }))).toEqual(["complete.0"]);
    expect(paths(declaration({ complete: [] }))).toEqual(["complete"]);
  });
});

describe("validateDataset and completeness declarations", () => {
  it("refuses a declaration of days the dataset does not cover, naming the field", () => {
    const raw = { ...rawDataset(), coverage: [declaration({ end: "2025-06-30" })] };
    const result = validateDataset(raw);
    expect(result.success).toBe(false);
    const issue = result.issues.find((i) => i.code === "coverage-outside-dataset");
    expect(issue?.path).toEqual(["coverage", 0, "end"]);
    expect(issue?.message.vi).toMatch(/vượt ra ngoài thời gian của bộ dữ liệu/);
  });

  it("refuses a declaration for a unit the dataset does not list", () => {
    const raw = { ...rawDataset(), coverage: [declaration({ unitCode: "99999" })] };
    const result = validateDataset(raw);
    expect(result.issues.map((i) => i.path.join("."))).toContain("coverage.0.unitCode");
  });
});

describe("a report states an absence only where the records are declared complete", () => {
  it("without a declaration, says nothing of fires and social evils that were not recorded", () => {
    const r = report([]);
    expect(r.completeness).toEqual({
      period: [],
      comparison: [],
      children: { complete: 0, of: 2 },
    });
    const text = renderReport(r);
    expect(text).not.toContain("Không để xảy ra cháy, nổ.");
    expect(text).not.toContain("Không phát sinh tệ nạn xã hội.");
  });

  it("with the district's incidents declared complete, says no fire and no social evil", () => {
    const r = report([declaration()]);
    expect(r.completeness.period).toEqual(["incidents"]);
    expect(r.completeness.children).toEqual({ complete: 2, of: 2 });
    const vi = renderReport(r);
    expect(vi).toContain("Không để xảy ra cháy, nổ.");
    expect(vi).toContain("Không phát sinh tệ nạn xã hội.");
    expect(vi).toContain("2/2 xã, thị trấn đã báo cáo đầy đủ vụ việc trong kỳ.");
    expect(renderReport(r, { locale: "en" })).toContain("No fire or explosion occurred.");
  });

  it("does not state it for a period the declaration covers only in part", () => {
    const r = report([declaration({ end: "2024-06-30" })]);
    expect(r.completeness.period).toEqual([]);
    expect(renderReport(r)).not.toContain("Không để xảy ra cháy, nổ.");
  });

  it("takes the district as complete when every commune under it is declared complete", () => {
    const both = [
      declaration({ id: "a", unitCode: "16000" }),
      declaration({ id: "b", unitCode: "16003" }),
    ];
    expect(report(both).completeness.period).toEqual(["incidents"]);
    const one = [declaration({ id: "a", unitCode: "16000" })];
    const r = report(one);
    expect(r.completeness.period).toEqual([]);
    expect(r.completeness.children).toEqual({ complete: 1, of: 2 });
    expect(renderReport(r)).toContain("1/2 xã, thị trấn đã báo cáo đầy đủ vụ việc trong kỳ.");
  });

  it("warns when the two periods compared are not declared alike", () => {
    const r = report([declaration()]);
    expect(r.completeness.comparison).toEqual([]);
    const warning = r.warnings.find((w) => w.code === "completeness-differs");
    expect(warning?.message.vi).toMatch(/thay đổi có thể do cách ghi nhận/);
    const both = report([
      declaration(),
      declaration({ id: "bc-0", start: "2023-01-01", end: "2023-12-31" }),
    ]);
    expect(both.warnings.map((w) => w.code)).not.toContain("completeness-differs");
  });
});
