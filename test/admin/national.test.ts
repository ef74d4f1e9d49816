import { describe, expect, it } from "vitest";
import {
  buildAdminIndex,
  findUnitsByName,
  resolveUnitName,
  rollupTargetFor,
} from "../../src/admin/index.js";
import { nationalData } from "./national-data.js";

const { index, old, merges, splits, mergesJson, splitsJson } = nationalData();
const BEFORE = "2025-06-30";
const AFTER = "2025-07-01";
const TODAY = "2026-01-01";

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

  it("has 63 provinces, 691 districts and 10,047 communes in the old-units CSV", () => {
    const count = (level: string) => old.units.filter((unit) => unit.level === level).length;
    expect([count("province"), count("district"), count("commune")]).toEqual([63, 691, 10047]);
  });

  it("adds the 5 island districts without communes that only splits.json lists, 696 districts in all", () => {
    expect(index.unitsOfLevel("province", BEFORE)).toHaveLength(63);
    expect(index.unitsOfLevel("district", BEFORE)).toHaveLength(696);
    expect(index.unitsOfLevel("commune", BEFORE)).toHaveLength(10047);
    const islands = splits.units
      .filter((unit) => unit.level === "district")
      .map((unit) => unit.code);
    expect(islands).toEqual(["318", "471", "498", "536", "755"]);
    expect(islands.every((code) => index.childrenOf(code, BEFORE).length === 0)).toBe(true);
  });

  it("loads both JSON files without a problem and the CSV with only the 4 swapped Kiên Hải rows", () => {
    expect(merges.problems).toEqual([]);
    expect(splits.problems).toEqual([]);
    expect(old.problems.map((problem) => [problem.line, problem.code, problem.severity])).toEqual([
      [9607, "swapped-names", "warning"],
      [9608, "swapped-names", "warning"],
      [9609, "swapped-names", "warning"],
      [9610, "swapped-names", "warning"],
    ]);
    expect(index.get("912", BEFORE)?.name).toBe("Huyện Kiên Hải");
    expect(index.childrenOf("912", BEFORE).map((unit) => unit.name)).toContain("Xã Hòn Tre");
  });

  it("indexes all three files together without a problem", () => {
    expect(index.problems).toEqual([]);
    expect(index.size).toBe(63 + 696 + 10047 + 34 + 3321);
  });

  it("keeps one copy of each link that merges.json and splits.json both give", () => {
    expect(merges.successions).toHaveLength(splits.successions.length);
    expect(index.allSuccessions()).toHaveLength(merges.successions.length);
  });

  it("reports the succession of an island district as unknown when splits.json is left out", () => {
    const partial = buildAdminIndex([...old.units, ...merges.units], merges.successions);
    expect(partial.problems.map((problem) => [problem.code, problem.path.at(-1)])).toEqual(
      Array.from({ length: 5 }, () => ["unknown-predecessor", "oldCode"]),
    );
    // Resolution still follows the link.
    expect(partial.resolveUnit("755", { at: TODAY })).toMatchObject({
      status: "merged",
      unit: { code: "26732", name: "Đặc khu Côn Đảo" },
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
    merges.successions.filter((link) => link.kind === "partial").map((link) => link.oldCode),
  );

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
      const expected = index
        .successorsOf(code)
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
      const [link] = index.successorsOf(unit.code);
      expect(index.resolveUnit(unit.code, { at: TODAY, asOf: BEFORE })).toEqual({
        status: "merged",
        unit: index.get(link?.newCode ?? "", TODAY),
      });
    }
  });

  it("agrees with merges.json for every link it lists", () => {
    for (const province of mergesJson.data) {
      for (const commune of province.level2s) {
        for (const link of commune.merges) {
          if (link.old_id.length !== 5) continue;
          const resolution = index.resolveUnit(link.old_id, { at: TODAY, asOf: BEFORE });
          const codes =
            resolution.status === "ambiguous"
              ? resolution.candidates.map((unit) => unit.code)
              : resolution.status === "merged"
                ? [resolution.unit.code]
                : [];
          expect(codes).toContain(commune.level2_id);
          expect(resolution.status).toBe(link.type === "full" ? "merged" : "ambiguous");
        }
      }
    }
  });

  it("follows a reused code by its date: 23710 was Xã A Dơk before it was Xã Ia Băng", () => {
    expect(index.get("23710", BEFORE)?.name).toBe("Xã A Dơk");
    expect(index.get("23710", TODAY)?.name).toBe("Xã Ia Băng");
    const before = index.resolveUnit("23710", { at: TODAY, asOf: "2024-06-01" });
    expect(before.status).not.toBe("current");
    const target = before.status === "merged" ? before.unit.code : undefined;
    expect(target).toBe(
      splitsJson.data.flatMap((p) => p.level3s).find((c) => c.level3_id === "23710")?.splits[0]
        ?.new_id,
    );
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

  it("rolls every old province into the new province merges.json names for it", () => {
    const toProvince = rollupTargetFor(index, { level: "province", at: TODAY, asOf: BEFORE });
    for (const province of mergesJson.data) {
      for (const link of province.merges) {
        expect(toProvince(link.old_id)).toEqual({ kind: "unit", code: province.level1_id });
      }
    }
  });
});

describe("the former Huyện Thọ Xuân (district 395 of Thanh Hóa)", () => {
  const newThanhHoa = mergesJson.data.find((province) =>
    province.merges.some((link) => link.old_id === "38"),
  )?.level1_id;

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
