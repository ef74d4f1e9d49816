import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as z from "zod";
import {
  CountSchema,
  codeList,
  distanceMeters,
  ExtSchema,
  formatNumber,
  formatVnd,
  GeoPointSchema,
  type Id,
  IdSchema,
  isInVietnam,
  issuesFromZod,
  label,
  NameSchema,
  TextSchema,
  UnitCodeSchema,
  useVietnameseErrors,
  VndSchema,
  validate,
} from "../../src/index.js";

describe("money", () => {
  it("accepts whole đồng and rejects fractions, negatives and non-finite numbers", () => {
    expect(VndSchema.parse(12_500_000)).toBe(12_500_000);
    for (const bad of [12.5, -1, Number.NaN, Number.POSITIVE_INFINITY, "1000"]) {
      expect(VndSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("writes amounts the way Vietnamese reports do", () => {
    expect(formatVnd(12_500_000)).toBe("12,5 triệu đồng");
    expect(formatVnd(12_000_000)).toBe("12 triệu đồng");
    expect(formatVnd(2_300_000_000)).toBe("2,3 tỷ đồng");
    expect(formatVnd(450_000)).toBe("450.000 đồng");
    expect(formatVnd(12_500_000, { style: "full" })).toBe("12.500.000 đồng");
    expect(formatVnd(12_500_000, { locale: "en" })).toBe("12.5 million đồng");
    expect(formatVnd(2_300_000_000, { locale: "en" })).toBe("2.3 billion đồng");
    expect(formatVnd(0)).toBe("0 đồng");
  });

  it("writes numbers with Vietnamese and English separators", () => {
    expect(formatNumber(5200)).toBe("5.200");
    expect(formatNumber(12.5)).toBe("12,5");
    expect(formatNumber(1_000_000)).toBe("1.000.000");
    expect(formatNumber(5200, { locale: "en" })).toBe("5,200");
    expect(formatNumber(2 / 3, { maximumFractionDigits: 2 })).toBe("0,67");
  });
});

describe("geo", () => {
  it("accepts WGS 84 points and rejects out-of-range or non-finite coordinates", () => {
    expect(GeoPointSchema.parse({ lat: 19.93, lng: 105.36 })).toEqual({ lat: 19.93, lng: 105.36 });
    for (const bad of [
      { lat: 105.36, lng: 19.93 },
      { lat: 19.93, lng: 205 },
      { lat: Number.NaN, lng: 105 },
      { lat: 19.93 },
      { lat: 19.93, lng: 105.36, alt: 3 },
    ]) {
      expect(GeoPointSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("measures great-circle distances in metres", () => {
    const hanoi = { lat: 21.0285, lng: 105.8542 };
    const hcmc = { lat: 10.7769, lng: 106.7009 };
    expect(Math.round(distanceMeters(hanoi, hcmc) / 1000)).toBe(1144);
    expect(distanceMeters(hanoi, hanoi)).toBe(0);
    // 0.001° of latitude is about 111 m
    expect(distanceMeters({ lat: 20, lng: 105 }, { lat: 20.001, lng: 105 })).toBeCloseTo(111.2, 0);
  });

  it("keeps distance symmetric and non-negative", () => {
    const point = fc.record({
      lat: fc.double({ min: -90, max: 90, noNaN: true }),
      lng: fc.double({ min: -180, max: 180, noNaN: true }),
    });
    fc.assert(
      fc.property(point, point, (a, b) => {
        const d = distanceMeters(a, b);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(20_016_000);
        expect(Math.abs(d - distanceMeters(b, a))).toBeLessThan(1e-6);
      }),
    );
  });

  it("flags points outside Vietnam, such as a lost minus sign", () => {
    expect(isInVietnam({ lat: 19.93, lng: 105.36 })).toBe(true);
    expect(isInVietnam({ lat: -19.93, lng: 105.36 })).toBe(false);
    expect(isInVietnam({ lat: 19.93, lng: 15.36 })).toBe(false);
  });
});

describe("strings, ids and counts", () => {
  it("trims ids and names and bounds their length", () => {
    expect(IdSchema.parse(" cam-1 ")).toBe("cam-1");
    expect(IdSchema.safeParse("   ").success).toBe(false);
    expect(IdSchema.safeParse("x".repeat(129)).success).toBe(false);
    expect(NameSchema.safeParse("x".repeat(301)).success).toBe(false);
    expect(TextSchema.safeParse("x".repeat(4001)).success).toBe(false);
    expectTypeOf<Id>().toEqualTypeOf<string>();
  });

  it("counts are non-negative whole numbers", () => {
    expect(CountSchema.parse(0)).toBe(0);
    for (const bad of [-1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "3"]) {
      expect(CountSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });

  it("accepts unit codes with leading zeros and village codes under their commune", () => {
    for (const good of ["01", "38", "395", "00004", "15532", "15532.thon-3"]) {
      expect(UnitCodeSchema.safeParse(good).success, good).toBe(true);
    }
    for (const bad of ["1", "0001", "15532.", "15532.Thôn 3", 38, "38.x"]) {
      expect(UnitCodeSchema.safeParse(bad).success, String(bad)).toBe(false);
    }
  });
});

describe("ext", () => {
  it("keeps app data and rejects prototype keys instead of dropping them", () => {
    expect(ExtSchema.parse({ "zalo-group": "Tổ 5", floors: 3, tags: ["a", 1] })).toEqual({
      "zalo-group": "Tổ 5",
      floors: 3,
      tags: ["a", 1],
    });
    for (const json of ['{"__proto__":{"x":1}}', '{"constructor":1}', '{"prototype":1}']) {
      const result = validate(ExtSchema, JSON.parse(json));
      expect(result.success, json).toBe(false);
    }
    expect(ExtSchema.safeParse({ nested: { deep: 1 } }).success).toBe(false);
    const tooMany = validate(
      ExtSchema,
      Object.fromEntries(Array.from({ length: 65 }, (_, i) => [`k${i}`, i])),
    );
    expect(tooMany.success || tooMany.issues.map((issue) => issue.code)).toEqual([
      "ext-too-many-keys",
    ]);
    const proto = validate(ExtSchema, JSON.parse('{"__proto__":{"x":1}}'));
    expect(proto.success || proto.issues.map((issue) => issue.code)).toEqual(["ext-proto-key"]);
    expect(ExtSchema.safeParse("text").success).toBe(false);
  });
});

describe("labels and code lists", () => {
  const LABELS = {
    patrol: { vi: "Tuần tra", en: "Patrol" },
    mediation: { vi: "Hòa giải", en: "Mediation" },
  } as const;
  const DutySchema = codeList(LABELS, "A duty");

  it("builds the enum from the labels, so codes are written once", () => {
    expect(DutySchema.options).toEqual(["patrol", "mediation"]);
    expect(DutySchema.safeParse("ambush").success).toBe(false);
    expectTypeOf<z.infer<typeof DutySchema>>().toEqualTypeOf<"patrol" | "mediation">();
  });

  it("carries labels into JSON Schema", () => {
    const json = z.toJSONSchema(DutySchema) as Record<string, unknown>;
    expect(json["enum"]).toEqual(["patrol", "mediation"]);
    expect(json["x-labels"]).toEqual(LABELS);
    expect(json["description"]).toBe("A duty");
  });

  it("labels a code in Vietnamese by default and returns unknown codes as they are", () => {
    expect(label(LABELS, "patrol")).toBe("Tuần tra");
    expect(label(LABELS, "patrol", "en")).toBe("Patrol");
    expect(label(LABELS, "custom-kind")).toBe("custom-kind");
    expect(label(LABELS, "toString")).toBe("toString");
  });
});

describe("validation messages", () => {
  it("gives every issue a path and a message in English and Vietnamese", () => {
    const result = validate(GeoPointSchema, { lat: 19.9, lng: 205, x: 1 });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues).toEqual([
      {
        path: ["lng"],
        code: "too_big",
        location: { vi: "Kinh độ", en: "Longitude" },
        message: {
          en: "Longitude must be at most 180 (given 205)",
          vi: "Kinh độ phải không quá 180 (đã ghi 205)",
        },
      },
      {
        path: ["x"],
        code: "unrecognized_keys",
        location: { vi: "x", en: "x" },
        message: {
          en: 'Unknown field "x"; remove it, or put the app\'s own data in ext',
          vi: 'Trường "x" không có trong mẫu dữ liệu; bỏ trường này, hoặc đặt dữ liệu riêng của ứng dụng trong ext',
        },
      },
    ]);
  });

  it("keeps the library's own bilingual messages", () => {
    const schema = z.number().superRefine((value, ctx) => {
      if (value > 1)
        ctx.addIssue({ code: "custom", message: "Too many", params: { vi: "Quá nhiều" } });
    });
    const result = schema.safeParse(2);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(issuesFromZod(result.error)[0]?.message).toEqual({ en: "Too many", vi: "Quá nhiều" });
    }
  });

  it("returns the parsed value when input is valid", () => {
    expect(validate(CountSchema, 3)).toEqual({ success: true, data: 3 });
  });

  it("never throws on any input", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = validate(GeoPointSchema, input);
        if (!result.success) expect(result.issues.length).toBeGreaterThan(0);
      }),
    );
  });

  it("switches zod's global messages to Vietnamese on request", () => {
    useVietnameseErrors();
    try {
      expect(z.number().safeParse("5").error?.issues[0]?.message).toBe(
        "Đầu vào không hợp lệ: mong đợi số, nhận được string",
      );
    } finally {
      z.config(z.locales.en());
    }
  });
});

describe("a schema's own messages", () => {
  it("keeps the English message a schema writes for a built-in check", () => {
    const result = validate(UnitCodeSchema, "1");
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues[0]?.message.en).toMatch(/^Expected a unit code/);
      expect(result.issues[0]?.message.vi).toMatch(
        /^Mã đơn vị hành chính phải có 2, 3 hoặc 5 chữ số/,
      );
    }
  });

  it("still gives English after the app switched zod to Vietnamese", () => {
    useVietnameseErrors();
    try {
      const result = validate(CountSchema, "3");
      expect(result.success).toBe(false);
      if (!result.success) {
        expect(result.issues[0]?.message).toEqual({
          en: "The value must be a number, not text",
          vi: "Giá trị phải là số, không phải chữ",
        });
      }
    } finally {
      z.config(z.locales.en());
    }
  });
});
