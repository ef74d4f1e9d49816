// How problems are shown: one line each, with the file, line or cell, the catalogue number,
// where in the record, and what is wrong, in the chosen language.
import { formatNumber } from "../core/index.js";
import { describeProblem } from "../problems/index.js";
import type { Bilingual, CliLang } from "./lang.js";
import type { FileIssue } from "./load.js";

/** A path as people read it: `cameras[3].lenses`. */
export function pathText(path: readonly (string | number)[]): string {
  let out = "";
  for (const part of path) {
    out += typeof part === "number" ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}

/** Where an issue is: `file:12`, `file Sheet1!C5 (Số mắt)`, or just the file. */
export function placeOf(file: string, issue: FileIssue, lang: CliLang): string {
  if (issue.row !== undefined) {
    const cell = `${issue.sheet ? `${issue.sheet}!` : ""}${issue.column ?? ""}${issue.row}`;
    const header = issue.header ? ` (${issue.header})` : "";
    const row = issue.column === undefined ? (lang === "vi" ? "dòng " : "row ") : "";
    return `${file} ${row}${cell}${header}`;
  }
  return issue.line ? `${file}:${issue.line}` : file;
}

/** One line for an issue. */
export function issueLine(file: string, issue: FileIssue, lang: CliLang): string {
  const severity =
    issue.severity === "error"
      ? lang === "vi"
        ? "lỗi"
        : "error"
      : lang === "vi"
        ? "cảnh báo"
        : "warning";
  const id = describeProblem(issue.code)?.id ?? issue.code;
  const path = issue.path.length > 0 ? ` ${pathText(issue.path)}` : "";
  const location = issue.location ? ` (${issue.location[lang]})` : "";
  const hint =
    issue.suggestion && !issue.message[lang].includes(`"${issue.suggestion}"`)
      ? lang === "vi"
        ? ` — có phải "${issue.suggestion}"?`
        : ` — did you mean "${issue.suggestion}"?`
      : "";
  return `${placeOf(file, issue, lang)}: ${severity} ${id}${path}${location}: ${issue.message[lang]}${hint}\n`;
}

/** Counts as the library writes them (`1.234` in Vietnamese, `1,234` in English). */
export function count(n: number, lang: CliLang): string {
  return formatNumber(n, { locale: lang });
}

/** The summary line of a file: valid, or its errors and warnings. */
export function summaryLine(
  file: string,
  errors: number,
  warnings: number,
  records: number,
  lang: CliLang,
): string {
  const n = (k: number) => count(k, lang);
  const what: Bilingual =
    errors === 0
      ? {
          vi: `hợp lệ, ${n(records)} bản ghi${warnings ? `, ${n(warnings)} cảnh báo` : ""}`,
          en: `valid, ${n(records)} records${warnings ? `, ${n(warnings)} warnings` : ""}`,
        }
      : {
          vi: `${n(errors)} lỗi${warnings ? `, ${n(warnings)} cảnh báo` : ""}`,
          en: `${n(errors)} ${errors === 1 ? "error" : "errors"}${warnings ? `, ${n(warnings)} warnings` : ""}`,
        };
  return `${file}: ${what[lang]}\n`;
}
