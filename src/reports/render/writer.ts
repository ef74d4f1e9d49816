import type { AdminUnitType } from "../../admin/index.js";
import { type PeriodChange, UNASSIGNED } from "../../aggregate/index.js";
import { formatCalendarDate, formatPeriod } from "../../core/calendar-text.js";
import { type Label, type Locale, label } from "../../core/labels.js";
import { formatNumber, formatVnd } from "../../core/money.js";
import type { Period } from "../../core/period.js";
import { INCIDENT_CATEGORY_LABELS, INCIDENT_LEGAL_CLASS_LABELS } from "../../incidents/labels.js";
import { modelKindKeyName, UNKNOWN_MODEL } from "../../models/summary.js";
import type { UnitReport } from "../types.js";
import { type RoundingMode, roundCount, writeCount } from "../wording.js";
import type { ReportLocale, ReportNouns } from "./locale.js";
import type { ReportMessages } from "./messages.js";
import type { ReportFormat } from "./options.js";

export interface Table {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

export interface Section {
  readonly title: string;
  readonly lines: readonly string[];
  readonly tables: readonly Table[];
}

export type ChangeKind = "flow" | "stock" | "money";

/** A noun of the locale, by name; `null` for the number alone. */
export type NounName = keyof ReportNouns | null;

/**
 * What a writer writes for: `markdown`, `text`, or `parts` (the plain strings of
 * {@link renderReportParts}, which carry the tables and exact counts as markdown does, with
 * no markup and no escaping of markup).
 */
export type WriterFormat = ReportFormat | "parts";

export class Writer {
  /** Whether tables and exact counts are written (markdown and parts; not plain text). */
  readonly markdown: boolean;
  /** Whether the strings are markdown, where a table cell escapes "|". */
  private readonly markup: boolean;
  readonly exact: boolean;
  readonly compare: boolean;
  /** The built-in language of numbers, money, dates, periods and code-list labels. */
  readonly style: Locale;
  /** The locale's sentences. */
  readonly m: ReportMessages;
  /** The decimal mark of the style: "," or ".". */
  private readonly decimal: string;

  constructor(
    readonly report: UnitReport,
    readonly locale: ReportLocale,
    format: WriterFormat,
    rounding: RoundingMode,
  ) {
    this.style = locale.style;
    this.m = locale.messages;
    this.decimal = formatNumber(1.5, { locale: this.style }).replace(/\d/g, "");
    this.markdown = format !== "text";
    this.markup = format === "markdown";
    this.exact = rounding === "exact";
    const covered = report.coverage.comparison;
    this.compare =
      report.changes !== null && covered !== "not-covered" && covered !== "partly-covered";
  }

  /** A whole number, exactly. */
  int(n: number): string {
    return formatNumber(n, { locale: this.style, maximumFractionDigits: 0 });
  }

  /** A count in the rounding mode: "trên 5.200", or "5.236" in exact mode. */
  num(n: number): string {
    return writeCount(n, { locale: this.style, rounding: this.exact ? "exact" : "rounded" });
  }

  /** The exact count, when markdown shows a rounded one; else "". */
  exactDigits(n: number): string {
    if (!this.markdown || this.exact || roundCount(n).qualifier === "exact") return "";
    return this.int(n);
  }

  /** The exact count in parentheses, when markdown shows a rounded one: " (5.236)". */
  exactNote(n: number): string {
    const digits = this.exactDigits(n);
    return digits === "" ? "" : ` (${digits})`;
  }

  /** The locale's noun for a count, or `null` when the number stands alone. */
  private noun(n: number, what: NounName): string | null {
    const noun = what === null ? null : this.locale.nouns[what];
    return typeof noun === "function" ? noun(n) : noun;
  }

  /** A count with its noun: "trên 5.200 mắt camera", "over 5,200 camera lenses (5,236)". */
  count(n: number, what: NounName): string {
    return `${this.bare(n, what)}${this.exactNote(n)}`;
  }

  /** A count with its noun, without the exact count in markdown (inside parentheses). */
  bare(n: number, what: NounName): string {
    const word = this.noun(n, what);
    return word === null ? this.num(n) : `${this.num(n)} ${word}`;
  }

  /**
   * A count with its noun and a remark in parentheses, the exact count first in markdown:
   * "trên 5.200 mắt camera (5.236; 1.527 điểm)".
   */
  countWith(n: number, what: NounName, remark: string): string {
    const exact = this.exactDigits(n);
    return `${this.bare(n, what)} (${exact === "" ? "" : `${exact}; `}${remark})`;
  }

