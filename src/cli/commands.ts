// What each command does, apart from parsing its arguments (run.ts does that).
import { buildAdminIndex, resolveUnitName } from "../admin/index.js";
import { type GeoPoint, parsePeriod } from "../core/index.js";
import type { Dataset } from "../dataset/index.js";
import {
  type PublicGeoJSONOptions,
  PublicMapError,
  toGeoJSON,
  toPublicGeoJSON,
} from "../interchange/index.js";
import type { ImportKind, ImportProblem, ImportResult as IoImportResult } from "../io/index.js";
import { describeProblem } from "../problems/index.js";
import {
  buildUnitReport,
  renderReport,
  type UnitReport,
  UnitReportError,
} from "../reports/index.js";
import { vietnamAdminIndex } from "../vn-admin/index.js";
import { REPORT_FORMATS, type ReportFileFormat, type Run } from "./context.js";
import { CliError, checkAborted, EXIT } from "./errors.js";
import {
  AtomicOutput,
  chunksOf,
  type DataFormat,
  formatOf,
  type InputFile,
  inputFile,
  readAll,
  writeOutput,
} from "./files.js";
import type { Bilingual } from "./lang.js";
import { type FileIssue, type LoadedDataset, loadDataset } from "./load.js";
import { loadDocuments, loadIo } from "./optional.js";

type ImportResult = IoImportResult<unknown>;

import { progressBar } from "./progress.js";
import { count, issueLine, summaryLine } from "./show.js";

function note(run: Run, text: Bilingual): void {
  run.stderr.write(`${text[run.lang]}\n`);
}

// ---------------------------------------------------------------------------------------
// validate

/** Options of `antt validate`. */
export interface ValidateOptions {
  readonly json?: boolean;
  readonly kind?: string;
  readonly sheet?: string;
}

interface FileResult {
  readonly file: string;
  readonly format: DataFormat;
  readonly records: number;
  readonly issues: readonly FileIssue[];
  readonly issuesOmitted: number;
  readonly notes: readonly Bilingual[];
}

