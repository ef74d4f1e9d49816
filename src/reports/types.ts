// The public types of unit reports: what buildUnitReport returns and takes.

import type { AdminLevel, AdminUnitType } from "../admin/index.js";
import type { Compared, PeriodChange, Rate } from "../aggregate/index.js";
import type { CameraCount } from "../cameras/index.js";
import type { CalendarDate, Period } from "../core/calendar.js";
import { codesOf } from "../core/labels.js";
import { DATASET_COLLECTION_LABELS } from "../dataset/labels.js";
import type { ModelKindKey, ModelReach } from "../models/index.js";

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
  | "admin-index-problems";

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
  "units" | "successions"
>;

/**
 * The collections a report reconciles, in report order.
 *
 * @category Reports
 * @example
 * ```ts
 * import { REPORT_COLLECTIONS } from "antt";
 * REPORT_COLLECTIONS.length; // 11
 * ```
 */
export const REPORT_COLLECTIONS: readonly ReportCollection[] = /* @__PURE__ */ (() =>
  codesOf(DATASET_COLLECTION_LABELS).filter(
    (c): c is ReportCollection => c !== "units" && c !== "successions",
  ))();

/**
 * Which records of a collection fall in a period: `active-during-period` (models, sites,
 * teams and camera points: launched, founded or installed by the last day, and not ended,
 * dissolved or removed before the first) or `dated-in-period` (incidents, extractions,
 * activities, money, reviews and recognitions: their own date, in Vietnam time, is in the
 * period).
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
 * A model's reach inside the report's unit at the end of the period: sites, replicated
 * sites and teams running them (see {@link ModelReach}).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportModelReach } from "antt";
 * const kimDoi: ReportModelReach = { sites: 6, replicated: 5, teams: 6 };
 * ```
 */
export type ReportModelReach = ModelReach;

/**
 * The sites of one kind of model (điểm mô hình theo loại mô hình).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportSiteKindFigures } from "antt";
 * const firePoints: ReportSiteKindFigures = { activeAtEnd: 13, launchedInPeriod: 12, replicatedInPeriod: 12 };
 * ```
 */
export interface ReportSiteKindFigures {
  /** Sites active on the last day of the period. */
  readonly activeAtEnd: number;
  /** Sites launched in the period (replicated or first sites of new models). */
  readonly launchedInPeriod: number;
  /** Sites replicated (nhân rộng) in the period. */
  readonly replicatedInPeriod: number;
}

/**
 * The model figures of a report (mô hình, điểm mô hình): models, sites and teams are counted
 * apart, as Guidance 22/HD-BCA-V05 asks.
 *
 * @description Models are those owned by the unit or a unit below it; sites those located in
 * it (a district's model has its sites in the communes, so a commune report counts the
 * sites and not the model). "At end" means active on the last day of the period; breakdowns
 * (by kind, type, group, grade, status) are of the models active at the end.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportModelFigures } from "antt";
 * const activeKinds = (m: ReportModelFigures) => Object.keys(m.byKind).length;
 * ```
 */
