import { describe, expect, it } from "vitest";
import type { AdminUnit } from "../../src/admin/index.js";
import { BEGINNING, byCode, dayAfter, dayBefore, END_OF_TIME } from "../../src/admin/internal.js";

describe("the admin domain's date steps", () => {
  it("steps one day across months, years and leap days", () => {
    expect(dayAfter("2024-02-28")).toBe("2024-02-29");
    expect(dayAfter("2024-12-31")).toBe("2025-01-01");
    expect(dayBefore("2025-07-01")).toBe("2025-06-30");
    expect(dayBefore("2023-03-01")).toBe("2023-02-28");
    expect(dayBefore("0050-01-01")).toBe("0049-12-31");
  });

  it("never steps past the open ends", () => {
    expect(dayAfter(END_OF_TIME)).toBe(END_OF_TIME);
    expect(dayBefore(BEGINNING)).toBe(BEGINNING);
  });
});

describe("the order of unit versions", () => {
  const unit = (code: string, validFrom?: string): AdminUnit =>
    ({
      code,
      name: "Xã A",
      level: "commune",
      type: "commune",
      parentCode: "38",
      ...(validFrom ? { validFrom } : {}),
    }) as AdminUnit;

  it("orders by code, then by first day, with the unknown first day first", () => {
    const units = [
      unit("15535", "2025-07-01"),
      unit("15532", "2025-07-01"),
      unit("15532"),
      unit("15532", "2020-01-01"),
    ];
    expect(units.sort(byCode).map((u) => `${u.code}@${u.validFrom}`)).toEqual([
      "15532@undefined",
      "15532@2020-01-01",
      "15532@2025-07-01",
      "15535@2025-07-01",
    ]);
    expect(byCode(unit("15532", "2020-01-01"), unit("15532", "2020-01-01"))).toBe(0);
    expect(byCode(unit("15532", "2021-01-01"), unit("15532", "2020-01-01"))).toBe(1);
  });
});
