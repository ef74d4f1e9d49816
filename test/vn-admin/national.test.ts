// The national unit table shipped as antt/vn-admin: what it holds, and how the index answers
// on it. Nothing here reads outside the repository (test/vn-admin/parity.test.ts compares the
// table with its source files where they are present).
import { describe, expect, it } from "vitest";
import {
  type AdminSuccession,
  buildAdminIndex,
  findUnitsByName,
  resolveUnitName,
  rollupTargetFor,
} from "../../src/admin/index.js";
import { VN_ADMIN_SOURCE, vietnamAdminData, vietnamAdminIndex } from "../../src/vn-admin/index.js";

const index = vietnamAdminIndex();
const { units, successions } = vietnamAdminData();
const BEFORE = "2025-06-30";
const AFTER = "2025-07-01";
const TODAY = "2026-01-01";
const reform = successions.filter((link) => link.effectiveDate === AFTER);

describe("the national data before and after 1 July 2025", () => {
  it("has 34 provinces and 3,321 communes today, and no districts", () => {
    expect(index.unitsOfLevel("province", AFTER)).toHaveLength(34);
    expect(index.unitsOfLevel("commune", AFTER)).toHaveLength(3321);
    expect(index.unitsOfLevel("district", AFTER)).toHaveLength(0);
    expect(index.unitsOfLevel("province")).toHaveLength(34);
    expect(index.unitsOfLevel("commune")).toHaveLength(3321);
  });

  it("counts 2,621 xã, 687 phường and 13 đặc khu among today's communes", () => {
    const types = new Map<string, number>();
    for (const unit of index.unitsOfLevel("commune", AFTER)) {
      types.set(unit.type, (types.get(unit.type) ?? 0) + 1);
    }
    expect(Object.fromEntries(types)).toEqual({ commune: 2621, ward: 687, "special-zone": 13 });
    const provinces = index.unitsOfLevel("province", AFTER);
    expect(provinces.filter((unit) => unit.type === "centrally-run-city")).toHaveLength(6);
  });

  it("has 63 provinces, 696 districts and 10,047 communes before, 5 of the districts island districts without communes", () => {
    expect(index.unitsOfLevel("province", BEFORE)).toHaveLength(63);
    expect(index.unitsOfLevel("district", BEFORE)).toHaveLength(696);
    expect(index.unitsOfLevel("commune", BEFORE)).toHaveLength(10047);
    const empty = index
      .unitsOfLevel("district", BEFORE)
      .filter((unit) => index.childrenOf(unit.code, BEFORE).length === 0)
      .map((unit) => unit.code);
    expect(empty).toEqual(["318", "471", "498", "536", "755"]);
  });

  it("keeps the 4 swapped Kiên Hải rows put right", () => {
    expect(index.get("912", BEFORE)?.name).toBe("Huyện Kiên Hải");
    expect(index.childrenOf("912", BEFORE).map((unit) => unit.name)).toContain("Xã Hòn Tre");
    expect(units.filter((unit) => /^(Xã|Phường|Thị trấn) /.test(unit.name))).toSatisfy((list) =>
      list.every((unit: { level: string }) => unit.level === "commune"),
    );
  });

  it("indexes the whole table, history included, without a problem", () => {
    expect(index.problems).toEqual([]);
    expect(units).toHaveLength(15323);
  });

  it("holds 10,667 links of 1 July 2025 and 5,317 of the changes since 2017, each once", () => {
    expect(successions).toHaveLength(15984);
    expect(index.allSuccessions()).toHaveLength(15984);
    expect(reform).toHaveLength(10667);
    const keys = new Set(
      successions.map((link) => `${link.oldCode}>${link.newCode}@${link.effectiveDate}`),
    );
    expect(keys.size).toBe(15984);
    for (const link of successions) {
      if (link.effectiveDate === AFTER) continue;
      expect(link.effectiveDate < AFTER).toBe(true);
      expect(link.inferredBy, link.oldCode).toBeDefined();
    }
    // Only a recode the GSO catalogue made without a resolution (Cầu Đất, Hải Phòng, 2022)
    // has no legal basis.
    expect(
      successions.filter((link) => link.effectiveDate < AFTER && !link.basis).map((l) => l.oldCode),
    ).toEqual(["11353"]);
  });

  it("reports the succession of an island district as unknown when its units are left out", () => {
    const islands = new Set(["318", "471", "498", "536", "755"]);
    const partial = buildAdminIndex(
      // Lý Sơn's three communes, dissolved in 2020, go with their district.
      units.filter((unit) => !islands.has(unit.code) && !islands.has(unit.parentCode ?? "")),
      reform,
    );
    expect(partial.problems.map((problem) => [problem.code, problem.path.at(-1)])).toEqual(
      Array.from({ length: 5 }, () => ["unknown-predecessor", "oldCode"]),
    );
    // Resolution still follows the link.
    expect(partial.resolveUnit("755", { at: TODAY })).toMatchObject({
      status: "merged",
      unit: { code: "26732", name: "Đặc khu Côn Đảo" },
    });
  });

  it("gives fresh arrays on every call, and one shared index", () => {
    const again = vietnamAdminData();
    expect(again.units).not.toBe(units);
    expect(again.units[0]).not.toBe(units[0]);
    expect(again).toEqual({ units, successions });
    expect(vietnamAdminIndex()).toBe(index);
  });

  it("says where the table comes from and the date it is current to", () => {
    expect(VN_ADMIN_SOURCE).toMatchObject({
      license: expect.stringContaining("MIT"),
      currentTo: "2025-07-12",
      reorganisedOn: AFTER,
    });
  });

  it("knows the old province and the new one that share a code as two versions", () => {
    expect(index.versionsOf("38").map((unit) => [unit.validFrom, unit.validTo])).toEqual([
      [undefined, BEFORE],
      [AFTER, undefined],
    ]);
    expect(index.get("26", BEFORE)?.name).toBe("Tỉnh Vĩnh Phúc");
    expect(index.get("26", AFTER)).toBeUndefined();
  });
});

