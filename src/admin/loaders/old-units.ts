// The reader of the pre-2025 hierarchy in CSV (see loadOldUnitsCsv in ../loaders.ts): the
// header, then one province, district and commune a row.
import type { CalendarDate } from "../../core/calendar.js";
import { echo, quote } from "../internal.js";
import { adminUnitTypeFromName } from "../names.js";
import type { AdminUnit } from "../schema.js";
import { type CsvRecord, csvText, readCsv } from "./csv.js";
import { type AdminLoadResult, type Checks, Problems, tidyName } from "./shared.js";

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

const CSV_COLUMNS = [
  "province_code",
  "province_name",
  "district_code",
  "district_name",
  "commune_code",
  "commune_name",
] as const;
type CsvColumn = (typeof CSV_COLUMNS)[number];

type Level = "province" | "district" | "commune";

/**
 * The three levels of a row: the level above (whose code is the unit's parent), the word
 * for the level in messages, the type of a unit whose name has no type word (to validate
 * the rest of it), and what the message on such a name says.
 */
const LEVELS = {
  province: {
    parent: undefined,
    en: "Province",
    vi: "Tỉnh",
    fallback: "province",
    noTypeWord: {
      en: "does not start with Tỉnh or Thành phố",
      vi: 'không bắt đầu bằng "Tỉnh" hoặc "Thành phố"',
    },
  },
  district: {
    parent: "province",
    en: "District",
    vi: "Huyện",
    fallback: "rural-district",
    noTypeWord: {
      en: "does not start with Huyện, Quận, Thị xã or Thành phố",
      vi: 'không bắt đầu bằng "Huyện", "Quận", "Thị xã" hoặc "Thành phố"',
    },
  },
  commune: {
    parent: "district",
    en: "Commune",
    vi: "Xã",
    fallback: "commune",
    noTypeWord: {
      en: "does not start with Xã, Phường, Thị trấn or Đặc khu; the row was not read",
      vi: 'không bắt đầu bằng "Xã", "Phường", "Thị trấn" hoặc "Đặc khu"; dòng không được đọc',
    },
  },
} as const;

/** The code and name of each level of a row, trimmed, white space in names collapsed. */
type Row = { readonly [L in Level]: { readonly code: string; readonly name: string } };

interface Header {
  readonly columnOf: ReadonlyMap<CsvColumn, number>;
  readonly width: number;
}

/** A unit code as first read: its name, line and parent code, and the unit when it is valid. */
interface Seen {
  readonly name: string;
  readonly line: number;
  readonly parent: string | undefined;
  readonly unit: AdminUnit | undefined;
}

function hasTypeWord(name: string, level: Level): boolean {
  return adminUnitTypeFromName(name, level) !== undefined;
}

