import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AdminSuccession,
  type AdminUnit,
  buildAdminIndex,
  rollupTargetFor,
} from "../../src/admin/index.js";
import type { RollupTarget } from "../../src/aggregate/index.js";

const OLD = { validTo: "2025-06-30" };
const NEW = { validFrom: "2025-07-01" };
const u = (
  code: string,
  name: string,
  level: AdminUnit["level"],
  type: AdminUnit["type"],
  parentCode?: string,
  dates: { validFrom?: string; validTo?: string } = OLD,
): AdminUnit =>
  (parentCode === undefined
    ? { code, name, level, type, ...dates }
    : { code, name, level, type, parentCode, ...dates }) as AdminUnit;
const province = (code: string, name: string, dates?: { validFrom?: string; validTo?: string }) =>
  u(code, name, "province", "province", undefined, dates);
/** A link of the reorganisation of 1 July 2025, from an old unit to a new one. */
const link = (
  oldCode: string,
  newCode: string,
  kind: AdminSuccession["kind"] = "whole",
): AdminSuccession => ({ oldCode, newCode, kind, effectiveDate: "2025-07-01" });

// Two old provinces; commune 08002 divided between a commune of each new province;
// commune 08003 divided between two communes of the same new province.
const index = buildAdminIndex(
  [
    province("25", "Tỉnh Phú Thọ"),
    province("26", "Tỉnh Vĩnh Phúc"),
    u("227", "Huyện Lâm Thao", "district", "rural-district", "25"),
    u("08001", "Xã A", "commune", "commune", "227"),
    u("08002", "Xã B", "commune", "commune", "227"),
    u("08003", "Xã C", "commune", "commune", "227"),
    u("08001.thon-1", "Thôn 1", "village", "village", "08001"),
    province("25", "Tỉnh Phú Thọ", NEW),
    province("24", "Tỉnh Bắc Ninh", NEW),
    u("08010", "Xã Mới A", "commune", "commune", "25", NEW),
    u("08011", "Xã Mới B", "commune", "commune", "25", NEW),
    u("07000", "Xã Mới C", "commune", "commune", "24", NEW),
    u("08010.to-1", "Tổ dân phố 1", "village", "residential-group", "08010", NEW),
  ],
  [
    link("25", "25"),
    link("26", "25"),
    link("08001", "08010"),
    link("08002", "08011", "partial"),
    link("08002", "07000", "partial"),
    link("08003", "08010", "partial"),
    link("08003", "08011", "partial"),
  ],
);
const AT = "2026-01-01";

