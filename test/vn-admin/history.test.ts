// The history of the shipped unit table, 15 October 2017 to 1 July 2025: the states the
// index gives on each day, the changes behind them, and resolution forward and backward.
// Nothing here reads outside the repository (test/vn-admin/parity.test.ts checks every change
// against the source file where it is present).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AdminUnit,
  adminUnitTypeFromName,
  findUnitsByName,
  resolveUnitName,
  rollupTargetFor,
} from "../../src/admin/index.js";
import {
  legalAct,
  vietnamAdminData,
  vietnamAdminIndex,
  vietnamAdminNotes,
} from "../../src/vn-admin/index.js";

const index = vietnamAdminIndex();
const { units } = vietnamAdminData();
const TODAY = "2026-01-01";

const dayAfter = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

describe("the units on every day since 15 October 2017", () => {
  // Provinces, districts with communes, and communes on the days of the history's source
  // snapshots, as undoing the changes.json records from the 2025 state gives them (worked
  // out apart from the library, from the data alone; in 2017 Lý Sơn, which the 2025 files
  // list without communes, still had three). 11,162 communes at the end of 2017
  // and 10,599 after the 2019-2021 wave are the figures the government published.
  const STATES: readonly (readonly [string, number, number, number])[] = [
    ["2017-10-15", 63, 709, 11162],
    ["2020-06-01", 63, 702, 10614],
    ["2021-02-01", 63, 700, 10603],
    ["2021-07-01", 63, 700, 10599],
    ["2021-11-01", 63, 700, 10599],
    ["2022-04-10", 63, 700, 10599],
    ["2022-10-01", 63, 700, 10599],
    ["2023-04-10", 63, 700, 10598],
    ["2024-02-01", 63, 700, 10597],
    ["2024-05-01", 63, 700, 10595],
    ["2024-09-01", 63, 699, 10542],
    ["2024-11-01", 63, 699, 10472],
    ["2025-01-01", 63, 691, 10051],
    ["2025-03-01", 63, 691, 10047],
    ["2025-06-30", 63, 691, 10047],
  ];

  it.each(STATES)(
    "on %s: %i provinces, %i districts with communes, %i communes",
    (day, p, d, c) => {
      expect(index.unitsOfLevel("province", day)).toHaveLength(p);
      const districts = index.unitsOfLevel("district", day);
      expect(districts.filter((unit) => index.childrenOf(unit.code, day).length > 0)).toHaveLength(
        d,
      );
      expect(index.unitsOfLevel("commune", day)).toHaveLength(c);
    },
  );

  it("places every commune of every day under a district of that day, in a province of that day", () => {
    for (const [day] of STATES) {
      for (const commune of index.unitsOfLevel("commune", day)) {
        const district = index.parentOf(commune.code, day);
        expect(district?.level, `${commune.code} on ${day}`).toBe("district");
        expect(index.ancestorAt(commune.code, "province", day)?.level).toBe("province");
      }
    }
  });

  it("reproduces the data README's count of abolished and created units by year", () => {
    const byYear = (list: readonly AdminUnit[], date: (unit: AdminUnit) => string) => {
      const counts: Record<string, number> = {};
      for (const unit of list) {
        const year = date(unit).slice(0, 4);
        counts[year] = (counts[year] ?? 0) + 1;
      }
      return counts;
    };
    const of = (level: string) => units.filter((unit) => unit.level === level);
    const abolished = (level: string) =>
      byYear(
        of(level).filter((unit) => unit.validTo !== undefined && unit.validTo < "2025-06-30"),
        (unit) => dayAfter(unit.validTo as string),
      );
    const created = (level: string) =>
      byYear(
        of(level).filter((unit) => unit.validFrom !== undefined && unit.validFrom < "2025-07-01"),
        (unit) => unit.validFrom as string,
      );
    expect(abolished("commune")).toEqual({
      2019: 107,
      2020: 444,
      2021: 15,
      2022: 1,
      2023: 1,
      2024: 277,
      2025: 298,
    });
    expect(created("commune")).toEqual({ 2020: 3, 2022: 1, 2024: 5, 2025: 19 });
    expect(abolished("district")).toEqual({ 2020: 6, 2021: 2, 2024: 4, 2025: 7 });
    expect(created("district")).toEqual({ 2025: 2 });
  });
});

