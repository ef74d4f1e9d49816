// The library's NDJSON dataset format: a header line, then one record per line.

import {
  DATASET_COLLECTIONS,
  type Dataset,
  type DatasetCollection,
  type DatasetInput,
} from "../dataset/index.js";
import {
  type DatasetStream,
  type ReadDatasetOptions,
  Reading,
  streamOf,
  type TextSource,
  textOf,
} from "./read.js";

/** The longest line read (64 MiB): a longer one is reported and skipped, not held. */
const MAX_LINE = 64 * 1024 * 1024;

/**
 * Writes a dataset as NDJSON, the library's line format for datasets too large to hold:
 * a header line (the dataset without its records), then one line per record,
 * `{"collection":"incidents","record":{...}}`, collection after collection.
 *
 * @description Each line ends with `\n`. Read the lines back, record by record, with
 * {@link readDatasetNDJSON}; a file written by this function reads back to the same
 * records, and its issues have the paths `validateDataset` gives.
 *
 * @param dataset - the dataset
 * @returns the lines, one at a time
 * @category Streaming
 * @example
 * ```ts
 * import { datasetToNDJSON } from "antt/stream";
 * const lines = [...datasetToNDJSON({ schemaVersion: "1.0", name: "Xã Xuân Sinh" })];
 * lines; // ['{"schemaVersion":"1.0","name":"Xã Xuân Sinh"}\n']
 * ```
 */
export function* datasetToNDJSON(dataset: Dataset | DatasetInput): Generator<string> {
  const header: Record<string, unknown> = {};
  for (const key of Object.keys(dataset)) {
    if (!Object.hasOwn(DATASET_COLLECTIONS, key))
      header[key] = dataset[key as keyof typeof dataset];
  }
  yield `${JSON.stringify(header)}\n`;
  for (const collection of Object.keys(DATASET_COLLECTIONS) as DatasetCollection[]) {
    for (const record of dataset[collection] ?? []) {
      yield `${JSON.stringify({ collection, record })}\n`;
    }
  }
}

/**
 * Reads a dataset written as NDJSON ({@link datasetToNDJSON}) record by record, checking
 * each record by its schema as it goes: the file is never held in memory, only the line
 * being read.
 *
 * @description The first line may be the header (a line with `schemaVersion`); every
 * other non-blank line is `{"collection": ..., "record": ...}`. Records of the collections
 * asked for that pass their schema are given, parsed (defaults filled in, as
 * `validateDataset` gives them); the others are listed in `issues` with their line and
 * the path `validateDataset` would give, or counted as skipped. A line that is not JSON,
 * or not a record, is listed and reading goes on: one bad line never stops a file.
 *
 * @param source - the text or bytes (UTF-8), in chunks: a Node file stream, a `fetch`
 *   body, an array of strings
 * @param options - the collections to read, and the most issues listed
 * @returns the stream of records, with its issues, header and counts
 * @throws RangeError at once for a collection name the datasets do not have
 * @category Streaming
 * @example
 * ```ts
 * import { readDatasetNDJSON } from "antt/stream";
 * const lines = [
 *   '{"schemaVersion":"1.0"}',
 *   '{"collection":"incidents","record":{"id":"vv-1","category":"theft","occurredAt":"2024-03-07T22:15:00+07:00","unitCode":"15532","detectedBy":"patrol","status":"investigating"}}',
 *   '{"collection":"incidents","record":{"id":"vv-2","category":"stealing"}}',
 * ].join("\n");
 * const stream = readDatasetNDJSON([lines], { collections: ["incidents"] });
 * const ids = [];
 * for await (const { record } of stream) ids.push(record.id);
 * ids;                       // ["vv-1"]
 * stream.issues[0]?.line;    // 3
 * stream.issues[0]?.path;    // ["incidents", 1, "category"]
 * stream.counts.invalid;     // 1
 * ```
 */
export function readDatasetNDJSON<C extends DatasetCollection = DatasetCollection>(
  source: TextSource,
  options: ReadDatasetOptions<C> = {},
): DatasetStream<C> {
  const reading = new Reading<C>(options);
  return streamOf(reading, async function* () {
    let line = 0;
    for await (const text of linesOf(source, reading)) {
      line += 1;
      reading.counts.lines = line;
      if (text === null) continue; // too long, reported
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        reading.problem(
          line,
          "invalid-json",
          `Line ${line} is not JSON: ${(error as Error).message}`,
          `Dòng ${line} không phải JSON hợp lệ`,
        );
        continue;
      }
      if (isObject(value) && Object.hasOwn(value, "collection")) {
        const collection = value["collection"];
        if (typeof collection !== "string" || !Object.hasOwn(value, "record")) {
          reading.problem(
            line,
            "invalid-record-line",
            `Line ${line} must be {"collection": name, "record": {...}}`,
            `Dòng ${line} phải có dạng {"collection": tên tập, "record": {...}}`,
          );
          continue;
        }
        const record = reading.readRecord(collection, value["record"], line);
        if (record !== undefined) yield record;
      } else if (line === 1 && isObject(value)) {
        reading.readHeader(value, line);
      } else {
        reading.problem(
          line,
          "invalid-record-line",
          `Line ${line} must be {"collection": name, "record": {...}}; only the first line may be the header`,
          `Dòng ${line} phải có dạng {"collection": tên tập, "record": {...}}; chỉ dòng đầu có thể là phần đầu bộ dữ liệu`,
        );
      }
    }
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The lines of a source, without their ends (`\n`, `\r\n`); `null` for one too long. */
async function* linesOf(
  source: TextSource,
  reading: Reading<DatasetCollection>,
): AsyncGenerator<string | null> {
  let rest = "";
  let skipping = false;
  let line = 0;
  for await (const text of textOf(source)) {
    let start = 0;
    for (;;) {
      const end = text.indexOf("\n", start);
      if (end < 0) break;
      const piece = text.slice(start, end);
      start = end + 1;
      line += 1;
      if (skipping) {
        skipping = false;
        rest = "";
        yield null;
        continue;
      }
      const whole = rest === "" ? piece : rest + piece;
      rest = "";
      yield whole.endsWith("\r") ? whole.slice(0, -1) : whole;
    }
    if (!skipping) {
      rest += text.slice(start);
      if (rest.length > MAX_LINE) {
        skipping = true;
        rest = "";
        reading.problem(
          line + 1,
          "line-too-long",
          `Line ${line + 1} is longer than ${MAX_LINE} characters; it was skipped`,
          `Dòng ${line + 1} dài quá ${MAX_LINE} ký tự; đã bỏ qua`,
        );
      }
    }
  }
  if (skipping) yield null;
  else if (rest !== "") yield rest.endsWith("\r") ? rest.slice(0, -1) : rest;
}
