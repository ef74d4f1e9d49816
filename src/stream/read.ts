// Record by record: what the NDJSON and JSON readers share. Each record read is checked by
// its collection's schema, as validateDataset checks it, and given on, or listed as issues.

import { within } from "../core/fields.js";
import { issuesFromZod, locationOf } from "../core/index.js";
import {
  DATASET_COLLECTIONS,
  type Dataset,
  type DatasetCollection,
  type DatasetIssue,
  DatasetSchema,
} from "../dataset/index.js";

/**
 * One record of a dataset, with the collection it belongs to: what the streaming readers
 * give, and what `unitReport` reads (as a `ReportRecord`, for the collections a report
 * counts).
 *
 * @typeParam C - the collections read
 * @category Streaming
 * @example
 * ```ts
 * import type { DatasetRecord } from "antt/stream";
 * const record: DatasetRecord<"incidents"> = {
 *   collection: "incidents",
 *   record: { id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00",
 *     unitCode: "15532", detectedBy: "patrol", status: "investigating" },
 * };
 * ```
 */
export type DatasetRecord<C extends DatasetCollection = DatasetCollection> = {
  [K in C]: { readonly collection: K; readonly record: NonNullable<Dataset[K]>[number] };
}[C];

/**
 * What a dataset says of itself apart from its records: format version, name, area and
 * covered dates.
 *
 * @category Streaming
 * @example
 * ```ts
 * import type { DatasetHeader } from "antt/stream";
 * const header: DatasetHeader = { schemaVersion: "1.0", name: "Huyện Thọ Xuân 2024" };
 * ```
 */
export type DatasetHeader = Omit<Dataset, DatasetCollection>;

/**
 * A problem found while reading a stream: a {@link DatasetIssue} with the line it is on
 * (NDJSON), or 0 when the format has no lines to speak of (JSON).
 *
 * @category Streaming
 * @example
 * ```ts
 * import type { StreamIssue } from "antt/stream";
 * const issue: StreamIssue = {
 *   severity: "error", line: 3, path: ["incidents", 1, "category"], code: "invalid_value",
 *   message: { en: "Unknown incident category", vi: "Loại vụ việc không hợp lệ" },
 * };
 * ```
 */
export interface StreamIssue extends DatasetIssue {
  /** The line (from 1) the problem is on; 0 where the format has no lines. */
  readonly line: number;
}

/**
 * Options of the streaming readers.
 *
 * @typeParam C - the collections to read
 * @category Streaming
 * @example
 * ```ts
 * import type { ReadDatasetOptions } from "antt/stream";
 * const options: ReadDatasetOptions<"incidents" | "cameras"> = {
 *   collections: ["incidents", "cameras"],
 * };
 * ```
 */
export interface ReadDatasetOptions<C extends DatasetCollection = DatasetCollection> {
  /** The collections to read; records of the others are counted as skipped, not checked. */
  readonly collections?: readonly C[] | undefined;
  /** The most issues listed (default 1,000); further ones are counted in `issuesOmitted`. */
  readonly maxIssues?: number | undefined;
}

/**
 * What a streaming reader gives: the records, one at a time, as an async iterable (read it
 * once), and, as it reads, the issues found, the header and the counts.
 *
 * @description A record that fails its schema is not given: it is listed in `issues`,
 * with the same path and message `validateDataset` gives it (`["incidents", 12,
 * "category"]`: the 13th incident of the stream), and counted in `invalid`. So every
 * record read is either given or listed: `counts.records === counts.given +
 * counts.invalid + counts.skipped`. Checks across records (unique ids, references) need
 * the whole dataset: run `validateDataset` on it where it fits in memory.
 *
 * @typeParam C - the collections read
 * @category Streaming
 * @example
 * ```ts
 * import { readDatasetNDJSON } from "antt/stream";
 * const stream = readDatasetNDJSON(['{"schemaVersion":"1.0"}\n']);
 * for await (const { collection } of stream) console.log(collection);
 * stream.counts.records; // 0
 * ```
 */
export interface DatasetStream<C extends DatasetCollection = DatasetCollection>
  extends AsyncIterable<DatasetRecord<C>> {
  /** The problems found so far, each with its line. */
  readonly issues: readonly StreamIssue[];
  /** Problems found beyond `maxIssues`, counted but not listed. */
  readonly issuesOmitted: number;
  /** The header, once read (`undefined` before, or when the stream has none). */
  readonly header: DatasetHeader | undefined;
  /** Lines (NDJSON) and records read so far, and what became of the records. */
  readonly counts: {
    /** Lines read, blank ones included (0 for JSON). */
    readonly lines: number;
    /** Records read, of every collection. */
    readonly records: number;
    /** Records given on. */
    readonly given: number;
    /** Records that failed their schema (listed in `issues`). */
    readonly invalid: number;
    /** Records of collections not asked for. */
    readonly skipped: number;
  };
}

/** Bytes or text, in chunks: a file stream, a `fetch` body, an array of lines. */
export type TextSource =
  | AsyncIterable<string | Uint8Array>
  | Iterable<string | Uint8Array>
  | ReadableStream<string | Uint8Array>;

