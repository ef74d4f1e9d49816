// The public types of unit reports: what buildUnitReport returns and takes.

import type { AdminLevel, AdminUnitType } from "../admin/index.js";
import type { CalendarDate } from "../core/calendar.js";
import { codesOf } from "../core/labels.js";
import type { Period } from "../core/period.js";
import { DATASET_COLLECTION_LABELS } from "../dataset/labels.js";
import type { ModelKindKey } from "../models/index.js";
import type { ReportChanges, ReportFigures } from "./figure-types.js";

/**
 * What a report is compared with (kỳ so sánh): the same period a year earlier ("so với cùng
 * kỳ năm trước", the default), the period just before it, or nothing.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ComparisonChoice } from "antt";
 * const choice: ComparisonChoice = "previous-period";
 * ```
 */
export type ComparisonChoice = "same-period-last-year" | "previous-period" | "none";

/**
 * How the comparison period of a report was chosen: `same-period-last-year`,
 * `previous-period`, or `custom` (a period given by the caller).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ComparisonBasis } from "antt";
 * const basis: ComparisonBasis = "same-period-last-year";
 * ```
 */
export type ComparisonBasis = "same-period-last-year" | "previous-period" | "custom";

/**
 * Options of {@link buildUnitReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { UnitReportOptions } from "antt";
 * const options: UnitReportOptions = { unit: "395", period: "2024", compareWith: "previous-period" };
 * ```
 */
export interface UnitReportOptions {
  /** The code of the administrative unit (mã đơn vị hành chính) the report is made for. */
  readonly unit: string;
  /** The reporting period: a {@link Period} or its key (`"2024"`, `"2024-H1"`, `"2024-Q3"`...). */
  readonly period: Period | string;
  /**
   * The period to compare with: `"same-period-last-year"` (default), `"previous-period"`,
   * `"none"` (or `null`), or a {@link Period} or period key.
   */
  readonly compareWith?: ComparisonChoice | Period | string | null | undefined;
  /** The significance level of the Poisson tests, between 0 and 1 (default 0.05). */
  readonly significanceLevel?: number | undefined;
}

/**
 * Why {@link buildUnitReport} refused to build a report: `unknown-unit` (the dataset's units
 * have no unit with that code), `invalid-period` or `invalid-comparison`.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { UnitReportErrorCode } from "antt";
 * const code: UnitReportErrorCode = "unknown-unit";
 * ```
 */
export type UnitReportErrorCode = "unknown-unit" | "invalid-period" | "invalid-comparison";

/**
 * How much of a period the dataset's `covers` dates hold: `covered`, `partly-covered`,
 * `not-covered`, or `unknown` when the dataset does not say what it covers.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { DatasetCoverage } from "antt";
 * const coverage: DatasetCoverage = "partly-covered";
 * ```
 */
export type DatasetCoverage = "covered" | "partly-covered" | "not-covered" | "unknown";

/**
 * The kind of a {@link ReportWarning}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportWarningCode } from "antt";
 * const code: ReportWarningCode = "comparison-not-covered";
 * ```
 */
export type ReportWarningCode =
  | "period-not-covered"
  | "period-partly-covered"
  | "comparison-not-covered"
  | "comparison-partly-covered"
  | "unit-not-valid-in-period"
  | "unknown-unit-codes"
  | "admin-index-problems"
  | "completeness-differs";

/**
 * Something the reader of a report should know (cảnh báo): the dataset does not cover a
 * period, records name unit codes the index does not know, and so on.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportWarning } from "antt";
 * const warning: ReportWarning = {
 *   code: "unknown-unit-codes",
 *   message: { en: "2 records name unit codes that are not in the dataset's units", vi: "2 bản ghi có mã đơn vị không có trong danh sách đơn vị" },
 * };
 * ```
 */
export interface ReportWarning {
  /** The kind of warning. */
  readonly code: ReportWarningCode;
  /** The warning in English and Vietnamese. */
  readonly message: { readonly en: string; readonly vi: string };
}

