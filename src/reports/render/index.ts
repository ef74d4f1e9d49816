import type { UnitReport } from "../types.js";
import { roundCount } from "../wording.js";
import { escapeMarkdown, escapeStrings, escapeText } from "./escape.js";
import type { ReportLocale } from "./locale.js";
import { REPORT_LOCALE_EN } from "./locales/en.js";
import { REPORT_LOCALE_VI } from "./locales/vi.js";
import type { RenderOptions } from "./options.js";
import { activitiesSection } from "./sections/activities.js";
import { camerasSection } from "./sections/cameras.js";
import { footageSection } from "./sections/footage.js";
import { fundingSection } from "./sections/funding.js";
import { header } from "./sections/header.js";
import { incidentsSection } from "./sections/incidents.js";
import { modelsSection } from "./sections/models.js";
import { notes } from "./sections/notes.js";
import { reconciliationSection } from "./sections/reconciliation.js";
import { type Section, type Table, Writer, type WriterFormat } from "./writer.js";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** The paths of the entries of `shape` that `given` lacks: "messages.cameras.title". */
function missingEntries(shape: unknown, given: unknown, path: string): string[] {
  if (given === undefined) return [path];
  if (typeof shape !== "object" || shape === null || Array.isArray(shape)) return [];
  if (typeof given !== "object" || given === null) return [path];
  return Object.entries(shape).flatMap(([key, value]) =>
    missingEntries(
      value,
      (given as Record<string, unknown>)[key],
      path === "" ? key : `${path}.${key}`,
    ),
  );
}

/** The locale asked for: a built-in one by name, or a complete {@link ReportLocale}. */
/** The entries of `given` whose kind (text, template, table) differs from `shape`'s. */
function mistypedEntries(shape: unknown, given: unknown, path: string): string[] {
  if (shape === null || given === null) return shape === given ? [] : [path];
  if (typeof shape !== typeof given || Array.isArray(shape) !== Array.isArray(given)) {
    return [path];
  }
  if (typeof shape !== "object" || Array.isArray(shape)) return [];
  return Object.entries(shape as object).flatMap(([key, value]) =>
    mistypedEntries(value, (given as Record<string, unknown>)[key], `${path}.${key}`),
  );
}

/** The locale asked for: a built-in one by name, or a complete {@link ReportLocale}. */
function reportLocale(locale: RenderOptions["locale"]): ReportLocale {
  if (locale === undefined || locale === "vi") return REPORT_LOCALE_VI;
  if (locale === "en") return REPORT_LOCALE_EN;
  if (locale === REPORT_LOCALE_VI || locale === REPORT_LOCALE_EN) return locale;
  if (typeof locale !== "object" || locale === null) {
    throw new TypeError(
      `renderReport: invalid locale ${JSON.stringify(locale) ?? String(locale)}: expected "vi", "en" or a ReportLocale (Ngôn ngữ báo cáo không hợp lệ)`,
    );
  }
  const missing = missingEntries(REPORT_LOCALE_EN, locale, "");
  if (missing.length > 0) {
    throw new TypeError(
      `renderReport: the report locale has no ${missing.join(", ")} (see ReportLocale)`,
    );
  }
  if (locale.style !== "vi" && locale.style !== "en") {
    throw new TypeError(
      `renderReport: the report locale's style is ${JSON.stringify(locale.style)}: expected "vi" or "en", the built-in style of its numbers, dates and labels`,
    );
  }
  try {
    Intl.getCanonicalLocales(locale.tag);
  } catch {
    throw new TypeError(
      `renderReport: the report locale's tag ${JSON.stringify(locale.tag)} is not a BCP 47 language tag`,
    );
  }
  const nouns = Object.entries(locale.nouns as object)
    .filter(([, noun]) => noun !== null && typeof noun !== "string" && typeof noun !== "function")
    .map(([key]) => `nouns.${key}`);
  const mistyped = ["units", "ownerGroups", "collections", "messages"].flatMap((key) =>
    mistypedEntries(
      (REPORT_LOCALE_EN as unknown as Record<string, unknown>)[key],
      (locale as unknown as Record<string, unknown>)[key],
      key,
    ),
  );
  mistyped.push(...nouns);
  if (mistyped.length > 0) {
    throw new TypeError(
      `renderReport: in the report locale, ${mistyped.join(", ")} ${mistyped.length === 1 ? "is" : "are"} not of the kind ReportLocale gives (a text, a template function or a table)`,
    );
  }
  return locale;
}

