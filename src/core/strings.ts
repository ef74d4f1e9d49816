import * as z from "zod";
import { bilingual } from "./messages.js";

// One line of text: no control character (line breaks and tabs included) and no character
// that reorders text on screen (bidi embeddings, overrides and isolates, U+2028/2029).
const ONE_LINE = /^[^\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]*$/u;
const NOT_PROTO = bilingual("The id __proto__ is not allowed", "Không được dùng mã __proto__");
const ONE_LINE_MESSAGE = bilingual(
  "Must be one line of text, without control characters or characters that reorder text (bidi controls)",
  "Phải là một dòng chữ, không có ký tự điều khiển hay ký tự đảo chiều văn bản",
);
// Free text may hold line breaks and tabs, never other controls or bidi overrides.
const PLAIN_TEXT = /^(?:[^\p{Cc}\u202A-\u202E\u2066-\u2069]|[\t\n\r])*$/u;
const PLAIN_TEXT_MESSAGE = bilingual(
  "Must not hold control characters or characters that reorder text (bidi controls)",
  "Không được chứa ký tự điều khiển hay ký tự đảo chiều văn bản",
);

/**
 * An identifier of a record: a trimmed, non-empty string of at most 128 characters.
 *
 * @description Ids are opaque: apps may use UUIDs, database keys or codes such as
 * `cam-0001`. Surrounding white space is trimmed, so `" cam-1 "` and `"cam-1"` are the
 * same id. An id is one line: control characters and bidi controls are rejected.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { IdSchema } from "antt";
 * IdSchema.parse(" cam-0001 "); // "cam-0001"
 * IdSchema.safeParse("").success; // false
 * ```
 */
export const IdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .trim()
    .min(1)
    .max(128)
    .regex(ONE_LINE, ONE_LINE_MESSAGE)
    // An id becomes a key of summary states and outputs: `__proto__` is the one key a plain
    // object cannot hold as its own.
    .regex(/^(?!__proto__$)/, NOT_PROTO)
    .describe("Identifier of a record"))();

/**
 * An identifier (see {@link IdSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Id } from "antt";
 * const id: Id = "cam-0001";
 * ```
 */
export type Id = z.infer<typeof IdSchema>;

/**
 * A short name or title: trimmed, 1 to 300 characters, on one line.
 *
 * @description Names go into reports, tables and documents, so a name is one line: line
 * breaks, other control characters and bidi controls (which can make text read backwards,
 * U+202E) are rejected. Renderers escape names for their output format as well.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { NameSchema } from "antt";
 * NameSchema.parse("  Camera an ninh "); // "Camera an ninh"
 * NameSchema.safeParse("Camera\n## an ninh").success; // false: two lines
 * ```
 */
export const NameSchema = /* @__PURE__ */ (() =>
  z.string().trim().min(1).max(300).regex(ONE_LINE, ONE_LINE_MESSAGE).describe("Name or title"))();

/**
 * A free text such as a note or a reason: trimmed, 1 to 4,000 characters.
 *
 * @description Line breaks and tabs are allowed; other control characters and bidi
 * controls are rejected.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { TextSchema } from "antt";
 * TextSchema.parse("Không hiệu quả sau 2 lần sơ kết");
 * ```
 */
export const TextSchema = /* @__PURE__ */ (() =>
  z.string().trim().min(1).max(4000).regex(PLAIN_TEXT, PLAIN_TEXT_MESSAGE).describe("Free text"))();

/**
 * A count: a non-negative safe integer.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { CountSchema } from "antt";
 * CountSchema.parse(41); // 41
 * CountSchema.safeParse(-1).success; // false
 * CountSchema.safeParse(2.5).success; // false
 * ```
 */
export const CountSchema = /* @__PURE__ */ (() =>
  z.int().min(0).describe("A non-negative whole number"))();

const FORBIDDEN_KEYS = /^(?!(?:__proto__|constructor|prototype)$)[A-Za-z0-9_.:-]{1,64}$/;
const ExtValueSchema = /* @__PURE__ */ (() =>
  z.union([
    z.string().max(4000),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(z.union([z.string().max(4000), z.number(), z.boolean(), z.null()])).max(1000),
  ]))();

/**
 * App-specific data that a record carries beside its typed fields.
 *
 * @description Records are strict: an unknown key is an error, so a typo such as
 * `connectedToDutyRom` is caught instead of silently dropped. Data an app needs and the
 * library does not type goes into `ext`: up to 64 keys of letters, digits, `_ . : -`
 * (never `__proto__`, `constructor` or `prototype`), each holding a string, number,
 * boolean, null or an array of those.
 *
 * @category Schemas
 * @example
 * ```ts
 * import { ExtSchema } from "antt";
 * ExtSchema.parse({ "zalo-group": "Tổ 5 Kim Đới", floors: 3 });
 * ```
 */
export const ExtSchema = /* @__PURE__ */ (() =>
  z
    // zod skips an own `__proto__` key of a record without a word; reject it first, so
    // nothing the app sent disappears silently.
    .custom<unknown>((value) => !Object.hasOwn(Object(value), "__proto__"), {
      message: "The key __proto__ is not allowed",
      params: { vi: "Không được dùng khóa __proto__", code: "ext-proto-key" },
    })
    .pipe(
      z
        .record(
          z
            .string()
            .regex(
              FORBIDDEN_KEYS,
              "Key must be 1-64 letters, digits or _ . : - and not a prototype name",
            ),
          ExtValueSchema,
        )
        .refine((value) => Object.keys(value).length <= 64, {
          message: "At most 64 keys",
          params: { vi: "Tối đa 64 khóa", code: "ext-too-many-keys" },
        }),
    )
    .describe("App-specific data, not interpreted by the library"))();

/**
 * App-specific data (see {@link ExtSchema}).
 *
 * @category Schemas
 * @example
 * ```ts
 * import type { Ext } from "antt";
 * const ext: Ext = { source: "import-2024.xlsx" };
 * ```
 */
export type Ext = z.infer<typeof ExtSchema>;
