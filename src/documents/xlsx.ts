// A unit report's figures as an Excel workbook, for the tables sent upward: the headline
// figures first, then every figure of each group by its path, each with the comparison.
import ExcelJS from "exceljs";
import type { PeriodChange } from "../aggregate/index.js";
import { formatPeriod } from "../core/index.js";
import type { UnitReport } from "../reports/index.js";
import { checkReport, type DocumentLanguage, wordsOf } from "./options.js";
import { FIGURE_GROUPS, SUMMARY_FIGURES } from "./wording.js";

/**
 * Options of {@link reportToXlsx}.
 *
 * @category Documents
 * @example
 * ```ts
 * import type { XlsxOptions } from "antt/documents";
 * const options: XlsxOptions = { lang: "vi" };
 * ```
 */
export interface XlsxOptions {
  /** `"vi"` (default) or `"en"`: the sheet names, heads and figure names. */
  readonly lang?: DocumentLanguage | undefined;
}

/** One figure of one period, and its change when the report compares. */
interface FigureRow {
  readonly path: string;
  readonly current: number | null;
  readonly change: PeriodChange | null;
}

const isChange = (v: unknown): v is PeriodChange =>
  typeof v === "object" && v !== null && "current" in v && "previous" in v && "direction" in v;

/** Every number of `figures`, by path, beside its change in `changes` (if any). */
function figureRows(figures: unknown, changes: unknown, path: string, out: FigureRow[]): void {
  if (typeof figures === "number" || isChange(changes)) {
    out.push({
      path,
      current: typeof figures === "number" ? figures : isChange(changes) ? changes.current : null,
      change: isChange(changes) ? changes : null,
    });
    return;
  }
  const a = typeof figures === "object" && figures !== null ? figures : {};
  const b = typeof changes === "object" && changes !== null ? changes : {};
  // Keys of either period: a figure the comparison period alone has is 0 now.
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  for (const key of keys) {
    const value = (a as Record<string, unknown>)[key];
    const changed = (b as Record<string, unknown>)[key];
    if (value === null && changed == null) {
      out.push({ path: `${path}.${key}`, current: null, change: null });
    } else {
      figureRows(value, changed, `${path}.${key}`, out);
    }
  }
}

const COUNT = "#,##0";
const RATE = "#,##0.0";
const RATIO = "0.0%";
const CHANGE = "+#,##0;-#,##0;0";
const PERCENT = "+0.0%;-0.0%;0.0%";

/** The number format of a figure, by the last key of its path. */
function formatOf(path: string): string {
  const key = path.slice(path.lastIndexOf(".") + 1);
  if (key === "ratio") return RATIO;
  if (key === "perThousand" || key === "perTenThousand") return RATE;
  return COUNT;
}