function markdownTable(table: Table): string[] {
  const out = [
    `| ${table.head.join(" | ")} |`,
    `|${table.head.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`,
  ];
  for (const row of table.rows) out.push(`| ${row.join(" | ")} |`);
  return out;
}

/**
 * Writes a unit report as prose and tables, in Vietnamese or English, in the style of
 * published reports (viết báo cáo): "Toàn huyện có trên 5.200 mắt camera…", "đã trích xuất
 * gần 1.000 lượt, làm rõ trên 300 vụ việc", "phạm pháp hình sự … được kiềm chế 10 vụ (giảm
 * 4,0% số vụ)".
 *
 * @description Numbers use the separators of the locale (5.200 and 12,5 in Vietnamese), money
 * is written with `formatVnd` ("476,7 triệu đồng"), dates with `formatCalendarDate`.
 * The unit is named by its type: "Toàn huyện", "Toàn thành phố", "Toàn xã"...
 *
 * With `rounding: "rounded"` (the default) counts in the prose follow {@link roundCount}
 * ("trên 5.200", "gần 1.000", "hơn 100"; exact below 100); the text says so in its header,
 * and markdown follows each rounded count with the exact one in parentheses and gives exact
 * counts in its tables. With `"exact"` every count is exact and money is written in full.
 * The report itself is never changed.
 *
 * A change is written with its absolute value and percent ("tăng 30 vụ (+7,5%) so với cùng kỳ
 * năm 2023"); criminal offences that fell are "được kiềm chế". For counts of events
 * (incidents, extractions, patrols, tips) the text adds whether the change is statistically
 * significant by the report's Poisson test, so that a small rise is never called a surge.
 * When the dataset does not cover the comparison period, no change is written and the text
 * says why. The text ends with the report's warnings and a reconciliation of the records.
 *
 * The words and sentences are data: `"vi"` and `"en"` name {@link REPORT_LOCALE_VI} and
 * {@link REPORT_LOCALE_EN}; a {@link ReportLocale} given as `locale` (a province's own
 * wording, another language) is written the same way. One that lacks an entry is rejected
 * with a `TypeError` naming it.
 *
 * @param report - a report from {@link buildUnitReport}
 * @param options - `locale` (`"vi"` default, `"en"`, or a {@link ReportLocale}), `format`
 *   (`"text"` default, or `"markdown"`), `rounding` (`"rounded"` default, or `"exact"`)
 * @returns the report as text
 * @category Reports
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema, renderReport } from "antt";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
 *   ],
 *   cameras: [
 *     { id: "cam-1", unitCode: "15532", ownerKind: "public", installedOn: "2020-05-01",
 *       connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"], status: "active", lenses: 4 },
 *   ],
 * });
 * const report = buildUnitReport(dataset, { unit: "15532", period: "2024" });
 * const text = renderReport(report, { locale: "vi", format: "text" });
 * text.includes("Toàn xã có 4 mắt camera"); // true
 * renderReport(report, { locale: "en", format: "markdown", rounding: "exact" }).startsWith("# "); // true
 * ```
 */
export function renderReport(report: UnitReport, options: RenderOptions = {}): string {
  const fmt = options.format ?? "text";
  const { locale, title, meta, sections } = compose(report, options, fmt);
  const out: string[] = [];
  if (fmt === "markdown") {
    out.push(`# ${title}`, "", `**${meta[0]}**`, "");
    for (const line of meta.slice(1)) out.push(`${line}  `);
    sections.forEach((section, i) => {
      out.push("", `## ${ROMAN[i]}. ${section.title}`, "");
      for (const line of section.lines) out.push(`- ${line}`);
      for (const table of section.tables) out.push("", ...markdownTable(table));
    });
  } else {
    out.push(title, ...meta);
    sections.forEach((section, i) => {
      out.push("", `${ROMAN[i]}. ${section.title.toLocaleUpperCase(locale.tag)}`);
      for (const line of section.lines) out.push(`- ${line}`);
    });
  }
  return `${out.join("\n")}\n`;
}

