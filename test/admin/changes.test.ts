import { describe, expect, it } from "vitest";
import {
  type AdminUnit,
  AdminUnitSchema,
  applyUnitChanges,
  buildAdminIndex,
} from "../../src/admin/index.js";

const dongNai: AdminUnit = {
  code: "75",
  name: "Tỉnh Đồng Nai",
  level: "province",
  type: "province",
  validFrom: "2025-07-01",
};
const commune: AdminUnit = {
  code: "26041",
  name: "Xã Ví Dụ",
  level: "commune",
  type: "commune",
  parentCode: "75",
  validFrom: "2025-07-01",
};

describe("applyUnitChanges", () => {
  it("keeps the code, takes the new name and type from the date, and keeps the old ones as history", () => {
    const [city] = applyUnitChanges(
      [dongNai],
      [
        {
          code: "75",
          effectiveDate: "2026-04-30",
          name: "Thành phố Đồng Nai",
          type: "centrally-run-city",
        },
      ],
    );
    expect(city).toEqual({
      ...dongNai,
      name: "Thành phố Đồng Nai",
      type: "centrally-run-city",
      history: [
        {
          validFrom: "2025-07-01",
          validTo: "2026-04-29",
          name: "Tỉnh Đồng Nai",
          type: "province",
        },
      ],
    });
    expect(AdminUnitSchema.safeParse(city).success).toBe(true);
    const index = buildAdminIndex([city as AdminUnit]);
    expect(index.problems).toEqual([]);
    expect(index.get("75", "2026-04-29")).toMatchObject({
      name: "Tỉnh Đồng Nai",
      type: "province",
    });
    expect(index.get("75", "2026-04-30")).toMatchObject({
      name: "Thành phố Đồng Nai",
      type: "centrally-run-city",
    });
  });

  it("applies several changes in date order, whatever order they are given in", () => {
    const [changed] = applyUnitChanges(
      [commune],
      [
        { code: "26041", effectiveDate: "2027-01-01", parentCode: "79" },
        { code: "26041", effectiveDate: "2026-01-01", name: "Phường Ví Dụ", type: "ward" },
      ],
    );
    expect(changed?.history).toEqual([
      { validFrom: "2025-07-01", validTo: "2025-12-31", name: "Xã Ví Dụ", type: "commune" },
      { validFrom: "2026-01-01", validTo: "2026-12-31", parentCode: "75" },
    ]);
    expect(changed).toMatchObject({ name: "Phường Ví Dụ", type: "ward", parentCode: "79" });
  });

  it("leaves the input alone and returns unchanged units as they are", () => {
    const input = Object.freeze([Object.freeze({ ...dongNai }), Object.freeze({ ...commune })]);
    const result = applyUnitChanges(input, [
      { code: "26041", effectiveDate: "2026-01-01", name: "Xã Mới" },
    ]);
    expect(result[0]).toBe(input[0]);
    expect(input[1]?.name).toBe("Xã Ví Dụ");
  });

  it("ignores a change that changes nothing", () => {
    const result = applyUnitChanges(
      [dongNai],
      [{ code: "75", effectiveDate: "2026-01-01", name: "Tỉnh Đồng Nai" }],
    );
    expect(result[0]).toBe(dongNai);
  });

  it("names the change and what is wrong with it", () => {
    expect(() =>
      applyUnitChanges([dongNai], [{ code: "75", effectiveDate: "2026-01-01" }]),
    ).toThrow("changes[0] (75 on 2026-01-01) gives no name, type or parentCode");
    expect(() =>
      applyUnitChanges([dongNai], [{ code: "76", effectiveDate: "2026-01-01", name: "X" }]),
    ).toThrow(/changes\[0\].*no unit 76 is valid/);
    expect(() =>
      applyUnitChanges([dongNai], [{ code: "75", effectiveDate: "2025-07-01", name: "X" }]),
    ).toThrow(/no unit 75 is valid both on 2025-06-30 and on 2025-07-01/);
    expect(() =>
      applyUnitChanges([dongNai], [{ code: "75", effectiveDate: "2026-01-01", parentCode: "01" }]),
    ).toThrow(/is a province and has no parent/);
    const withHistory = applyUnitChanges(
      [dongNai],
      [{ code: "75", effectiveDate: "2026-04-30", name: "Thành phố Đồng Nai" }],
    );
    expect(() =>
      applyUnitChanges(withHistory, [{ code: "75", effectiveDate: "2026-01-01", name: "Y" }]),
    ).toThrow(/before the end of an earlier history entry/);
  });
});