/** `antt validate <file…>`: checks each file; 1 when any has an error. */
export async function validateCommand(
  run: Run,
  names: readonly string[],
  options: ValidateOptions,
): Promise<number> {
  // Every file is found and recognised before any is read: a typo fails at once.
  const files: { file: InputFile; format: DataFormat }[] = [];
  for (const name of names) {
    const file = await inputFile(run.cwd, name);
    files.push({ file, format: await formatOf(file) });
  }
  if (files.some((f) => f.format === "csv" || f.format === "xlsx")) await importKind(run, options);
  const results: FileResult[] = [];
  for (const { file, format } of files) {
    const result =
      format === "csv" || format === "xlsx"
        ? await validateSheet(run, file, format, options)
        : await validateDatasetFile(run, file, format);
    results.push(result);
    if (!options.json) printResult(run, result);
  }
  const failed = results.some((r) => r.issues.some((i) => i.severity === "error"));
  if (options.json) {
    const out = results.map((r) => ({
      file: r.file,
      format: r.format,
      valid: !r.issues.some((i) => i.severity === "error"),
      records: r.records,
      errors: r.issues.filter((i) => i.severity === "error").length,
      warnings: r.issues.filter((i) => i.severity === "warning").length,
      issuesOmitted: r.issuesOmitted,
      issues: r.issues.map((issue) => ({
        ...issue,
        id: describeProblem(issue.code)?.id,
      })),
      notes: r.notes,
    }));
    run.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  return failed ? EXIT.data : EXIT.ok;
}

function printResult(run: Run, result: FileResult): void {
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.length - errors;
  run.stdout.write(summaryLine(result.file, errors, warnings, result.records, run.lang));
  for (const issue of result.issues)
    run.stdout.write(`  ${issueLine(result.file, issue, run.lang)}`);
  if (result.issuesOmitted > 0) {
    note(run, {
      vi: `  … và ${count(result.issuesOmitted, "vi")} vấn đề khác không liệt kê`,
      en: `  … and ${count(result.issuesOmitted, "en")} more problems not listed`,
    });
  }
  for (const text of result.notes) note(run, { vi: `  ${text.vi}`, en: `  ${text.en}` });
}

async function validateDatasetFile(
  run: Run,
  file: InputFile,
  format: DataFormat,
): Promise<FileResult> {
  const progress = progressBar(run.stderr, file.size, file.name, run.lang);
  try {
    const loaded = await loadDataset(file, progress, run.signal, format);
    return { file: file.name, ...loaded };
  } finally {
    progress.stop();
  }
}

async function validateSheet(
  run: Run,
  file: InputFile,
  format: "csv" | "xlsx",
  options: ValidateOptions,
): Promise<FileResult> {
  const kind = await importKind(run, options);
  const imported = await importFile(run, file, format, kind, options.sheet);
  return {
    file: file.name,
    format,
    records: imported.records.length,
    issues: imported.problems.map(importIssue),
    issuesOmitted: 0,
    notes: [],
  };
}

function importIssue(problem: ImportProblem): FileIssue {
  return {
    severity: problem.severity,
    code: problem.code,
    path: [],
    message: problem.message,
    row: problem.row,
    ...(problem.sheet !== undefined ? { sheet: problem.sheet } : {}),
    ...(problem.column !== undefined ? { column: problem.column } : {}),
    ...(problem.header !== undefined ? { header: problem.header } : {}),
  };
}

/** The kind `--kind` names, checked against what antt/io imports. */
async function importKind(run: Run, options: { kind?: string | undefined }): Promise<ImportKind> {
  const io = await loadIo();
  const kinds = io.IMPORT_KINDS;
  if (options.kind === undefined) {
    throw new CliError("cli-usage", {
      vi: `Tệp CSV và XLSX cần --kind <loại bản ghi>: ${kinds.join(", ")}`,
      en: `CSV and XLSX files need --kind <record kind>: ${kinds.join(", ")}`,
    });
  }
  const kind = kinds.find((k) => k === options.kind);
  if (kind === undefined) throw unknownKind(options.kind, kinds);
  void run;
  return kind;
}

function unknownKind(kind: string, kinds: readonly string[]): CliError {
  return new CliError("cli-unknown-kind", {
    vi: `Không có loại bản ghi "${kind}"; chọn một trong: ${kinds.join(", ")}`,
    en: `No record kind "${kind}"; choose one of: ${kinds.join(", ")}`,
  });
}

async function importFile(
  run: Run,
  file: InputFile,
  format: "csv" | "xlsx",
  kind: ImportKind,
  sheet: string | undefined,
): Promise<ImportResult> {
  const io = await loadIo();
  const progress = progressBar(run.stderr, file.size, file.name, run.lang);
  try {
    const units = vietnamAdminIndex();
    let result: ImportResult;
    if (format === "xlsx") {
      const bytes = await readAll(file, progress, run.signal);
      progress.stop();
      result = await io.importXlsx(bytes, { kind, units, ...(sheet ? { sheet } : {}) });
    } else {
      // CSV streams: rows are read as the chunks come.
      result = await io.importCsv(chunksOf(file, progress, run.signal), { kind, units });
    }
    checkAborted(run.signal);
    return result;
  } finally {
    progress.stop();
  }
}

// ---------------------------------------------------------------------------------------
// import

/** Options of `antt import`. */
export interface ImportOptions {
  readonly kind?: string;
  readonly output?: string;
  readonly sheet?: string;
  readonly name?: string;
}

/** `antt import <file> --kind <kind> [-o dataset.json]`: a dataset of the rows that are records. */
export async function importCommand(
  run: Run,
  name: string,
  options: ImportOptions,
): Promise<number> {
  const file = await inputFile(run.cwd, name);
  const format = await formatOf(file);
  if (format !== "csv" && format !== "xlsx") {
    throw new CliError("cli-wrong-format", {
      vi: `\`antt import\` đọc tệp XLSX hoặc CSV; "${name}" là ${format.toUpperCase()} (kiểm tra nó bằng \`antt validate\`)`,
      en: `\`antt import\` reads XLSX or CSV files; "${name}" is ${format.toUpperCase()} (check it with \`antt validate\`)`,
    });
  }
  const kind = await importKind(run, options);
  let result: ImportResult | undefined;
  await writeOutput(
    run.cwd,
    options.output,
    run.stdout,
    async () => {
      result = await importFile(run, file, format, kind, options.sheet);
      const dataset = {
        schemaVersion: "1.0",
        ...(options.name ? { name: options.name } : {}),
        [collectionOf(kind)]: result.records,
      };
      return `${JSON.stringify(dataset, null, 2)}\n`;
    },
    run.signal,
  );
  const imported = result as ImportResult;
  for (const problem of imported.problems) {
    run.stderr.write(issueLine(name, importIssue(problem), run.lang));
  }
  const errors = imported.problems.filter((p) => p.severity === "error").length;
  note(run, {
    vi: `${name}: ${count(imported.rows, "vi")} dòng, ${count(imported.records.length, "vi")} bản ghi, ${count(errors, "vi")} lỗi${options.output ? ` → ${options.output}` : ""}`,
    en: `${name}: ${count(imported.rows, "en")} rows, ${count(imported.records.length, "en")} records, ${count(errors, "en")} errors${options.output ? ` → ${options.output}` : ""}`,
  });
  return errors > 0 ? EXIT.data : EXIT.ok;
}

/** The dataset collection records of an import kind go into. */
function collectionOf(kind: string): string {
  return kind;
}

// ---------------------------------------------------------------------------------------
// template

/** `antt template <kind> -o file.xlsx`: a blank workbook to fill in. */
export async function templateCommand(
  run: Run,
  kind: string,
  options: { readonly output?: string },
): Promise<number> {
  const known = await importKind(run, { kind });
  if (options.output === undefined) requireOutputFile(run, "XLSX");
  const io = await loadIo();
  await writeOutput(
    run.cwd,
    options.output,
    run.stdout,
    () => io.templateWorkbook(known, { lang: run.lang }),
    run.signal,
  );
  if (options.output) note(run, { vi: `Đã ghi ${options.output}`, en: `Wrote ${options.output}` });
  return EXIT.ok;
}

/** Binary output goes to a file, or to a pipe; never to a terminal. */
function requireOutputFile(run: Run, what: string): void {
  if (run.stdout.isTTY === true) {
    throw new CliError("cli-usage", {
      vi: `Kết quả ${what} cần một tệp: thêm -o <tệp>`,
      en: `${what} output needs a file: add -o <file>`,
    });
  }
}

// ---------------------------------------------------------------------------------------
// report

/** Options of `antt report`. */
export interface ReportOptions {
  readonly unit: string;
  readonly period: string;
  readonly compare?: string;
  readonly format?: string;
  readonly output?: string;
  readonly exact?: boolean;
  /** DOCX only: the issuing body, its number and symbol, the date of issue. */
  readonly issuer?: string;
  readonly docNumber?: string;
  readonly docDate?: string;
}

const FORMAT_BY_EXTENSION: Record<string, ReportFileFormat> = {
  txt: "text",
  md: "md",
  markdown: "md",
  json: "json",
  docx: "docx",
  xlsx: "xlsx",
};

/** The format asked for, or the one the output file's extension names, or text. */
export function reportFormat(format: string | undefined, output: string | undefined) {
  if (format !== undefined) {
    const known = format === "markdown" ? "md" : format;
    if (!(REPORT_FORMATS as readonly string[]).includes(known)) {
      throw new CliError("cli-wrong-format", {
        vi: `Không có định dạng báo cáo "${format}"; chọn một trong: ${REPORT_FORMATS.join(", ")}`,
        en: `No report format "${format}"; choose one of: ${REPORT_FORMATS.join(", ")}`,
      });
    }
    return known as ReportFileFormat;
  }
  const extension = output?.split(".").pop()?.toLowerCase();
  return (extension && FORMAT_BY_EXTENSION[extension]) || "text";
}

function checkPeriod(key: string, option: string): void {
  try {
    parsePeriod(key);
  } catch {
    throw new CliError("cli-invalid-period", {
      vi: `${option} "${key}" không phải kỳ báo cáo: viết năm (2024), 6 tháng (2024-H1), quý (2024-Q3), tháng (2024-03) hoặc khoảng ngày (2024-01-01..2024-06-30)`,
      en: `${option} "${key}" is not a period: write a year (2024), a half (2024-H1), a quarter (2024-Q3), a month (2024-03) or a range of days (2024-01-01..2024-06-30)`,
    });
  }
}

const COMPARISONS = ["same-period-last-year", "previous-period", "none"];

/** `antt report <dataset> --unit … --period …`: the unit's report, in a format. */
export async function reportCommand(
  run: Run,
  name: string,
  options: ReportOptions,
): Promise<number> {
  const format = reportFormat(options.format, options.output);
  checkPeriod(options.period, "--period");
  if (options.compare !== undefined && !COMPARISONS.includes(options.compare)) {
    checkPeriod(options.compare, "--compare");
  }
  if (options.docDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.docDate)) {
    throw new CliError("cli-usage", {
      vi: `--doc-date "${options.docDate}" không phải ngày dạng YYYY-MM-DD`,
      en: `--doc-date "${options.docDate}" is not a date written YYYY-MM-DD`,
    });
  }
  const file = await inputFile(run.cwd, name);
  const dataFormat = await formatOf(file);
  if ((format === "docx" || format === "xlsx") && options.output === undefined) {
    requireOutputFile(run, format.toUpperCase());
  }
  // The output file is opened first: a folder that cannot be written fails before the work.
  const out = options.output ? await AtomicOutput.open(run.cwd, options.output) : undefined;
  try {
    const progress = progressBar(run.stderr, file.size, file.name, run.lang);
    let loaded: LoadedDataset;
    try {
      loaded = await loadDataset(file, progress, run.signal, dataFormat);
    } finally {
      progress.stop();
    }
    const errors = loaded.issues.filter((issue) => issue.severity === "error");
    if (loaded.dataset === undefined) {
      for (const issue of errors.slice(0, 20)) run.stderr.write(issueLine(name, issue, run.lang));
      note(run, {
        vi: `${name} có ${count(errors.length + loaded.issuesOmitted, "vi")} lỗi nên không lập được báo cáo; xem tất cả bằng \`antt validate ${name}\``,
        en: `${name} has ${count(errors.length + loaded.issuesOmitted, "en")} errors, so no report was made; see them all with \`antt validate ${name}\``,
      });
      return EXIT.data;
    }
    const dataset = loaded.dataset;
    const warnings = loaded.issues.length - errors.length;
    if (warnings > 0) {
      note(run, {
        vi: `${name}: ${count(warnings, "vi")} cảnh báo (xem bằng \`antt validate ${name}\`)`,
        en: `${name}: ${count(warnings, "en")} warnings (see them with \`antt validate ${name}\`)`,
      });
    }
    const unit = resolveUnit(dataset, options.unit);
    let report: UnitReport;
    try {
      report = buildUnitReport(dataset, {
        unit,
        period: options.period,
        ...(options.compare !== undefined ? { compareWith: options.compare } : {}),
      });
    } catch (error) {
      if (error instanceof UnitReportError) {
        throw new CliError(
          error.code === "unknown-unit" ? "cli-unknown-unit" : "cli-invalid-period",
          error.messages,
        );
      }
      throw error;
    }
    checkAborted(run.signal);
    const data = await renderAs(run, report, format, options);
    checkAborted(run.signal);
    if (out) {
      await out.write(data);
      await out.commit(run.signal);
      note(run, { vi: `Đã ghi ${options.output}`, en: `Wrote ${options.output}` });
    } else {
      run.stdout.write(data);
    }
    return EXIT.ok;
  } finally {
    await out?.discard();
  }
}

