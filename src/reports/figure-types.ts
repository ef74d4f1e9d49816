// The figures of a unit report, one interface for each domain's part.

import type { Compared, PeriodChange, Rate } from "../aggregate/index.js";
import type { CameraCount, RatePerThousand } from "../cameras/index.js";
import type { IncidentHarm } from "../incidents/index.js";
import type { ModelKindKey, ModelParticipation, ModelReach } from "../models/index.js";

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
  /**
   * Per model id: the camera points in place on the last day that belong to the model
   * (their `modelId`), and their lenses: "the model's N cameras", exactly, not every camera
   * of the unit.
   */
  readonly camerasByModel: Readonly<
    Record<string, { readonly points: number; readonly lenses: number }>
  >;
  /** How many units one level down have a site: "30/30 xã, thị trấn có mô hình". */
  readonly coverage: {
    /** Units one level below the report's unit, on the last day. */
    readonly childUnits: number;
    /** Of those, units with at least one active site. */
    readonly withAnySite: number;
    /** Of those, units with an active site of each model kind. */
    readonly byModelKind: Readonly<Record<string, number>>;
    /**
     * Of those, units with an active site of each model (by id, see `names.models`), so
     * that the report names the model and not only its kind.
     */
    readonly byModel: Readonly<Record<string, number>>;
  };
  /**
   * Households and people taking part in the active models, each counted once: a model's
   * own count when it gives one, else the sum of its active sites' counts (see
   * {@link ModelParticipation}).
   */
  readonly participants: { readonly households: number; readonly people: number };
  /**
   * Models active on the last day, by each organisation they are built with (Hội Cựu chiến
   * binh, Đoàn Thanh niên...): a model with two partners counts under both.
   */
  readonly byPartner: Readonly<Record<string, number>>;
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
  /**
   * Fire-safety household groups (tổ liên gia an toàn PCCC), those that also keep security
   * and order included.
   */
  readonly fireSafetyGroups: {
    /** Groups active on the last day. */
    readonly activeAtEnd: number;
    /** Groups founded in the period. */
    readonly foundedInPeriod: number;
    /** Households linked in the active groups. */
    readonly households: number;
    /** Of the active groups, those that also keep security and order (PCCC và ANTT). */
    readonly combinedAtEnd: number;
  };
  /**
   * Trainings the teams took part in during the period: their own (`held`, per team), and
   * the entries that name the training activity recording them (`recordedAsActivity`),
   * counted among the activities, not in `held`.
   */
  readonly trainings: {
    readonly held: number;
    readonly participants: number;
    readonly recordedAsActivity: number;
  };
  /**
   * Drills the teams took part in during the period: their own (`held`, per team, and by
   * the scale of their scenario), and the entries that name the drill activity recording
   * them (`recordedAsActivity`), counted once in `activities.drills`, not in `held`. So
   * `held + activities.drills.count` counts each drill once.
   */
  readonly drills: {
    readonly held: number;
    readonly participants: number;
    readonly recordedAsActivity: number;
    readonly byScenarioScale: Readonly<Record<string, number>>;
  };
  /**
   * Villages and residential groups served by a security team (tổ bảo vệ ANTT ở cơ sở)
   * active on the last day: each team's own (its village code, or the `village` it names
   * in its commune) and the others it serves, each counted once.
   */
  readonly villagesWithSecurityTeam: number;
  /**
   * Members trained (được tập huấn): of the people the active teams list by name, those
   * trained by the last day of the period, and their share (`ratio` is `null` when the
   * teams list no one).
   */
  readonly trained: Rate;
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
  /** That cost by who paid (a payer code, see `PAYER_LABELS`), in đồng. */
  readonly costBySourceVnd: Readonly<Record<string, number>>;
  /**
   * That cost by where it counts, community funding (xã hội hóa) or the budget (ngân
   * sách), through `PAYER_FUNDING_SOURCE`, in đồng: both always present.
   */
  readonly costByFundingSourceVnd: Readonly<Record<string, number>>;
  /** Points in service whose funding is recorded. */
  readonly costRecordedPoints: number;
  /**
   * Points planned and not yet installed (status `planned`, counted from their `plannedOn`),
   * never among the points above: "ngoài ra 20 điểm camera đã có kinh phí, chưa lắp đặt".
   * `funded` are those whose funding lists an entry, `costVnd` the sum of it.
   */
  readonly planned: {
    readonly points: number;
    readonly lenses: number;
    readonly funded: CameraCount;
    readonly costVnd: number;
  };
  /**
   * The equipment of the systems of the points in service: recorders (đầu ghi hình) and
   * monitoring screens at the duty room (màn hình giám sát tại phòng trực).
   */
  readonly equipment: { readonly recorders: number; readonly dutyRoomScreens: number };
  /**
   * Lenses in service per 1,000 households of the unit (see {@link ReportFigures.population}),
   * or `null` when no household count is known.
   */
  readonly lensesPerThousandHouseholds: RatePerThousand | null;
}

/**
 * A {@link Rate} that is also written per 10,000: incidents per 10,000 residents (số vụ
 * trên 10.000 dân).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { RatePerTenThousand } from "antt";
 * const rate: RatePerTenThousand = {
 *   numerator: 15, denominator: 12_200, ratio: 15 / 12_200, perTenThousand: 15 / 1.22,
 * };
 * ```
 */
export interface RatePerTenThousand extends Rate {
  /** `numerator × 10000 / denominator`, or `null` when the denominator is 0. */
  readonly perTenThousand: number | null;
}

