// Reading rows: the header row mapped to columns, then each row's cells into a record
// checked by the library's own schema, every problem at its cell.
import type * as z from "zod";
import { type AdminIndex, resolveUnitName } from "../admin/index.js";
import { type Issue, type Label, validate } from "../core/index.js";
import { DATASET_COLLECTIONS } from "../dataset/index.js";
import { IMPORT_HEADERS, type ImportColumn, type ImportKind, importKindLabel } from "./columns.js";
import { columnLetter, type ImportProblem } from "./problems.js";
import { headerKey } from "./text.js";
import {
  type CellErrorCode,
  type CellValue,
  CodeMatcher,
  cellText,
  plainCell,
  readBoolean,
  readDate,
  readDateTime,
  readNumber,
  readText,
  readTexts,
} from "./values.js";

/**
 * The unit index that unit names are looked up in: the library's `AdminIndex`, such as
 * `vietnamAdminIndex()` of `antt/vn-admin` or one built with `buildAdminIndex`.
 *
 * @category Import
 * @example
 * ```ts
 * import { buildAdminIndex } from "antt";
 * import type { UnitIndex } from "antt/io";
 * const units: UnitIndex = buildAdminIndex([
 *   { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 * ]);
 * ```
 */
export type UnitIndex = AdminIndex;

/** Headers of columns that only number the rows, read as nothing. */
const ROW_NUMBER_HEADERS = new Set(["stt", "tt", "so tt", "so thu tu", "no", "#", ""]);

/** The header lookup of a kind: each accepted header's key, to its column. */
const lookups = new Map<ImportKind, Map<string, ImportColumn>>();

function lookupOf(kind: ImportKind): Map<string, ImportColumn> {
  let lookup = lookups.get(kind);
  if (lookup) return lookup;
  lookup = new Map();
  const columns = IMPORT_HEADERS[kind];
  // Headers first, so that a variant never takes another column's own header.
  for (const column of columns) lookup.set(headerKey(column.header.vi), column);
  for (const column of columns) {
    for (const text of [column.header.en, ...column.variants]) {
      const key = headerKey(text);
      if (!lookup.has(key)) lookup.set(key, column);
    }
  }
  lookups.set(kind, lookup);
  return lookup;
}

/**
 * The column a header names, for a record kind: matched without diacritics, case or
 * punctuation, abbreviations written out, and a unit in brackets ignored ("Số tiền (đ)").
 *
 * @param kind - the record kind
 * @param header - the header as written
 * @returns the column, or undefined for a header of no column
 * @category Import
 * @example
 * ```ts
 * import { columnOfHeader } from "antt/io";
 * columnOfHeader("cameras", "So mat cam")?.key; // "lenses"
 * columnOfHeader("cameras", "SỐ MẮT")?.key;     // "lenses"
 * ```
 */
export function columnOfHeader(kind: ImportKind, header: string): ImportColumn | undefined {
  const lookup = lookupOf(kind);
  const found = lookup.get(headerKey(header));
  if (found) return found;
  const bare = header.replace(/\([^)]*\)/g, " ");
  return bare === header ? undefined : lookup.get(headerKey(bare));
}

/** A column of the file that maps to a field. */
export interface MappedColumn {
  readonly index: number;
  readonly letter: string;
  readonly written: string;
  readonly column: ImportColumn;
}

/** The header row read: the columns found, and the problems of the header. */
export interface HeaderMap {
  readonly columns: readonly MappedColumn[];
  readonly problems: ImportProblem[];
  /** How many headers named a column. */
  readonly matched: number;
}

/** Maps a header row's cells (by index from 0) to columns. */
export function mapHeader(
  kind: ImportKind,
  cells: readonly unknown[],
  row: number,
  sheet: string | undefined,
): HeaderMap {
  const columns: MappedColumn[] = [];
  const problems: ImportProblem[] = [];
  const taken = new Map<string, MappedColumn>();
  const at = sheet === undefined ? {} : { sheet };
  cells.forEach((cell, index) => {
    const written = (cellText(plainCell(cell)) ?? "").trim();
    if (ROW_NUMBER_HEADERS.has(headerKey(written))) return;
    const letter = columnLetter(index);
    const column = columnOfHeader(kind, written);
    if (!column) {
      problems.push({
        code: "import-unknown-column",
        severity: "warning",
        ...at,
        row,
        column: letter,
        header: written,
        message: {
          vi: `Cột "${written}" không thuộc mẫu ${importKindLabel(kind).vi}: cột này không được đọc`,
          en: `Column "${written}" is not a column of ${importKindLabel(kind).en}: it is not read`,
        },
      });
      return;
    }
    const before = taken.get(column.key);
    if (before) {
      problems.push({
        code: "import-duplicate-column",
        severity: "warning",
        ...at,
        row,
        column: letter,
        header: written,
        message: {
          vi: `Cột "${written}" trùng với cột ${before.letter} ("${before.written}", ${column.header.vi}): chỉ đọc cột ${before.letter}`,
          en: `Column "${written}" repeats column ${before.letter} ("${before.written}", ${column.header.en}): only column ${before.letter} is read`,
        },
      });
      return;
    }
    const mapped = { index, letter, written, column };
    taken.set(column.key, mapped);
    columns.push(mapped);
  });
  for (const column of IMPORT_HEADERS[kind]) {
    if (!column.required || taken.has(column.key)) continue;
    problems.push({
      code: "import-missing-column",
      severity: "warning",
      ...at,
      row,
      header: column.header.vi,
      message: {
        vi: `Thiếu cột bắt buộc "${column.header.vi}": mọi dòng sẽ báo thiếu giá trị này`,
        en: `The required column "${column.header.en}" (${column.header.vi}) is missing: every row will lack it`,
      },
    });
  }
  return { columns, problems, matched: columns.length };
}