/** A figure's value at a path of the report's figures, or `null`. */
function at(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const key of path.split(".")) {
    if (typeof v !== "object" || v === null || !Object.hasOwn(v, key)) return null;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

/**
 * Writes a unit report's figures as an Excel workbook (.xlsx), for the tables of figures
 * sent upward (biểu số liệu): each figure of the period beside the comparison period's, the
 * change and the change in percent.
 *
 * @description The first sheet ("Tổng hợp") holds the headline figures by name and unit of
 * count (mắt, vụ, lượt, đồng); then one sheet per group of figures (Mô hình, Tổ, Camera,
 * Trích xuất, Vụ việc, Hoạt động, Kinh phí, Công nhận, Lực lượng, Dân số) holds every figure
 * of the group by its path in the report (`cameras.byOwnerKind.household.lenses`). Every
 * sheet names the unit and both periods above its table, freezes its head row, and formats
 * its numbers: counts with thousands separators, changes with their sign, percents as
 * percents. Cells hold numbers, never text, so they add up. When the report compares with
 * nothing, or the dataset does not cover the comparison period, the comparison columns are
 * left empty and the sheet says why. It returns the bytes, in the browser as in Node.
 *
 * @param report - a report from {@link reports!buildUnitReport}
 * @param options - `lang`: `"vi"` (default) or `"en"`
 * @returns the .xlsx file's bytes
 * @category Documents
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema } from "antt";
 * import { reportToXlsx } from "antt/documents";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
 *   ],
 * });
 * const report = buildUnitReport(dataset, { unit: "15532", period: "2024" });
 * const bytes = await reportToXlsx(report, { lang: "vi" });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // true: an .xlsx is a zip
 * ```
 */
export async function reportToXlsx(
  report: UnitReport,
  options: XlsxOptions = {},
): Promise<Uint8Array> {
  const caller = "reportToXlsx";
  const r = checkReport(report, caller);
  const words = wordsOf(options.lang, caller);
  const lang = options.lang ?? "vi";
  const s = words.sheet;
  const covered = r.coverage.comparison;
  const compare =
    r.changes !== null &&
    r.comparison !== null &&
    covered !== "not-covered" &&
    covered !== "partly-covered";
  const changes = compare ? r.changes : null;
  const compared =
    r.comparison === null
      ? s.compared(null)
      : `${s.compared(formatPeriod(r.comparison.period, lang))}${compare ? "" : s.notCovered}`;
  const above = [
    s.unit(r.unit.name, r.unit.code),
    s.period(formatPeriod(r.period, lang)),
    compared,
  ];

  const book = new ExcelJS.Workbook();
  book.creator = "antt";
  const head = [s.current, s.previous, s.change, s.percent];

  /** A sheet: the lines above, the head row frozen, one row per figure. */
  const sheet = (
    name: string,
    first: readonly { header: string; width: number }[],
    rows: readonly { label: readonly string[]; row: FigureRow; format: string }[],
  ) => {
    const ws = book.addWorksheet(name.slice(0, 31), {
      views: [{ state: "frozen", ySplit: above.length + 2, xSplit: first.length }],
    });
    above.forEach((line, i) => {
      const cell = ws.getCell(i + 1, 1);
      cell.value = line;
      cell.font = { bold: i === 0 };
    });
    const headRow = ws.getRow(above.length + 2);
    headRow.values = [...first.map((c) => c.header), ...head];
    headRow.font = { bold: true };
    headRow.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    first.forEach((c, i) => {
      ws.getColumn(i + 1).width = c.width;
    });
    for (let i = 0; i < head.length; i++) ws.getColumn(first.length + i + 1).width = 16;
    for (const { label, row, format } of rows) {
      const c = row.change;
      const added = ws.addRow([
        ...label,
        row.current,
        c ? c.previous : null,
        c ? c.change : null,
        c && c.percent !== null ? c.percent / 100 : null,
      ]);
      const n = first.length;
      added.getCell(n + 1).numFmt = format;
      added.getCell(n + 2).numFmt = format;
      added.getCell(n + 3).numFmt = format === COUNT ? CHANGE : format;
      added.getCell(n + 4).numFmt = PERCENT;
    }
    ws.autoFilter = {
      from: { row: above.length + 2, column: 1 },
      to: { row: above.length + 2, column: first.length + head.length },
    };
  };

  sheet(
    s.summary,
    [
      { header: s.figure, width: 42 },
      { header: s.measure, width: 12 },
    ],
    SUMMARY_FIGURES.map((f) => {
      const current = at(r.figures, f.path);
      const change = at(changes, f.path);
      return {
        label: [f[lang], f.measure[lang]],
        row: {
          path: f.path,
          current: typeof current === "number" ? current : isChange(change) ? change.current : 0,
          change: isChange(change) ? change : null,
        },
        format: COUNT,
      };
    }),
  );
  for (const [group, name] of Object.entries(FIGURE_GROUPS)) {
    const rows: FigureRow[] = [];
    figureRows(at(r.figures, group), at(changes, group), group, rows);
    sheet(
      name[lang],
      [{ header: s.path, width: 60 }],
      rows.map((row) => ({ label: [row.path], row, format: formatOf(row.path) })),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
