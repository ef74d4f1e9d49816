// Values as people write them in registers: "Có"/"x", dd/mm/yyyy and Excel dates,
// "1.234.567 đ" and "12,5 triệu", labels in place of codes.
import type { Label } from "../core/index.js";
import type { ImportCode } from "./columns.js";
import { textKey } from "./text.js";

/**
 * What reading a cell gave: a value, or why there is none. `empty` means the cell holds
 * nothing, so the field is left out of the record.
 */
export type CellValue<T> =
  | { readonly ok: true; readonly value: T; readonly warning?: CellWarning }
  | { readonly ok: false; readonly empty: true }
  | {
      readonly ok: false;
      readonly empty?: false;
      readonly code: CellErrorCode;
      readonly message: Label;
    };

/** A remark on a value read with an assumption. */
export interface CellWarning {
  readonly code: "import-time-assumed";
  readonly message: Label;
}

/** The codes of the problems of a cell's value. */
export type CellErrorCode =
  | "import-not-a-number"
  | "import-not-a-boolean"
  | "import-not-a-date"
  | "import-unknown-code"
  | "import-cell-error"
  | "import-unit-ambiguous"
  | "import-unit-unknown"
  | "import-unit-name-without-index";

const EMPTY = { ok: false, empty: true } as const;

const quoted = (value: unknown) => {
  const text = String(value);
  return `"${text.length > 60 ? `${text.slice(0, 60)}…` : text}"`;
};

/** The text of a cell: rich text, hyperlinks and formulas' results as text. */
export function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString();
  return undefined;
}

const TRUE_WORDS = new Set(["co", "x", "1", "true", "yes", "y", "dung", "da", "roi", "c", "v"]);
const FALSE_WORDS = new Set(["khong", "k", "0", "false", "no", "n", "chua", "sai", "ko", "-"]);

/**
 * A boolean as people write it: "Có", "x", "1", "Đúng", "Đã" for yes; "Không", "0",
 * "Chưa", "-" for no.
 */
export function readBoolean(value: unknown): CellValue<boolean> {
  if (typeof value === "boolean") return { ok: true, value };
  if (typeof value === "number") {
    if (value === 1 || value === 0) return { ok: true, value: value === 1 };
  }
  const text = typeof value === "string" ? value.trim() : cellText(value);
  if (text === undefined || text === "") return EMPTY;
  // "✓" and "✔" are ticks; textKey drops them, so look first.
  if (/^[✓✔☑]$/.test(text)) return { ok: true, value: true };
  const key = textKey(text);
  if (TRUE_WORDS.has(key)) return { ok: true, value: true };
  if (FALSE_WORDS.has(key) || text === "-") return { ok: true, value: false };
  return {
    ok: false,
    code: "import-not-a-boolean",
    message: {
      vi: `${quoted(text)} không phải Có/Không: ghi "Có" hoặc "Không" (hoặc "x" cho có)`,
      en: `${quoted(text)} is not yes/no: write "Có" or "Không" (or "x" for yes)`,
    },
  };
}

const MULTIPLIERS: readonly (readonly [RegExp, number])[] = [
  [/\s*(ty|tỷ|tỉ|ti)\s*$/i, 1_000_000_000],
  [/\s*(trieu|triệu|tr)\s*$/i, 1_000_000],
  [/\s*(nghin|nghìn|ngan|ngàn|k)\s*$/i, 1_000],
];

/**
 * A number as people write it in Vietnam: "." groups thousands and "," marks decimals
 * ("1.234.567", "12,5"), with an optional unit of money ("đ", "đồng", "VNĐ") and a
 * multiplier ("12,5 triệu", "2 tỷ", "500 nghìn"). A lone "." followed by other than three
 * digits is a decimal point ("19.87"), as numbers come from other software.
 */
