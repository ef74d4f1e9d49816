// The errors a command stops with: a code of the catalogue, a message in both languages and
// the exit code. Anything else thrown is a bug, and is still shown as one line, not a stack.
import { describeProblem } from "../problems/index.js";
import type { Bilingual, CliLang } from "./lang.js";

/** Exit codes: 0 done, 1 the data has errors, 2 the command was written wrong, 130 Ctrl-C. */
export const EXIT = { ok: 0, data: 1, usage: 2, interrupted: 130 } as const;

/** The codes of {@link CliError}, each in the problem catalogue (ANTT-E840…E849). */
export type CliErrorCode =
  | "cli-missing-file"
  | "cli-wrong-format"
  | "cli-unknown-unit"
  | "cli-ambiguous-unit"
  | "cli-unknown-kind"
  | "cli-invalid-period"
  | "cli-usage"
  | "cli-write-failed"
  | "cli-not-available"
  | "cli-interrupted";

/**
 * An error a command stops with, shown as one line in the chosen language.
 *
 * @example
 * ```sh
 * npx antt validate nope.json   # antt: ANTT-E840 Không tìm thấy tệp "nope.json"
 * ```
 */
export class CliError extends Error {
  readonly code: CliErrorCode;
  readonly messages: Bilingual;
  readonly exitCode: number;

  constructor(code: CliErrorCode, messages: Bilingual, exitCode: number = EXIT.usage) {
    super(messages.en);
    this.name = "CliError";
    this.code = code;
    this.messages = messages;
    this.exitCode = exitCode;
  }
}

/** The line an error is shown as: `antt: ANTT-E840 <message>`. */
export function errorLine(error: CliError, lang: CliLang): string {
  const id = describeProblem(error.code)?.id;
  return `antt: ${id ? `${id} ` : ""}${error.messages[lang]}\n`;
}

/** Thrown when the command is stopped (Ctrl-C). */
export function interrupted(): CliError {
  return new CliError(
    "cli-interrupted",
    {
      vi: "Đã dừng (Ctrl-C); không để lại tệp kết quả dở dang",
      en: "Interrupted (Ctrl-C); no half-written output was left",
    },
    EXIT.interrupted,
  );
}

/** Throws {@link interrupted} when the signal has fired. */
export function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw interrupted();
}
