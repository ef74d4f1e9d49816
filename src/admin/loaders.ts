import { type CalendarDate, type Issue, isCalendarDate, validate } from "../core/index.js";
import { cut, dayBefore, echo, quote } from "./internal.js";
import type { AdminLevel, AdminUnitType } from "./labels.js";
import {
  type AdminSuccession,
  AdminSuccessionSchema,
  type AdminUnit,
  AdminUnitSchema,
} from "./schema.js";

/**
 * One problem a loader found in its input: where (a CSV line and column, or a JSON path),
 * what, in English and Vietnamese, and whether the row or entry was left out (`error`) or
 * loaded after a repair (`warning`).
 *
 * @description For CSV input `path` is `[line, column]` with the 1-based line number, and
 * `line` repeats the line. For JSON input `path` leads from the root to the bad entry or
 * value, such as `["data", 3, "level2s", 17, "level2_id"]`.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { AdminLoadProblem } from "antt";
 * const problem: AdminLoadProblem = {
 *   path: [9607, "commune_name"],
 *   line: 9607,
 *   code: "swapped-names",
 *   severity: "warning",
 *   message: { en: "District and commune names were swapped; repaired", vi: "Tên huyện và tên xã bị đảo chỗ; đã sửa" },
 * };
 * ```
 */
export interface AdminLoadProblem extends Issue {
  /** `error`: the row or entry was not loaded; `warning`: it was loaded after a repair. */
  readonly severity: "error" | "warning";
  /** The 1-based line of CSV input the problem is on. */
  readonly line?: number;
}

/**
 * What a loader returns: the validated units and succession links it read, and every
 * problem it found; no row or entry is left out without a problem saying so.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import { buildAdminIndex, type AdminLoadResult } from "antt";
 * function indexOf(...results: AdminLoadResult[]) {
 *   return buildAdminIndex(
 *     results.flatMap((result) => result.units),
 *     results.flatMap((result) => result.successions),
 *   );
 * }
 * ```
 */
export interface AdminLoadResult {
  /** The units read, each valid by {@link AdminUnitSchema}. */
  readonly units: AdminUnit[];
  /** The succession links read, each valid by {@link AdminSuccessionSchema}. */
  readonly successions: AdminSuccession[];
  /** Every problem found, in input order. */
  readonly problems: AdminLoadProblem[];
}

// ---------------------------------------------------------------------------------------
// Unit types from names

const PREFIXES: {
  readonly [L in Exclude<AdminLevel, "village">]: readonly (readonly [string, AdminUnitType])[];
} = {
  province: [
    ["thành phố", "centrally-run-city"],
    ["tỉnh", "province"],
  ],
  district: [
    ["thành phố", "provincial-city"],
    ["thị xã", "district-town"],
    ["huyện", "rural-district"],
    ["quận", "urban-district"],
  ],
  commune: [
    ["thị trấn", "township"],
    ["đặc khu", "special-zone"],
    ["phường", "ward"],
    ["xã", "commune"],
  ],
};

const VILLAGE_PREFIXES: readonly (readonly [string, AdminUnitType])[] = [
  ["tổ dân phố", "residential-group"],
  ["khối phố", "urban-block"],
  ["khối", "urban-block"],
  ["thôn", "village"],
  ["ấp", "hamlet"],
  ["bản", "mountain-village"],
];

function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d");
}

function startsWithWord(text: string, word: string): boolean {
  return text.startsWith(word) && (text.length === word.length || text[word.length] === " ");
}

type Prefixes = readonly (readonly [string, AdminUnitType])[];
const FOLDED_PREFIXES = {
  province: PREFIXES.province.map(([word, type]) => [fold(word), type] as const),
  district: PREFIXES.district.map(([word, type]) => [fold(word), type] as const),
  commune: PREFIXES.commune.map(([word, type]) => [fold(word), type] as const),
  village: VILLAGE_PREFIXES.map(([word, type]) => [fold(word), type] as const),
} satisfies { readonly [L in AdminLevel]: Prefixes };

function match(text: string, prefixes: Prefixes): AdminUnitType | undefined {
  for (const [word, type] of prefixes) if (startsWithWord(text, word)) return type;
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
 * is one.
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
    .replace(/[\u00D0\u0189]/g, "Đ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  // The words with their diacritics first, so that a name such as "Xá ..." is never read
  // as starting with a plain "Xa".
  const type =
    match(lower, level === "village" ? VILLAGE_PREFIXES : PREFIXES[level]) ??
    match(fold(lower), FOLDED_PREFIXES[level]);
  if (level === "village") return type ?? "other-village";
  return type === "provincial-city" && options.parentType === "centrally-run-city"
    ? "municipal-city"
    : type;
}

const LEVEL_VI = { province: "cấp tỉnh", district: "cấp huyện", commune: "cấp xã" } as const;

function hasTypeWord(name: string, level: Exclude<AdminLevel, "village">): boolean {
  return adminUnitTypeFromName(name, level) !== undefined;
}

// ---------------------------------------------------------------------------------------
// Shared helpers

function tidyName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

type Path = (string | number)[];

class Problems {
  readonly list: AdminLoadProblem[] = [];

  add(
    path: Path,
    code: string,
    en: string,
    vi: string,
    severity: "error" | "warning" = "error",
    line?: number,
  ): void {
    const problem: AdminLoadProblem =
      line === undefined
        ? { path, code, severity, message: { en, vi } }
        : { path, code, severity, line, message: { en, vi } };
    this.list.push(problem);
  }

  /**
   * Adds the issues of a failed validation, each at the place in the input its field came
   * from (`places`), or at `fallback`.
   */
  addIssues(
    issues: readonly Issue[],
    places: Readonly<Record<string, Path>>,
    fallback: Path,
    line?: number,
  ): void {
    for (const issue of issues) {
      const field = String(issue.path[0]);
      const path = [
        ...(Object.hasOwn(places, field) ? (places[field] as Path) : fallback),
        ...issue.path.slice(1),
      ];
      const problem: AdminLoadProblem =
        line === undefined
          ? { ...issue, path, severity: "error" }
          : { ...issue, path, severity: "error", line };
      this.list.push(problem);
    }
  }

  /** Reports the date options that are not calendar dates; true when all are. */
  checkDates(options: Readonly<Record<string, string>>): boolean {
    let ok = true;
    for (const [key, value] of Object.entries(options)) {
      if (isCalendarDate(value)) continue;
      ok = false;
      this.add(
        ["options", key],
        "invalid-option",
        `The option ${key} must be a date YYYY-MM-DD, not ${describeValue(value).en}; nothing was read`,
        `Tùy chọn ${key} phải là ngày dạng YYYY-MM-DD, không phải ${describeValue(value).vi}; không có gì được đọc`,
      );
    }
    return ok;
  }
}

/** Stands for a value whose reading threw (a getter, a Proxy trap, a revoked Proxy). */
const UNREADABLE: unique symbol = Symbol("unreadable");

/** How deep into arrays and objects a message looks at a value. */
const SKETCH_DEPTH = 3;
/** The most characters a message gives to a value it describes. */
const VALUE_LIMIT = 60;

/**
 * A short picture of any value, for a message: JSON-like, at most {@link SKETCH_DEPTH}
 * levels deep and about `room` characters long, whatever the value's size or
 * depth. Throws when reading the value throws.
 */
function sketch(value: unknown, depth: number, room: number): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(cut(value, room));
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value === UNREADABLE ? "?" : cut(value.toString(), room);
    case "function":
      return "function";
  }
  if (value === null) return "null";
  const array = Array.isArray(value);
  if (!array) {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return cut(Object.prototype.toString.call(value), room);
    }
  }
  if (depth >= SKETCH_DEPTH) return array ? "[...]" : "{...}";
  const parts: string[] = [];
  let used = 2;
  if (array) {
    const items = value as readonly unknown[];
    const length = items.length;
    for (let i = 0; i < length && used < room; i++) {
      const part = sketch(items[i], depth + 1, room - used);
      parts.push(part);
      used += part.length + 1;
    }
    if (parts.length < length) parts.push("...");
    return `[${parts.join(",")}]`;
  }
  const record = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record);
  for (const key of keys) {
    if (used >= room) break;
    const name = JSON.stringify(cut(key, room - used));
    const part = `${name}:${sketch(record[key], depth + 1, room - used - name.length - 1)}`;
    parts.push(part);
    used += part.length + 1;
  }
  if (parts.length < keys.length) parts.push("...");
  return `{${parts.join(",")}}`;
}

