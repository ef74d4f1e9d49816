// Reports for past periods, on the national table with its history: the unit and its parent
// as they were in the period, and what the unit is now as a note.
import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";
import { vietnamAdminData } from "../../src/vn-admin/index.js";

const { units, successions } = vietnamAdminData();
// The units of Hồ Chí Minh City and Lâm Đồng, of every era, and the links between them.
const inScope = (code: string) => ["79", "68"].includes(provinceOf(code));
const byCode = new Map(units.map((unit) => [unit.code, unit]));
function provinceOf(code: string): string {
  let unit = byCode.get(code);
  for (let step = 0; unit?.parentCode !== undefined && step < 3; step++) {
    unit = byCode.get(unit.parentCode);
  }
  return unit?.code ?? "";
}
const dataset = DatasetSchema.parse({
  schemaVersion: "1.0",
  units: units.filter((unit) => inScope(unit.code)),
  successions: successions.filter((link) => inScope(link.oldCode) && inScope(link.newCode)),
});

describe("a report for a past period", () => {
  it("names a 2020 ward and its district as they were, and what the ward is today", () => {
    const report = buildUnitReport(dataset, { unit: "27088", period: "2020" });
    expect(report.unit).toMatchObject({
      name: "Phường Thảo Điền",
      parent: { code: "769", name: "Quận 2" },
      now: {
        kind: "became",
        units: [{ code: "27094", name: "Phường An Khánh", parent: { code: "79" } }],
      },
    });
    const [title, line, note] = renderReport(report, { locale: "vi" }).split("\n");
    expect(title).toMatch(/^BÁO CÁO/);
    expect(line).toBe("Phường Thảo Điền (Quận 2), năm 2020");
    expect(note).toBe("Nay là Phường An Khánh (Thành phố Hồ Chí Minh).");
    expect(renderReport(report, { locale: "en" }).split("\n")[2]).toBe(
      "Now Phường An Khánh (Thành phố Hồ Chí Minh).",
    );
  });

  it("names the same ward under Thành phố Thủ Đức in 2022", () => {
    const report = buildUnitReport(dataset, { unit: "27088", period: "2022" });
    expect(report.unit.parent).toEqual({ code: "769", name: "Thành phố Thủ Đức" });
  });

  it("names a 2023 district of Lâm Đồng by its 2023 name, and its successor of 2024", () => {
    const report = buildUnitReport(dataset, { unit: "681", period: "2023" });
    expect(report.unit.name).toBe("Huyện Đạ Huoai");
    expect(report.unit.now?.kind).toBe("divided");
    const renamed = buildUnitReport(dataset, { unit: "682", period: "2023" });
    expect(renamed.unit.name).toBe("Huyện Đạ Tẻh");
  });

  it("adds no note for a unit that has not changed since", () => {
    const today = buildUnitReport(dataset, { unit: "79", period: "2026" });
    expect(today.unit.now).toBeUndefined();
    expect(renderReport(today, { locale: "vi" })).not.toMatch(/^Nay /m);
  });
});
