import { ADMIN_UNIT_TYPE_LABELS, type AdminUnitType } from "../../admin/index.js";
import { type PeriodChange, UNASSIGNED } from "../../aggregate/index.js";
import type { Period } from "../../core/calendar.js";
import { formatCalendarDate, formatPeriod } from "../../core/calendar-text.js";
import { type Label, type Locale, label } from "../../core/labels.js";
import { formatNumber, formatVnd } from "../../core/money.js";
import { INCIDENT_CATEGORY_LABELS } from "../../incidents/index.js";
import { modelKindKeyName, UNKNOWN_MODEL } from "../../models/index.js";
import type { UnitReport } from "../types.js";
import { type RoundingMode, roundCount, writeCount } from "../wording.js";
import type { ReportFormat } from "./options.js";
import { N, type Noun, unitPluralEn, unitWord } from "./words.js";

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

export class Writer {
  readonly vi: boolean;
  readonly markdown: boolean;
  readonly exact: boolean;
  readonly compare: boolean;

  constructor(
    readonly report: UnitReport,
    readonly locale: Locale,
    format: ReportFormat,
    rounding: RoundingMode,
  ) {
    this.vi = locale === "vi";
    this.markdown = format === "markdown";
    this.exact = rounding === "exact";
    const covered = report.coverage.comparison;
    this.compare =
      report.changes !== null && covered !== "not-covered" && covered !== "partly-covered";
  }

  /** The Vietnamese or the English wording. */
  t(vi: string, en: string): string {
    return this.vi ? vi : en;
  }

  /** A whole number, exactly. */
  int(n: number): string {
    return formatNumber(n, { locale: this.locale, maximumFractionDigits: 0 });
  }