async function renderAs(
  run: Run,
  report: UnitReport,
  format: ReportFileFormat,
  options: ReportOptions,
): Promise<string | Uint8Array> {
  const exact = options.exact === true;
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  if (format === "docx" || format === "xlsx") {
    const documents = await loadDocuments();
    return format === "docx"
      ? documents.reportToDocx(report, {
          lang: run.lang,
          rounding: exact ? "exact" : "rounded",
          issuer: options.issuer,
          number: options.docNumber,
          date: options.docDate,
        })
      : documents.reportToXlsx(report, { lang: run.lang });
  }
  return renderReport(report, {
    locale: run.lang,
    format: format === "md" ? "markdown" : "text",
    rounding: exact ? "exact" : "rounded",
  });
}

/** The code of the unit `--unit` names: a code of the dataset's units, or a name of one. */
export function resolveUnit(dataset: Dataset, unit: string): string {
  const units = dataset.units;
  if (units.some((u) => u.code === unit)) return unit;
  const found = resolveUnitName(buildAdminIndex(units, dataset.successions), unit);
  if (found.status === "found") return found.code;
  if (found.status === "ambiguous") {
    throw new CliError("cli-ambiguous-unit", {
      vi: `${found.message.vi.replace(/\. Hãy chỉ rõ.*$/, "")}. Ghi mã đơn vị (--unit ${found.candidates[0]?.code}) hoặc tên kèm loại đơn vị`,
      en: `${found.message.en.replace(/\. Give a level.*$/, "")}. Give the unit's code (--unit ${found.candidates[0]?.code}) or its name with its type`,
    });
  }
  const hint =
    units.length === 0
      ? {
          vi: "bộ dữ liệu không có danh sách đơn vị (units)",
          en: "the dataset lists no units",
        }
      : {
          vi: `bộ dữ liệu có ${count(units.length, "vi")} đơn vị; tra mã bằng \`antt units find <tên>\``,
          en: `the dataset has ${count(units.length, "en")} units; look codes up with \`antt units find <name>\``,
        };
  throw new CliError("cli-unknown-unit", {
    vi: `Không có đơn vị mã hoặc tên "${unit}" trong bộ dữ liệu (${hint.vi})`,
    en: `No unit with the code or name "${unit}" in the dataset (${hint.en})`,
  });
}

