// The shipped table against its source files, where they are beside the repository (on CI
// and the project's own machines). A clone with nothing beside it skips this file; every
// other test of the table runs on the table alone. `npm test` also regenerates the table and
// compares it byte for byte when the files are there (scripts/build-vn-admin.ts --check).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type AdminUnit,
  buildAdminIndex,
  loadMergesJSON,
  loadOldUnitsCsv,
  loadSplitsJSON,
} from "../../src/admin/index.js";
import { vietnamAdminIndex } from "../../src/vn-admin/index.js";

const DATA_DIR = new URL("../../../shared/data/vn-admin-2025/", import.meta.url);
const present = existsSync(new URL("merges.json", DATA_DIR));
const read = (name: string) => readFileSync(new URL(name, DATA_DIR), "utf8");

describe.skipIf(!present)("the shipped table against the dvhcvn 2025 files", () => {
  const old = present ? loadOldUnitsCsv(read("old-units.csv")) : undefined;
  const merges = present ? loadMergesJSON(JSON.parse(read("merges.json"))) : undefined;
  const splits = present ? loadSplitsJSON(JSON.parse(read("splits.json"))) : undefined;

  it("loads the JSON files without a problem and the CSV with only the 4 swapped Kiên Hải rows", () => {
    expect(merges?.problems).toEqual([]);
    expect(splits?.problems).toEqual([]);
    expect(old?.problems.map((problem) => [problem.line, problem.code, problem.severity])).toEqual([
      [9607, "swapped-names", "warning"],
      [9608, "swapped-names", "warning"],
      [9609, "swapped-names", "warning"],
      [9610, "swapped-names", "warning"],
    ]);
  });

  it("has 63 provinces, 691 districts and 10,047 communes in the CSV, and 5 island districts only splits.json lists", () => {
    const count = (level: string) => old?.units.filter((unit) => unit.level === level).length;
    expect([count("province"), count("district"), count("commune")]).toEqual([63, 691, 10047]);
    const islands = splits?.units.filter((unit) => unit.level === "district").map((u) => u.code);
    expect(islands).toEqual(["318", "471", "498", "536", "755"]);
  });

  it("gives the same links in merges.json and splits.json", () => {
    const key = (link: { oldCode: string; newCode: string; kind: string }) =>
      `${link.oldCode}>${link.newCode}:${link.kind}`;
    expect(new Set(merges?.successions.map(key))).toEqual(new Set(splits?.successions.map(key)));
  });

  it("holds exactly the units and links the loaders read from the files, on both sides of 1 July 2025", () => {
    const index = buildAdminIndex(
      [...(old?.units ?? []), ...(merges?.units ?? []), ...(splits?.units ?? [])],
      [...(merges?.successions ?? []), ...(splits?.successions ?? [])],
    );
    expect(index.problems).toEqual([]);
    const shipped = vietnamAdminIndex();
    const key = (unit: object) => JSON.stringify(unit);
    const stateOn = (unit: AdminUnit) => ({
      code: unit.code,
      name: unit.name,
      type: unit.type,
      parentCode: unit.parentCode,
    });
    for (const day of ["2025-06-30", "2025-07-01"]) {
      for (const level of ["province", "district", "commune"] as const) {
        expect(new Set(shipped.unitsOfLevel(level, day).map(stateOn).map(key))).toEqual(
          new Set(index.unitsOfLevel(level, day).map(stateOn).map(key)),
        );
      }
    }
    const reform = shipped.allSuccessions().filter((link) => link.effectiveDate === "2025-07-01");
    expect(new Set(reform.map(key))).toEqual(new Set(index.allSuccessions().map(key)));
  });
});

const HISTORY = new URL("../../../shared/data/vn-admin-history/changes.json", import.meta.url);

interface Change {
  date: string;
  level: "province" | "district" | "commune";
  code: string;
  kind: string[];
  before: { name: string; district?: string; province?: string } | null;
  after: { name: string; district?: string; province?: string } | null;
  into?: string | null;
  basis: string[];
}

describe.skipIf(!existsSync(HISTORY))(
  "the shipped history against every change of 2017-2025",
  () => {
    const changes: Change[] = existsSync(HISTORY)
      ? JSON.parse(readFileSync(HISTORY, "utf8")).changes
      : [];
    const index = vietnamAdminIndex();
    const dayBefore = (date: string) => {
      const day = new Date(`${date}T00:00:00Z`);
      day.setUTCDate(day.getUTCDate() - 1);
      return day.toISOString().slice(0, 10);
    };
    const loose = (name: string | undefined) => name?.toLowerCase();
    const named = (unit: AdminUnit | undefined, name: string) =>
      unit !== undefined &&
      (loose(unit.name) === loose(name) || (unit.aliases ?? []).includes(name));
    // Several changes of one unit on one legal date (a rename GSO saw before a recode) leave
    // only the last state of the day; the first ones are checked against the day before.
    const lastOfDay = new Map<string, number>();
    for (const [i, change] of changes.entries()) lastOfDay.set(`${change.code}@${change.date}`, i);

    it("has every change of the data, 2,445 of them", () => {
      expect(changes).toHaveLength(2445);
    });

    it("names every unit as it was the day before each change, and as it became on the day", () => {
      const wrong: string[] = [];
      changes.forEach((change, i) => {
        const before = index.get(change.code, dayBefore(change.date));
        const after = index.get(change.code, change.date);
        const last = lastOfDay.get(`${change.code}@${change.date}`) === i;
        if (change.before && !change.kind.includes("create")) {
          const earlier = changes.findIndex(
            (other, j) => j < i && other.code === change.code && other.date === change.date,
          );
          if (earlier < 0 && !named(before, change.before.name)) {
            wrong.push(
              `${change.code} ${change.date}: before ${before?.name} ≠ ${change.before.name}`,
            );
          }
        }
        if (change.kind.includes("abolish")) {
          if (
            after !== undefined &&
            !changes.some(
              (o) => o.code === change.code && o.date === change.date && o.kind.includes("create"),
            )
          ) {
            wrong.push(`${change.code} ${change.date}: still valid after abolition`);
          }
        } else if (last && change.after && !named(after, change.after.name)) {
          wrong.push(`${change.code} ${change.date}: after ${after?.name} ≠ ${change.after.name}`);
        }
        const parent = change.level === "commune" ? change.after?.district : change.after?.province;
        if (last && change.after && parent !== undefined && after?.parentCode !== parent) {
          wrong.push(`${change.code} ${change.date}: parent ${after?.parentCode} ≠ ${parent}`);
        }
      });
      expect(wrong).toEqual([]);
    });

    it("links every abolished unit that has a successor to it, on the day, with its legal basis", () => {
      const wrong: string[] = [];
      for (const change of changes) {
        if (!change.kind.includes("abolish") || !change.into) continue;
        const link = index
          .successorsOf(change.code)
          .find((candidate) => candidate.effectiveDate === change.date);
        if (link?.kind !== "whole" || (link.basis ?? []).join() !== change.basis.join()) {
          wrong.push(`${change.code} ${change.date}: ${JSON.stringify(link)}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  },
);
