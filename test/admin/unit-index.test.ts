import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  type AdminIndex,
  type AdminSuccession,
  type AdminUnit,
  AdminUnitSchema,
  buildAdminIndex,
  type UnitResolution,
} from "../../src/admin/index.js";

const OLD = { validTo: "2025-06-30" } as const;
const NEW = { validFrom: "2025-07-01" } as const;

function province(code: string, name: string, dates: object = {}): AdminUnit {
  return { code, name, level: "province", type: "province", ...dates };
}
function district(code: string, name: string, parentCode: string, dates: object = OLD): AdminUnit {
  return { code, name, level: "district", type: "rural-district", parentCode, ...dates };
}
function commune(code: string, name: string, parentCode: string, dates: object = OLD): AdminUnit {
  return { code, name, level: "commune", type: "commune", parentCode, ...dates };
}
function link(
  oldCode: string,
  newCode: string,
  kind: "whole" | "partial" = "whole",
  effectiveDate = "2025-07-01",
): AdminSuccession {
  return { oldCode, newCode, kind, effectiveDate };
}

/** Two old provinces merged into one; communes merged wholly, one divided; a second reorganisation in 2027. */
function sample(): AdminIndex {
  return buildAdminIndex(
    [
      province("25", "Tỉnh Phú Thọ", OLD),
      province("26", "Tỉnh Vĩnh Phúc", OLD),
      district("227", "Huyện Lâm Thao", "25"),
      district("243", "Huyện Tam Dương", "26"),
      commune("08000", "Xã A", "227"),
      commune("08001", "Xã B", "227"),
      commune("08002", "Xã C", "227"),
      commune("08900", "Xã D", "243"),
      province("25", "Tỉnh Phú Thọ", NEW),
      commune("08001", "Xã Bình Minh", "25", { validFrom: "2025-07-01", validTo: "2026-12-31" }),
      commune("08002", "Xã Hợp Nhất", "25", { validFrom: "2025-07-01", validTo: "2026-12-31" }),
      commune("08900", "Xã Tam Sơn", "25", NEW),
      commune("09999", "Xã Sau Này", "25", { validFrom: "2027-01-01" }),
      {
        code: "08001.thon-1",
        name: "Thôn 1",
        level: "village",
        type: "village",
        parentCode: "08001",
        ...OLD,
      },
    ],
    [
      link("25", "25"),
      link("26", "25"),
      link("08000", "08001"),
      link("08001", "08001", "partial"),
      link("08001", "08002", "partial"),
      link("08002", "08002"),
      link("08900", "08900"),
      link("08001", "09999", "whole", "2027-01-01"),
      link("08002", "09999", "whole", "2027-01-01"),
    ],
  );
}

