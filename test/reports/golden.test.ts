// The reports of the four sample datasets, written in every locale, format and rounding
// mode, kept as files beside this test: a change to the renderer that changes a single
// character of a published-style report shows here as a diff to review. Update them on
// purpose with `npx vitest run test/reports/golden.test.ts -u`, and list the change in
// CHANGELOG.md.
import { describe, expect, it } from "vitest";
import { buildUnitReport, renderReport } from "../../src/reports/index.js";
import { sample } from "./fixture.js";

const SAMPLES = [
  ["tho-xuan-2024", "395", "2024"],
  ["tam-ky-2022", "502", "2022-H1"],
  ["hoi-an-2023", "503", "2023"],
  ["phu-tho-2025", "25", "2025"],
] as const;

describe("the sample reports, character for character", () => {
  for (const [name, unit, period] of SAMPLES) {
    const report = () =>
      buildUnitReport(sample(name), { unit, period, compareWith: "same-period-last-year" });
    for (const locale of ["vi", "en"] as const) {
      for (const format of ["text", "markdown"] as const) {
        for (const rounding of ["rounded", "exact"] as const) {
          const file = `golden/${name}.${locale}.${rounding}.${format === "text" ? "txt" : "md"}`;
          it(`writes ${file}`, async () => {
            await expect(renderReport(report(), { locale, format, rounding })).toMatchFileSnapshot(
              file,
            );
          });
        }
      }
    }
  }
});
