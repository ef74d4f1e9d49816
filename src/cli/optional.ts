// The spreadsheet (antt/io) and document (antt/documents) parts, loaded only by the
// commands that need them: `antt units find` never loads exceljs or docx.
import { CliError } from "./errors.js";

/** The spreadsheet part: XLSX and CSV import, blank templates. */
export type IoModule = typeof import("../io/index.js");
/** The document part: a report as DOCX or XLSX. */
export type DocumentsModule = typeof import("../documents/index.js");

/** Loads antt/io, or stops with "not available" (an installation without exceljs). */
export async function loadIo(): Promise<IoModule> {
  try {
    return await import("../io/index.js");
  } catch (error) {
    throw notAvailable("XLSX/CSV", "antt/io", error);
  }
}

/** Loads antt/documents, or stops with "not available" (an installation without docx). */
export async function loadDocuments(): Promise<DocumentsModule> {
  try {
    return await import("../documents/index.js");
  } catch (error) {
    throw notAvailable("DOCX/XLSX", "antt/documents", error);
  }
}

function notAvailable(what: string, entry: string, error: unknown): CliError {
  const why = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return new CliError("cli-not-available", {
    vi: `Không nạp được phần ${what} (${entry}) mà lệnh cần: ${why}`,
    en: `Cannot load the ${what} part (${entry}) the command needs: ${why}`,
  });
}