describe("the changes the issue names", () => {
  it("Lâm Đồng, 1 December 2024 (1245/NQ-UBTVQH15): 682 renamed, 681 and 683 merged into it", () => {
    expect(index.get("682", "2023-06-01")?.name).toBe("Huyện Đạ Tẻh");
    expect(index.get("682", "2024-12-01")?.name).toBe("Huyện Đạ Huoai");
    for (const code of ["681", "683"]) {
      expect(index.get(code, "2024-11-30")).toBeDefined();
      expect(index.get(code, "2024-12-01")).toBeUndefined();
      const trace = index.traceUnit(code, { asOf: "2023-06-01", at: "2025-03-01" });
      expect(trace.resolution).toMatchObject({ status: "merged", unit: { code: "682" } });
      expect(trace.links).toMatchObject([
        {
          oldCode: code,
          newCode: "682",
          basis: ["1245/NQ-UBTVQH15"],
          inferredBy: "communes-moved",
        },
      ]);
      expect(trace.heuristic).toBe(false);
    }
    // A 2023 report on a town of the old Huyện Đạ Huoai (681) names that district, not 682.
    const [town] = index.childrenOf("681", "2023-06-01");
    expect(index.parentOf(town?.code ?? "", "2023-06-01")?.name).toBe("Huyện Đạ Huoai");
    expect(index.parentOf(town?.code ?? "", "2023-06-01")?.code).toBe("681");
    expect(index.parentOf(town?.code ?? "", "2025-01-01")?.code).toBe("682");
    expect(legalAct("1245/NQ-UBTVQH15")).toMatchObject({ effective: "2024-12-01" });
  });

  it("Thủ Đức, 1 January 2021 (1111/NQ-UBTVQH14): Quận 2 became the city, 762 and 763 abolished into it", () => {
    expect(index.get("769", "2020-12-31")?.name).toBe("Quận 2");
    expect(index.get("769", "2021-01-01")).toMatchObject({
      name: "Thành phố Thủ Đức",
      type: "municipal-city",
    });
    for (const code of ["762", "763"]) {
      expect(index.resolveUnit(code, { asOf: "2020-06-01", at: "2025-03-01" })).toMatchObject({
        status: "merged",
        unit: { code: "769" },
      });
    }
    // Phường Linh Xuân was a ward of Quận Thủ Đức, and moved into the city.
    expect(index.get("26794", "2020-06-01")?.name).toBe("Phường Linh Xuân");
    expect(index.parentOf("26794", "2020-06-01")?.name).toBe("Quận Thủ Đức");
    expect(index.parentOf("26794", "2021-06-01")?.name).toBe("Thành phố Thủ Đức");
    const moved = index
      .childrenOf("769", "2021-01-01")
      .filter((ward) =>
        ["762", "763"].includes(index.parentOf(ward.code, "2020-12-31")?.code ?? ""),
      );
    expect(moved).toHaveLength(25);
  });

  it("Hà Nội, 1 March 2020 (895/NQ-UBTVQH14): shared-syllable and only-changed-unit links are heuristics", () => {
    const camDinh = index.traceUnit("09736", { asOf: "2019-06-01", at: "2025-03-01" });
    expect(camDinh.resolution).toMatchObject({
      status: "merged",
      unit: { code: "09727", name: "Xã Xuân Đình" },
    });
    expect(camDinh.links[0]).toMatchObject({
      inferredBy: "shared-syllable",
      basis: ["895/NQ-UBTVQH14"],
    });
    expect(camDinh.heuristic).toBe(true);
    const thuyPhu = index.traceUnit("10285", { asOf: "2019-06-01", at: "2025-03-01" });
    expect(thuyPhu.resolution).toMatchObject({
      status: "merged",
      unit: { code: "10282", name: "Xã Nam Tiến" },
    });
    expect(thuyPhu.links[0]?.inferredBy).toBe("only-changed-unit");
    expect(thuyPhu.heuristic).toBe(true);
    // Bùi Thị Xuân and Ngô Thì Nhậm: the sources do not say which ward took them in.
    for (const code of ["00250", "00253"]) {
      const trace = index.traceUnit(code, { asOf: "2019-06-01", at: "2025-03-01" });
      expect(trace.resolution.status, code).toBe("ambiguous");
      const own = trace.links.filter((link) => link.oldCode === code);
      expect(own.length).toBeGreaterThan(1);
      expect(
        own.every((link) => link.kind === "possible" && link.inferredBy === "same-district"),
      ).toBe(true);
      expect(
        trace.resolution.status === "ambiguous" && trace.resolution.candidates.length,
      ).toBeGreaterThan(1);
    }
  });

  it("never confuses the 20 codes that were abolished and later given to another unit", () => {
    const reused = [...new Set(units.map((unit) => unit.code))].filter(
      (code) =>
        units.filter(
          (unit) => unit.code === code && unit.validTo !== undefined && unit.validTo < "2025-06-30",
        ).length > 0 &&
        units.filter((unit) => unit.code === code).length > 1 &&
        units.some(
          (unit) =>
            unit.code === code && unit.validFrom !== undefined && unit.validFrom < "2025-07-01",
        ),
    );
    expect(reused).toHaveLength(20);
    for (const code of reused) {
      const [first, second] = units
        .filter((unit) => unit.code === code && (unit.validFrom ?? "") < "2025-07-01")
        .sort((a, b) => (a.validFrom ?? "").localeCompare(b.validFrom ?? ""));
      expect(first?.validTo, code).toBeDefined();
      expect((second?.validFrom ?? "") > (first?.validTo ?? ""), code).toBe(true);
      // The old code's records follow its own successor, not the unit that took the code later.
      const old = index.traceUnit(code, { asOf: first?.validTo as string });
      expect(old.links[0]?.oldCode, code).toBe(code);
      expect(old.links[0]?.effectiveDate, code).toBe(dayAfter(first?.validTo as string));
      const later = index.traceUnit(code, { asOf: second?.validFrom as string });
      expect(later.links[0]?.effectiveDate ?? "2025-07-01", code).toBe("2025-07-01");
    }
  });

  it("finds a unit by either spelling where the sources differ, and says so in a note", () => {
    const notes = vietnamAdminNotes();
    expect(notes.filter((note) => note.kind === "spelling")).toHaveLength(11);
    expect(notes.filter((note) => note.kind === "swapped-names")).toHaveLength(5);
    for (const note of notes.filter((n) => n.kind === "spelling")) {
      const unit = index.get(note.code, "2025-06-30") as AdminUnit;
      for (const name of [unit.name, ...(unit.aliases ?? [])]) {
        expect(findUnitsByName(index, name, { at: "2025-06-30" }).map((u) => u.code)).toContain(
          note.code,
        );
      }
    }
    expect(findUnitsByName(index, "Xã Kan Hồ", { at: "2025-06-30" }).map((u) => u.code)).toEqual([
      "03469",
    ]);
    expect(findUnitsByName(index, "Xã Can Hồ", { at: "2025-06-30" }).map((u) => u.code)).toEqual([
      "03469",
    ]);
  });
});

