// CSV in, streamed: csv-parse's parser fed chunk by chunk, each record read as it comes,
// so memory stays bounded by a chunk and a row, not by the file.
// csv-parse's Node build in Node, its browser build elsewhere (package.json "imports"): the
// browser build carries a Buffer polyfill that makes it about 4 times slower in Node.
import { type CsvError, parse } from "#csv-parse";
import type { ImportKind, ImportRecord } from "./columns.js";
import type { ImportProblem, ImportResult } from "./problems.js";
import type { UnitIndex } from "./rows.js";
import { HEADER_SEARCH_ROWS, SheetReader } from "./sheet.js";

/**
 * Options of {@link importCsv} and {@link csvRecords}.
 *
 * @category Import
 * @example
 * ```ts
 * import type { ImportCsvOptions } from "antt/io";
 * const options: ImportCsvOptions = { kind: "cameras" };
 * ```
 */
export interface ImportCsvOptions<K extends ImportKind = ImportKind> {
  /** The record kind the file holds. */
  readonly kind: K;
  /** The unit index, to read unit names in place of codes. */
  readonly units?: UnitIndex;
}

/**
 * One row of a CSV file read by {@link csvRecords}: its record, or none, and its problems.
 * The header row comes as a row with `header: true` (its problems are the header's).
 *
 * @category Import
 * @example
 * ```ts
 * import type { CsvRow } from "antt/io";
 * function isRecord<T>(row: CsvRow<T>): boolean {
 *   return row.record !== undefined;
 * }
 * ```
 */
export interface CsvRow<T> {
  /** The record, when the row has no error. */
  readonly record?: T;
  /** The row's problems. */
  readonly problems: ImportProblem[];
  /** The row, counted from 1 as a spreadsheet shows the file (the header is row 1). */
  readonly row: number;
  /** Whether this is the header row, not a data row. */
  readonly header?: true;
}

interface ParsedRecord {
  readonly record: string[];
  readonly info: { readonly records: number };
}

async function* chunksOf(
  input: string | AsyncIterable<string | Uint8Array>,
): AsyncIterable<string | Uint8Array> {
  if (typeof input === "string") yield input;
  else yield* input;
}

/**
 * Streams the rows of a CSV file of one record kind: UTF-8 with or without BOM, comma or
 * semicolon delimited, quoted fields over several lines. Each data row comes out as a
 * record or with its problems as soon as it is read; memory holds a chunk, not the file.
 *
 * @param input - the file's text, or its chunks (strings or UTF-8 bytes)
 * @param options - the kind and the unit index
 * @returns the rows, in order
 * @category Import
 * @example
 * ```ts
 * import { csvRecords } from "antt/io";
 * async function* lines() {
 *   yield "Mã điểm camera;Mã đơn vị hành chính\n";
 *   yield "cam-1;15532\n";
 * }
 * for await (const row of csvRecords(lines(), { kind: "cameras" })) {
 *   console.log(row.row, row.record, row.problems.length);
 * }
 * ```
 */
