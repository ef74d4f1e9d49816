import type { Issue, Label, Locale } from "../core/index.js";
import { problemEntry } from "./catalogue/index.js";
import type { ProblemSeverity } from "./types.js";

/**
 * What {@link qualityReport} counts and keeps.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { QualityOptions } from "antt/problems";
 * const options: QualityOptions = { skip: ["ANTT-W760"], worst: 5 };
 * ```
 */
export interface QualityOptions {
  /**
   * The input that was checked (a dataset as parsed JSON): its records are counted per
   * collection and per unit, so that rates have a denominator. Without it, only records
   * with problems are known.
   */
  readonly input?: unknown;
  /** Keep only problems with these codes or catalogue numbers (`too_small`, `ANTT-E102`). */
  readonly pick?: readonly string[];
  /** Leave out problems with these codes or catalogue numbers. */
  readonly skip?: readonly string[];
  /** Keep only problems of these severities. */
  readonly severities?: readonly ProblemSeverity[];
  /** How many of the records with the most problems to list; 10 unless given. */
  readonly worst?: number;
  /**
   * The unit a record's `unitCode` is counted under; by default the code before any `.`
   * (a village `15532.thon-3` counts under its commune `15532`).
   */
  readonly unitOf?: (unitCode: string) => string;
}

/**
 * Problems of one kind, with their catalogue entry.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { QualityByCode } from "antt/problems";
 * const row: QualityByCode = {
 *   code: "too_small", id: "ANTT-E102", severity: "error",
 *   title: { vi: "Giá trị quá nhỏ hoặc quá ngắn", en: "Too small or too short" }, count: 3,
 * };
 * ```
 */
export interface QualityByCode {
  /** The problem's code. */
  readonly code: string;
  /** Its catalogue number, or `ANTT-?` for a code not in the catalogue. */
  readonly id: string;
  /** How serious it is. */
  readonly severity: ProblemSeverity;
  /** Its name. */
  readonly title: Label;
  /** How many problems of this kind. */
  readonly count: number;
}

/**
 * The records of one collection or one unit, and how many of them have a problem.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { QualityGroup } from "antt/problems";
 * const cameras: QualityGroup = { key: "cameras", records: 120, withErrors: 6, problems: 9, errorRate: 0.05 };
 * ```
 */
export interface QualityGroup {
  /** The collection (`cameras`) or unit code (`15532`); `(unknown)` for a record without one. */
  readonly key: string;
  /** Records given (known only with `input`; else those with problems). */
  readonly records: number;
  /** Records with at least one error. */
  readonly withErrors: number;
  /** Problems counted in the group. */
  readonly problems: number;
  /** `withErrors / records`, 0 for no records. */
  readonly errorRate: number;
}

/**
 * One record with problems, among the worst.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { QualityRecord } from "antt/problems";
 * const worst: QualityRecord = {
 *   collection: "cameras", index: 3, id: "cam-4", unitCode: "15532", problems: 4, codes: ["too_small", "invalid_type"],
 * };
 * ```
 */
export interface QualityRecord {
  /** Its collection; `(input)` for a problem outside any collection. */
  readonly collection: string;
  /** Its position in the collection, from 0; -1 outside any collection. */
  readonly index: number;
  /** Its `id`, when it has a readable one. */
  readonly id?: string;
  /** Its unit code, when it has a readable one. */
  readonly unitCode?: string;
  /** How many problems it has. */
  readonly problems: number;
  /** The codes of its problems, each once, most frequent first. */
  readonly codes: readonly string[];
}

/**
 * The quality of a dataset or an import: how many problems of which kind, where (per
 * collection and per unit) and in which records.
 *
 * @category Problems
 * @example
 * ```ts
 * import { qualityReport } from "antt/problems";
 * const report = qualityReport([]);
 * report.total; // 0
 * ```
 */
export interface QualityReport {
  /** Problems counted, after the filters. */
  readonly total: number;
  /** Problems counted, by severity. */
  readonly bySeverity: { readonly [S in ProblemSeverity]: number };
  /** Problems by kind, most frequent first (then by catalogue number). */
  readonly byCode: readonly QualityByCode[];
  /** Records and problems per collection, worst error rate first. */
  readonly byCollection: readonly QualityGroup[];
  /** Records and problems per unit, worst error rate first. */
  readonly byUnit: readonly QualityGroup[];
  /** The records with the most problems, most first. */
  readonly worstRecords: readonly QualityRecord[];
  /** Problems left out by the filters. */
  readonly filteredOut: number;
}

