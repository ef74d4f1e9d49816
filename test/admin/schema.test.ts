import { describe, expect, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import * as admin from "../../src/admin/index.js";
import {
  ADMIN_LEVEL_LABELS,
  ADMIN_LEVELS,
  ADMIN_UNIT_TYPE_LABELS,
  ADMIN_UNIT_TYPE_LEVEL,
  type AdminLevel,
  AdminLevelSchema,
  type AdminSuccession,
  type AdminSuccessionSchema,
  type AdminUnit,
  type AdminUnitPeriod,
  AdminUnitSchema,
  type AdminUnitType,
  AdminUnitTypeSchema,
  levelOfCode,
  SuccessionKindSchema,
} from "../../src/admin/index.js";
import { label, validate } from "../../src/core/index.js";
import { describeFixtures } from "../support/fixtures.js";

describe("code lists", () => {
  it("labels every level and type in Vietnamese and English", () => {
    expect(AdminLevelSchema.options).toEqual(["province", "district", "commune", "village"]);
    expect(ADMIN_LEVELS).toEqual(AdminLevelSchema.options);
    expect(label(ADMIN_LEVEL_LABELS, "district")).toBe("Cấp huyện");
    expect(label(ADMIN_UNIT_TYPE_LABELS, "centrally-run-city")).toBe(
      "Thành phố trực thuộc trung ương",
    );
    expect(label(ADMIN_UNIT_TYPE_LABELS, "provincial-city")).toBe("Thành phố thuộc tỉnh");
    expect(label(ADMIN_UNIT_TYPE_LABELS, "residential-group", "en")).toBe("Residential group");
    for (const type of AdminUnitTypeSchema.options) {
      expect(ADMIN_LEVELS).toContain(ADMIN_UNIT_TYPE_LEVEL[type]);
      expect(ADMIN_UNIT_TYPE_LABELS[type].vi.length).toBeGreaterThan(0);
    }
    expect(SuccessionKindSchema.options).toEqual(["whole", "partial", "possible"]);
  });

  it("names the Vietnamese types the brief lists", () => {
    const vi = Object.values(ADMIN_UNIT_TYPE_LABELS).map((entry) => entry.vi);
    for (const word of [
      "Tỉnh",
      "Huyện",
      "Quận",
      "Thị xã",
      "Xã",
      "Phường",
      "Thị trấn",
      "Đặc khu",
      "Thôn",
      "Khối phố",
      "Tổ dân phố",
      "Ấp",
      "Bản",
    ]) {
      expect(vi).toContain(word);
    }
  });
});

describe("levelOfCode", () => {
  it.each([
    ["38", "province"],
    ["395", "district"],
    ["15532", "commune"],
    ["15532.thon-3", "village"],
    ["3", undefined],
    ["1553", undefined],
    ["15532.", undefined],
    ["abc", undefined],
  ] as const)("reads %j as %s", (code, level) => {
    expect(levelOfCode(code)).toBe(level);
  });
});

describe("AdminUnitSchema", () => {
  describe("population", () => {
    const commune = {
      code: "15532",
      name: "Xã Xuân Sinh",
      level: "commune" as const,
      type: "commune" as const,
      parentCode: "395",
    };
    const issues = (population: unknown) => {
      const result = validate(AdminUnitSchema, { ...commune, population });
      return result.success
        ? []
        : result.issues.map((issue) => [issue.code, issue.path.join("."), issue.message.vi]);
    };

    it("holds residents and households counted on days, one count per day", () => {
      expect(
        issues([
          { asOf: "2023-12-31", residents: 12_100, households: 3_050 },
          { asOf: "2024-12-31", residents: 12_450 },
        ]),
      ).toEqual([]);
      expect(
        issues([
          { asOf: "2024-12-31", residents: 12_450 },
          { asOf: "2024-12-31", households: 3_120 },
        ]),
      ).toEqual([
        [
          "unit-population-day-repeated",
          "population.1.asOf",
          "Đơn vị có hai số liệu dân số cùng ngày 2024-12-31",
        ],
      ]);
    });

    it("refuses more households than residents, and a count of neither", () => {
      expect(issues([{ asOf: "2024-12-31", residents: 3_120, households: 12_450 }])).toEqual([
        [
          "unit-households-exceed-residents",
          "population.0.households",
          "Số hộ (12450) lớn hơn số nhân khẩu (3120)",
        ],
      ]);
      expect(issues([{ asOf: "2024-12-31" }]).map(([code]) => code)).toEqual([
        "unit-population-empty",
      ]);
      expect(issues([{ asOf: "2024-12-31", residents: -1 }])).not.toEqual([]);
    });
  });

  it("gives bilingual messages for its own rules", () => {
    const result = validate(AdminUnitSchema, {
      code: "395",
      name: "Xã Xuân Sinh",
      level: "commune",
      type: "rural-district",
      validFrom: "2025-07-01",
      validTo: "2025-06-30",
    });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(
      result.issues.map((issue) => [issue.path.join("."), issue.message.en, issue.message.vi]),
    ).toEqual([
      [
        "code",
        "A commune code is 5 digits, not 395",
        "Mã đơn vị cấp xã là 5 chữ số, không phải 395",
      ],
      [
        "type",
        "The type rural-district is a district-level type, not a commune-level one",
        'Loại "Huyện" thuộc cấp huyện, không thuộc cấp xã',
      ],
      [
        "parentCode",
        "A commune must name its parent unit",
        "Đơn vị cấp xã phải có mã đơn vị cấp trên",
      ],
      [
        "validTo",
        "The unit ends (2025-06-30) before it starts (2025-07-01)",
        "Ngày hết hiệu lực (2025-06-30) trước ngày có hiệu lực (2025-07-01)",
      ],
    ]);
  });

  it("accepts a first history entry without a start only", () => {
    const base = {
      code: "38",
      name: "Tỉnh Thanh Hóa",
      level: "province",
      type: "province",
    } as const;
    expect(
      AdminUnitSchema.safeParse({ ...base, history: [{ validTo: "2000-01-01", name: "A" }] })
        .success,
    ).toBe(true);
    const twoOpen = validate(AdminUnitSchema, {
      ...base,
      history: [
        { validTo: "2000-01-01", name: "A" },
        { validTo: "2001-01-01", name: "B" },
      ],
    });
    expect(twoOpen.success ? [] : twoOpen.issues.map((issue) => issue.path.join("."))).toContain(
      "history.1.validFrom",
    );
    const beforeStart = validate(AdminUnitSchema, {
      ...base,
      validFrom: "2000-01-01",
      history: [{ validFrom: "1999-01-01", validTo: "2000-06-01", name: "A" }],
    });
    expect(
      beforeStart.success ? [] : beforeStart.issues.map((issue) => issue.path.join(".")),
    ).toEqual(["history.0"]);
    const parentOfProvince = validate(AdminUnitSchema, {
      ...base,
      history: [{ validTo: "2000-01-01", parentCode: "01" }],
    });
    expect(
      parentOfProvince.success ? [] : parentOfProvince.issues.map((issue) => issue.path.join(".")),
    ).toEqual(["history.0.parentCode"]);
  });

  it("infers the types apps use", () => {
    expectTypeOf<AdminUnit["code"]>().toEqualTypeOf<string>();
    expectTypeOf<AdminUnit["level"]>().toEqualTypeOf<AdminLevel>();
    expectTypeOf<AdminUnit["type"]>().toEqualTypeOf<AdminUnitType>();
    expectTypeOf<AdminUnit["validTo"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<AdminUnit["history"]>().toEqualTypeOf<AdminUnitPeriod[] | undefined>();
    expectTypeOf<AdminSuccession["kind"]>().toEqualTypeOf<"whole" | "partial" | "possible">();
    expectTypeOf<AdminUnit["aliases"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<AdminSuccession["basis"]>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf<AdminLevel>().toEqualTypeOf<"province" | "district" | "commune" | "village">();
    expectTypeOf<"ward">().toExtend<AdminUnitType>();
    expectTypeOf<z.input<typeof AdminSuccessionSchema>>().toHaveProperty("effectiveDate");
  });
});

describeFixtures({
  title: "fixtures of test/fixtures/*/admin.json",
  domain: "admin",
  schemas: admin,
  atLeast: 25,
  validSchemas: ["AdminUnitSchema", "AdminSuccessionSchema"],
  countName: "has at least 25 bad records and a valid record of each schema",
  more: ({ invalid }) => {
    it("never lets a __proto__ key through into a parsed unit", () => {
      const fixture = invalid.find((f) => f.name === "__proto__ inside ext");
      expect(fixture).toBeDefined();
      expect(AdminUnitSchema.safeParse(fixture?.input).success).toBe(false);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    });
  },
});
