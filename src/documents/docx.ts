// A unit report as a Word document laid out as Vietnamese administrative documents are
// (Decree 30/2020/NĐ-CP, appendix I): the header of the issuing body and the national
// emblem line, the number, place and date, the title, numbered sections, the recipients.
import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Header,
  type ITableCellOptions,
  Packer,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { type ReportTableParts, renderReportParts, type UnitReport } from "../reports/index.js";
import {
  checkReport,
  type DocumentLanguage,
  dayOf,
  placeOf,
  textOption,
  wordsOf,
} from "./options.js";

/**
 * Options of {@link reportToDocx}. Every one has a default taken from the report.
 *
 * @category Documents
 * @example
 * ```ts
 * import type { DocxOptions } from "antt/documents";
 * const options: DocxOptions = {
 *   lang: "vi",
 *   superior: "Công an tỉnh Thanh Hóa",
 *   issuer: "Công an huyện Thọ Xuân",
 *   number: "15/BC-CAH",
 *   place: "Thọ Xuân",
 *   date: "2025-01-05",
 * };
 * ```
 */
export interface DocxOptions {
  /** `"vi"` (default) or `"en"`: the report's text and the document's own words. */
  readonly lang?: DocumentLanguage | undefined;
  /** The issuing body (cơ quan ban hành); default: the police of the report's unit. */
  readonly issuer?: string | undefined;
  /** The body above it (cơ quan chủ quản); default: the police of the unit's parent. */
  readonly superior?: string | undefined;
  /** The number and symbol (số, ký hiệu), "15/BC-CAH"; default: blanks to fill in. */
  readonly number?: string | undefined;
  /** The place in the date line (địa danh); default: the unit's name without its type. */
  readonly place?: string | undefined;
  /** The date of issue: a Date or "YYYY-MM-DD"; default: blanks to fill in. */
  readonly date?: Date | string | undefined;
  /** The title under "BÁO CÁO" (trích yếu); default: the report's title. */
  readonly title?: string | undefined;
  /** The recipients after the report's superior (nơi nhận), each one line. */
  readonly recipients?: readonly string[] | undefined;
  /** The signer's title (chức vụ người ký); default: "THỦ TRƯỞNG ĐƠN VỊ". */
  readonly signer?: string | undefined;
  /** `"rounded"` (default: "trên 5.200 (5.236)", as published reports write) or `"exact"`. */
  readonly rounding?: "rounded" | "exact" | undefined;
}

const FONT = "Times New Roman";
/** Sizes in half-points: 14 pt for the body, 13 pt and 12 pt for the header, 12 pt tables. */
const BODY = 28;
const HEAD = 26;
const SMALL = 24;
const NOTE = 22;

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" } as const;
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
} as const;
const LINE = { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } as const;

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
}

function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size ?? BODY,
    ...(style.bold ? { bold: true } : {}),
    ...(style.italics ? { italics: true } : {}),
    ...(style.underline ? { underline: {} } : {}),
  });
}

function centred(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after },
    children: [run(text, style)],
  });
}

/** A short centred rule under a line of the header: a bordered empty paragraph, indented. */
function rule(indentMm: number): Paragraph {
  const indent = convertMillimetersToTwip(indentMm);
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 40, after: 100, line: 240 },
    border: { top: LINE },
    children: [run("", { size: 4 })],
  });
}

/** A body paragraph: justified, its first line indented, 6 pt between paragraphs. */
function body(
  children: ParagraphChild[],
  options: { before?: number; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    // A heading stays on the page of the paragraph it heads.
    ...(options.keepNext ? { keepNext: true } : {}),
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: convertMillimetersToTwip(10) },
    spacing: { before: options.before ?? 0, after: 120, line: 312 },
    children,
  });
}

function cell(children: Paragraph[], widthPct: number, options: Partial<ITableCellOptions> = {}) {
  return new TableCell({
    children,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    ...options,
  });
}

/**
 * Two blocks side by side in a table without borders, the left one `leftPct` of the width:
 * the document's header (bodies | motto) and its ending (recipients | signature).
 */
