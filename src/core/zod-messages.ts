// Internal: the library's own messages for every kind of problem zod's checks report,
// written for the people who fix the data (commune police officers, district clerks): the
// field named as they know it, types in words, numbers written the Vietnamese way. They
// replace zod's generic locale text for the library's schemas. Not part of the public API.
import type * as z from "zod";
import { foldMarks } from "./fold.js";
import type { Label } from "./labels.js";

/** A zod issue as the messages read it (the fields of every kind, all optional). */
interface RawIssue {
  readonly code: string;
  readonly expected?: string;
  readonly format?: string;
  readonly origin?: string;
  readonly minimum?: number | bigint | Date;
  readonly maximum?: number | bigint | Date;
  readonly inclusive?: boolean;
  readonly exact?: boolean;
  readonly divisor?: number | bigint;
  readonly values?: readonly unknown[];
  readonly input?: unknown;
  readonly pattern?: string;
  readonly note?: string;
  readonly discriminator?: string;
  readonly options?: readonly unknown[];
}

// One formatter per language, made on first use: `toLocaleString` builds one per call.
let viFormat: Intl.NumberFormat | undefined;
let enFormat: Intl.NumberFormat | undefined;

/** A number as Vietnamese readers write it: 1.234.567 and 12,5. */
export function viNumber(value: number | bigint): string {
  viFormat ??= new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 20 });
  return viFormat.format(value);
}

/** A number as English readers write it: 1,234,567 and 12.5. */
function enNumber(value: number | bigint): string {
  enFormat ??= new Intl.NumberFormat("en-GB", { maximumFractionDigits: 20 });
  return enFormat.format(value);
}

/** What kind of value the input is, in words. */
function kindOf(input: unknown): Label {
  if (input === undefined) return { vi: "để trống", en: "nothing" };
  if (input === null) return { vi: "giá trị rỗng", en: "an empty value (null)" };
  if (Array.isArray(input)) return { vi: "một danh sách", en: "a list" };
  switch (typeof input) {
    case "string":
      return { vi: "chữ", en: "text" };
    case "number":
      return Number.isNaN(input)
        ? { vi: "một giá trị không phải số", en: "not a number (NaN)" }
        : { vi: "một số", en: "a number" };
    case "boolean":
      return { vi: "giá trị đúng/sai", en: "true or false" };
    case "bigint":
      return { vi: "một số", en: "a number" };
    case "object":
      return { vi: "một nhóm trường", en: "a group of fields" };
    default:
      return { vi: "giá trị không đọc được", en: "an unreadable value" };
  }
}

/** What a field must be, in words, for zod's `expected` type names. */
const EXPECTED: Readonly<Record<string, Label>> = {
  string: { vi: "phải là chữ", en: "must be text" },
  number: { vi: "phải là số", en: "must be a number" },
  int: { vi: "phải là số nguyên", en: "must be a whole number" },
  bigint: { vi: "phải là số nguyên", en: "must be a whole number" },
  boolean: { vi: "phải là Có hoặc Không (true/false)", en: "must be yes or no (true/false)" },
  array: { vi: "phải là một danh sách", en: "must be a list" },
  object: { vi: "phải là một nhóm trường", en: "must be a group of fields" },
  date: { vi: "phải là một ngày", en: "must be a date" },
  literal: { vi: "phải đúng giá trị quy định", en: "must be the set value" },
  nan: { vi: "phải là giá trị không phải số", en: "must be not a number (NaN)" },
  never: { vi: "không được có", en: "must not be given" },
  undefined: { vi: "phải để trống", en: "must be left out" },
  null: { vi: "phải để rỗng", en: "must be empty" },
  map: { vi: "phải là một bảng tra", en: "must be a map" },
  set: { vi: "phải là một tập hợp", en: "must be a set" },
  record: { vi: "phải là một bảng tra", en: "must be a map" },
  tuple: { vi: "phải là một danh sách", en: "must be a list" },
  function: { vi: "phải là một hàm", en: "must be a function" },
  symbol: { vi: "không được là ký hiệu", en: "must not be a symbol" },
};

/** What a format check wants, in words. */
const FORMATS: Readonly<Record<string, Label>> = {
  date: {
    vi: "phải là một ngày có thật, ghi dạng YYYY-MM-DD như 2024-03-07",
    en: "must be a real day written YYYY-MM-DD, such as 2024-03-07",
  },
  datetime: {
    vi: "phải là một thời điểm có múi giờ, ghi dạng YYYY-MM-DDTHH:MM:SS+07:00",
    en: "must be an instant with its time zone, written YYYY-MM-DDTHH:MM:SS+07:00",
  },
  time: { vi: "phải là giờ, ghi dạng HH:MM:SS", en: "must be a time written HH:MM:SS" },
  email: { vi: "phải là một địa chỉ thư điện tử", en: "must be an email address" },
  url: { vi: "phải là một địa chỉ trang web", en: "must be a web address" },
  uuid: { vi: "phải là một mã UUID", en: "must be a UUID" },
  regex: { vi: "không đúng định dạng quy định", en: "is not in the required form" },
  starts_with: { vi: "không đúng phần đầu quy định", en: "does not start as required" },
  ends_with: { vi: "không đúng phần cuối quy định", en: "does not end as required" },
  includes: { vi: "thiếu phần bắt buộc", en: "lacks a required part" },
};

