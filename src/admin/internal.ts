// Internal helpers of the admin domain (not exported from the package). Calendar dates are `YYYY-MM-DD` strings, so
// they compare correctly as strings; these helpers only step one day at a time.

/** A date before every real date: "valid since before the data begins". */
export const BEGINNING = "0000-01-01";
/** A date after every real date: "still valid". */
export const END_OF_TIME = "9999-12-31";

function shift(date: string, days: number): string {
  const day = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not read years 0-99 as 1900-1999.
  day.setUTCFullYear(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)) + days,
  );
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + 1;
  const dom = day.getUTCDate();
  return `${String(year).padStart(4, "0")}-${month < 10 ? "0" : ""}${month}-${dom < 10 ? "0" : ""}${dom}`;
}

/** The day after a calendar date. */
export function dayAfter(date: string): string {
  return date === END_OF_TIME ? date : shift(date, 1);
}

/** The day before a calendar date. */
export function dayBefore(date: string): string {
  return date === BEGINNING ? date : shift(date, -1);
}

import type { AdminLevel } from "./labels.js";
import type { AdminUnit } from "./schema.js";

/** The first day of a unit version (BEGINNING when it is not known). */
export function startOf(unit: AdminUnit): string {
  return unit.validFrom ?? BEGINNING;
}

/** The last day of a unit version (END_OF_TIME while it is still valid). */
export function endOf(unit: AdminUnit): string {
  return unit.validTo ?? END_OF_TIME;
}

/** Whether a unit version is valid on a day. */
export function isValidOn(unit: AdminUnit, date: string): boolean {
  return startOf(unit) <= date && date <= endOf(unit);
}

/** The rank of each level, 0 for a province. */
export const RANK: { readonly [L in AdminLevel]: number } = {
  province: 0,
  district: 1,
  commune: 2,
  village: 3,
};

/** Orders unit versions by code, then by first day. */
export function byCode(a: AdminUnit, b: AdminUnit): number {
  return a.code < b.code
    ? -1
    : a.code > b.code
      ? 1
      : startOf(a) < startOf(b)
        ? -1
        : startOf(a) > startOf(b)
          ? 1
          : 0;
}