/**
 * The record collections a report reads and reconciles.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportCollection } from "antt";
 * const collection: ReportCollection = "cameras";
 * ```
 */
export type ReportCollection = Exclude<
  keyof typeof DATASET_COLLECTION_LABELS,
  "units" | "successions" | "coverage"
>;

/**
 * The collections a report reconciles, in report order.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_COLLECTIONS } from "antt";
 * REPORT_COLLECTIONS.length; // 12
 * ```
 */
export const REPORT_COLLECTIONS: readonly ReportCollection[] = /* @__PURE__ */ (() =>
  codesOf(DATASET_COLLECTION_LABELS).filter(
    (c): c is ReportCollection => c !== "units" && c !== "successions" && c !== "coverage",
  ))();

/**
 * Which records of a collection fall in a period: `active-during-period` (models, sites,
 * teams and camera points: launched, founded or installed by the last day, and not ended,
 * dissolved or removed before the first) or `dated-in-period` (incidents, extractions,
 * activities, money, reviews, recognitions and counts of the forces: their own date, in
 * Vietnam time, is in the period).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { PeriodRule } from "antt";
 * const rule: PeriodRule = "dated-in-period";
 * ```
 */
export type PeriodRule = "active-during-period" | "dated-in-period";

/**
 * The reconciliation of one collection (đối soát): every record given is either counted or
 * excluded for one reason, so `given = counted + otherUnit + unknownUnit + outsidePeriod`.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { CollectionReconciliation } from "antt";
 * const cameras: CollectionReconciliation = {
 *   rule: "active-during-period", given: 10, counted: 7,
 *   excluded: { otherUnit: 2, unknownUnit: 0, outsidePeriod: 1 },
 * };
 * ```
 */
export interface CollectionReconciliation {
  /** Which records fall in the period. */
  readonly rule: PeriodRule;
  /** Records of the collection in the dataset. */
  readonly given: number;
  /** Records in the unit (or a unit below it) and the period: the ones the figures count. */
  readonly counted: number;
  /** Records not counted, by reason. */
  readonly excluded: {
    /** In a unit outside the report's unit. */
    readonly otherUnit: number;
    /** With a unit code the dataset's units do not list (not even its commune). */
    readonly unknownUnit: number;
    /** In the unit, but not in the period. */
    readonly outsidePeriod: number;
  };
}

/**
 * The reconciliation of a report for one period: per collection, how many records were
 * given, counted and excluded, and the unit codes that are not in the index.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_COLLECTIONS, type ReportReconciliation } from "antt";
 * const allCounted = (r: ReportReconciliation) =>
 *   REPORT_COLLECTIONS.every((c) => r.collections[c].counted === r.collections[c].given);
 * ```
 */
export interface ReportReconciliation {
  /** The key of the period reconciled. */
  readonly period: string;
  /** One reconciliation per collection. */
  readonly collections: { readonly [C in ReportCollection]: CollectionReconciliation };
  /** The distinct unknown unit codes, sorted (the first 20). */
  readonly unknownUnitCodes: readonly string[];
  /** How many distinct unknown unit codes there are. */
  readonly unknownUnitCodeCount: number;
}

/**
 * A unit as a report names it.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportUnit } from "antt";
 * const header = (u: ReportUnit) => `${u.name} (${u.code})`;
 * ```
 */
export interface ReportUnit {
  /** The official code. */
  readonly code: string;
  /** The name, such as "Huyện Thọ Xuân". */
  readonly name: string;
  /** The level. */
  readonly level: AdminLevel;
  /** The type (huyện, thành phố thuộc tỉnh, xã, phường...). */
  readonly type: AdminUnitType;
  /** The parent unit, when there is one. */
  readonly parent: { readonly code: string; readonly name: string } | null;
  /** The units one level down on the last day of the period. */
  readonly children: {
    /** Their level, or `null` when there are none. */
    readonly level: AdminLevel | null;
    /** How many. */
    readonly count: number;
    /** How many of each type (xã, thị trấn...). */
    readonly byType: Readonly<Record<string, number>>;
  };
  /**
   * What the unit is in the latest units the report's index knows, only when it has
   * changed since the period: renamed, retyped, moved or merged into another unit
   * (`became`), divided between units (`divided`), or gone into one of several units the
   * sources do not choose between (`one-of`). The report names the unit as it was in the
   * period, and adds this as a note.
   */
  readonly now?: ReportUnitNow;
}