describe("AdminIndex lookups", () => {
  const index = sample();

  it("builds without problems", () => {
    expect(index.problems).toEqual([]);
    expect(index.size).toBe(14);
  });

  it("gives the unit a code named on a day, and the latest version without a day", () => {
    expect(index.get("08001", "2024-01-01")?.name).toBe("Xã B");
    expect(index.get("08001", "2026-01-01")?.name).toBe("Xã Bình Minh");
    expect(index.get("08001", "2027-06-01")).toBeUndefined();
    expect(index.get("08001")?.name).toBe("Xã Bình Minh");
    expect(index.get("99999")).toBeUndefined();
    expect(index.get("99999", "2024-01-01")).toBeUndefined();
    expect(index.versionsOf("08001").map((unit) => unit.name)).toEqual(["Xã B", "Xã Bình Minh"]);
    expect(index.versionsOf("99999")).toEqual([]);
  });

  it("gives the parent and ancestors of a unit on a day", () => {
    expect(index.parentOf("08001", "2024-01-01")?.code).toBe("227");
    expect(index.parentOf("08001", "2026-01-01")?.code).toBe("25");
    expect(index.parentOf("08001")?.code).toBe("25");
    expect(index.parentOf("25", "2024-01-01")).toBeUndefined();
    expect(index.parentOf("99999")).toBeUndefined();
    expect(index.ancestorAt("08001.thon-1", "province", "2024-01-01")?.name).toBe("Tỉnh Phú Thọ");
    expect(index.ancestorAt("08001.thon-1", "district")?.name).toBe("Huyện Lâm Thao");
    expect(index.ancestorAt("08001", "commune", "2024-01-01")?.code).toBe("08001");
    expect(index.ancestorAt("08001", "district", "2026-01-01")).toBeUndefined();
    expect(index.ancestorAt("25", "commune", "2024-01-01")).toBeUndefined();
    expect(index.ancestorAt("99999", "province")).toBeUndefined();
  });

  it("lists the children of a unit on a day", () => {
    expect(index.childrenOf("227", "2024-01-01").map((unit) => unit.code)).toEqual([
      "08000",
      "08001",
      "08002",
    ]);
    expect(index.childrenOf("227").map((unit) => unit.code)).toEqual(["08000", "08001", "08002"]);
    expect(index.childrenOf("25", "2024-01-01").map((unit) => unit.code)).toEqual(["227"]);
    expect(index.childrenOf("25", "2026-01-01").map((unit) => unit.code)).toEqual([
      "08001",
      "08002",
      "08900",
    ]);
    expect(index.childrenOf("25").map((unit) => unit.code)).toEqual(["08900", "09999"]);
    expect(index.childrenOf("08002")).toEqual([]);
    expect(index.childrenOf("99999")).toEqual([]);
  });

  it("lists the units of a level on a day", () => {
    expect(index.unitsOfLevel("province", "2024-01-01").map((unit) => unit.code)).toEqual([
      "25",
      "26",
    ]);
    expect(index.unitsOfLevel("province").map((unit) => unit.code)).toEqual(["25"]);
    expect(index.unitsOfLevel("district", "2026-01-01")).toEqual([]);
    expect(index.unitsOfLevel("village", "2024-01-01")).toHaveLength(1);
  });

  it("lists successors and predecessors in date order", () => {
    expect(index.successorsOf("08001").map((l) => `${l.newCode}@${l.effectiveDate}`)).toEqual([
      "08001@2025-07-01",
      "08002@2025-07-01",
      "09999@2027-01-01",
    ]);
    expect(index.predecessorsOf("08001").map((l) => l.oldCode)).toEqual(["08000", "08001"]);
    expect(index.predecessorsOf("99999")).toEqual([]);
    expect(index.successorsOf("99999")).toEqual([]);
    expect(index.allUnits()).toHaveLength(14);
    expect(index.allSuccessions()).toHaveLength(9);
  });
});

