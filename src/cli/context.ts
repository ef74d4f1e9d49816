// What a command runs with: its streams, folder, environment, signal and language; and the
// formats the help shows. No library import, so `antt --help` loads
// nothing of the library.
import type { CliLang } from "./lang.js";
import type { ErrorStream } from "./progress.js";

/** Where a command writes and reads. */
export interface CliContext {
  /** Standard output: results. */
  readonly stdout: { write(chunk: string | Uint8Array): unknown; readonly isTTY?: boolean };
  /** Standard error: problems, progress, notes. */
  readonly stderr: ErrorStream;
  /** The folder relative paths start from. */
  readonly cwd: string;
  /** The environment (LANG, LC_ALL). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Fires on Ctrl-C. */
  readonly signal?: AbortSignal | undefined;
}

/** A command's context with its language. */
export interface Run extends CliContext {
  readonly lang: CliLang;
}

/** The formats of `antt report`. */
export const REPORT_FORMATS = ["text", "md", "json", "docx", "xlsx"] as const;
/** A format of `antt report`. */
export type ReportFileFormat = (typeof REPORT_FORMATS)[number];
