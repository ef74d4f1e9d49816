import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AdminLoadProblem,
  type AdminLoadResult,
  AdminSuccessionSchema,
  AdminUnitSchema,
  adminUnitTypeFromName,
  buildAdminIndex,
  loadMergesJSON,
  loadOldUnitsCsv,
  loadSplitsJSON,
} from "../../src/admin/index.js";

const HEADER = "province_code,province_name,district_code,district_name,commune_code,commune_name";

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join("\n");
}

function summary(problems: readonly AdminLoadProblem[]) {
  return problems.map((problem) => [
    problem.line,
    problem.code,
    problem.severity,
    problem.path.at(-1),
  ]);
}

/** The links a loader read, each as `old>new kind`. */
function linksOf(result: AdminLoadResult): string[] {
  return result.successions.map((link) => `${link.oldCode}>${link.newCode} ${link.kind}`);
}

/** The problems a loader found, each as its code, its severity and its JSON path. */
function problemsAt(result: AdminLoadResult) {
  return result.problems.map((problem) => [problem.code, problem.severity, problem.path.join(".")]);
}

describe("adminUnitTypeFromName", () => {
  it.each([
    ["Thành phố Hà Nội", "province", undefined, "centrally-run-city"],
    ["Tỉnh Thanh Hóa", "province", undefined, "province"],
    ["Thành phố Sầm Sơn", "district", "province", "provincial-city"],
    ["Thành phố Thủ Đức", "district", "centrally-run-city", "municipal-city"],
    ["Thành Phố Đồng Hới", "district", undefined, "provincial-city"],
    ["Thị Xã Việt Yên", "district", undefined, "district-town"],
    ["Huyện Thọ Xuân", "district", undefined, "rural-district"],
    ["Quận Ba Đình", "district", undefined, "urban-district"],
    ["Xã Xuân Sinh", "commune", undefined, "commune"],
    ["Phường Phúc Xá", "commune", undefined, "ward"],
    ["Thị Trấn Mường Chà", "commune", undefined, "township"],
    ["Đặc khu Côn Đảo", "commune", undefined, "special-zone"],
    ["\u00D0ặc khu Côn Đảo", "commune", undefined, "special-zone"],
    ["Xa Xuan Sinh", "commune", undefined, "commune"],
    ["thi tran Tho Xuan", "commune", undefined, "township"],
    ["Thôn 3", "village", undefined, "village"],
    ["Tổ dân phố 5", "village", undefined, "residential-group"],
    ["Khối phố 2", "village", undefined, "urban-block"],
    ["Ấp Tân Hòa", "village", undefined, "hamlet"],
    ["Ap Tan Hoa", "village", undefined, "hamlet"],
    ["Bản Pá Khoang", "village", undefined, "mountain-village"],
    ["Làng Kim Đới", "village", undefined, "other-village"],
    ["Xã Thọ Xuân", "district", undefined, undefined],
    ["Huyện Kiên Hải", "commune", undefined, undefined],
    ["Xãhội", "commune", undefined, undefined],
  ] as const)("reads %j at %s level as %s", (name, level, parentType, expected) => {
    expect(adminUnitTypeFromName(name, level, { parentType })).toBe(expected);
  });
});