/**
 * A value as a message repeats it, in English and Vietnamese: a short JSON-like picture
 * (see {@link sketch}), cut to {@link VALUE_LIMIT} characters with invisible and
 * bidirectional characters escaped; never throws, even on a deeply nested value, a getter
 * that throws or a revoked Proxy.
 */
function describeValue(value: unknown): { readonly en: string; readonly vi: string } {
  if (value === undefined) return { en: "nothing", vi: "không có gì" };
  if (typeof value === "function") return { en: "a function", vi: "một hàm" };
  let text: string;
  try {
    text = value === UNREADABLE ? "" : cut(sketch(value, 0, VALUE_LIMIT), VALUE_LIMIT);
  } catch {
    text = "";
  }
  if (text === "") {
    return {
      en: "a value that cannot be read (reading it threw an error)",
      vi: "một giá trị không đọc được (đọc giá trị này gây lỗi)",
    };
  }
  return { en: echo(text), vi: echo(text) };
}

// ---------------------------------------------------------------------------------------
// CSV

interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  readonly error?: { readonly en: string; readonly vi: string };
}

/**
 * Reads CSV text (RFC 4180): fields separated by commas, optionally in double quotes, a
 * quote inside a quoted field written twice, line breaks inside quotes kept, CRLF or LF
 * line ends, a leading byte-order mark ignored. Blank lines are skipped.
 */
function* readCsv(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: CsvRecord["error"];
    let field = "";
    let atFieldStart = true;
    let quoted = false;
    let ended = false;
    while (i < n && !ended) {
      const ch = text[i] as string;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          const next = text[i];
          if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
            error ??= {
              en: `Unexpected text after a closing quote in field ${fields.length + 1}`,
              vi: `Có ký tự thừa sau dấu ngoặc kép đóng ở trường thứ ${fields.length + 1}`,
            };
          }
          continue;
        }
        if (ch === "\n") line++;
        field += ch;
        i++;
        continue;
      }
      if (ch === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i++;
        continue;
      }
      if (ch === ",") {
        fields.push(field);
        field = "";
        atFieldStart = true;
        i++;
        continue;
      }
      if (ch === "\r" || ch === "\n") {
        i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        ended = true;
        continue;
      }
      if (ch === '"') {
        error ??= {
          en: `A double quote inside unquoted field ${fields.length + 1}; quote the whole field and double the quote`,
          vi: `Có dấu ngoặc kép trong trường thứ ${fields.length + 1} không được đặt trong ngoặc kép`,
        };
      }
      atFieldStart = false;
      field += ch;
      i++;
    }
    if (quoted) {
      error = {
        en: "A quoted field is not closed before the end of the text",
        vi: "Trường trong ngoặc kép không được đóng trước khi hết dữ liệu",
      };
    }
    fields.push(field);
    if (fields.length === 1 && fields[0] === "" && !error) continue; // blank line
    yield error ? { line: startLine, fields, error } : { line: startLine, fields };
  }
}

/**
 * The text of CSV input: a string as it is, bytes decoded as UTF-8 (a byte-order mark
 * dropped); anything else, or bytes that are not UTF-8, gives a problem and `undefined`.
 */
function csvText(input: unknown, problems: Problems): string | undefined {
  if (typeof input === "string") return input;
  let bytes = false;
  try {
    bytes = input instanceof Uint8Array;
  } catch {
    // A Proxy whose prototype cannot be read is not bytes.
  }
  if (!bytes) {
    const got = describeValue(input);
    problems.add(
      [],
      "invalid-input",
      `Expected CSV text (a string) or its bytes (a Uint8Array, such as a Buffer), got ${got.en}; nothing was read`,
      `Cần dữ liệu CSV dạng chuỗi hoặc dạng byte (Uint8Array, ví dụ Buffer), nhận được ${got.vi}; không có gì được đọc`,
    );
    return undefined;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input as Uint8Array);
  } catch {
    problems.add(
      [],
      "invalid-encoding",
      "The bytes are not valid UTF-8 text; save the file as UTF-8. Nothing was read",
      "Dữ liệu byte không phải văn bản UTF-8 hợp lệ; hãy lưu tệp ở dạng UTF-8. Không có gì được đọc",
    );
    return undefined;
  }
}

