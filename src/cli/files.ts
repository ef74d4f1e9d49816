// Files in and out: where a path points, what format a file is in, reading it in chunks
// (with progress), and writing output so that an interrupted run leaves no half-written file.
import { randomBytes } from "node:crypto";
import { createReadStream, rmSync } from "node:fs";
import { type FileHandle, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CliError, checkAborted } from "./errors.js";
import type { Progress } from "./progress.js";

/** The data formats the command line reads. */
export type DataFormat = "json" | "ndjson" | "csv" | "xlsx";

/** A file to read: its full path, the name as given, its size. */
export interface InputFile {
  readonly path: string;
  readonly name: string;
  readonly size: number;
}

/** Checks that a file exists and is a file: the full path and size, or a clear error. */
export async function inputFile(cwd: string, name: string): Promise<InputFile> {
  const path = resolve(cwd, name);
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new Error("not a file");
    return { path, name, size: info.size };
  } catch {
    throw new CliError("cli-missing-file", {
      vi: `Không tìm thấy tệp "${name}" (hoặc đó không phải một tệp)`,
      en: `No such file: "${name}" (or it is not a file)`,
    });
  }
}

const BY_EXTENSION: Record<string, DataFormat> = {
  ".json": "json",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".csv": "csv",
  ".xlsx": "xlsx",
};

/**
 * The format of a data file, by its extension, checked against its first bytes (an XLSX is
 * a ZIP archive; JSON starts with `{`); a file of another extension by its first bytes.
 */
export async function formatOf(file: InputFile): Promise<DataFormat> {
  const head = await firstBytes(file.path, 4096);
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const text = new TextDecoder().decode(head).replace(/^\uFEFF/, "");
  const byName = BY_EXTENSION[extname(file.name).toLowerCase()];
  const wrong = (what: string) =>
    new CliError("cli-wrong-format", {
      vi: `Tệp "${file.name}" ${what.startsWith("zip") ? "là tệp nén (ZIP, DOCX…), không phải dữ liệu JSON, NDJSON hoặc CSV" : "không phải JSON, NDJSON, CSV hoặc XLSX"}`,
      en: `"${file.name}" ${what.startsWith("zip") ? "is an archive (ZIP, DOCX…), not JSON, NDJSON or CSV data" : "is not JSON, NDJSON, CSV or XLSX"}`,
    });
  if (byName === "xlsx") {
    if (!zip)
      throw new CliError("cli-wrong-format", {
        vi: `Tệp "${file.name}" có đuôi .xlsx nhưng không phải bảng tính Excel (XLSX)`,
        en: `"${file.name}" is named .xlsx but is not an Excel (XLSX) workbook`,
      });
    return "xlsx";
  }
  if (byName !== undefined) {
    if (zip) throw wrong("zip");
    return byName;
  }
  if (zip) {
    if (extname(file.name).toLowerCase() === "" || text.includes("xl/")) return "xlsx";
    throw wrong("zip");
  }
  const start = text.trimStart();
  if (start.startsWith("{")) {
    const firstLine = start.split("\n", 1)[0] as string;
    try {
      JSON.parse(firstLine);
      return start.length > firstLine.length ? "ndjson" : "json";
    } catch {
      return "json";
    }
  }
  throw wrong("unknown");
}

