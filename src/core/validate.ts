import * as z from "zod";
import en from "zod/v4/locales/en.js";
import vi from "zod/v4/locales/vi.js";
import type { Issue, ValidationResult } from "./issues.js";
import { vietnameseFor } from "./messages.js";

const enMap = en().localeError;
const viMap = vi().localeError;

/** The most characters of input a message or a path key echoes. */
const ECHO_LIMIT = 200;

/** Shortens text that echoes untrusted input, keeping its start and its end. */
function capped(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const half = Math.floor((limit - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : capped(String(key), ECHO_LIMIT)));
}

/**
 * Turns a zod error into the library's issues, with the message in English and in
 * Vietnamese for every issue.
 *
 * @description zod's own messages come from its `en` and `vi` locales. A schema's own
 * English message is kept; the library's cross-field rules carry their Vietnamese text
 * with them (`params.vi`), and other custom messages fall back to zod's Vietnamese text.
 *
 * @param error - a `ZodError` from `safeParse`
 * @returns one {@link Issue} per zod issue, in the same order
 * @category Validation
 * @example
 * ```ts
 * import { CountSchema, issuesFromZod } from "antt";
 * const result = CountSchema.safeParse(-1);
 * if (!result.success) issuesFromZod(result.error)[0]?.message.vi; // "Quá nhỏ: mong đợi number >=0"
 * ```
 */
export function issuesFromZod(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => {
    const params = (issue as { params?: { vi?: unknown } }).params;
    const raw = issue as unknown as Parameters<typeof enMap>[0];
    const viDefault = textOf(viMap(raw));
    // The schema's own message wins; but when the app switched zod to Vietnamese
    // (useVietnameseErrors), zod's message is the Vietnamese default: give English then.
    const en = issue.message === viDefault ? (textOf(enMap(raw)) ?? issue.message) : issue.message;
    const vi =
      typeof params?.vi === "string"
        ? params.vi
        : (vietnameseFor(issue.message) ?? viDefault ?? issue.message);
    // A message may quote input (an unknown key of ten megabytes): keep it readable.
    const limit = ECHO_LIMIT * 2;
    return {
      path: pathOf(issue.path),
      code: issue.code,
      message: { en: capped(en, limit), vi: capped(vi, limit) },
    };
  });
}

function textOf(result: unknown): string | undefined {
  if (typeof result === "string") return result;
  if (result && typeof result === "object" && "message" in result) {
    return String((result as { message: unknown }).message);
  }
  return undefined;
}

/**
 * Parses input with a schema and returns the value or every issue, with messages in
 * English and Vietnamese; never throws on bad input.
 *
 * @param schema - any zod schema of the library (or the app's own)
 * @param input - untrusted input, such as parsed JSON
 * @returns `{ success: true, data }` or `{ success: false, issues }`
 * @category Validation
 * @example
 * ```ts
 * import { validate, GeoPointSchema } from "antt";
 * const result = validate(GeoPointSchema, { lat: 19.9, lng: 205 });
 * if (!result.success) {
 *   for (const issue of result.issues) console.log(issue.path.join("."), issue.message.vi);
 *   // lng Quá lớn: mong đợi number <=180
 * }
 * ```
 */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
): ValidationResult<z.output<S>> {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return { success: true, data: result.data };
  return { success: false, issues: issuesFromZod(result.error) };
}

/**
 * Makes zod write its error messages in Vietnamese everywhere in the app (zod's `vi`
 * locale), for apps that show `error.message` of their own schemas to Vietnamese users.
 *
 * @description This changes zod's global configuration, so it is a function the app
 * calls once at start-up, never something the library does on import. Apps that only
 * need the library's validation do not need it: {@link validate} already gives every
 * issue in both languages.
 *
 * @category Validation
 * @example
 * ```ts
 * import * as z from "zod";
 * import { useVietnameseErrors } from "antt";
 * useVietnameseErrors();
 * z.number().safeParse("5").error?.issues[0]?.message; // "Đầu vào không hợp lệ: mong đợi số, nhận được string"
 * ```
 */
export function useVietnameseErrors(): void {
  z.config(vi());
}