describe("loadOldUnitsCsv", () => {
  it("reads provinces, districts and communes once each, valid until 30 June 2025", () => {
    const result = loadOldUnitsCsv(
      csv(
        "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh",
        "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15499,Thị trấn Thọ Xuân",
        "79,Thành phố Hồ Chí Minh,769,Thành phố Thủ Đức,26800,Phường An Khánh",
      ),
    );
    expect(result.problems).toEqual([]);
    expect(result.successions).toEqual([]);
    expect(
      result.units.map((unit) => [unit.code, unit.type, unit.parentCode, unit.validTo]),
    ).toEqual([
      ["38", "province", undefined, "2025-06-30"],
      ["395", "rural-district", "38", "2025-06-30"],
      ["15532", "commune", "395", "2025-06-30"],
      ["15499", "township", "395", "2025-06-30"],
      ["79", "centrally-run-city", undefined, "2025-06-30"],
      ["769", "municipal-city", "79", "2025-06-30"],
      ["26800", "ward", "769", "2025-06-30"],
    ]);
    for (const unit of result.units) expect(AdminUnitSchema.safeParse(unit).success).toBe(true);
  });

  it("handles quotes, doubled quotes, commas and line breaks inside quotes, CRLF, a BOM and blank lines", () => {
    const text = `\uFEFF${HEADER}\r\n38,"Tỉnh Thanh Hóa",395,"Huyện Thọ Xuân",15532,"Xã ""Xuân"" Sinh"\r\n\r\n38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15499,"Thị trấn Thọ Xuân,\nmới"\n38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,155,Xã Sau\n`;
    const result = loadOldUnitsCsv(text);
    expect(result.units.map((unit) => unit.name)).toEqual([
      "Tỉnh Thanh Hóa",
      "Huyện Thọ Xuân",
      'Xã "Xuân" Sinh',
      "Thị trấn Thọ Xuân, mới",
    ]);
    // The line numbers count the line break inside the quoted field.
    expect(summary(result.problems)).toEqual([
      [6, "unit-code-wrong-level", "error", "commune_code"],
    ]);
    expect(result.problems[0]?.message.vi).toContain("5 chữ số");
  });

  it("reads back any names written as RFC 4180 CSV, whatever quotes, commas and line breaks they hold", () => {
    const quote = (field: string) => `"${field.replaceAll('"', '""')}"`;
    const name = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 30 })
      .map((rest) => `Xã ${rest}`);
    fc.assert(
      fc.property(
        fc.array(name, { minLength: 1, maxLength: 8 }),
        fc.constantFrom("\n", "\r\n"),
        (names, eol) => {
          const rows = names.map(
            (commune, i) =>
              `38,${quote("Tỉnh Thanh Hóa")},395,Huyện Thọ Xuân,${String(15000 + i)},${quote(commune)}`,
          );
          const result = loadOldUnitsCsv([HEADER, ...rows].join(eol) + eol);
          const read = result.units
            .filter((unit) => unit.level === "commune")
            .map((unit) => unit.name);
          const expected = names.map((commune) => commune.replace(/\s+/g, " ").trim());
          // Names that are too long or blank after trimming are reported, never silently lost.
          expect(read.length + result.problems.length).toBeGreaterThanOrEqual(names.length);
          expect(read).toEqual(
            expected.filter((_, i) => result.units.some((unit) => unit.code === String(15000 + i))),
          );
          expect(result.problems.every((problem) => problem.code !== "malformed-csv")).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads the columns in any order, and warns about columns it does not read", () => {
    const text = [
      "commune_name,commune_code,note,district_name,district_code,province_name,province_code",
      "Xã Xuân Sinh,15532,x,Huyện Thọ Xuân,395,Tỉnh Thanh Hóa,38",
    ].join("\n");
    const result = loadOldUnitsCsv(text, { validTo: "2025-06-29" });
    expect(result.units.map((unit) => unit.code)).toEqual(["38", "395", "15532"]);
    expect(result.units[0]?.validTo).toBe("2025-06-29");
    expect(summary(result.problems)).toEqual([[1, "ignored-column", "warning", "note"]]);
  });

  it("reports a malformed line with its number and reads the rest", () => {
    const result = loadOldUnitsCsv(
      csv(
        "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh",
        "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15535",
        '38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15538,Xã "Xuân" Hòa',
        '38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15541,"Xã Xuân"x',
        "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15544,Xã Xuân Lai,extra",
        "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15547,Xã Thọ Hải",
        '38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15550,"Xã Thọ Lâm',
      ),
    );
    expect(result.units.map((unit) => unit.code)).toEqual(["38", "395", "15532", "15547"]);
    expect(summary(result.problems)).toEqual([
      [3, "malformed-csv", "error", 3],
      [4, "malformed-csv", "error", 4],
      [5, "malformed-csv", "error", 5],
      [6, "malformed-csv", "error", 6],
      [8, "malformed-csv", "error", 8],
    ]);
    expect(result.problems[0]?.message.en).toBe(
      "The row has 5 fields, the header 6; the row was not read",
    );
    expect(result.problems[1]?.message.en).toContain("double quote inside unquoted field 6");
    expect(result.problems[2]?.message.en).toContain("after a closing quote in field 6");
    expect(result.problems[4]?.message.vi).toContain("không được đóng");
  });

  it("repairs rows whose district and commune names are swapped, with a warning", () => {
    const result = loadOldUnitsCsv(
      csv(
        "91,Tỉnh Kiên Giang,912,Xã Hòn Tre,31108,Huyện Kiên Hải",
        "91,Tỉnh Kiên Giang,912,Xã Lại Sơn,31111,Huyện Kiên Hải",
      ),
    );
    expect(result.units.map((unit) => [unit.code, unit.name])).toEqual([
      ["91", "Tỉnh Kiên Giang"],
      ["912", "Huyện Kiên Hải"],
      ["31108", "Xã Hòn Tre"],
      ["31111", "Xã Lại Sơn"],
    ]);
    expect(summary(result.problems)).toEqual([
      [2, "swapped-names", "warning", "district_name"],
      [3, "swapped-names", "warning", "district_name"],
    ]);
  });

  it("reports invalid provinces, districts and communes, and the rows under them", () => {
    const result = loadOldUnitsCsv(
      csv(
        "3,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh",
        "3,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15535,Xã Xuân Hòa",
        "40,Nghệ An,412,Huyện Quỳ Châu,16800,Xã Châu Bình",
        "38,Tỉnh Thanh Hóa,39,Huyện Thọ Xuân,15538,Xã Xuân Lai",
        "38,Tỉnh Thanh Hóa,39,Huyện Thọ Xuân,15541,Xã Xuân Lập",
        "38,Tỉnh Thanh Hóa,396,Vùng Thọ Xuân,15544,Xã Thọ Hải",
        "38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15547,Vùng Thọ Lâm",
        "38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15550,Xã Thọ Tân",
        "38,Tỉnh Thanh Hóa,397,Huyện Triệu Sơn,15550,Xã Thọ Tân",
        "38,Tỉnh Thanh Hóa,397,,15553,",
      ),
    );
    expect(result.units.map((unit) => unit.code)).toEqual(["38", "397", "15550"]);
    expect(summary(result.problems)).toEqual([
      [2, "invalid_format", "error", "province_code"],
      [3, "invalid-parent", "error", "province_code"],
      [4, "unknown-unit-type", "error", "province_name"],
      [5, "unit-code-wrong-level", "error", "district_code"],
      [6, "invalid-parent", "error", "district_code"],
      [7, "unknown-unit-type", "error", "district_name"],
      [8, "unknown-unit-type", "error", "commune_name"],
      [10, "duplicate-code", "error", "commune_code"],
      [11, "inconsistent-name", "warning", "district_name"],
      [11, "too_small", "error", "commune_name"],
    ]);
    for (const problem of result.problems) {
      expect(problem.message.en.length).toBeGreaterThan(0);
      expect(problem.message.vi.length).toBeGreaterThan(0);
    }
  });

  it("keeps the first name of a unit named differently on two rows, and refuses a district in two provinces", () => {
    const result = loadOldUnitsCsv(
      csv(
        "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh",
        "38,Tỉnh Thanh Hoá,395,Huyện Thọ Xuân Mới,15535,Xã Xuân Hòa",
        "40,Tỉnh Nghệ An,395,Huyện Thọ Xuân,16800,Xã Châu Bình",
      ),
    );
    expect(result.units.map((unit) => unit.name)).toEqual([
      "Tỉnh Thanh Hóa",
      "Huyện Thọ Xuân",
      "Xã Xuân Sinh",
      "Xã Xuân Hòa",
      "Tỉnh Nghệ An",
    ]);
    expect(summary(result.problems)).toEqual([
      [3, "inconsistent-name", "warning", "province_name"],
      [3, "inconsistent-name", "warning", "district_name"],
      [4, "inconsistent-parent", "error", "province_code"],
    ]);
  });

  it("reports empty text and a header without the columns", () => {
    expect(summary(loadOldUnitsCsv("").problems)).toEqual([
      [undefined, "missing-header", "error", undefined],
    ]);
    const result = loadOldUnitsCsv("code,name\n38,Tỉnh Thanh Hóa");
    expect(result.units).toEqual([]);
    expect(summary(result.problems)).toEqual([[1, "missing-header", "error", 1]]);
    expect(result.problems[0]?.message.en).toContain("province_code, province_name, district_code");
    expect(loadOldUnitsCsv('"province_code\n').problems[0]?.message.en).toContain(
      "cannot be read (A quoted field",
    );
  });

  it("is typed to return units, successions and problems", () => {
    expectTypeOf(loadOldUnitsCsv).returns.toEqualTypeOf<AdminLoadResult>();
    expectTypeOf<AdminLoadProblem["severity"]>().toEqualTypeOf<"error" | "warning">();
  });
});

const MERGES = {
  data: [
    {
      level1_id: "25",
      name: "Tỉnh Phú Thọ",
      merges: [
        { old_id: "25", name: "Tỉnh Phú Thọ", type: "full" },
        { old_id: "26", name: "Tỉnh Vĩnh Phúc", type: "full" },
      ],
      level2s: [
        {
          level2_id: "08001",
          name: "Phường Việt Trì",
          merges: [
            { old_id: "08000", name: "Phường A", type: "full" },
            { old_id: "08002", name: "Phường B", type: "partial" },
          ],
        },
      ],
    },
  ],
};

describe("loadMergesJSON", () => {
  it("reads today's provinces and communes and their links from the old units", () => {
    const result = loadMergesJSON(MERGES);
    expect(result.problems).toEqual([]);
    expect(result.units).toEqual([
      {
        code: "25",
        name: "Tỉnh Phú Thọ",
        level: "province",
        type: "province",
        validFrom: "2025-07-01",
      },
      {
        code: "08001",
        name: "Phường Việt Trì",
        level: "commune",
        type: "ward",
        parentCode: "25",
        validFrom: "2025-07-01",
      },
    ]);
    expect(result.successions).toEqual([
      { oldCode: "25", newCode: "25", kind: "whole", effectiveDate: "2025-07-01" },
      { oldCode: "26", newCode: "25", kind: "whole", effectiveDate: "2025-07-01" },
      { oldCode: "08000", newCode: "08001", kind: "whole", effectiveDate: "2025-07-01" },
      { oldCode: "08002", newCode: "08001", kind: "partial", effectiveDate: "2025-07-01" },
    ]);
    for (const link of result.successions)
      expect(AdminSuccessionSchema.safeParse(link).success).toBe(true);
  });

  it("takes another effective date and a bare array", () => {
    const result = loadMergesJSON(MERGES.data, { effectiveDate: "2027-01-01" });
    expect(result.units[0]?.validFrom).toBe("2027-01-01");
    expect(result.successions[0]?.effectiveDate).toBe("2027-01-01");
  });

  it("reports every bad entry with its JSON path, and reads the good ones", () => {
    const result = loadMergesJSON({
      data: [
        {
          level1_id: "25",
          name: "Tỉnh Phú Thọ",
          merges: [
            { old_id: 26, name: "Tỉnh Vĩnh Phúc", type: "full" },
            { old_id: "27", name: "Tỉnh Bắc Ninh", type: "whole" },
            "28",
          ],
          level2s: [
            {
              level2_id: "08001",
              name: "Phường Việt Trì",
              merges: [{ old_id: "08000", name: "Phường A", type: "full" }],
            },
            {
              level2_id: "0800",
              name: "Phường Sai Mã",
              merges: [{ old_id: "08003", type: "full" }],
            },
            { level2_id: "08004", name: "Khu Lạ", merges: [] },
            { level2_id: "08001", name: "Phường Việt Trì", merges: [] },
            { name: "Phường Không Mã", merges: [] },
            { level2_id: "08005", name: "Xã Thiếu Liên Kết" },
            null,
          ],
        },
        {
          level1_id: "2",
          name: "Tỉnh Sai",
          merges: [],
          level2s: [{ level2_id: "09000", name: "Xã X", merges: [] }],
        },
        { level1_id: "25", name: "Tỉnh Phú Thọ", merges: [], level2s: [] },
        { name: "Tỉnh Không Mã", merges: [], level2s: "none" },
        { level1_id: "30", name: "Vùng Lạ", merges: [], level2s: [] },
        [],
      ],
    });
    expect(result.units.map((unit) => unit.code)).toEqual(["25", "08001", "08005"]);
    expect(result.successions.map((link) => link.oldCode)).toEqual(["08000"]);
    expect(result.problems.map((problem) => [problem.code, problem.path.join(".")])).toEqual([
      ["invalid_type", "data.0.merges.0.old_id"],
      ["invalid-link-type", "data.0.merges.1.type"],
      ["invalid-entry", "data.0.merges.2"],
      ["invalid_format", "data.0.level2s.1.level2_id"],
      ["invalid-parent", "data.0.level2s.1"],
      ["unknown-unit-type", "data.0.level2s.2.name"],
      ["duplicate-code", "data.0.level2s.3.level2_id"],
      ["invalid-entry", "data.0.level2s.4.level2_id"],
      ["invalid-entry", "data.0.level2s.5.merges"],
      ["invalid-entry", "data.0.level2s.6"],
      ["invalid_format", "data.1.level1_id"],
      ["invalid-parent", "data.1"],
      ["duplicate-code", "data.2.level1_id"],
      ["invalid-entry", "data.3.level1_id"],
      ["invalid-entry", "data.3.level2s"],
      ["unknown-unit-type", "data.4.name"],
      ["invalid-entry", "data.5"],
    ]);
    expect(result.problems.every((problem) => problem.severity === "error")).toBe(true);
    expect(result.problems[1]?.message.en).toBe(
      'Expected the link type "full" or "partial", got "whole"; the link was not read',
    );
    expect(result.problems[4]?.message.vi).toBe(
      "1 liên kết của mục này không được đọc vì mục không hợp lệ",
    );
    expect(result.problems[11]?.message.en).toBe(
      "The 1 communes of this entry were not read because the entry is invalid",
    );
  });

  it("reports input that is not merges.json at all", () => {
    for (const input of [undefined, null, "merges.json", { data: {} }, 42]) {
      const result = loadMergesJSON(input);
      expect(result.units).toEqual([]);
      expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
        ["not-a-reorganisation-file", []],
      ]);
    }
    expect(loadMergesJSON({ rows: "x".repeat(100) }).problems[0]?.message.en).toContain("...");
  });
});