export function readNumber(value: unknown, integer: boolean): CellValue<number> {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return notNumber(value);
    return { ok: true, value };
  }
  const raw = typeof value === "string" ? value : cellText(value);
  if (raw === undefined) return notNumber(value);
  let text = raw.trim().replace(/\s+/g, " ");
  if (text === "") return EMPTY;
  let multiplier = 1;
  text = text.replace(/\s*(đồng|dong|vnđ|vnd|đ|d)\.?\s*$/i, "");
  for (const [pattern, factor] of MULTIPLIERS) {
    if (pattern.test(text)) {
      text = text.replace(pattern, "");
      multiplier = factor;
      text = text.replace(/\s*(đồng|dong|vnđ|vnd|đ|d)\.?\s*$/i, "");
      break;
    }
  }
  text = text.replace(/[\s\u00a0]/g, "");
  const sign = text.startsWith("-") ? -1 : 1;
  if (sign < 0 || text.startsWith("+")) text = text.slice(1);
  if (!/^[0-9.,]+$/.test(text) || !/[0-9]/.test(text)) return notNumber(raw);
  let normal: string;
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  if (dots > 0 && commas > 0) {
    // Both: the last one is the decimal mark.
    const decimal = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    if (text.split(decimal).length > 2) return notNumber(raw);
    normal = text.split(group).join("").replace(decimal, ".");
  } else if (dots > 1 || commas > 1) {
    const mark = dots > 1 ? "." : ",";
    if (!new RegExp(`^\\d{1,3}(\\${mark}\\d{3})+$`).test(text)) return notNumber(raw);
    normal = text.split(mark).join("");
  } else if (dots === 1) {
    // "1.234" groups thousands in Vietnam; "19.87" or "0.5" is a decimal point.
    normal =
      /^\d{1,3}\.\d{3}$/.test(text) && (integer || multiplier > 1) ? text.replace(".", "") : text;
  } else if (commas === 1) {
    // "12,5" is a decimal comma; "1,234" in an integer column groups thousands.
    normal =
      integer && multiplier === 1 && /^\d{1,3},\d{3}$/.test(text)
        ? text.replace(",", "")
        : text.replace(",", ".");
  } else normal = text;
  const parsed = Number(normal);
  if (!Number.isFinite(parsed)) return notNumber(raw);
  // Round away floating-point noise of a multiplier ("12,3 triệu" is 12,300,000).
  const result = sign * (multiplier === 1 ? parsed : Math.round(parsed * multiplier * 1e6) / 1e6);
  return { ok: true, value: result };
}

function notNumber(value: unknown): CellValue<never> {
  return {
    ok: false,
    code: "import-not-a-number",
    message: {
      vi: `${quoted(value)} không phải một số: ghi như 1.234.567 hoặc 12,5 triệu`,
      en: `${quoted(value)} is not a number: write it as 1.234.567 or 12,5 triệu`,
    },
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Days from 1899-12-30, Excel's day 0 in the 1900 date system (its 1900 leap bug included). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The calendar day and time of an Excel date cell (a wall clock time written as UTC). */
function partsOfDate(date: Date) {
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
}

function partsOf(value: unknown): DateParts | "empty" | undefined {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? undefined : partsOfDate(value);
  }
  if (typeof value === "number") {
    // An Excel date serial: whole days, and a fraction for the time.
    if (!Number.isFinite(value) || value < 1 || value > 2_958_465) return undefined;
    const ms = Math.round(value * 86_400) * 1000;
    const parts = partsOfDate(new Date(EXCEL_EPOCH + ms));
    return Number.isInteger(value)
      ? { year: parts.year, month: parts.month, day: parts.day }
      : parts;
  }
  const raw = typeof value === "string" ? value : cellText(value);
  if (raw === undefined) return undefined;
  const text = raw.trim();
  if (text === "") return "empty";
  // A serial written as text (a CSV of an Excel sheet): five digits, so a year alone
  // ("2024") is not read as a day of 1905.
  if (/^\d{5}(\.\d+)?$/.test(text)) return partsOf(Number(text));
  const time = /(?:[ T,]+(\d{1,2})[:hg](\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*$/;
  const dmy = new RegExp(`^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})${time.source}`, "i").exec(text);
  if (dmy) {
    return withTime(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]), dmy[4], dmy[5], dmy[6]);
  }
  const ymd = new RegExp(`^(\\d{4})-(\\d{1,2})-(\\d{1,2})${time.source}`, "i").exec(text);
  if (ymd) {
    return withTime(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]), ymd[4], ymd[5], ymd[6]);
  }
  return undefined;
}

