// People as well as cases: the suspects apprehended on patrols and ambushes, and the people
// found or handled on them by category (a sweep, where no single incident exists), reach
// the report's JSON and its text in both languages, only when recorded.
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";
import { rawDataset } from "./fixture.js";

const sweep = (id: string, extra: Record<string, unknown>) => ({
  kind: "ambush",
  id,
  unitCode: "16000",
  startedAt: "2024-05-10T21:00:00+07:00",
  participants: 12,
  directedByCamera: false,
  ...extra,
});

function reportWith(activities: Record<string, unknown>[]) {
  const raw = rawDataset();
  const dataset = DatasetSchema.parse({ ...raw, activities });
  return buildUnitReport(dataset, { unit: "412", period: "2024" });
}

describe("people met on patrols and ambushes", () => {
  it("adds up suspects apprehended and people found by category, apart from incidents", () => {
    const report = reportWith([
      sweep("s-1", { suspectsApprehended: 3, subjectsByCategory: { drugs: 8, gambling: 2 } }),
      sweep("s-2", { kind: "patrol", subjectsByCategory: { drugs: 2, "modified-vehicle": 5 } }),
    ]);
    expect(report.figures.activities.subjects).toEqual({
      apprehended: 3,
      byCategory: { drugs: 10, gambling: 2, "modified-vehicle": 5 },
    });
    expect(renderReport(report, { rounding: "exact" })).toContain(
      "Qua tuần tra, mật phục: bắt giữ 3 đối tượng; phát hiện, xử lý 17 đối tượng (ma túy 10; xe độ chế trái phép 5; đánh bạc 2).",
    );
    expect(renderReport(report, { locale: "en", rounding: "exact" })).toContain(
      "Patrols and ambushes: 3 suspects apprehended; 17 suspects found or handled (drugs 10;",
    );
  });

  it("says nothing of people when no patrol records any", () => {
    const report = reportWith([sweep("s-1", {})]);
    expect(report.figures.activities.subjects).toEqual({ apprehended: 0, byCategory: {} });
    expect(renderReport(report)).not.toContain("Qua tuần tra, mật phục");
  });

  it("refuses a count of people that is not whole, naming the field", () => {
    const result = DatasetSchema.safeParse({
      ...rawDataset(),
      activities: [sweep("s-1", { subjectsByCategory: { drugs: -2 } })],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["activities", 0, "subjectsByCategory", "drugs"]);
  });
});