export interface ReportModelFigures {
  /** Models active on the last day of the period. */
  readonly activeAtEnd: number;
  /** Models launched (xây dựng mới) in the period. */
  readonly launchedInPeriod: number;
  /** Models ended (thanh loại) in the period. */
  readonly endedInPeriod: number;
  /** New models plus sites replicated in the period ("xây dựng mới, nhân rộng"). */
  readonly newOrReplicatedInPeriod: number;
  /** Distinct types (loại) among the active models (unassigned not counted). */
  readonly types: number;
  /** Distinct groups (nhóm) among the active models (unassigned not counted). */
  readonly groups: number;
  /** Active models by kind ({@link ModelKindKey}: a listed kind or `custom:<name>`). */
  readonly byKind: Readonly<Record<string, number>>;
  /** Active models by type (the police's own words). */
  readonly byType: Readonly<Record<string, number>>;
  /** Active models by group. */
  readonly byGroup: Readonly<Record<string, number>>;
  /** Active models by status (active, suspended...). */
  readonly byStatus: Readonly<Record<string, number>>;
  /** Active models by their latest grade (tốt, khá, trung bình, yếu...). */
  readonly byGrade: Readonly<Record<string, number>>;
  /** Active models that are advanced exemplars (điển hình tiên tiến). */
  readonly exemplars: number;
  /** Active models with a dossier (hồ sơ). */
  readonly withDossier: number;
  /** Sites in the unit. */
  readonly sites: {
    /** Sites active on the last day. */
    readonly activeAtEnd: number;
    /** Of those, sites replicated from another site. */
    readonly replicatedActiveAtEnd: number;
    /** Sites launched in the period. */
    readonly launchedInPeriod: number;
    /** Sites replicated in the period. */
    readonly replicatedInPeriod: number;
    /** Sites ended in the period. */
    readonly endedInPeriod: number;
    /** Teams active on the last day that run one of the active sites. */
    readonly teams: number;
    /** Sites by the kind of their model. */
    readonly byModelKind: Readonly<Record<string, ReportSiteKindFigures>>;
  };
  /** Per model id (see the report's `names.models`): its active sites in the unit. */
  readonly byModel: Readonly<Record<string, ReportModelReach>>;
  /** How many units one level down have a site: "30/30 xã, thị trấn có mô hình". */
  readonly coverage: {
    /** Units one level below the report's unit, on the last day. */
    readonly childUnits: number;
    /** Of those, units with at least one active site. */
    readonly withAnySite: number;
    /** Of those, units with an active site of each model kind. */
    readonly byModelKind: Readonly<Record<string, number>>;
  };
  /** Reviews of models held in the period (sơ kết, tổng kết). */
  readonly reviews: {
    /** Reviews held. */
    readonly held: number;
    /** By kind: interim, final. */
    readonly byKind: Readonly<Record<string, number>>;
    /** By grade given. */
    readonly byGrade: Readonly<Record<string, number>>;
    /** By recommendation: maintain, consolidate, replicate, end (đề xuất thanh loại). */
    readonly byRecommendation: Readonly<Record<string, number>>;
  };
}

/**
 * The team figures of a report (tổ tự quản, tổ liên gia, tổ bảo vệ ANTT).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportTeamFigures } from "antt";
 * const fireGroups = (t: ReportTeamFigures) => t.fireSafetyGroups.activeAtEnd;
 * ```
 */
export interface ReportTeamFigures {
  /** Teams active on the last day of the period. */
  readonly activeAtEnd: number;
  /** Teams founded in the period. */
  readonly foundedInPeriod: number;
  /** Teams dissolved in the period. */
  readonly dissolvedInPeriod: number;
  /** Active teams by kind. */
  readonly byKind: Readonly<Record<string, number>>;
  /** Teams founded in the period, by kind. */
  readonly foundedInPeriodByKind: Readonly<Record<string, number>>;
  /** Member households (hộ) of the active teams. */
  readonly households: number;
  /** Members (people) of the active teams. */
  readonly members: number;
  /** Fire-safety household groups (tổ liên gia an toàn PCCC). */
  readonly fireSafetyGroups: {
    /** Groups active on the last day. */
    readonly activeAtEnd: number;
    /** Groups founded in the period. */
    readonly foundedInPeriod: number;
    /** Households linked in the active groups. */
    readonly households: number;
  };
  /** Trainings the teams took part in during the period. */
  readonly trainings: { readonly held: number; readonly participants: number };
  /** Drills the teams took part in during the period. */
  readonly drills: { readonly held: number; readonly participants: number };
}

/**
 * The camera figures of a report (camera an ninh): points (điểm) and lenses (mắt camera) in
 * service on the last day of the period, unless named otherwise.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportCameraFigures } from "antt";
 * const share = (c: ReportCameraFigures) => c.connectedToDutyRoom.lenses / c.lensesAtEnd;
 * ```
 */
