// The library's JSON dataset format (one document), read record by record with
// @streamparser/json: only the record being read is held, never the document.

import { JSONParser } from "@streamparser/json";
import { DATASET_COLLECTIONS, type DatasetCollection, DatasetSchema } from "../dataset/index.js";
import {
  type DatasetRecord,
  type DatasetStream,
  type ReadDatasetOptions,
  Reading,
  streamOf,
  type TextSource,
  textOf,
} from "./read.js";

/**
 * Reads a dataset in the library's JSON format (what `datasetToJSON` writes, one
 * document) record by record, checking each record by its schema as it goes: only the
 * record being read is held, so a file larger than memory can be read.
 *
 * @description The same as {@link readDatasetNDJSON}, for the JSON format: records of
 * the collections asked for that pass their schema are given, the others listed in
 * `issues` with the path `validateDataset` gives (`line` is 0), or counted as skipped.
 * The header fields (`schemaVersion`, `name`, `area`, `covers`...) are checked when the
 * document ends, and the header is set then. Text that is not JSON stops the reading
 * with an issue `invalid-json` (what was read before it is given).
 *
 * @param source - the text or bytes (UTF-8), in chunks
 * @param options - the collections to read, and the most issues listed
 * @returns the stream of records, with its issues, header and counts
 * @throws RangeError at once for a collection name the datasets do not have
 * @category Streaming
 * @example
 * ```ts
 * import { readDatasetJSON } from "antt/stream";
 * const text = JSON.stringify({
 *   schemaVersion: "1.0",
 *   incidents: [{ id: "vv-1", category: "theft", occurredAt: "2024-03-07T22:15:00+07:00",
 *     unitCode: "15532", detectedBy: "patrol", status: "investigating" }],
 * });
 * const stream = readDatasetJSON([text.slice(0, 40), text.slice(40)]);
 * let n = 0;
 * for await (const { collection } of stream) if (collection === "incidents") n += 1;
 * n;                              // 1
 * stream.header?.schemaVersion;   // "1.0"
 * ```
 */
export function readDatasetJSON<C extends DatasetCollection = DatasetCollection>(
  source: TextSource,
  options: ReadDatasetOptions<C> = {},
): DatasetStream<C> {
  const reading = new Reading<C>(options);
  return streamOf(reading, async function* () {
    const headerKeys = Object.keys(DatasetSchema.shape).filter(
      (key) => !Object.hasOwn(DATASET_COLLECTIONS, key),
    );
    const parser = new JSONParser({
      paths: ["$.*.*", ...headerKeys.map((key) => `$.${key}`)],
      keepStack: false,
    });
    const header: Record<string, unknown> = {};
    let ready: DatasetRecord<C>[] = [];
    parser.onValue = ({ value, key, stack }) => {
      const top = stack[1]?.key;
      if (stack.length === 1 && typeof key === "string") {
        header[key] = value;
      } else if (stack.length === 2 && typeof top === "string" && typeof key === "number") {
        const record = reading.readRecord(top, value, 0);
        if (record !== undefined) ready.push(record);
      }
    };
    let failed = false;
    parser.onError = (error) => {
      failed = true;
      reading.problem(
        0,
        "invalid-json",
        `The text is not JSON: ${error.message}`,
        "Văn bản không phải JSON hợp lệ",
      );
    };
    for await (const text of textOf(source)) {
      if (failed) break;
      parser.write(text);
      if (ready.length > 0) {
        const out = ready;
        ready = [];
        yield* out;
      }
    }
    if (!failed && !parser.isEnded) parser.end();
    yield* ready;
    if (!failed) reading.readHeader(header, 0);
  });
}