const SPLITS = {
  data: [
    {
      level1_id: "31",
      name: "Thành phố Hải Phòng",
      splits: [{ new_id: "31", name: "Thành phố Hải Phòng" }],
      level2s: [
        {
          level2_id: "318",
          name: "Huyện Bạch Long Vĩ",
          splits: [{ new_id: "11948", name: "Đặc khu Bạch Long Vĩ" }],
        },
      ],
      level3s: [
        { level3_id: "11200", name: "Phường A", splits: [{ new_id: "11201", name: "Phường X" }] },
        {
          level3_id: "11203",
          name: "Phường B",
          splits: [
            { new_id: "11201", name: "Phường X" },
            { new_id: "11204", name: "Phường Y" },
          ],
        },
      ],
    },
  ],
};

describe("loadSplitsJSON", () => {
  it("reads old provinces, island districts and the links of every old unit", () => {
    const result = loadSplitsJSON(SPLITS);
    expect(result.problems).toEqual([]);
    expect(result.units).toEqual([
      {
        code: "31",
        name: "Thành phố Hải Phòng",
        level: "province",
        type: "centrally-run-city",
        validTo: "2025-06-30",
      },
      {
        code: "318",
        name: "Huyện Bạch Long Vĩ",
        level: "district",
        type: "rural-district",
        parentCode: "31",
        validTo: "2025-06-30",
      },
    ]);
    expect(linksOf(result)).toEqual([
      "31>31 whole",
      "318>11948 whole",
      "11200>11201 whole",
      "11203>11201 partial",
      "11203>11204 partial",
    ]);
  });

  it("dates the old units the day before the effective date unless told", () => {
    expect(loadSplitsJSON(SPLITS, { effectiveDate: "2027-01-01" }).units[0]?.validTo).toBe(
      "2026-12-31",
    );
    expect(loadSplitsJSON(SPLITS.data, { validTo: "2025-06-29" }).units[0]?.validTo).toBe(
      "2025-06-29",
    );
  });

  it("reports every bad entry with its JSON path", () => {
    const result = loadSplitsJSON({
      data: [
        {
          level1_id: "31",
          name: "Thành phố Hải Phòng",
          splits: [{ new_id: "31" }, 31],
          level2s: [
            { level2_id: "318", name: "Huyện Bạch Long Vĩ", splits: [] },
            { level2_id: "31", name: "Huyện Sai", splits: [{ new_id: "11948" }] },
            { level2_id: "319", name: "Huyện Thiếu" },
            { level2_id: 320, name: "Huyện Số" },
            false,
          ],
          level3s: [
            { level3_id: "11200", splits: [{ new_id: "1120" }] },
            { level3_id: "11200", splits: [{ new_id: "11201" }] },
            { level3_id: "11203" },
            "11206",
          ],
        },
        {
          level1_id: "3",
          name: "Tỉnh Sai",
          splits: [],
          level3s: [{ level3_id: "11300", splits: [] }],
        },
        { level1_id: "32", name: "Tỉnh Thiếu", splits: [] },
        7,
      ],
    });
    expect(result.units.map((unit) => unit.code)).toEqual(["31", "318", "319", "32"]);
    expect(result.problems.map((problem) => [problem.code, problem.path.join(".")])).toEqual([
      ["invalid-entry", "data.0.splits.1"],
      ["no-successor-listed", "data.0.level2s.0.splits"],
      ["duplicate-code", "data.0.level2s.1.level2_id"],
      ["invalid-entry", "data.0.level2s.2.splits"],
      ["invalid-entry", "data.0.level2s.3.level2_id"],
      ["invalid-entry", "data.0.level2s.3.splits"],
      ["invalid-entry", "data.0.level2s.4"],
      ["invalid_format", "data.0.level3s.0.splits.0.new_id"],
      ["duplicate-code", "data.0.level3s.1.level3_id"],
      ["invalid-entry", "data.0.level3s.2.splits"],
      ["invalid-entry", "data.0.level3s.3"],
      ["invalid_format", "data.1.level1_id"],
      ["invalid-parent", "data.1"],
      ["invalid-entry", "data.2.level3s"],
      ["no-successor-listed", "data.2.splits"],
      ["invalid-entry", "data.3"],
    ]);
  });

  it("reports input that is not splits.json", () => {
    expect(loadSplitsJSON("{}").problems.map((problem) => problem.code)).toEqual([
      "not-a-reorganisation-file",
    ]);
    expect(loadSplitsJSON({}).units).toEqual([]);
  });
});

