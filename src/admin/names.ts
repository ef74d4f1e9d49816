import type { CalendarDate } from "../core/calendar.js";
import { foldMarks } from "../core/fold.js";
import {
  byCode,
  endOf,
  isValidOn,
  type LevelTypeWords,
  quote,
  RANK,
  TYPE_WORDS_AT,
} from "./internal.js";
import {
  ADMIN_UNIT_TYPE_LEVEL,
  ADMIN_UNIT_TYPE_WORDS,
  type AdminLevel,
  type AdminUnitType,
} from "./labels.js";
import type { AdminUnit } from "./schema.js";
import type { AdminIndex } from "./unit-index.js";

// The type words of provinces, districts and communes, which a name search strips from
// names, with the types each may stand for (village words are part of a village's name).
const TYPE_WORDS = ADMIN_UNIT_TYPE_WORDS.filter(([, types]) =>
  types.some((type) => ADMIN_UNIT_TYPE_LEVEL[type] !== "village"),
);

const LOOK_ALIKE_D = /[\u00D0\u0189]/g; // Ð (Icelandic eth), Ɖ (African D): look like Đ
const LOOK_ALIKE_d = /[\u00F0\u0256]/g; // ð, ɖ
// Zero-width characters, the soft hyphen, the word joiner, invisible operators, and the
// bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E-U+200F,
// U+202A-U+202E, U+2066-U+2069), which only change how text is shown.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/g;
// Full-width forms of ASCII (U+FF01-U+FF5E: letters, digits, punctuation), as typed with
// East Asian input methods: "Ｘã Ｘuân Ｓinh".
const FULL_WIDTH = /[\uFF01-\uFF5E]/g;
const IDEOGRAPHIC_SPACE = /\u3000/g;
const APOSTROPHES = /[\u2018\u2019\u02BC\u0060\u00B4]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

function tidy(text: string): string {
  return text.replace(/\s+/g, " ").replace(/ ?- ?/g, "-").trim();
}

const ASCII_WORDS = TYPE_WORDS.map(([word, types]) => [foldMarks(word), types] as const);

const FOLDED_TYPE_WORDS_AT = {
  province: TYPE_WORDS_AT.province.map(([word, type]) => [foldMarks(word), type] as const),
  district: TYPE_WORDS_AT.district.map(([word, type]) => [foldMarks(word), type] as const),
  commune: TYPE_WORDS_AT.commune.map(([word, type]) => [foldMarks(word), type] as const),
  village: TYPE_WORDS_AT.village.map(([word, type]) => [foldMarks(word), type] as const),
} satisfies { readonly [L in AdminLevel]: LevelTypeWords };

function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && (text.length === word.length || text[word.length] === " ");
}

function typeOfWord(text: string, words: LevelTypeWords): AdminUnitType | undefined {
  for (const [word, type] of words) if (startsWithWord(text, word)) return type;
  return undefined;
}

/**
 * The type of an administrative unit, read from the type word its official name starts
 * with ("Thành phố", "Tỉnh", "Quận", "Huyện", "Thị xã", "Xã", "Phường", "Thị trấn", "Đặc
 * khu"; for villages "Thôn", "Tổ dân phố", "Khối phố", "Ấp", "Bản", anything else being
 * `other-village`), in any case, with or without diacritics.
 *
 * @description "Thành phố" means a centrally-run city at province level, and at district
 * level a provincial city, or a city within a centrally-run city (Thủ Đức) when the parent
 * is one. The words are those of {@link ADMIN_UNIT_TYPE_WORDS}.
 *
 * @param name - the official name, such as "Thị trấn Thọ Xuân"
 * @param level - the level of the unit
 * @param options - `parentType`: the type of its parent, to tell the two kinds of
 *   district-level city apart
 * @returns the type, or `undefined` when the name does not start with a type word of that level
 * @category Administrative units
 * @example
 * ```ts
 * import { adminUnitTypeFromName } from "antt";
 * adminUnitTypeFromName("Thành phố Hà Nội", "province");  // "centrally-run-city"
 * adminUnitTypeFromName("Thành phố Sầm Sơn", "district"); // "provincial-city"
 * adminUnitTypeFromName("Thành phố Thủ Đức", "district", { parentType: "centrally-run-city" }); // "municipal-city"
 * adminUnitTypeFromName("Thị Xã Việt Yên", "district");   // "district-town"
 * adminUnitTypeFromName("Xã Thọ Xuân", "district");       // undefined
 * ```
 */
