// XLSX in (importXlsx) and blank templates out (templateWorkbook), with exceljs, which
// loads from a buffer in Node and in the browser alike.
import ExcelJS from "exceljs";
import type { Locale } from "../core/index.js";
import { IMPORT_HEADERS, type ImportKind, type ImportRecord, importKindLabel } from "./columns.js";
import { noteOf } from "./notes.js";
import type { ImportProblem, ImportResult } from "./problems.js";
import type { UnitIndex } from "./rows.js";
import { SheetReader } from "./sheet.js";
import { textKey } from "./text.js";

/**
 * Options of {@link importXlsx}.
 *
 * @category Import
 * @example
 * ```ts
 * import type { ImportXlsxOptions } from "antt/io";
 * const options: ImportXlsxOptions = { kind: "cameras", sheet: "Điểm camera" };
 * ```
 */
export interface ImportXlsxOptions<K extends ImportKind = ImportKind> {
  /** The record kind the sheet holds. */
  readonly kind: K;
  /** The unit index, to read unit names in place of codes. */
  readonly units?: UnitIndex;
  /**
   * The sheet to read, by name; by default the sheet named after the kind ("Điểm camera"),
   * else the first visible sheet.
   */
  readonly sheet?: string;
}

/** The worksheet to read. */
function chooseSheet(
  workbook: ExcelJS.Workbook,
  kind: ImportKind,
  name: string | undefined,
): ExcelJS.Worksheet | undefined {
  const sheets = workbook.worksheets;
  if (name !== undefined) return sheets.find((s) => textKey(s.name) === textKey(name));
  const label = importKindLabel(kind);
  const names = new Set([textKey(label.vi), textKey(label.en), textKey(kind)]);
  return (
    sheets.find((s) => names.has(textKey(s.name))) ??
    sheets.find((s) => s.state !== "hidden" && s.state !== "veryHidden")
  );
}

/**
 * Reads the records of one kind from an XLSX workbook: the header row found in the first
 * rows, headers matched as people write them, values read as people write them, and each
 * record checked by the library's schema.
 *
 * @description Never stops at the first problem and never drops a row: every non-empty row
 * after the header is a record, or has at least one error in `problems`, at its sheet, row,
 * column letter and header as written. A template's note row (under the header) is
 * skipped. Unit names in place of codes are looked up in `units`; a name that several
 * units bear is an error that lists them, never a guess.
 *
 * @param data - the file's bytes
 * @param options - the kind, the unit index, the sheet
 * @returns the records, the problems and the number of data rows
 * @category Import
 * @example
 * ```ts
 * import { importXlsx, templateWorkbook } from "antt/io";
 * const result = await importXlsx(await templateWorkbook("cameras"), { kind: "cameras" });
 * result.rows; // 0: a blank template has no data row
 * ```
 */
export async function importXlsx<K extends ImportKind>(
  data: ArrayBuffer | Uint8Array,
  options: ImportXlsxOptions<K>,
): Promise<ImportResult<ImportRecord<K>>> {
  type T = ImportRecord<K>;
  const { kind } = options;
  const workbook = new ExcelJS.Workbook();
  const problems: ImportProblem[] = [];
  try {
    // exceljs types ask for a Node Buffer; it reads any ArrayBuffer or typed array.
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    problems.push({
      code: "import-unreadable-file",
      severity: "error",
      row: 0,
      message: {
        vi: `Không đọc được tệp XLSX (${String((error as Error)?.message ?? error)}): kiểm tra tệp có phải bảng tính Excel (.xlsx) không`,
        en: `The XLSX file cannot be read (${String((error as Error)?.message ?? error)}): check that it is an Excel workbook (.xlsx)`,
      },
    });
    return { kind, records: [], problems, rows: 0 };
  }
  const worksheet = chooseSheet(workbook, kind, options.sheet);
  if (!worksheet) {
    const names = workbook.worksheets.map((s) => s.name).join(", ");
    problems.push({
      code: "import-no-sheet",
      severity: "error",
      ...(options.sheet === undefined ? {} : { sheet: options.sheet }),
      row: 0,
      message: {
        vi: `Tệp không có trang tính "${options.sheet ?? importKindLabel(kind).vi}" (có: ${names})`,
        en: `The workbook has no sheet "${options.sheet ?? importKindLabel(kind).en}" (it has: ${names})`,
      },
    });
    return { kind, records: [], problems, rows: 0 };
  }
  const reader = new SheetReader<T>(kind, worksheet.name, options.units);
  const records: T[] = [];
  let rows = 0;
  let gaveUp = false;
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (gaveUp) return;
    const values = row.values as unknown[];
    const step = reader.push(values.slice(1), number);
    if (step.kind === "header") problems.push(...step.problems);
    else if (step.kind === "data") {
      rows++;
      if (step.record !== undefined) records.push(step.record);
      for (const problem of step.problems) problems.push(problem);
    } else if (reader.gaveUp) gaveUp = true;
  });
  if (!reader.started && (gaveUp || worksheet.actualRowCount > 0)) problems.push(reader.noHeader());
  return { kind, records, problems, rows };
}

