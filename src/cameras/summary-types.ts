import type { Groups, Rate } from "../aggregate/index.js";
import type { CalendarDate } from "../core/calendar.js";
import type { FundingSource, Payer } from "../core/payers.js";
import type { CameraOwnerKind, CameraSharingTier, CameraStatus } from "./labels.js";

/**
 * A number of camera points (điểm camera) and of their lenses (mắt camera): reports count
 * lenses ("trên 5.200 mắt camera"), registries count points.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraCount } from "antt";
 * const connected: CameraCount = { points: 12, lenses: 25 };
 * ```
 */
export interface CameraCount {
  /** Camera points. */
  readonly points: number;
  /** Lenses of those points (`lenses`, 1 when a record leaves it out). */
  readonly lenses: number;
}

/**
 * A {@link CameraCount} as it is kept in a {@link CameraSummaryState}: plain JSON,
 * updated in place while records are added.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraCountState } from "antt";
 * const state: CameraCountState = { points: 0, lenses: 0 };
 * ```
 */
export interface CameraCountState {
  /** Camera points. */
  points: number;
  /** Lenses of those points. */
  lenses: number;
}

/**
 * Who paid for a camera point, as {@link CameraSummary.byPayer} buckets points: the one
 * funding source of all its entries, `mixed` when entries name several sources, `none`
 * when its funding list is empty (nothing paid). A point whose funding is not recorded at
 * all is counted under `unassigned`.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraPayer } from "antt";
 * const payers: CameraPayer[] = ["household", "budget", "mixed", "none"];
 * ```
 */
export type CameraPayer = Payer | "mixed" | "none";

/**
 * A {@link Rate} that is also written per thousand: cameras per 1,000 households
 * (số camera trên 1.000 hộ dân).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { RatePerThousand } from "antt";
 * const density: RatePerThousand = { numerator: 50, denominator: 1_250, ratio: 0.04, perThousand: 40 };
 * ```
 */
export interface RatePerThousand extends Rate {
  /** `numerator × 1000 / denominator`, or `null` when the denominator is 0. */
  readonly perThousand: number | null;
}

/**
 * Camera points and lenses per 1,000 households (mật độ camera), as
 * {@link CameraSummary.perThousandHouseholds} gives them.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraDensity } from "antt";
 * const density: CameraDensity = {
 *   points: { numerator: 50, denominator: 1_250, ratio: 0.04, perThousand: 40 },
 *   lenses: { numerator: 75, denominator: 1_250, ratio: 0.06, perThousand: 60 },
 * };
 * ```
 */
export interface CameraDensity {
  /** Points per household (`ratio`) and per 1,000 households (`perThousand`). */
  readonly points: RatePerThousand;
  /** Lenses per household (`ratio`) and per 1,000 households (`perThousand`). */
  readonly lenses: RatePerThousand;
}

/**
 * Options of {@link cameraSummary} and {@link summarizeCameras}.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraSummaryOptions } from "antt";
 * const options: CameraSummaryOptions = { asOf: "2024-12-31", households: 1_250 };
 * ```
 */
export interface CameraSummaryOptions {
  /**
   * Count only the points in service on this day (tính đến ngày): installed on or before
   * it and not removed before it. The others are counted apart, in `notYetInstalled` and
   * `removedBefore`. Absent: every point counts.
   */
  readonly asOf?: CalendarDate | undefined;
  /**
   * The number of households (hộ gia đình) of the area the records cover, for cameras per
   * 1,000 households. Absent: `perThousandHouseholds` is `null`.
   */
  readonly households?: number | undefined;
}

/**
 * A breakdown of camera points as a {@link CameraSummaryState} keeps it: points and lenses
 * by code, in two count objects.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraBreakdownState } from "antt";
 * const byStatus: CameraBreakdownState = {
 *   points: { active: 3, offline: 1, removed: 0 },
 *   lenses: { active: 7, offline: 1, removed: 0 },
 * };
 * ```
 */