describe("AdminIndex.resolveUnit", () => {
  const index = sample();

  it("says a code valid on the day is current", () => {
    expect(index.resolveUnit("08900", { at: "2026-01-01" })).toMatchObject({
      status: "current",
      unit: { name: "Xã Tam Sơn" },
    });
    expect(index.resolveUnit("08900")).toMatchObject({ status: "current" });
    expect(index.resolveUnit("08900", { at: "2024-01-01" })).toMatchObject({
      status: "current",
      unit: { name: "Xã D" },
    });
  });

  it("follows a whole merger, and a merger into a unit that kept the old code", () => {
    expect(index.resolveUnit("26", { at: "2026-01-01" })).toMatchObject({
      status: "merged",
      unit: { code: "25" },
    });
    expect(index.resolveUnit("08000", { at: "2026-01-01" })).toMatchObject({
      status: "merged",
      unit: { code: "08001" },
    });
    expect(index.resolveUnit("08900", { at: "2026-01-01", asOf: "2024-01-01" })).toMatchObject({
      status: "merged",
      unit: { name: "Xã Tam Sơn", validFrom: "2025-07-01" },
    });
  });

  it("lists the candidates of a divided unit, never guessing", () => {
    const resolution = index.resolveUnit("08001", { at: "2026-01-01", asOf: "2024-01-01" });
    expect(resolution.status).toBe("ambiguous");
    expect(
      resolution.status === "ambiguous" && resolution.candidates.map((unit) => unit.code),
    ).toEqual(["08001", "08002"]);
  });

  it("follows chained reorganisations, where a divided unit's parts meet again", () => {
    expect(index.resolveUnit("08001", { at: "2027-06-01", asOf: "2024-01-01" })).toMatchObject({
      status: "merged",
      unit: { code: "09999" },
    });
    expect(index.resolveUnit("08000", { at: "2027-06-01" })).toMatchObject({
      status: "merged",
      unit: { code: "09999" },
    });
    expect(index.resolveUnit("08000")).toMatchObject({ status: "merged", unit: { code: "09999" } });
  });

  it("uses asOf to tell a reused code's eras apart", () => {
    expect(index.resolveUnit("08001", { at: "2026-01-01" })).toMatchObject({
      status: "current",
      unit: { name: "Xã Bình Minh" },
    });
    expect(index.resolveUnit("08001", { at: "2026-01-01", asOf: "2024-01-01" }).status).toBe(
      "ambiguous",
    );
  });

  it("resolves a village through its commune when the village is not indexed", () => {
    expect(index.resolveUnit("08000.thon-7", { at: "2026-01-01" })).toEqual(
      index.resolveUnit("08000", { at: "2026-01-01" }),
    );
    expect(index.resolveUnit("08001.thon-1", { at: "2024-01-01" })).toMatchObject({
      status: "current",
      unit: { name: "Thôn 1" },
    });
  });

  it("resolves an abolished district through the communes it contained", () => {
    const resolution = index.resolveUnit("243", { at: "2026-01-01" });
    expect(resolution).toMatchObject({ status: "merged", unit: { code: "08900" } });
    expect(index.resolveUnit("227", { at: "2026-01-01" }).status).toBe("ambiguous");
  });

  it("says unknown for codes it has never seen, and for days before the code existed", () => {
    expect(index.resolveUnit("99999")).toEqual({ status: "unknown" });
    expect(index.resolveUnit("abc")).toEqual({ status: "unknown" });
    expect(index.resolveUnit(".x")).toEqual({ status: "unknown" });
    expect(index.resolveUnit("09999", { at: "2024-01-01" })).toEqual({ status: "unknown" });
    expect(index.resolveUnit("08001", { at: "2026-01-01", asOf: "1990-01-01" })).toMatchObject({
      status: "ambiguous",
    });
  });

  it("settles an ambiguous code by a hint among the candidates, and ignores any other hint", () => {
    const options = { at: "2026-01-01", asOf: "2024-01-01" };
    expect(index.resolveWithHint("08001", "08002", options)).toMatchObject({
      status: "merged",
      unit: { code: "08002" },
    });
    expect(index.resolveWithHint("08001", "08900", options).status).toBe("ambiguous");
    expect(index.resolveWithHint("08001", undefined, options).status).toBe("ambiguous");
    expect(index.resolveWithHint("08000", "08002", options)).toMatchObject({
      status: "merged",
      unit: { code: "08001" },
    });
  });

  it("is typed as a discriminated union", () => {
    expectTypeOf(index.resolveUnit("08001")).toEqualTypeOf<UnitResolution>();
    const resolution = index.resolveUnit("08001");
    if (resolution.status === "ambiguous")
      expectTypeOf(resolution.candidates).toEqualTypeOf<readonly AdminUnit[]>();
    if (resolution.status === "merged") expectTypeOf(resolution.unit).toEqualTypeOf<AdminUnit>();
  });
});

