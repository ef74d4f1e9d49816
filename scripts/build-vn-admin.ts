// Generates src/vn-admin/table.ts, the national unit table that `antt/vn-admin` ships, from
// the dvhcvn 2025 files in ../shared/data/vn-admin-2025 (or the folder given with --from)
// and the unit changes since 2017 in ../shared/data/vn-admin-history (or --history).
//
//   node --import tsx scripts/build-vn-admin.ts            writes the table
//   node --import tsx scripts/build-vn-admin.ts --check    fails if the committed table differs
//
// The files are read through the library's own loaders, so the table holds exactly what an
// app loading the files itself would get; the only problems allowed are the four Kiên Hải
// rows whose district and commune names are swapped, which the loader puts right. The
// history is applied by vn-admin-history.ts, and the index built from the result must have
// no problem at all.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type AdminSuccession,
  type AdminUnit,
  buildAdminIndex,
  loadMergesJSON,
  loadOldUnitsCsv,
  loadSplitsJSON,
} from "../src/admin/index.js";
import { decodeUnitTable, encodeUnitTable } from "../src/vn-admin/codec.js";
import { type HistoryChange, type SourceDiscrepancy, withHistory } from "./vn-admin-history.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const args = process.argv.slice(2);
const check = args.includes("--check");
const fromAt = args.indexOf("--from");
const from =
  fromAt >= 0 ? (args[fromAt + 1] as string) : join(root, "../shared/data/vn-admin-2025");
const historyAt = args.indexOf("--history");
const historyDir =
  historyAt >= 0 ? (args[historyAt + 1] as string) : join(from, "../vn-admin-history");
const target = join(root, "src/vn-admin/table.ts");

if (!existsSync(join(from, "merges.json"))) {
  console.error(`No vn-admin-2025 data at ${from}; give the folder with --from.`);
  process.exit(2);
}

if (!existsSync(join(historyDir, "changes.json"))) {
  console.error(`No vn-admin-history data at ${historyDir}; give the folder with --history.`);
  process.exit(2);
}

const read = (name: string) => readFileSync(join(from, name), "utf8");
const old = loadOldUnitsCsv(read("old-units.csv"));
const merges = loadMergesJSON(JSON.parse(read("merges.json")));
const splits = loadSplitsJSON(JSON.parse(read("splits.json")));
const index = buildAdminIndex(
  [...old.units, ...merges.units, ...splits.units],
  [...merges.successions, ...splits.successions],
);

const problems = [...old.problems, ...merges.problems, ...splits.problems, ...index.problems];
const unexpected = problems.filter((problem) => problem.code !== "swapped-names");
if (unexpected.length > 0 || problems.length !== 4) {
  console.error("The source files have problems the table cannot carry:");
  for (const problem of problems) console.error(`- ${problem.code}: ${problem.message.en}`);
  process.exit(1);
}

const history = JSON.parse(readFileSync(join(historyDir, "changes.json"), "utf8")) as {
  changes: HistoryChange[];
  resolutions: { id: string; effective: string; title: string }[];
  source_discrepancies_2025: SourceDiscrepancy[];
};
const applied = withHistory(index.allUnits(), history.changes, history.source_discrepancies_2025);
const full = buildAdminIndex(applied.units, [...index.allSuccessions(), ...applied.successions]);
if (full.problems.length > 0) {
  console.error("The table with its history has problems:");
  for (const problem of full.problems.slice(0, 20)) {
    console.error(`- ${problem.code} ${JSON.stringify(problem.path)}: ${problem.message.en}`);
  }
  process.exit(1);
}

// Units by era, then code; links by day, then new code, then old code.
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const units: AdminUnit[] = [...applied.units].sort(
  (a, b) =>
    compare(a.validFrom ?? "", b.validFrom ?? "") ||
    compare(a.validTo ?? "", b.validTo ?? "") ||
    compare(a.code, b.code),
);
const successions: AdminSuccession[] = [...full.allSuccessions()].sort(
  (a, b) =>
    compare(a.effectiveDate, b.effectiveDate) ||
    compare(a.newCode, b.newCode) ||
    compare((a.basis ?? []).join(), (b.basis ?? []).join()) ||
    compare(a.inferredBy ?? "", b.inferredBy ?? "") ||
    compare(a.oldCode, b.oldCode),
);
// Every legal act of the history, with its date and title: links and history entries cite them.
const resolutions = history.resolutions.map(
  (resolution) => [resolution.id, resolution.effective, resolution.title] as const,
);
const encoded = encodeUnitTable(units, successions);

// The table must decode to exactly what the loaders gave.
const decoded = decodeUnitTable(encoded);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const firstDifference = (a: readonly unknown[], b: readonly unknown[]) => {
  const at = a.findIndex((item, i) => !same(item, b[i]));
  return at < 0 ? "" : `${JSON.stringify(a[at])} was decoded as ${JSON.stringify(b[at])}`;
};
if (!same(decoded.units, units) || !same(decoded.successions, successions)) {
  console.error(
    firstDifference(units, decoded.units) || firstDifference(successions, decoded.successions),
  );
  console.error("The encoded table does not decode to the loaded units; the codec is wrong.");
  process.exit(1);
}

const count = (level: string, day: string) => full.unitsOfLevel(level as "province", day).length;
const at = (day: string) =>
  `${count("province", day)} provinces, ${count("district", day)} districts, ${count("commune", day)} communes`;
const source = `/*! @license
 * The national administrative unit table of antt/vn-admin, generated by
 * scripts/build-vn-admin.ts from the dvhcvn 2025 mapping (dated 2025-07-12) and the unit
 * changes of 15 October 2017 to 1 March 2025 (vn-admin-history). Do not edit.
 * Data: MIT License, Copyright (c) 2025 dvhcvn; history: MIT, see LICENSE-DATA.md in the package.
 */
// On 15 October 2017: ${at("2017-10-15")}.
// On 30 June 2025: ${at("2025-06-30")}.
// Since 1 July 2025: ${count("province", "2025-07-01")} provinces, ${count("commune", "2025-07-01")} communes.
// Unit versions: ${units.length}. Links: ${successions.length}; abolished units without a link: ${applied.unlinked.length}.

/** The encoded table (see codec.ts). */
export const TABLE: { readonly units: string; readonly links: string } = {
  units: ${JSON.stringify(encoded.units)},
  links: ${JSON.stringify(encoded.links)},
};

/** The legal acts of the history: number, effective date, title. */
export const RESOLUTIONS: readonly (readonly [string, string, string])[] = ${JSON.stringify(resolutions)};

/** Where the sources differ, and how the table holds it. */
export const NOTES: readonly {
  readonly code: string;
  readonly kind: "swapped-names" | "spelling";
  readonly name: string;
  readonly other: string;
}[] = ${JSON.stringify(applied.notes)};
`;

if (check) {
  const committed = existsSync(target) ? readFileSync(target, "utf8") : "";
  if (committed !== source) {
    console.error(
      "src/vn-admin/table.ts differs from what scripts/build-vn-admin.ts generates from the shared data; run `npm run build:vn-admin` and commit.",
    );
    process.exit(1);
  }
  console.log(
    `src/vn-admin/table.ts matches the shared data (${units.length} units, ${successions.length} links).`,
  );
} else {
  writeFileSync(target, source);
  console.log(
    `wrote ${target}: ${units.length} units, ${successions.length} links, ${source.length} characters`,
  );
}