/** The size of what a too_small or too_big issue measures, in words. */
function bound(raw: RawIssue, which: "min" | "max"): Label {
  const value = (which === "min" ? raw.minimum : raw.maximum) ?? 0;
  const n = value instanceof Date ? value.getTime() : value;
  const vi = viNumber(n);
  const en = enNumber(n);
  const inclusive = raw.inclusive !== false;
  switch (raw.origin) {
    case "string":
      if (raw.exact)
        return { vi: `phải có đúng ${vi} ký tự`, en: `must have exactly ${en} characters` };
      return which === "min"
        ? n === 1 || (n === 0 && !inclusive)
          ? { vi: "không được để trống", en: "must not be empty" }
          : { vi: `phải có ít nhất ${vi} ký tự`, en: `must have at least ${en} characters` }
        : { vi: `chỉ được có tối đa ${vi} ký tự`, en: `must have at most ${en} characters` };
    case "array":
    case "set":
      if (raw.exact) return { vi: `phải có đúng ${vi} mục`, en: `must have exactly ${en} items` };
      return which === "min"
        ? n === 1
          ? { vi: "phải có ít nhất một mục", en: "must have at least one item" }
          : { vi: `phải có ít nhất ${vi} mục`, en: `must have at least ${en} items` }
        : { vi: `chỉ được có tối đa ${vi} mục`, en: `must have at most ${en} items` };
    default:
      if (which === "min") {
        return inclusive
          ? { vi: `phải từ ${vi} trở lên`, en: `must be at least ${en}` }
          : { vi: `phải lớn hơn ${vi}`, en: `must be more than ${en}` };
      }
      return inclusive
        ? { vi: `phải không quá ${vi}`, en: `must be at most ${en}` }
        : { vi: `phải nhỏ hơn ${vi}`, en: `must be less than ${en}` };
  }
}

/** Control characters and characters that reorder text on screen (bidi controls). */
const UNSAFE = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;

/** Text from the input made safe to show: control and bidi characters written as `\uXXXX`. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** The most characters of input a message or a path key echoes. */
export const ECHO_LIMIT = 200;

/** Shortens text that echoes untrusted input, keeping its start and its end. */
export function capped(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const half = Math.floor((limit - 1) / 2);
  return `${text.slice(0, half)}…${text.slice(text.length - half)}`;
}

/** A key of the input as messages and locations name it: shortened, unsafe characters written out. */
export function shownKey(key: string): string {
  return visible(capped(key, ECHO_LIMIT));
}

/** A value quoted in a message, kept short, its unsafe characters written out. */
export function quoted(value: unknown): string {
  let text: string;
  try {
    text = typeof value === "string" ? value : String(JSON.stringify(value));
  } catch {
    text = String(value);
  }
  return `"${visible(text.length > 60 ? `${text.slice(0, 59)}…` : text)}"`;
}

/**
 * The library's message for a zod issue of the library's schemas: `subject` is the field
 * as people know it (its label), or "Giá trị"/"The value" where there is none.
 * Undefined for a kind the library words elsewhere (`unrecognized_keys`, `invalid_value`
 * with a suggestion) or does not know.
 */