export async function* csvRecords<K extends ImportKind>(
  input: string | AsyncIterable<string | Uint8Array>,
  options: ImportCsvOptions<K>,
): AsyncIterable<CsvRow<ImportRecord<K>>> {
  type T = ImportRecord<K>;
  const reader = new SheetReader<T>(options.kind, undefined, options.units);
  const queue: ParsedRecord[] = [];
  let failure: CsvError | Error | undefined;
  let parser: ReturnType<typeof parse> | undefined;
  // The delimiter is the first lines': ";" where they have more semicolons than commas (as
  // Excel writes CSV with a Vietnamese locale), else ",".
  let head = "";
  const start = (text: string) => {
    const lines = text.split(/\r?\n/, HEADER_SEARCH_ROWS).join("\n");
    const semicolons = lines.split(";").length;
    const commas = lines.split(",").length;
    const created = parse({
      bom: true,
      delimiter: semicolons > commas ? ";" : ",",
      relax_column_count: true,
      // Empty lines are rows too, so that row numbers are those a spreadsheet shows.
      skip_empty_lines: false,
      info: true,
    });
    created.on("data", (record: ParsedRecord) => queue.push(record));
    created.on("error", (error: Error) => {
      failure = error;
    });
    return created;
  };
  const write = (text: string) => {
    if (parser) {
      parser.write(text);
      return;
    }
    head += text;
    if (head.split("\n").length > HEADER_SEARCH_ROWS || head.length > 65_536) {
      parser = start(head);
      parser.write(head);
      head = "";
    }
  };
  const decoder = new TextDecoder("utf-8");
  let lastRow = 0;
  let gaveUp = false;
  function* drain(): Generator<CsvRow<T>> {
    while (queue.length > 0) {
      const { record, info } = queue.shift() as ParsedRecord;
      const row = info.records;
      lastRow = row;
      if (gaveUp) continue;
      const step = reader.push(record, row);
      if (step.kind === "header") yield { header: true, row, problems: step.problems };
      else if (step.kind === "data") {
        yield step.record === undefined
          ? { row, problems: step.problems }
          : { record: step.record, row, problems: step.problems };
      } else if (reader.gaveUp) gaveUp = true;
    }
  }
  for await (const chunk of chunksOf(input)) {
    const text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (failure) break;
    write(text);
    yield* drain();
  }
  if (!failure) {
    const rest = decoder.decode();
    if (rest) write(rest);
    if (!parser && head !== "") {
      parser = start(head);
      parser.write(head);
    }
    parser?.end();
    // The parser flushes its last record on end, in the same turn or the next.
    await new Promise((resolve) => setTimeout(resolve, 0));
    yield* drain();
  }
  if (failure) {
    yield* drain();
    yield {
      row: lastRow + 1,
      problems: [
        {
          code: "import-csv-malformed",
          severity: "error",
          row: lastRow + 1,
          message: {
            vi: `Tệp CSV hỏng từ dòng ${lastRow + 1}, phần còn lại không đọc được (${failure.message})`,
            en: `The CSV file is malformed from row ${lastRow + 1}; the rest cannot be read (${failure.message})`,
          },
        },
      ],
    };
    return;
  }
  if (!reader.started && lastRow > 0) yield { row: 1, problems: [reader.noHeader()] };
}

/**
 * Reads the records of one kind from a CSV file, as {@link csvRecords} streams them,
 * gathered: the records, every problem, and the number of data rows.
 *
 * @param input - the file's text, or its chunks (strings or UTF-8 bytes)
 * @param options - the kind and the unit index
 * @returns the records, the problems and the number of data rows
 * @category Import
 * @example
 * ```ts
 * import { importCsv } from "antt/io";
 * const csv = "\uFEFFMã điểm camera;Mã đơn vị hành chính;Chủ sở hữu;Ngày lắp đặt;Kết nối phòng trực ban;Mức chia sẻ hình ảnh;Phạm vi ghi hình;Tình trạng hoạt động\n" +
 *   "cam-1;15532;Hộ gia đình;07/03/2024;Có;Đăng ký;Đường giao thông;Đang hoạt động\n";
 * const result = await importCsv(csv, { kind: "cameras" });
 * result.rows; // 1
 * ```
 */
export async function importCsv<K extends ImportKind>(
  input: string | AsyncIterable<string | Uint8Array>,
  options: ImportCsvOptions<K>,
): Promise<ImportResult<ImportRecord<K>>> {
  const records: ImportRecord<K>[] = [];
  const problems: ImportProblem[] = [];
  let rows = 0;
  for await (const row of csvRecords(input, options)) {
    if (
      !row.header &&
      row.problems.every((p) => p.code !== "import-no-header" && p.code !== "import-csv-malformed")
    )
      rows++;
    if (row.record !== undefined) records.push(row.record);
    problems.push(...row.problems);
  }
  return { kind: options.kind, records, problems, rows };
}