// ---------------------------------------------------------------------------------------
// map

/** Options of `antt map`. */
export interface MapOptions {
  readonly cameras?: boolean;
  readonly gridMetres?: string;
  readonly gridDegrees?: string;
  readonly k?: string;
  readonly exact?: boolean;
  readonly output?: string;
}

/** The flag of each option of toPublicGeoJSON a PublicMapError names. */
const MAP_FLAGS: Record<string, string> = {
  k: "--k",
  grid: "--grid-metres/--grid-degrees",
  "grid.metres": "--grid-metres",
  "grid.degrees": "--grid-degrees",
};

/** The public map's options from the flags, checked before any file is read. */
function mapOptions(options: MapOptions): PublicGeoJSONOptions<object> | undefined {
  if (options.exact && (options.k ?? options.gridMetres ?? options.gridDegrees) !== undefined) {
    throw new CliError("cli-usage", {
      vi: "--exact ghi tọa độ chính xác nên không dùng cùng --k, --grid-metres, --grid-degrees",
      en: "--exact writes the exact points, so it takes no --k, --grid-metres or --grid-degrees",
    });
  }
  if (options.exact) return undefined;
  if (options.gridMetres !== undefined && options.gridDegrees !== undefined) {
    throw new CliError("cli-usage", {
      vi: "Chỉ ghi một trong --grid-metres và --grid-degrees",
      en: "Give --grid-metres or --grid-degrees, not both",
    });
  }
  const number = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));
  const grid =
    options.gridDegrees !== undefined
      ? { degrees: number(options.gridDegrees) }
      : { metres: options.gridMetres === undefined ? 1000 : number(options.gridMetres) };
  const chosen = { grid, k: options.k === undefined ? 5 : number(options.k) };
  try {
    toPublicGeoJSON([], chosen);
  } catch (error) {
    if (error instanceof PublicMapError) {
      const flag = MAP_FLAGS[error.option] ?? error.option;
      throw new CliError("cli-usage", {
        vi: `${flag}: ${error.messages.vi}`,
        en: `${flag}: ${error.messages.en}`,
      });
    }
    throw error;
  }
  return chosen;
}

