// The Word report opened in a real renderer: LibreOffice converts it to PDF, poppler gives
// the PDF's text and a picture of page 1 (kept in test-results/report-page1.png to look at).
// On a machine without LibreOffice the test is skipped, and says so.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { reportToDocx } from "../../src/documents/index.js";
import { thoXuan } from "./fixture.js";

// poppler's tools take -v, LibreOffice --version; each exits 0 when it is there.
const has = (command: string, flag: string) =>
  spawnSync(command, [flag], { stdio: "ignore" }).status === 0;
const missing = [
  ["soffice", "--version"],
  ["pdftotext", "-v"],
  ["pdftoppm", "-v"],
  ["pdfinfo", "-v"],
]
  .filter(([command, flag]) => !has(command as string, flag as string))
  .map(([command]) => command);
if (missing.length > 0) {
  console.warn(
    `test/documents/rendered.test.ts skipped: ${missing.join(", ")} not found. Install them with \`apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-liberation2\` (.ci/run does).`,
  );
}

// LibreOffice starts a new profile on its first run: slow on a busy machine, so the tests get
// room rather than the suite's default (this bounds a hang, it measures nothing).
describe.skipIf(missing.length > 0)(
  "the Word report, rendered by LibreOffice",
  { timeout: 300_000 },
  () => {
    const dir = mkdtempSync(join(tmpdir(), "antt-docx-"));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    /** Converts a .docx to PDF; the PDF's path, or a failure with LibreOffice's output. */
    function toPdf(name: string, bytes: Uint8Array): string {
      const docx = join(dir, `${name}.docx`);
      writeFileSync(docx, bytes);
      // A profile of its own, so that a LibreOffice already running elsewhere is not reused.
      const result = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(dir, "profile")}`,
          "--headless",
          "--convert-to",
          "pdf",
          "--outdir",
          dir,
          docx,
        ],
        { encoding: "utf8" },
      );
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      return join(dir, `${name}.pdf`);
    }

    const text = (pdf: string, ...pages: string[]) =>
      spawnSync("pdftotext", ["-layout", ...pages, pdf, "-"], { encoding: "utf8" }).stdout.replace(
        /\s+/g,
        " ",
      );

    it("converts to PDF and shows the published figures, and keeps page 1 as a picture", async () => {
      const pdf = toPdf(
        "tho-xuan-2024",
        await reportToDocx(thoXuan(), { number: "15/BC-CAH", date: "2025-01-05" }),
      );
      const pages = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
      expect(Number(/Pages:\s+(\d+)/.exec(pages)?.[1])).toBeGreaterThanOrEqual(2);
      const first = text(pdf, "-f", "1", "-l", "1");
      for (const phrase of [
        "CÔNG AN TỈNH THANH HÓA",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Thọ Xuân, ngày 05 tháng 01 năm 2025",
        "Số: 15/BC-CAH",
        "BÁO CÁO",
      ]) {
        expect(first).toContain(phrase);
      }
      const all = text(pdf);
      for (const phrase of [
        "trên 5.200 mắt camera (5.236; 1.527 điểm)",
        "gần 800 mắt (784) kết nối về phòng trực ban",
        "Đã trích xuất gần 1.000 lượt (987), làm rõ trên 300 vụ việc (312)",
        "được kiềm chế 10 vụ (giảm 4,0% số vụ)",
        "Hộ gia đình 961 3.586 +486 (+15,7%)",
        "Nơi nhận:",
      ]) {
        expect(all).toContain(phrase);
      }
      // Page 1 as a picture, kept in the test output (test-results/ is not committed).
      mkdirSync("test-results", { recursive: true });
      const png = spawnSync(
        "pdftoppm",
        [
          "-png",
          "-r",
          "80",
          "-f",
          "1",
          "-l",
          "1",
          "-singlefile",
          pdf,
          join("test-results", "report-page1"),
        ],
        { encoding: "utf8" },
      );
      expect(png.status, png.stderr).toBe(0);
      const picture = readFileSync(join("test-results", "report-page1.png"));
      expect(picture.subarray(1, 4).toString("latin1")).toBe("PNG");
      // A4 portrait at 80 dpi: 661.4 × 935.4 pixels (the width and height in the PNG's header).
      expect(Math.abs(picture.readUInt32BE(16) - 661.4)).toBeLessThan(1);
      expect(Math.abs(picture.readUInt32BE(20) - 935.4)).toBeLessThan(1);
    });

    it("renders the English report too", async () => {
      const pdf = toPdf("tho-xuan-2024-en", await reportToDocx(thoXuan(), { lang: "en" }));
      const all = text(pdf);
      expect(all).toContain("SOCIALIST REPUBLIC OF VIET NAM");
      expect(all).toContain("5,236");
      expect(all).toContain("Recipients:");
    });
  },
);