/** What a row gave: its record, or none, and its problems. */
export interface RowOutcome<T> {
  readonly record?: T;
  readonly problems: ImportProblem[];
}

const isEmpty = (value: unknown) => {
  const plain = plainCell(value);
  return (
    plain === null || plain === undefined || (typeof plain === "string" && plain.trim() === "")
  );
};

/** Whether every cell of a row is empty. */
export function isEmptyRow(cells: readonly unknown[]): boolean {
  return cells.every(isEmpty);
}

function setAt(
  target: Record<string, unknown>,
  path: readonly (string | number)[],
  value: unknown,
) {
  let node: Record<string | number, unknown> = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    let next = node[key] as Record<string | number, unknown> | undefined;
    if (next === undefined) {
      next = typeof path[i + 1] === "number" ? ([] as unknown as Record<number, unknown>) : {};
      node[key] = next;
    }
    node = next;
  }
  node[path[path.length - 1] as string | number] = value;
}

const samePrefix = (a: readonly (string | number)[], b: readonly (string | number)[]) =>
  a.every((key, i) => key === b[i]);

/** Reads the rows of one kind, with the columns of a header. */
export class RowReader<T> {
  private readonly schema: z.ZodType;
  private readonly matchers = new Map<string, CodeMatcher>();
  private readonly unitCache = new Map<
    string,
    { code: string } | { problem: Label; code: string }
  >();
  /** The list fields given as numbered column groups, by their path. */
  private readonly lists: readonly string[];

  constructor(
    readonly kind: ImportKind,
    private readonly columns: readonly MappedColumn[],
    private readonly sheet: string | undefined,
    private readonly units: UnitIndex | undefined,
  ) {
    this.schema = DATASET_COLLECTIONS[kind] as z.ZodType;
    const lists = new Set<string>();
    for (const { column } of columns) {
      if (column.codes) this.matchers.set(column.key, new CodeMatcher(column.codes));
      const slot = column.path.findIndex((p) => typeof p === "number");
      if (slot > 0) lists.add(column.path.slice(0, slot).join("."));
    }
    this.lists = [...lists];
  }

  /** Reads one row's cells, by column index from 0. */
  read(cells: readonly unknown[], row: number): RowOutcome<T> {
    const problems: ImportProblem[] = [];
    const record: Record<string, unknown> = {};
    const bad: MappedColumn[] = [];
    const at = this.sheet === undefined ? {} : { sheet: this.sheet };
    const given = new Map<MappedColumn, unknown>();
    for (const mapped of this.columns) {
      const raw = plainCell(cells[mapped.index]);
      if (raw === null || raw === undefined) continue;
      const read = this.readCell(mapped.column, raw);
      if (read.ok) {
        setAt(record, mapped.column.path, read.value);
        given.set(mapped, raw);
        if (read.warning) {
          problems.push({
            code: read.warning.code,
            severity: "warning",
            ...at,
            row,
            column: mapped.letter,
            header: mapped.written,
            value: raw,
            message: this.named(mapped, read.warning.message),
          });
        }
      } else if (!read.empty) {
        bad.push(mapped);
        problems.push({
          code: read.code,
          severity: "error",
          ...at,
          row,
          column: mapped.letter,
          header: mapped.written,
          value: raw,
          message: this.named(mapped, read.message),
        });
      }
    }
    // Numbered column groups become a list without holes; `slots` maps back.
    const slots = new Map<string, number[]>();
    for (const list of this.lists) {
      const path = list.split(".");
      const parent = path
        .slice(0, -1)
        .reduce<Record<string, unknown> | undefined>(
          (node, key) => node?.[key] as Record<string, unknown> | undefined,
          record,
        );
      const items = parent?.[path[path.length - 1] as string] as unknown[] | undefined;
      if (!items || !parent) continue;
      const kept: number[] = [];
      items.forEach((item, i) => {
        if (item !== undefined) kept.push(i);
      });
      parent[path[path.length - 1] as string] = kept.map((i) => items[i]);
      slots.set(list, kept);
    }
    const result = validate(this.schema, record);
    if (result.success) {
      if (bad.length > 0) return { problems };
      return { record: result.data as T, problems };
    }
    for (const issue of result.issues) {
      const path = this.slotPath(issue.path, slots);
      const mapped = this.columnAt(path);
      // A cell that could not be read was reported already.
      if (mapped && bad.includes(mapped)) continue;
      if (!mapped && bad.some((b) => samePrefix(path, b.column.path))) continue;
      problems.push(this.issueProblem(issue, mapped, given.get(mapped as MappedColumn), row));
    }
    return { problems };
  }