async function firstBytes(path: string, n: number): Promise<Uint8Array> {
  const handle = await open(path, "r");
  try {
    const buffer = new Uint8Array(n);
    const { bytesRead } = await handle.read(buffer, 0, n, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** A file's bytes in chunks, counting them into a progress bar and stopping on Ctrl-C. */
export async function* chunksOf(
  file: InputFile,
  progress: Progress,
  signal: AbortSignal | undefined,
): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(file.path, { highWaterMark: 256 * 1024 });
  try {
    let read = 0;
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      checkAborted(signal);
      read += chunk.length;
      progress.update(read);
      yield chunk;
    }
    checkAborted(signal);
  } finally {
    stream.destroy();
  }
}

/** A whole file's bytes, read in chunks (with progress). */
export async function readAll(
  file: InputFile,
  progress: Progress,
  signal: AbortSignal | undefined,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of chunksOf(file, progress, signal)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Temporary files not yet renamed into place: removed if the process exits early. */
const pending = new Set<string>();

/**
 * Removes every temporary output file not yet renamed into place, at once (synchronously):
 * for a process that is about to exit.
 */
export function removePendingOutputs(): void {
  for (const path of pending) rmSync(path, { force: true });
  pending.clear();
}

/**
 * An output file written safely: the bytes go to a temporary file in the same folder
 * (`.name.antt-XXXX.tmp`), which is renamed over the target only once complete. An
 * interrupted or failed run removes the temporary file, so the target is either the
 * complete new file or, untouched, whatever was there before.
 */
export class AtomicOutput {
  readonly path: string;
  readonly temp: string;
  readonly #handle: FileHandle;
  readonly #name: string;
  #done = false;

  private constructor(path: string, temp: string, handle: FileHandle, name: string) {
    this.path = path;
    this.temp = temp;
    this.#handle = handle;
    this.#name = name;
  }

  /** Creates the temporary file next to the target, or fails with a clear error. */
  static async open(cwd: string, name: string): Promise<AtomicOutput> {
    const path = resolve(cwd, name);
    const temp = join(
      dirname(path),
      `.${basename(path)}.antt-${randomBytes(4).toString("hex")}.tmp`,
    );
    try {
      const handle = await open(temp, "wx");
      pending.add(temp);
      return new AtomicOutput(path, temp, handle, name);
    } catch (error) {
      throw writeFailed(name, error);
    }
  }

  /** Appends text or bytes. */
  async write(data: string | Uint8Array): Promise<void> {
    try {
      if (typeof data === "string") await this.#handle.write(data);
      else await this.#handle.write(data);
    } catch (error) {
      throw writeFailed(this.#name, error);
    }
  }

  /** Closes the temporary file and renames it over the target. */
  async commit(signal?: AbortSignal): Promise<void> {
    checkAborted(signal);
    try {
      await this.#handle.close();
      await rename(this.temp, this.path);
      this.#done = true;
      pending.delete(this.temp);
    } catch (error) {
      throw writeFailed(this.#name, error);
    }
  }

  /** Removes the temporary file (after a failure or Ctrl-C); harmless once committed. */
  async discard(): Promise<void> {
    if (this.#done) return;
    this.#done = true;
    await this.#handle.close().catch(() => {});
    await rm(this.temp, { force: true });
    pending.delete(this.temp);
  }
}

function writeFailed(name: string, error: unknown): CliError {
  const code = (error as { code?: string }).code ?? "";
  const why =
    code === "ENOENT"
      ? { vi: "thư mục không tồn tại", en: "no such folder" }
      : code === "EACCES" || code === "EPERM"
        ? { vi: "không có quyền ghi", en: "permission denied" }
        : code === "ENOSPC"
          ? { vi: "hết chỗ trống trên đĩa", en: "no space left on the disk" }
          : code === "EISDIR"
            ? { vi: "đó là một thư mục", en: "it is a folder" }
            : { vi: code || "lỗi hệ thống", en: code || "system error" };
  return new CliError("cli-write-failed", {
    vi: `Không ghi được tệp "${name}": ${why.vi}`,
    en: `Cannot write "${name}": ${why.en}`,
  });
}

/**
 * Writes an output produced by `produce` to `name` safely (see {@link AtomicOutput}), or,
 * without a name, to standard output.
 */
export async function writeOutput(
  cwd: string,
  name: string | undefined,
  stdout: { write(chunk: string | Uint8Array): unknown },
  produce: () => Promise<string | Uint8Array>,
  signal: AbortSignal | undefined,
): Promise<void> {
  if (name === undefined) {
    const data = await produce();
    checkAborted(signal);
    stdout.write(data);
    return;
  }
  const out = await AtomicOutput.open(cwd, name);
  try {
    const data = await produce();
    checkAborted(signal);
    await out.write(data);
    await out.commit(signal);
  } finally {
    await out.discard();
  }
}