describe("resolving every old commune into today's units", () => {
  const oldCommunes = index.unitsOfLevel("commune", BEFORE);
  const partialOld = new Set(
    reform.filter((link) => link.kind === "partial").map((link) => link.oldCode),
  );
  const reformLinksOf = (code: string) =>
    index.successorsOf(code).filter((link) => link.effectiveDate === AFTER);

  it("sends every old commune to at least one new commune", () => {
    for (const unit of oldCommunes) {
      const resolution = index.resolveUnit(unit.code, { at: TODAY, asOf: BEFORE });
      expect(resolution.status, unit.code).not.toBe("unknown");
      const units =
        resolution.status === "ambiguous"
          ? resolution.candidates
          : resolution.status === "unknown"
            ? []
            : [resolution.unit];
      expect(units.length).toBeGreaterThan(0);
      for (const target of units) expect(target.level).toBe("commune");
    }
  });

  it("reports every old commune with partial links as ambiguous, with exactly its candidates", () => {
    expect(partialOld.size).toBeGreaterThan(400);
    for (const code of partialOld) {
      const resolution = index.resolveUnit(code, { at: TODAY, asOf: BEFORE });
      expect(resolution.status, code).toBe("ambiguous");
      const expected = reformLinksOf(code)
        .map((link) => link.newCode)
        .sort();
      expect(
        resolution.status === "ambiguous" && resolution.candidates.map((unit) => unit.code),
      ).toEqual(expected);
    }
  });

  it("reports every other old commune as merged into the one commune of its whole link", () => {
    for (const unit of oldCommunes) {
      if (partialOld.has(unit.code)) continue;
      const [link] = reformLinksOf(unit.code);
      expect(index.resolveUnit(unit.code, { at: TODAY, asOf: BEFORE })).toEqual({
        status: "merged",
        unit: index.get(link?.newCode ?? "", TODAY),
      });
    }
  });

  it("agrees with every commune link of the table", () => {
    const byOld = new Map<string, AdminSuccession[]>();
    for (const link of reform) {
      if (link.oldCode.length === 5)
        byOld.set(link.oldCode, [...(byOld.get(link.oldCode) ?? []), link]);
    }
    for (const [oldCode, links] of byOld) {
      const resolution = index.resolveUnit(oldCode, { at: TODAY, asOf: BEFORE });
      const codes =
        resolution.status === "ambiguous"
          ? resolution.candidates.map((unit) => unit.code)
          : resolution.status === "merged"
            ? [resolution.unit.code]
            : [];
      expect(codes).toEqual(links.map((link) => link.newCode).sort());
      const whole = links.length === 1 && links[0]?.kind === "whole";
      expect(resolution.status).toBe(whole ? "merged" : "ambiguous");
    }
  });

  it("follows a reused code by its date: 23710 was Xã A Dơk before it was Xã Ia Băng", () => {
    expect(index.get("23710", BEFORE)?.name).toBe("Xã A Dơk");
    expect(index.get("23710", TODAY)?.name).toBe("Xã Ia Băng");
    const before = index.resolveUnit("23710", { at: TODAY, asOf: "2024-06-01" });
    expect(before.status).not.toBe("current");
    const target = before.status === "merged" ? before.unit.code : undefined;
    expect(target).toBe(successions.find((link) => link.oldCode === "23710")?.newCode);
    expect(index.resolveUnit("23710", { at: TODAY })).toMatchObject({
      status: "current",
      unit: { name: "Xã Ia Băng" },
    });
  });

  it("rolls every old commune up into a today's province, never ambiguous at that level", () => {
    const toProvince = rollupTargetFor(index, { level: "province", at: TODAY, asOf: BEFORE });
    const kinds = new Map<string, number>();
    for (const unit of oldCommunes) {
      const target = toProvince(unit.code);
      kinds.set(target.kind, (kinds.get(target.kind) ?? 0) + 1);
    }
    expect(Object.fromEntries(kinds)).toEqual({ unit: 10047 });
  });

  it("rolls every old province into the new province its link names", () => {
    const toProvince = rollupTargetFor(index, { level: "province", at: TODAY, asOf: BEFORE });
    const provinceLinks = successions.filter((link) => link.oldCode.length === 2);
    expect(new Set(provinceLinks.map((link) => link.oldCode)).size).toBe(63);
    for (const link of provinceLinks) {
      expect(toProvince(link.oldCode)).toEqual({ kind: "unit", code: link.newCode });
    }
  });
});

