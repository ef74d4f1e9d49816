// Internal helpers for the cross-field rules of every domain's records; not part of the
// public API (core/index.ts does not re-export this module).
import type * as z from "zod";

interface Payload {
  readonly value: unknown;
  readonly issues: readonly { readonly path?: readonly PropertyKey[] | undefined }[];
}

/**
 * Runs a record's cross-field rules even when another field already failed, so that one
 * pass reports every problem (zod skips refinements after any issue by default). The
 * rules themselves read only fields that parsed cleanly; see {@link fieldsOk}.
 */
export const RUN_WITH_OTHER_ISSUES = {
  when: (payload: Payload): boolean =>
    typeof payload.value === "object" && payload.value !== null && !Array.isArray(payload.value),
};

/** Whether none of the named top-level fields has an issue yet. */
export function fieldsOk(ctx: Payload, ...keys: readonly string[]): boolean {
  // Valid records, the common case, have no issue: nothing to look through.
  const issues = ctx.issues;
  if (issues.length === 0) return true;
  for (const issue of issues) if (keys.includes(String(issue.path?.[0]))) return false;
  return true;
}

/**
 * Adds a custom issue: `code` is its entry in the problem catalogue (`antt/problems`),
 * written as a string literal at the call so that the catalogue test finds it; the
 * message says what is wrong with this record, in English and Vietnamese.
 */
export function fail(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  path: readonly (string | number)[],
  en: string,
  vi: string,
): void {
  ctx.addIssue({ code: "custom", path: [...path], message: en, params: { vi, code } });
}

/** Reports every repeated item of a list at its index. */
export function noDuplicates(
  ctx: z.core.$RefinementCtx<unknown>,
  code: string,
  key: string,
  items: readonly string[] | undefined,
  what: { en: string; vi: string },
): void {
  if (!items) return;
  const n = items.length;
  // Lists are short (a few camera ids or means): comparing pairs allocates nothing, where
  // a Set per record was garbage for every record parsed.
  const seen = n > 16 ? new Set<string>() : undefined;
  for (let index = 0; index < n; index++) {
    const item = items[index] as string;
    let repeated: boolean;
    if (seen) {
      repeated = seen.has(item);
      seen.add(item);
    } else {
      repeated = false;
      for (let j = 0; j < index; j++) {
        if (items[j] === item) {
          repeated = true;
          break;
        }
      }
    }
    if (repeated) {
      fail(
        ctx,
        code,
        [key, index],
        `${what.en} "${item}" is listed more than once`,
        `${what.vi} "${item}" bị lặp lại`,
      );
    }
  }
}

/** `YYYY-MM-DD` as Vietnamese readers write it: `dd/mm/yyyy`. */
export function viDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

// The record rules read instants that passed InstantSchema: `YYYY-MM-DDTHH:MM:SS`, an
// optional fraction, then `Z` or `±HH:MM`. Parsing them with `Date.parse` was most of the
// cost of the rules; the digits say as much.

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;
const two = (s: string, i: number): number => digit(s, i) * 10 + digit(s, i + 1);

/** Position of the offset (`Z`, `+` or `-`) of an instant, after the seconds and fraction. */
function offsetAt(s: string): number {
  let i = 19;
  if (s.charCodeAt(i) === 46) {
    i += 1;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c < 48 || c > 57) break;
      i += 1;
    }
  }
  return i;
}

/** Minutes east of UTC of the offset at `i`. */
function offsetMinutes(s: string, i: number): number {
  if (s.charCodeAt(i) === 90) return 0; // "Z"
  const minutes = two(s, i + 1) * 60 + two(s, i + 4);
  return s.charCodeAt(i) === 45 ? -minutes : minutes;
}

/** Whole seconds since the epoch of an instant (its fraction aside). */
function secondsOf(s: string): number {
  const utc = Date.UTC(
    digit(s, 0) * 1000 + digit(s, 1) * 100 + two(s, 2),
    two(s, 5) - 1,
    two(s, 8),
    two(s, 11),
    two(s, 14),
    two(s, 17),
  );
  return utc / 1000 - offsetMinutes(s, offsetAt(s)) * 60;
}

/** The milliseconds of an instant as written (`.5` is 500), further digits dropped. */
function millisOf(s: string): number {
  if (s.charCodeAt(19) !== 46) return 0;
  const end = offsetAt(s);
  let ms = 0;
  for (let i = 20; i < 23; i++) ms = ms * 10 + (i < end ? digit(s, i) : 0);
  return ms;
}

/**
 * Compares two instants that passed InstantSchema: negative when `a` is earlier, 0 when
 * they are the same instant, positive when `a` is later, to the millisecond (further
 * fraction digits dropped), without parsing a date. The same as `Date.parse` except for
 * fractions of ten or more digits starting with 0, which V8's `Date.parse` misreads
 * (`.0999999999` as 999 ms).
 */
export function compareInstants(a: string, b: string): number {
  const seconds = secondsOf(a) - secondsOf(b);
  if (seconds !== 0) return seconds;
  // Date.parse keeps milliseconds: a fraction beyond them does not tell two instants apart.
  return millisOf(a) - millisOf(b);
}
