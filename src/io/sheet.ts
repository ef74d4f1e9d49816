// Reads a sheet row by row, whatever the source (XLSX or CSV): finds the header row, skips
// a template's note row and empty rows, reads each data row into a record or problems.
import type { ImportKind } from "./columns.js";
import { noteOf } from "./notes.js";
import type { ImportProblem } from "./problems.js";
import {
  isEmptyRow,
  mapHeader,
  RowReader as Reader,
  type RowReader,
  type UnitIndex,
} from "./rows.js";
import { textKey } from "./text.js";
import { cellText, plainCell } from "./values.js";

/** How far down the header row is looked for. */
export const HEADER_SEARCH_ROWS = 10;

/** What one row of the file was. */
export type RowStep<T> =
  | { readonly kind: "skip" }
  | { readonly kind: "header"; readonly problems: ImportProblem[] }
  | { readonly kind: "data"; readonly record?: T; readonly problems: ImportProblem[] };

/** Reads a sheet's rows in order. */
export class SheetReader<T> {
  private reader: RowReader<T> | undefined;
  private seen = 0;
  private noteChecked = false;
  private notes: Map<number, Set<string>> | undefined;

  constructor(
    private readonly kind: ImportKind,
    private readonly sheet: string | undefined,
    private readonly units: UnitIndex | undefined,
  ) {}

  /** Whether the header row was found. */
  get started(): boolean {
    return this.reader !== undefined;
  }

  /** Reads one row (cells by column index from 0; `row` counted from 1). */
  push(cells: readonly unknown[], row: number): RowStep<T> {
    if (isEmptyRow(cells)) return { kind: "skip" };
    if (!this.reader) {
      this.seen++;
      const header = mapHeader(this.kind, cells, row, this.sheet);
      const filled = cells.filter((cell) => (cellText(plainCell(cell)) ?? "").trim() !== "").length;
      if (header.matched >= 2 || (header.matched >= 1 && header.matched === filled)) {
        this.reader = new Reader<T>(this.kind, header.columns, this.sheet, this.units);
        this.notes = new Map(
          header.columns.map((c) => [
            c.index,
            new Set([textKey(noteOf(c.column, "vi")), textKey(noteOf(c.column, "en"))]),
          ]),
        );
        return { kind: "header", problems: header.problems };
      }
      return { kind: "skip" };
    }
    if (!this.noteChecked) {
      this.noteChecked = true;
      if (this.isNoteRow(cells)) return { kind: "skip" };
    }
    const outcome = this.reader.read(cells, row);
    return { kind: "data", ...outcome };
  }

  /** Whether the header was looked for long enough to give up. */
  get gaveUp(): boolean {
    return !this.reader && this.seen >= HEADER_SEARCH_ROWS;
  }

  /** A template's note row: most of its cells are the notes of their columns. */
  private isNoteRow(cells: readonly unknown[]): boolean {
    let notes = 0;
    let filled = 0;
    cells.forEach((cell, index) => {
      const text = cellText(plainCell(cell));
      if (text === undefined || text.trim() === "") return;
      filled++;
      if (this.notes?.get(index)?.has(textKey(text))) notes++;
    });
    return filled > 0 && notes * 2 >= filled;
  }

  /** The problem of a sheet without a header row. */
  noHeader(): ImportProblem {
    return {
      code: "import-no-header",
      severity: "error",
      ...(this.sheet === undefined ? {} : { sheet: this.sheet }),
      row: 1,
      message: {
        vi: `Không tìm thấy dòng tiêu đề trong ${HEADER_SEARCH_ROWS} dòng đầu: cần ít nhất hai cột có tiêu đề của mẫu (ví dụ "Mã điểm camera", "Mã đơn vị hành chính")`,
        en: `No header row in the first ${HEADER_SEARCH_ROWS} rows: at least two columns need a header of the template (such as "Mã điểm camera", "Mã đơn vị hành chính")`,
      },
    };
  }
}