function sideBySide(left: Paragraph[], right: Paragraph[], leftPct: number): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell(left, leftPct, { borders: NO_BORDERS }),
          cell(right, 100 - leftPct, { borders: NO_BORDERS }),
        ],
      }),
    ],
  });
}

/**
 * The widths of a table's columns, in percent: each as wide as its longest cell (or the
 * longest word of its head, which may wrap), so that "chưa (p = 0,062)" keeps to one line.
 */
function columnWidths(table: ReportTableParts): number[] {
  const weights = table.head.map((head, i) =>
    Math.max(
      6,
      ...head.split(" ").map((word) => word.length + 2),
      ...table.rows.map((row) => (row[i] ?? "").length + 2),
    ),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (100 * w) / total);
}

/** A table of figures: bold centred heads, the first column left, the others right. */
function figuresTable(table: ReportTableParts): Table {
  const widths = columnWidths(table);
  const margins = { top: 40, bottom: 40, left: 80, right: 80 };
  const head = new TableRow({
    tableHeader: true,
    children: table.head.map((text, i) =>
      cell(
        [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [run(text, { bold: true, size: SMALL })],
          }),
        ],
        widths[i] as number,
        { margins },
      ),
    ),
  });
  const rows = table.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.map((text, i) =>
          cell(
            [
              new Paragraph({
                alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                children: [run(text, { size: SMALL })],
              }),
            ],
            widths[i] as number,
            { margins },
          ),
        ),
      }),
  );
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    layout: TableLayoutType.FIXED,
    rows: [head, ...rows],
  });
}

/**
 * Writes a unit report as a Word document (.docx) in the layout of Vietnamese
 * administrative documents (thể thức văn bản hành chính, Nghị định 30/2020/NĐ-CP): the
 * issuing body above its number on the left, the national emblem line and the motto above
 * the place and date on the right, "BÁO CÁO" and its title, the sections numbered I., II.
 * and their points 1., 2., the tables of figures as Word tables, and the recipients and
 * signature at the end. Times New Roman, 14 pt body, on A4.
 *
 * @description The text is {@link reports!renderReportParts}'s, so the same as
 * {@link reports!renderReport} writes, in Vietnamese or English. Whatever the options leave
 * out comes from the report: the issuing body is the police of the report's unit
 * ("CÔNG AN HUYỆN THỌ XUÂN"), the body above it the police of the parent unit, the place the
 * unit's name without its type ("Thọ Xuân"); the number and the date are left blank to be
 * filled in by hand. It runs in the browser as in Node: it returns the bytes.
 *
 * A bad option (a `lang` other than "vi" or "en", a date that is not a day, a report that
 * is not a unit report) is a `TypeError` naming it, in English and Vietnamese.
 *
 * @param report - a report from {@link reports!buildUnitReport}
 * @param options - the header's bodies, number, place and date, the title, the language
 * @returns the .docx file's bytes
 * @category Documents
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema } from "antt";
 * import { reportToDocx } from "antt/documents";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
 *   ],
 * });
 * const report = buildUnitReport(dataset, { unit: "15532", period: "2024" });
 * const bytes = await reportToDocx(report, { number: "15/BC-CAX", date: "2025-01-05" });
 * bytes[0] === 0x50 && bytes[1] === 0x4b; // true: a .docx is a zip
 * ```
 */
