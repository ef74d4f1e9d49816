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

  it("keeps history, aliases, legal bases and inferences", () => {
    const unit: AdminUnit = {
      code: "26794",
      name: "Phường Linh Xuân",
      level: "commune",
      type: "ward",
      parentCode: "769",
      validTo: "2025-06-30",
      aliases: ["Phường Linh Xuân (cũ)"],
      history: [{ validTo: "2020-12-31", parentCode: "762" }],
    };
    const links: AdminSuccession[] = [
      {
        oldCode: "762",
        newCode: "769",
        kind: "whole",
        effectiveDate: "2021-01-01",
        basis: ["1111/NQ-UBTVQH14"],
        inferredBy: "communes-moved",
      },
      {
        oldCode: "00250",
        newCode: "00256",
        kind: "possible",
        effectiveDate: "2020-03-01",
        basis: ["895/NQ-UBTVQH14"],
        inferredBy: "same-district",
      },
    ];
    expect(decodeUnitTable(encodeUnitTable([unit], links))).toEqual({
      units: [unit],
      successions: links,
    });
  });

  it("refuses a unit it cannot hold, rather than lose its ext, level or name", () => {
    const village: AdminUnit = {
      code: "15532.thon-3",
      name: "Thôn 3",
      level: "village",
      type: "village",
      parentCode: "15532",
    };
    expect(() => encodeUnitTable([village], [])).toThrow(/15532.thon-3/);
    const withExt: AdminUnit = { ...(units[0] as AdminUnit), ext: { app: 1 } };
    expect(() => encodeUnitTable([withExt], [])).toThrow(/cannot hold unit 38/);
    const barred: AdminUnit = { ...(units[0] as AdminUnit), aliases: ["Tỉnh|Cũ"] };
    expect(() => encodeUnitTable([barred], [])).toThrow(/cannot hold unit 38/);
  });
});
