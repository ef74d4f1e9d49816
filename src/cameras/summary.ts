import { type Dict, setOwn } from "../aggregate/dict.js";
import {
  type Aggregator,
  aggregate,
  type Groups,
  type Rate,
  type Source,
  type StateShape,
  UNASSIGNED,
} from "../aggregate/index.js";
import {
  addTo,
  bump,
  COUNT_SHAPE,
  COUNTS_SHAPE,
  type Counter,
  checkAsOf,
  counter,
  countOf,
  finishCounts,
  keyOf,
  lazy,
  mergeCounts,
  occurred,
  rateOf,
} from "../aggregate/summaries.js";
import type { CalendarDate } from "../core/calendar.js";
import { codesOf } from "../core/labels.js";
import { notWhole } from "../core/record-fields.js";
import {
  CAMERA_FUNDING_SOURCE_LABELS,
  CAMERA_OWNER_KIND_LABELS,
  CAMERA_SHARING_TIER_LABELS,
  CAMERA_STATUS_LABELS,
  type CameraFundingSource,
  type CameraOwnerKind,
  type CameraSharingTier,
  type CameraStatus,
} from "./labels.js";
import type { CameraPointInput } from "./schema.js";

// ---------------------------------------------------------------------------------------
// Local helpers; the counters are explained in src/aggregate/summaries.ts.

/** The counters of the camera code lists, made on first use. */
const cameraCountersOf = /* @__PURE__ */ lazy(() => ({
  ownerKind: counter(codesOf(CAMERA_OWNER_KIND_LABELS)),
  status: counter(codesOf(CAMERA_STATUS_LABELS)),
  sharingTier: counter(codesOf(CAMERA_SHARING_TIER_LABELS)),
  payer: counter([...codesOf(CAMERA_FUNDING_SOURCE_LABELS), "mixed", "none", UNASSIGNED]),
  source: counter(codesOf(CAMERA_FUNDING_SOURCE_LABELS)),
}));

function notExact(what: string, value: number): RangeError {
  return new RangeError(
    `${what} ${value} is not a safe integer: amounts must be whole đồng and sums below 2^53 (Số tiền không phải số nguyên an toàn)`,
  );
}

function addVnd(total: number, amount: number): number {
  const next = total + amount;
  if (!Number.isSafeInteger(amount)) throw notExact("The amount", amount);
  if (!Number.isSafeInteger(next)) throw notExact("The cost", next);
  return next;
}

function addVndTo(dict: Dict<number>, key: string, amount: number): void {
  const n = dict[key];
  if (typeof n === "number") dict[key] = addVnd(n, amount);
  else setOwn(dict, key, addVnd(0, amount));
}

function tally(count: CameraCountState, lenses: number): void {
  count.points += 1;
  count.lenses += lenses;
}

function tallyIn(breakdown: CameraBreakdownState, key: string, lenses: number): void {
  bump(breakdown.points, key);
  addTo(breakdown.lenses, key, lenses);
}

function newBreakdown(counter: Counter): CameraBreakdownState {
  return { points: counter.make(), lenses: counter.make() };
}

function mergeCount(into: CameraCountState, from: CameraCountState): void {
  into.points += from.points;
  into.lenses += from.lenses;
}

function mergeBreakdown(into: CameraBreakdownState, from: CameraBreakdownState): void {
  mergeCounts(into.points, from.points);
  mergeCounts(into.lenses, from.lenses);
}

function finishBreakdown(
  breakdown: CameraBreakdownState,
  known: readonly string[],
): Record<string, CameraCount> {
  const out: Record<string, CameraCount> = {};
  const { points, lenses } = breakdown;
  for (const key of occurred(points, known)) {
    setOwn(out, key, { points: points[key] as number, lenses: countOf(lenses, key) });
  }
  return out;
}

function perThousand(numerator: number, denominator: number): RatePerThousand {
  return {
    ...rateOf(numerator, denominator),
    perThousand: denominator === 0 ? null : (numerator * 1000) / denominator,
  };
}