interface Tally {
  records: number;
  errorRecords: Set<number | string>;
  problems: number;
}

const UNKNOWN = "(unknown)";
const OUTSIDE = "(input)";

function recordAt(input: unknown, collection: string, index: number): unknown {
  if (typeof input !== "object" || input === null) return undefined;
  const list = (input as Record<string, unknown>)[collection];
  return Array.isArray(list) ? list[index] : undefined;
}

function textField(record: unknown, key: string): string | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const value = (record as Record<string, unknown>)[key];
  return typeof value === "string" && value !== "" ? value : undefined;
}

const defaultUnitOf = (code: string): string => {
  const dot = code.indexOf(".");
  return dot < 0 ? code : code.slice(0, dot);
};

/**
 * Counts the problems of a validation or an import: by kind (with the catalogue's number
 * and severity), by collection and by unit (with the share of records that have an
 * error), and lists the records with the most problems.
 *
 * @description Made for a district checking its communes' submissions: which commune's
 * data is unfit, and why. Give the checked input as `input` so that rates count every
 * record, not only those with problems. `pick`, `skip` and `severities` filter by code,
 * catalogue number or severity; what they leave out is counted in `filteredOut`, never
 * lost. Render it with {@link renderQualityReport}.
 *
 * @param issues - the issues of `validateDataset`, `validate` or an import
 * @param options - the input, filters and how many worst records to list
 * @returns the report
 * @category Problems
 * @example
 * ```ts
 * import { validateDataset } from "antt";
 * import { qualityReport } from "antt/problems";
 * const input = {
 *   schemaVersion: "1.0",
 *   cameras: [{ id: "cam-1", unitCode: "15532", lenses: -1 }],
 * };
 * const result = validateDataset(input);
 * const report = qualityReport(result.success ? [] : result.issues, { input });
 * report.byUnit[0]?.key;       // "15532"
 * report.byUnit[0]?.errorRate; // 1
 * ```
 */
