// Reads a dataset file (JSON or NDJSON) with the library's readers: whole with
// datasetFromJSON when it fits, record by record with the streaming readers when it is
// NDJSON or a large JSON document.
import {
  DATASET_COLLECTIONS,
  type Dataset,
  type DatasetCollection,
  type DatasetIssue,
  datasetFromJSON,
  validateDataset,
} from "../dataset/index.js";
import { type DatasetStream, readDatasetJSON, readDatasetNDJSON } from "../stream/index.js";
import { CliError } from "./errors.js";
import { chunksOf, type DataFormat, formatOf, type InputFile, readAll } from "./files.js";
import type { Bilingual } from "./lang.js";
import type { Progress } from "./progress.js";

/** JSON documents larger than this (64 MiB) are read record by record, never held whole. */
export const WHOLE_JSON_LIMIT = 64 * 1024 * 1024;

/** A problem of a data file, with its line where the format has lines. */
export interface FileIssue extends DatasetIssue {
  /** The line (from 1), or 0 where the format has none (JSON). */
  readonly line?: number;
  /** The row of a spreadsheet or CSV file (from 1, as the program shows it). */
  readonly row?: number;
  /** The sheet of a workbook. */
  readonly sheet?: string;
  /** The column letter (XLSX) or number (CSV). */
  readonly column?: string;
  /** The header of that column, as written in the file. */
  readonly header?: string;
}

/** What reading a dataset file gives. */
export interface LoadedDataset {
  readonly format: DataFormat;
  /** The dataset, when it has no error. */
  readonly dataset: Dataset | undefined;
  readonly issues: readonly FileIssue[];
  readonly issuesOmitted: number;
  /** Records read, by collection. */
  readonly records: number;
  /** What was not checked, and why. */
  readonly notes: readonly Bilingual[];
}

/** Reads and checks a JSON or NDJSON dataset file. */
export async function loadDataset(
  file: InputFile,
  progress: Progress,
  signal: AbortSignal | undefined,
  format?: DataFormat,
): Promise<LoadedDataset> {
  const kind = format ?? (await formatOf(file));
  if (kind === "csv" || kind === "xlsx") {
    throw new CliError("cli-wrong-format", {
      vi: `Tệp "${file.name}" là ${kind.toUpperCase()}, không phải bộ dữ liệu JSON hoặc NDJSON; chuyển nó bằng \`antt import\` trước`,
      en: `"${file.name}" is ${kind.toUpperCase()}, not a JSON or NDJSON dataset; convert it with \`antt import\` first`,
    });
  }
  if (kind === "json" && file.size <= WHOLE_JSON_LIMIT) {
    const bytes = await readAll(file, progress, signal);
    const result = datasetFromJSON(bytes);
    const records = result.success ? countRecords(result.data) : countRaw(bytes);
    return {
      format: kind,
      dataset: result.success ? result.data : undefined,
      issues: result.issues,
      issuesOmitted: result.issuesOmitted,
      records,
      notes: [],
    };
  }
  const chunks = chunksOf(file, progress, signal);
  const stream: DatasetStream =
    kind === "json" ? readDatasetJSON(chunks) : readDatasetNDJSON(chunks);
  const collected: Partial<Record<DatasetCollection, unknown[]>> = {};
  for await (const { collection, record } of stream) {
    const list = collected[collection] ?? [];
    list.push(record);
    collected[collection] = list;
  }
  const issues: FileIssue[] = stream.issues.map((issue) =>
    kind === "json" ? { ...issue, line: 0 } : issue,
  );
  const notes: Bilingual[] = [];
  const perRecordErrors = issues.some((issue) => issue.severity === "error");
  if (perRecordErrors) {
    notes.push({
      vi: "Chưa kiểm tra liên kết giữa các bản ghi (mã trùng, tham chiếu): hãy sửa các lỗi trên trước",
      en: "Checks across records (duplicate ids, references) were not run: correct the errors above first",
    });
    return {
      format: kind,
      dataset: undefined,
      issues,
      issuesOmitted: stream.issuesOmitted,
      records: stream.counts.records,
      notes,
    };
  }
  // Every record passed its schema and none was left out, so the indices are the file's:
  // the checks across records can run on the whole.
  const whole = validateDataset({ ...(stream.header ?? {}), ...collected });
  return {
    format: kind,
    dataset: whole.success ? whole.data : undefined,
    issues: [...issues, ...whole.issues],
    issuesOmitted: stream.issuesOmitted + whole.issuesOmitted,
    records: stream.counts.records,
    notes,
  };
}

/** The records of a dataset that failed its checks: its collections' lengths, if it is JSON. */
function countRaw(bytes: Uint8Array): number {
  try {
    const value = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
    return countRecords(value as Dataset);
  } catch {
    return 0;
  }
}

function countRecords(dataset: Dataset): number {
  let n = 0;
  for (const key of Object.keys(DATASET_COLLECTIONS) as DatasetCollection[]) {
    const records: unknown = dataset?.[key];
    if (Array.isArray(records)) n += records.length;
  }
  return n;
}