  /** An exact count with its noun, for figures given in parentheses: "(1.527 điểm)". */
  exactCount(n: number, what: NounName): string {
    const word = this.noun(n, what);
    return word === null ? this.int(n) : `${this.int(n)} ${word}`;
  }

  vnd(amount: number): string {
    return formatVnd(amount, { locale: this.style, style: this.exact ? "full" : "compact" });
  }

  /** A rate with one decimal: "12,3", "45.0". */
  decimal1(value: number): string {
    const rounded = Math.round(Math.abs(value) * 10) / 10;
    const text = formatNumber(rounded, { locale: this.style, maximumFractionDigits: 1 });
    return /[.,]\d$/.test(text) ? text : `${text}${this.decimal}0`;
  }

  /**
   * A population count as a rate's base: "dân số 12.450 người". Rates are given only over a
   * whole count (the unit's own, or a sum over all the units below), so it needs no note.
   */
  populationBase(measure: "residents" | "households"): string {
    const n = this.report.figures.population[measure] as number;
    return this.m.population[measure](this.int(n), n);
  }

  /** A percentage with one decimal: "4,0%", "91.4%". */
  pct(value: number): string {
    const rounded = Math.round(Math.abs(value) * 10) / 10;
    const text = formatNumber(rounded, { locale: this.style, maximumFractionDigits: 1 });
    return `${/[.,]\d$/.test(text) ? text : `${text}${this.decimal}0`}%`;
  }

  date(day: string, long = false): string {
    return formatCalendarDate(day, { locale: this.style, style: long ? "long" : "short" });
  }

  period(period: Period): string {
    return formatPeriod(period, this.style);
  }

  /** The comparison period as prose refers to it: "cùng kỳ năm 2023", "the first half of 2021". */
  ref(): string {
    const comparison = this.report.comparison as NonNullable<UnitReport["comparison"]>;
    const { start, end, unit } = comparison.period;
    if (comparison.basis === "same-period-last-year") {
      const year = start.slice(0, 4);
      if (year !== end.slice(0, 4)) return this.m.changes.samePeriodYearEarlier;
      return this.m.changes.samePeriodOf({ year, unit });
    }
    return this.m.changes.previousPeriod({ period: this.period(comparison.period), unit });
  }

  significance(change: PeriodChange): string {
    if (change.poisson === null || change.direction === "same") return "";
    return change.poisson.significant ? this.m.changes.significant : this.m.changes.notSignificant;
  }

  /**
   * How a figure moved, without the period it is compared with: "tăng 30 vụ (+7,5%), chưa
   * có ý nghĩa thống kê", "được kiềm chế 10 vụ (giảm 4,0% số vụ)". Empty when there is
   * nothing to compare with.
   */
  delta(
    change: PeriodChange | null | undefined,
    what: NounName,
    kind: ChangeKind,
    options: { readonly curbed?: boolean; readonly ref?: boolean } = {},
  ): string {
    if (!this.compare || !change) return "";
    const m = this.m.changes;
    const ref = options.ref === false ? null : this.ref();
    if (change.direction === "same") return ref === null ? m.unchanged : m.sameAs(ref);
    const abs = change.absoluteChange;
    const amount = kind === "money" ? this.vnd(abs) : this.bare(abs, what);
    // In markdown, the exact change goes inside the parentheses that follow it.
    const exact = kind === "money" ? "" : this.exactDigits(abs);
    const significance = kind === "flow" ? this.significance(change) : "";
    const parts = { amount, exact: exact === "" ? null : exact, ref, significance };
    if (change.percent === null) return m.upFromNone(parts);
    const withPercent = { ...parts, percent: this.pct(change.percent) };
    if (change.direction === "up") return m.up(withPercent);
    return options.curbed ? m.curbed(withPercent) : m.down(withPercent);
  }

  /** The change clause after a figure: ", tăng 30 vụ (+7,5%) so với cùng kỳ năm 2023…". */
  change(
    change: PeriodChange | null | undefined,
    what: NounName,
    kind: ChangeKind,
    options: { readonly curbed?: boolean; readonly ref?: boolean } = {},
  ): string {
    const delta = this.delta(change, what, kind, options);
    return delta === "" ? "" : `, ${delta}`;
  }