/**
 * Options of {@link templateWorkbook}.
 *
 * @category Import
 * @example
 * ```ts
 * import type { TemplateOptions } from "antt/io";
 * const options: TemplateOptions = { lang: "vi", rows: 200 };
 * ```
 */
export interface TemplateOptions {
  /** The language of headers, notes and lists; Vietnamese by default. */
  readonly lang?: Locale;
  /** How many rows get the drop-down lists; 1,000 by default. */
  readonly rows?: number;
}

/** The name of the hidden sheet that holds the drop-down lists. */
export const LISTS_SHEET = "Danh mục";

const sheetName = (text: string) => text.replace(/[[\]:*?/\\]/g, " ").slice(0, 31);

/**
 * A blank XLSX template of a record kind: one sheet with a header per column (in
 * Vietnamese by default), a note row under it saying what each column holds and how to
 * write it, and drop-down lists for code lists and yes/no columns. Built from the
 * header table, so it follows the schemas; {@link importXlsx} reads it back, note row
 * skipped.
 *
 * @param kind - the record kind
 * @param options - the language, the rows with drop-down lists
 * @returns the workbook's bytes
 * @category Import
 * @example
 * ```ts
 * import { templateWorkbook } from "antt/io";
 * const bytes = await templateWorkbook("cameras", { lang: "vi" });
 * bytes.byteLength > 0; // true
 * ```
 */
export async function templateWorkbook(
  kind: ImportKind,
  options: TemplateOptions = {},
): Promise<Uint8Array> {
  const lang = options.lang ?? "vi";
  const rows = options.rows ?? 1000;
  const columns = IMPORT_HEADERS[kind];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "antt";
  const sheet = workbook.addWorksheet(sheetName(importKindLabel(kind)[lang]), {
    views: [{ state: "frozen", ySplit: 2 }],
  });
  const lists = workbook.addWorksheet(LISTS_SHEET, { state: "hidden" });
  sheet.addRow(columns.map((c) => c.header[lang]));
  sheet.addRow(columns.map((c) => noteOf(c, lang)));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: "middle" };
  const notes = sheet.getRow(2);
  notes.font = { italic: true, color: { argb: "FF666666" } };
  notes.alignment = { wrapText: true, vertical: "top" };
  let listColumn = 0;
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = Math.min(40, Math.max(14, column.header[lang].length + 2));
    let formula: string | undefined;
    if (column.type === "boolean") formula = lang === "vi" ? '"Có,Không"' : '"Có,Không,Yes,No"';
    else if (column.type === "code" && column.codes) {
      listColumn++;
      const letter = lists.getColumn(listColumn).letter;
      lists.getCell(1, listColumn).value = column.header[lang];
      column.codes.forEach((code, i) => {
        lists.getCell(i + 2, listColumn).value = code.label?.[lang] ?? code.code;
      });
      formula = `'${LISTS_SHEET}'!$${letter}$2:$${letter}$${column.codes.length + 1}`;
    }
    if (!formula) return;
    const validation: ExcelJS.DataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [formula],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: column.header[lang],
      error: lang === "vi" ? "Chọn một mục trong danh sách" : "Choose an item of the list",
    };
    for (let row = 3; row < 3 + rows; row++)
      sheet.getCell(row, index + 1).dataValidation = validation;
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
