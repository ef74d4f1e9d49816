// The spreadsheet (antt/io) and document (antt/documents) parts, loaded only by the
// commands that need them: `antt units find` never loads exceljs or docx.
import { CliError } from "./errors.js";

/** A problem of an imported spreadsheet or CSV row. */
export interface ImportProblem {
  readonly code: string;
  readonly severity: "error" | "warning";
  readonly sheet?: string | undefined;
  readonly row: number;
  readonly column?: string | undefined;
  readonly header?: string | undefined;
  readonly message: { readonly vi: string; readonly en: string };
}

/** What an import gives: the records of one kind, and a problem for every row that is not one. */
export interface ImportResult {
  readonly kind: string;
  readonly records: readonly unknown[];
  readonly problems: readonly ImportProblem[];
  readonly rows: number;
}

/** The part of antt/io the command line uses. */
export interface IoModule {
  readonly IMPORT_KINDS: readonly string[];
  importXlsx(
    data: Uint8Array,
    options: { kind: string; units?: unknown; sheet?: string },
  ): Promise<ImportResult>;
  importCsv(
    input: string | Uint8Array | AsyncIterable<string | Uint8Array>,
    options: { kind: string; units?: unknown },
  ): Promise<ImportResult>;
  templateWorkbook(kind: string, options?: { lang?: "vi" | "en" }): Promise<Uint8Array>;
}

/** The part of antt/documents the command line uses. */
export interface DocumentsModule {
  reportToDocx(report: unknown, options?: { lang?: "vi" | "en" }): Promise<Uint8Array>;
  reportToXlsx(report: unknown, options?: { lang?: "vi" | "en" }): Promise<Uint8Array>;
}

const IO = "../io/index.js";
const DOCUMENTS = "../documents/index.js";

/** Loads antt/io, or stops with "not available". */
export async function loadIo(): Promise<IoModule> {
  try {
    return (await import(IO)) as IoModule;
  } catch {
    throw notAvailable("XLSX/CSV", "antt/io");
  }
}

/** Loads antt/documents, or stops with "not available". */
export async function loadDocuments(): Promise<DocumentsModule> {
  try {
    return (await import(DOCUMENTS)) as DocumentsModule;
  } catch {
    throw notAvailable("DOCX/XLSX", "antt/documents");
  }
}

function notAvailable(what: string, entry: string): CliError {
  return new CliError("cli-not-available", {
    vi: `Bản cài đặt này chưa có phần ${what} (${entry}) mà lệnh cần`,
    en: `This installation does not have the ${what} part (${entry}) the command needs`,
  });
}