describe("a unit whose type changes with the same code (Đồng Nai, 30 April 2026)", () => {
  const dongNai = AdminUnitSchema.parse({
    code: "75",
    name: "Thành phố Đồng Nai",
    level: "province",
    type: "centrally-run-city",
    validFrom: "2025-07-01",
    history: [
      { validFrom: "2025-07-01", validTo: "2026-04-29", name: "Tỉnh Đồng Nai", type: "province" },
    ],
  });
  const index = buildAdminIndex(
    [
      province("75", "Tỉnh Đồng Nai", OLD),
      province("70", "Tỉnh Bình Phước", OLD),
      dongNai,
      commune("26041", "Phường Trấn Biên", "75", NEW),
    ],
    [link("75", "75"), link("70", "75")],
  );

  it("gives the type and name the unit had on each day", () => {
    expect(index.problems).toEqual([]);
    expect(index.get("75", "2026-01-01")).toMatchObject({
      type: "province",
      name: "Tỉnh Đồng Nai",
      validTo: "2026-04-29",
    });
    expect(index.get("75", "2026-04-30")).toMatchObject({
      type: "centrally-run-city",
      name: "Thành phố Đồng Nai",
    });
    expect(index.get("75", "2026-04-30")).not.toHaveProperty("history");
    expect(index.versionsOf("75")).toHaveLength(3);
  });

  it("keeps the same unit current across the change of type", () => {
    expect(index.resolveUnit("75", { at: "2026-06-01", asOf: "2026-01-01" })).toMatchObject({
      status: "current",
      unit: { type: "centrally-run-city" },
    });
    expect(index.resolveUnit("70", { at: "2026-06-01" })).toMatchObject({
      status: "merged",
      unit: { name: "Thành phố Đồng Nai" },
    });
    expect(index.parentOf("26041", "2026-01-01")?.type).toBe("province");
    expect(index.parentOf("26041", "2026-06-01")?.type).toBe("centrally-run-city");
  });

  it("splits a unit into periods around a history entry in the middle, with a gap before and after", () => {
    const unit = AdminUnitSchema.parse({
      ...commune("08001", "Xã B", "227", { validFrom: "2010-01-01", validTo: "2025-06-30" }),
      history: [
        { validFrom: "2015-01-01", validTo: "2019-12-31", name: "Xã B cũ" },
        { validFrom: "2021-01-01", validTo: "2025-06-30", parentCode: "228" },
      ],
    });
    const periods = buildAdminIndex([unit]).versionsOf("08001");
    expect(periods.map((p) => [p.validFrom, p.validTo, p.name, p.parentCode])).toEqual([
      ["2010-01-01", "2014-12-31", "Xã B", "227"],
      ["2015-01-01", "2019-12-31", "Xã B cũ", "227"],
      ["2020-01-01", "2020-12-31", "Xã B", "227"],
      ["2021-01-01", "2025-06-30", "Xã B", "228"],
    ]);
  });

  it("handles history of a unit with open dates at both ends", () => {
    const unit = AdminUnitSchema.parse({
      ...province("01", "Thành phố Hà Nội"),
      type: "centrally-run-city",
      history: [{ validTo: "2007-12-31", name: "Thủ đô Hà Nội" }],
    });
    const periods = buildAdminIndex([unit]).versionsOf("01");
    expect(periods.map((p) => [p.validFrom, p.validTo, p.name])).toEqual([
      [undefined, "2007-12-31", "Thủ đô Hà Nội"],
      ["2008-01-01", undefined, "Thành phố Hà Nội"],
    ]);
  });
});