  private issueProblem(
    issue: Issue,
    mapped: MappedColumn | undefined,
    value: unknown,
    row: number,
  ): ImportProblem {
    const at = this.sheet === undefined ? {} : { sheet: this.sheet };
    const where = mapped ? { column: mapped.letter, header: mapped.written } : {};
    const name = mapped
      ? { vi: mapped.written, en: mapped.written }
      : issue.location && issue.location.vi !== ""
        ? issue.location
        : undefined;
    const message = name
      ? { vi: `${name.vi}: ${issue.message.vi}`, en: `${name.en}: ${issue.message.en}` }
      : issue.message;
    return {
      code: issue.code,
      severity: "error",
      ...at,
      row,
      ...where,
      ...(value === undefined ? {} : { value }),
      message,
    };
  }

  /** The path of the sheet's columns for an issue's path (list items back to their slots). */
  private slotPath(
    path: readonly (string | number)[],
    slots: Map<string, number[]>,
  ): (string | number)[] {
    const out = [...path];
    for (const [list, kept] of slots) {
      const keys = list.split(".");
      if (!samePrefix(keys, out)) continue;
      const index = out[keys.length];
      if (typeof index === "number") out[keys.length] = kept[index] ?? index;
    }
    return out;
  }

  /** The column of a path: the one at it or above it, else the first below it. */
  private columnAt(path: readonly (string | number)[]): MappedColumn | undefined {
    let best: MappedColumn | undefined;
    for (const mapped of this.columns) {
      const p = mapped.column.path;
      if (p.length <= path.length && samePrefix(p, path)) {
        if (!best || best.column.path.length < p.length) best = mapped;
      }
    }
    if (best) return best;
    if (path.length === 0) return undefined;
    return this.columns.find((mapped) => samePrefix(path, mapped.column.path));
  }

  private named(mapped: MappedColumn, message: Label): Label {
    return { vi: `${mapped.written}: ${message.vi}`, en: `${mapped.written}: ${message.en}` };
  }

  private readCell(column: ImportColumn, raw: unknown): CellValue<unknown> {
    switch (column.type) {
      case "boolean":
        return readBoolean(raw);
      case "integer":
        return readNumber(raw, true);
      case "number":
        return readNumber(raw, false);
      case "date":
        return readDate(raw);
      case "datetime":
        return readDateTime(raw);
      case "code":
        return (this.matchers.get(column.key) as CodeMatcher).read(raw);
      case "codes":
        return (this.matchers.get(column.key) as CodeMatcher).readList(raw);
      case "texts":
        return readTexts(raw);
      case "unit": {
        const text = readText(raw);
        return text.ok ? this.unit(text.value) : text;
      }
      case "units": {
        const texts = readTexts(raw);
        if (!texts.ok) return texts;
        const codes: string[] = [];
        for (const text of texts.value) {
          const code = this.unit(text);
          if (!code.ok) return code;
          codes.push(code.value);
        }
        return { ok: true, value: codes };
      }
      default:
        return readText(raw);
    }
  }

  /** A unit's code from a code, or from a name looked up in the unit index. */
  private unit(text: string): CellValue<string> {
    if (/^\d+$/.test(text)) return { ok: true, value: text };
    const cached = this.unitCache.get(text);
    if (cached) {
      return "problem" in cached
        ? { ok: false, code: cached.code as CellErrorCode, message: cached.problem }
        : { ok: true, value: cached.code };
    }
    let outcome: { code: string } | { problem: Label; code: string };
    if (!this.units) {
      outcome = {
        code: "import-unit-name-without-index",
        problem: {
          vi: `"${text}" không phải mã đơn vị; để dùng tên đơn vị, cần nạp danh mục đơn vị hành chính (units)`,
          en: `"${text}" is not a unit code; to read unit names, give the unit index (units)`,
        },
      };
    } else {
      const found = resolveUnitName(this.units, text);
      outcome =
        found.status === "found"
          ? { code: found.code }
          : {
              code: found.status === "ambiguous" ? "import-unit-ambiguous" : "import-unit-unknown",
              problem: found.message,
            };
    }
    this.unitCache.set(text, outcome);
    return this.unit(text);
  }
}