/** The title, header lines and sections of a report, written for `format`. */
function compose(
  report: UnitReport,
  options: Omit<RenderOptions, "format">,
  format: WriterFormat,
): { locale: ReportLocale; title: string; meta: string[]; sections: Section[] } {
  const locale = reportLocale(options.locale);
  // Every string of the report that came from data (names of units, models and datasets,
  // ids) is escaped for the output format before any of it is written.
  const safe = escapeStrings(report, format === "markdown" ? escapeMarkdown : escapeText);
  const w = new Writer(safe, locale, format, options.rounding ?? "rounded");
  const sections = [
    modelsSection(w),
    camerasSection(w),
    footageSection(w),
    incidentsSection(w),
    activitiesSection(w),
    fundingSection(w),
  ];
  const noteLines = notes(w);
  if (noteLines.length > 0) sections.push({ title: w.m.notes.title, lines: noteLines, tables: [] });
  sections.push(reconciliationSection(w));
  const [title, ...meta] = header(w);
  return { locale, title: title as string, meta, sections };
}

/**
 * A table of a report's figures, as {@link renderReportParts} gives it: the column heads
 * and the rows, every cell a written string ("5.236", "+845 (+19,2%)").
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportTableParts } from "antt";
 * const table: ReportTableParts = { head: ["Chủ sở hữu", "Điểm"], rows: [["Hộ gia đình", "961"]] };
 * ```
 */
export interface ReportTableParts {
  /** The column heads. */
  readonly head: readonly string[];
  /** The rows, one string per column. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * A section of a report, as {@link renderReportParts} gives it: its title ("Camera an
 * ninh"), its sentences and its tables.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportSectionParts } from "antt";
 * const section: ReportSectionParts = { title: "Camera an ninh", lines: ["Toàn xã có 4 mắt camera."], tables: [] };
 * ```
 */
export interface ReportSectionParts {
  /** The title, without its number. */
  readonly title: string;
  /** The sentences, one a line, in order. */
  readonly lines: readonly string[];
  /** The tables of figures, in order, after the lines. */
  readonly tables: readonly ReportTableParts[];
}

/**
 * A report written out but not laid out (see {@link renderReportParts}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportParts } from "antt";
 * const sectionTitles = (parts: ReportParts) => parts.sections.map((s) => s.title);
 * ```
 */
export interface ReportParts {
  /** The title: "BÁO CÁO KẾT QUẢ PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC". */
  readonly title: string;
  /** The unit and period ("Huyện Thọ Xuân (Tỉnh Thanh Hóa), năm 2024"), then the header lines. */
  readonly meta: readonly string[];
  /** The sections, in order; a layout numbers them (I., II., …). */
  readonly sections: readonly ReportSectionParts[];
}

/**
 * The text of {@link renderReport}, as parts for a layout of one's own (a Word document, a
 * web page): the title, the header lines, and each section's title, sentences and tables.
 *
 * @description The sentences are those of `renderReport`'s markdown, word for word (rounded
 * counts followed by the exact ones in parentheses, and the tables), as plain strings: no
 * markup, nothing escaped for markdown, no control character. `antt/documents` lays them
 * out as a Word document.
 *
 * @param report - a report from {@link buildUnitReport}
 * @param options - `locale` (`"vi"` default, `"en"`, or a {@link ReportLocale}) and
 *   `rounding` (`"rounded"` default, or `"exact"`)
 * @returns the title, header lines and sections
 * @category Reports
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema, renderReportParts } from "antt";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
 *   ],
 *   cameras: [
 *     { id: "cam-1", unitCode: "15532", ownerKind: "public", installedOn: "2020-05-01",
 *       connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"], status: "active", lenses: 4 },
 *   ],
 * });
 * const parts = renderReportParts(buildUnitReport(dataset, { unit: "15532", period: "2024" }));
 * parts.meta[0]; // "Xã Xuân Sinh (Tỉnh Thanh Hóa), năm 2024"
 * parts.sections[1]?.title; // "Camera an ninh"
 * ```
 */
export function renderReportParts(
  report: UnitReport,
  options: Omit<RenderOptions, "format"> = {},
): ReportParts {
  const { title, meta, sections } = compose(report, options, "parts");
  return { title, meta, sections };
}

export type { ReportLocale, ReportNoun, ReportNouns } from "./locale.js";
export { REPORT_LOCALE_EN } from "./locales/en.js";
export { REPORT_LOCALE_VI } from "./locales/vi.js";
export type { ReportChangeParts, ReportMessages } from "./messages.js";
export type { RenderOptions, ReportFormat } from "./options.js";