  /** A count in the rounding mode: "trên 5.200", or "5.236" in exact mode. */
  num(n: number): string {
    return writeCount(n, { locale: this.locale, rounding: this.exact ? "exact" : "rounded" });
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

  /** A count with its noun: "trên 5.200 mắt camera", "over 5,200 camera lenses (5,236)". */
  count(n: number, what: Noun): string {
    return `${this.bare(n, what)}${this.exactNote(n)}`;
  }

  /** A count with its noun, without the exact count in markdown (inside parentheses). */
  bare(n: number, what: Noun): string {
    const word = this.vi ? what.vi : n === 1 ? what.en[0] : what.en[1];
    return `${this.num(n)} ${word}`;
  }

  /**
   * A count with its noun and a remark in parentheses, the exact count first in markdown:
   * "trên 5.200 mắt camera (5.236; 1.527 điểm)".
   */
  countWith(n: number, what: Noun, remark: string): string {
    const exact = this.exactDigits(n);
    return `${this.bare(n, what)} (${exact === "" ? "" : `${exact}; `}${remark})`;
  }

  /** An exact count with its noun, for figures given in parentheses: "(1.527 điểm)". */
  exactCount(n: number, what: Noun): string {
    const word = this.vi ? what.vi : n === 1 ? what.en[0] : what.en[1];
    return `${this.int(n)} ${word}`;
  }

  vnd(amount: number): string {
    return formatVnd(amount, { locale: this.locale, style: this.exact ? "full" : "compact" });
  }

  /** A percentage with one decimal: "4,0%", "91.4%". */
  pct(value: number): string {
    const rounded = Math.round(Math.abs(value) * 10) / 10;
    const text = formatNumber(rounded, { locale: this.locale, maximumFractionDigits: 1 });
    return `${/[.,]\d$/.test(text) ? text : `${text}${this.vi ? ",0" : ".0"}`}%`;
  }

  date(day: string, long = false): string {
    return formatCalendarDate(day, { locale: this.locale, style: long ? "long" : "short" });
  }

  period(period: Period): string {
    return formatPeriod(period, this.locale);
  }

  /** The comparison period as prose refers to it: "cùng kỳ năm 2023", "the first half of 2021". */
  ref(): string {
    const comparison = this.report.comparison as NonNullable<UnitReport["comparison"]>;
    const { start, end, unit } = comparison.period;
    if (comparison.basis === "same-period-last-year") {
      const year = start.slice(0, 4);
      if (year !== end.slice(0, 4))
        return this.t("cùng kỳ năm trước", "the same period a year earlier");
      if (unit === "year") return this.t(`cùng kỳ năm ${year}`, year);
      return this.t(`cùng kỳ năm ${year}`, `the same period of ${year}`);
    }
    const words = this.period(comparison.period);
    return !this.vi && unit === "half" ? `the ${words}` : words;
  }

  significance(change: PeriodChange): string {
    if (change.poisson === null || change.direction === "same") return "";
    return change.poisson.significant
      ? this.t(", có ý nghĩa thống kê", ", statistically significant")
      : this.t(", chưa có ý nghĩa thống kê", ", not statistically significant");
  }

  /**
   * How a figure moved, without the period it is compared with: "tăng 30 vụ (+7,5%), chưa
   * có ý nghĩa thống kê", "được kiềm chế 10 vụ (giảm 4,0% số vụ)". Empty when there is
   * nothing to compare with.
   */
  delta(
    change: PeriodChange | null | undefined,
    what: Noun | null,
    kind: ChangeKind,
    options: { readonly curbed?: boolean; readonly ref?: boolean } = {},
  ): string {
    if (!this.compare || !change) return "";
    const ref = options.ref === false ? "" : this.t(` so với ${this.ref()}`, ` from ${this.ref()}`);
    if (change.direction === "same") {
      return options.ref === false
        ? this.t("không thay đổi", "unchanged")
        : this.t(`bằng ${this.ref()}`, `the same as in ${this.ref()}`);
    }
    const abs = change.absoluteChange;
    const amount = kind === "money" ? this.vnd(abs) : what ? this.bare(abs, what) : this.num(abs);
    // In markdown, the exact change goes inside the parentheses that follow it.
    const exact = kind === "money" ? "" : this.exactDigits(abs);
    const up = change.direction === "up";
    const flow = kind === "flow" ? this.significance(change) : "";
    if (change.percent === null) {
      const then = exact === "" ? "" : `${exact}; `;
      return this.t(
        `tăng ${amount}${ref} (${then}khi đó chưa có)${flow}`,
        `up ${amount}${ref} (${then}none then)${flow}`,
      );
    }
    const lead = exact === "" ? "" : `${exact}; `;
    const pct = this.pct(change.percent);
    if (!up && options.curbed) {
      return this.t(
        `được kiềm chế ${amount} (${lead}giảm ${pct} số vụ)${ref}${flow}`,
        `curbed by ${amount} (${lead}${pct} fewer)${ref}${flow}`,
      );
    }
    return this.t(
      `${up ? "tăng" : "giảm"} ${amount} (${lead}${up ? "+" : "−"}${pct})${ref}${flow}`,
      `${up ? "up" : "down"} ${amount} (${lead}${up ? "+" : "−"}${pct})${ref}${flow}`,
    );
  }

  /** The change clause after a figure: ", tăng 30 vụ (+7,5%) so với cùng kỳ năm 2023…". */
  change(
    change: PeriodChange | null | undefined,
    what: Noun | null,
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
      change.percent === null
        ? this.t("cùng kỳ: 0", "was 0")
        : `${sign}${this.pct(change.percent)}`;
    return `${sign}${amount} (${pct})`;
  }

  significanceCell(change: PeriodChange | null | undefined): string {
    if (!change?.poisson || change.direction === "same") return "";
    const p = formatNumber(change.poisson.pValue, {
      locale: this.locale,
      maximumFractionDigits: 3,
    });
    return change.poisson.significant
      ? this.t(`có (p = ${p})`, `yes (p = ${p})`)
      : this.t(`chưa (p = ${p})`, `no (p = ${p})`);
  }

  code(labels: Readonly<Record<string, Label>>, key: string): string {
    if (key === UNASSIGNED) return this.t("Chưa phân loại", "Unassigned");
    return label(labels, key, this.locale);
  }

  modelKind(key: string): string {
    if (key === UNKNOWN_MODEL)
      return this.t("mô hình không có trong dữ liệu", "model not in the dataset");
    if (key === UNASSIGNED) return this.t("chưa phân loại", "unassigned");
    return modelKindKeyName(key, this.locale);
  }

  /** `Toàn huyện`, `Across the district`. */
  whole(): string {
    const word = unitWord(this.report.unit.type, this.locale);
    return this.t(`Toàn ${word}`, `Across the ${word}`);
  }

  /** The child units in words: "xã, thị trấn", "communes and townships". */
  children(): string {
    const types = Object.entries(this.report.unit.children.byType)
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
      .map(([type]) => type as AdminUnitType);
    if (this.vi) return types.map((t) => label(ADMIN_UNIT_TYPE_LABELS, t).toLowerCase()).join(", ");
    const words = types.map(unitPluralEn);
    return [words.slice(0, -1).join(", "), words.at(-1)].filter(Boolean).join(" and ");
  }

  /** The commune-level police of the unit: "Công an xã", "Công an phường", "Công an xã, phường". */
  communePolice(): string {
    if (!this.vi) return "commune police";
    const own = this.report.unit.type;
    if (own === "ward") return "Công an phường";
    if (own === "township") return "Công an thị trấn";
    const types = Object.keys(this.report.unit.children.byType);
    const ward = types.includes("ward");
    const commune = types.some((t) => t !== "ward");
    return ward && commune ? "Công an xã, phường" : ward ? "Công an phường" : "Công an xã";
  }

  cell(text: string): string {
    return text.replace(/\|/g, "\\|");
  }
}

/** The sentence with its first letter in capitals. */
export function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
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

export function categoryList(w: Writer, record: Readonly<Record<string, number>>): string {
  return largestFirst(record)
    .map(([k, n]) =>
      w.t(
        `${w.count(n, N.case)} ${w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase()}`,
        `${w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase()}: ${w.num(n)}${w.exactNote(n)}`,
      ),
    )
    .join("; ");
}