export function messageFor(issue: z.core.$ZodIssue, subject: Label | undefined): Label | undefined {
  const raw = issue as unknown as RawIssue;
  const who = subject ?? { vi: "Giá trị", en: "The value" };
  const say = (what: Label, tail: Label = { vi: "", en: "" }): Label => ({
    vi: `${who.vi} ${what.vi}${tail.vi}`,
    en: `${who.en} ${what.en}${tail.en}`,
  });
  // A required field left out: zod says a type or a code was expected.
  if (raw.input === undefined && (raw.code === "invalid_type" || raw.code === "invalid_value")) {
    return subject
      ? { vi: `Thiếu ${lower(subject.vi)}: trường này bắt buộc`, en: `${subject.en} is required` }
      : { vi: "Thiếu giá trị bắt buộc", en: "A required value is missing" };
  }
  switch (raw.code) {
    case "invalid_type": {
      const expected = (raw.format === "safeint" ? "int" : raw.expected) ?? "";
      const what = EXPECTED[expected] ?? { vi: "sai kiểu dữ liệu", en: "is of the wrong type" };
      const got = kindOf(raw.input);
      if (expected === "int" && typeof raw.input === "number") {
        return say(what, {
          vi: `, không được là ${viNumber(raw.input)}`,
          en: `, not ${enNumber(raw.input)}`,
        });
      }
      return say(what, { vi: `, không phải ${got.vi}`, en: `, not ${got.en}` });
    }
    case "too_small":
      return say(bound(raw, "min"), got(raw));
    case "too_big":
      return say(bound(raw, "max"), got(raw));
    case "invalid_format": {
      const what = FORMATS[raw.format ?? ""] ?? {
        vi: "không đúng định dạng quy định",
        en: "is not in the required form",
      };
      return say(what, got(raw));
    }
    case "not_multiple_of": {
      const d = raw.divisor ?? 1;
      return say(
        { vi: `phải là bội số của ${viNumber(d)}`, en: `must be a multiple of ${enNumber(d)}` },
        got(raw),
      );
    }
    case "invalid_value": {
      const values = raw.values ?? [];
      if (values.length === 1) {
        return say(
          { vi: `phải là ${quoted(values[0])}`, en: `must be ${quoted(values[0])}` },
          got(raw),
        );
      }
      const list = values.slice(0, 12).map(quoted).join(", ");
      const more = values.length > 12 ? "…" : "";
      return {
        vi: `${who.vi} ${quoted(raw.input)} không có trong danh mục; chọn một trong: ${list}${more}`,
        en: `${who.en} ${quoted(raw.input)} is not a code of the list; pick one of: ${list}${more}`,
      };
    }
    case "invalid_union": {
      if (raw.discriminator !== undefined) {
        const list = (raw.options ?? []).map(quoted).join(", ");
        // zod gives the record; the value written is its discriminator's.
        const input = raw.input;
        const written =
          typeof input === "object" && input !== null && !Array.isArray(input)
            ? (input as Record<string, unknown>)[raw.discriminator]
            : input;
        if (written === undefined) {
          return subject
            ? {
                vi: `Thiếu ${lower(subject.vi)}: trường này bắt buộc`,
                en: `${subject.en} is required`,
              }
            : { vi: "Thiếu giá trị bắt buộc", en: "A required value is missing" };
        }
        return {
          vi: `${who.vi} ${quoted(written)} không phải loại được chấp nhận; chọn một trong: ${list}`,
          en: `${who.en} ${quoted(written)} is not an accepted kind; pick one of: ${list}`,
        };
      }
      return say({
        vi: "không khớp với dạng nào được chấp nhận",
        en: "matches none of the accepted forms",
      });
    }
    case "invalid_key": {
      const key = (issue.path as readonly PropertyKey[]).at(-1);
      return key === undefined
        ? say({ vi: "có một khóa không hợp lệ", en: "has an invalid key" })
        : {
            vi: `Khóa ${quoted(String(key))} không hợp lệ`,
            en: `The key ${quoted(String(key))} is not valid`,
          };
    }
    case "invalid_element":
      return say({ vi: "có một phần tử không hợp lệ", en: "has an invalid element" });
    default:
      return undefined;
  }
}

/** The value given, as a message's tail: `, nhận được 205`. */
function got(raw: RawIssue): Label {
  const input = raw.input;
  if (input === undefined) return { vi: "", en: "" };
  if (typeof input === "number")
    return { vi: ` (đã ghi ${viNumber(input)})`, en: ` (given ${enNumber(input)})` };
  if (typeof input === "string")
    return { vi: ` (đã ghi ${quoted(input)})`, en: ` (given ${quoted(input)})` };
  if (Array.isArray(input)) {
    return {
      vi: ` (đã ghi ${viNumber(input.length)} mục)`,
      en: ` (given ${enNumber(input.length)} items)`,
    };
  }
  return { vi: "", en: "" };
}

/** A label as the object of a sentence: its first letter in lower case, unless an acronym. */
function lower(text: string): string {
  const first = text.charAt(0);
  const second = text.charAt(1);
  return second && second === second.toUpperCase() && second !== second.toLowerCase()
    ? text
    : first.toLowerCase() + text.slice(1);
}

/** The plain forms of the names a suggestion is matched against (codes, labels, fields). */
const PLAIN = new Map<string, string>();

/** Text without its Vietnamese marks, in lower case, spaces and dashes as one space. */
export function plain(text: string): string {
  let out = PLAIN.get(text);
  if (out === undefined) {
    out = stripped(text);
    // Names come from the schemas: a bounded set. What was written is not kept.
    if (PLAIN.size < 10_000) PLAIN.set(text, out);
  }
  return out;
}

function stripped(text: string): string {
  return foldMarks(text)
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/** How many single-character edits turn `a` into `b` (Levenshtein), stopping past `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * The closest candidate to what was written, by edit distance on text without marks and
 * case, or undefined when none is close (at most 2 edits, and fewer than a third of it).
 * `names` may give each candidate other names (a code's labels) to match as well.
 */
export function closest(
  written: string,
  candidates: readonly string[],
  names: (candidate: string) => readonly string[] = () => [],
): string | undefined {
  const target = stripped(written);
  if (target === "") return undefined;
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    for (const name of [candidate, ...names(candidate)]) {
      const other = plain(name);
      const limit = Math.min(2, Math.floor(Math.max(target.length, other.length) / 3));
      const distance = other === target ? 0 : editDistance(target, other, limit);
      if (distance <= limit && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
  }
  return best;
}