function withTime(
  year: number,
  month: number,
  day: number,
  hour?: string,
  minute?: string,
  second?: string,
): DateParts {
  if (hour === undefined) return { year, month, day };
  return {
    year,
    month,
    day,
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
  };
}

function notDate(value: unknown): CellValue<never> {
  const shown = value instanceof Date ? value.toISOString() : value;
  return {
    ok: false,
    code: "import-not-a-date",
    message: {
      vi: `${quoted(shown)} không phải một ngày: ghi theo dạng ngày/tháng/năm, ví dụ 07/03/2024`,
      en: `${quoted(shown)} is not a date: write it as day/month/year, such as 07/03/2024`,
    },
  };
}

/** A calendar day (YYYY-MM-DD) from dd/mm/yyyy, yyyy-mm-dd, an Excel date or serial. */
export function readDate(value: unknown): CellValue<string> {
  const parts = partsOf(value);
  if (parts === "empty" || value === null || value === undefined) return EMPTY;
  if (!parts || !validDay(parts.year, parts.month, parts.day)) return notDate(value);
  return { ok: true, value: `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}` };
}

/**
 * An instant in Vietnam time ("2024-03-07T22:15:00+07:00") from "dd/mm/yyyy hh:mm", an
 * Excel date-time or serial; a day without a time is read as its start, with a warning.
 */
export function readDateTime(value: unknown): CellValue<string> {
  if (typeof value === "string" && /(Z|[+-]\d{2}:\d{2})$/.test(value.trim())) {
    return { ok: true, value: value.trim() };
  }
  const parts = partsOf(value);
  if (parts === "empty" || value === null || value === undefined) return EMPTY;
  if (!parts || !validDay(parts.year, parts.month, parts.day)) return notDate(value);
  const hour = parts.hour ?? 0;
  const minute = parts.minute ?? 0;
  const second = parts.second ?? 0;
  if (hour > 23 || minute > 59 || second > 59) return notDate(value);
  const text = `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(hour)}:${pad(minute)}:${pad(second)}+07:00`;
  if (parts.hour !== undefined) return { ok: true, value: text };
  return {
    ok: true,
    value: text,
    warning: {
      code: "import-time-assumed",
      message: {
        vi: "Chỉ có ngày, không có giờ: lấy 00:00 (giờ Việt Nam)",
        en: "A day without a time: read as 00:00 Vietnam time",
      },
    },
  };
}

/** Finds the code a cell means, by code or label, without diacritics or case. */
export class CodeMatcher {
  private readonly byKey = new Map<string, string>();
  private readonly codes: readonly ImportCode[];

  constructor(codes: readonly ImportCode[]) {
    this.codes = codes;
    for (const { code } of codes) this.byKey.set(textKey(code), code);
    for (const { code, label } of codes) {
      for (const text of label ? [label.vi, label.en] : []) {
        const key = textKey(text);
        if (!this.byKey.has(key)) this.byKey.set(key, code);
      }
    }
  }

  /** The texts met, as written, with their code: a column repeats few values. */
  private readonly seen = new Map<string, string | null>();

  /** The code a text means, or undefined. */
  find(text: string): string | undefined {
    const known = this.seen.get(text);
    if (known !== undefined) return known ?? undefined;
    const code = this.byKey.get(textKey(text));
    // Bounded: a column of free text must not grow the cache without end.
    if (this.seen.size < 4096) this.seen.set(text, code ?? null);
    return code;
  }