export function adminUnitTypeFromName(
  name: string,
  level: AdminLevel,
  options: { readonly parentType?: AdminUnitType | undefined } = {},
): AdminUnitType | undefined {
  const lower = name
    .normalize("NFC")
    .replace(LOOK_ALIKE_D, "Đ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  // The words with their diacritics first, so that a name such as "Xá ..." is never read
  // as starting with a plain "Xa".
  const type =
    typeOfWord(lower, TYPE_WORDS_AT[level]) ??
    typeOfWord(foldMarks(lower), FOLDED_TYPE_WORDS_AT[level]);
  if (level === "village") return type ?? "other-village";
  return type === "provincial-city" && options.parentType === "centrally-run-city"
    ? "municipal-city"
    : type;
}

interface Split {
  /** The name without its type word, NFC, white space collapsed. */
  readonly rest: string;
  /** The types the type word stands for. */
  readonly types: readonly AdminUnitType[];
  /** Whether the type word was written without diacritics (so it may be part of the name). */
  readonly ascii: boolean;
}

function narrow(char: string): string {
  return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}

function clean(name: string): string {
  // Full-width letters and invisible marks go first, so that NFC composes a letter with the
  // diacritics that a mark separated from it.
  return name
    .replace(FULL_WIDTH, narrow)
    .replace(IDEOGRAPHIC_SPACE, " ")
    .replace(INVISIBLE, "")
    .normalize("NFC")
    .replace(LOOK_ALIKE_D, "Đ")
    .replace(LOOK_ALIKE_d, "đ")
    .replace(APOSTROPHES, "'")
    .replace(DASHES, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** Splits the type word off a cleaned name, when it has one. */
function splitTypeWord(text: string): Split | undefined {
  const lower = text.toLowerCase();
  for (const [word, types] of TYPE_WORDS) {
    if (lower.length > word.length + 1 && lower.startsWith(word) && lower[word.length] === " ") {
      return { rest: text.slice(word.length + 1), types, ascii: false };
    }
  }
  for (const [word, types] of ASCII_WORDS) {
    if (
      text.length > word.length + 1 &&
      text.slice(0, word.length).toLowerCase() === word &&
      text[word.length] === " "
    ) {
      return { rest: text.slice(word.length + 1), types, ascii: true };
    }
  }
  return undefined;
}

/**
 * The key two spellings of a unit's name share: "Xã Thọ Xuân", "xa tho xuan", "THỌ XUÂN"
 * and "Tho Xuan" all give `"tho xuan"`.
 *
 * @description Full-width letters and digits ("Ｘã Ｘuân Ｓinh") are read as plain ones,
 * invisible characters (zero-width spaces and joiners, the soft hyphen, bidirectional
 * marks, embeddings, overrides and isolates) are dropped, the name is put in Unicode NFC
 * (so decomposed NFD input matches), the look-alike letters Ð (U+00D0) and Ɖ are read as Đ,
 * typographic apostrophes and dashes are made plain, it is written in lower case without
 * diacritics (đ becomes d), white space is collapsed and spaces around hyphens removed.
 * The type word in front (Xã, Phường, Thị trấn, Thị xã, Quận, Huyện, Thành phố, Tỉnh,
 * Đặc khu) is removed when it is written with its diacritics in any case ("XÃ", "xã"), or
 * without them but capitalised ("Xa", "THANH PHO"). A lower-case word without diacritics
 * is kept, because it may be part of the name: `phuong liet` is how Phương Liệt is
 * already normalised. So the function is idempotent: a normalised name normalises to
 * itself.
 *
 * @param name - a unit name as people write it
 * @returns the name key
 * @category Administrative units
 * @example
 * ```ts
 * import { normalizeUnitName } from "antt";
 * normalizeUnitName("Xã Thọ Xuân");           // "tho xuan"
 * normalizeUnitName("Xa Tho Xuan");           // "tho xuan"
 * normalizeUnitName("ÐẶC KHU Côn Đảo");       // "con dao" (with the look-alike Ð)
 * normalizeUnitName("Tỉnh Bà Rịa – Vũng Tàu"); // "ba ria-vung tau"
 * normalizeUnitName("Phường Phương Liệt");    // "phuong liet"
 * ```
 */
export function normalizeUnitName(name: string): string {
  const text = clean(name);
  const split = splitTypeWord(text);
  // A lower-case type word without diacritics may be part of an already normalised name.
  const rest = split && !(split.ascii && text[0] === text[0]?.toLowerCase()) ? split.rest : text;
  return tidy(foldMarks(rest));
}

interface Query {
  readonly key: string;
  readonly types?: readonly AdminUnitType[];
}

/** The keys a searched name may match: with and without an ambiguous plain type word. */
function queriesOf(name: string): Query[] {
  const text = clean(name);
  const split = splitTypeWord(text);
  if (!split) return [{ key: tidy(foldMarks(text)) }];
  const stripped = { key: tidy(foldMarks(split.rest)), types: split.types };
  return split.ascii ? [stripped, { key: tidy(foldMarks(text)) }] : [stripped];
}

const nameIndexes = new WeakMap<AdminIndex, Map<string, AdminUnit[]>>();

function nameIndexOf(index: AdminIndex): Map<string, AdminUnit[]> {
  let names = nameIndexes.get(index);
  if (!names) {
    names = new Map();
    for (const unit of index.allUnits()) {
      const keys = new Set([unit.name, ...(unit.aliases ?? [])].map(normalizeUnitName));
      for (const key of keys) {
        const units = names.get(key);
        if (units) units.push(unit);
        else names.set(key, [unit]);
      }
    }
    nameIndexes.set(index, names);
  }
  return names;
}

/**
 * Whether a unit is inside another on a day. Only parents of a higher level are followed
 * (a unit that is its own parent, or a cycle of parents, is inside nothing), so the walk
 * climbs a level at each step and ends after at most three.
 */
function isWithin(index: AdminIndex, unit: AdminUnit, within: string, day: string): boolean {
  let current: AdminUnit | undefined = unit;
  while (current?.parentCode !== undefined) {
    const parent = index.get(current.parentCode, day);
    if (parent && RANK[parent.level] >= RANK[current.level]) return false;
    if (current.parentCode === within) return true;
    current = parent;
  }
  return false;
}

/**
 * Where to look for a name: units of one level, valid on one day, inside one unit.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { NameSearchOptions } from "antt";
 * const communesOfThanhHoa2024: NameSearchOptions = { level: "commune", at: "2024-06-30", within: "38" };
 * ```
 */
export interface NameSearchOptions {
  /** Only units of this level. */
  readonly level?: AdminLevel;
  /** Only units valid on this day; without it, units of every era. */
  readonly at?: CalendarDate;
  /** Only units inside this unit (a province or district code) on their own dates or on `at`. */
  readonly within?: string;
}

/**
 * The units whose name, or another spelling of it (a unit's `aliases`), matches a name,
 * with or without its type word and diacritics (see {@link normalizeUnitName}).
 *
 * @description A type word written in the name narrows the search: "Xã Thọ Xuân" finds
 * communes (xã) only, "Thọ Xuân" finds the district, the township and the communes of
 * that name. A plain type word ("Phuong Liet") is tried both as a type word and as part
 * of the name.
 *
 * @param index - the index to search
 * @param name - the name as people write it
 * @param options - `level`, `at` and `within` to narrow the search
 * @returns the matching unit versions, ordered by code and date
 * @category Administrative units
 * @example
 * ```ts
 * import { buildAdminIndex, findUnitsByName } from "antt";
 * const index = buildAdminIndex([
 *   { code: "01", name: "Thành phố Hà Nội", level: "province", type: "centrally-run-city" },
 *   { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *   { code: "09793", name: "Xã Thọ Xuân", level: "commune", type: "commune", parentCode: "01" },
 *   { code: "395", name: "Huyện Thọ Xuân", level: "district", type: "rural-district", parentCode: "38" },
 * ]);
 * findUnitsByName(index, "tho xuan").map((unit) => unit.code);        // ["09793", "395"]
 * findUnitsByName(index, "Xã Thọ Xuân").map((unit) => unit.code);     // ["09793"]
 * findUnitsByName(index, "Thọ Xuân", { within: "38" }).map((u) => u.code); // ["395"]
 * ```
 */
export function findUnitsByName(
  index: AdminIndex,
  name: string,
  options: NameSearchOptions = {},
): AdminUnit[] {
  const names = nameIndexOf(index);
  const found = new Set<AdminUnit>();
  for (const query of queriesOf(name)) {
    for (const unit of names.get(query.key) ?? []) {
      if (query.types && !query.types.includes(unit.type)) continue;
      if (options.level !== undefined && unit.level !== options.level) continue;
      if (options.at !== undefined && !isValidOn(unit, options.at)) continue;
      if (
        options.within !== undefined &&
        !isWithin(index, unit, options.within, options.at ?? endOf(unit))
      ) {
        continue;
      }
      found.add(unit);
    }
  }
  return [...found].sort(byCode);
}

/**
 * The outcome of {@link resolveUnitName}: one unit, several candidates, or none, with a
 * message in English and Vietnamese for the last two.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { NameResolution } from "antt";
 * function codeOrThrow(resolution: NameResolution): string {
 *   if (resolution.status === "found") return resolution.code;
 *   throw new Error(resolution.message.en);
 * }
 * ```
 */
export type NameResolution =
  | { readonly status: "found"; readonly code: string; readonly unit: AdminUnit }
  | {
      readonly status: "ambiguous";
      readonly candidates: readonly AdminUnit[];
      readonly message: { readonly en: string; readonly vi: string };
    }
  | {
      readonly status: "not-found";
      readonly message: { readonly en: string; readonly vi: string };
    };

function describeUnit(index: AdminIndex, unit: AdminUnit, at: string | undefined): string {
  const day = at ?? endOf(unit);
  const province =
    unit.level === "province" ? undefined : index.ancestorAt(unit.code, "province", day);
  const era = unit.validTo === undefined ? "" : `, -${unit.validTo}`;
  return `${unit.name} (${unit.code}${province ? `, ${province.name}` : ""}${era})`;
}

/**
 * The code of the unit a name means, or the candidates when several units share the name
 * (before 2025, 51 commune-level units were named Tân Thành and 22 Xã Tân Lập, and a Xã
 * Thọ Xuân in Hà Nội stood beside a Huyện Thọ Xuân in Thanh Hóa).
 *
 * @description Search as {@link findUnitsByName} does; several versions of one code (the
 * same unit before and after a change) count as one unit, the latest. When the name is
 * ambiguous, the message lists every candidate with its code and province, so a person can
 * choose; narrow the search with `level`, `at` or `within`.
 *
 * @param index - the index to search
 * @param name - the name as people write it
 * @param options - `level`, `at` and `within` to narrow the search
 * @returns `found` with the code, `ambiguous` with the candidates, or `not-found`
 * @category Administrative units
 * @example
 * ```ts
 * import { buildAdminIndex, resolveUnitName } from "antt";
 * const index = buildAdminIndex([
 *   { code: "01", name: "Thành phố Hà Nội", level: "province", type: "centrally-run-city" },
 *   { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *   { code: "09793", name: "Xã Thọ Xuân", level: "commune", type: "commune", parentCode: "01" },
 *   { code: "395", name: "Huyện Thọ Xuân", level: "district", type: "rural-district", parentCode: "38" },
 * ]);
 * const result = resolveUnitName(index, "Thọ Xuân");
 * if (result.status === "ambiguous") console.log(result.message.vi);
 * // "Thọ Xuân" khớp với 2 đơn vị: Xã Thọ Xuân (09793, Thành phố Hà Nội); Huyện Thọ Xuân (395, Tỉnh Thanh Hóa)...
 * resolveUnitName(index, "Thọ Xuân", { level: "district" }); // { status: "found", code: "395", ... }
 * ```
 */
export function resolveUnitName(
  index: AdminIndex,
  name: string,
  options: NameSearchOptions = {},
): NameResolution {
  const byCodeLatest = new Map<string, AdminUnit>();
  for (const unit of findUnitsByName(index, name, options)) byCodeLatest.set(unit.code, unit);
  const units = [...byCodeLatest.values()];
  const [only] = units;
  if (units.length === 1 && only) return { status: "found", code: only.code, unit: only };
  const quoted = quote(name.normalize("NFC").trim());
  if (units.length === 0) {
    return {
      status: "not-found",
      message: {
        en: `No unit is named ${quoted}${options.at ? ` on ${options.at}` : ""}`,
        vi: `Không có đơn vị nào tên ${quoted}${options.at ? ` vào ngày ${options.at}` : ""}`,
      },
    };
  }
  const list = units.map((unit) => describeUnit(index, unit, options.at)).join("; ");
  return {
    status: "ambiguous",
    candidates: units,
    message: {
      en: `${quoted} matches ${units.length} units: ${list}. Give a level, a date or the unit it is in (within) to choose one`,
      vi: `${quoted} khớp với ${units.length} đơn vị: ${list}. Hãy chỉ rõ cấp, ngày hoặc đơn vị cấp trên (within) để chọn một đơn vị`,
    },
  };
}
