import { describe, expect, it } from "vitest";
import { reportToDocx } from "../../src/documents/index.js";
import { buildUnitReport, renderReportParts } from "../../src/reports/index.js";
import { sample } from "../reports/fixture.js";
import { docxFiles, docxText, thoXuan } from "./fixture.js";

describe("reportToDocx", () => {
  const report = thoXuan();

  it("writes a zip holding a Word document", async () => {
    const bytes = await reportToDocx(report);
    expect(bytes).toBeInstanceOf(Uint8Array);
    const files = docxFiles(bytes);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(["[Content_Types].xml", "word/document.xml", "word/styles.xml"]),
    );
  });

  it("lays out the header of Decree 30: bodies, number, emblem line, motto, place and date", async () => {
    const text = docxText(
      await reportToDocx(report, { number: "15/BC-CAH", date: "2025-01-05" }),
    ).split("\n");
    expect(text.slice(0, 8)).toEqual([
      "CÔNG AN TỈNH THANH HÓA",
      "CÔNG AN HUYỆN THỌ XUÂN",
      "Số: 15/BC-CAH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thọ Xuân, ngày 05 tháng 01 năm 2025",
      "BÁO CÁO",
      "KẾT QUẢ PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
    ]);
    expect(text[8]).toBe("Huyện Thọ Xuân (Tỉnh Thanh Hóa), năm 2024");
  });

  it("rules a line under the motto and the issuer, sets them in bold and the date in italics", async () => {
    const xml = docxFiles(await reportToDocx(report))["word/document.xml"] ?? "";
    const runOf = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`);
      return xml.slice(xml.lastIndexOf("<w:r>", at), at);
    };
    // Decree 30 draws a solid line under the motto and the issuing body, not an underline:
    // the paragraph after each is an empty one with a top border.
    const ruleAfter = (text: string) => {
      const at = xml.indexOf(`>${text}</w:t>`);
      const next = xml.indexOf("<w:p>", at);
      return xml.slice(next, xml.indexOf("</w:p>", next));
    };
    expect(ruleAfter("Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(ruleAfter("CÔNG AN HUYỆN THỌ XUÂN")).toMatch(/<w:pBdr><w:top w:val="single"/);
    expect(ruleAfter("Số:        /BC")).not.toMatch(/<w:pBdr>/);
    expect(runOf("Độc lập - Tự do - Hạnh phúc")).toMatch(/<w:b\/>/);
    expect(runOf("BÁO CÁO")).toMatch(/<w:b\/>/);
    expect(runOf("Thọ Xuân, ngày      tháng      năm")).toMatch(/<w:i\/>/);
  });

  it("sets every run in Times New Roman, 12 to 14 pt", async () => {
    const xml = docxFiles(await reportToDocx(report))["word/document.xml"] ?? "";
    const fonts = new Set([...xml.matchAll(/<w:rFonts w:ascii="([^"]+)"/g)].map((m) => m[1]));
    expect(fonts).toEqual(new Set(["Times New Roman"]));
    const sizes = new Set([...xml.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1])));
    // Half-points: 14 pt body, 13 pt bodies' names, 12 pt tables, 11 pt recipients, and the
    // 2 pt empty run of the rules under the bodies and the title.
    expect([...sizes].sort((a, b) => a - b)).toEqual([4, 22, 24, 26, 28]);
    const styles = docxFiles(await reportToDocx(report))["word/styles.xml"] ?? "";
    expect(styles).toContain('w:ascii="Times New Roman"');
  });

  it("holds renderReport's sentences, sections numbered I., II. and points 1., 2.", async () => {
    const text = docxText(await reportToDocx(report));
    for (const phrase of [
      "II. CAMERA AN NINH",
      "1. Toàn huyện có trên 5.200 mắt camera (5.236; 1.527 điểm) hướng ra nơi công cộng, đường giao thông, tăng gần 850 mắt (845; +19,2%) so với cùng kỳ năm 2023.",
      "Đã trích xuất gần 1.000 lượt (987), làm rõ trên 300 vụ việc (312)",
      "phạm pháp hình sự trên 240 vụ (242), được kiềm chế 10 vụ (giảm 4,0% số vụ)",
    ]) {
      expect(text).toContain(phrase);
    }
    const parts = renderReportParts(report, { locale: "vi" });
    for (const section of parts.sections) {
      section.lines.forEach((line, i) => {
        expect(text).toContain(`${i + 1}. ${line}`);
      });
    }
  });

  it("puts each table of figures in as a Word table, with its comparison column", async () => {
    const bytes = await reportToDocx(report);
    const xml = docxFiles(bytes)["word/document.xml"] ?? "";
    const parts = renderReportParts(report, { locale: "vi" });
    const tables = parts.sections.flatMap((s) => s.tables);
    // The header, each table of figures, and the recipients and signature.
    expect(xml.match(/<w:tbl>/g)?.length).toBe(tables.length + 2);
    const text = docxText(bytes);
    expect(text).toContain("Hộ gia đình\n961\n3.586\n+486 (+15,7%)");
    expect(text).toContain("Mắt so với kỳ so sánh");
  });

  it("ends with the recipients and the signature", async () => {
    const text = docxText(
      await reportToDocx(report, {
        recipients: ["UBND huyện Thọ Xuân;"],
        signer: "Trưởng Công an huyện",
      }),
    );
    expect(text.split("\n").slice(-6)).toEqual([
      "Nơi nhận:",
      "- Công an Tỉnh Thanh Hóa (để báo cáo);",
      "- UBND huyện Thọ Xuân;",
      "- Lưu: VT.",
      "TRƯỞNG CÔNG AN HUYỆN",
      "(Ký, ghi rõ họ tên, đóng dấu)",
    ]);
  });

  it("takes the bodies, place and title from the options", async () => {
    const text = docxText(
      await reportToDocx(report, {
        superior: "Công an tỉnh Thanh Hóa",
        issuer: "Công an huyện Thọ Xuân",
        place: "Xuân Hưng",
        date: new Date(2025, 11, 15),
        title: "Tổng kết năm 2024",
      }),
    );
    expect(text).toContain("CÔNG AN TỈNH THANH HÓA\nCÔNG AN HUYỆN THỌ XUÂN");
    expect(text).toContain("Xuân Hưng, ngày 15 tháng 12 năm 2025");
    expect(text).toContain("BÁO CÁO\nTổng kết năm 2024\n");
  });

  it("writes the English report with English headings", async () => {
    const text = docxText(await reportToDocx(report, { lang: "en", date: "2025-01-05" }));
    expect(text).toContain("SOCIALIST REPUBLIC OF VIET NAM\nIndependence - Freedom - Happiness");
    expect(text).toContain("Thọ Xuân, 5 January 2025");
    expect(text).toContain("POLICE OF HUYỆN THỌ XUÂN");
    expect(text).toContain("REPORT\nON THE");
    expect(text).toContain("II. SECURITY CAMERAS");
    expect(text).toContain("Recipients:");
    expect(text).not.toContain("Toàn huyện");
  });

  it("refuses a bad language, date or report, naming the option in English and Vietnamese", async () => {
    await expect(reportToDocx(report, { lang: "fr" as "vi" })).rejects.toThrow(
      /invalid option lang "fr".*tùy chọn lang/,
    );
    await expect(reportToDocx(report, { date: "2025-02-30" })).rejects.toThrow(
      /invalid option date "2025-02-30".*tùy chọn date/,
    );
    await expect(reportToDocx(report, { date: new Date(Number.NaN) })).rejects.toThrow(
      /invalid option date Invalid Date/,
    );
    await expect(reportToDocx(report, { number: 15 as unknown as string })).rejects.toThrow(
      /option number must be a string.*tùy chọn number/,
    );
    await expect(reportToDocx({} as typeof report)).rejects.toThrow(/not a unit report/);
    await expect(reportToDocx(report, { rounding: "round" as "exact" })).rejects.toThrow(
      /invalid option rounding "round".*tùy chọn rounding/,
    );
    await expect(
      reportToDocx(report, { recipients: "UBND huyện" as unknown as string[] }),
    ).rejects.toThrow(/option recipients must be a list of strings.*tùy chọn recipients/);
  });

  it("writes exact counts when asked, and no body above for a unit without a parent", async () => {
    const exact = docxText(await reportToDocx(report, { rounding: "exact" }));
    expect(exact).toContain("1. Toàn huyện có 5.236 mắt camera (1.527 điểm)");
    const province = buildUnitReport(sample("tho-xuan-2024"), { unit: "38", period: "2024" });
    const text = docxText(await reportToDocx(province)).split("\n");
    expect(text.slice(0, 2)).toEqual(["CÔNG AN TỈNH THANH HÓA", "Số:        /BC"]);
    expect(text).toContain("Thanh Hóa, ngày      tháng      năm");
    expect(text).toContain("- Lưu: VT.");
    expect(text.join("\n")).not.toContain("để báo cáo");
  });
});
