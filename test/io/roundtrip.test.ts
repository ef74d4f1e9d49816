// The "Done when" of issue 15: a generated template, filled with 1,000 rows of mixed valid
// and invalid values as people write them, imports into exactly the intended records plus
// exactly the intended problems, each at its row and column.
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { CAMERA_OWNER_KIND_LABELS, CameraPointSchema } from "../../src/index.js";
import {
  columnLetter,
  IMPORT_HEADERS,
  importXlsx,
  LISTS_SHEET,
  templateWorkbook,
} from "../../src/io/index.js";

const columns = IMPORT_HEADERS.cameras;
const letterOf = (key: string) => {
  const index = columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`no column ${key}`);
  return columnLetter(index);
};

type Cells = Record<string, unknown>;
interface Intended {
  cells: Cells;
  record?: unknown;
  problems: { column: string; code: string }[];
}

const OWNERS = Object.keys(CAMERA_OWNER_KIND_LABELS) as (keyof typeof CAMERA_OWNER_KIND_LABELS)[];

/** Row i of the sheet: what a person writes, and what it must give. */
function intended(i: number): Intended {
  const owner = OWNERS[i % OWNERS.length] as keyof typeof CAMERA_OWNER_KIND_LABELS;
  const day = (i % 28) + 1;
  const month = (i % 12) + 1;
  const year = 2015 + (i % 10);
  const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // Dates as people write them: text, a real date cell, an Excel serial.
  const installed =
    i % 3 === 0
      ? `${day}/${month}/${year}`
      : i % 3 === 1
        ? new Date(Date.UTC(year, month - 1, day))
        : (Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000;
  const connected = i % 4 !== 0;
  const cells: Cells = {
    id: `cam-${i}`,
    unitCode: i % 2 === 0 ? "15532" : 15532,
    ownerKind: i % 5 === 0 ? owner : CAMERA_OWNER_KIND_LABELS[owner].vi,
    installedOn: installed,
    connectedToDutyRoom: connected ? (i % 8 === 1 ? "x" : "Có") : "Không",
    sharingTier: connected ? "Chia sẻ hình ảnh trực tiếp" : "chi dang ky voi cong an xa",
    coverage: i % 2 === 0 ? "Đường giao thông; Nơi công cộng" : "road",
    status: "Đang hoạt động",
    lenses: i % 6 === 0 ? undefined : String((i % 4) + 1),
    "funding.0.source": i % 3 === 0 ? "Hộ gia đình" : undefined,
    "funding.0.amount": i % 3 === 0 ? (i % 2 === 0 ? "12,5 triệu" : "1.234.567 đ") : undefined,
    "location.lat": i % 10 === 0 ? "19,87" : undefined,
    "location.lng": i % 10 === 0 ? 105.34 : undefined,
  };
  const input: Record<string, unknown> = {
    id: `cam-${i}`,
    unitCode: "15532",
    ownerKind: owner,
    installedOn: iso,
    connectedToDutyRoom: connected,
    sharingTier: connected ? "live-view" : "registered",
    coverage: i % 2 === 0 ? ["road", "public-place"] : ["road"],
    status: "active",
  };
  if (cells["lenses"] !== undefined) input["lenses"] = (i % 4) + 1;
  if (i % 3 === 0) {
    input["funding"] = [{ source: "household", amount: i % 2 === 0 ? 12_500_000 : 1_234_567 }];
  }
  if (i % 10 === 0) input["location"] = { lat: 19.87, lng: 105.34 };
  // One defect in every seventh row, of six kinds, at a known cell.
  if (i % 7 === 3) {
    switch (Math.floor(i / 7) % 6) {
      case 0:
        cells["installedOn"] = "31/02/2024";
        return { cells, problems: [{ column: "installedOn", code: "import-not-a-date" }] };
      case 1:
        cells["ownerKind"] = "Nhà hàng xóm";
        return { cells, problems: [{ column: "ownerKind", code: "import-unknown-code" }] };
      case 2:
        cells["lenses"] = "hai";
        return { cells, problems: [{ column: "lenses", code: "import-not-a-number" }] };
      case 3:
        cells["lenses"] = 0;
        return { cells, problems: [{ column: "lenses", code: "too_small" }] };
      case 4:
        cells["connectedToDutyRoom"] = "Không";
        cells["sharingTier"] = "Chia sẻ hình ảnh trực tiếp";
        return {
          cells,
          problems: [{ column: "sharingTier", code: "camera-live-view-not-connected" }],
        };
      default:
        cells["status"] = "Đã tháo dỡ";
        return { cells, problems: [{ column: "removedOn", code: "camera-removed-without-date" }] };
    }
  }
  return { cells, record: CameraPointSchema.parse(input), problems: [] };
}

async function filledTemplate(rows: Intended[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateWorkbook("cameras")) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  rows.forEach((row, i) => {
    for (const [key, value] of Object.entries(row.cells)) {
      if (value === undefined) continue;
      const index = columns.findIndex((c) => c.key === key);
      sheet.getCell(3 + i, index + 1).value = value as ExcelJS.CellValue;
    }
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("a filled template, 1,000 rows", () => {
  it("imports into exactly the intended records and problems", async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => intended(i));
    const result = await importXlsx(await filledTemplate(rows), { kind: "cameras" });
    expect(result.rows).toBe(1000);
    expect(result.records).toEqual(rows.flatMap((row) => (row.record ? [row.record] : [])));
    const expected = rows.flatMap((row, i) =>
      row.problems.map((p) => ({
        sheet: "Điểm camera",
        row: 3 + i,
        column: letterOf(p.column),
        header: columns.find((c) => c.key === p.column)?.header.vi,
        code: p.code,
        severity: "error",
      })),
    );
    expect(
      result.problems.map(({ sheet, row, column, header, code, severity }) => ({
        sheet,
        row,
        column,
        header,
        code,
        severity,
      })),
    ).toEqual(expected);
    expect(expected.length).toBeGreaterThan(100);
    for (const problem of result.problems) {
      expect(problem.message.vi).toContain(problem.header);
      expect(problem.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe("templateWorkbook", () => {
  it("has the headers, a note row and drop-down lists of the code lists", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateWorkbook("cameras")) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Điểm camera") as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(columns.map((c) => c.header.vi));
    const notes = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(notes).toHaveLength(columns.length);
    expect(notes[0]).toMatch(/^Bắt buộc/);
    const owner = columns.findIndex((c) => c.key === "ownerKind") + 1;
    const validation = sheet.getCell(500, owner).dataValidation;
    expect(validation.type).toBe("list");
    const lists = workbook.getWorksheet(LISTS_SHEET) as ExcelJS.Worksheet;
    expect(lists.state).toBe("hidden");
    const listed = String(validation.formulae?.[0]);
    const letter = /\$([A-Z]+)\$2/.exec(listed)?.[1] as string;
    const labels = Object.values(CAMERA_OWNER_KIND_LABELS).map((l) => l.vi);
    const cells = labels.map((_, i) => lists.getCell(`${letter}${i + 2}`).value);
    expect(cells).toEqual(labels);
    const connected = columns.findIndex((c) => c.key === "connectedToDutyRoom") + 1;
    expect(sheet.getCell(3, connected).dataValidation.formulae).toEqual(['"Có,Không"']);
  });

  it("in English, with English headers, and a blank template reads as no rows", async () => {
    const bytes = await templateWorkbook("incidents", { lang: "en", rows: 10 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.name).toBe("Incidents");
    expect(sheet.getCell(1, 1).value).toBe(IMPORT_HEADERS.incidents[0]?.header.en);
    const result = await importXlsx(bytes, { kind: "incidents" });
    expect(result).toEqual({ kind: "incidents", records: [], problems: [], rows: 0 });
  });
});