describe("problems found while building", () => {
  it("keeps a unit given twice once, without a problem", () => {
    const index = buildAdminIndex([
      province("38", "Tỉnh Thanh Hóa", OLD),
      province("38", "Tỉnh Thanh Hóa", OLD),
    ]);
    expect(index.problems).toEqual([]);
    expect(index.size).toBe(1);
  });

  it("reports two different versions of a code valid on the same days, and keeps the first", () => {
    const index = buildAdminIndex([
      province("38", "Tỉnh Thanh Hóa", OLD),
      province("38", "Tỉnh Thanh Hoá", { validFrom: "2025-01-01" }),
    ]);
    expect(index.problems).toHaveLength(1);
    expect(index.problems[0]).toMatchObject({ path: ["units", 1], code: "overlapping-versions" });
    expect(index.problems[0]?.message.vi).toContain("trùng");
    expect(index.get("38")?.name).toBe("Tỉnh Thanh Hóa");
  });

  it("reports a unit whose own history overlaps itself", () => {
    const unit: AdminUnit = {
      ...province("38", "Tỉnh Thanh Hóa"),
      history: [
        { validFrom: "2000-01-01", validTo: "2010-12-31", name: "A" },
        { validFrom: "2005-01-01", validTo: "2012-12-31", name: "B" },
      ],
    };
    expect(buildAdminIndex([unit]).problems.map((p) => p.code)).toEqual(["overlapping-versions"]);
  });

  it("reports a parent that does not exist on the child's dates, or is not above it", () => {
    const index = buildAdminIndex([
      province("38", "Tỉnh Thanh Hóa", OLD),
      commune("15532", "Xã Xuân Sinh", "395"),
      commune("15535", "Xã Xuân Hòa", "38", NEW),
      commune("15536", "Xã Con", "15535", NEW),
    ]);
    expect(index.problems.map((p) => [p.code, p.path])).toEqual([
      ["unknown-parent", ["units", 1, "parentCode"]],
      ["unknown-parent", ["units", 2, "parentCode"]],
      ["unknown-parent", ["units", 3, "parentCode"]],
    ]);
    expect(index.problems[1]?.message.en).toContain("current dates");
    expect(index.problems[2]?.message.en).toContain("not a higher level");
  });

  it("reports links from or to codes without a unit on that day", () => {
    const index = buildAdminIndex(
      [province("25", "Tỉnh Phú Thọ", NEW)],
      [link("26", "25"), link("25", "27")],
    );
    expect(index.problems.map((p) => [p.code, p.path])).toEqual([
      ["unknown-predecessor", ["successions", 0, "oldCode"]],
      ["unknown-predecessor", ["successions", 1, "oldCode"]],
      ["unknown-successor", ["successions", 1, "newCode"]],
    ]);
  });

  it("keeps a link given twice once, and as partial when the two disagree", () => {
    const units = [province("25", "Tỉnh Phú Thọ", OLD), province("25", "Tỉnh Phú Thọ", NEW)];
    expect(
      buildAdminIndex(units, [link("25", "25"), link("25", "25")]).allSuccessions(),
    ).toHaveLength(1);
    const conflicting = buildAdminIndex(units, [link("25", "25"), link("25", "25", "partial")]);
    expect(conflicting.allSuccessions()).toEqual([link("25", "25", "partial")]);
    expect(conflicting.problems.map((p) => p.code)).toEqual(["succession-kind-conflict"]);
    const partialFirst = buildAdminIndex(units, [link("25", "25", "partial"), link("25", "25")]);
    expect(partialFirst.allSuccessions()).toEqual([link("25", "25", "partial")]);
  });

  it("reports a unit that goes wholly into one unit and also into another", () => {
    const index = buildAdminIndex(
      [
        province("25", "Tỉnh Phú Thọ", OLD),
        province("25", "Tỉnh Phú Thọ", NEW),
        province("26", "Tỉnh Vĩnh Phúc", NEW),
      ],
      [link("25", "25"), link("25", "26", "partial")],
    );
    expect(index.problems.map((p) => [p.code, p.path])).toEqual([
      ["conflicting-succession", ["successions", 0]],
    ]);
    expect(index.problems[0]?.message.en).toContain("also into 26");
  });

  it("accepts any iterable and builds an empty index", () => {
    const empty = buildAdminIndex([]);
    expect(empty.size).toBe(0);
    expect(empty.resolveUnit("38")).toEqual({ status: "unknown" });
    function* units() {
      yield province("38", "Tỉnh Thanh Hóa");
    }
    expect(buildAdminIndex(units(), new Set<AdminSuccession>()).size).toBe(1);
  });
});

describe("resolution of links whose targets are missing", () => {
  it("is ambiguous when part of a unit goes to an unknown unit, and unknown when all of it does", () => {
    const index = buildAdminIndex(
      [commune("08001", "Xã B", "227"), commune("08002", "Xã C", "227", NEW)],
      [
        link("08001", "08002", "partial"),
        link("08001", "08003", "partial"),
        link("08004", "08005"),
      ],
    );
    const resolution = index.resolveUnit("08001", { at: "2026-01-01" });
    expect(
      resolution.status === "ambiguous" && resolution.candidates.map((unit) => unit.code),
    ).toEqual(["08002"]);
    expect(index.resolveUnit("08004", { at: "2026-01-01" })).toEqual({ status: "unknown" });
    expect(index.resolveUnit("08004", { at: "2026-01-01", asOf: "2024-01-01" })).toEqual({
      status: "unknown",
    });
  });
});

