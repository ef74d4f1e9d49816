import { describe, expect, it } from "vitest";
import { DatasetSchema } from "../../src/dataset/index.js";
import { buildUnitReport, renderReport, renderReportParts } from "../../src/reports/index.js";
import { sample } from "./fixture.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

describe("renderReportParts", () => {
  const report = buildUnitReport(sample("tho-xuan-2024"), { unit: "395", period: "2024" });

  it("gives renderReport's markdown, part for part, when no string needs escaping", () => {
    for (const locale of ["vi", "en"] as const) {
      const parts = renderReportParts(report, { locale });
      const out = [`# ${parts.title}`, "", `**${parts.meta[0]}**`, ""];
      for (const line of parts.meta.slice(1)) out.push(`${line}  `);
      parts.sections.forEach((section, i) => {
        out.push("", `## ${ROMAN[i]}. ${section.title}`, "");
        for (const line of section.lines) out.push(`- ${line}`);
        for (const table of section.tables) {
          out.push("", `| ${table.head.join(" | ")} |`);
          out.push(`|${table.head.map((_, j) => (j === 0 ? " --- " : " ---: ")).join("|")}|`);
          for (const row of table.rows) out.push(`| ${row.join(" | ")} |`);
        }
      });
      expect(`${out.join("\n")}\n`).toBe(renderReport(report, { locale, format: "markdown" }));
    }
  });

  it("keeps the exact counts and the tables that plain text leaves out", () => {
    const parts = renderReportParts(report);
    const cameras = parts.sections[1];
    expect(cameras?.lines[0]).toContain("trên 5.200 mắt camera (5.236; 1.527 điểm)");
    expect(cameras?.tables[0]?.rows).toContainEqual([
      "Hộ gia đình",
      "961",
      "3.586",
      "+486 (+15,7%)",
    ]);
    expect(renderReportParts(report, { rounding: "exact" }).sections[1]?.lines[0]).toContain(
      "5.236 mắt camera (1.527 điểm)",
    );
  });

  it("writes names from the data as they are: no markdown escape, no control character", () => {
    const dataset = DatasetSchema.parse({
      schemaVersion: "1.0",
      units: [
        { code: "38", name: "Tỉnh *A*", level: "province", type: "province" },
        { code: "15532", name: "Xã B|C", level: "commune", type: "commune", parentCode: "38" },
      ],
      cameras: [
        {
          id: "cam-1",
          unitCode: "15532",
          ownerKind: "public",
          installedOn: "2020-05-01",
          connectedToDutyRoom: true,
          sharingTier: "live-view",
          coverage: ["road"],
          status: "active",
          lenses: 4,
        },
      ],
    });
    const small = buildUnitReport(dataset, { unit: "15532", period: "2024" });
    expect(renderReportParts(small).meta[0]).toBe("Xã B|C (Tỉnh *A*), năm 2024");
    expect(renderReport(small, { format: "markdown" })).toContain("Xã B\\|C (Tỉnh \\*A\\*)");
  });
});
