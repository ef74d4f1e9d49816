// Whose money: "100% xã hội hóa" is said only of the whole amount; money of no known source
// is named apart, never counted as community or budget money.
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";

const units = [
  { code: "01", name: "Tỉnh P", level: "province", type: "province" },
  { code: "001", name: "Huyện X", level: "district", type: "rural-district", parentCode: "01" },
  { code: "10001", name: "Xã A", level: "commune", type: "commune", parentCode: "001" },
];
const expense = (id: string, amount: number, source?: string) => ({
  id,
  unitCode: "10001",
  amount,
  spentOn: "2024-03-01",
  purpose: "cameras",
  ...(source !== undefined && { source }),
  funds: { kind: "cameras" },
});

function text(expenses: unknown[], locale: "vi" | "en" = "vi") {
  const dataset = DatasetSchema.parse({ schemaVersion: "1.0", units, expenses });
  return renderReport(buildUnitReport(dataset, { unit: "10001", period: "2024" }), {
    locale,
    rounding: "exact",
  });
}

describe("whose money the report says was spent", () => {
  it("names the money of no known source instead of calling it all community money", () => {
    const expenses = [expense("e1", 50_000_000, "household"), expense("e2", 150_000_000)];
    expect(text(expenses)).toContain(
      "Đã chi 200.000.000 đồng (2 khoản chi), trong đó xã hội hóa 50.000.000 đồng, chưa rõ nguồn 150.000.000 đồng.",
    );
    expect(text(expenses, "en")).toContain(
      "of which community funding 50,000,000 đồng, source unknown 150,000,000 đồng.",
    );
  });

  it("says 100% only when every đồng has the source", () => {
    expect(
      text([expense("e1", 50_000_000, "household"), expense("e2", 7_000_000, "business")]),
    ).toContain("trong đó 100% xã hội hóa.");
    expect(
      text([expense("e1", 50_000_000, "budget"), expense("e2", 7_000_000, "household")]),
    ).toContain("trong đó xã hội hóa 7.000.000 đồng, ngân sách nhà nước 50.000.000 đồng.");
  });
});