export interface CameraBreakdownState {
  /** Points by code. */
  points: Record<string, number>;
  /** Lenses by code. */
  lenses: Record<string, number>;
}

/**
 * The partial result of {@link cameraSummary}: plain JSON, to be shipped and merged.
 *
 * @description Each count by code starts with every code of its code list at 0 (so that
 * all states share one shape, which makes counting fast); a missing or unknown code is
 * added as its own key. {@link CameraSummary} lists only the codes that occurred.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregateState, cameraSummary, type CameraSummaryState } from "antt";
 * const state: CameraSummaryState = aggregateState(cameraSummary(), []);
 * state.counted; // { points: 0, lenses: 0 }
 * ```
 */
export interface CameraSummaryState {
  /** Points counted (in service on `asOf`, or all when there is no `asOf`). */
  counted: CameraCountState;
  /** Points installed after `asOf`. */
  notYetInstalled: CameraCountState;
  /** Points planned, not yet installed (status `planned`): never counted. */
  planned: CameraCountState;
  /** Of those, the points whose funding lists at least one entry. */
  plannedFunded: CameraCountState;
  /** The funding of the planned points, in đồng. */
  plannedCost: number;
  /** Recorders (đầu ghi) of the counted points. */
  recorders: number;
  /** Screens at the duty room (màn hình tại phòng trực) of the counted points. */
  dutyRoomScreens: number;
  /** Points removed before `asOf`. */
  removedBefore: CameraCountState;
  /** Counted points by owner kind. */
  byOwnerKind: CameraBreakdownState;
  /** Counted points by status. */
  byStatus: CameraBreakdownState;
  /** Counted points by sharing tier. */
  bySharingTier: CameraBreakdownState;
  /** Counted points by who paid. */
  byPayer: CameraBreakdownState;
  /** Counted points connected to the duty room. */
  connectedToDutyRoom: CameraCountState;
  /** Counted points whose funding is recorded (possibly as an empty list). */
  costRecordedPoints: number;
  /** Total cost of the counted points, in đồng. */
  cost: number;
  /** Cost of the counted points by funding source, in đồng. */
  costBySource: Record<string, number>;
}

/**
 * The cost of the counted camera points, in đồng (kinh phí lắp đặt).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraCostSummary } from "antt";
 * const cost: CameraCostSummary = {
 *   total: 7_000_000,
 *   bySource: { household: 7_000_000 },
 *   byFundingSource: { community: 7_000_000 },
 *   recordedPoints: 2,
 *   averagePerPoint: { numerator: 7_000_000, denominator: 2, ratio: 3_500_000 },
 * };
 * ```
 */
export interface CameraCostSummary {
  /** The sum of every funding entry of the counted points, in đồng. */
  readonly total: number;
  /**
   * The sum of the entries of each funding source (who paid), in đồng, for the sources
   * whose sum is not 0; an old code under the code it stands for (`households` under
   * `household`); adds up to `total`.
   */
  readonly bySource: Groups<Payer, number>;
  /**
   * The same money by where it counts, community funding (xã hội hóa) or the budget (ngân
   * sách), through {@link core!PAYER_FUNDING_SOURCE}; only the sources whose sum is not 0; adds
   * up to `total`.
   */
  readonly byFundingSource: Groups<FundingSource, number>;
  /** Counted points whose funding is recorded (an empty list, nothing paid, included). */
  readonly recordedPoints: number;
  /**
   * `total / recordedPoints`: the average cost of a point whose funding is recorded
   * (points without a record would only pull it towards 0); `ratio` is `null`, not `NaN`,
   * when no point has a record.
   */
  readonly averagePerPoint: Rate;
}