  /** One code from a cell. */
  read(value: unknown): CellValue<string> {
    const text = cellText(value)?.trim();
    if (text === undefined || text === "") return EMPTY;
    const code = this.find(text);
    if (code !== undefined) return { ok: true, value: code };
    return this.unknown(text);
  }

  /** Several codes from a cell, separated by ";", "," or line breaks (labels may hold ","). */
  readList(value: unknown): CellValue<string[]> {
    const text = cellText(value)?.trim();
    if (text === undefined || text === "") return EMPTY;
    const out: string[] = [];
    for (const part of text.split(/[;\n\r]+/)) {
      if (part.trim() === "") continue;
      const pieces = part.split(",");
      for (let i = 0; i < pieces.length; ) {
        // The longest run of pieces that is a code or a label, from this piece on.
        let found: string | undefined;
        let end = i;
        for (let j = pieces.length; j > i; j--) {
          const candidate = pieces.slice(i, j).join(",").trim();
          found = this.find(candidate);
          if (found !== undefined) {
            end = j;
            break;
          }
        }
        if (found === undefined) {
          const piece = (pieces[i] ?? "").trim();
          if (piece === "") {
            i++;
            continue;
          }
          return this.unknown(piece);
        }
        out.push(found);
        i = end;
      }
    }
    return out.length === 0 ? EMPTY : { ok: true, value: out };
  }

  private unknown(text: string): CellValue<never> {
    const known = this.codes
      .slice(0, 12)
      .map((c) => c.label?.vi ?? c.code)
      .join("; ");
    const more = this.codes.length > 12 ? "; …" : "";
    return {
      ok: false,
      code: "import-unknown-code",
      message: {
        vi: `${quoted(text)} không có trong danh mục: chọn một trong ${known}${more}`,
        en: `${quoted(text)} is not in the code list: choose one of ${this.codes
          .slice(0, 12)
          .map((c) => c.label?.en ?? c.code)
          .join("; ")}${more}`,
      },
    };
  }
}

/** Several texts (ids, unit names) from a cell, separated by ";", "," or line breaks. */
export function readTexts(value: unknown): CellValue<string[]> {
  const text = cellText(value)?.trim();
  if (text === undefined || text === "") return EMPTY;
  const out = text
    .split(/[;,\n\r]+/)
    .map((part) => part.trim())
    .filter((part) => part !== "");
  return out.length === 0 ? EMPTY : { ok: true, value: out };
}

/** A text cell, trimmed; a number as written (an id or a code typed as a number). */
export function readText(value: unknown): CellValue<string> {
  const text = cellText(value);
  if (text === undefined) {
    return value === null || value === undefined
      ? EMPTY
      : { ok: false, code: "import-cell-error", message: cellError(value) };
  }
  const trimmed =
    value instanceof Date ? ((readDate(value) as { value?: string }).value ?? text) : text.trim();
  return trimmed === "" ? EMPTY : { ok: true, value: trimmed };
}

function cellError(value: unknown): Label {
  const shown =
    typeof value === "object" && value && "error" in value
      ? String((value as { error: unknown }).error)
      : "?";
  return {
    vi: `Ô có lỗi công thức hoặc giá trị không đọc được (${shown})`,
    en: `The cell holds a formula error or a value that cannot be read (${shown})`,
  };
}

/** The value of an exceljs cell: a formula's result, a hyperlink's or rich text's text. */
export function plainCell(value: unknown): unknown {
  if (value === null || typeof value !== "object" || value instanceof Date) return value;
  const v = value as {
    richText?: { text: string }[];
    text?: unknown;
    result?: unknown;
    formula?: unknown;
    sharedFormula?: unknown;
    error?: unknown;
  };
  if (v.richText) return v.richText.map((part) => part.text).join("");
  if (v.formula !== undefined || v.sharedFormula !== undefined) return plainCell(v.result);
  if (v.text !== undefined) return plainCell(v.text);
  return value;
}
