// CSV text (RFC 4180) and its bytes, read without ever throwing.
import type { Problems } from "./shared.js";
import { describeValue } from "./values.js";

export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
  readonly error?: { readonly en: string; readonly vi: string };
}

/**
 * Reads CSV text (RFC 4180): fields separated by commas, optionally in double quotes, a
 * quote inside a quoted field written twice, line breaks inside quotes kept, CRLF or LF
 * line ends, a leading byte-order mark ignored. Blank lines are skipped.
 */
export function* readCsv(text: string): Generator<CsvRecord> {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let error: CsvRecord["error"];
    let field = "";
    let atFieldStart = true;
    let quoted = false;
    let ended = false;
    while (i < n && !ended) {
      const ch = text[i] as string;
      if (quoted) {
        if (ch === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          const next = text[i];
          if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
            error ??= {
              en: `Unexpected text after a closing quote in field ${fields.length + 1}`,
              vi: `Có ký tự thừa sau dấu ngoặc kép đóng ở trường thứ ${fields.length + 1}`,
            };
          }
          continue;
        }
        if (ch === "\n") line++;
        field += ch;
        i++;
        continue;
      }
      if (ch === '"' && atFieldStart) {
        quoted = true;
        atFieldStart = false;
        i++;
        continue;
      }
      if (ch === ",") {
        fields.push(field);
        field = "";
        atFieldStart = true;
        i++;
        continue;
      }
      if (ch === "\r" || ch === "\n") {
        i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
        line++;
        ended = true;
        continue;
      }
      if (ch === '"') {
        error ??= {
          en: `A double quote inside unquoted field ${fields.length + 1}; quote the whole field and double the quote`,
          vi: `Có dấu ngoặc kép trong trường thứ ${fields.length + 1} không được đặt trong ngoặc kép`,
        };
      }
      atFieldStart = false;
      field += ch;
      i++;
    }
    if (quoted) {
      error = {
        en: "A quoted field is not closed before the end of the text",
        vi: "Trường trong ngoặc kép không được đóng trước khi hết dữ liệu",
      };
    }
    fields.push(field);
    if (fields.length === 1 && fields[0] === "" && !error) continue; // blank line
    yield error ? { line: startLine, fields, error } : { line: startLine, fields };
  }
}

/**
 * The text of CSV input: a string as it is, bytes decoded as UTF-8 (a byte-order mark
 * dropped); anything else, or bytes that are not UTF-8, gives a problem and `undefined`.
 */
export function csvText(input: unknown, problems: Problems): string | undefined {
  if (typeof input === "string") return input;
  let bytes = false;
  try {
    bytes = input instanceof Uint8Array;
  } catch {
    // A Proxy whose prototype cannot be read is not bytes.
  }
  if (!bytes) {
    const got = describeValue(input);
    problems.add(
      [],
      "invalid-input",
      `Expected CSV text (a string) or its bytes (a Uint8Array, such as a Buffer), got ${got.en}; nothing was read`,
      `Cần dữ liệu CSV dạng chuỗi hoặc dạng byte (Uint8Array, ví dụ Buffer), nhận được ${got.vi}; không có gì được đọc`,
    );
    return undefined;
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(input as Uint8Array);
  } catch {
    problems.add(
      [],
      "invalid-encoding",
      "The bytes are not valid UTF-8 text; save the file as UTF-8. Nothing was read",
      "Dữ liệu byte không phải văn bản UTF-8 hợp lệ; hãy lưu tệp ở dạng UTF-8. Không có gì được đọc",
    );
    return undefined;
  }
}