/**
 * `antt map <dataset>`: the incidents (or camera points) as GeoJSON, safe to publish by
 * default (counts in cells of at least k records); `--exact` for the exact points.
 */
export async function mapCommand(run: Run, name: string, options: MapOptions): Promise<number> {
  const publicOptions = mapOptions(options);
  const file = await inputFile(run.cwd, name);
  const dataFormat = await formatOf(file);
  const out = options.output ? await AtomicOutput.open(run.cwd, options.output) : undefined;
  try {
    const progress = progressBar(run.stderr, file.size, file.name, run.lang);
    let loaded: LoadedDataset;
    try {
      loaded = await loadDataset(file, progress, run.signal, dataFormat);
    } finally {
      progress.stop();
    }
    const errors = loaded.issues.filter((issue) => issue.severity === "error");
    if (loaded.dataset === undefined) {
      for (const issue of errors.slice(0, 20)) run.stderr.write(issueLine(name, issue, run.lang));
      note(run, {
        vi: `${name} có ${count(errors.length + loaded.issuesOmitted, "vi")} lỗi nên không lập được bản đồ; xem tất cả bằng \`antt validate ${name}\``,
        en: `${name} has ${count(errors.length + loaded.issuesOmitted, "en")} errors, so no map was made; see them all with \`antt validate ${name}\``,
      });
      return EXIT.data;
    }
    const records = options.cameras ? loaded.dataset.cameras : loaded.dataset.incidents;
    const what = options.cameras
      ? { vi: "điểm camera", en: "camera points" }
      : { vi: "vụ việc", en: "incidents" };
    let collection: object;
    if (publicOptions === undefined) {
      const exact = toGeoJSON<{ id: string; location?: GeoPoint | undefined }>(records);
      collection = exact;
      note(run, {
        vi: `Tọa độ chính xác, chỉ dùng nội bộ: ${count(exact.features.length, "vi")} ${what.vi}, ${count(exact.unlocated.length, "vi")} chưa có tọa độ`,
        en: `Exact points, for use inside the police only: ${count(exact.features.length, "en")} ${what.en}, ${count(exact.unlocated.length, "en")} without a location`,
      });
    } else {
      const map = toPublicGeoJSON(records, publicOptions);
      collection = map;
      note(run, {
        vi: `${count(map.features.length, "vi")} ô, ${count(map.emitted, "vi")}/${count(map.input, "vi")} ${what.vi}; ẩn ${count(map.suppressed.records, "vi")} ${what.vi} ở ${count(map.suppressed.cells, "vi")} ô dưới ${map.k}; ${count(map.suppressed.unlocated, "vi")} chưa có tọa độ`,
        en: `${count(map.features.length, "en")} cells, ${count(map.emitted, "en")}/${count(map.input, "en")} ${what.en}; ${count(map.suppressed.records, "en")} suppressed in ${count(map.suppressed.cells, "en")} cells under ${map.k}; ${count(map.suppressed.unlocated, "en")} without a location`,
      });
    }
    checkAborted(run.signal);
    const data = `${JSON.stringify(collection)}\n`;
    if (out) {
      await out.write(data);
      await out.commit(run.signal);
      note(run, { vi: `Đã ghi ${options.output}`, en: `Wrote ${options.output}` });
    } else {
      run.stdout.write(data);
    }
    return EXIT.ok;
  } finally {
    await out?.discard();
  }
}