export interface ReportCameraFigures {
  /** Points in service on the last day. */
  readonly pointsAtEnd: number;
  /** Lenses of those points. */
  readonly lensesAtEnd: number;
  /** Of those, points and lenses facing a road or a public place. */
  readonly facingRoadOrPublicPlace: CameraCount;
  /** Of those, points and lenses connected to the commune police duty room. */
  readonly connectedToDutyRoom: CameraCount;
  /** By owner kind. */
  readonly byOwnerKind: Readonly<Record<string, CameraCount>>;
  /** By owner group, as published reports group owners (every group, zeros included). */
  readonly byOwnerGroup: Readonly<Record<string, CameraCount>>;
  /** By who paid (households, budget, mixed, none; unassigned: not recorded). */
  readonly byPayer: Readonly<Record<string, CameraCount>>;
  /** Points installed in the period (whether or not still in service at its end). */
  readonly installedInPeriod: CameraCount;
  /** Points removed in the period. */
  readonly removedInPeriod: CameraCount;
  /** Recorded cost of the points in service, in đồng. */
  readonly costVnd: number;
  /** That cost by funding source, in đồng. */
  readonly costBySourceVnd: Readonly<Record<string, number>>;
  /** Points in service whose funding is recorded. */
  readonly costRecordedPoints: number;
}

/**
 * The footage figures of a report (trích xuất dữ liệu camera) and the cases clarified with
 * camera help (vụ việc được làm rõ nhờ camera).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportExtractionFigures } from "antt";
 * const perCase = (x: ReportExtractionFigures) => x.total / Math.max(1, x.casesClarifiedWithCamera);
 * ```
 */
export interface ReportExtractionFigures {
  /** Extractions requested in the period. */
  readonly total: number;
  /** Of those, extractions whose outcome is helped-clarify. */
  readonly helpedClarify: number;
  /** Distinct incidents the extractions served. */
  readonly incidentsServed: number;
  /** Distinct incidents an extraction helped clarify. */
  readonly incidentsHelped: number;
  /** Extractions by outcome. */
  readonly byOutcome: Readonly<Record<string, number>>;
  /** Extractions by purpose. */
  readonly byPurpose: Readonly<Record<string, number>>;
  /** Incidents of the period clarified with camera help (the published "làm rõ N vụ việc"). */
  readonly casesClarifiedWithCamera: number;
  /** Those incidents by category. */
  readonly casesClarifiedWithCameraByCategory: Readonly<Record<string, number>>;
}

/**
 * The incident figures of a report (tình hình vụ việc về ANTT).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportIncidentFigures } from "antt";
 * const criminal = (i: ReportIncidentFigures) => i.byLegalClass["criminal"] ?? 0;
 * ```
 */
export interface ReportIncidentFigures {
  /** Incidents that occurred in the period. */
  readonly total: number;
  /** By legal class: criminal (phạm pháp hình sự), administrative, accident, dispute. */
  readonly byLegalClass: Readonly<Record<string, number>>;
  /** By category. */
  readonly byCategory: Readonly<Record<string, number>>;
  /** By how they were detected. */
  readonly byDetection: Readonly<Record<string, number>>;
  /** By status. */
  readonly byStatus: Readonly<Record<string, number>>;
  /** Incidents clarified (làm rõ). */
  readonly clarified: number;
  /** Clarified out of all, with numerator and denominator. */
  readonly clarificationRate: Rate;
  /** Incidents clarified with camera help. */
  readonly clarifiedWithCamera: number;
  /** Suspects (đối tượng) identified. */
  readonly suspects: number;
}

/**
 * The activity figures of a report (tuần tra, nguồn tin, hòa giải, tuyên truyền...).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportActivityFigures } from "antt";
 * const byCamera = (a: ReportActivityFigures) => a.patrols.directedByCamera;
 * ```
 */
export interface ReportActivityFigures {
  /** Activities in the period. */
  readonly total: number;
  /** Patrols (tuần tra), those directed by cameras, and people taking part. */
  readonly patrols: {
    readonly count: number;
    readonly directedByCamera: number;
    readonly participants: number;
  };
  /** Ambushes and stake-outs (mật phục). */
  readonly ambushes: { readonly count: number; readonly participants: number };
  /** Tips from the public (nguồn tin), verified, and those that led to an incident. */
  readonly tips: {
    readonly count: number;
    readonly verified: number;
    readonly ledToIncident: number;
  };
  /** Mediations (hòa giải) and their outcomes; success out of decided ones. */
  readonly mediations: {
    readonly count: number;
    readonly succeeded: number;
    readonly failed: number;
    readonly pending: number;
    readonly successRate: Rate;
  };
  /** Outreach sessions (tuyên truyền) and their audience. */
  readonly outreach: { readonly sessions: number; readonly audience: number };
  /** Drills (diễn tập). */
  readonly drills: { readonly count: number; readonly participants: number };
  /** Trainings (tập huấn). */
  readonly trainings: { readonly count: number; readonly participants: number };
  /** Awards (khen thưởng) and the cash given, in đồng. */
  readonly awards: { readonly count: number; readonly cashVnd: number };
}

