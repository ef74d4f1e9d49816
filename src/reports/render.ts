import { match } from "ts-pattern";
import { ADMIN_UNIT_TYPE_LABELS, type AdminUnitType } from "../admin/index.js";
import { type PeriodChange, UNASSIGNED } from "../aggregate/index.js";
import { CAMERA_FUNDING_SOURCE_LABELS, CAMERA_OWNER_KIND_LABELS } from "../cameras/index.js";
import type { Period } from "../core/calendar.js";
import { formatCalendarDate, formatPeriod } from "../core/calendar-text.js";
import { type Label, type Locale, label } from "../core/labels.js";
import { formatNumber, formatVnd } from "../core/money.js";
import { INCIDENT_CATEGORY_LABELS, LEGAL_CLASS_LABELS } from "../incidents/index.js";
import {
  MODEL_GRADE_LABELS,
  modelKindKeyName,
  REVIEW_RECOMMENDATION_LABELS,
  SAFETY_SUBJECT_KIND_LABELS,
  UNKNOWN_MODEL,
} from "../models/index.js";
import { TEAM_KIND_LABELS } from "../teams/index.js";
import {
  type CameraOwnerGroup,
  REPORT_COLLECTIONS,
  type ReportChanges,
  type ReportCollection,
  type ReportModelName,
  type ReportMoney,
  type ReportReconciliation,
  type UnitReport,
} from "./types.js";
import { type RoundingMode, roundCount, writeCount } from "./wording.js";

// ---------------------------------------------------------------------------------------
// Public types

/**
 * The output format of {@link renderReport}: `markdown` (headings, bullets and tables) or
 * `text` (plain lines, for a terminal, an SMS gateway or a .txt file).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportFormat } from "antt";
 * const format: ReportFormat = "markdown";
 * ```
 */
export type ReportFormat = "markdown" | "text";

/**
 * Options of {@link renderReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { RenderOptions } from "antt";
 * const options: RenderOptions = { locale: "vi", format: "text", rounding: "rounded" };
 * ```
 */
export interface RenderOptions {
  /** `"vi"` (Vietnamese, default) or `"en"`. */
  readonly locale?: Locale | undefined;
  /** `"text"` (default) or `"markdown"`. */
  readonly format?: ReportFormat | undefined;
  /** `"rounded"` (default: "trên 5.200", as published reports write) or `"exact"`. */
  readonly rounding?: RoundingMode | undefined;
}

// ---------------------------------------------------------------------------------------
// Words

interface Noun {
  readonly vi: string;
  readonly en: readonly [singular: string, plural: string];
}

const noun = (vi: string, singular: string, plural = `${singular}s`): Noun => ({
  vi,
  en: [singular, plural],
});

const N = {
  model: noun("mô hình", "model"),
  site: noun("điểm", "site"),
  team: noun("tổ", "team"),
  household: noun("hộ", "household"),
  lens: noun("mắt camera", "camera lens", "camera lenses"),
  lensShort: noun("mắt", "lens", "lenses"),
  point: noun("điểm", "point"),
  extraction: noun("lượt", "extraction"),
  incident: noun("vụ việc", "incident"),
  case: noun("vụ", "case"),
  patrol: noun("lượt", "patrol"),
  ambush: noun("lượt", "ambush", "ambushes"),
  tip: noun("nguồn tin", "tip"),
  mediation: noun("vụ", "mediation"),
  session: noun("buổi", "session"),
  person: noun("lượt người", "person", "people"),
  drill: noun("cuộc", "drill"),
  training: noun("lớp", "training"),
  award: noun("lượt", "award"),
  contribution: noun("khoản", "contribution"),
  suspect: noun("đối tượng", "suspect"),
} as const;

/** The word for a unit's own area: "huyện" in "Toàn huyện", "district" in "Across the district". */
function unitWord(type: AdminUnitType, locale: Locale): string {
  const [vi, en] = match(type)
    .returnType<[string, string]>()
    .with("province", () => ["tỉnh", "province"])
    .with("centrally-run-city", "provincial-city", "municipal-city", () => ["thành phố", "city"])
    .with("rural-district", () => ["huyện", "district"])
    .with("urban-district", () => ["quận", "district"])
    .with("district-town", () => ["thị xã", "town"])
    .with("commune", () => ["xã", "commune"])
    .with("ward", () => ["phường", "ward"])
    .with("township", () => ["thị trấn", "township"])
    .with("special-zone", () => ["đặc khu", "special zone"])
    .with("village", "mountain-village", () => ["thôn", "village"])
    .with("urban-block", () => ["khối phố", "urban block"])
    .with("residential-group", () => ["tổ dân phố", "residential group"])
    .with("hamlet", () => ["ấp", "hamlet"])
    .with("other-village", () => ["khu dân cư", "residential area"])
    .exhaustive();
  return locale === "vi" ? vi : en;
}

/** The plural English name of a type of child unit ("communes", "townships"). */
function unitPluralEn(type: AdminUnitType): string {
  return match(type)
    .with("province", () => "provinces")
    .with("centrally-run-city", "provincial-city", "municipal-city", () => "cities")
    .with("rural-district", "urban-district", () => "districts")
    .with("district-town", () => "towns")
    .with("commune", () => "communes")
    .with("ward", () => "wards")
    .with("township", () => "townships")
    .with("special-zone", () => "special zones")
    .with("village", "mountain-village", () => "villages")
    .with("urban-block", () => "urban blocks")
    .with("residential-group", () => "residential groups")
    .with("hamlet", () => "hamlets")
    .with("other-village", () => "residential areas")
    .exhaustive();
}

function ownerGroupPhrase(group: CameraOwnerGroup, locale: Locale): string {
  const [vi, en] = match(group)
    .returnType<[string, string]>()
    .with("households", () => ["do hộ gia đình lắp đặt", "installed by households"])
    .with("agencies-businesses-schools", () => [
      "do cơ quan, doanh nghiệp, trường học lắp đặt",
      "installed by agencies, businesses and schools",
    ])
    .with("public", () => ["camera công cộng (xã hội hóa)", "on community-funded public cameras"])
    .with("police", () => ["của lực lượng Công an", "of the police"])
    .exhaustive();
  return locale === "vi" ? vi : en;
}