export async function reportToDocx(
  report: UnitReport,
  options: DocxOptions = {},
): Promise<Uint8Array> {
  const caller = "reportToDocx";
  const r = checkReport(report, caller);
  const words = wordsOf(options.lang, caller);
  const date = dayOf(options.date, caller);
  for (const name of ["issuer", "superior", "number", "place", "title", "signer"] as const) {
    textOption(options[name], name, caller);
  }
  if (
    options.rounding !== undefined &&
    options.rounding !== "rounded" &&
    options.rounding !== "exact"
  ) {
    throw new TypeError(
      `${caller}: invalid option rounding ${JSON.stringify(options.rounding)}: expected "rounded" or "exact" (tùy chọn rounding chỉ nhận "rounded" hoặc "exact")`,
    );
  }
  const recipients = options.recipients ?? [];
  if (!Array.isArray(recipients) || recipients.some((x) => typeof x !== "string")) {
    throw new TypeError(
      `${caller}: option recipients must be a list of strings (tùy chọn recipients phải là danh sách chuỗi ký tự)`,
    );
  }
  const lang = options.lang ?? "vi";
  const parts = renderReportParts(r, { locale: lang, rounding: options.rounding ?? "rounded" });
  const upper = (text: string) => text.toLocaleUpperCase(lang);

  const parent = r.unit.parent;
  const superior = options.superior ?? (parent ? words.policeOf(parent.name) : "");
  const issuer = options.issuer ?? words.policeOf(r.unit.name);
  const number = options.number === undefined ? words.blankNumber : words.number(options.number);
  const place = options.place ?? placeOf(r.unit.name);

  // The header: two columns without borders (Decree 30, appendix I, the layout of a report).
  const left: Paragraph[] = [];
  if (superior !== "") left.push(centred(upper(superior), { size: HEAD }));
  left.push(
    centred(upper(issuer), { bold: true, size: HEAD }),
    rule(22),
    centred(number, { size: HEAD }),
  );
  const right = [
    centred(words.nation, { bold: true, size: SMALL }),
    centred(words.motto, { bold: true, size: BODY }),
    rule(20),
    centred(words.placeAndDate(place, date), { italics: true, size: BODY }),
  ];
  const header = sideBySide(left, right, 42);

  // The title: "BÁO CÁO", then what it is about, then the unit and period.
  const kind = words.documentKind;
  const title =
    options.title ??
    (parts.title.startsWith(`${kind} `) ? parts.title.slice(kind.length + 1) : parts.title);
  const [unitAndPeriod, ...meta] = parts.meta;
  const titleBlock = [
    new Paragraph({ spacing: { before: 360, after: 0 }, children: [] }),
    centred(kind, { bold: true, size: BODY }),
    centred(title, { bold: true, size: BODY }),
    centred(unitAndPeriod ?? "", { bold: true, size: BODY }),
    rule(65),
  ];
  const notes: Paragraph[] = meta.map(
    (line) =>
      new Paragraph({
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: convertMillimetersToTwip(10) },
        spacing: { before: 0, after: 60 },
        children: [run(line, { italics: true, size: SMALL })],
      }),
  );
  if (notes.length > 0) notes.push(new Paragraph({ spacing: { after: 120 }, children: [] }));

  const sections = parts.sections.flatMap((section, i) => {
    const out: (Paragraph | Table)[] = [
      body([run(`${ROMAN[i] ?? i + 1}. ${upper(section.title)}`, { bold: true })], {
        before: 120,
        keepNext: true,
      }),
    ];
    section.lines.forEach((line, j) => {
      out.push(body([run(`${j + 1}. ${line}`)]));
    });
    for (const table of section.tables) {
      out.push(figuresTable(table), new Paragraph({ spacing: { after: 120 }, children: [] }));
    }
    return out;
  });

  // The recipients on the left, the signature on the right.
  const sent = [
    ...(superior === "" ? [] : [words.reportTo(superior)]),
    ...recipients,
    words.archive,
  ];
  const ending = sideBySide(
    [
      new Paragraph({
        children: [run(words.recipientsTitle, { bold: true, italics: true, size: SMALL })],
      }),
      ...sent.map((line) => new Paragraph({ children: [run(`- ${line}`, { size: NOTE })] })),
    ],
    [
      centred(upper(options.signer ?? words.signer), { bold: true, size: BODY }, 0),
      centred(words.signHint, { italics: true, size: SMALL }),
    ],
    50,
  );

  const document = new Document({
    creator: issuer,
    title: `${kind} ${title}`,
    description: unitAndPeriod ?? "",
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(20),
              left: convertMillimetersToTwip(30),
              right: convertMillimetersToTwip(15),
            },
          },
        },
        // Decree 30: the page number centred at the top, from the second page.
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: HEAD })],
              }),
            ],
          }),
          first: new Header({ children: [] }),
        },
        children: [header, ...titleBlock, ...notes, ...sections, ending],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