/**
 * A number of money records and their amount in đồng.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportMoney } from "antt";
 * const budget: ReportMoney = { count: 3, amountVnd: 72_600_000 };
 * ```
 */
export interface ReportMoney {
  /** Records. */
  readonly count: number;
  /** Their amount, in đồng. */
  readonly amountVnd: number;
}

/**
 * The funding figures of a report (kinh phí, xã hội hóa): contributions received and money
 * spent in the period.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportFundingFigures } from "antt";
 * const community = (f: ReportFundingFigures) => f.contributions.bySource["community"]?.amountVnd ?? 0;
 * ```
 */
export interface ReportFundingFigures {
  /** Contributions (đóng góp) received in the period. */
  readonly contributions: {
    readonly count: number;
    readonly amountVnd: number;
    /** Households, people or organisations that gave. */
    readonly contributors: number;
    /** By source: community (xã hội hóa) and budget (ngân sách), both always present. */
    readonly bySource: Readonly<Record<string, ReportMoney>>;
    /** By what they fund: model, site, cameras, team, other. */
    readonly byTarget: Readonly<Record<string, ReportMoney>>;
    /** By kind of contributor. */
    readonly byContributorKind: Readonly<Record<string, ReportMoney>>;
    /** Given in kind (goods, labour), valued in đồng. */
    readonly inKind: ReportMoney;
  };
  /** Money spent in the period. */
  readonly expenses: {
    readonly count: number;
    readonly amountVnd: number;
    /** By source. */
    readonly bySource: Readonly<Record<string, ReportMoney>>;
    /** By purpose. */
    readonly byPurpose: Readonly<Record<string, ReportMoney>>;
  };
}

/**
 * The "An toàn về ANTT" recognitions of a report decided in the period.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportRecognitionFigures } from "antt";
 * const none: ReportRecognitionFigures = { assessed: 0, recognized: 0, bySubjectKind: {} };
 * ```
 */
export interface ReportRecognitionFigures {
  /** Subjects assessed. */
  readonly assessed: number;
  /** Of those, recognised. */
  readonly recognized: number;
  /** By kind of subject (residential area, commune, agency or business, school). */
  readonly bySubjectKind: Readonly<
    Record<string, { readonly assessed: number; readonly recognized: number }>
  >;
}

/**
 * Every figure of a report for one period: only numbers, `null` and records of them, so two
 * periods compare key by key.
 *
 * @description Money is in keys ending in `Vnd` (or inside a record whose key does); rates
 * carry `numerator`, `denominator` and `ratio` (`null` when the denominator is 0).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportFigures } from "antt";
 * const lenses = (f: ReportFigures) => f.cameras.lensesAtEnd;
 * ```
 */
export interface ReportFigures {
  /** Models, sites, coverage and reviews. */
  readonly models: ReportModelFigures;
  /** Teams and households. */
  readonly teams: ReportTeamFigures;
  /** Camera points and lenses. */
  readonly cameras: ReportCameraFigures;
  /** Footage extractions and cases clarified with camera help. */
  readonly extractions: ReportExtractionFigures;
  /** Incidents. */
  readonly incidents: ReportIncidentFigures;
  /** Patrols, tips, mediations, outreach, drills, awards. */
  readonly activities: ReportActivityFigures;
  /** Contributions and spending. */
  readonly funding: ReportFundingFigures;
  /** "An toàn về ANTT" recognitions. */
  readonly recognitions: ReportRecognitionFigures;
}

/**
 * The change of every figure of a report from the comparison period (so sánh): a
 * {@link PeriodChange} in place of each number, computed by {@link aggregate!comparePeriods}.
 *
 * @description Money (keys ending in `Vnd`) and ratios are not counts of events: their
 * `poisson` is `null`. A figure present in only one period counts as 0 in the other.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportChanges } from "antt";
 * const criminal = (c: ReportChanges) => c.incidents.byLegalClass["criminal"]?.absoluteChange;
 * ```
 */
export type ReportChanges = Compared<ReportFigures>;

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
