// A progress bar on standard error while a large file is read: only on a terminal, so a
// pipe, a log file or CI sees nothing of it.
import { Presets, SingleBar } from "cli-progress";
import type { CliLang } from "./lang.js";

/** What the commands tell a progress bar. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** A progress bar that shows nothing. */
export const NO_PROGRESS: Progress = { update() {}, stop() {} };

/** Files smaller than this are read too fast for a bar to help (4 MiB). */
export const PROGRESS_FROM_BYTES = 4 * 1024 * 1024;

/** The error stream a bar is drawn on. */
export interface ErrorStream {
  write(chunk: string): unknown;
  readonly isTTY?: boolean | undefined;
}

/**
 * A bar counting bytes of a file read, on `stderr` when it is a terminal and the file is
 * large; otherwise {@link NO_PROGRESS}.
 */
export function progressBar(
  stderr: ErrorStream,
  total: number,
  label: string,
  lang: CliLang,
): Progress {
  if (stderr.isTTY !== true || total < PROGRESS_FROM_BYTES) return NO_PROGRESS;
  const mb = lang === "vi" ? "MB" : "MB";
  const bar = new SingleBar(
    {
      stream: stderr as unknown as NodeJS.WritableStream,
      format: `${label} [{bar}] {percentage}% | {doneMB}/{totalMB} ${mb} | ETA {eta_formatted}`,
      clearOnComplete: true,
      hideCursor: true,
      etaBuffer: 50,
    },
    Presets.shades_classic,
  );
  const megabytes = (n: number) => (n / 1048576).toFixed(1);
  bar.start(total, 0, { doneMB: megabytes(0), totalMB: megabytes(total) });
  let stopped = false;
  return {
    update(done) {
      if (!stopped) bar.update(done, { doneMB: megabytes(done) });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      bar.stop();
    },
  };
}