describe("the loaders' date options", () => {
  it("are checked once, and nothing is read with a date that does not exist", () => {
    const csvResult = loadOldUnitsCsv(
      csv("38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh"),
      {
        validTo: "2025-06-31",
      },
    );
    expect(csvResult.units).toEqual([]);
    expect(csvResult.problems.map((problem) => [problem.code, problem.path])).toEqual([
      ["invalid-option", ["options", "validTo"]],
    ]);
    expect(loadMergesJSON(MERGES, { effectiveDate: "1 July 2025" }).problems[0]?.message.en).toBe(
      'The option effectiveDate must be a date YYYY-MM-DD, not "1 July 2025"; nothing was read',
    );
    expect(
      loadSplitsJSON(SPLITS, { effectiveDate: "2025-02-30" }).problems.map((p) => p.path),
    ).toEqual([["options", "effectiveDate"]]);
    expect(loadSplitsJSON(SPLITS, { validTo: "2025-6-30" }).units).toEqual([]);
  });
});

describe("untrusted input: loaders", () => {
  const JSON_LOADERS = [
    ["loadMergesJSON", loadMergesJSON],
    ["loadSplitsJSON", loadSplitsJSON],
  ] as const;
  const ROW = "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh";

  function messages(result: AdminLoadResult): string[] {
    return result.problems.flatMap((problem) => [problem.message.en, problem.message.vi]);
  }

  it.each(JSON_LOADERS)(
    "%s describes JSON nested 5,000 levels deep without overflowing the stack",
    (_, load) => {
      const deep = `${"[".repeat(5000)}${"]".repeat(5000)}`;
      for (const input of [
        JSON.parse(`{"data":${deep}}`),
        JSON.parse(`{"data":[{"level1_id":${deep},"name":"Tỉnh A"}]}`),
        JSON.parse(`{"data":${"[".repeat(5000)}{"a":1}${"]".repeat(5000)}}`),
      ]) {
        const result = load(input);
        expect(result.problems.length).toBeGreaterThan(0);
        for (const message of messages(result)) expect(message.length).toBeLessThan(400);
      }
      expect(load(JSON.parse(`{"data":${deep}}`)).problems[0]?.message.en).toBe(
        "Expected an object, got [[[[...]]]]; the entry was not read",
      );
    },
  );

  it.each(JSON_LOADERS)(
    "%s repeats at most 200 characters of a value, with invisible characters escaped",
    (_, load) => {
      const long = `\u202E${"1".repeat(1_000_000)}`;
      const result = load({
        data: [
          {
            level1_id: long,
            name: `Tỉnh \u202E${"A".repeat(1_000_000)}`,
            level2s: [],
            level3s: [],
          },
          { level1_id: { [long]: [long, long] }, name: "Tỉnh A" },
        ],
      });
      expect(result.problems.length).toBeGreaterThan(2);
      for (const message of messages(result)) {
        expect(message.length).toBeLessThan(600);
        expect(message).not.toContain("\u202E");
      }
      expect(messages(result).join(" ")).toContain("\\u202e");
    },
  );

  it.each(JSON_LOADERS)(
    "%s reports getters and Proxies that throw, and arrays that lie about their length",
    (_, load) => {
      const hostile = new Proxy(
        {},
        {
          get() {
            throw new Error("get");
          },
          ownKeys() {
            throw new Error("ownKeys");
          },
          getPrototypeOf() {
            throw new Error("getPrototypeOf");
          },
        },
      );
      const { proxy: revoked, revoke } = Proxy.revocable({}, {});
      revoke();
      const throwing = {
        get level1_id(): string {
          throw new Error("getter");
        },
        name: "Tỉnh A",
        merges: [revoked, { old_id: hostile, type: "full" }],
        splits: [revoked, { new_id: hostile }],
        level2s: [],
        level3s: [],
      };
      const liar = new Proxy([], { get: (_target, key) => (key === "length" ? 1e12 : undefined) });
      const inputs: unknown[] = [
        hostile,
        revoked,
        liar,
        {
          get data(): unknown {
            throw new Error("data");
          },
        },
        { data: [hostile, revoked, throwing, liar] },
        { data: liar },
        [
          {
            level1_id: "01",
            name: "Thành phố Hà Nội",
            merges: liar,
            splits: liar,
            level2s: liar,
            level3s: liar,
          },
        ],
      ];
      for (const input of inputs) {
        const result = load(input);
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.every((problem) => problem.severity === "error")).toBe(true);
      }
      const paths = load({ data: [hostile, revoked, throwing] }).problems.map((problem) =>
        problem.path.join("."),
      );
      expect(paths).toContain("data.0.level1_id");
      expect(paths).toContain("data.1");
      expect(paths).toContain("data.2.level1_id");
      expect(messages(load({ data: [revoked] }))[0]).toBe(
        "Expected an object, got a value that cannot be read (reading it threw an error); the entry was not read",
      );
      expect(messages(load({ data: [hostile] }))[0]).toBe(
        "Expected a string in level1_id, got a value that cannot be read (reading it threw an error); the entry was not read",
      );
      expect(load(liar).problems[0]?.message.en).toContain("1000000000000");
    },
  );

  it.each(JSON_LOADERS)(
    "%s gives problems for any JavaScript value, never throws, and adds nothing to Object.prototype",
    (_, load) => {
      const before = Object.getOwnPropertyNames(Object.prototype);
      const anything = fc.anything({
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
        withUnicodeString: true,
      });
      // Values where the loaders look for entries, fields and links, not only at the root.
      const shaped = fc.oneof(
        anything,
        anything.map((value) => ({ data: value })),
        anything.map((value) => ({ data: [value] })),
        fc
          .record({
            level1_id: fc.oneof(fc.constant("01"), anything),
            name: fc.oneof(fc.constant("Thành phố Hà Nội"), anything),
            merges: anything,
            splits: anything,
            level2s: anything,
            level3s: anything,
          })
          .map((entry) => ({ data: [entry] })),
        fc
          .record({
            level2_id: fc.oneof(fc.constant("00004"), anything),
            level3_id: fc.oneof(fc.constant("00004"), anything),
            name: fc.oneof(fc.constant("Phường Ba Đình"), anything),
            merges: fc.array(
              fc.record({ old_id: anything, type: fc.oneof(fc.constant("full"), anything) }),
            ),
            splits: fc.array(fc.record({ new_id: anything })),
          })
          .map((child) => ({
            data: [
              {
                level1_id: "01",
                name: "Thành phố Hà Nội",
                merges: [],
                splits: [{ new_id: "01" }],
                level2s: [child],
                level3s: [child],
              },
            ],
          })),
      );
      fc.assert(
        fc.property(shaped, (input) => {
          const result = load(input);
          expect(Array.isArray(result.problems)).toBe(true);
          for (const message of messages(result)) expect(message.length).toBeLessThan(1000);
          expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
        }),
        { numRuns: 1000 },
      );
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(before);
    },
  );

  it("reads a new unit listed twice in one unit's splits as one whole link, with a warning", () => {
    const result = loadSplitsJSON({
      data: [
        {
          level1_id: "01",
          name: "Thành phố Hà Nội",
          splits: [{ new_id: "01" }],
          level3s: [
            { level3_id: "00007", splits: [{ new_id: "00008" }, { new_id: "00008" }] },
            {
              level3_id: "00010",
              splits: [{ new_id: "00008" }, { new_id: "00025" }, { new_id: "00008" }],
            },
          ],
        },
      ],
    });
    expect(linksOf(result)).toEqual([
      "01>01 whole",
      "00007>00008 whole",
      "00010>00008 partial",
      "00010>00025 partial",
    ]);
    expect(problemsAt(result)).toEqual([
      ["duplicate-link", "warning", "data.0.level3s.0.splits.1.new_id"],
      ["duplicate-link", "warning", "data.0.level3s.1.splits.2.new_id"],
    ]);
    expect(result.problems[0]?.message.en).toContain('first at ["data",0,"level3s",0,"splits",0]');
    const index = buildAdminIndex(
      [
        {
          code: "00007",
          name: "Phường Cống Vị",
          level: "commune",
          type: "ward",
          parentCode: "01",
          validTo: "2025-06-30",
        },
        {
          code: "00008",
          name: "Phường Ngọc Hà",
          level: "commune",
          type: "ward",
          parentCode: "01",
          validFrom: "2025-07-01",
        },
        { code: "01", name: "Thành phố Hà Nội", level: "province", type: "centrally-run-city" },
      ],
      result.successions,
    );
    expect(index.resolveUnit("00007")).toMatchObject({ status: "merged", unit: { code: "00008" } });
  });

  it("reads an old unit listed twice in one new unit's merges once, as first given, with a warning", () => {
    const result = loadMergesJSON({
      data: [
        {
          level1_id: "25",
          name: "Tỉnh Phú Thọ",
          merges: [
            { old_id: "26", type: "full" },
            { old_id: "26", type: "full" },
          ],
          level2s: [
            {
              level2_id: "08001",
              name: "Xã Bình Minh",
              merges: [
                { old_id: "08000", type: "full" },
                { old_id: "08000", type: "partial" },
              ],
            },
          ],
        },
      ],
    });
    expect(linksOf(result)).toEqual(["26>25 whole", "08000>08001 whole"]);
    expect(problemsAt(result)).toEqual([
      ["duplicate-link", "warning", "data.0.merges.1.old_id"],
      ["duplicate-link", "warning", "data.0.level2s.0.merges.1.old_id"],
    ]);
    expect(result.problems[1]?.message.en).toContain('as "full"; here as "partial"');
    expect(result.problems[1]?.message.vi).toContain("hai lần");
  });

  it("reports a column given twice in the header at line 1 and reads no row", () => {
    const result = loadOldUnitsCsv([`${HEADER},Commune_Code`, `${ROW},15533`].join("\n"));
    expect(result.units).toEqual([]);
    expect(summary(result.problems)).toEqual([[1, "duplicate-column", "error", "commune_code"]]);
    expect(result.problems[0]?.path).toEqual([1, "commune_code"]);
    expect(result.problems[0]?.message.en).toContain("commune_code 2 times (columns 5, 7)");
    expect(result.problems[0]?.message.vi).toContain("commune_code");
    const alsoMissing = loadOldUnitsCsv("province_code,province_code\n38,38");
    expect(alsoMissing.problems.map((problem) => problem.code)).toEqual([
      "duplicate-column",
      "missing-header",
    ]);
  });

  it("reads bytes as UTF-8, like the same text, and a byte-order mark in text or bytes", () => {
    const text = csv(ROW);
    const expected = loadOldUnitsCsv(text);
    expect(expected.units).toHaveLength(3);
    const bytes = new TextEncoder().encode(text);
    expect(loadOldUnitsCsv(bytes)).toEqual(expected);
    expect(loadOldUnitsCsv(Buffer.from(text, "utf8"))).toEqual(expected);
    expect(loadOldUnitsCsv(`\uFEFF${text}`)).toEqual(expected);
    expect(loadOldUnitsCsv(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual(expected);
    expect(loadOldUnitsCsv(`\uFEFF"province_code",${HEADER.slice(14)}\n${ROW}`)).toEqual(expected);
  });

  it("reports bytes that are not UTF-8, and input that is neither text nor bytes, without throwing", () => {
    const latin1 = loadOldUnitsCsv(new Uint8Array([0x58, 0xe3, 0x20, 0xff]));
    expect(latin1.units).toEqual([]);
    expect(latin1.problems.map((problem) => [problem.code, problem.severity])).toEqual([
      ["invalid-encoding", "error"],
    ]);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    for (const input of [undefined, null, 42, {}, [HEADER], new ArrayBuffer(4), revoked.proxy]) {
      const result = loadOldUnitsCsv(input as unknown as string);
      expect(result.units).toEqual([]);
      expect(result.problems.map((problem) => [problem.code, problem.path])).toEqual([
        ["invalid-input", []],
      ]);
    }
    expect(loadOldUnitsCsv(42 as unknown as string).problems[0]?.message.vi).toContain(
      "nhận được 42",
    );
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withTypedArray: true }), (input) => {
        expect(Array.isArray(loadOldUnitsCsv(input as string).problems)).toBe(true);
      }),
    );
  });

  it("repeats at most 200 characters of a CSV field, with invisible characters escaped", () => {
    const name = `Tỉnh \u202E${"A".repeat(100_000)}`;
    const result = loadOldUnitsCsv(csv(ROW, `38,${name},395,Huyện Thọ Xuân,15535,Xã Xuân Hòa`));
    expect(result.units).toHaveLength(4);
    expect(summary(result.problems)).toEqual([
      [3, "inconsistent-name", "warning", "province_name"],
    ]);
    for (const message of messages(result)) {
      expect(message.length).toBeLessThan(400);
      expect(message).not.toContain("\u202E");
      expect(message).toContain('"Tỉnh \\u202eAAA');
      expect(message).toContain('..."');
    }
  });

  it("is typed to take text or bytes", () => {
    expectTypeOf(loadOldUnitsCsv).parameter(0).toEqualTypeOf<string | Uint8Array>();
  });
});