// ---------------------------------------------------------------------------------------

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
 * const payers: CameraPayer[] = ["households", "budget", "mixed", "none"];
 * ```
 */
export type CameraPayer = CameraFundingSource | "mixed" | "none";

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
 *   bySource: { households: 7_000_000 },
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
   * whose sum is not 0; adds up to `total`.
   */
  readonly bySource: Groups<CameraFundingSource, number>;
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
 * to `points` and `lenses`; and every record read is either counted or in one of the two
 * `asOf` exclusions: `input = counted + notYetInstalled + removedBefore`.
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
  /** Every record read: counted, not yet installed and removed before `asOf`. */
  readonly input: CameraCount;
  /** Points installed after `asOf` (not counted). */
  readonly notYetInstalled: CameraCount;
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
   * Counted points and lenses per 1,000 households, when `households` was given; `null`
   * otherwise. The denominator is the number of households.
   */
  readonly perThousandHouseholds: CameraDensity | null;
}

const CAMERA_COUNT_SHAPE: StateShape = {
  type: "fields",
  fields: { points: COUNT_SHAPE, lenses: COUNT_SHAPE },
};
const BREAKDOWN_SHAPE: StateShape = {
  type: "fields",
  fields: { points: COUNTS_SHAPE, lenses: COUNTS_SHAPE },
};

/** What a {@link CameraSummaryState} looks like, for `parseState`. */
const CAMERA_SUMMARY_SHAPE: StateShape = {
  type: "named",
  name: "antt.cameras-summary",
  version: 1,
  of: {
    type: "fields",
    fields: {
      counted: CAMERA_COUNT_SHAPE,
      notYetInstalled: CAMERA_COUNT_SHAPE,
      removedBefore: CAMERA_COUNT_SHAPE,
      byOwnerKind: BREAKDOWN_SHAPE,
      byStatus: BREAKDOWN_SHAPE,
      bySharingTier: BREAKDOWN_SHAPE,
      byPayer: BREAKDOWN_SHAPE,
      connectedToDutyRoom: CAMERA_COUNT_SHAPE,
      costRecordedPoints: COUNT_SHAPE,
      cost: COUNT_SHAPE,
      costBySource: COUNTS_SHAPE,
    },
  },
};

function checkOptions(options: CameraSummaryOptions): void {
  const { asOf, households } = options;
  checkAsOf(asOf);
  if (households !== undefined && !(Number.isSafeInteger(households) && households >= 0)) {
    throw new RangeError(
      `Invalid households ${households}: expected a whole number of households, 0 or more (Số hộ không hợp lệ)`,
    );
  }
}

/**
 * The aggregator behind {@link summarizeCameras}: camera figures of an area (số liệu
 * camera an ninh), mergeable across villages, communes and workers.
 *
 * @description One pass, constant work per record; the state is plain JSON whose size
 * depends on the code lists, not on the number of records. Merge only states made with
 * the same options. With `asOf`, a point counts when `installedOn <= asOf` and it has no
 * `removedOn` before `asOf` (one removed on `asOf` itself still counts: it was in place
 * that day). Compose it with `groupBy(byUnit(...), cameraSummary())` for figures per
 * commune, and `rollup` them to districts and provinces. Its states are of kind
 * `antt.cameras-summary`, version 1: check one read from a file, a worker or a network
 * with `parseState(cameraSummary(), text)` before merging it.
 *
 * Records are not validated, but a `lenses` or a funding `amount` that is not a whole
 * number ≥ 0 (`"3"`, `-1`) throws rather than become a wrong figure; `aggregate` and
 * {@link summarizeCameras} report it as a `RecordError` naming the record.
 *
 * @param options - `asOf` (count points in service on that day) and `households` (for
 *   cameras per 1,000 households)
 * @returns an aggregator of camera points into a {@link CameraSummary}
 * @throws RangeError when `asOf` is not a calendar date or `households` not a whole
 *   number ≥ 0; (when records are added) a TypeError when `lenses` or an amount is not a
 *   number ≥ 0, a RangeError when it is not whole or the cost exceeds 2^53
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate, byUnit, cameraSummary, groupBy, type CameraPoint } from "antt";
 * const cameras: CameraPoint[] = [
 *   { id: "c1", unitCode: "15532", ownerKind: "household", installedOn: "2020-09-15",
 *     connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"],
 *     status: "active", lenses: 2 },
 *   { id: "c2", unitCode: "15535", ownerKind: "school", installedOn: "2021-03-01",
 *     connectedToDutyRoom: false, sharingTier: "on-request", coverage: ["public-place"],
 *     status: "active", lenses: 1 },
 * ];
 * const perCommune = aggregate(groupBy(byUnit((c: CameraPoint) => c.unitCode), cameraSummary()), cameras);
 * perCommune["15532"]?.lenses; // 2
 * ```
 */
