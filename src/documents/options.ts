// The options the documents share, checked once: a wrong language or date is an error that
// names the option, in English and Vietnamese, before any document is written.
import type { UnitReport } from "../reports/index.js";
import { DOCUMENT_WORDS_EN, DOCUMENT_WORDS_VI, type DocumentWords } from "./wording.js";

/**
 * The language of a document (ngôn ngữ văn bản): `"vi"` (Vietnamese, the default) or `"en"`.
 *
 * @category Documents
 * @example
 * ```ts
 * import type { DocumentLanguage } from "antt/documents";
 * const lang: DocumentLanguage = "en";
 * ```
 */
export type DocumentLanguage = "vi" | "en";

/** The words of a language, or a TypeError naming `lang`. */
export function wordsOf(lang: unknown, caller: string): DocumentWords {
  if (lang === undefined || lang === "vi") return DOCUMENT_WORDS_VI;
  if (lang === "en") return DOCUMENT_WORDS_EN;
  throw new TypeError(
    `${caller}: invalid option lang ${JSON.stringify(lang) ?? String(lang)}: expected "vi" or "en" (tùy chọn lang không hợp lệ: chỉ nhận "vi" hoặc "en")`,
  );
}

/** The report, or a TypeError when it is not what buildUnitReport returns. */
export function checkReport(report: unknown, caller: string): UnitReport {
  const r = report as Partial<UnitReport> | null;
  if (
    typeof r !== "object" ||
    r === null ||
    r.kind !== "antt/unit-report" ||
    typeof r.figures !== "object" ||
    typeof r.unit !== "object"
  ) {
    throw new TypeError(
      `${caller}: report is not a unit report from buildUnitReport (kind "antt/unit-report") (tham số report không phải báo cáo do buildUnitReport lập)`,
    );
  }
  return r as UnitReport;
}

/** A day of the calendar, from a Date (its local day) or a "YYYY-MM-DD" string. */
export function dayOf(
  date: unknown,
  caller: string,
): { readonly day: number; readonly month: number; readonly year: number } | null {
  if (date === undefined) return null;
  if (date instanceof Date && !Number.isNaN(date.getTime())) {
    return { day: date.getDate(), month: date.getMonth() + 1, year: date.getFullYear() };
  }
  if (typeof date === "string") {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (m) {
      const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const check = new Date(Date.UTC(year, month - 1, day));
      if (check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
        return { day, month, year };
      }
    }
  }
  throw new TypeError(
    `${caller}: invalid option date ${date instanceof Date ? "Invalid Date" : (JSON.stringify(date) ?? String(date))}: expected a Date or a day "YYYY-MM-DD" (tùy chọn date không hợp lệ: cần một ngày dạng "YYYY-MM-DD")`,
  );
}

/** A string option, or a TypeError naming it. */
export function textOption(value: unknown, name: string, caller: string): string | undefined {
  if (value === undefined || typeof value === "string") return value;
  throw new TypeError(
    `${caller}: option ${name} must be a string, not ${typeof value} (tùy chọn ${name} phải là chuỗi ký tự)`,
  );
}

const UNIT_TYPE_WORDS =
  /^(tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|đặc khu|thôn|tổ dân phố)\s+/iu;

/** The place a document is dated at: the unit's name without its type, "Thọ Xuân". */
export function placeOf(unitName: string): string {
  return unitName.replace(UNIT_TYPE_WORDS, "");
}
