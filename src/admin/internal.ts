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

import {
  ADMIN_UNIT_TYPE_LEVEL,
  ADMIN_UNIT_TYPE_WORDS,
  type AdminLevel,
  type AdminUnitType,
} from "./labels.js";
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

/** The most characters of untrusted text a message repeats; longer text is cut with "...". */
export const ECHO_LIMIT = 200;

// Characters that would be invisible, or would reorder or break the text around them, in a
// message: control characters, format characters (bidirectional overrides and isolates,
// zero-width characters), lone surrogates, and the line and paragraph separators.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\u2028\u2029]/gu;

function escapeHidden(text: string): string {
  return text.replace(HIDDEN, (char) => {
    const point = char.codePointAt(0) as number;
    return point > 0xffff
      ? `\\u{${point.toString(16)}}`
      : `\\u${point.toString(16).padStart(4, "0")}`;
  });
}

/**
 * Text cut to at most `limit` characters, the last three being "..." when it was cut, and
 * never inside a surrogate pair.
 */
export function cut(text: string, limit = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  if (limit < 4) return "...";
  let end = limit - 3;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}...`;
}

/**
 * Untrusted text as a message may repeat it: at most {@link ECHO_LIMIT} characters, and
 * characters that would hide or reorder the message's own words written as `\uXXXX`.
 */
export function echo(text: string): string {
  return escapeHidden(cut(text));
}

/** Untrusted text in double quotes, as `JSON.stringify` writes it, cut and escaped as by {@link echo}. */
export function quote(text: string): string {
  return `"${escapeHidden(cut(text).replace(/["\\]/g, "\\$&"))}"`;
}

/** Type words of one level, each with the type of that level it stands for. */
export type LevelTypeWords = readonly (readonly [word: string, type: AdminUnitType])[];

/**
 * The type words of each level, from {@link ADMIN_UNIT_TYPE_WORDS} in its order, each with
 * the first type of that level it stands for ("thành phố": `provincial-city` at district
 * level).
 */
export const TYPE_WORDS_AT: { readonly [L in AdminLevel]: LevelTypeWords } =
  /* @__PURE__ */ (() => {
    const at = (level: AdminLevel): LevelTypeWords =>
      ADMIN_UNIT_TYPE_WORDS.flatMap(([word, types]) => {
        const type = types.find((candidate) => ADMIN_UNIT_TYPE_LEVEL[candidate] === level);
        return type === undefined ? [] : [[word, type] as const];
      });
    return {
      province: at("province"),
      district: at("district"),
      commune: at("commune"),
      village: at("village"),
    };
  })();