/** Reads the header row: where each column is, or problems and `undefined`. */
function readHeader(records: Generator<CsvRecord>, problems: Problems): Header | undefined {
  const first = records.next();
  if (first.done) {
    problems.add([], "missing-header", "The CSV text is empty", "Dữ liệu CSV trống");
    return undefined;
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
  if (doubled.length > 0 && missing.length === 0 && !first.value.error) return undefined;
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
    return undefined;
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
  return { columnOf, width: header.length };
}

/** Reads the rows after the header, one unit of each level at a time. */
class OldUnitsReader {
  readonly units: AdminUnit[] = [];
  private readonly seen = {
    province: new Map<string, Seen>(),
    district: new Map<string, Seen>(),
    commune: new Map<string, Seen>(),
  };

  constructor(
    private readonly problems: Problems,
    private readonly checks: Checks,
    private readonly validTo: CalendarDate,
  ) {}

  /** The codes and names of a row, district and commune names put back when swapped. */
  row(record: CsvRecord, header: Header): Row | undefined {
    const { line } = record;
    if (record.error) {
      this.problems.add([line], "malformed-csv", record.error.en, record.error.vi, "error", line);
      return undefined;
    }
    if (record.fields.length !== header.width) {
      this.problems.add(
        [line],
        "malformed-csv",
        `The row has ${record.fields.length} fields, the header ${header.width}; the row was not read`,
        `Dòng có ${record.fields.length} trường, dòng tiêu đề có ${header.width}; dòng không được đọc`,
        "error",
        line,
      );
      return undefined;
    }
    const get = (column: CsvColumn): string =>
      (record.fields[header.columnOf.get(column) as number] as string).trim();
    let districtName = tidyName(get("district_name"));
    let communeName = tidyName(get("commune_name"));
    if (
      !hasTypeWord(communeName, "commune") &&
      hasTypeWord(communeName, "district") &&
      hasTypeWord(districtName, "commune") &&
      !hasTypeWord(districtName, "district")
    ) {
      this.problems.add(
        [line, "district_name"],
        "swapped-names",
        `The district name ${quote(districtName)} and the commune name ${quote(communeName)} are swapped; read the other way round`,
        `Tên huyện ${quote(districtName)} và tên xã ${quote(communeName)} bị đảo chỗ; đã đọc lại cho đúng`,
        "warning",
        line,
      );
      [districtName, communeName] = [communeName, districtName];
    }
    return {
      province: { code: get("province_code"), name: tidyName(get("province_name")) },
      district: { code: get("district_code"), name: districtName },
      commune: { code: get("commune_code"), name: communeName },
    };
  }

  /**
   * The unit of one level of a row, read the first time its code is seen; `undefined`,
   * with the problem unless an earlier one said it, when the row is not to be read further.
   * A province or district is on every row of its communes, which must agree with its first
   * row; a commune is on one row only.
   */
  enter(level: Level, row: Row, line: number, parent?: AdminUnit): AdminUnit | undefined {
    const { code, name } = row[level];
    const { en, vi, parent: parentLevel } = LEVELS[level];
    const parentCode = parentLevel && row[parentLevel].code;
    const earlier = this.seen[level].get(code);
    if (earlier === undefined) {
      const unit = this.unitOf(level, row, line, parent);
      if (unit !== undefined || level !== "commune") {
        this.seen[level].set(code, { name, line, parent: parentCode, unit });
      }
      if (unit) this.units.push(unit);
      return unit;
    }
    if (level === "commune") {
      this.problems.add(
        [line, "commune_code"],
        "duplicate-code",
        `Commune ${echo(code)} was already read on line ${earlier.line}; this row was not read`,
        `Xã ${echo(code)} đã có ở dòng ${earlier.line}; dòng này không được đọc`,
        "error",
        line,
      );
      return undefined;
    }
    if (parentLevel !== undefined && earlier.parent !== parentCode) {
      const parentEn = LEVELS[parentLevel].en.toLowerCase();
      const parentVi = LEVELS[parentLevel].vi.toLowerCase();
      this.problems.add(
        [line, `${parentLevel}_code`],
        "inconsistent-parent",
        `${en} ${echo(code)} is in ${parentEn} ${echo(parentCode as string)} here but in ${echo(earlier.parent as string)} on line ${earlier.line}; the row was not read`,
        `${vi} ${echo(code)} ở đây thuộc ${parentVi} ${echo(parentCode as string)} nhưng ở dòng ${earlier.line} thuộc ${parentVi} ${echo(earlier.parent as string)}; dòng không được đọc`,
        "error",
        line,
      );
      return undefined;
    }
    if (earlier.name !== name) {
      this.problems.add(
        [line, `${level}_name`],
        "inconsistent-name",
        `${en} ${echo(code)} is named ${quote(name)} here but ${quote(earlier.name)} on line ${earlier.line}; the first name is kept`,
        `${vi} ${echo(code)} ở đây tên ${quote(name)} nhưng ở dòng ${earlier.line} tên ${quote(earlier.name)}; giữ tên đầu tiên`,
        "warning",
        line,
      );
    }
    if (earlier.unit === undefined) {
      this.problems.add(
        [line, `${level}_code`],
        "invalid-parent",
        `${en} ${echo(code)} is invalid (see line ${earlier.line}); the row was not read`,
        `${vi} ${echo(code)} không hợp lệ (xem dòng ${earlier.line}); dòng không được đọc`,
        "error",
        line,
      );
    }
    return earlier.unit;
  }

  /** Validates the unit of one level of a row, its type read from its name. */
  private unitOf(level: Level, row: Row, line: number, parent?: AdminUnit): AdminUnit | undefined {
    const { code, name } = row[level];
    const { parent: parentLevel, fallback, noTypeWord } = LEVELS[level];
    const named = adminUnitTypeFromName(name, level, { parentType: parent?.type });
    const type = named ?? fallback;
    const { validTo } = this;
    const result = this.checks.unit(
      parentLevel === undefined
        ? { code, name, level, type, validTo }
        : { code, name, level, type, parentCode: row[parentLevel].code, validTo },
    );
    if (!result.success) {
      this.problems.addIssues(
        result.issues,
        parentLevel === undefined
          ? { name: [line, `${level}_name`] }
          : { name: [line, `${level}_name`], parentCode: [line, `${parentLevel}_code`] },
        [line, `${level}_code`],
        line,
      );
      return undefined;
    }
    if (named === undefined) {
      this.problems.add(
        [line, `${level}_name`],
        "unknown-unit-type",
        `The ${level} name ${quote(name)} ${noTypeWord.en}`,
        `Tên ${LEVELS[level].vi.toLowerCase()} ${quote(name)} ${noTypeWord.vi}`,
        "error",
        line,
      );
      return undefined;
    }
    return result.data;
  }
}

/** Reads the pre-2025 hierarchy from CSV text or bytes (see loadOldUnitsCsv). */
export function readOldUnitsCsv(
  text: string | Uint8Array,
  options: OldUnitsCsvOptions,
  checks: Checks,
): AdminLoadResult {
  const validTo = options.validTo ?? "2025-06-30";
  const problems = new Problems();
  const reader = new OldUnitsReader(problems, checks, validTo);
  const result = (): AdminLoadResult => ({
    units: reader.units,
    successions: [],
    problems: problems.list,
  });
  if (!problems.checkDates({ validTo })) return result();
  const decoded = csvText(text, problems);
  if (decoded === undefined) return result();
  const records = readCsv(decoded);
  const header = readHeader(records, problems);
  if (!header) return result();
  for (const record of records) {
    const row = reader.row(record, header);
    if (!row) continue;
    const province = reader.enter("province", row, record.line);
    const district = province && reader.enter("district", row, record.line, province);
    if (district) reader.enter("commune", row, record.line, district);
  }
  return result();
}