/**
 * What a report's unit has become since its period (see {@link ReportUnit}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportUnitNow } from "antt";
 * const note = (now: ReportUnitNow) =>
 *   `${now.kind === "one-of" ? "one of: " : ""}${now.units.map((unit) => unit.name).join(" / ")}`;
 * ```
 */
export interface ReportUnitNow {
  /** The unit it became, or each of the units it went into or may have gone into. */
  readonly units: readonly {
    readonly code: string;
    readonly name: string;
    readonly parent: { readonly code: string; readonly name: string } | null;
  }[];
  /**
   * `became`: it is `units[0]` now; `divided`: its parts went into each of `units`;
   * `one-of`: it went into one of `units` (or part of it did), the sources do not say which.
   */
  readonly kind: "became" | "divided" | "one-of";
}

/**
 * A model a report names (in `names.models`).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportModelName } from "antt";
 * const name: ReportModelName = { name: "Camera với ANTT", kind: "camera-security", unitCode: "395", ownedHere: true };
 * ```
 */
export interface ReportModelName {
  /** The model's name. */
  readonly name: string;
  /** Its kind ({@link ModelKindKey}). */
  readonly kind: string;
  /** The unit that owns it. */
  readonly unitCode: string;
  /** Whether that unit is the report's unit or below it (else the model is owned above). */
  readonly ownedHere: boolean;
}

/**
 * A report for one administrative unit and one period (báo cáo kết quả phong trào Toàn dân
 * bảo vệ an ninh Tổ quốc), built by {@link buildUnitReport}: plain JSON with a stable key
 * order.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { UnitReport } from "antt";
 * const lenses = (report: UnitReport) => report.figures.cameras.lensesAtEnd;
 * ```
 */
export interface UnitReport {
  /** Always `"antt/unit-report"`. */
  readonly kind: "antt/unit-report";
  /** The version of the report format: 1. */
  readonly version: 1;
  /** The dataset the report was built from. */
  readonly dataset: {
    readonly name: string | null;
    readonly area: { readonly unitCode: string; readonly name: string | null } | null;
    readonly covers: { readonly start: CalendarDate; readonly end: CalendarDate } | null;
  };
  /** The unit. */
  readonly unit: ReportUnit;
  /** The reporting period. */
  readonly period: Period;
  /** The comparison period, or `null` for none. */
  readonly comparison: { readonly basis: ComparisonBasis; readonly period: Period } | null;
  /** How much of each period the dataset covers. */
  readonly coverage: {
    readonly period: DatasetCoverage;
    readonly comparison: DatasetCoverage | null;
  };
  /**
   * The collections whose records the dataset declares complete (`coverage` records) for
   * the unit over the whole of each period, in report order: only for these does the report
   * state an absence ("Không để xảy ra cháy, nổ"). `children` counts the units one level
   * down whose incidents are declared complete over the period.
   */
  readonly completeness: {
    readonly period: readonly ReportCollection[];
    readonly comparison: readonly ReportCollection[] | null;
    readonly children: { readonly complete: number; readonly of: number };
  };
  /** The settings used. */
  readonly settings: { readonly significanceLevel: number };
  /** The figures of the period. */
  readonly figures: ReportFigures;
  /** The change of every figure from the comparison period, or `null`. */
  readonly changes: ReportChanges | null;
  /** Per collection: records given, counted and excluded, for each period. */
  readonly reconciliation: {
    readonly period: ReportReconciliation;
    readonly comparison: ReportReconciliation | null;
  };
  /** Names of the models listed in `figures.models.byModel` (of either period). */
  readonly names: { readonly models: Readonly<Record<string, ReportModelName>> };
  /** What the reader should know. */
  readonly warnings: readonly ReportWarning[];
}
