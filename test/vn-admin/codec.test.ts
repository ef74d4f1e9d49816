import { describe, expect, it } from "vitest";
import type { AdminSuccession, AdminUnit } from "../../src/admin/index.js";
import { decodeUnitTable, encodeUnitTable } from "../../src/vn-admin/codec.js";
import { THANH_HOA, THO_XUAN, XUAN_SINH } from "../support/records.js";

const units: AdminUnit[] = [
  ...[THANH_HOA, THO_XUAN, XUAN_SINH].map((unit) => ({ ...unit, validTo: "2025-06-30" })),
  { ...THANH_HOA, validFrom: "2025-07-01" },
  {
    code: "15535",
    name: "Xã Xuân Hòa",
    level: "commune",
    type: "commune",
    parentCode: "38",
    validFrom: "2025-07-01",
  },
  { code: "99", name: "Tỉnh Ví Dụ", level: "province", type: "province" },
];
const successions: AdminSuccession[] = [
  { oldCode: "15532", newCode: "15535", kind: "whole", effectiveDate: "2025-07-01" },
  { oldCode: "15533", newCode: "15535", kind: "partial", effectiveDate: "2025-07-01" },
  { oldCode: "38", newCode: "38", kind: "whole", effectiveDate: "2025-07-01" },
  { oldCode: "15535", newCode: "15540", kind: "whole", effectiveDate: "2026-01-01" },
];

describe("the unit table codec", () => {
  it("decodes what it encodes, eras, open dates and partial links included", () => {
    const encoded = encodeUnitTable(units, successions);
    expect(decodeUnitTable(encoded)).toEqual({ units, successions });
  });

  it("writes each era and each day once", () => {
    const encoded = encodeUnitTable(units, successions);
    expect(encoded.units.split("\n").filter((line) => line.startsWith("="))).toEqual([
      "=|2025-06-30",
      "=2025-07-01|",
      "=|",
    ]);
    expect(encoded.links.split("\n")).toEqual([
      "=2025-07-01",
      "15535|15532,15533~",
      "38|38",
      "=2026-01-01",
      "15540|15535",
    ]);
  });

  it("decodes an empty table", () => {
    expect(decodeUnitTable(encodeUnitTable([], []))).toEqual({ units: [], successions: [] });
  });

  it("refuses a unit it cannot hold, rather than lose its history, ext or level", () => {
    const village: AdminUnit = {
      code: "15532.thon-3",
      name: "Thôn 3",
      level: "village",
      type: "village",
      parentCode: "15532",
    };
    expect(() => encodeUnitTable([village], [])).toThrow(/15532.thon-3/);
    const withHistory: AdminUnit = {
      ...(units[0] as AdminUnit),
      history: [{ validTo: "2000-01-01", name: "Tỉnh Cũ" }],
    };
    expect(() => encodeUnitTable([withHistory], [])).toThrow(/cannot hold unit 38/);
  });
});
