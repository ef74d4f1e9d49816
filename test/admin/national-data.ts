// Reads the national administrative data shared beside the repository (never copied
// into it) and builds the index the tests and benchmarks use.
import { readFileSync } from "node:fs";
import {
  type AdminIndex,
  type AdminLoadResult,
  buildAdminIndex,
  loadMergesJson,
  loadOldUnitsCsv,
  loadSplitsJson,
} from "../../src/admin/index.js";

export const DATA_DIR = new URL("../../../shared/data/vn-admin-2025/", import.meta.url);

export interface MergesFile {
  data: {
    level1_id: string;
    name: string;
    merges: { old_id: string; name: string; type: string }[];
    level2s: {
      level2_id: string;
      name: string;
      merges: { old_id: string; name: string; type: string }[];
    }[];
  }[];
}

export interface SplitsFile {
  data: {
    level1_id: string;
    name: string;
    splits: { new_id: string; name: string }[];
    level2s?: { level2_id: string; name: string; splits: { new_id: string; name: string }[] }[];
    level3s: { level3_id: string; name: string; splits: { new_id: string; name: string }[] }[];
  }[];
}

export interface NationalData {
  readonly mergesJson: MergesFile;
  readonly splitsJson: SplitsFile;
  readonly csv: string;
  readonly old: AdminLoadResult;
  readonly merges: AdminLoadResult;
  readonly splits: AdminLoadResult;
  readonly index: AdminIndex;
}

function read(name: string): string {
  return readFileSync(new URL(name, DATA_DIR), "utf8");
}

export function readNationalFiles(): Pick<NationalData, "mergesJson" | "splitsJson" | "csv"> {
  return {
    mergesJson: JSON.parse(read("merges.json")) as MergesFile,
    splitsJson: JSON.parse(read("splits.json")) as SplitsFile,
    csv: read("old-units.csv"),
  };
}

let cached: NationalData | undefined;

export function nationalData(): NationalData {
  if (cached) return cached;
  const files = readNationalFiles();
  const old = loadOldUnitsCsv(files.csv);
  const merges = loadMergesJson(files.mergesJson);
  const splits = loadSplitsJson(files.splitsJson);
  const index = buildAdminIndex(
    [...old.units, ...merges.units, ...splits.units],
    [...merges.successions, ...splits.successions],
  );
  cached = { ...files, old, merges, splits, index };
  return cached;
}