describe("resolution through long and partial chains", () => {
  it("follows a chain of 70 mergers to its end", () => {
    const day = (i: number) => `${2000 + i}-01-01`;
    const units: AdminUnit[] = [];
    const links: AdminSuccession[] = [];
    for (let i = 0; i <= 70; i++) {
      const code = String(10000 + i);
      units.push({
        code,
        name: `Xã ${i}`,
        level: "commune",
        type: "commune",
        parentCode: "38",
        ...(i > 0 ? { validFrom: day(i) } : {}),
        ...(i < 70 ? { validTo: `${2000 + i}-12-31` } : {}),
      });
      if (i < 70) links.push(link(code, String(10001 + i), "whole", day(i + 1)));
    }
    const index = buildAdminIndex([province("38", "Tỉnh Thanh Hóa"), ...units], links);
    expect(index.problems).toEqual([]);
    expect(index.resolveUnit("10000")).toMatchObject({ status: "merged", unit: { code: "10070" } });
    expect(index.resolveUnit("10000", { at: "2010-06-01" })).toMatchObject({
      status: "merged",
      unit: { code: "10010" },
    });
  });

  it("keeps a unit with a single partial link ambiguous: the rest of it is unaccounted for", () => {
    const index = buildAdminIndex(
      [commune("08001", "Xã B", "227"), commune("08002", "Xã C", "227", NEW)],
      [link("08001", "08002", "partial")],
    );
    const resolution = index.resolveUnit("08001", { at: "2026-01-01" });
    expect(
      resolution.status === "ambiguous" && resolution.candidates.map((unit) => unit.code),
    ).toEqual(["08002"]);
  });
});