  /** A table cell for a change: "+30 (+7,5%)", "−10 (−4,0%)", "+3 (cùng kỳ: 0)". */
  changeCell(change: PeriodChange | null | undefined, money = false): string {
    if (!change) return "";
    if (change.direction === "same") return "0";
    const sign = change.direction === "up" ? "+" : "−";
    const amount = money ? this.vnd(change.absoluteChange) : this.int(change.absoluteChange);
    const pct =
      change.percent === null ? this.m.changes.cellWasNone : `${sign}${this.pct(change.percent)}`;
    return `${sign}${amount} (${pct})`;
  }

  significanceCell(change: PeriodChange | null | undefined): string {
    if (!change?.poisson || change.direction === "same") return "";
    const p = formatNumber(change.poisson.pValue, {
      locale: this.style,
      maximumFractionDigits: 3,
    });
    return change.poisson.significant
      ? this.m.changes.cellSignificant(p)
      : this.m.changes.cellNotSignificant(p);
  }

  code(labels: Readonly<Record<string, Label>>, key: string): string {
    if (key === UNASSIGNED) return this.m.common.unassigned;
    return label(labels, key, this.style);
  }

  modelKind(key: string): string {
    if (key === UNKNOWN_MODEL) return this.m.common.unknownModel;
    if (key === UNASSIGNED) return this.m.common.unassignedKind;
    return modelKindKeyName(key, this.style);
  }

  /** `Toàn huyện`, `Across the district`. */
  whole(): string {
    return this.m.common.whole(this.locale.units[this.report.unit.type].area);
  }

  /** The child units in words: "xã, thị trấn", "communes and townships". */
  children(): string {
    const types = Object.entries(this.report.unit.children.byType)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([type]) => this.locale.units[type as AdminUnitType].children);
    return this.m.common.unitList(types);
  }

  /** The commune-level police of the unit: "Công an xã", "Công an phường", "Công an xã, phường". */
  communePolice(): string {
    const police = this.m.cameras.police;
    const own = this.report.unit.type;
    if (own === "ward") return police.ward;
    if (own === "township") return police.township;
    const types = Object.keys(this.report.unit.children.byType);
    const ward = types.includes("ward");
    const commune = types.some((t) => t !== "ward");
    return ward && commune ? police.communeAndWard : ward ? police.ward : police.commune;
  }

  cell(text: string): string {
    return this.markup ? text.replace(/\|/g, "\\|") : text;
  }
}

/** The order of two distinct keys. */
export function byKey(a: string, b: string): number {
  return a < b ? -1 : 1;
}

/** Keys of a record of counts, largest first, then by key. */
export function largestFirst(record: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(record)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || byKey(a, b));
}

export function changeOf(
  changes: Readonly<Record<string, PeriodChange>> | undefined,
  key: string,
): PeriodChange | undefined {
  return changes && Object.hasOwn(changes, key) ? changes[key] : undefined;
}

const CLASS_ORDER: readonly string[] = Object.keys(INCIDENT_LEGAL_CLASS_LABELS);
const classRank = (code: string) =>
  CLASS_ORDER.includes(code) ? CLASS_ORDER.indexOf(code) : CLASS_ORDER.length;

/**
 * Categories, largest first, each with its legal classes (largest first) where it has more
 * than one: "5 vụ trộm cắp tài sản (4 vụ phạm pháp hình sự, 1 vụ vi phạm hành chính)".
 */
export function categoryList(
  w: Writer,
  record: Readonly<Record<string, number>>,
  classes: Readonly<Record<string, Readonly<Record<string, number>>>> = {},
): string[] {
  return largestFirst(record).map(([k, n]) => {
    // Largest first; ties in the code list's order (criminal offences first).
    const split = Object.entries(Object.hasOwn(classes, k) ? (classes[k] ?? {}) : {})
      .filter(([, count]) => count > 0)
      .sort(([a, x], [b, y]) => y - x || classRank(a) - classRank(b) || byKey(a, b));
    return w.m.footage.category({
      category: w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase(),
      count: w.count(n, "categoryCase"),
      classes:
        split.length < 2
          ? []
          : split.map(([legalClass, count]) =>
              w.m.footage.categoryClass({
                legalClass: w.code(INCIDENT_LEGAL_CLASS_LABELS, legalClass).toLowerCase(),
                count: w.count(count, "categoryCase"),
              }),
            ),
    });
  });
}