describe("the former Huyện Thọ Xuân (district 395 of Thanh Hóa)", () => {
  const newThanhHoa = successions.find((link) => link.oldCode === "38")?.newCode;

  it("had 30 communes and towns, all found under the district", () => {
    const communes = index.childrenOf("395", "2024-12-31");
    expect(communes).toHaveLength(30);
    expect(communes.every((unit) => unit.level === "commune")).toBe(true);
    expect(communes.map((unit) => unit.name)).toContain("Xã Xuân Sinh");
    expect(index.ancestorAt("15532", "district", "2024-03-07")?.name).toBe("Huyện Thọ Xuân");
    expect(index.ancestorAt("15532", "province", "2024-03-07")?.name).toBe("Tỉnh Thanh Hóa");
  });

  it("rolls all 30 up into today's Thanh Hóa province", () => {
    expect(newThanhHoa).toBe("38");
    const toProvince = rollupTargetFor(index, { level: "province", at: TODAY, asOf: "2024-12-31" });
    for (const unit of index.childrenOf("395", "2024-12-31")) {
      expect(toProvince(unit.code)).toEqual({ kind: "unit", code: newThanhHoa });
      expect(toProvince(`${unit.code}.thon-1`)).toEqual({ kind: "unit", code: newThanhHoa });
    }
    expect(toProvince("395")).toEqual({ kind: "unit", code: newThanhHoa });
  });

  it("resolves the abolished district itself through its communes", () => {
    const resolution = index.resolveUnit("395", { at: TODAY });
    expect(resolution.status).toBe("ambiguous");
    if (resolution.status === "ambiguous") {
      expect(resolution.candidates.every((unit) => unit.parentCode === newThanhHoa)).toBe(true);
    }
  });

  it("is named alike with a commune in Hà Nội, which name matching reports", () => {
    const result = resolveUnitName(index, "Thọ Xuân", { at: "2024-12-31" });
    expect(result.status).toBe("ambiguous");
    if (result.status === "ambiguous") {
      expect(result.candidates.map((unit) => unit.code)).toEqual(["09793", "15499", "395"]);
      expect(result.message.en).toContain("Thành phố Hà Nội");
      expect(result.message.vi).toContain("Tỉnh Thanh Hóa");
    }
    expect(resolveUnitName(index, "Huyện Thọ Xuân")).toMatchObject({
      status: "found",
      code: "395",
    });
    expect(resolveUnitName(index, "tho xuan", { level: "district" })).toMatchObject({
      status: "found",
      code: "395",
    });
    expect(
      resolveUnitName(index, "Thọ Xuân", { within: "38", at: "2024-12-31", level: "commune" }),
    ).toMatchObject({
      status: "found",
      code: "15499",
    });
    expect(resolveUnitName(index, "Xã Thọ Xuân", { at: TODAY })).toMatchObject({
      status: "found",
      code: "15499",
    });
    expect(
      findUnitsByName(index, "XA THO XUAN", { at: "2024-12-31" }).map((unit) => unit.code),
    ).toEqual(["09793"]);
  });
});

describe("bringing the table up to date", () => {
  it("applies later changes, adds units and links, and leaves the shared index alone", () => {
    const updated = vietnamAdminIndex({
      changes: [
        {
          code: "75",
          effectiveDate: "2026-04-30",
          name: "Thành phố Đồng Nai",
          type: "centrally-run-city",
        },
      ],
      units: [
        {
          code: "26041.ap-1",
          name: "Ấp 1",
          level: "village",
          type: "hamlet",
          parentCode: "26041",
        },
      ],
    });
    expect(updated).not.toBe(index);
    expect(updated.problems).toEqual([]);
    expect(updated.get("75", "2026-01-01")?.name).toBe("Tỉnh Đồng Nai");
    expect(updated.get("75", "2026-05-01")).toMatchObject({
      name: "Thành phố Đồng Nai",
      type: "centrally-run-city",
    });
    expect(index.get("75", "2026-05-01")?.name).toBe("Tỉnh Đồng Nai");
    expect(updated.parentOf("26041.ap-1")?.code).toBe("26041");
    expect(updated.size).toBe(index.size + 2);
  });

  it("finds a commune by name with and without diacritics, and its province today", () => {
    for (const name of ["Xã Xuân Sinh", "xa xuan sinh", "XUAN SINH"]) {
      const [found] = findUnitsByName(index, name, { at: BEFORE, level: "commune" });
      expect(found?.code).toBe("15532");
    }
    const today = index.resolveUnit("15532", { asOf: BEFORE });
    expect(today.status).toBe("merged");
    if (today.status === "merged")
      expect(index.parentOf(today.unit.code)?.name).toBe("Tỉnh Thanh Hóa");
  });
});