const DEFAULT_MAX_ISSUES = 1000;

/** The header's schema: the dataset's envelope without its collections. */
const HEADER = /* @__PURE__ */ (() =>
  DatasetSchema.omit(
    Object.fromEntries(Object.keys(DATASET_COLLECTIONS).map((key) => [key, true])) as {
      [K in DatasetCollection]: true;
    },
  ))();

/** The reading state a stream's getters show. */
export class Reading<C extends DatasetCollection> {
  readonly issues: StreamIssue[] = [];
  issuesOmitted = 0;
  header: DatasetHeader | undefined = undefined;
  readonly counts = { lines: 0, records: 0, given: 0, invalid: 0, skipped: 0 };
  readonly #wanted: ReadonlySet<string>;
  readonly #maxIssues: number;
  readonly #seen = new Map<string, number>();

  constructor(options: ReadDatasetOptions<C>) {
    this.#wanted = new Set(options.collections ?? Object.keys(DATASET_COLLECTIONS));
    for (const c of this.#wanted) {
      if (!Object.hasOwn(DATASET_COLLECTIONS, c)) {
        throw new RangeError(
          `Unknown collection ${JSON.stringify(c)} (Không có tập bản ghi này): expected one of ${Object.keys(DATASET_COLLECTIONS).join(", ")}`,
        );
      }
    }
    this.#maxIssues = Math.max(0, Math.floor(options.maxIssues ?? DEFAULT_MAX_ISSUES));
  }

  /** Lists a problem, or counts it past the limit. */
  push(issue: StreamIssue): void {
    if (this.issues.length < this.#maxIssues) this.issues.push(issue);
    else this.issuesOmitted += 1;
  }

  /** Lists a problem of a whole line or value. */
  problem(line: number, code: string, en: string, vi: string, path: StreamIssue["path"] = []) {
    this.push({ severity: "error", line, path, code, message: { en, vi } });
  }

  /** Checks and keeps the header. */
  readHeader(value: unknown, line: number): void {
    const result = HEADER.safeParse(value, { reportInput: true });
    if (result.success) {
      this.header = result.data as DatasetHeader;
      return;
    }
    for (const issue of issuesFromZod(result.error, DatasetSchema, value))
      this.push({ ...issue, line, severity: "error" });
  }

  /** Checks a record of a collection: the record to give on, or `undefined`. */
  readRecord(collection: string, value: unknown, line: number): DatasetRecord<C> | undefined {
    if (!Object.hasOwn(DATASET_COLLECTIONS, collection)) {
      this.problem(
        line,
        "unknown-collection",
        `Unknown collection ${JSON.stringify(collection)}: expected one of ${Object.keys(DATASET_COLLECTIONS).join(", ")}`,
        `Không có tập bản ghi ${JSON.stringify(collection)}`,
        [collection],
      );
      return undefined;
    }
    const index = this.#seen.get(collection) ?? 0;
    this.#seen.set(collection, index + 1);
    this.counts.records += 1;
    if (!this.#wanted.has(collection)) {
      this.counts.skipped += 1;
      return undefined;
    }
    const schema = DATASET_COLLECTIONS[collection as DatasetCollection];
    const result = schema.safeParse(value, { reportInput: true });
    if (result.success) {
      this.counts.given += 1;
      return { collection, record: result.data } as DatasetRecord<C>;
    }
    this.counts.invalid += 1;
    // Located as validateDataset locates it: the record named once, each field within it.
    const record = locationOf(DatasetSchema, [collection, index]);
    for (const issue of issuesFromZod(result.error, schema, value)) {
      const path = [collection, index, ...issue.path];
      this.push({
        ...issue,
        path,
        location: within(record, issue.location),
        line,
        severity: "error",
      });
    }
    return undefined;
  }
}

/** A stream over a reading: its records, and the reading's state as getters. */
export function streamOf<C extends DatasetCollection>(
  reading: Reading<C>,
  records: () => AsyncGenerator<DatasetRecord<C>>,
): DatasetStream<C> {
  let started = false;
  return {
    get issues() {
      return reading.issues;
    },
    get issuesOmitted() {
      return reading.issuesOmitted;
    },
    get header() {
      return reading.header;
    },
    get counts() {
      return reading.counts;
    },
    [Symbol.asyncIterator]() {
      if (started) {
        throw new TypeError(
          "A dataset stream can be read once (Luồng dữ liệu chỉ đọc được một lần)",
        );
      }
      started = true;
      return records();
    },
  };
}

/** The chunks of a source, as text (UTF-8, a character split across chunks kept whole). */
export async function* textOf(source: TextSource): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  const chunks =
    typeof (source as ReadableStream).getReader === "function"
      ? readerChunks(source as ReadableStream<string | Uint8Array>)
      : (source as AsyncIterable<string | Uint8Array>);
  for await (const chunk of chunks) {
    yield typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

async function* readerChunks<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