describe("rollupTargetFor", () => {
  it("maps old communes, villages and provinces to today's province", () => {
    const toProvince = rollupTargetFor(index, { level: "province", at: AT });
    expect(toProvince("08001")).toEqual({ kind: "unit", code: "25" });
    expect(toProvince("08001.thon-1")).toEqual({ kind: "unit", code: "25" });
    expect(toProvince("08001.thon-99")).toEqual({ kind: "unit", code: "25" });
    expect(toProvince("26")).toEqual({ kind: "unit", code: "25" });
    expect(toProvince("227")).toEqual({ kind: "ambiguous", candidates: ["24", "25"] });
    expect(toProvince("08010.to-1")).toEqual({ kind: "unit", code: "25" });
  });

  it("settles a commune divided inside one province at province level, but not at commune level", () => {
    expect(rollupTargetFor(index, { level: "province", at: AT })("08003")).toEqual({
      kind: "unit",
      code: "25",
    });
    expect(rollupTargetFor(index, { level: "commune", at: AT })("08003")).toEqual({
      kind: "ambiguous",
      candidates: ["08010", "08011"],
    });
  });

  it("keeps a commune divided between provinces ambiguous, with its candidates", () => {
    expect(rollupTargetFor(index, { level: "province", at: AT })("08002")).toEqual({
      kind: "ambiguous",
      candidates: ["24", "25"],
    });
  });

  it("settles an ambiguous code by a hint, for a commune or for one village of it", () => {
    const hinted = rollupTargetFor(index, {
      level: "province",
      at: AT,
      hints: new Map([
        ["08002.thon-2", "07000"],
        ["08003", "not-a-candidate"],
      ]),
    });
    expect(hinted("08002.thon-2")).toEqual({ kind: "unit", code: "24" });
    expect(hinted("08002.thon-3")).toEqual({ kind: "ambiguous", candidates: ["24", "25"] });
    expect(hinted("08002")).toEqual({ kind: "ambiguous", candidates: ["24", "25"] });
    const byRecord = rollupTargetFor(index, {
      level: "commune",
      at: AT,
      hints: { "08002": "08011" },
    });
    expect(byRecord("08002")).toEqual({ kind: "unit", code: "08011" });
    expect(byRecord("08002.thon-5")).toEqual({ kind: "unit", code: "08011" });
    expect(byRecord("toString")).toEqual({ kind: "unknown" });
  });

  it("maps to the units of the day asked for, in any era", () => {
    const toDistrict2024 = rollupTargetFor(index, { level: "district", at: "2024-12-31" });
    expect(toDistrict2024("08001.thon-1")).toEqual({ kind: "unit", code: "227" });
    expect(toDistrict2024("08010")).toEqual({ kind: "unknown" });
    const toDistrictToday = rollupTargetFor(index, { level: "district", at: AT });
    expect(toDistrictToday("08001")).toEqual({ kind: "unknown" });
    expect(toDistrictToday("227")).toEqual({ kind: "unknown" });
  });

  it("says unknown for unknown codes and for codes above the level asked for", () => {
    const toCommune = rollupTargetFor(index, { level: "commune", at: AT });
    expect(toCommune("99999")).toEqual({ kind: "unknown" });
    expect(toCommune("nonsense")).toEqual({ kind: "unknown" });
    expect(toCommune("25")).toEqual({ kind: "unknown" });
    expect(toCommune("08010")).toEqual({ kind: "unit", code: "08010" });
    const toVillage = rollupTargetFor(index, { level: "village", at: AT });
    expect(toVillage("08010.to-1")).toEqual({ kind: "unit", code: "08010.to-1" });
    expect(toVillage("08010.to-2")).toEqual({ kind: "unknown" });
  });

  it("honours asOf for codes of one era", () => {
    const reused = buildAdminIndex(
      [
        province("38", "Tỉnh Thanh Hóa"),
        province("40", "Tỉnh Nghệ An"),
        province("38", "Tỉnh Thanh Hóa", NEW),
        province("40", "Tỉnh Nghệ An", NEW),
        u("15000", "Xã Cũ", "commune", "commune", "38"),
        u("15001", "Xã Mới", "commune", "commune", "40", NEW),
        u("15000", "Xã Dùng Lại Mã", "commune", "commune", "40", NEW),
      ],
      [link("15000", "15001"), link("38", "38"), link("40", "40")],
    );
    expect(rollupTargetFor(reused, { level: "commune", at: AT })("15000")).toEqual({
      kind: "unit",
      code: "15000",
    });
    expect(
      rollupTargetFor(reused, { level: "commune", at: AT, asOf: "2024-06-30" })("15000"),
    ).toEqual({
      kind: "unit",
      code: "15001",
    });
  });

  it("keeps a partly lost unit ambiguous rather than claiming one target", () => {
    const lossy = buildAdminIndex(
      [
        province("38", "Tỉnh Thanh Hóa", NEW),
        u("15000", "Xã Cũ", "commune", "commune", "395"),
        u("15001", "Xã Mới", "commune", "commune", "38", NEW),
        u("15002", "Xã Lạc", "commune", "commune", "99", NEW),
      ],
      [
        link("15000", "15001", "partial"),
        link("15000", "15002", "partial"),
        link("16000", "15002"),
      ],
    );
    const toProvince = rollupTargetFor(lossy, { level: "province", at: AT });
    expect(toProvince("15000")).toEqual({ kind: "ambiguous", candidates: ["38"] });
    expect(toProvince("16000")).toEqual({ kind: "unknown" });
  });

  it("returns the same answer from its cache, for many distinct codes", () => {
    const toProvince = rollupTargetFor(index, { level: "province", at: AT });
    const first = toProvince("08001");
    expect(toProvince("08001")).toBe(first);
    for (let i = 0; i < 210_000; i++) toProvince(`x${i}`);
    expect(toProvince("08001")).toEqual(first);
  });

  it("is typed as a mapper to RollupTarget", () => {
    expectTypeOf(rollupTargetFor(index, { level: "province", at: AT })).toEqualTypeOf<
      (code: string, asOf?: string) => RollupTarget
    >();
  });
});

describe("untrusted input: walks over the hierarchy are bounded", () => {
  // A commune that is its own parent; a commune and a district that are each other's parent.
  const cyclic = buildAdminIndex([
    province("38", "Tỉnh Thanh Hóa", {}),
    u("15532", "Xã Tự Chứa", "commune", "commune", "15532", {}),
    u("15535", "Xã Vòng", "commune", "commune", "395", {}),
    u("395", "Huyện Vòng", "district", "rural-district", "15535", {}),
    u("15535.thon-1", "Thôn 1", "village", "village", "15535", {}),
  ]);

  it("maps a unit that is its own parent to unknown above its own level", () => {
    const toProvince = rollupTargetFor(cyclic, { level: "province", at: AT });
    expect(toProvince("15532")).toEqual({ kind: "unknown" });
    expect(toProvince("15532.thon-9")).toEqual({ kind: "unknown" });
    const toCommune = rollupTargetFor(cyclic, { level: "commune", at: AT });
    expect(toCommune("15532")).toEqual({ kind: "unit", code: "15532" });
  });

  it("maps a unit in a two-unit parent cycle to unknown above the cycle", () => {
    const toProvince = rollupTargetFor(cyclic, { level: "province", at: AT });
    expect(toProvince("15535")).toEqual({ kind: "unknown" });
    expect(toProvince("395")).toEqual({ kind: "unknown" });
    expect(toProvince("15535.thon-1")).toEqual({ kind: "unknown" });
    const toDistrict = rollupTargetFor(cyclic, { level: "district", at: AT });
    expect(toDistrict("15535")).toEqual({ kind: "unit", code: "395" });
    expect(toDistrict("15535.thon-1")).toEqual({ kind: "unit", code: "395" });
  });
});
