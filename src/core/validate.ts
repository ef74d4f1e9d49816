import * as z from "zod";
import en from "zod/v4/locales/en.js";
import vi from "zod/v4/locales/vi.js";
import { knownFields, locationOf, schemaAt, throughWrappers, within } from "./fields.js";
import type { Issue, ValidationResult } from "./issues.js";
import type { Label } from "./labels.js";
import { vietnameseFor } from "./messages.js";
import { capped, closest, ECHO_LIMIT, messageFor, shownKey } from "./zod-messages.js";

const enMap = en().localeError;
const viMap = vi().localeError;

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : capped(String(key), ECHO_LIMIT)));
}

/** A zod issue with the fields the library reads. */
interface ZodIssueLike {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly input?: unknown;
  readonly keys?: readonly string[];
  readonly values?: readonly unknown[];
  readonly params?: { readonly vi?: unknown; readonly code?: unknown };
}

/**
 * Turns a zod error into the library's issues, with the message in English and in
 * Vietnamese for every issue.
 *
 * @description Given the schema that was checked (and the input), every issue also names
 * where it is in words people know (`location`, from the fields' labels), its message
 * names the field the same way ("Số tiền phải là số nguyên, không được là 1,5"), an
 * unknown field is reported at its own path with the closest known field as a
 * `suggestion`, and a value outside a code list suggests the code it was probably meant
 * to be, matched without diacritics against the codes and their labels ("hộ gia đinh" →
 * `household`). Zod's generic text is replaced with the library's own for every kind of
 * issue; a schema's own message is kept, with the Vietnamese registered beside it. Each
 * issue's `code` is its entry in the problem catalogue (`antt/problems`): zod's code for
 * zod's checks (`too_small`), the rule's own code for the library's rules.
 *
 * @param error - a `ZodError` from `safeParse`
 * @param schema - the schema that was checked, for labels, locations and suggestions
 * @param input - the input that was checked, to follow the right option of a union
 * @returns the issues, in zod's order (an issue of several unknown fields becomes one
 *   issue per field)
 * @category Validation
 * @example
 * ```ts
 * import { CountSchema, issuesFromZod } from "antt";
 * const result = CountSchema.safeParse(-1);
 * if (!result.success) issuesFromZod(result.error)[0]?.message.vi; // "Giá trị phải từ 0 trở lên (đã ghi -1)"
 * ```
 */
export function issuesFromZod(error: z.ZodError, schema?: z.ZodType, input?: unknown): Issue[] {
  const out: Issue[] = [];
  for (const zodIssue of error.issues as unknown as ZodIssueLike[]) {
    if (zodIssue.code === "unrecognized_keys" && zodIssue.keys) {
      for (const key of zodIssue.keys) out.push(unknownKey(zodIssue, key, schema, input));
      continue;
    }
    out.push(oneIssue(zodIssue, schema, input));
  }
  return out;
}

/** One zod issue as the library's. */
function oneIssue(issue: ZodIssueLike, schema: z.ZodType | undefined, input: unknown): Issue {
  const path = pathOf(issue.path);
  const location = schema ? locationOf(schema, issue.path, input) : undefined;
  const subject = location && issue.path.length > 0 ? lastOf(location) : undefined;
  const code = typeof issue.params?.code === "string" ? issue.params.code : issue.code;
  const raw = issue as unknown as Parameters<typeof enMap>[0];
  const enDefault = textOf(enMap(raw));
  const viDefault = textOf(viMap(raw));
  // zod's own text (in either language, as an app may have switched zod to Vietnamese)
  // gives way to the library's; a schema's own message is kept.
  const isDefault = issue.message === enDefault || issue.message === viDefault;
  let message: Label;
  let suggestion: string | undefined;
  if (isDefault) {
    message = messageFor(issue as unknown as z.core.$ZodIssue, subject) ?? {
      en: enDefault ?? issue.message,
      vi: viDefault ?? issue.message,
    };
    if (issue.code === "invalid_value" && typeof issue.input === "string" && issue.values) {
      const labels = schema ? codeLabels(schemaAt(schema, issue.path, input)) : undefined;
      suggestion = suggestCode(issue.input, issue.values, labels);
      if (suggestion !== undefined) {
        const label = labels?.[suggestion];
        const named = label ? ` (${label.vi})` : "";
        const namedEn = label ? ` (${label.en})` : "";
        message = {
          vi: `${message.vi}. Có phải là "${suggestion}"${named}?`,
          en: `${message.en}. Did you mean "${suggestion}"${namedEn}?`,
        };
      }
    }
  } else {
    // A schema's own English message: its Vietnamese is registered beside it, or else the
    // library words the issue itself.
    const vi =
      typeof issue.params?.vi === "string"
        ? issue.params.vi
        : (vietnameseFor(issue.message) ??
          messageFor(issue as unknown as z.core.$ZodIssue, subject)?.vi ??
          viDefault ??
          issue.message);
    message = { en: issue.message, vi };
  }
  return finished(path, code, message, location, suggestion);
}

