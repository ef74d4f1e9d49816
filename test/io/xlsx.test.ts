// importXlsx: which sheet it reads, cells of every type exceljs gives, files it cannot read.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildAdminIndex } from "../../src/index.js";
import { importXlsx, templateWorkbook } from "../../src/io/index.js";

const HEADERS = [
  "Mã điểm camera",
  "Tên đơn vị",
  "Chủ sở hữu",
  "Ngày lắp",
  "Kết nối phòng trực ban",
  "Mức chia sẻ hình ảnh",
  "Phạm vi ghi hình",
  "Tình trạng",
];

async function book(sheets: Record<string, unknown[][]>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = workbook.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const good = (id: string, unit: unknown = "15532") => [
  id,
  unit,
  { richText: [{ text: "Hộ gia " }, { text: "đình" }] },
  new Date(Date.UTC(2024, 2, 7)),
  true,
  { formula: '"registered"', result: "registered" },
  "road",
  "active",
];

describe("importXlsx", () => {
  it("reads the sheet named after the kind, rich text, formulas, dates and booleans", async () => {
    const bytes = await book({
      "Ghi chú": [["Không phải dữ liệu"]],
      "Điểm camera": [["DANH SÁCH CAMERA"], HEADERS, good("cam-1"), [], good("cam-2")],
    });
    const result = await importXlsx(bytes, { kind: "cameras" });
    expect(result.problems).toEqual([]);
    expect(result.rows).toBe(2);
    expect(result.records).toMatchObject([
      { id: "cam-1", ownerKind: "household", installedOn: "2024-03-07", sharingTier: "registered" },
      { id: "cam-2", connectedToDutyRoom: true },
    ]);
  });

  it("reads the sheet asked for, and names the sheets when it is missing", async () => {
    const bytes = await book({ A: [HEADERS, good("a")], B: [HEADERS, good("b"), good("c")] });
    expect((await importXlsx(bytes, { kind: "cameras" })).rows).toBe(1);
    expect((await importXlsx(bytes, { kind: "cameras", sheet: "b" })).rows).toBe(2);
    const missing = await importXlsx(bytes, { kind: "cameras", sheet: "C" });
    expect(missing.problems.map((p) => p.code)).toEqual(["import-no-sheet"]);
    expect(missing.problems[0]?.message.vi).toContain("A, B");
  });

  it("puts each problem at its sheet, row, column and header, unit names included", async () => {
    const units = buildAdminIndex([
      { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
      { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
      {
        code: "15535",
        name: "Xã Xuân Sinh",
        level: "commune",
        type: "commune",
        parentCode: "38",
        validTo: "2019-12-31",
      },
    ]);
    const bytes = await book({
      "Điểm camera": [
        HEADERS,
        good("a", "Xuân Sinh"),
        good("b", 15532),
        good("c", { error: "#REF!" }),
      ],
    });
    const result = await importXlsx(bytes, { kind: "cameras", units });
    expect(result.records.map((r) => (r as { id: string }).id)).toEqual(["b"]);
    expect(result.problems.map((p) => [p.sheet, p.row, p.column, p.header, p.code])).toEqual([
      ["Điểm camera", 2, "B", "Tên đơn vị", "import-unit-ambiguous"],
      ["Điểm camera", 4, "B", "Tên đơn vị", "import-cell-error"],
    ]);
  });

  it("reports a file that is no workbook, without throwing", async () => {
    const result = await importXlsx(new TextEncoder().encode("not a zip"), { kind: "cameras" });
    expect(result.problems.map((p) => p.code)).toEqual(["import-unreadable-file"]);
    expect(result.rows).toBe(0);
  });

  it("writes a template for every kind that reads back empty", async () => {
    for (const kind of ["teams", "activities", "contributions"] as const) {
      const result = await importXlsx(await templateWorkbook(kind, { rows: 5 }), { kind });
      expect(result).toEqual({ kind, records: [], problems: [], rows: 0 });
    }
  });
});