function collectionName(collection: ReportCollection, locale: Locale): string {
  const [vi, en] = match(collection)
    .returnType<[string, string]>()
    .with("models", () => ["Mô hình", "Models"])
    .with("sites", () => ["Điểm mô hình", "Model sites"])
    .with("reviews", () => ["Đợt sơ kết, tổng kết", "Reviews"])
    .with("recognitions", () => ["Công nhận An toàn về ANTT", "Safety recognitions"])
    .with("teams", () => ["Tổ", "Teams"])
    .with("cameras", () => ["Điểm camera", "Camera points"])
    .with("incidents", () => ["Vụ việc", "Incidents"])
    .with("extractions", () => ["Lượt trích xuất", "Footage extractions"])
    .with("activities", () => ["Hoạt động", "Activities"])
    .with("contributions", () => ["Khoản đóng góp", "Contributions"])
    .with("expenses", () => ["Khoản chi", "Expenses"])
    .exhaustive();
  return locale === "vi" ? vi : en;
}

// ---------------------------------------------------------------------------------------
// The writer: numbers, changes and labels in one locale and one rounding mode

interface Table {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

interface Section {
  readonly title: string;
  readonly lines: readonly string[];
  readonly tables: readonly Table[];
}

type ChangeKind = "flow" | "stock" | "money";

class Writer {
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
function sentence(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/** The order of two distinct keys. */
function byKey(a: string, b: string): number {
  return a < b ? -1 : 1;
}

/** Keys of a record of counts, largest first, then by key. */
function largestFirst(record: Readonly<Record<string, number>>): [string, number][] {
  return Object.entries(record)
    .filter(([, n]) => n > 0)
    .sort(([a, x], [b, y]) => y - x || byKey(a, b));
}

function changeOf(
  changes: Readonly<Record<string, PeriodChange>> | undefined,
  key: string,
): PeriodChange | undefined {
  return changes && Object.hasOwn(changes, key) ? changes[key] : undefined;
}

// ---------------------------------------------------------------------------------------
// Sections

function header(w: Writer): string[] {
  const r = w.report;
  const unit = r.unit;
  const parent = unit.parent ? ` (${unit.parent.name})` : "";
  const lines = [
    w.t(
      "BÁO CÁO KẾT QUẢ PHONG TRÀO TOÀN DÂN BẢO VỆ AN NINH TỔ QUỐC",
      'REPORT ON THE "ALL PEOPLE PROTECT NATIONAL SECURITY" MOVEMENT',
    ),
    `${unit.name}${parent}, ${w.period(r.period)}`,
  ];
  const range = w.t(
    `từ ngày ${w.date(r.period.start)} đến ngày ${w.date(r.period.end)}`,
    `${w.date(r.period.start)} to ${w.date(r.period.end)}`,
  );
  const compared = r.comparison
    ? w.t(`so sánh với ${w.ref()}`, `compared with ${w.ref()}`)
    : w.t("không so sánh với kỳ khác", "not compared with another period");
  lines.push(
    w.t(
      `Kỳ báo cáo: ${range}; ${compared}. Đơn vị: mã ${unit.code}.`,
      `Period: ${range}; ${compared}. Unit code ${unit.code}.`,
    ),
  );
  if (r.dataset.name)
    lines.push(w.t(`Nguồn số liệu: ${r.dataset.name}.`, `Data: ${r.dataset.name}.`));
  lines.push(
    w.exact
      ? w.t("Cách ghi số: số liệu chính xác.", "Numbers: exact counts.")
      : w.markdown
        ? w.t(
            "Cách ghi số: số trong lời văn được làm tròn (trên, hơn, gần), số chính xác ghi trong ngoặc đơn và trong các bảng.",
            "Numbers: counts in the prose are rounded (over, more than, nearly); the exact count follows in parentheses and in the tables.",
          )
        : w.t(
            "Cách ghi số: số trong lời văn được làm tròn (trên, hơn, gần); số chính xác ở báo cáo dạng bảng (markdown) và dữ liệu JSON.",
            "Numbers: counts in the prose are rounded (over, more than, nearly); exact counts are in the markdown tables and the JSON report.",
          ),
  );
  return lines;
}

function modelsSection(w: Writer): Section {
  const m = w.report.figures.models;
  const t = w.report.figures.teams;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const end = w.date(w.report.period.end, true);
  if (m.activeAtEnd + m.sites.activeAtEnd + t.activeAtEnd + m.endedInPeriod === 0) {
    lines.push(
      w.t("Chưa ghi nhận mô hình, điểm mô hình hay tổ nào.", "No model, site or team is recorded."),
    );
    return { title: w.t("Mô hình, tổ tự quản", "Models and teams"), lines, tables };
  }
  const sites = m.sites;
  const replicated =
    sites.replicatedActiveAtEnd > 0
      ? w.t(
          `, trong đó ${w.count(sites.replicatedActiveAtEnd, N.site)} nhân rộng`,
          `, ${w.int(sites.replicatedActiveAtEnd)} of them replicated`,
        )
      : "";
  const above = Object.entries(w.report.names.models)
    .filter(([id, name]) => !name.ownedHere && m.byModel[id] !== undefined)
    .map(([, name]) => `“${name.name}”`)
    .slice(0, 3)
    .join(", ");
  if (m.activeAtEnd === 0 && sites.activeAtEnd > 0) {
    lines.push(
      w.t(
        `${w.whole()} có ${w.count(sites.activeAtEnd, N.site)} áp dụng mô hình của đơn vị cấp trên${above ? ` (${above})` : ""}${replicated}; không có mô hình riêng đang hoạt động (tính đến ${end}).`,
        `${w.whole()} ${w.count(sites.activeAtEnd, N.site)} apply models of a higher level${above ? ` (${above})` : ""}${replicated}; the unit runs no model of its own on ${end}.`,
      ),
    );
  } else
    lines.push(
      w.t(
        `${w.whole()} có ${w.count(m.activeAtEnd, N.model)} đang hoạt động (tính đến ${end})${w.change(c?.models.activeAtEnd, N.model, "stock")}; ${w.count(sites.activeAtEnd, N.site)} áp dụng mô hình${replicated}.`,
        `${w.whole()} ${m.activeAtEnd === 1 ? "there is" : "there are"} ${w.count(m.activeAtEnd, N.model)} active on ${end}${w.change(c?.models.activeAtEnd, N.model, "stock")}; ${w.count(sites.activeAtEnd, N.site)} apply models${replicated}.`,
      ),
    );
  const parts: string[] = [];
  if (m.types + m.groups > 0) {
    parts.push(
      w.t(
        `các mô hình thuộc ${w.int(m.types)} loại, ${w.int(m.groups)} nhóm`,
        `the models fall into ${w.int(m.types)} types and ${w.int(m.groups)} groups`,
      ),
    );
  }
  if (m.withDossier > 0) {
    parts.push(
      w.t(
        `${w.count(m.withDossier, N.model)} có hồ sơ`,
        `${w.count(m.withDossier, N.model)} ${m.withDossier === 1 ? "has" : "have"} a dossier`,
      ),
    );
  }
  if (m.exemplars > 0) {
    parts.push(
      w.t(
        `${w.count(m.exemplars, N.model)} là điển hình tiên tiến`,
        `${w.count(m.exemplars, N.model)} ${m.exemplars === 1 ? "is an advanced exemplar" : "are advanced exemplars"}`,
      ),
    );
  }
  if (parts.length > 0) lines.push(`${sentence(parts.join("; "))}.`);
  const kinds = largestFirst(m.byKind);
  if (kinds.length > 1) {
    const shown = w.markdown ? kinds.slice(0, 5) : kinds.slice(0, 4);
    const list = shown.map(([k, n]) => `${w.modelKind(k)} (${w.int(n)})`).join(", ");
    const more =
      kinds.length > shown.length
        ? w.t(
            ` và ${kinds.length - shown.length} loại hình khác`,
            ` and ${kinds.length - shown.length} other kinds`,
          )
        : "";
    lines.push(w.t(`Theo loại hình: ${list}${more}.`, `By kind: ${list}${more}.`));
  }
  const cov = m.coverage;
  if (cov.childUnits > 0 && cov.withAnySite > 0) {
    const children = w.children();
    const all = Object.entries(cov.byModelKind)
      .filter(([, n]) => n === cov.childUnits)
      .map(([k]) => k)
      .slice(0, 3);
    const phrases = all.map((k) =>
      w.t(
        `${w.int(cov.childUnits)}/${w.int(cov.childUnits)} ${children} có mô hình “${w.modelKind(k)}”`,
        `${w.int(cov.childUnits)} of ${w.int(cov.childUnits)} ${children} run “${w.modelKind(k)}”`,
      ),
    );
    if (phrases.length === 0) {
      phrases.push(
        w.t(
          `${w.int(cov.withAnySite)}/${w.int(cov.childUnits)} ${children} có điểm mô hình`,
          `${w.int(cov.withAnySite)} of ${w.int(cov.childUnits)} ${children} have a model site`,
        ),
      );
      // A unit with a site has a kind with the most units.
      const [kind, n] = largestFirst(cov.byModelKind)[0] as [string, number];
      phrases.push(
        w.t(
          `rộng nhất là “${w.modelKind(kind)}” (${w.int(n)}/${w.int(cov.childUnits)})`,
          `the most widespread is “${w.modelKind(kind)}” (${w.int(n)} of ${w.int(cov.childUnits)})`,
        ),
      );
    }
    lines.push(`${phrases.join("; ")}.`);
  }
  if (m.launchedInPeriod + sites.replicatedInPeriod + m.endedInPeriod + sites.endedInPeriod === 0) {
    lines.push(
      w.t(
        "Trong kỳ không có mô hình xây dựng mới, nhân rộng hay thanh loại.",
        "No model was launched, replicated or ended in the period.",
      ),
    );
  } else {
    const parts = [
      w.t(
        `xây dựng mới ${w.count(m.launchedInPeriod, N.model)}`,
        `${w.count(m.launchedInPeriod, N.model)} launched`,
      ),
      w.t(
        `nhân rộng ${w.count(sites.replicatedInPeriod, N.site)}`,
        `${w.count(sites.replicatedInPeriod, N.site)} replicated`,
      ),
    ];
    if (m.endedInPeriod > 0)
      parts.push(
        w.t(
          `thanh loại ${w.count(m.endedInPeriod, N.model)}`,
          `${w.count(m.endedInPeriod, N.model)} ended`,
        ),
      );
    if (sites.endedInPeriod > 0)
      parts.push(
        w.t(
          `dừng ${w.count(sites.endedInPeriod, N.site)}`,
          `${w.count(sites.endedInPeriod, N.site)} closed`,
        ),
      );
    lines.push(
      w.t(
        `Trong kỳ: ${parts.join(", ")} (tổng số mô hình xây dựng mới, nhân rộng: ${w.int(m.newOrReplicatedInPeriod)}).`,
        `In the period: ${parts.join(", ")} (new or replicated: ${w.int(m.newOrReplicatedInPeriod)}).`,
      ),
    );
    const newSites = Object.entries(sites.byModelKind)
      .filter(([, s]) => s.launchedInPeriod > 0)
      .sort(([a, x], [b, y]) => y.launchedInPeriod - x.launchedInPeriod || byKey(a, b))
      .slice(0, 4)
      .map(([k, s]) =>
        w.t(
          `${w.modelKind(k)}: ${w.int(s.activeAtEnd)} điểm, ${w.int(s.launchedInPeriod)} xây dựng trong kỳ`,
          `${w.modelKind(k)}: ${w.int(s.activeAtEnd)} sites, ${w.int(s.launchedInPeriod)} new in the period`,
        ),
      );
    if (newSites.length > 0) lines.push(`${newSites.join("; ")}.`);
  }
  const spread = Object.entries(m.byModel)
    .filter(([, reach]) => reach.replicated > 0)
    .sort(([a, x], [b, y]) => y.sites - x.sites || y.replicated - x.replicated || byKey(a, b));
  if (spread.length > 0) {
    const named = (id: string) => (w.report.names.models[id] as ReportModelName).name;
    const list = spread
      .slice(0, 3)
      .map(([id, reach]) =>
        w.t(
          `“${named(id)}” ${w.int(reach.sites)} điểm (${w.int(reach.replicated)} điểm nhân rộng)`,
          `“${named(id)}” ${w.exactCount(reach.sites, N.site)} (${w.int(reach.replicated)} replicated)`,
        ),
      )
      .join("; ");
    lines.push(w.t(`Mô hình được nhân rộng nhiều nhất: ${list}.`, `Most replicated: ${list}.`));
  }
  const grades = largestFirst(m.byGrade).filter(([k]) => k !== UNASSIGNED);
  if (grades.length > 0) {
    const list = grades
      .map(([k, n]) => `${w.code(MODEL_GRADE_LABELS, k).toLowerCase()} ${w.int(n)}`)
      .join(", ");
    lines.push(w.t(`Xếp loại mô hình: ${list}.`, `Grades: ${list}.`));
  }
  if (m.reviews.held > 0) {
    const recs = largestFirst(m.reviews.byRecommendation)
      .filter(([k]) => k !== UNASSIGNED)
      .map(([k, n]) => `${w.code(REVIEW_RECOMMENDATION_LABELS, k).toLowerCase()} ${w.int(n)}`)
      .join(", ");
    lines.push(
      w.t(
        `Đã sơ kết, tổng kết ${w.int(m.reviews.held)} lượt mô hình${recs ? `; đề xuất: ${recs}` : ""}.`,
        `${w.int(m.reviews.held)} model reviews held${recs ? `; recommended: ${recs}` : ""}.`,
      ),
    );
  }
  if (t.activeAtEnd + t.dissolvedInPeriod > 0) {
    const list = largestFirst(t.byKind)
      .map(([k, n]) => `${w.code(TEAM_KIND_LABELS, k)}: ${w.int(n)}`)
      .join("; ");
    const founded =
      t.foundedInPeriod > 0
        ? w.t(
            `; thành lập mới ${w.count(t.foundedInPeriod, N.team)} trong kỳ`,
            `; ${w.count(t.foundedInPeriod, N.team)} founded in the period`,
          )
        : "";
    const households =
      t.households > 0
        ? w.t(
            `, gồm ${w.count(t.households, N.household)} tham gia`,
            `, with ${w.count(t.households, N.household)}`,
          )
        : "";
    lines.push(
      w.t(
        `Có ${w.count(t.activeAtEnd, N.team)} đang hoạt động${list ? ` (${list})` : ""}${households}${w.change(c?.teams.activeAtEnd, N.team, "stock")}${founded}.`,
        `${sentence(w.count(t.activeAtEnd, N.team))} active${list ? ` (${list})` : ""}${households}${w.change(c?.teams.activeAtEnd, N.team, "stock")}${founded}.`,
      ),
    );
    const fire = t.fireSafetyGroups;
    if (fire.activeAtEnd > 0) {
      lines.push(
        w.t(
          `${w.int(fire.activeAtEnd)} Tổ liên gia an toàn PCCC (${w.int(fire.foundedInPeriod)} thành lập trong kỳ) liên kết ${w.count(fire.households, N.household)}.`,
          `${w.int(fire.activeAtEnd)} fire-safety household groups (${w.int(fire.foundedInPeriod)} founded in the period) link ${w.count(fire.households, N.household)}.`,
        ),
      );
    }
  }
  if (w.markdown && kinds.length > 0) {
    tables.push({
      head: [
        w.t("Loại hình mô hình", "Kind of model"),
        w.t("Mô hình", "Models"),
        w.t("Điểm", "Sites"),
        w.t("So với kỳ so sánh", "Change"),
      ],
      rows: kinds.map(([k, n]) => [
        w.cell(w.modelKind(k)),
        w.int(n),
        w.int(m.sites.byModelKind[k]?.activeAtEnd ?? 0),
        w.compare ? w.changeCell(changeOf(c?.models.byKind, k)) : "",
      ]),
    });
  }
  return { title: w.t("Mô hình, tổ tự quản", "Models and teams"), lines, tables };
}

function camerasSection(w: Writer): Section {
  const cam = w.report.figures.cameras;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = w.t("Camera an ninh", "Security cameras");
  if (cam.pointsAtEnd === 0 && cam.removedInPeriod.points === 0) {
    lines.push(w.t("Chưa ghi nhận camera nào.", "No camera is recorded."));
    return { title, lines, tables };
  }
  const facing = cam.facingRoadOrPublicPlace.lenses;
  const change = w.change(c?.cameras.lensesAtEnd, N.lensShort, "stock");
  const lenses = w.countWith(cam.lensesAtEnd, N.lens, w.exactCount(cam.pointsAtEnd, N.point));
  lines.push(
    facing === cam.lensesAtEnd
      ? w.t(
          `${w.whole()} có ${lenses} hướng ra nơi công cộng, đường giao thông${change}.`,
          `${w.whole()} ${lenses} face public places and roads${change}.`,
        )
      : w.t(
          `${w.whole()} có ${lenses}${change}, trong đó ${w.count(facing, N.lensShort)} hướng ra nơi công cộng, đường giao thông.`,
          `${w.whole()} there are ${lenses}${change}, ${w.count(facing, N.lensShort)} of them facing public places and roads.`,
        ),
  );
  const parts = [
    w.t(
      `${w.count(cam.connectedToDutyRoom.lenses, N.lensShort)} kết nối về phòng trực ban ${w.communePolice()}`,
      `${w.count(cam.connectedToDutyRoom.lenses, N.lensShort)} connected to the commune police duty room`,
    ),
  ];
  const groups = Object.entries(cam.byOwnerGroup)
    .filter(([g, n]) => n.lenses > 0 && g !== UNASSIGNED)
    .sort(([a], [b]) => {
      const order = ["agencies-businesses-schools", "households", "public", "police"];
      return order.indexOf(a) - order.indexOf(b);
    });
  for (const [group, n] of groups) {
    parts.push(
      `${w.count(n.lenses, N.lensShort)} ${ownerGroupPhrase(group as CameraOwnerGroup, w.locale)}`,
    );
  }
  lines.push(w.t(`Trong đó: ${parts.join("; ")}.`, `Of these: ${parts.join("; ")}.`));
  if (cam.installedInPeriod.points + cam.removedInPeriod.points > 0) {
    const removed =
      cam.removedInPeriod.points > 0
        ? w.t(
            `, tháo dỡ ${w.count(cam.removedInPeriod.points, N.point)}`,
            `, ${w.count(cam.removedInPeriod.points, N.point)} removed`,
          )
        : "";
    lines.push(
      w.t(
        `Trong kỳ lắp mới ${w.countWith(cam.installedInPeriod.points, N.point, w.exactCount(cam.installedInPeriod.lenses, N.lensShort))}${removed}.`,
        `${sentence(w.countWith(cam.installedInPeriod.points, N.point, w.exactCount(cam.installedInPeriod.lenses, N.lensShort)))} installed in the period${removed}.`,
      ),
    );
  }
  if (cam.costVnd > 0) {
    const sources = Object.entries(cam.costBySourceVnd)
      .filter(([, n]) => n > 0)
      .sort(([, x], [, y]) => y - x)
      .map(([k, n]) => `${w.code(CAMERA_FUNDING_SOURCE_LABELS, k).toLowerCase()} ${w.vnd(n)}`)
      .join(", ");
    lines.push(
      w.t(
        `Kinh phí lắp đặt đã ghi nhận của ${w.count(cam.costRecordedPoints, N.point)}: ${w.vnd(cam.costVnd)} (${sources}).`,
        `Recorded installation cost of ${w.count(cam.costRecordedPoints, N.point)}: ${w.vnd(cam.costVnd)} (${sources}).`,
      ),
    );
  }
  if (w.markdown) {
    tables.push({
      head: [
        w.t("Chủ sở hữu", "Owner"),
        w.t("Điểm", "Points"),
        w.t("Mắt camera", "Lenses"),
        w.t("Mắt so với kỳ so sánh", "Lenses: change"),
      ],
      rows: Object.entries(cam.byOwnerKind).map(([k, n]) => [
        w.cell(w.code(CAMERA_OWNER_KIND_LABELS, k)),
        w.int(n.points),
        w.int(n.lenses),
        w.compare ? w.changeCell(c?.cameras.byOwnerKind[k]?.lenses) : "",
      ]),
    });
  }
  return { title, lines, tables };
}

function categoryList(w: Writer, record: Readonly<Record<string, number>>): string {
  return largestFirst(record)
    .map(([k, n]) =>
      w.t(
        `${w.count(n, N.case)} ${w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase()}`,
        `${w.code(INCIDENT_CATEGORY_LABELS, k).toLowerCase()}: ${w.num(n)}${w.exactNote(n)}`,
      ),
    )
    .join("; ");
}

function footageSection(w: Writer): Section {
  const x = w.report.figures.extractions;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = w.t("Khai thác dữ liệu camera", "Use of camera footage");
  if (x.total + x.casesClarifiedWithCamera === 0) {
    lines.push(
      w.t(
        "Chưa ghi nhận lượt trích xuất dữ liệu camera nào trong kỳ.",
        "No footage extraction is recorded in the period.",
      ),
    );
    return { title, lines, tables };
  }
  const list = categoryList(w, x.casesClarifiedWithCameraByCategory);
  lines.push(
    w.t(
      `Đã trích xuất ${w.count(x.total, N.extraction)}, làm rõ ${w.count(x.casesClarifiedWithCamera, N.incident)}${list ? `, gồm: ${list}` : ""}.`,
      `${sentence(w.count(x.total, N.extraction))} of camera footage ${x.total === 1 ? "was" : "were"} made, helping clarify ${w.count(x.casesClarifiedWithCamera, N.case)}${list ? `: ${list}` : ""}.`,
    ),
  );
  const moved = [
    w.delta(c?.extractions.total, w.vi ? N.extraction : null, "flow", { ref: false }),
    w.delta(c?.extractions.casesClarifiedWithCamera, w.vi ? N.case : null, "flow", {
      ref: false,
    }),
  ];
  if (moved[0] !== "" && moved[1] !== "") {
    lines.push(
      w.t(
        `So với ${w.ref()}: số lượt trích xuất ${moved[0]}; số vụ việc làm rõ nhờ camera ${moved[1]}.`,
        `Compared with ${w.ref()}: extractions ${moved[0]}; cases clarified with camera help ${moved[1]}.`,
      ),
    );
  }
  if (x.total > 0) {
    lines.push(
      w.t(
        `${sentence(w.count(x.helpedClarify, N.extraction))} trích xuất có kết quả góp phần làm rõ vụ việc (một vụ có thể cần nhiều lượt).`,
        `${sentence(w.count(x.helpedClarify, N.extraction))} had an outcome that helped clarify a case (a case may need several).`,
      ),
    );
  }
  if (w.markdown && x.casesClarifiedWithCamera > 0) {
    tables.push({
      head: [
        w.t("Loại vụ việc làm rõ nhờ camera", "Cases clarified with camera help"),
        w.t("Số vụ", "Cases"),
        w.t("So với kỳ so sánh", "Change"),
        w.t("Ý nghĩa thống kê", "Significant"),
      ],
      rows: largestFirst(x.casesClarifiedWithCameraByCategory).map(([k, n]) => {
        const ch = changeOf(c?.extractions.casesClarifiedWithCameraByCategory, k);
        return [
          w.cell(w.code(INCIDENT_CATEGORY_LABELS, k)),
          w.int(n),
          w.compare ? w.changeCell(ch) : "",
          w.compare ? w.significanceCell(ch) : "",
        ];
      }),
    });
  }
  return { title, lines, tables };
}

function incidentsSection(w: Writer): Section {
  const i = w.report.figures.incidents;
  const c = w.report.changes;
  const lines: string[] = [];
  const tables: Table[] = [];
  const title = w.t("Tình hình an ninh, trật tự", "Security and order");
  const previousTotal = c?.incidents.total.previous ?? 0;
  if (i.total === 0 && (!w.compare || previousTotal === 0)) {
    lines.push(
      w.t("Chưa ghi nhận vụ việc nào trong kỳ.", "No incident is recorded in the period."),
    );
    return { title, lines, tables };
  }
  lines.push(
    w.t(
      `Xảy ra ${w.count(i.total, N.incident)} về ANTT${w.change(c?.incidents.total, N.case, "flow")}.`,
      `${sentence(w.count(i.total, N.incident))} occurred${w.change(c?.incidents.total, N.case, "flow")}.`,
    ),
  );
  // With a comparison, classes that fell to 0 are listed too.
  const shown = w.compare ? (c as ReportChanges).incidents.byLegalClass : i.byLegalClass;
  const order = Object.keys(LEGAL_CLASS_LABELS);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const classes = Object.keys(shown).sort((a, b) => rank(a) - rank(b) || byKey(a, b));
  const byClass = classes.map((k) => {
    const n = i.byLegalClass[k] ?? 0;
    return `${w.code(LEGAL_CLASS_LABELS, k).toLowerCase()}${w.t("", ":")} ${w.count(n, N.case)}${w.change(changeOf(c?.incidents.byLegalClass, k), N.case, "flow", { curbed: k === "criminal", ref: false })}`;
  });
  if (byClass.length > 0) lines.push(`${w.t("Trong đó: ", "Of these: ")}${byClass.join("; ")}.`);
  if (i.total > 0) {
    const ratio = i.clarificationRate.ratio as number;
    const before = c?.incidents.clarificationRate.ratio;
    const previous =
      w.compare &&
      before &&
      before.previous !== 0 &&
      c?.incidents.clarificationRate.denominator.previous
        ? w.t(
            ` (${w.ref()}: ${w.pct(before.previous * 100)})`,
            ` (${w.ref()}: ${w.pct(before.previous * 100)})`,
          )
        : "";
    lines.push(
      w.t(
        `Đã làm rõ ${w.int(i.clarified)}/${w.int(i.total)} vụ, đạt ${w.pct(ratio * 100)}${previous}, trong đó ${w.int(i.clarifiedWithCamera)} vụ nhờ camera; xác định ${w.count(i.suspects, N.suspect)}.`,
        `${w.int(i.clarified)} of ${w.int(i.total)} clarified, ${w.pct(ratio * 100)}${previous}, ${w.int(i.clarifiedWithCamera)} with camera help; ${w.count(i.suspects, N.suspect)} identified.`,
      ),
    );
  }
  if (w.markdown) {
    const keys = Object.keys(w.compare ? (c as ReportChanges).incidents.byCategory : i.byCategory);
    tables.push({
      head: [
        w.t("Loại vụ việc", "Category"),
        w.t("Số vụ", "Incidents"),
        w.t("Kỳ so sánh", "Before"),
        w.t("Tăng, giảm", "Change"),
        w.t("Ý nghĩa thống kê", "Significant"),
      ],
      rows: keys
        .sort((a, b) => (i.byCategory[b] ?? 0) - (i.byCategory[a] ?? 0) || byKey(a, b))
        .map((k) => {
          const ch = changeOf(c?.incidents.byCategory, k);
          return [
            w.cell(w.code(INCIDENT_CATEGORY_LABELS, k)),
            w.int(i.byCategory[k] ?? 0),
            w.compare && ch ? w.int(ch.previous) : "",
            w.compare ? w.changeCell(ch) : "",
            w.compare ? w.significanceCell(ch) : "",
          ];
        }),
    });
  }
  return { title, lines, tables };
}

function activitiesSection(w: Writer): Section {
  const a = w.report.figures.activities;
  const c = w.report.changes;
  const lines: string[] = [];
  const title = w.t("Hoạt động của lực lượng và quần chúng", "Activities");
  if (a.total === 0) {
    lines.push(
      w.t("Chưa ghi nhận hoạt động nào trong kỳ.", "No activity is recorded in the period."),
    );
    return { title, lines, tables: [] };
  }
  const parts: string[] = [];
  if (a.patrols.count > 0 || c?.activities.patrols.count.previous) {
    const byCamera =
      a.patrols.directedByCamera > 0
        ? w.t(
            ` (${w.int(a.patrols.directedByCamera)} lượt theo chỉ dẫn của camera)`,
            ` (${w.int(a.patrols.directedByCamera)} directed by cameras)`,
          )
        : "";
    parts.push(
      w.t(
        `tuần tra ${w.count(a.patrols.count, N.patrol)}${byCamera}${w.change(c?.activities.patrols.count, N.patrol, "flow")}`,
        `${w.count(a.patrols.count, N.patrol)}${byCamera}${w.change(c?.activities.patrols.count, N.patrol, "flow")}`,
      ),
    );
  }
  if (a.ambushes.count > 0)
    parts.push(
      w.t(`mật phục ${w.count(a.ambushes.count, N.ambush)}`, w.count(a.ambushes.count, N.ambush)),
    );
  if (a.tips.count > 0 || c?.activities.tips.count.previous) {
    parts.push(
      w.t(
        `tiếp nhận ${w.count(a.tips.count, N.tip)} (${w.int(a.tips.ledToIncident)} dẫn đến phát hiện vụ việc)${w.change(c?.activities.tips.count, N.tip, "flow", { ref: false })}`,
        `${w.count(a.tips.count, N.tip)} from the public (${w.int(a.tips.ledToIncident)} led to an incident)${w.change(c?.activities.tips.count, N.tip, "flow", { ref: false })}`,
      ),
    );
  }
  if (a.mediations.count > 0) {
    const success = a.mediations.successRate.ratio;
    parts.push(
      w.t(
        `hòa giải ${w.count(a.mediations.count, N.mediation)}, thành ${w.int(a.mediations.succeeded)} vụ${success === null ? "" : ` (đạt ${w.pct(success * 100)} số vụ đã hòa giải xong)`}`,
        `${w.count(a.mediations.count, N.mediation)}, ${w.int(a.mediations.succeeded)} successful${success === null ? "" : ` (${w.pct(success * 100)} of those concluded)`}`,
      ),
    );
  }
  if (a.outreach.sessions > 0) {
    parts.push(
      w.t(
        `tuyên truyền ${w.count(a.outreach.sessions, N.session)} (${w.count(a.outreach.audience, N.person)} tham dự)`,
        `${w.count(a.outreach.sessions, N.session)} of outreach (audience ${w.num(a.outreach.audience)}${w.exactNote(a.outreach.audience)})`,
      ),
    );
  }
  if (a.drills.count > 0)
    parts.push(
      w.t(`diễn tập ${w.count(a.drills.count, N.drill)}`, w.count(a.drills.count, N.drill)),
    );
  if (a.trainings.count > 0)
    parts.push(
      w.t(
        `tập huấn ${w.count(a.trainings.count, N.training)}`,
        w.count(a.trainings.count, N.training),
      ),
    );
  if (a.awards.count > 0) {
    const cash = a.awards.cashVnd > 0 ? ` (${w.vnd(a.awards.cashVnd)})` : "";
    parts.push(
      w.t(
        `khen thưởng ${w.count(a.awards.count, N.award)}${cash}`,
        `${w.count(a.awards.count, N.award)}${cash}`,
      ),
    );
  }
  lines.push(w.t(`Trong kỳ: ${parts.join("; ")}.`, `In the period: ${parts.join("; ")}.`));
  return { title, lines, tables: [] };
}

function fundingSection(w: Writer): Section {
  const f = w.report.figures.funding;
  const r = w.report.figures.recognitions;
  const c = w.report.changes;
  const lines: string[] = [];
  const title = w.t("Kinh phí, xã hội hóa", "Funding");
  const con = f.contributions;
  if (con.count === 0 && f.expenses.count === 0) {
    lines.push(
      w.t(
        "Chưa ghi nhận khoản đóng góp, khoản chi nào trong kỳ.",
        "No contribution or expense is recorded in the period.",
      ),
    );
  } else {
    // Both sources are always present (see ReportFundingFigures).
    const community = (con.bySource["community"] as ReportMoney).amountVnd;
    const budget = (con.bySource["budget"] as ReportMoney).amountVnd;
    const split =
      budget === 0 && community > 0
        ? w.t("100% xã hội hóa", "all community funding")
        : community === 0 && budget > 0
          ? w.t("100% ngân sách nhà nước", "all state budget")
          : w.t(
              `xã hội hóa ${w.vnd(community)}, ngân sách nhà nước ${w.vnd(budget)}`,
              `community funding ${w.vnd(community)}, state budget ${w.vnd(budget)}`,
            );
    const moved = w.change(c?.funding.contributions.amountVnd, null, "money");
    lines.push(
      w.t(
        `Huy động ${w.count(con.count, N.contribution)} đóng góp với tổng số tiền ${w.vnd(con.amountVnd)} (${split})${moved}.`,
        `${sentence(w.count(con.count, N.contribution))} received, ${w.vnd(con.amountVnd)} in all (${split})${moved}.`,
      ),
    );
    if (f.expenses.count > 0) {
      lines.push(
        w.t(
          `Đã chi ${w.vnd(f.expenses.amountVnd)} (${w.int(f.expenses.count)} khoản chi).`,
          `${w.vnd(f.expenses.amountVnd)} spent (${w.int(f.expenses.count)} expenses).`,
        ),
      );
    }
  }
  if (r.assessed > 0) {
    const list = Object.entries(r.bySubjectKind)
      .map(
        ([k, n]) =>
          `${w.code(SAFETY_SUBJECT_KIND_LABELS, k).toLowerCase()} ${w.int(n.recognized)}/${w.int(n.assessed)}`,
      )
      .join("; ");
    lines.push(
      w.t(
        `Công nhận “An toàn về ANTT”: ${w.int(r.recognized)}/${w.int(r.assessed)} (${list}).`,
        `Recognised "safe in security and order": ${w.int(r.recognized)} of ${w.int(r.assessed)} (${list}).`,
      ),
    );
  }
  return { title, lines, tables: [] };
}

function reconciliationLines(
  w: Writer,
  rec: ReportReconciliation,
): { lines: string[]; table: Table } {
  const lines: string[] = [];
  const rows: string[][] = [];
  for (const collection of REPORT_COLLECTIONS) {
    const r = rec.collections[collection];
    const e = r.excluded;
    rows.push([
      collectionName(collection, w.locale),
      w.int(r.given),
      w.int(r.counted),
      w.int(e.otherUnit),
      w.int(e.unknownUnit),
      w.int(e.outsidePeriod),
    ]);
    if (r.given === 0) continue;
    const reasons: string[] = [];
    if (e.otherUnit > 0)
      reasons.push(w.t(`đơn vị khác ${w.int(e.otherUnit)}`, `other unit ${w.int(e.otherUnit)}`));
    if (e.unknownUnit > 0)
      reasons.push(
        w.t(
          `mã đơn vị không rõ ${w.int(e.unknownUnit)}`,
          `unknown unit code ${w.int(e.unknownUnit)}`,
        ),
      );
    if (e.outsidePeriod > 0)
      reasons.push(
        w.t(`ngoài kỳ ${w.int(e.outsidePeriod)}`, `outside the period ${w.int(e.outsidePeriod)}`),
      );
    const excluded =
      reasons.length > 0
        ? w.t(`; không tính: ${reasons.join(", ")}`, `; not counted: ${reasons.join(", ")}`)
        : "";
    lines.push(
      w.t(
        `${collectionName(collection, w.locale)}: có ${w.int(r.given)}, tính ${w.int(r.counted)}${excluded}.`,
        `${collectionName(collection, w.locale)}: ${w.int(r.given)} given, ${w.int(r.counted)} counted${excluded}.`,
      ),
    );
  }
  return {
    lines,
    table: {
      head: [
        w.t("Nhóm bản ghi", "Records"),
        w.t("Có", "Given"),
        w.t("Tính", "Counted"),
        w.t("Đơn vị khác", "Other unit"),
        w.t("Mã đơn vị không rõ", "Unknown unit code"),
        w.t("Ngoài kỳ", "Outside the period"),
      ],
      rows,
    },
  };
}

function reconciliationSection(w: Writer): Section {
  const r = w.report;
  const { lines, table } = reconciliationLines(w, r.reconciliation.period);
  const intro = w.t(
    `Số bản ghi của bộ dữ liệu được tính vào ${w.period(r.period)} (mỗi bản ghi được tính hoặc được nêu lý do không tính).`,
    `Records of the dataset counted for ${w.period(r.period)} (each record is counted or given a reason).`,
  );
  return {
    title: w.t("Đối soát số liệu", "Reconciliation"),
    lines: w.markdown ? [intro] : [intro, ...lines],
    tables: w.markdown ? [table] : [],
  };
}

function notes(w: Writer): string[] {
  const r = w.report;
  const covers = r.dataset.covers;
  const lines: string[] = [];
  const span = covers
    ? w.t(
        `từ ngày ${w.date(covers.start)} đến ngày ${w.date(covers.end)}`,
        `${w.date(covers.start)} to ${w.date(covers.end)}`,
      )
    : "";
  for (const warning of r.warnings) {
    const line = match(warning.code)
      .with("period-not-covered", "period-partly-covered", () =>
        w.t(
          `Bộ dữ liệu chỉ có số liệu ${span}, không đủ cho ${w.period(r.period)}: số liệu trên có thể chưa đầy đủ.`,
          `The dataset covers ${span} only, not all of the period: the figures may be incomplete.`,
        ),
      )
      .with("comparison-not-covered", "comparison-partly-covered", () =>
        w.t(
          `Không nêu số so sánh với ${w.ref()} vì bộ dữ liệu chỉ có số liệu ${span}.`,
          `Changes from ${w.ref()} are not given: the dataset covers ${span} only.`,
        ),
      )
      .with("unit-not-valid-in-period", "unknown-unit-codes", "admin-index-problems", () => {
        return `${w.vi ? warning.message.vi : warning.message.en}.`;
      })
      .exhaustive();
    lines.push(line);
  }
  if (w.compare) {
    const level = formatNumber(r.settings.significanceLevel, {
      locale: w.locale,
      maximumFractionDigits: 4,
    });
    lines.push(
      w.t(
        `Ý nghĩa thống kê: kiểm định Poisson chính xác, mức ý nghĩa ${level}; không áp dụng cho số liệu tồn (mô hình, tổ, camera) và số tiền.`,
        `Statistical significance: exact Poisson test at level ${level}; not applied to stock figures (models, teams, cameras) or money.`,
      ),
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------------------
// Escaping

// Control characters (line breaks included), line and paragraph separators, and bidi
// controls (U+202E can make a name read backwards): none belongs in one line of a report.
const UNSAFE_CHARS = /[\p{Cc}\u2028\u2029\u200E\u200F\u202A-\u202E\u2066-\u2069]+/gu;

/** Plain text: one line, no control or bidi character. */
function escapeText(text: string): string {
  return text.replace(UNSAFE_CHARS, " ");
}

// What markdown reads as markup inside a line: emphasis, code, links and images (never
// without "["), headings, tables and strikethrough; HTML goes as entities.
const MARKDOWN_SPECIAL = /[\\`*_[\]#|~]/g;

/**
 * Markdown: plain text, with every character that markdown reads as markup escaped, and
 * `<`, `>`, `&` as HTML entities, so that a converter to HTML emits no markup from data.
 */
function escapeMarkdown(text: string): string {
  return escapeText(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(MARKDOWN_SPECIAL, "\\$&");
}

/** A copy of a value with every string, keys included, passed through `rewrite`. */
function escapeStrings<T>(value: T, rewrite: (text: string) => string): T {
  const seen = new Map<object, unknown>();
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") return rewrite(v);
    if (typeof v !== "object" || v === null) return v;
    const done = seen.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      seen.set(v, out);
      for (const item of v) out.push(walk(item));
      return out;
    }
    const out: Record<string, unknown> = {};
    seen.set(v, out);
    for (const key of Object.keys(v)) {
      Object.defineProperty(out, rewrite(key), {
        value: walk((v as Record<string, unknown>)[key]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  };
  return walk(value) as T;
}

// ---------------------------------------------------------------------------------------
// Layout

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

function markdownTable(table: Table): string[] {
  const out = [
    `| ${table.head.join(" | ")} |`,
    `|${table.head.map((_, i) => (i === 0 ? " --- " : " ---: ")).join("|")}|`,
  ];
  for (const row of table.rows) out.push(`| ${row.join(" | ")} |`);
  return out;
}

/**
 * Writes a unit report as prose and tables, in Vietnamese or English, in the style of
 * published reports (viết báo cáo): "Toàn huyện có trên 5.200 mắt camera…", "đã trích xuất
 * gần 1.000 lượt, làm rõ trên 300 vụ việc", "phạm pháp hình sự … được kiềm chế 10 vụ (giảm
 * 4,0% số vụ)".
 *
 * @description Numbers use the separators of the locale (5.200 and 12,5 in Vietnamese), money
 * is written with `formatVnd` ("476,7 triệu đồng"), dates with `formatCalendarDate`.
 * The unit is named by its type: "Toàn huyện", "Toàn thành phố", "Toàn xã"...
 *
 * With `rounding: "rounded"` (the default) counts in the prose follow {@link roundCount}
 * ("trên 5.200", "gần 1.000", "hơn 100"; exact below 100); the text says so in its header,
 * and markdown follows each rounded count with the exact one in parentheses and gives exact
 * counts in its tables. With `"exact"` every count is exact and money is written in full.
 * The report itself is never changed.
 *
 * A change is written with its absolute value and percent ("tăng 30 vụ (+7,5%) so với cùng kỳ
 * năm 2023"); criminal offences that fell are "được kiềm chế". For counts of events
 * (incidents, extractions, patrols, tips) the text adds whether the change is statistically
 * significant by the report's Poisson test, so that a small rise is never called a surge.
 * When the dataset does not cover the comparison period, no change is written and the text
 * says why. The text ends with the report's warnings and a reconciliation of the records.
 *
 * @param report - a report from {@link buildUnitReport}
 * @param options - `locale` (`"vi"` default, or `"en"`), `format` (`"text"` default, or
 *   `"markdown"`), `rounding` (`"rounded"` default, or `"exact"`)
 * @returns the report as text
 * @category Reports
 * @example
 * ```ts
 * import { buildUnitReport, DatasetSchema, renderReport } from "antt";
 * const dataset = DatasetSchema.parse({
 *   schemaVersion: "1.0",
 *   units: [
 *     { code: "38", name: "Tỉnh Thanh Hóa", level: "province", type: "province" },
 *     { code: "15532", name: "Xã Xuân Sinh", level: "commune", type: "commune", parentCode: "38" },
 *   ],
 *   cameras: [
 *     { id: "cam-1", unitCode: "15532", ownerKind: "public", installedOn: "2020-05-01",
 *       connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"], status: "active", lenses: 4 },
 *   ],
 * });
 * const report = buildUnitReport(dataset, { unit: "15532", period: "2024" });
 * const text = renderReport(report, { locale: "vi", format: "text" });
 * text.includes("Toàn xã có 4 mắt camera"); // true
 * renderReport(report, { locale: "en", format: "markdown", rounding: "exact" }).startsWith("# "); // true
 * ```
 */
export function renderReport(report: UnitReport, options: RenderOptions = {}): string {
  const locale = options.locale ?? "vi";
  const fmt = options.format ?? "text";
  // Every string of the report that came from data (names of units, models and datasets,
  // ids) is escaped for the output format before any of it is written.
  const safe = escapeStrings(report, fmt === "markdown" ? escapeMarkdown : escapeText);
  const w = new Writer(safe, locale, fmt, options.rounding ?? "rounded");
  const sections = [
    modelsSection(w),
    camerasSection(w),
    footageSection(w),
    incidentsSection(w),
    activitiesSection(w),
    fundingSection(w),
  ];
  const noteLines = notes(w);
  if (noteLines.length > 0)
    sections.push({ title: w.t("Lưu ý", "Notes"), lines: noteLines, tables: [] });
  sections.push(reconciliationSection(w));

  const [title, ...meta] = header(w);
  const out: string[] = [];
  if (w.markdown) {
    out.push(`# ${title}`, "", `**${meta[0]}**`, "");
    for (const line of meta.slice(1)) out.push(`${line}  `);
    sections.forEach((section, i) => {
      out.push("", `## ${ROMAN[i]}. ${section.title}`, "");
      for (const line of section.lines) out.push(`- ${line}`);
      for (const table of section.tables) out.push("", ...markdownTable(table));
    });
  } else {
    out.push(title as string, ...meta);
    sections.forEach((section, i) => {
      out.push("", `${ROMAN[i]}. ${section.title.toLocaleUpperCase(w.vi ? "vi" : "en")}`);
      for (const line of section.lines) out.push(`- ${line}`);
    });
  }
  return `${out.join("\n")}\n`;
}