/** An issue of one unknown field, at its own path, with the closest known field. */
function unknownKey(
  issue: ZodIssueLike,
  key: string,
  schema: z.ZodType | undefined,
  input: unknown,
): Issue {
  const at = [...issue.path, key];
  const known = schema ? knownFields(schema, issue.path, input) : [];
  const suggestion = closest(key, known);
  const where = schema && issue.path.length > 0 ? locationOf(schema, issue.path, input) : undefined;
  const shown = shownKey(key);
  let vi = `Trường "${shown}" không có trong mẫu dữ liệu${where?.vi ? ` của ${where.vi}` : ""}`;
  let en = `Unknown field "${shown}"${where?.en ? ` in ${where.en}` : ""}`;
  if (suggestion !== undefined) {
    const label = schema ? lastLabel(schema, [...issue.path, suggestion], input) : undefined;
    vi += `; có phải là "${suggestion}"${label ? ` (${label.vi})` : ""}?`;
    en += `; did you mean "${suggestion}"${label ? ` (${label.en})` : ""}?`;
  } else {
    vi += "; bỏ trường này, hoặc đặt dữ liệu riêng của ứng dụng trong ext";
    en += "; remove it, or put the app's own data in ext";
  }
  // The key itself has no label: it is named as written, after where it was found.
  const location = schema
    ? within(where ?? { vi: "", en: "" }, { vi: shown, en: shown })
    : undefined;
  return finished(pathOf(at), "unrecognized_keys", { en, vi }, location, suggestion);
}

/** An issue with its text kept readable (a message may quote ten megabytes of input). */
function finished(
  path: (string | number)[],
  code: string,
  message: Label,
  location: Label | undefined,
  suggestion: string | undefined,
): Issue {
  const limit = ECHO_LIMIT * 2;
  const issue: {
    path: (string | number)[];
    code: string;
    message: Label;
    location?: Label;
    suggestion?: string;
  } = { path, code, message: { en: capped(message.en, limit), vi: capped(message.vi, limit) } };
  if (location && (location.vi !== "" || location.en !== "")) {
    issue.location = { en: capped(location.en, limit), vi: capped(location.vi, limit) };
  }
  if (suggestion !== undefined) issue.suggestion = suggestion;
  return issue;
}

/** The label of the field or item a path ends at, as the subject of a message. */
function lastLabel(
  schema: z.ZodType,
  path: readonly PropertyKey[],
  input: unknown,
): Label | undefined {
  if (path.length === 0) return undefined;
  return lastOf(locationOf(schema, path, input));
}

/** The last step of a location: the field or item it ends at. */
function lastOf(location: Label): Label | undefined {
  const vi = location.vi.slice(location.vi.lastIndexOf(", ") + 1).trim();
  const en = location.en.slice(location.en.lastIndexOf(", ") + 1).trim();
  return vi && en ? { vi, en } : undefined;
}

/** The labels of a code list (its `x-labels` metadata), through wrappers such as `.optional()`. */
function codeLabels(schema: z.ZodType | undefined): Readonly<Record<string, Label>> | undefined {
  return throughWrappers(
    schema,
    (s) =>
      (z.globalRegistry.get(s) as Record<string, unknown> | undefined)?.["x-labels"] as
        | Record<string, Label>
        | undefined,
  );
}

/** The code of a list that a written value was probably meant to be, by code or label. */
function suggestCode(
  written: string,
  values: readonly unknown[],
  labels: Readonly<Record<string, Label>> | undefined,
): string | undefined {
  const codes = values.filter((v): v is string => typeof v === "string");
  return closest(written, codes, (code) => {
    const label = labels?.[code];
    return label ? [label.vi, label.en] : [];
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
  return { success: false, issues: issuesFromZod(result.error, schema, input) };
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
