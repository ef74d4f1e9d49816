// The shipped table against its source files, where they are beside the repository (on CI
// and the project's own machines). A clone with nothing beside it skips this file; every
// other test of the table runs on the table alone. `npm test` also regenerates the table and
// compares it byte for byte when the files are there (scripts/build-vn-admin.ts --check).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildAdminIndex,
  loadMergesJSON,
  loadOldUnitsCsv,
  loadSplitsJSON,
} from "../../src/admin/index.js";
import { vietnamAdminData } from "../../src/vn-admin/index.js";

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

  it("holds exactly the units and links the loaders read from the files", () => {
    const index = buildAdminIndex(
      [...(old?.units ?? []), ...(merges?.units ?? []), ...(splits?.units ?? [])],
      [...(merges?.successions ?? []), ...(splits?.successions ?? [])],
    );
    expect(index.problems).toEqual([]);
    const shipped = vietnamAdminData();
    const unitKey = (unit: object) => JSON.stringify(unit);
    expect(new Set(shipped.units.map(unitKey))).toEqual(new Set(index.allUnits().map(unitKey)));
    expect(new Set(shipped.successions.map(unitKey))).toEqual(
      new Set(index.allSuccessions().map(unitKey)),
    );
  });
});
