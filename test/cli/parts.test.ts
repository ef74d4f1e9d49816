// The parts of the command line that the commands reach only in rare cases: problems of
// whole rows and warnings as shown, a JSON document too large to hold, the temporary files
// the bin removes when it exits.
import { existsSync, mkdtempSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AtomicOutput, removePendingOutputs } from "../../src/cli/files.js";
import { loadDataset, WHOLE_JSON_LIMIT } from "../../src/cli/load.js";
import { NO_PROGRESS } from "../../src/cli/progress.js";
import { issueLine, pathText, summaryLine } from "../../src/cli/show.js";
import { describeProblem } from "../../src/problems/index.js";
import { antt, THO_XUAN } from "./support.js";

describe("how problems are shown", () => {
  it("writes paths as people read them", () => {
    expect(pathText(["cameras", 3, "funding", 0, "amount"])).toBe("cameras[3].funding[0].amount");
    expect(pathText([])).toBe("");
  });

  it("places a problem of a whole row, a warning, and a suggestion", () => {
    const row = {
      severity: "warning" as const,
      code: "import-unknown-column",
      path: [],
      row: 4,
      sheet: "Điểm camera",
      message: { vi: "Cột thừa", en: "Extra column" },
    };
    const id = describeProblem("import-unknown-column")?.id;
    expect(id).toMatch(/^ANTT-[EW]8\d\d$/);
    expect(issueLine("a.xlsx", row, "vi")).toBe(
      `a.xlsx dòng Điểm camera!4: cảnh báo ${id}: Cột thừa\n`,
    );
    expect(issueLine("a.csv", { ...row, sheet: undefined as never }, "en")).toMatch(
      /^a\.csv row 4: warning /,
    );
    const suggested = {
      severity: "error" as const,
      code: "unrecognized_keys",
      path: ["cameras", 0, "lenzes"],
      suggestion: "lenses",
      message: { vi: "Trường lạ", en: "Unknown field" },
    };
    expect(issueLine("d.json", suggested, "en")).toBe(
      'd.json: error ANTT-E106 cameras[0].lenzes: Unknown field — did you mean "lenses"?\n',
    );
    expect(issueLine("d.json", suggested, "vi")).toContain('— có phải "lenses"?');
  });

  it("sums up a file in either language", () => {
    expect(summaryLine("d.json", 0, 2, 1234, "vi")).toBe(
      "d.json: hợp lệ, 1.234 bản ghi, 2 cảnh báo\n",
    );
    expect(summaryLine("d.json", 1, 3, 0, "en")).toBe("d.json: 1 error, 3 warnings\n");
    expect(summaryLine("d.json", 2, 0, 0, "vi")).toBe("d.json: 2 lỗi\n");
  });
});

describe("a JSON document too large to hold", () => {
  it("is read record by record, to the same dataset", async () => {
    const size = statSync(THO_XUAN).size;
    const whole = await loadDataset(
      { path: THO_XUAN, name: "t.json", size },
      NO_PROGRESS,
      undefined,
    );
    const streamed = await loadDataset(
      { path: THO_XUAN, name: "t.json", size: WHOLE_JSON_LIMIT + 1 },
      NO_PROGRESS,
      undefined,
    );
    expect(streamed.records).toBe(5028);
    expect(streamed.dataset).toEqual(whole.dataset);
  });
});

describe("temporary output files", () => {
  it("are removed when the process exits before they are complete", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antt-cli-"));
    const out = await AtomicOutput.open(dir, "r.json");
    await out.write("{");
    expect(existsSync(out.temp)).toBe(true);
    removePendingOutputs();
    expect(readdirSync(dir)).toEqual([]);
    await out.discard();
  });
});

describe("a dataset without units", () => {
  it("says the report's unit cannot be found, and why", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antt-cli-"));
    writeFileSync(join(dir, "empty.json"), '{"schemaVersion":"1.0"}');
    const r = await antt(["report", "empty.json", "--unit", "395", "--period", "2024"], {
      cwd: dir,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'ANTT-E842 No unit with the code or name "395" in the dataset (the dataset lists no units)',
    );
  });
});