describe("untrusted input: walks over the hierarchy are bounded", () => {
  // A commune that is its own parent, and a commune and a district that are each
  // other's parent, both abolished in 2025 without a succession; a commune that names
  // another commune as its parent, and a pair of communes in a parent cycle whose links
  // also go round: 15600 into 15601, then 15601 back into 15600, which no longer exists.
  function cyclic(): AdminIndex {
    return buildAdminIndex(
      [
        province("38", "Tỉnh Thanh Hóa"),
        commune("15532", "Xã Tự Chứa", "15532"),
        commune("15535", "Xã Vòng", "395"),
        district("395", "Huyện Vòng", "15535"),
        commune("15600", "Xã Đôi A", "15601", { validFrom: "2025-07-01", validTo: "2025-12-31" }),
        commune("15601", "Xã Đôi B", "15600", { validFrom: "2025-07-01", validTo: "2026-12-31" }),
      ],
      [
        link("15600", "15601", "whole", "2026-01-01"),
        link("15601", "15600", "whole", "2027-01-01"),
      ],
    );
  }

  it("reports a unit that is its own parent, and a parent cycle, as unknown parents", () => {
    expect(cyclic().problems.map((problem) => [problem.code, problem.path])).toEqual([
      ["unknown-successor", ["successions", 1, "newCode"]],
      ["unknown-parent", ["units", 1, "parentCode"]],
      ["unknown-parent", ["units", 3, "parentCode"]],
      ["unknown-parent", ["units", 4, "parentCode"]],
      ["unknown-parent", ["units", 5, "parentCode"]],
    ]);
  });

  it("ends ancestorAt and parentOf with undefined on a unit that is its own parent", () => {
    const index = cyclic();
    expect(index.ancestorAt("15532", "province")).toBeUndefined();
    expect(index.ancestorAt("15532", "district", "2024-01-01")).toBeUndefined();
    expect(index.ancestorAt("15532", "commune")?.code).toBe("15532");
    expect(index.parentOf("15532")).toBeUndefined();
    expect(index.childrenOf("15532")).toEqual([]);
  });

  it("ends ancestorAt and parentOf with undefined on a two-unit parent cycle", () => {
    const index = cyclic();
    expect(index.ancestorAt("15535", "province", "2024-01-01")).toBeUndefined();
    expect(index.ancestorAt("15535", "district", "2024-01-01")?.code).toBe("395");
    expect(index.parentOf("395", "2024-01-01")).toBeUndefined();
    expect(index.childrenOf("395", "2024-01-01").map((unit) => unit.code)).toEqual(["15535"]);
    expect(index.childrenOf("15535", "2024-01-01")).toEqual([]);
    expect(index.ancestorAt("15600", "province")).toBeUndefined();
    expect(index.ancestorAt("15600", "district")).toBeUndefined();
    expect(index.parentOf("15600")).toBeUndefined();
    expect(index.parentOf("15601", "2025-12-31")).toBeUndefined();
  });

  it("ends resolveUnit with unknown, never hangs, through parent cycles and succession cycles", () => {
    const index = cyclic();
    expect(index.resolveUnit("15532", { at: "2026-01-01" })).toEqual({ status: "unknown" });
    expect(index.resolveUnit("395", { at: "2026-01-01" })).toEqual({ status: "unknown" });
    expect(index.resolveUnit("15535", { at: "2026-01-01" })).toEqual({ status: "unknown" });
    expect(index.resolveUnit("15532", { at: "2024-01-01" })).toMatchObject({ status: "current" });
    expect(index.resolveUnit("15600", { at: "2026-06-01" })).toMatchObject({
      status: "merged",
      unit: { code: "15601" },
    });
    expect(index.resolveUnit("15600", { at: "2028-01-01" })).toEqual({ status: "unknown" });
    expect(index.resolveUnit("15601", { at: "2028-01-01" })).toEqual({ status: "unknown" });
  });

  it("ends every walk on any graph of parents and successions", () => {
    const codes = ["01", "02", "101", "102", "10001", "10002", "10003"];
    const days = ["2020-01-01", "2024-12-31", "2025-07-01", "2026-06-30", "2030-01-01"];
    const levels = ["province", "district", "commune", "village"] as const;
    const unitArb = fc.record({
      code: fc.constantFrom(...codes),
      level: fc.constantFrom(...levels),
      parentCode: fc.option(fc.constantFrom(...codes), { nil: undefined }),
      validFrom: fc.option(fc.constantFrom(...days), { nil: undefined }),
    });
    const linkArb = fc.record({
      oldCode: fc.constantFrom(...codes),
      newCode: fc.constantFrom(...codes),
      kind: fc.constantFrom("whole" as const, "partial" as const),
      effectiveDate: fc.constantFrom(...days),
    });
    fc.assert(
      fc.property(
        fc.array(unitArb, { maxLength: 10 }),
        fc.array(linkArb, { maxLength: 10 }),
        (specs, links) => {
          const units = specs.map(({ parentCode, validFrom, ...spec }) => {
            const unit: AdminUnit = { ...spec, name: `Xã ${spec.code}`, type: "commune" };
            if (parentCode !== undefined) unit.parentCode = parentCode;
            if (validFrom !== undefined) unit.validFrom = validFrom;
            return unit;
          });
          const index = buildAdminIndex(units, links);
          expect(Array.isArray(index.problems)).toBe(true);
          for (const code of codes) {
            for (const at of [undefined, ...days]) {
              for (const level of levels) {
                const ancestor = index.ancestorAt(code, level, at);
                if (ancestor) expect(ancestor.level).toBe(level);
              }
              const parent = index.parentOf(code, at);
              const unit = index.get(code, at);
              if (parent && unit)
                expect(levels.indexOf(parent.level)).toBeLessThan(levels.indexOf(unit.level));
              index.childrenOf(code, at);
              expect(["current", "merged", "ambiguous", "unknown"]).toContain(
                index.resolveUnit(code, at === undefined ? {} : { at }).status,
              );
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
