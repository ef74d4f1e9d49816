/** Writing records: JSON with one record per line, ids in order, sums over cameras. */
import { pad } from "./dates.js";
import type { Activity, Camera } from "./types.js";

/** The dataset as JSON with one record per line, so that diffs stay readable. */
export function toJson(dataset: Record<string, unknown>): string {
  const lines = ["{"];
  const entries = Object.entries(dataset);
  entries.forEach(([key, value], i) => {
    const comma = i < entries.length - 1 ? "," : "";
    if (Array.isArray(value) && value.length > 0) {
      lines.push(` ${JSON.stringify(key)}: [`);
      value.forEach((record, j) => {
        lines.push(`  ${JSON.stringify(record)}${j < value.length - 1 ? "," : ""}`);
      });
      lines.push(` ]${comma}`);
    } else {
      lines.push(` ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}`);
    }
  });
  lines.push("}");
  return `${lines.join("\n")}\n`;
}

/** Sorts records by a key and numbers their ids in that order. */
export function numberInOrder<T extends { id: string }>(
  records: T[],
  key: (record: T) => number | string,
  prefix: string,
  width = 4,
): T[] {
  records.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    return ka < kb ? -1 : ka > kb ? 1 : 0;
  });
  records.forEach((record, i) => {
    record.id = `${prefix}${pad(i + 1, width)}`;
  });
  return records;
}

/** The instant an activity is numbered by: its start, its receipt, or noon of its date. */
export function activityKey(a: Activity): string {
  switch (a.kind) {
    case "patrol":
    case "ambush":
      return a.startedAt;
    case "tip":
      return a.receivedAt;
    default:
      return `${a.date}T12:00`;
  }
}

/** What a list of cameras received from one funding source. */
export const fundingFrom = (cameras: readonly Camera[], source: string) =>
  cameras.reduce(
    (acc, c) =>
      acc + (c.funding ?? []).filter((f) => f.source === source).reduce((s, f) => s + f.amount, 0),
    0,
  );

/** What a camera cost, from all its sources. */
export const cameraCost = (camera: Camera) =>
  (camera.funding ?? []).reduce((acc, f) => acc + f.amount, 0);

/** A copy of a fixed record, so that numbering the copy leaves the data table alone. */
export const copy = <T>(record: T): T => structuredClone(record) as T;
