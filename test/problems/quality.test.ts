// The quality report counts every problem once, by kind, collection and unit, with rates
// over every record given; filters leave nothing unaccounted for.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Issue } from "../../src/core/index.js";
import { validateDataset } from "../../src/dataset/index.js";
import { qualityReport, renderQualityReport } from "../../src/problems/index.js";

const camera = (id: string, unitCode: string, extra: Record<string, unknown> = {}) => ({
  id,
  unitCode,
  ownerKind: "household",
  installedOn: "2024-01-05",
  connectedToDutyRoom: true,
  sharingTier: "live-view",
  coverage: ["road"],
  status: "active",
  ...extra,
});

const input = {
  schemaVersion: "1.0",
  cameras: [
    camera("cam-1", "15532.thon-3", { lenses: -1, houshold: 1 }),
    camera("cam-2", "15532"),
    camera("cam-3", "15535", { lenses: 1.5 }),
    camera("cam-4", "15535"),
    camera("cam-5", "15535"),
  ],
};

function issuesOf(value: unknown): readonly Issue[] {
  const result = validateDataset(value);
  return result.success ? [] : result.issues;
}

describe("qualityReport", () => {
  const issues = issuesOf(input);

  it("counts problems by kind, with their numbers, most frequent first", () => {
    const report = qualityReport(issues, { input });
    expect(report.total).toBe(issues.length);
    expect(report.bySeverity.error).toBe(3);
    expect(report.byCode.map((r) => [r.code, r.id, r.count])).toEqual(
      [
        ["too_small", "ANTT-E102", 1],
        ["invalid_type", "ANTT-E101", 1],
        ["unrecognized_keys", "ANTT-E106", 1],
      ].sort((a, b) => (a[1] as string).localeCompare(b[1] as string)),
    );
  });

  it("gives each unit and collection its error rate over every record given", () => {
    const report = qualityReport(issues, { input });
    expect(report.byUnit).toEqual([
      { key: "15532", records: 2, withErrors: 1, problems: 2, errorRate: 0.5 },
      { key: "15535", records: 3, withErrors: 1, problems: 1, errorRate: 1 / 3 },
    ]);
    expect(report.byCollection).toEqual([
      { key: "cameras", records: 5, withErrors: 2, problems: 3, errorRate: 0.4 },
    ]);
    expect(report.worstRecords[0]).toEqual({
      collection: "cameras",
      index: 0,
      id: "cam-1",
      unitCode: "15532.thon-3",
      problems: 2,
      codes: ["too_small", "unrecognized_keys"].sort(),
    });
  });

  it("filters by code, number and severity, counting what it leaves out", () => {
    const picked = qualityReport(issues, { input, pick: ["ANTT-E102"] });
    expect(picked.total).toBe(1);
    expect(picked.filteredOut).toBe(issues.length - 1);
    const skipped = qualityReport(issues, { input, skip: ["too_small", "invalid_type"] });
    expect(skipped.byCode.map((r) => r.code)).toEqual(["unrecognized_keys"]);
    expect(qualityReport(issues, { input, severities: ["warning"] }).total).toBe(0);
  });

  it("counts every issue once, kept or filtered out, whatever the filters", () => {
    const codes = [
      "too_small",
      "invalid_type",
      "unrecognized_keys",
      "unknown-reference",
      "app-own",
    ];
    const arbitraryIssue = fc.record({
      path: fc.oneof(
        fc.tuple(fc.constantFrom("cameras", "incidents"), fc.nat(4), fc.constant("x")),
        fc.constant(["schemaVersion"]),
      ),
      code: fc.constantFrom(...codes),
      message: fc.constant({ en: "e", vi: "v" }),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryIssue, { maxLength: 40 }),
        fc.subarray(codes),
        fc.subarray(codes),
        (list, pick, skip) => {
          const report = qualityReport(list as Issue[], { pick, skip });
          const s = report.bySeverity;
          expect(report.total + report.filteredOut).toBe(list.length);
          expect(s.error + s.warning + s.info).toBe(report.total);
          expect(report.byCode.reduce((n, r) => n + r.count, 0)).toBe(report.total);
          expect(report.byUnit.reduce((n, g) => n + g.problems, 0)).toBe(report.total);
          expect(report.byCollection.reduce((n, g) => n + g.problems, 0)).toBe(report.total);
        },
      ),
    );
  });

  it("renders as text, markdown and JSON, in both languages", () => {
    const report = qualityReport(issues, { input });
    const vi = renderQualityReport(report, { locale: "vi" });
    expect(vi).toContain("Chất lượng dữ liệu");
    expect(vi).toContain("3 vấn đề: 3 lỗi, 0 cảnh báo, 0 thông tin.");
    expect(vi).toContain("15532 · 2 · 1 · 50% · 2");
    expect(vi).toContain("cameras thứ 1 (cam-1)");
    const md = renderQualityReport(report, { format: "markdown", locale: "en" });
    expect(md).toContain("## By unit");
    expect(md).toContain("| 15535 | 3 | 1 | 33.3% | 1 |");
    expect(JSON.parse(renderQualityReport(report, { format: "json" }))).toEqual(report);
    expect(renderQualityReport(qualityReport([]), { locale: "en" })).toBe(
      "Data quality\nNo problems.\n",
    );
  });
});
