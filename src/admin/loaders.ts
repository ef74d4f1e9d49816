import { type CalendarDate, CalendarDateSchema, type Issue, validate } from "../core/index.js";
import { dayBefore } from "./internal.js";
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
      if (CalendarDateSchema.safeParse(value).success) continue;
      ok = false;
      this.add(
        ["options", key],
        "invalid-option",
        `The option ${key} must be a date YYYY-MM-DD, not ${describeValue(value)}; nothing was read`,
        `Tùy chọn ${key} phải là ngày dạng YYYY-MM-DD, không phải ${describeValue(value)}; không có gì được đọc`,
      );
    }
    return ok;
  }
}

function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
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
 * commune_code, commune_name` (in any order; a header row is required).
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
 * The function takes text, not a file name, so that it works in browsers too:
 * `loadOldUnitsCsv(await readFile("old-units.csv", "utf8"))`.
 *
 * @param text - the CSV text
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
export function loadOldUnitsCsv(text: string, options: OldUnitsCsvOptions = {}): AdminLoadResult {
  const validTo = options.validTo ?? "2025-06-30";
  const problems = new Problems();
  const units: AdminUnit[] = [];
  if (!problems.checkDates({ validTo })) return { units, successions: [], problems: problems.list };
  const records = readCsv(text);
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
        `The column ${JSON.stringify(name)} (column ${position + 1}) is not read`,
        `Cột ${JSON.stringify(name)} (cột thứ ${position + 1}) không được đọc`,
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
        `The district name ${JSON.stringify(row.districtName)} and the commune name ${JSON.stringify(row.communeName)} are swapped; read the other way round`,
        `Tên huyện ${JSON.stringify(row.districtName)} và tên xã ${JSON.stringify(row.communeName)} bị đảo chỗ; đã đọc lại cho đúng`,
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
          `The province name ${JSON.stringify(row.provinceName)} does not start with Tỉnh or Thành phố`,
          `Tên tỉnh ${JSON.stringify(row.provinceName)} không bắt đầu bằng "Tỉnh" hoặc "Thành phố"`,
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
        `Province ${row.provinceCode} is named ${JSON.stringify(row.provinceName)} here but ${JSON.stringify(province.name)} on line ${province.line}; the first name is kept`,
        `Tỉnh ${row.provinceCode} ở đây tên ${JSON.stringify(row.provinceName)} nhưng ở dòng ${province.line} tên ${JSON.stringify(province.name)}; giữ tên đầu tiên`,
        "warning",
        line,
      );
    }
    if (!province.unit) {
      if (province.line !== line) {
        problems.add(
          [line, "province_code"],
          "invalid-parent",
          `Province ${row.provinceCode} is invalid (see line ${province.line}); the row was not read`,
          `Tỉnh ${row.provinceCode} không hợp lệ (xem dòng ${province.line}); dòng không được đọc`,
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
          `The district name ${JSON.stringify(row.districtName)} does not start with Huyện, Quận, Thị xã or Thành phố`,
          `Tên huyện ${JSON.stringify(row.districtName)} không bắt đầu bằng "Huyện", "Quận", "Thị xã" hoặc "Thành phố"`,
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
        `District ${row.districtCode} is in province ${row.provinceCode} here but in ${district.province} on line ${district.line}; the row was not read`,
        `Huyện ${row.districtCode} ở đây thuộc tỉnh ${row.provinceCode} nhưng ở dòng ${district.line} thuộc tỉnh ${district.province}; dòng không được đọc`,
        "error",
        line,
      );
      continue;
    } else if (district.name !== row.districtName) {
      problems.add(
        [line, "district_name"],
        "inconsistent-name",
        `District ${row.districtCode} is named ${JSON.stringify(row.districtName)} here but ${JSON.stringify(district.name)} on line ${district.line}; the first name is kept`,
        `Huyện ${row.districtCode} ở đây tên ${JSON.stringify(row.districtName)} nhưng ở dòng ${district.line} tên ${JSON.stringify(district.name)}; giữ tên đầu tiên`,
        "warning",
        line,
      );
    }
    if (!district.unit) {
      if (district.line !== line) {
        problems.add(
          [line, "district_code"],
          "invalid-parent",
          `District ${row.districtCode} is invalid (see line ${district.line}); the row was not read`,
          `Huyện ${row.districtCode} không hợp lệ (xem dòng ${district.line}); dòng không được đọc`,
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
        `Commune ${row.communeCode} was already read on line ${earlier}; this row was not read`,
        `Xã ${row.communeCode} đã có ở dòng ${earlier}; dòng này không được đọc`,
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
        `The commune name ${JSON.stringify(row.communeName)} does not start with Xã, Phường, Thị trấn or Đặc khu; the row was not read`,
        `Tên xã ${JSON.stringify(row.communeName)} không bắt đầu bằng "Xã", "Phường", "Thị trấn" hoặc "Đặc khu"; dòng không được đọc`,
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The array of top-level entries: `json.data`, or `json` itself when it is an array. */
function entriesOf(
  json: unknown,
  problems: Problems,
  file: string,
): { list: unknown[]; path: Path } | undefined {
  if (Array.isArray(json)) return { list: json, path: [] };
  if (isObject(json) && Array.isArray(json["data"])) return { list: json["data"], path: ["data"] };
  problems.add(
    [],
    "invalid-json",
    `Expected the parsed ${file}: an object with a "data" array, got ${describeValue(json)}`,
    `Cần nội dung đã đọc của ${file}: một đối tượng có mảng "data", nhận được ${describeValue(json)}`,
  );
  return undefined;
}

/** A string field of an entry, or a problem saying what is wrong with it. */
function stringField(
  entry: Record<string, unknown>,
  key: string,
  path: Path,
  problems: Problems,
): string | undefined {
  const value = entry[key];
  if (typeof value === "string") return value;
  problems.add(
    [...path, key],
    "invalid-entry",
    `Expected a string in ${key}, got ${describeValue(value)}; the entry was not read`,
    `Trường ${key} phải là chuỗi, nhận được ${describeValue(value)}; mục không được đọc`,
  );
  return undefined;
}

function arrayField(
  entry: Record<string, unknown>,
  key: string,
  path: Path,
  problems: Problems,
  optional = false,
): unknown[] | undefined {
  const value = entry[key];
  if (Array.isArray(value)) return value;
  if (optional && value === undefined) return [];
  problems.add(
    [...path, key],
    "invalid-entry",
    `Expected an array in ${key}, got ${describeValue(value)}`,
    `Trường ${key} phải là mảng, nhận được ${describeValue(value)}`,
  );
  return undefined;
}

function notAnObject(path: Path, value: unknown, problems: Problems): void {
  problems.add(
    path,
    "invalid-entry",
    `Expected an object, got ${describeValue(value)}; the entry was not read`,
    `Mục phải là một đối tượng, nhận được ${describeValue(value)}; mục không được đọc`,
  );
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
      `The name ${JSON.stringify(name)} does not start with a ${level}-level type word (${PREFIXES[level].map(([word]) => word).join(", ")}); the entry was not read`,
      `Tên ${JSON.stringify(name)} không bắt đầu bằng loại đơn vị ${LEVEL_VI[level]} (${PREFIXES[level].map(([word]) => word).join(", ")}); mục không được đọc`,
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
 * province entry that is left out. Pass the parsed JSON (`JSON.parse(text)` or a JSON
 * import), not a file name.
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
    for (const [k, link] of list.entries()) {
      const linkPath = [...path, k];
      if (!isObject(link)) {
        notAnObject(linkPath, link, problems);
        continue;
      }
      const type = link["type"];
      const kind = type === "full" ? "whole" : type === "partial" ? "partial" : undefined;
      if (kind === undefined) {
        problems.add(
          [...linkPath, "type"],
          "invalid-entry",
          `Expected the link type "full" or "partial", got ${describeValue(type)}; the link was not read`,
          `Loại liên kết phải là "full" hoặc "partial", nhận được ${describeValue(type)}; liên kết không được đọc`,
        );
        continue;
      }
      const succession = successionFrom(
        { oldCode: link["old_id"], newCode, kind, effectiveDate },
        linkPath,
        "old_id",
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
      `The code ${code} was already read at ${earlier}; this entry was not read`,
      `Mã ${code} đã có ở ${earlier}; mục này không được đọc`,
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
 * both files once. Problems are reported as by {@link loadMergesJson}.
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
    const targets = list.filter(isObject);
    if (list.length === 0) {
      problems.add(
        path,
        "invalid-entry",
        `Unit ${oldCode} has no new unit to go into`,
        `Đơn vị ${oldCode} không được sắp xếp vào đơn vị mới nào`,
      );
    }
    const kind = targets.length === 1 ? "whole" : "partial";
    for (const [k, split] of list.entries()) {
      const splitPath = [...path, k];
      if (!isObject(split)) {
        notAnObject(splitPath, split, problems);
        continue;
      }
      const succession = successionFrom(
        { oldCode, newCode: split["new_id"], kind, effectiveDate },
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
      `The code ${code} was already read at ${earlier}; this entry was not read`,
      `Mã ${code} đã có ở ${earlier}; mục này không được đọc`,
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