export function cameraSummary(
  options: CameraSummaryOptions = {},
): Aggregator<CameraPointInput, CameraSummaryState, CameraSummary> {
  checkOptions(options);
  const { asOf, households } = options;
  const counters = cameraCountersOf();
  return {
    shape: CAMERA_SUMMARY_SHAPE,
    init: () => ({
      counted: { points: 0, lenses: 0 },
      notYetInstalled: { points: 0, lenses: 0 },
      removedBefore: { points: 0, lenses: 0 },
      byOwnerKind: newBreakdown(counters.ownerKind),
      byStatus: newBreakdown(counters.status),
      bySharingTier: newBreakdown(counters.sharingTier),
      byPayer: newBreakdown(counters.payer),
      connectedToDutyRoom: { points: 0, lenses: 0 },
      costRecordedPoints: 0,
      cost: 0,
      costBySource: counters.source.make(),
    }),
    add(state, camera) {
      const lenses = camera.lenses ?? 1;
      // A record that skipped its schema (lenses "3" or -1) throws rather than add a wrong
      // figure: one check per record.
      if (!(Number.isSafeInteger(lenses) && lenses >= 0)) {
        throw notWhole("lenses", lenses, "a whole number", "Số mắt camera không hợp lệ");
      }
      if (asOf !== undefined) {
        if (camera.installedOn > asOf) {
          tally(state.notYetInstalled, lenses);
          return state;
        }
        const removedOn = camera.removedOn;
        if (removedOn != null && removedOn < asOf) {
          tally(state.removedBefore, lenses);
          return state;
        }
      }
      tally(state.counted, lenses);
      tallyIn(state.byOwnerKind, keyOf(camera.ownerKind), lenses);
      tallyIn(state.byStatus, keyOf(camera.status), lenses);
      tallyIn(state.bySharingTier, keyOf(camera.sharingTier), lenses);
      if (camera.connectedToDutyRoom === true) tally(state.connectedToDutyRoom, lenses);
      const funding = camera.funding;
      if (funding == null) {
        tallyIn(state.byPayer, UNASSIGNED, lenses);
        return state;
      }
      let payer: string | undefined;
      let cost = state.cost;
      for (const entry of funding) {
        const source = keyOf(entry.source);
        const amount = entry.amount;
        if (!(Number.isSafeInteger(amount) && amount >= 0)) {
          throw notWhole(
            `funding[${funding.indexOf(entry)}].amount`,
            amount,
            "a whole number of đồng",
            "Số tiền không hợp lệ",
          );
        }
        if (payer === undefined) payer = source;
        else if (payer !== source) payer = "mixed";
        cost = addVnd(cost, amount);
        addVndTo(state.costBySource, source, amount);
      }
      state.cost = cost;
      state.costRecordedPoints += 1;
      tallyIn(state.byPayer, payer ?? "none", lenses);
      return state;
    },
    merge(a, b) {
      mergeCount(a.counted, b.counted);
      mergeCount(a.notYetInstalled, b.notYetInstalled);
      mergeCount(a.removedBefore, b.removedBefore);
      mergeBreakdown(a.byOwnerKind, b.byOwnerKind);
      mergeBreakdown(a.byStatus, b.byStatus);
      mergeBreakdown(a.bySharingTier, b.bySharingTier);
      mergeBreakdown(a.byPayer, b.byPayer);
      mergeCount(a.connectedToDutyRoom, b.connectedToDutyRoom);
      a.costRecordedPoints += b.costRecordedPoints;
      a.cost = addVnd(a.cost, b.cost);
      mergeCounts(a.costBySource, b.costBySource, addVndTo);
      return a;
    },
    finish(state) {
      const { counted, notYetInstalled: later, removedBefore: gone } = state;
      return {
        asOf: asOf ?? null,
        input: {
          points: counted.points + later.points + gone.points,
          lenses: counted.lenses + later.lenses + gone.lenses,
        },
        notYetInstalled: { points: later.points, lenses: later.lenses },
        removedBefore: { points: gone.points, lenses: gone.lenses },
        points: counted.points,
        lenses: counted.lenses,
        byOwnerKind: finishBreakdown(state.byOwnerKind, counters.ownerKind.sorted),
        byStatus: finishBreakdown(state.byStatus, counters.status.sorted),
        bySharingTier: finishBreakdown(state.bySharingTier, counters.sharingTier.sorted),
        byPayer: finishBreakdown(state.byPayer, counters.payer.sorted),
        connectedToDutyRoom: {
          points: state.connectedToDutyRoom.points,
          lenses: state.connectedToDutyRoom.lenses,
        },
        cost: {
          total: state.cost,
          bySource: finishCounts(state.costBySource, counters.source.sorted),
          recordedPoints: state.costRecordedPoints,
          averagePerPoint: rateOf(state.cost, state.costRecordedPoints),
        },
        perThousandHouseholds:
          households === undefined
            ? null
            : {
                points: perThousand(counted.points, households),
                lenses: perThousand(counted.lenses, households),
              },
      };
    },
  };
}