/**
 * The residents and households of a report's unit (dân số, số hộ), on the last day of the
 * period: the unit's own count (the latest on or before that day in its `population`, else
 * the earliest after it), or else the sum over the units below that give one.
 *
 * @description `residentsFromChildren` and `householdsFromChildren` say, when the figure is
 * such a sum, how many of the unit's direct child units it adds up whole (`counted`: their
 * own count, or a sum over all their units) out of all of them (`of`); both are 0 when the
 * unit gives its own count or no figure is known. The rates of the report (incidents per
 * 10,000 residents, lenses per 1,000 households) are given only over a whole figure.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportPopulationFigures } from "antt";
 * const partial = (p: ReportPopulationFigures) =>
 *   p.residentsFromChildren.counted < p.residentsFromChildren.of;
 * ```
 */
export interface ReportPopulationFigures {
  /** Residents (dân số), or `null` when neither the unit nor any unit below gives them. */
  readonly residents: number | null;
  /** Households (số hộ), or `null` when neither the unit nor any unit below gives them. */
  readonly households: number | null;
  /** When `residents` is a sum over child units: those summed, of all of them. */
  readonly residentsFromChildren: { readonly counted: number; readonly of: number };
  /** When `households` is a sum over child units: those summed, of all of them. */
  readonly householdsFromChildren: { readonly counted: number; readonly of: number };
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
  /** Those incidents by category, then by legal class. */
  readonly casesClarifiedWithCameraByCategoryAndLegalClass: Readonly<
    Record<string, Readonly<Record<string, number>>>
  >;
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
  /**
   * By category, then by the legal class each incident is counted under: "5 vụ trộm cắp
   * tài sản (4 vụ phạm pháp hình sự, 1 vụ vi phạm hành chính)". Categories and classes in
   * code order.
   */
  readonly byCategoryAndLegalClass: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** By group of categories (`INCIDENT_CATEGORY_GROUPS`): the social evils. */
  readonly byCategoryGroup: Readonly<Record<string, number>>;
  /**
   * Criminal offences (phạm pháp hình sự) as police statistics measure them: the cases,
   * those cleared (làm rõ) with the clearance rate ("tỷ lệ điều tra, khám phá án đạt
   * 90,5%"), those cleared with camera help, and the suspects of those.
   */
  readonly criminal: {
    readonly cases: number;
    readonly cleared: number;
    readonly clearanceRate: Rate;
    readonly clearedWithCamera: number;
    readonly suspectsClearedWithCamera: number;
  };
  /**
   * Suspects (đối tượng) identified, by category: people, apart from cases ("phát hiện,
   * xử lý 30 đối tượng đánh bạc"). Categories with none are left out.
   */
  readonly suspectsByCategory: Readonly<Record<string, number>>;
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
  /**
   * Incidents per 10,000 residents of the unit (số vụ/10.000 dân, see
   * {@link ReportFigures.population}), or `null` when no resident count is known.
   */
  readonly perTenThousandResidents: RatePerTenThousand | null;
  /**
   * Casualties and damage (thiệt hại về người và tài sản) of all incidents: deaths,
   * injuries, damage in đồng, and how many incidents state them. "Không gây thiệt hại về
   * người" holds only where every incident states 0 and 0 (`noCasualties`).
   */
  readonly harm: IncidentHarm;
  /** The same by category, for the categories where an incident states any. */
  readonly harmByCategory: Readonly<Record<string, IncidentHarm>>;
  /**
   * Fires and traffic accidents by category, then by cause (nguyên nhân); `unassigned`
   * counts those whose cause is not given.
   */
  readonly byAccidentCategoryAndCause: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /**
   * Traffic accidents (tai nạn giao thông) and traffic collisions (va chạm giao thông)
   * among the category's incidents; `unassigned` counts those not told apart.
   */
  readonly trafficBySeverity: Readonly<Record<string, number>>;
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
  /** Ambushes and stake-outs (mật phục), those directed by cameras, and people taking part. */
  readonly ambushes: {
    readonly count: number;
    readonly directedByCamera: number;
    readonly participants: number;
  };
  /**
   * People (đối tượng) met on patrols and ambushes, sweeps among them, apart from the
   * incidents: suspects apprehended, and people found or handled by the category of what
   * they did (drug users found, gamblers handled), where no single incident exists.
   */
  readonly subjects: {
    readonly apprehended: number;
    readonly byCategory: Readonly<Record<string, number>>;
  };
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
  /**
   * Drills (diễn tập), by topic (fire and rescue, security and order, disasters) and by the
   * scale of their scenario (a household, a cluster of households, a residential area, the
   * commune, ...; `unassigned` when not recorded).
   */
  readonly drills: {
    readonly count: number;
    readonly participants: number;
    readonly byTopic: Readonly<Record<string, number>>;
    readonly byScenarioScale: Readonly<Record<string, number>>;
  };
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
    /**
     * By source: community (xã hội hóa) and budget (ngân sách), both always present;
     * expenses that do not say whose money under `unassigned`.
     */
    readonly bySource: Readonly<Record<string, ReportMoney>>;
    /** By the payer whose money was spent (a payer code, see `PAYER_LABELS`). */
    readonly byPayer: Readonly<Record<string, ReportMoney>>;
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
 * The strength of the forces (lực lượng) in a report's period: the latest count of each
 * force in each unit, added up by force (see `summarizeForces`).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { ReportForceFigures } from "antt";
 * const police: ReportForceFigures = {
 *   byKind: { "commune-police": { members: 17, units: 1, teams: null } },
 * };
 * ```
 */
export interface ReportForceFigures {
  /** By force: members, the units that counted it, and teams where the counts give them. */
  readonly byKind: Readonly<
    Record<
      string,
      { readonly members: number; readonly units: number; readonly teams: number | null }
    >
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
  /** The strength of the forces: commune police, grassroots protection forces. */
  readonly forces: ReportForceFigures;
  /** Residents and households of the unit, the denominators of its rates. */
  readonly population: ReportPopulationFigures;
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