describe("what the history holds beside names and dates", () => {
  it("types every district of every day by its name and its province's type that day", () => {
    const wrong: string[] = [];
    for (const state of index.allUnits()) {
      if (state.level !== "district") continue;
      const day = state.validTo ?? "2025-06-30";
      const province = index.parentOf(state.code, day);
      const expected = adminUnitTypeFromName(state.name, "district", {
        parentType: province?.type,
      });
      if (state.type !== expected)
        wrong.push(`${state.code} ${state.name} to ${day}: ${state.type}`);
    }
    expect(wrong).toEqual([]);
    // Thành phố Huế was a city of a province until Huế itself became a centrally-run city.
    expect(index.get("474", "2024-06-01")?.type).toBe("provincial-city");
  });

  it("keeps the legal basis of renames and retypes, and knows every act of the history", () => {
    const [before] = units.find((unit) => unit.code === "682")?.history ?? [];
    expect(before).toMatchObject({
      validTo: "2024-11-30",
      name: "Huyện Đạ Tẻh",
      basis: ["1245/NQ-UBTVQH15"],
    });
    expect(legalAct("460/NQ-UBTVQH14")).toMatchObject({ effective: "2017-12-13" });
    const cited = new Set(
      units.flatMap((unit) => (unit.history ?? []).flatMap((period) => period.basis ?? [])),
    );
    for (const link of vietnamAdminData().successions)
      for (const act of link.basis ?? []) cited.add(act);
    for (const act of cited) expect(legalAct(act), act).toBeDefined();
  });

  it("lists a commune created the same day among the possible successors of one abolished then", () => {
    // Phường Quỳnh Lôi (00292 until 2024) went into one of the wards of Hai Bà Trưng on
    // 1 January 2025, among them the new Phường Bạch Mai, which took the code 00292 that day.
    const links = index.successorsOf("00292").filter((link) => link.effectiveDate === "2025-01-01");
    expect(links.map((link) => link.newCode)).toContain("00292");
    expect(
      links.every((link) => link.kind === "possible" && link.inferredBy === "same-district"),
    ).toBe(true);
    const former = index.formerUnitsOf("00292", "2025-03-01");
    expect(former.find((f) => f.unit.name === "Phường Quỳnh Lôi")?.kind).toBe("possible");
  });

  it("never rolls a record through a possible link into one unit, even when only one candidate is left", () => {
    const resolution = index.resolveUnit("10921", { asOf: "2019-11-30", at: "2025-07-01" });
    expect(resolution).toMatchObject({ status: "ambiguous", exhaustive: false });
    const toCommune = rollupTargetFor(index, { level: "commune", at: "2025-07-01" });
    expect(toCommune("10921", "2019-11-30").kind).toBe("ambiguous");
  });

  it("gathers under a 2020 commune only what had gone into it by 2020", () => {
    const former = index.formerUnitsOf("04714", "2020-06-01");
    expect(former.every((f) => f.links.every((link) => link.effectiveDate <= "2020-06-01"))).toBe(
      true,
    );
    expect(former.map((f) => f.unit.code)).not.toContain("04774");
  });
});