/**
 * Summarises camera points (tổng hợp camera an ninh): how many points and lenses (mắt
 * camera), by owner kind, status, sharing tier and payer, how many are connected to the
 * duty room, what they cost and who paid, and how many there are per 1,000 households.
 *
 * @description An array or an iterable gives the summary directly; an async iterable
 * (a database cursor, a stream) gives a promise of it. Records are read once and not
 * kept. See {@link cameraSummary} for the aggregator (to group, merge or ship states)
 * and {@link CameraSummary} for what each figure means.
 *
 * @param cameras - camera points: an array, an iterable or an async iterable
 * @param options - `asOf` (count points in service on that day) and `households` (for
 *   cameras per 1,000 households)
 * @returns the {@link CameraSummary} (a promise of it for an async iterable)
 * @throws RangeError for invalid options; RecordError (with the record's index and id)
 *   for a record whose `lenses` or funding `amount` is not a whole number ≥ 0, or a cost
 *   beyond 2^53
 * @category Aggregations
 * @example
 * ```ts
 * import { summarizeCameras, type CameraPoint } from "antt";
 * const cameras: CameraPoint[] = [
 *   { id: "cam-1", unitCode: "15532", ownerKind: "household", installedOn: "2020-09-15",
 *     connectedToDutyRoom: true, sharingTier: "live-view", coverage: ["road"],
 *     status: "active", lenses: 2, funding: [{ source: "households", amount: 3_500_000 }] },
 *   { id: "cam-2", unitCode: "15532", ownerKind: "business", installedOn: "2025-02-01",
 *     connectedToDutyRoom: false, sharingTier: "on-request", coverage: ["road"],
 *     status: "active", lenses: 1 },
 * ];
 * const summary = summarizeCameras(cameras, { asOf: "2024-12-31", households: 40 });
 * summary.lenses;                          // 2
 * summary.notYetInstalled;                 // { points: 1, lenses: 1 }
 * summary.byOwnerKind.household;           // { points: 1, lenses: 2 }
 * summary.cost.total;                      // 3500000
 * summary.perThousandHouseholds?.lenses.perThousand; // 50
 * ```
 */
export function summarizeCameras(
  cameras: Iterable<CameraPointInput>,
  options?: CameraSummaryOptions,
): CameraSummary;
export function summarizeCameras(
  cameras: AsyncIterable<CameraPointInput>,
  options?: CameraSummaryOptions,
): Promise<CameraSummary>;
export function summarizeCameras(
  cameras: Source<CameraPointInput>,
  options?: CameraSummaryOptions,
): CameraSummary | Promise<CameraSummary>;
export function summarizeCameras(
  cameras: Source<CameraPointInput>,
  options: CameraSummaryOptions = {},
): CameraSummary | Promise<CameraSummary> {
  return aggregate(cameraSummary(options), cameras);
}
