// The forces in a report: one strength per unit on the period's last day, across a merger
// of communes; a force Law 30/2023 ended said with the day it ended; the line stated even
// where no model or team is recorded.
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";

const units = [
  { code: "01", name: "Tỉnh P", level: "province", type: "province" },
  {
    code: "10001",
    name: "Xã A",
    level: "commune",
    type: "commune",
    parentCode: "01",
    validTo: "2025-06-30",
  },
  {
    code: "10002",
    name: "Xã B",
    level: "commune",
    type: "commune",
    parentCode: "01",
    validTo: "2025-06-30",
  },
  {
    code: "10003",
    name: "Xã C",
    level: "commune",
    type: "commune",
    parentCode: "01",
    validFrom: "2025-07-01",
  },
];
const successions = [
  { oldCode: "10001", newCode: "10003", kind: "whole", effectiveDate: "2025-07-01" },
  { oldCode: "10002", newCode: "10003", kind: "whole", effectiveDate: "2025-07-01" },
];
const police = (id: string, unitCode: string, countedOn: string, members: number) => ({
  id,
  unitCode,
  kind: "commune-police",
  countedOn,
  members,
});

function report(forces: unknown[], unit: string, period: string) {
  const dataset = DatasetSchema.parse({ schemaVersion: "1.0", units, successions, forces });
  return buildUnitReport(dataset, { unit, period });
}

describe("the forces in a report", () => {
  it("counts the communes merged in the period as the one unit they became", () => {
    const r = report(
      [
        police("f1", "10001", "2025-03-31", 10),
        police("f2", "10002", "2025-03-31", 8),
        police("f3", "10003", "2025-12-31", 18),
      ],
      "01",
      "2025",
    );
    // Not 36: the two old communes' counts and the new commune's are one unit's counts.
    expect(r.figures.forces.byKind).toEqual({
      "commune-police": { members: 18, units: 1, teams: null },
    });
    expect(r.reconciliation.period.collections.forces.counted).toBe(3);
  });

  it("keeps the communes apart in a period before the merger", () => {
    const r = report(
      [police("f1", "10001", "2024-12-31", 10), police("f2", "10002", "2024-12-31", 8)],
      "01",
      "2024",
    );
    expect(r.figures.forces.byKind["commune-police"]).toEqual({
      members: 18,
      units: 2,
      teams: null,
    });
  });

  it("says a force Law 30/2023 ended with the day it ended, and states forces without models", () => {
    const r = report(
      [
        {
          id: "g1",
          unitCode: "10001",
          kind: "ward-protection",
          countedOn: "2024-03-31",
          members: 158,
        },
        {
          id: "g2",
          unitCode: "10001",
          kind: "grassroots-protection",
          countedOn: "2024-12-31",
          members: 150,
        },
      ],
      "10001",
      "2024",
    );
    const vi = renderReport(r);
    expect(vi).toContain("Chưa ghi nhận mô hình");
    expect(vi).toContain(
      "Lực lượng: Lực lượng tham gia bảo vệ ANTT ở cơ sở 150 thành viên; Bảo vệ dân phố 158 thành viên (hoạt động đến 30/06/2024).",
    );
    expect(renderReport(r, { locale: "en" })).toContain(
      "ward protection force, 158 members (until",
    );
    // In a period that ends before the law, the ward protection force is said as it is.
    const before = report(
      [
        {
          id: "g1",
          unitCode: "10001",
          kind: "ward-protection",
          countedOn: "2024-03-31",
          members: 158,
        },
      ],
      "10001",
      "2024-H1",
    );
    expect(renderReport(before)).toContain("Bảo vệ dân phố 158 thành viên.");
  });
});