const CSV_COLUMNS = [
  "province_code",
  "province_name",
  "district_code",
  "district_name",
  "commune_code",
  "commune_name",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * Options of {@link loadOldUnitsCsv}.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { OldUnitsCsvOptions } from "antt";
 * const options: OldUnitsCsvOptions = { validTo: "2025-06-30" };
 * ```
 */
export interface OldUnitsCsvOptions {
  /** The last day the units were valid; default `2025-06-30`. */
  readonly validTo?: CalendarDate;
}

/**
 * Reads the pre-2025 hierarchy (63 provinces, 691 districts, 10,047 communes) from CSV
 * text with the columns `province_code, province_name, district_code, district_name,
 * commune_code, commune_name` (in any order; a header row is required, each column once).
 *
 * @description Every unit is valid until `validTo` (30 June 2025 by default), from a date
 * the file does not give. Types come from the type word of each name (see
 * {@link adminUnitTypeFromName}); white space in names is collapsed. A row is left out,
 * with an `error` problem at its line, when it has the wrong number of fields, a quote
 * out of place, a code or name that does not validate, or a commune code already read. A
 * row whose district and commune names are swapped (a district named "Xã ..." and a
 * commune named "Huyện ...", as in four rows of the national file) is loaded with the
 * names put back, and a `warning`. A province or district whose name differs between rows
 * keeps its first name, with a warning.
 *
 * A header row without one of the six columns, or with one of them twice, gives an `error`
 * problem at line 1 and no units: the loader never guesses which column holds the data.
 *
 * The function takes text or its bytes, not a file name, so that it works in browsers
 * too: `loadOldUnitsCsv(await readFile("old-units.csv"))`. Bytes are read as UTF-8 (bytes
 * that are not UTF-8 give an error problem), and a byte-order mark at the start is
 * ignored. Any other input gives a problem, never an exception.
 *
 * @param text - the CSV text, or its bytes in UTF-8 (a `Uint8Array` such as a `Buffer`)
 * @param options - `validTo` (default `2025-06-30`)
 * @returns the units (provinces, districts and communes; no successions) and the problems
 * @category Administrative units
 * @example
 * ```ts
 * import { loadOldUnitsCsv } from "antt";
 * const csv = [
 *   "province_code,province_name,district_code,district_name,commune_code,commune_name",
 *   "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,15532,Xã Xuân Sinh",
 *   '38,Tỉnh Thanh Hóa,395,"Huyện Thọ Xuân",15499,Thị trấn Thọ Xuân',
 *   "38,Tỉnh Thanh Hóa,395,Huyện Thọ Xuân,1553,Xã Xuân Hòa",
 * ].join("\n");
 * const { units, problems } = loadOldUnitsCsv(csv);
 * units.length;        // 4: the province, the district and two communes
 * problems[0]?.line;   // 4: the commune code 1553 is not 5 digits
 * ```
 */
export function loadOldUnitsCsv(
  text: string | Uint8Array,
  options: OldUnitsCsvOptions = {},
): AdminLoadResult {
  const validTo = options.validTo ?? "2025-06-30";
  const problems = new Problems();
  const units: AdminUnit[] = [];
  if (!problems.checkDates({ validTo })) return { units, successions: [], problems: problems.list };
  const decoded = csvText(text, problems);
  if (decoded === undefined) return { units, successions: [], problems: problems.list };
  const records = readCsv(decoded);
  const first = records.next();
  if (first.done) {
    problems.add([], "missing-header", "The CSV text is empty", "Dữ liệu CSV trống");
    return { units, successions: [], problems: problems.list };
  }
  const header = first.value.fields.map((name) => name.trim().toLowerCase());
  const columnOf = new Map<CsvColumn, number>();
  for (const column of CSV_COLUMNS) {
    const at = header.indexOf(column);
    if (at >= 0) columnOf.set(column, at);
  }
  const missing = CSV_COLUMNS.filter((column) => !columnOf.has(column));
  // A column given twice: which of the two holds the data is not guessed.
  const doubled = CSV_COLUMNS.filter(
    (column) => columnOf.has(column) && header.lastIndexOf(column) !== columnOf.get(column),
  );
  for (const column of doubled) {
    const positions = header.flatMap((name, at) => (name === column ? [at + 1] : []));
    problems.add(
      [first.value.line, column],
      "duplicate-column",
      `The header row has the column ${column} ${positions.length} times (columns ${positions.join(", ")}); no row was read, since which one to read is not known`,
      `Dòng tiêu đề có cột ${column} ${positions.length} lần (các cột thứ ${positions.join(", ")}); không dòng nào được đọc vì không biết phải đọc cột nào`,
      "error",
      first.value.line,
    );
  }
  if (doubled.length > 0 && missing.length === 0 && !first.value.error) {
    return { units, successions: [], problems: problems.list };
  }
  if (missing.length > 0 || first.value.error) {
    problems.add(
      [first.value.line],
      "missing-header",
      first.value.error
        ? `The header row cannot be read (${first.value.error.en}); no row was read`
        : `The header row lacks the columns ${missing.join(", ")}; no row was read`,
      first.value.error
        ? `Không đọc được dòng tiêu đề (${first.value.error.vi}); không dòng nào được đọc`
        : `Dòng tiêu đề thiếu các cột ${missing.join(", ")}; không dòng nào được đọc`,
      "error",
      first.value.line,
    );
    return { units, successions: [], problems: problems.list };
  }
  for (const [position, name] of header.entries()) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      problems.add(
        [first.value.line, name],
        "ignored-column",
        `The column ${quote(name)} (column ${position + 1}) is not read`,
        `Cột ${quote(name)} (cột thứ ${position + 1}) không được đọc`,
        "warning",
        first.value.line,
      );
    }
  }

  interface Seen {
    readonly name: string;
    readonly line: number;
    readonly unit?: AdminUnit;
  }
  const provinces = new Map<string, Seen>();
  const districts = new Map<string, Seen & { readonly province: string }>();
  const communes = new Map<string, number>();

  for (const record of records) {
    const { line } = record;
    if (record.error) {
      problems.add([line], "malformed-csv", record.error.en, record.error.vi, "error", line);
      continue;
    }
    if (record.fields.length !== header.length) {
      problems.add(
        [line],
        "malformed-csv",
        `The row has ${record.fields.length} fields, the header ${header.length}; the row was not read`,
        `Dòng có ${record.fields.length} trường, dòng tiêu đề có ${header.length}; dòng không được đọc`,
        "error",
        line,
      );
      continue;
    }
    const get = (column: CsvColumn): string =>
      (record.fields[columnOf.get(column) as number] as string).trim();
    const row = {
      provinceCode: get("province_code"),
      provinceName: tidyName(get("province_name")),
      districtCode: get("district_code"),
      districtName: tidyName(get("district_name")),
      communeCode: get("commune_code"),
      communeName: tidyName(get("commune_name")),
    };
    if (
      !hasTypeWord(row.communeName, "commune") &&
      hasTypeWord(row.communeName, "district") &&
      hasTypeWord(row.districtName, "commune") &&
      !hasTypeWord(row.districtName, "district")
    ) {
      problems.add(
        [line, "district_name"],
        "swapped-names",
        `The district name ${quote(row.districtName)} and the commune name ${quote(row.communeName)} are swapped; read the other way round`,
        `Tên huyện ${quote(row.districtName)} và tên xã ${quote(row.communeName)} bị đảo chỗ; đã đọc lại cho đúng`,
        "warning",
        line,
      );
      [row.districtName, row.communeName] = [row.communeName, row.districtName];
    }

    // The province, the first time it is seen.
    let province = provinces.get(row.provinceCode);
    if (!province) {
      const type = adminUnitTypeFromName(row.provinceName, "province") ?? "province";
      const unit = {
        code: row.provinceCode,
        name: row.provinceName,
        level: "province",
        type,
        validTo,
      };
      const result = validate(AdminUnitSchema, unit);
      if (!result.success) {
        problems.addIssues(
          result.issues,
          { name: [line, "province_name"] },
          [line, "province_code"],
          line,
        );
      } else if (adminUnitTypeFromName(row.provinceName, "province") === undefined) {
        problems.add(
          [line, "province_name"],
          "unknown-unit-type",
          `The province name ${quote(row.provinceName)} does not start with Tỉnh or Thành phố`,
          `Tên tỉnh ${quote(row.provinceName)} không bắt đầu bằng "Tỉnh" hoặc "Thành phố"`,
          "error",
          line,
        );
      }
      province =
        result.success && adminUnitTypeFromName(row.provinceName, "province") !== undefined
          ? { name: row.provinceName, line, unit: result.data }
          : { name: row.provinceName, line };
      provinces.set(row.provinceCode, province);
      if (province.unit) units.push(province.unit);
    } else if (province.name !== row.provinceName) {
      problems.add(
        [line, "province_name"],
        "inconsistent-name",
        `Province ${echo(row.provinceCode)} is named ${quote(row.provinceName)} here but ${quote(province.name)} on line ${province.line}; the first name is kept`,
        `Tỉnh ${echo(row.provinceCode)} ở đây tên ${quote(row.provinceName)} nhưng ở dòng ${province.line} tên ${quote(province.name)}; giữ tên đầu tiên`,
        "warning",
        line,
      );
    }
    if (!province.unit) {
      if (province.line !== line) {
        problems.add(
          [line, "province_code"],
          "invalid-parent",
          `Province ${echo(row.provinceCode)} is invalid (see line ${province.line}); the row was not read`,
          `Tỉnh ${echo(row.provinceCode)} không hợp lệ (xem dòng ${province.line}); dòng không được đọc`,
          "error",
          line,
        );
      }
      continue;
    }

    // The district, the first time it is seen.
    let district = districts.get(row.districtCode);
    if (!district) {
      const named = adminUnitTypeFromName(row.districtName, "district", {
        parentType: province.unit.type,
      });
      const unit = {
        code: row.districtCode,
        name: row.districtName,
        level: "district",
        type: named ?? "rural-district",
        parentCode: row.provinceCode,
        validTo,
      };
      const result = validate(AdminUnitSchema, unit);
      if (!result.success) {
        problems.addIssues(
          result.issues,
          { name: [line, "district_name"], parentCode: [line, "province_code"] },
          [line, "district_code"],
          line,
        );
      } else if (named === undefined) {
        problems.add(
          [line, "district_name"],
          "unknown-unit-type",
          `The district name ${quote(row.districtName)} does not start with Huyện, Quận, Thị xã or Thành phố`,
          `Tên huyện ${quote(row.districtName)} không bắt đầu bằng "Huyện", "Quận", "Thị xã" hoặc "Thành phố"`,
          "error",
          line,
        );
      }
      district =
        result.success && named !== undefined
          ? { name: row.districtName, line, unit: result.data, province: row.provinceCode }
          : { name: row.districtName, line, province: row.provinceCode };
      districts.set(row.districtCode, district);
      if (district.unit) units.push(district.unit);
    } else if (district.province !== row.provinceCode) {
      problems.add(
        [line, "province_code"],
        "inconsistent-parent",
        `District ${echo(row.districtCode)} is in province ${echo(row.provinceCode)} here but in ${echo(district.province)} on line ${district.line}; the row was not read`,
        `Huyện ${echo(row.districtCode)} ở đây thuộc tỉnh ${echo(row.provinceCode)} nhưng ở dòng ${district.line} thuộc tỉnh ${echo(district.province)}; dòng không được đọc`,
        "error",
        line,
      );
      continue;
    } else if (district.name !== row.districtName) {
      problems.add(
        [line, "district_name"],
        "inconsistent-name",
        `District ${echo(row.districtCode)} is named ${quote(row.districtName)} here but ${quote(district.name)} on line ${district.line}; the first name is kept`,
        `Huyện ${echo(row.districtCode)} ở đây tên ${quote(row.districtName)} nhưng ở dòng ${district.line} tên ${quote(district.name)}; giữ tên đầu tiên`,
        "warning",
        line,
      );
    }
    if (!district.unit) {
      if (district.line !== line) {
        problems.add(
          [line, "district_code"],
          "invalid-parent",
          `District ${echo(row.districtCode)} is invalid (see line ${district.line}); the row was not read`,
          `Huyện ${echo(row.districtCode)} không hợp lệ (xem dòng ${district.line}); dòng không được đọc`,
          "error",
          line,
        );
      }
      continue;
    }

    // The commune.
    const earlier = communes.get(row.communeCode);
    if (earlier !== undefined) {
      problems.add(
        [line, "commune_code"],
        "duplicate-code",
        `Commune ${echo(row.communeCode)} was already read on line ${earlier}; this row was not read`,
        `Xã ${echo(row.communeCode)} đã có ở dòng ${earlier}; dòng này không được đọc`,
        "error",
        line,
      );
      continue;
    }
    const named = adminUnitTypeFromName(row.communeName, "commune");
    const unit = {
      code: row.communeCode,
      name: row.communeName,
      level: "commune",
      type: named ?? "commune",
      parentCode: row.districtCode,
      validTo,
    };
    const result = validate(AdminUnitSchema, unit);
    if (!result.success) {
      problems.addIssues(
        result.issues,
        { name: [line, "commune_name"], parentCode: [line, "district_code"] },
        [line, "commune_code"],
        line,
      );
      continue;
    }
    if (named === undefined) {
      problems.add(
        [line, "commune_name"],
        "unknown-unit-type",
        `The commune name ${quote(row.communeName)} does not start with Xã, Phường, Thị trấn or Đặc khu; the row was not read`,
        `Tên xã ${quote(row.communeName)} không bắt đầu bằng "Xã", "Phường", "Thị trấn" hoặc "Đặc khu"; dòng không được đọc`,
        "error",
        line,
      );
      continue;
    }
    communes.set(row.communeCode, line);
    units.push(result.data);
  }
  return { units, successions: [], problems: problems.list };
}

// ---------------------------------------------------------------------------------------
// JSON

// The JSON loaders take any value. They never index it directly: they ask its shape with
// `shapeOf`, read its fields with `fieldOf` and copy its arrays with `itemsOf`, each of
// which catches what a getter or a Proxy throws, so a hostile value gives problems, never
// an exception.

/** The most entries an array of the input may have; the national files have a few thousand. */
const MAX_ITEMS = 1_000_000;

function shapeOf(value: unknown): "array" | "object" | "other" | "unreadable" {
  if (typeof value !== "object" || value === null) return "other";
  try {
    return Array.isArray(value) ? "array" : "object";
  } catch {
    return "unreadable"; // a revoked Proxy
  }
}

function isObject(value: unknown): value is object {
  return shapeOf(value) === "object";
}

/** A field of an entry, or {@link UNREADABLE} when reading it throws. */
function fieldOf(entry: object, key: string): unknown {
  try {
    return (entry as Readonly<Record<string, unknown>>)[key];
  } catch {
    return UNREADABLE;
  }
}

/**
 * A copy of an array of the input, an item that cannot be read being {@link UNREADABLE};
 * `undefined`, with a problem, when its length cannot be read or is too large.
 */
function itemsOf(list: unknown, path: Path, problems: Problems): unknown[] | undefined {
  let length: unknown;
  try {
    length = (list as readonly unknown[]).length;
  } catch {
    length = UNREADABLE;
  }
  if (typeof length !== "number" || !Number.isSafeInteger(length) || length > MAX_ITEMS) {
    problems.add(
      path,
      "invalid-entry",
      `The array cannot be read: its length is ${describeValue(length).en} (at most ${MAX_ITEMS} entries are read); nothing in it was read`,
      `Không đọc được mảng: độ dài của mảng là ${describeValue(length).vi} (chỉ đọc tối đa ${MAX_ITEMS} mục); không mục nào trong mảng được đọc`,
    );
    return undefined;
  }
  const items: unknown[] = [];
  for (let i = 0; i < length; i++) items.push(fieldOf(list as object, String(i)));
  return items;
}

/** The array of top-level entries: `json.data`, or `json` itself when it is an array. */
function entriesOf(
  json: unknown,
  problems: Problems,
  file: string,
): { list: unknown[]; path: Path } | undefined {
  const shape = shapeOf(json);
  if (shape === "array") {
    const list = itemsOf(json, [], problems);
    return list && { list, path: [] };
  }
  const data = shape === "object" ? fieldOf(json as object, "data") : undefined;
  if (shapeOf(data) === "array") {
    const list = itemsOf(data, ["data"], problems);
    return list && { list, path: ["data"] };
  }
  const got = describeValue(json);
  problems.add(
    [],
    "invalid-json",
    `Expected the parsed ${file}: an object with a "data" array, got ${got.en}`,
    `Cần nội dung đã đọc của ${file}: một đối tượng có mảng "data", nhận được ${got.vi}`,
  );
  return undefined;
}

/** A string field of an entry, or a problem saying what is wrong with it. */
function stringField(
  entry: object,
  key: string,
  path: Path,
  problems: Problems,
): string | undefined {
  const value = fieldOf(entry, key);
  if (typeof value === "string") return value;
  const got = describeValue(value);
  problems.add(
    [...path, key],
    "invalid-entry",
    `Expected a string in ${key}, got ${got.en}; the entry was not read`,
    `Trường ${key} phải là chuỗi, nhận được ${got.vi}; mục không được đọc`,
  );
  return undefined;
}

/** A copy of an array field of an entry, or a problem saying what is wrong with it. */
function arrayField(
  entry: object,
  key: string,
  path: Path,
  problems: Problems,
  optional = false,
): unknown[] | undefined {
  const value = fieldOf(entry, key);
  if (shapeOf(value) === "array") return itemsOf(value, [...path, key], problems);
  if (optional && value === undefined) return [];
  const got = describeValue(value);
  problems.add(
    [...path, key],
    "invalid-entry",
    `Expected an array in ${key}, got ${got.en}`,
    `Trường ${key} phải là mảng, nhận được ${got.vi}`,
  );
  return undefined;
}

function notAnObject(path: Path, value: unknown, problems: Problems): void {
  const got = describeValue(value);
  problems.add(
    path,
    "invalid-entry",
    `Expected an object, got ${got.en}; the entry was not read`,
    `Mục phải là một đối tượng, nhận được ${got.vi}; mục không được đọc`,
  );
}

/**
 * A code field of the input as the schema may see it: a value that is not a string, a
 * number, a boolean or null is replaced by an empty object or array, so that the schema's
 * message never has to look into it (zod asks a value for its prototype, which a Proxy
 * may refuse).
 */
function plainCode(value: unknown): unknown {
  if (value === UNREADABLE) return {};
  if (typeof value !== "object" || value === null) return value;
  return shapeOf(value) === "array" ? [] : {};
}

/** Validates a unit built from a JSON entry and reports its issues at the entry's fields. */
function unitFrom(
  candidate: Record<string, unknown>,
  path: Path,
  fields: { code: string; name: string; parent?: Path },
  problems: Problems,
): AdminUnit | undefined {
  const level = candidate["level"] as Exclude<AdminLevel, "village">;
  const name = candidate["name"] as string;
  const known = candidate["type"] !== undefined;
  if (!known) {
    problems.add(
      [...path, fields.name],
      "unknown-unit-type",
      `The name ${quote(name)} does not start with a ${level}-level type word (${PREFIXES[level].map(([word]) => word).join(", ")}); the entry was not read`,
      `Tên ${quote(name)} không bắt đầu bằng loại đơn vị ${LEVEL_VI[level]} (${PREFIXES[level].map(([word]) => word).join(", ")}); mục không được đọc`,
    );
  }
  // Validate with a stand-in type too, so that every other problem of the entry is reported.
  const result = validate(
    AdminUnitSchema,
    known ? candidate : { ...candidate, type: PREFIXES[level][0]?.[1] },
  );
  if (!result.success) {
    problems.addIssues(
      result.issues,
      { code: [...path, fields.code], parentCode: fields.parent ?? path },
      [...path, fields.name],
    );
    return undefined;
  }
  return known ? result.data : undefined;
}

function newUnit(
  code: string,
  name: string,
  level: Exclude<AdminLevel, "village">,
  dates: { validFrom?: string; validTo?: string },
  parent?: { code: string; type: AdminUnitType },
): Record<string, unknown> {
  const tidy = tidyName(name);
  const unit: Record<string, unknown> = {
    code,
    name: tidy,
    level,
    type: adminUnitTypeFromName(tidy, level, { parentType: parent?.type }),
  };
  if (parent) unit["parentCode"] = parent.code;
  if (dates.validFrom !== undefined) unit["validFrom"] = dates.validFrom;
  if (dates.validTo !== undefined) unit["validTo"] = dates.validTo;
  return unit;
}

function successionFrom(
  link: Record<string, unknown>,
  path: Path,
  codeField: string,
  problems: Problems,
): AdminSuccession | undefined {
  const result = validate(AdminSuccessionSchema, link);
  if (result.success) return result.data;
  problems.addIssues(
    result.issues,
    { oldCode: [...path, codeField], newCode: [...path, codeField] },
    path,
  );
  return undefined;
}

function skipped(
  path: Path,
  what: string,
  whatVi: string,
  count: number,
  problems: Problems,
): void {
  if (count === 0) return;
  problems.add(
    path,
    "invalid-parent",
    `The ${count} ${what} of this entry were not read because the entry is invalid`,
    `${count} ${whatVi} của mục này không được đọc vì mục không hợp lệ`,
  );
}

/**
 * Options of {@link loadMergesJson}.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { MergesJsonOptions } from "antt";
 * const options: MergesJsonOptions = { effectiveDate: "2025-07-01" };
 * ```
 */
export interface MergesJsonOptions {
  /** The first day of the new units and of their succession links; default `2025-07-01`. */
  readonly effectiveDate?: CalendarDate;
}

/**
 * Reads today's units and their succession links from the parsed `merges.json` of the
 * 2025 reorganisation: 34 provinces (`level1_id`) and 3,321 communes (`level2_id`), each
 * with the pre-2025 units it was formed from (`merges[]`: `old_id`, `name`, `type` =
 * `full` or `partial`).
 *
 * @description The new units are valid from `effectiveDate` (1 July 2025 by default),
 * communes under their province; a `full` link becomes a `whole` succession, a `partial`
 * one a `partial` succession. The old units are not created here (their names are in the
 * file but not their parents): read them with {@link loadOldUnitsCsv}. An entry that does
 * not validate, names an unknown link type, repeats a code or has a name without a type
 * word is left out with an `error` problem at its JSON path, and so are the communes of a
 * province entry that is left out. An old unit listed twice in one new unit's `merges` is
 * read once, as first given, with a `warning`. Pass the parsed JSON (`JSON.parse(text)`
 * or a JSON import), not a file name; any other value, however nested or hostile (a
 * getter or a Proxy that throws), gives problems, never an exception, and messages repeat
 * at most 200 characters of it.
 *
 * @param json - the parsed contents of merges.json
 * @param options - `effectiveDate` (default `2025-07-01`)
 * @returns the new units, the succession links into them, and the problems
 * @category Administrative units
 * @example
 * ```ts
 * import { loadMergesJson } from "antt";
 * const { units, successions, problems } = loadMergesJson({
 *   data: [
 *     {
 *       level1_id: "25",
 *       name: "Tỉnh Phú Thọ",
 *       merges: [
 *         { old_id: "25", name: "Tỉnh Phú Thọ", type: "full" },
 *         { old_id: "26", name: "Tỉnh Vĩnh Phúc", type: "full" },
 *       ],
 *       level2s: [],
 *     },
 *   ],
 * });
 * units[0]?.validFrom;      // "2025-07-01"
 * successions[1]?.oldCode;  // "26"
 * problems.length;          // 0
 * ```
 */
export function loadMergesJson(json: unknown, options: MergesJsonOptions = {}): AdminLoadResult {
  const effectiveDate = options.effectiveDate ?? "2025-07-01";
  const problems = new Problems();
  const units: AdminUnit[] = [];
  const successions: AdminSuccession[] = [];
  if (!problems.checkDates({ effectiveDate }))
    return { units, successions, problems: problems.list };
  const entries = entriesOf(json, problems, "merges.json");
  if (!entries) return { units, successions, problems: problems.list };
  const seen = new Map<string, string>();

  const readLinks = (list: unknown[], path: Path, newCode: string): void => {
    // The links read, by old code: an old unit listed twice is one link, not two.
    const read = new Map<string, { readonly path: Path; readonly type: string }>();
    for (const [k, link] of list.entries()) {
      const linkPath = [...path, k];
      if (!isObject(link)) {
        notAnObject(linkPath, link, problems);
        continue;
      }
      const type = fieldOf(link, "type");
      const kind = type === "full" ? "whole" : type === "partial" ? "partial" : undefined;
      if (kind === undefined) {
        const got = describeValue(type);
        problems.add(
          [...linkPath, "type"],
          "invalid-entry",
          `Expected the link type "full" or "partial", got ${got.en}; the link was not read`,
          `Loại liên kết phải là "full" hoặc "partial", nhận được ${got.vi}; liên kết không được đọc`,
        );
        continue;
      }
      const oldId = fieldOf(link, "old_id");
      const earlier = typeof oldId === "string" ? read.get(oldId) : undefined;
      if (earlier) {
        duplicateLink(linkPath, "old_id", oldId as string, newCode, earlier, type as string);
        continue;
      }
      const succession = successionFrom(
        { oldCode: plainCode(oldId), newCode, kind, effectiveDate },
        linkPath,
        "old_id",
        problems,
      );
      if (!succession) continue;
      successions.push(succession);
      read.set(succession.oldCode, { path: linkPath, type: type as string });
    }
  };

  const duplicateLink = (
    path: Path,
    field: string,
    oldCode: string,
    newCode: string,
    earlier: { readonly path: Path; readonly type: string },
    type: string,
  ): void => {
    const where = JSON.stringify(earlier.path);
    const differs = earlier.type !== type;
    problems.add(
      [...path, field],
      "duplicate-link",
      `Unit ${echo(newCode)} lists ${echo(oldCode)} again (first at ${where}${differs ? `, as "${earlier.type}"; here as "${type}"` : ""}); the link is read once, as first given`,
      `Đơn vị ${echo(newCode)} liệt kê ${echo(oldCode)} hai lần (lần đầu ở ${where}${differs ? `, là "${earlier.type}"; ở đây là "${type}"` : ""}); liên kết chỉ được đọc một lần, theo lần ghi đầu tiên`,
      "warning",
    );
  };

  const checkDuplicate = (code: string, path: Path): boolean => {
    const earlier = seen.get(code);
    if (earlier === undefined) {
      seen.set(code, JSON.stringify(path));
      return false;
    }
    problems.add(
      path,
      "duplicate-code",
      `The code ${echo(code)} was already read at ${earlier}; this entry was not read`,
      `Mã ${echo(code)} đã có ở ${earlier}; mục này không được đọc`,
    );
    return true;
  };

  for (const [i, entry] of entries.list.entries()) {
    const path = [...entries.path, i];
    if (!isObject(entry)) {
      notAnObject(path, entry, problems);
      continue;
    }
    const code = stringField(entry, "level1_id", path, problems);
    const name = stringField(entry, "name", path, problems);
    const links = arrayField(entry, "merges", path, problems);
    const communes = arrayField(entry, "level2s", path, problems);
    const province =
      code !== undefined && name !== undefined && !checkDuplicate(code, [...path, "level1_id"])
        ? unitFrom(
            newUnit(code, name, "province", { validFrom: effectiveDate }),
            path,
            { code: "level1_id", name: "name" },
            problems,
          )
        : undefined;
    if (!province) {
      skipped(path, "communes", "xã", communes?.length ?? 0, problems);
      continue;
    }
    units.push(province);
    if (links) readLinks(links, [...path, "merges"], province.code);
    for (const [j, commune] of (communes ?? []).entries()) {
      const communePath = [...path, "level2s", j];
      if (!isObject(commune)) {
        notAnObject(communePath, commune, problems);
        continue;
      }
      const communeCode = stringField(commune, "level2_id", communePath, problems);
      const communeName = stringField(commune, "name", communePath, problems);
      const communeLinks = arrayField(commune, "merges", communePath, problems);
      if (communeCode === undefined || communeName === undefined) continue;
      if (checkDuplicate(communeCode, [...communePath, "level2_id"])) continue;
      const unit = unitFrom(
        newUnit(communeCode, communeName, "commune", { validFrom: effectiveDate }, province),
        communePath,
        { code: "level2_id", name: "name", parent: [...path, "level1_id"] },
        problems,
      );
      if (!unit) {
        skipped(communePath, "links", "liên kết", communeLinks?.length ?? 0, problems);
        continue;
      }
      units.push(unit);
      if (communeLinks) readLinks(communeLinks, [...communePath, "merges"], unit.code);
    }
  }
  return { units, successions, problems: problems.list };
}

/**
 * Options of {@link loadSplitsJson}.
 *
 * @category Administrative units
 * @example
 * ```ts
 * import type { SplitsJsonOptions } from "antt";
 * const options: SplitsJsonOptions = { effectiveDate: "2025-07-01", validTo: "2025-06-30" };
 * ```
 */
export interface SplitsJsonOptions {
  /** The first day of the new units, the date of the succession links; default `2025-07-01`. */
  readonly effectiveDate?: CalendarDate;
  /** The last day of the old units; default: the day before `effectiveDate`. */
  readonly validTo?: CalendarDate;
}

/**
 * Reads the succession links of the 2025 reorganisation from the parsed `splits.json`: each
 * of the 63 pre-2025 provinces (`level1_id`) and its communes (`level3s[]`, `level3_id`)
 * with the new units they went into (`splits[]`: `new_id`, `name`).
 *
 * @description A unit with one new unit goes into it wholly (`whole`); a unit with several
 * was divided (`partial` to each). The old provinces are returned as units, and so are the
 * few old districts listed in `level2s` (island districts without communes, which went
 * into a special zone); the old communes are not, because the file does not say which
 * district each was in: read them with {@link loadOldUnitsCsv}. The links are the same as
 * those of {@link loadMergesJson} seen from the other side; an index keeps a link given by
 * both files once. A new unit listed twice in one unit's `splits` counts once (so a unit
 * that goes into it alone still goes wholly), with a `warning`. Problems are reported as by
 * {@link loadMergesJson}.
 *
 * @param json - the parsed contents of splits.json
 * @param options - `effectiveDate` (default `2025-07-01`) and `validTo` of the old units
 * @returns the old provinces and island districts, the succession links, and the problems
 * @category Administrative units
 * @example
 * ```ts
 * import { loadSplitsJson } from "antt";
 * const { successions } = loadSplitsJson({
 *   data: [
 *     {
 *       level1_id: "01",
 *       name: "Thành phố Hà Nội",
 *       splits: [{ new_id: "01", name: "Thành phố Hà Nội" }],
 *       level3s: [
 *         {
 *           level3_id: "00007",
 *           name: "Phường Cống Vị",
 *           splits: [
 *             { new_id: "00008", name: "Phường Ngọc Hà" },
 *             { new_id: "00025", name: "Phường Giảng Võ" },
 *           ],
 *         },
 *       ],
 *     },
 *   ],
 * });
 * successions.map((link) => `${link.oldCode}>${link.newCode} ${link.kind}`);
 * // ["01>01 whole", "00007>00008 partial", "00007>00025 partial"]
 * ```
 */
export function loadSplitsJson(json: unknown, options: SplitsJsonOptions = {}): AdminLoadResult {
  const effectiveDate = options.effectiveDate ?? "2025-07-01";
  const problems = new Problems();
  const units: AdminUnit[] = [];
  const successions: AdminSuccession[] = [];
  if (!problems.checkDates({ effectiveDate }))
    return { units, successions, problems: problems.list };
  const validTo = options.validTo ?? dayBefore(effectiveDate);
  if (!problems.checkDates({ validTo })) return { units, successions, problems: problems.list };
  const entries = entriesOf(json, problems, "splits.json");
  if (!entries) return { units, successions, problems: problems.list };
  const seen = new Map<string, string>();

  const readSplits = (oldCode: string, list: unknown[], path: Path): void => {
    if (list.length === 0) {
      problems.add(
        path,
        "invalid-entry",
        `Unit ${echo(oldCode)} has no new unit to go into`,
        `Đơn vị ${echo(oldCode)} không được sắp xếp vào đơn vị mới nào`,
      );
    }
    // A new unit listed twice is one target, not two: the unit still goes wholly into it
    // when it is the only one. Each new_id is read once, before the kind is decided.
    const newIds = list.map((split) => (isObject(split) ? fieldOf(split, "new_id") : UNREADABLE));
    const firstAt = new Map<string, number>();
    let targets = 0;
    for (const [k, split] of list.entries()) {
      if (!isObject(split)) continue;
      const newId = newIds[k];
      if (typeof newId === "string") {
        if (firstAt.has(newId)) continue;
        firstAt.set(newId, k);
      }
      targets++;
    }
    const kind = targets === 1 ? "whole" : "partial";
    for (const [k, split] of list.entries()) {
      const splitPath = [...path, k];
      if (!isObject(split)) {
        notAnObject(splitPath, split, problems);
        continue;
      }
      const newId = newIds[k];
      const first = typeof newId === "string" ? (firstAt.get(newId) as number) : k;
      if (first !== k) {
        problems.add(
          [...splitPath, "new_id"],
          "duplicate-link",
          `Unit ${echo(oldCode)} lists ${echo(newId as string)} again (first at ${JSON.stringify([...path, first])}); the link is read once`,
          `Đơn vị ${echo(oldCode)} liệt kê ${echo(newId as string)} hai lần (lần đầu ở ${JSON.stringify([...path, first])}); liên kết chỉ được đọc một lần`,
          "warning",
        );
        continue;
      }
      const succession = successionFrom(
        { oldCode, newCode: plainCode(newId), kind, effectiveDate },
        splitPath,
        "new_id",
        problems,
      );
      if (succession) successions.push(succession);
    }
  };

  const checkDuplicate = (code: string, path: Path): boolean => {
    const earlier = seen.get(code);
    if (earlier === undefined) {
      seen.set(code, JSON.stringify(path));
      return false;
    }
    problems.add(
      path,
      "duplicate-code",
      `The code ${echo(code)} was already read at ${earlier}; this entry was not read`,
      `Mã ${echo(code)} đã có ở ${earlier}; mục này không được đọc`,
    );
    return true;
  };

  for (const [i, entry] of entries.list.entries()) {
    const path = [...entries.path, i];
    if (!isObject(entry)) {
      notAnObject(path, entry, problems);
      continue;
    }
    const code = stringField(entry, "level1_id", path, problems);
    const name = stringField(entry, "name", path, problems);
    const splits = arrayField(entry, "splits", path, problems);
    const communes = arrayField(entry, "level3s", path, problems);
    const districts = arrayField(entry, "level2s", path, problems, true);
    const province =
      code !== undefined && name !== undefined && !checkDuplicate(code, [...path, "level1_id"])
        ? unitFrom(
            newUnit(code, name, "province", { validTo }),
            path,
            { code: "level1_id", name: "name" },
            problems,
          )
        : undefined;
    if (!province) {
      skipped(
        path,
        "communes and districts",
        "xã và huyện",
        (communes?.length ?? 0) + (districts?.length ?? 0),
        problems,
      );
      continue;
    }
    units.push(province);
    if (splits) readSplits(province.code, splits, [...path, "splits"]);
    for (const [j, district] of (districts ?? []).entries()) {
      const districtPath = [...path, "level2s", j];
      if (!isObject(district)) {
        notAnObject(districtPath, district, problems);
        continue;
      }
      const districtCode = stringField(district, "level2_id", districtPath, problems);
      const districtName = stringField(district, "name", districtPath, problems);
      const districtSplits = arrayField(district, "splits", districtPath, problems);
      if (districtCode === undefined || districtName === undefined) continue;
      if (checkDuplicate(districtCode, [...districtPath, "level2_id"])) continue;
      const unit = unitFrom(
        newUnit(districtCode, districtName, "district", { validTo }, province),
        districtPath,
        { code: "level2_id", name: "name", parent: [...path, "level1_id"] },
        problems,
      );
      if (!unit) {
        skipped(districtPath, "links", "liên kết", districtSplits?.length ?? 0, problems);
        continue;
      }
      units.push(unit);
      if (districtSplits) readSplits(unit.code, districtSplits, [...districtPath, "splits"]);
    }
    for (const [j, commune] of (communes ?? []).entries()) {
      const communePath = [...path, "level3s", j];
      if (!isObject(commune)) {
        notAnObject(communePath, commune, problems);
        continue;
      }
      const communeCode = stringField(commune, "level3_id", communePath, problems);
      const communeSplits = arrayField(commune, "splits", communePath, problems);
      if (communeCode === undefined || !communeSplits) continue;
      if (checkDuplicate(communeCode, [...communePath, "level3_id"])) continue;
      readSplits(communeCode, communeSplits, [...communePath, "splits"]);
    }
  }
  return { units, successions, problems: problems.list };
}