describe("resolution through the whole history", () => {
  const versions = index.allUnits();

  it("ends every (code, day) the table knows in today's units or in an explicit ambiguity", () => {
    fc.assert(
      fc.property(fc.nat(versions.length - 1), fc.nat(10_000), (i, offset) => {
        const unit = versions[i] as AdminUnit;
        const from = unit.validFrom ?? "2017-10-15";
        const to = unit.validTo ?? "2026-12-31";
        const start = Date.parse(`${from}T00:00:00Z`);
        const span = (Date.parse(`${to}T00:00:00Z`) - start) / 86_400_000;
        const day = new Date(start + (offset % (span + 1)) * 86_400_000).toISOString().slice(0, 10);
        const resolution = index.resolveUnit(unit.code, { asOf: day, at: TODAY });
        const targets =
          resolution.status === "ambiguous"
            ? resolution.candidates
            : resolution.status === "unknown"
              ? []
              : [resolution.unit];
        expect(resolution.status, `${unit.code} on ${day}`).not.toBe("unknown");
        expect(targets.length).toBeGreaterThan(0);
        for (const target of targets) expect(target.validTo, target.code).toBeUndefined();
        expect(index.traceUnit(unit.code, { asOf: day, at: TODAY }).resolution).toEqual(resolution);
      }),
      { numRuns: 3000 },
    );
  });

  it("never throws, whatever the code and the day", () => {
    const resolve = index.resolver(TODAY);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom(...versions.slice(0, 500).map((unit) => unit.code))),
        fc.option(
          fc.date({
            min: new Date("1990-01-01"),
            max: new Date("2030-12-31"),
            noInvalidDate: true,
          }),
        ),
        (code, date) => {
          const asOf = date === null ? undefined : date.toISOString().slice(0, 10);
          const status = index.resolveUnit(code, asOf === undefined ? {} : { asOf }).status;
          expect(["current", "merged", "ambiguous", "unknown"]).toContain(status);
          expect(resolve(code, asOf)).toEqual(
            index.resolveUnit(code, asOf === undefined ? { at: TODAY } : { at: TODAY, asOf }),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("gives the memoised resolver's answer for every version, on its first and last day", () => {
    const resolve = index.resolver(TODAY);
    for (const unit of versions) {
      for (const day of [unit.validFrom, unit.validTo]) {
        if (day === undefined) continue;
        expect(resolve(unit.code, day)).toEqual(
          index.resolveUnit(unit.code, { at: TODAY, asOf: day }),
        );
      }
    }
  });

  it("lists as former units of a today's commune exactly the versions that resolve wholly into it", () => {
    const wholly = new Map<string, Set<AdminUnit>>();
    for (const unit of versions) {
      if (unit.validTo === undefined) continue;
      const resolution = index.resolveUnit(unit.code, { asOf: unit.validTo, at: TODAY });
      if (resolution.status !== "merged" && resolution.status !== "current") continue;
      const set = wholly.get(resolution.unit.code) ?? new Set<AdminUnit>();
      set.add(unit);
      wholly.set(resolution.unit.code, set);
    }
    for (const commune of index.unitsOfLevel("commune", TODAY)) {
      const former = index.formerUnitsOf(commune.code, TODAY);
      const whole = new Set(former.filter((f) => f.kind === "whole").map((f) => f.unit));
      const expected = wholly.get(commune.code) ?? new Set();
      expect(
        [...whole].filter((unit) => !expected.has(unit)).map((u) => u.code),
        commune.code,
      ).toEqual([]);
      expect(
        [...expected]
          .filter((unit) => !whole.has(unit) && unit.level === "commune")
          .map((u) => u.code),
        commune.code,
      ).toEqual([]);
    }
  });

  it("resolves an old name of its own day, and settles a possible link by a hint", () => {
    const found = resolveUnitName(index, "Xã Cẩm Đình", { at: "2019-06-01", within: "01" });
    expect(found).toMatchObject({ status: "found", code: "09736" });
    expect(resolveUnitName(index, "Xã Cẩm Đình", { at: "2021-06-01" }).status).toBe("not-found");
    const ambiguous = index.resolveUnit("00250", { asOf: "2019-07-01", at: "2025-03-01" });
    expect(ambiguous.status).toBe("ambiguous");
    const [first] = ambiguous.status === "ambiguous" ? ambiguous.candidates : [];
    expect(
      index.resolveWithHint("00250", first?.code, { asOf: "2019-07-01", at: "2025-03-01" }),
    ).toEqual({
      status: "merged",
      unit: first,
    });
    const toWard = rollupTargetFor(index, {
      level: "commune",
      at: "2025-03-01",
      hints: { "00250": first?.code ?? "" },
    });
    expect(toWard("00250", "2019-07-01")).toEqual({ kind: "unit", code: first?.code });
  });

  it("rolls records of 2019, 2023 and 2025 up by their own dates", () => {
    const toCommune = rollupTargetFor(index, { level: "commune", at: TODAY });
    // Xã Cẩm Đình (2019) went into Xã Xuân Đình in 2020 (a heuristic link), which went into
    // a commune of Hà Nội in 2025.
    const today = index.resolveUnit("09727", { asOf: "2025-06-30", at: TODAY });
    expect(today.status).toBe("merged");
    const code = today.status === "merged" ? today.unit.code : "";
    expect(toCommune("09736", "2019-06-01")).toEqual({ kind: "unit", code });
    expect(toCommune("09727", "2023-06-01")).toEqual({ kind: "unit", code });
    expect(toCommune("09727", "2025-06-01")).toEqual({ kind: "unit", code });
  });
});
