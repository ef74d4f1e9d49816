import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AdminUnit,
  buildAdminIndex,
  findUnitsByName,
  type NameResolution,
  normalizeUnitName,
  resolveUnitName,
} from "../../src/admin/index.js";

describe("normalizeUnitName", () => {
  it.each([
    ["Xã Thọ Xuân", "tho xuan"],
    ["xã thọ xuân", "tho xuan"],
    ["XÃ THỌ XUÂN", "tho xuan"],
    ["Xa Tho Xuan", "tho xuan"],
    ["XA THO XUAN", "tho xuan"],
    ["Thọ Xuân", "tho xuan"],
    ["  Thọ   Xuân\u00a0", "tho xuan"],
    ["Thị trấn Thọ Xuân", "tho xuan"],
    ["Thi tran Tho Xuan", "tho xuan"],
    ["Thị Xã Việt Yên", "viet yen"],
    ["Thành phố Hồ Chí Minh", "ho chi minh"],
    ["Thanh Pho Ho Chi Minh", "ho chi minh"],
    ["Tỉnh Bà Rịa - Vũng Tàu", "ba ria-vung tau"],
    ["Tỉnh Bà Rịa – Vũng Tàu", "ba ria-vung tau"],
    ["Đặc khu Côn Đảo", "con dao"],
    ["\u00D0ặc khu Côn \u00D0ảo", "con dao"],
    ["Huyện Đăk Đoa", "dak doa"],
    ["Quận Ba Đình", "ba dinh"],
    ["Phường Phương Liệt", "phuong liet"],
    ["Phương Liệt", "phuong liet"],
    ["phuong liet", "phuong liet"],
    ["Xã Ea H’đing", "ea h'ding"],
    ["Phường\u200b 1", "1"],
    ["Xã", "xa"],
    ["Tỉnh ", "tinh"],
    ["Hoà Bình", "hoa binh"],
    ["Hòa Bình", "hoa binh"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeUnitName(input)).toBe(expected);
  });

  it("gives the same key for NFD input as for NFC", () => {
    const nfd = "Xã Thọ Xuân".normalize("NFD");
    expect(nfd).not.toBe("Xã Thọ Xuân");
    expect(normalizeUnitName(nfd)).toBe("tho xuan");
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
        (name) => {
          const once = normalizeUnitName(name);
          expect(normalizeUnitName(once)).toBe(once);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("is idempotent on Vietnamese-looking names with type words", () => {
    const word = fc.constantFrom(
      "Xã",
      "xa",
      "XA",
      "Phường",
      "Phương",
      "phuong",
      "Thị",
      "trấn",
      "Thành",
      "phố",
      "Tỉnh",
      "tinh",
      "Quận",
      "Đặc",
      "khu",
      "Ð",
      "Liệt",
      "-",
      "–",
      " ",
      "Hòa",
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 6 }), (words) => {
        const once = normalizeUnitName(words.join(" "));
        expect(normalizeUnitName(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same key for the NFC and NFD forms of any string", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: "grapheme" }), fc.string({ unit: "binary" })),
        (name) => {
          expect(normalizeUnitName(name.normalize("NFD"))).toBe(
            normalizeUnitName(name.normalize("NFC")),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("never leaves upper case, diacritics, đ or doubled spaces", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (name) => {
        const key = normalizeUnitName(name);
        expect(key).not.toMatch(/[A-ZĐđ]|\s\s|^\s|\s$/);
        expect(key.normalize("NFD")).not.toMatch(/[\u0300-\u036f]/);
      }),
      { numRuns: 1000 },
    );
  });

  it("is typed as string to string", () => {
    expectTypeOf(normalizeUnitName).toEqualTypeOf<(name: string) => string>();
  });
});

function unit(code: string, name: string, extra: Partial<AdminUnit> = {}): AdminUnit {
  const level = code.length === 2 ? "province" : code.length === 3 ? "district" : "commune";
  const type =
    level === "province" ? "province" : level === "district" ? "rural-district" : "commune";
  return { code, name, level, type, ...extra } as AdminUnit;
}

describe("findUnitsByName and resolveUnitName", () => {
  const index = buildAdminIndex([
    unit("01", "Thành phố Hà Nội", { type: "centrally-run-city", validTo: "2025-06-30" }),
    unit("01", "Thành phố Hà Nội", { type: "centrally-run-city", validFrom: "2025-07-01" }),
    unit("38", "Tỉnh Thanh Hóa"),
    unit("273", "Huyện Đan Phượng", { parentCode: "01", validTo: "2025-06-30" }),
    unit("395", "Huyện Thọ Xuân", { parentCode: "38", validTo: "2025-06-30" }),
    unit("09793", "Xã Thọ Xuân", { parentCode: "273", validTo: "2025-06-30" }),
    unit("15499", "Thị trấn Thọ Xuân", {
      type: "township",
      parentCode: "395",
      validTo: "2025-06-30",
    }),
    unit("15499", "Xã Thọ Xuân", { parentCode: "38", validFrom: "2025-07-01" }),
    unit("00664", "Phường Phương Liệt", {
      type: "ward",
      parentCode: "01",
      validFrom: "2025-07-01",
    }),
    unit("00665", "Phường Liệt", { type: "ward", parentCode: "01", validFrom: "2025-07-01" }),
  ]);

  it("finds every unit of a name with or without diacritics, type word or case", () => {
    const codes = (name: string, options = {}) =>
      findUnitsByName(index, name, options).map((u) => u.code);
    expect(codes("Thọ Xuân")).toEqual(["09793", "15499", "15499", "395"]);
    expect(codes("tho xuan", { at: "2024-01-01" })).toEqual(["09793", "15499", "395"]);
    expect(codes("THỌ XUÂN".normalize("NFD"), { at: "2026-01-01" })).toEqual(["15499"]);
    expect(codes("Huyen Tho Xuan")).toEqual(["395"]);
    expect(codes("Thị trấn Thọ Xuân")).toEqual(["15499"]);
    expect(codes("Thọ Xuân", { level: "district" })).toEqual(["395"]);
    expect(codes("Thọ Xuân", { within: "01" })).toEqual(["09793"]);
    expect(codes("Thọ Xuân", { within: "38", at: "2024-01-01" })).toEqual(["15499", "395"]);
    expect(codes("Thanh Hoa")).toEqual(["38"]);
    expect(codes("\u00D0an Phượng")).toEqual(["273"]);
    expect(codes("Nowhere")).toEqual([]);
  });

  it("tries a plain type word both as a type word and as part of the name", () => {
    expect(findUnitsByName(index, "Phuong Liet").map((u) => u.code)).toEqual(["00664", "00665"]);
    expect(findUnitsByName(index, "phuong liet").map((u) => u.code)).toEqual(["00664", "00665"]);
    expect(findUnitsByName(index, "Phường Liệt").map((u) => u.code)).toEqual(["00665"]);
    expect(findUnitsByName(index, "Phương Liệt").map((u) => u.code)).toEqual(["00664"]);
  });

  it("returns the code of the one unit a name means", () => {
    expect(resolveUnitName(index, "Xã Thọ Xuân", { at: "2026-01-01" })).toMatchObject({
      status: "found",
      code: "15499",
    });
    expect(resolveUnitName(index, "Thọ Xuân", { within: "01" })).toMatchObject({
      status: "found",
      code: "09793",
    });
    expect(resolveUnitName(index, "Thành phố Hà Nội")).toMatchObject({
      status: "found",
      code: "01",
      unit: { validFrom: "2025-07-01" },
    });
  });

  it("lists the candidates, with their codes and provinces, when units in different provinces share a name", () => {
    const result = resolveUnitName(index, "Xã Thọ Xuân");
    expect(result.status).toBe("ambiguous");
    if (result.status !== "ambiguous") return;
    expect(result.candidates.map((u) => u.code)).toEqual(["09793", "15499"]);
    expect(result.message.en).toBe(
      '"Xã Thọ Xuân" matches 2 units: Xã Thọ Xuân (09793, Thành phố Hà Nội, -2025-06-30); Xã Thọ Xuân (15499, Tỉnh Thanh Hóa). Give a level, a date or the unit it is in (within) to choose one',
    );
    expect(result.message.vi).toContain("khớp với 2 đơn vị");
  });

  it("says when no unit has the name", () => {
    expect(resolveUnitName(index, "Xã Không Có")).toEqual({
      status: "not-found",
      message: {
        en: 'No unit is named "Xã Không Có"',
        vi: 'Không có đơn vị nào tên "Xã Không Có"',
      },
    });
    const dated = resolveUnitName(index, "Xã Không Có", { at: "2026-01-01" });
    expect(dated.status === "not-found" && dated.message.vi).toContain("vào ngày 2026-01-01");
    const result: NameResolution = resolveUnitName(index, "Hà Nội", { level: "commune" });
    expect(result.status).toBe("not-found");
  });

  it("names the province of a candidate only when it has one", () => {
    const lonely = buildAdminIndex([
      unit("12345", "Xã Lẻ", { parentCode: "999" }),
      unit("12346", "Xã Lẻ", { parentCode: "99" }),
    ]);
    const result = resolveUnitName(lonely, "Lẻ");
    expect(result.status === "ambiguous" && result.message.en).toContain(
      "Xã Lẻ (12345); Xã Lẻ (12346)",
    );
  });
});

describe("untrusted input: name matching", () => {
  const index = buildAdminIndex([
    unit("38", "Tỉnh Thanh Hóa"),
    unit("395", "Huyện Thọ Xuân", { parentCode: "38" }),
    unit("15532", "Xã Xuân Sinh", { parentCode: "395" }),
    unit("15499", "Thị trấn Thọ Xuân", { type: "township", parentCode: "395" }),
    unit("26734", "Phường 1", { type: "ward", parentCode: "38" }),
    unit("11948", "Đặc khu Bạch Long Vĩ", { type: "special-zone", parentCode: "38" }),
  ]);
  const codes = (name: string) => findUnitsByName(index, name).map((found) => found.code);
  const BIDI = [
    "\u200E",
    "\u200F",
    "\u202A",
    "\u202B",
    "\u202C",
    "\u202D",
    "\u202E",
    "\u2066",
    "\u2067",
    "\u2068",
    "\u2069",
  ];
  const ZERO_WIDTH = ["\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"];

  it.each([
    ["\u202BXã Xuân Sinh\u202C", "15532"],
    ["\u2067Xã Xuân Sinh\u2069", "15532"],
    ["Xã\u200E Xuân\u200F Sinh", "15532"],
    ["X\u202Eã Xuân Sinh", "15532"],
    ["Ｘã Ｘuân Ｓinh", "15532"],
    ["ＸÃ ＸＵÂＮ ＳＩＮＨ", "15532"],
    ["Ｘa Ｘuan Ｓinh", "15532"],
    ["Phường １", "26734"],
    ["Ｐhường\u3000１", "26734"],
    ["Xã Xuân\u200B Sinh", "15532"],
    ["Xã Xuân\u00A0Sinh", "15532"],
    ["Xã Xuân Sinh".normalize("NFD"), "15532"],
    ["\u00D0ặc khu Bạch Long Vĩ", "11948"],
  ])("finds %j", (name, code) => {
    expect(codes(name)).toEqual([code]);
  });

  it("reads bidirectional marks placed between a letter and its diacritics as nothing", () => {
    expect(normalizeUnitName("Xa\u200E\u0300 Xuân Sinh".normalize("NFC"))).toBe(
      normalizeUnitName("Xà Xuân Sinh"),
    );
    expect(codes("Xa\u202E\u0303 Xuân Sinh")).toEqual(["15532"]);
  });

  it("still finds a unit with marks inserted anywhere or its ASCII letters and digits full-width", () => {
    const names = ["Xã Xuân Sinh", "Thị trấn Thọ Xuân", "Phường 1", "Đặc khu Bạch Long Vĩ"];
    const marks = fc.constantFrom(...BIDI, ...ZERO_WIDTH);
    const insertion = fc.array(fc.tuple(fc.nat(), marks), { maxLength: 8 });
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.constantFrom("NFC" as const, "NFD" as const),
        insertion,
        fc.boolean(),
        (name, form, inserts, fullWidth) => {
          let text = name.normalize(form);
          if (fullWidth) {
            text = text.replace(/[A-Za-z0-9]/g, (char) =>
              String.fromCharCode(char.charCodeAt(0) + 0xfee0),
            );
          }
          const chars = [...text];
          for (const [at, mark] of inserts) chars.splice(at % (chars.length + 1), 0, mark);
          const found = findUnitsByName(index, chars.join(""));
          expect(found.map((unit) => unit.name)).toContain(name);
          expect(normalizeUnitName(chars.join(""))).toBe(normalizeUnitName(name));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("repeats at most 200 characters of a name in a message, with invisible characters escaped", () => {
    const result = resolveUnitName(index, `Xã \u202E${"A".repeat(10_000)}`);
    expect(result.status).toBe("not-found");
    if (result.status !== "not-found") return;
    expect(result.message.en).not.toContain("\u202E");
    expect(result.message.en).toContain("\\u202e");
    expect(result.message.en.length).toBeLessThan(300);
    expect(result.message.vi.length).toBeLessThan(300);
  });
});

describe("untrusted input: walks over the hierarchy are bounded", () => {
  // A commune that is its own parent; a commune and a district that are each other's parent.
  const cyclic = buildAdminIndex([
    unit("38", "Tỉnh Thanh Hóa"),
    unit("15532", "Xã Vòng", { parentCode: "15532" }),
    unit("15535", "Xã Vòng", { parentCode: "395" }),
    unit("395", "Huyện Vòng", { parentCode: "15535" }),
  ]);

  it("finds nothing within a unit that is its own parent or in a parent cycle", () => {
    const within = (code: string) =>
      findUnitsByName(cyclic, "Vòng", { within: code }).map((found) => found.code);
    expect(within("15532")).toEqual([]);
    expect(within("38")).toEqual([]);
    expect(within("15535")).toEqual([]);
    expect(within("395")).toEqual(["15535"]);
    expect(within("99")).toEqual([]);
  });

  it("lists candidates in a parent cycle without a province", () => {
    const result = resolveUnitName(cyclic, "Xã Vòng");
    expect(result.status === "ambiguous" && result.message.en).toContain(
      "Xã Vòng (15532); Xã Vòng (15535)",
    );
  });
});
