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
  return !ctx.issues.some((issue) => keys.includes(String(issue.path?.[0])));
}

/** Adds a custom issue with its English message and Vietnamese translation. */
export function fail(
  ctx: z.core.$RefinementCtx<unknown>,
  path: readonly (string | number)[],
  en: string,
  vi: string,
): void {
  ctx.addIssue({ code: "custom", path: [...path], message: en, params: { vi } });
}

/** Reports every repeated item of a list at its index. */
export function noDuplicates(
  ctx: z.core.$RefinementCtx<unknown>,
  key: string,
  items: readonly string[] | undefined,
  what: { en: string; vi: string },
): void {
  if (!items) return;
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item)) {
      fail(
        ctx,
        [key, index],
        `${what.en} "${item}" is listed more than once`,
        `${what.vi} "${item}" bị lặp lại`,
      );
    }
    seen.add(item);
  });
}

/** `YYYY-MM-DD` as Vietnamese readers write it: `dd/mm/yyyy`. */
export function viDate(date: string): string {
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}

/** Milliseconds since the epoch of an instant that passed InstantSchema. */
export function ms(instant: string): number {
  return Date.parse(instant);
}