/**
 * The camera figures of an area (số liệu camera): points and lenses in total, by owner
 * kind, status, sharing tier and payer, connected to the duty room, their cost, and their
 * density per 1,000 households.
 *
 * @description Every counted point is in exactly one bucket of each breakdown
 * (`unassigned` for a missing value), so the points and lenses of each breakdown add up
 * to `points` and `lenses`; and every record read is either counted, planned or in one of
 * the two `asOf` exclusions: `input = counted + notYetInstalled + removedBefore + planned`.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeCameras, type CameraSummary } from "antt";
 * const summary: CameraSummary = summarizeCameras([]);
 * summary.points; // 0
 * ```
 */
export interface CameraSummary {
  /** The day the points were counted in service on, or `null` for all points. */
  readonly asOf: CalendarDate | null;
  /** Every record read: counted, not yet installed, removed before `asOf` and planned. */
  readonly input: CameraCount;
  /** Points installed after `asOf` (not counted). */
  readonly notYetInstalled: CameraCount;
  /**
   * Points planned and not yet installed (status `planned`, đã có kinh phí, chưa lắp đặt),
   * whatever `asOf`: never counted among the points in service.
   */
  readonly planned: CameraPlannedSummary;
  /** Points removed before `asOf` (not counted). */
  readonly removedBefore: CameraCount;
  /** Counted points (in service on `asOf`, or all). */
  readonly points: number;
  /** Lenses (mắt camera) of the counted points. */
  readonly lenses: number;
  /** Counted points by owner kind (hộ gia đình, cơ quan, doanh nghiệp, trường học...). */
  readonly byOwnerKind: Groups<CameraOwnerKind, CameraCount>;
  /**
   * Counted points by the status the record carries (its latest), not the status it had
   * on `asOf`: a point removed after `asOf` is counted, under `removed`.
   */
  readonly byStatus: Groups<CameraStatus, CameraCount>;
  /** Counted points by how far they share images with the police. */
  readonly bySharingTier: Groups<CameraSharingTier, CameraCount>;
  /** Counted points by who paid (see {@link CameraPayer}); `unassigned`: funding not recorded. */
  readonly byPayer: Groups<CameraPayer, CameraCount>;
  /** Counted points connected to the commune police duty room (kết nối về phòng trực ban). */
  readonly connectedToDutyRoom: CameraCount;
  /** The cost of the counted points, in đồng. */
  readonly cost: CameraCostSummary;
  /**
   * The equipment of the counted points' systems: recorders (đầu ghi hình) and monitoring
   * screens at the duty room (màn hình giám sát tại phòng trực); points that do not record
   * them add 0.
   */
  readonly equipment: CameraEquipmentCount;
  /**
   * Counted points and lenses per 1,000 households, when `households` was given; `null`
   * otherwise. The denominator is the number of households.
   */
  readonly perThousandHouseholds: CameraDensity | null;
}

/**
 * Camera points planned and not yet installed (điểm camera đã có kinh phí, chưa lắp đặt),
 * as {@link CameraSummary.planned} gives them.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraPlannedSummary } from "antt";
 * const planned: CameraPlannedSummary = {
 *   points: 20, lenses: 24, funded: { points: 20, lenses: 24 }, cost: 140_000_000,
 * };
 * ```
 */
export interface CameraPlannedSummary extends CameraCount {
  /** Of those, the points whose funding lists at least one entry (đã có kinh phí). */
  readonly funded: CameraCount;
  /** The sum of the planned points' funding entries, in đồng. */
  readonly cost: number;
}

/**
 * The equipment of camera systems (thiết bị của hệ thống camera), as
 * {@link CameraSummary.equipment} counts it.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { CameraEquipmentCount } from "antt";
 * const equipment: CameraEquipmentCount = { recorders: 12, dutyRoomScreens: 3 };
 * ```
 */
export interface CameraEquipmentCount {
  /** Video recorders (đầu ghi hình). */
  readonly recorders: number;
  /** Monitoring screens at the commune police duty room (màn hình giám sát tại phòng trực). */
  readonly dutyRoomScreens: number;
}
