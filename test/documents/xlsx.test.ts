import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { reportToXlsx } from "../../src/documents/index.js";
import { buildUnitReport } from "../../src/reports/index.js";
import { sample } from "../reports/fixture.js";
import { thoXuan } from "./fixture.js";

async function read(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return book;
}

/** The rows of a sheet below its head row (row 5), as arrays from column A. */
function rows(sheet: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 5) out.push((row.values as unknown[]).slice(1));
  });
  return out;
}

describe("reportToXlsx", () => {
  const report = thoXuan();

  it("writes a summary sheet, then one sheet per group of figures", async () => {
    const book = await read(await reportToXlsx(report));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      "Tổng hợp",
      "Mô hình",
      "Tổ",
      "Camera",
      "Trích xuất",
      "Vụ việc",
      "Hoạt động",
      "Kinh phí",
      "Công nhận",
      "Lực lượng",
      "Dân số",
    ]);
  });

  it("names the unit and both periods, with Vietnamese heads in a frozen row", async () => {
    const sheet = (await read(await reportToXlsx(report))).worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell("A1").value).toBe("Đơn vị: Huyện Thọ Xuân (mã 395)");
    expect(sheet.getCell("A2").value).toBe("Kỳ báo cáo: năm 2024");
    expect(sheet.getCell("A3").value).toBe("Kỳ so sánh: năm 2023");
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual([
      "Chỉ tiêu",
      "Đơn vị tính",
      "Kỳ báo cáo",
      "Kỳ so sánh",
      "Tăng (+), giảm (−)",
      "Tỷ lệ tăng, giảm",
    ]);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
  });

  it("gives the published figures as numbers, with the comparison", async () => {
    const sheet = (await read(await reportToXlsx(report))).worksheets[0] as ExcelJS.Worksheet;
    const byName = new Map(rows(sheet).map((r) => [r[0], r.slice(1)]));
    expect(byName.get("Mắt camera")).toEqual(["mắt", 5236, 4391, 845, 845 / 4391]);
    expect(byName.get("Lượt trích xuất dữ liệu camera")).toEqual([
      "lượt",
      987,
      652,
      335,
      335 / 652,
    ]);
    expect(byName.get("Vụ việc làm rõ nhờ camera")?.slice(0, 2)).toEqual(["vụ", 312]);
    expect(byName.get("Phạm pháp hình sự")).toEqual(["vụ", 242, 252, -10, -10 / 252]);
    expect(byName.get("Kinh phí huy động")?.slice(0, 4)).toEqual([
      "đồng",
      476_700_000,
      557_400_000,
      -80_700_000,
    ]);
    // A figure that was none before has no percent.
    expect(byName.get("Tổ đang hoạt động")).toEqual(["tổ", 9, 0, 9]);
  });

  it("formats counts with separators, changes with their sign, percents as percents", async () => {
    const sheet = (await read(await reportToXlsx(report))).worksheets[0] as ExcelJS.Worksheet;
    const row = sheet.getRow(10);
    expect(row.getCell(1).value).toBe("Mắt camera");
    expect(row.getCell(3).numFmt).toBe("#,##0");
    expect(row.getCell(5).numFmt).toBe("+#,##0;-#,##0;0");
    expect(row.getCell(6).numFmt).toBe("+0.0%;-0.0%;0.0%");
  });

  it("lists every figure of a group by its path, equal to the report's", async () => {
    const book = await read(await reportToXlsx(report));
    const cameras = new Map(
      rows(book.getWorksheet("Camera") as ExcelJS.Worksheet).map((r) => [r[0], r.slice(1)]),
    );
    const f = report.figures.cameras;
    expect(cameras.get("cameras.lensesAtEnd")?.[0]).toBe(f.lensesAtEnd);
    expect(cameras.get("cameras.byOwnerKind.household.lenses")).toEqual([
      3586,
      3100,
      486,
      486 / 3100,
    ]);
    expect(cameras.get("cameras.byOwnerGroup.households.lenses")?.[0]).toBe(3586);
    expect(cameras.get("cameras.costVnd")?.[0]).toBe(2_103_750_000);
    const incidents = new Map(
      rows(book.getWorksheet("Vụ việc") as ExcelJS.Worksheet).map((r) => [r[0], r.slice(1)]),
    );
    // Robbery: none in 2024, one in 2023; the row is there, at 0.
    expect(incidents.get("incidents.byCategory.robbery")).toEqual([0, 1, -1, -1]);
    expect(incidents.get("incidents.clarificationRate.ratio")?.[0]).toBeCloseTo(394 / 431, 10);
    // Every number of the report's figures is on a sheet, at its path.
    const all = new Map<unknown, unknown>();
    for (const sheet of book.worksheets.slice(1)) {
      for (const r of rows(sheet)) all.set(r[0], r[1]);
    }
    const walk = (v: unknown, path: string): void => {
      if (typeof v === "number") expect(all.get(path), path).toBe(v);
      else if (typeof v === "object" && v !== null) {
        for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
      }
    };
    for (const [group, value] of Object.entries(report.figures)) walk(value, group);
  });

  it("leaves the comparison empty, and says so, when the report compares with nothing", async () => {
    const alone = buildUnitReport(sample("tho-xuan-2024"), {
      unit: "395",
      period: "2024",
      compareWith: "none",
    });
    const sheet = (await read(await reportToXlsx(alone))).worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell("A3").value).toBe("Không so sánh với kỳ trước");
    const lenses = rows(sheet).find((r) => r[0] === "Mắt camera");
    expect(lenses).toEqual(["Mắt camera", "mắt", 5236]);
  });

  it("writes English sheet names and heads", async () => {
    const book = await read(await reportToXlsx(report, { lang: "en" }));
    expect(book.worksheets[0]?.name).toBe("Summary");
    expect(book.worksheets[0]?.getCell("A5").value).toBe("Figure");
    expect(book.worksheets[0]?.getCell("A2").value).toBe("Period: 2024");
  });

  it("refuses a bad language or report", async () => {
    await expect(reportToXlsx(report, { lang: "de" as "vi" })).rejects.toThrow(
      /reportToXlsx: invalid option lang "de".*tùy chọn lang/,
    );
    await expect(reportToXlsx(null as unknown as typeof report)).rejects.toThrow(
      /not a unit report/,
    );
  });
});