export function qualityReport(
  issues: readonly Issue[],
  options: QualityOptions = {},
): QualityReport {
  const pick = options.pick ? new Set(options.pick) : undefined;
  const skip = new Set(options.skip ?? []);
  const severities = options.severities ? new Set(options.severities) : undefined;
  const unitOf = options.unitOf ?? defaultUnitOf;
  const input = options.input;

  const collections = new Map<string, Tally>();
  const units = new Map<string, Tally>();
  const tally = (map: Map<string, Tally>, key: string): Tally => {
    let t = map.get(key);
    if (!t) {
      t = { records: 0, errorRecords: new Set(), problems: 0 };
      map.set(key, t);
    }
    return t;
  };
  // Every record of the input, so that a unit or collection without problems shows too.
  const unitOfRecord = new Map<string, string>();
  if (typeof input === "object" && input !== null) {
    for (const [collection, list] of Object.entries(input as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      const c = tally(collections, collection);
      list.forEach((record, index) => {
        c.records += 1;
        const code = textField(record, "unitCode");
        const unit = code === undefined ? UNKNOWN : unitOf(code);
        tally(units, unit).records += 1;
        unitOfRecord.set(`${collection}\u0000${index}`, unit);
      });
    }
  }

  const bySeverity = { error: 0, warning: 0, info: 0 };
  const byCode = new Map<string, number>();
  const records = new Map<
    string,
    { collection: string; index: number; codes: Map<string, number> }
  >();
  let total = 0;
  let filteredOut = 0;
  for (const issue of issues) {
    const entry = problemEntry(issue.code);
    const severity: ProblemSeverity = entry?.severity ?? "error";
    const id = entry?.id;
    const kept =
      (!pick || pick.has(issue.code) || (id !== undefined && pick.has(id))) &&
      !skip.has(issue.code) &&
      !(id !== undefined && skip.has(id)) &&
      (!severities || severities.has(severity));
    if (!kept) {
      filteredOut += 1;
      continue;
    }
    total += 1;
    bySeverity[severity] += 1;
    byCode.set(issue.code, (byCode.get(issue.code) ?? 0) + 1);

    const [first, second] = issue.path;
    const inCollection = typeof first === "string" && typeof second === "number";
    const collection = inCollection ? first : OUTSIDE;
    const index = inCollection ? second : -1;
    const key = `${collection}\u0000${index}`;
    let unit = unitOfRecord.get(key);
    if (unit === undefined) {
      const code = textField(recordAt(input, collection, index), "unitCode");
      unit = code === undefined ? UNKNOWN : unitOf(code);
      if (input === undefined || !inCollection) {
        // Without the input, a record with problems is the only record known.
        const c = tally(collections, collection);
        const u = tally(units, unit);
        if (!records.has(key)) {
          c.records += 1;
          u.records += 1;
        }
      }
    }
    const c = tally(collections, collection);
    const u = tally(units, unit);
    c.problems += 1;
    u.problems += 1;
    if (severity === "error") {
      c.errorRecords.add(key);
      u.errorRecords.add(key);
    }
    let record = records.get(key);
    if (!record) {
      record = { collection, index, codes: new Map() };
      records.set(key, record);
    }
    record.codes.set(issue.code, (record.codes.get(issue.code) ?? 0) + 1);
  }

  const groups = (map: Map<string, Tally>): QualityGroup[] =>
    [...map]
      .map(([key, t]) => ({
        key,
        records: t.records,
        withErrors: t.errorRecords.size,
        problems: t.problems,
        errorRate: t.records === 0 ? 0 : t.errorRecords.size / t.records,
      }))
      .sort(
        (a, b) => b.errorRate - a.errorRate || b.problems - a.problems || compare(a.key, b.key),
      );

  const worst = [...records.values()]
    .map((r) => {
      const record = recordAt(input, r.collection, r.index);
      const id = textField(record, "id");
      const unitCode = textField(record, "unitCode");
      const count = [...r.codes.values()].reduce((a, b) => a + b, 0);
      const codes = [...r.codes].sort((a, b) => b[1] - a[1] || compare(a[0], b[0])).map(([c]) => c);
      return {
        collection: r.collection,
        index: r.index,
        ...(id !== undefined ? { id } : {}),
        ...(unitCode !== undefined ? { unitCode } : {}),
        problems: count,
        codes,
      };
    })
    .sort(
      (a, b) => b.problems - a.problems || compare(a.collection, b.collection) || a.index - b.index,
    )
    .slice(0, Math.max(0, options.worst ?? 10));

  return {
    total,
    bySeverity,
    byCode: [...byCode]
      .map(([code, count]) => {
        const entry = problemEntry(code);
        return {
          code,
          id: entry?.id ?? "ANTT-?",
          severity: entry?.severity ?? ("error" as const),
          title: entry?.title ?? { vi: code, en: code },
          count,
        };
      })
      .sort((a, b) => b.count - a.count || compare(a.id, b.id) || compare(a.code, b.code)),
    byCollection: groups(collections),
    byUnit: groups(units),
    worstRecords: worst,
    filteredOut,
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * How {@link renderQualityReport} writes a report.
 *
 * @category Problems
 * @example
 * ```ts
 * import type { QualityRenderOptions } from "antt/problems";
 * const options: QualityRenderOptions = { format: "markdown", locale: "vi" };
 * ```
 */
export interface QualityRenderOptions {
  /** `text` (the default), `markdown` or `json`. */
  readonly format?: "text" | "markdown" | "json";
  /** The language of the text; `vi` unless given. */
  readonly locale?: Locale;
}

const WORDS = {
  vi: {
    title: "Chất lượng dữ liệu",
    total: (n: number, e: number, w: number, i: number) =>
      `${n} vấn đề: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
    none: "Không có vấn đề nào.",
    filtered: (n: number) => `${n} vấn đề bị bộ lọc loại ra.`,
    byCode: "Theo loại vấn đề",
    byCollection: "Theo tập bản ghi",
    byUnit: "Theo đơn vị",
    worst: "Bản ghi có nhiều vấn đề nhất",
    code: "Mã",
    kind: "Vấn đề",
    count: "Số lượng",
    key: { collection: "Tập bản ghi", unit: "Đơn vị" },
    records: "Bản ghi",
    withErrors: "Có lỗi",
    rate: "Tỷ lệ lỗi",
    record: "Bản ghi",
    problems: "Số vấn đề",
    codes: "Các mã",
    percent: (x: number) => `${(x * 100).toLocaleString("vi-VN", { maximumFractionDigits: 1 })}%`,
    recordName: (r: QualityRecord) =>
      r.index < 0
        ? "Ngoài các tập bản ghi"
        : `${r.collection} thứ ${r.index + 1}${r.id ? ` (${r.id})` : ""}`,
  },
  en: {
    title: "Data quality",
    total: (n: number, e: number, w: number, i: number) =>
      `${n} problems: ${e} errors, ${w} warnings, ${i} notes.`,
    none: "No problems.",
    filtered: (n: number) => `${n} problems left out by the filters.`,
    byCode: "By kind of problem",
    byCollection: "By collection",
    byUnit: "By unit",
    worst: "Records with the most problems",
    code: "Code",
    kind: "Problem",
    count: "Count",
    key: { collection: "Collection", unit: "Unit" },
    records: "Records",
    withErrors: "With errors",
    rate: "Error rate",
    record: "Record",
    problems: "Problems",
    codes: "Codes",
    percent: (x: number) => `${(x * 100).toLocaleString("en-GB", { maximumFractionDigits: 1 })}%`,
    recordName: (r: QualityRecord) =>
      r.index < 0
        ? "Outside the collections"
        : `${r.collection} ${r.index + 1}${r.id ? ` (${r.id})` : ""}`,
  },
} as const;

/**
 * Writes a {@link QualityReport} as plain text, markdown tables or JSON, in Vietnamese or
 * English.
 *
 * @param report - from {@link qualityReport}
 * @param options - the format (`text`, `markdown`, `json`) and the language
 * @returns the text
 * @category Problems
 * @example
 * ```ts
 * import { qualityReport, renderQualityReport } from "antt/problems";
 * renderQualityReport(qualityReport([]), { format: "text", locale: "vi" });
 * // "Chất lượng dữ liệu\nKhông có vấn đề nào.\n"
 * ```
 */
export function renderQualityReport(
  report: QualityReport,
  options: QualityRenderOptions = {},
): string {
  const format = options.format ?? "text";
  if (format === "json") return `${JSON.stringify(report, null, 2)}\n`;
  const locale = options.locale ?? "vi";
  const w = WORDS[locale];
  const md = format === "markdown";
  const lines: string[] = [md ? `# ${w.title}` : w.title];
  const s = report.bySeverity;
  lines.push(report.total === 0 ? w.none : w.total(report.total, s.error, s.warning, s.info));
  if (report.filteredOut > 0) lines.push(w.filtered(report.filteredOut));
  const table = (title: string, head: string[], rows: string[][]) => {
    if (rows.length === 0) return;
    lines.push("");
    if (md) {
      lines.push(
        `## ${title}`,
        "",
        `| ${head.join(" | ")} |`,
        `|${head.map(() => "---").join("|")}|`,
      );
      for (const row of rows)
        lines.push(`| ${row.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`);
    } else {
      lines.push(`${title}:`);
      for (const row of rows) lines.push(`  ${row.join(" · ")}`);
    }
  };
  if (report.total > 0) {
    table(
      w.byCode,
      [w.code, w.kind, w.count],
      report.byCode.map((r) => [r.id, `${r.title[locale]} (${r.code})`, String(r.count)]),
    );
    const groupRows = (groups: readonly QualityGroup[]) =>
      groups
        .filter((g) => g.problems > 0 || g.records > 0)
        .map((g) => [
          g.key,
          String(g.records),
          String(g.withErrors),
          w.percent(g.errorRate),
          String(g.problems),
        ]);
    table(
      w.byCollection,
      [w.key.collection, w.records, w.withErrors, w.rate, w.problems],
      groupRows(report.byCollection),
    );
    table(
      w.byUnit,
      [w.key.unit, w.records, w.withErrors, w.rate, w.problems],
      groupRows(report.byUnit),
    );
    table(
      w.worst,
      [w.record, w.problems, w.codes],
      report.worstRecords.map((r) => [w.recordName(r), String(r.problems), r.codes.join(", ")]),
    );
  }
  return `${lines.join("\n")}\n`;
}
