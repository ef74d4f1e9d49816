// The issue's "done when": `npx antt report examples/data/tho-xuan-2024.json --unit 395
// --period 2024 --format docx -o r.docx` writes a document that LibreOffice converts to PDF,
// showing the published figures. Skipped, and said so, where LibreOffice or poppler is missing.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { antt, THO_XUAN } from "./support.js";

const has = (command: string, flag: string) =>
  spawnSync(command, [flag], { stdio: "ignore" }).status === 0;
const ready = has("soffice", "--version") && has("pdftotext", "-v");
if (!ready) console.warn("test/cli/document.test.ts skipped: soffice or pdftotext not found");

describe.skipIf(!ready)("antt report --format docx, rendered", () => {
  it("writes r.docx, which converts to PDF and shows the published figures", async () => {
    const dir = mkdtempSync(join(tmpdir(), "antt-cli-docx-"));
    const r = await antt(
      ["report", THO_XUAN, "--unit", "395", "--period", "2024", "--format", "docx", "-o", "r.docx"],
      { cwd: dir, env: {} },
    );
    expect(r.code).toBe(0);
    const convert = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(dir, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        join(dir, "r.docx"),
      ],
      { encoding: "utf8" },
    );
    expect(convert.status, `${convert.stdout}\n${convert.stderr}`).toBe(0);
    expect(existsSync(join(dir, "r.pdf"))).toBe(true);
    const text = spawnSync("pdftotext", ["-layout", join(dir, "r.pdf"), "-"], {
      encoding: "utf8",
    }).stdout.replace(/\s+/g, " ");
    expect(text).toContain("BÁO CÁO");
    expect(text).toContain("trên 5.200 mắt camera (5.236; 1.527 điểm)");
    expect(text).toContain("Đã trích xuất gần 1.000 lượt (987), làm rõ trên 300 vụ việc (312)");
  });
});
