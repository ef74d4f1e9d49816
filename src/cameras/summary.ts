import { type Aggregator, aggregate, type Source, UNASSIGNED } from "../aggregate/index.js";
import {
  checkAsOf,
  finishCounts,
  keyOf,
  mergeByShape,
  mergeCounts,
  rateOf,
} from "../aggregate/summaries.js";
import { type FundingSource, payerFundingSource, payerOf } from "../core/payers.js";
import { notWhole } from "../core/record-fields.js";
import { cameraInServiceOn } from "./groups.js";
import type { CameraPointInput } from "./schema.js";
import {
  addVnd,
  addVndTo,
  CAMERA_SUMMARY_SHAPE,
  cameraCountersOf,
  finishBreakdown,
  newBreakdown,
  perThousand,
  tally,
  tallyIn,
} from "./summary-state.js";
import type { CameraSummary, CameraSummaryOptions, CameraSummaryState } from "./summary-types.js";

// The summary's public types live in this module; this one re-exports them, as the folder
// index re-exports this one.
export * from "./summary-types.js";

/**
 * The cost by funding source, community (xã hội hóa) or budget (ngân sách), from the cost
 * by payer: only the sources whose sum is not 0, a code that is no payer under
 * `unassigned`.
 */
function byFundingSource(byPayer: Readonly<Record<string, number>>) {
  const out: Partial<Record<FundingSource | typeof UNASSIGNED, number>> = {};
  for (const payer of Object.keys(byPayer).sort()) {
    const amount = byPayer[payer] as number;
    if (amount === 0) continue;
    const source = payerFundingSource(payer) ?? UNASSIGNED;
    out[source] = (out[source] ?? 0) + amount;
  }
  return out;
}

/** The sum of a planned point's funding entries, each checked as the cost of a point is. */
function fundingTotal(funding: readonly { readonly amount: number }[]): number {
  let total = 0;
  for (const [i, entry] of funding.entries()) {
    const amount = entry.amount;
    if (!(Number.isSafeInteger(amount) && amount >= 0)) {
      throw notWhole(
        `funding[${i}].amount`,
        amount,
        "a whole number of đồng",
        "Số tiền không hợp lệ",
      );
    }
    total = addVnd(total, amount);
  }
  return total;
}

/** A count of equipment, checked: a whole number ≥ 0. */
function equipmentCount(field: string, n: number): number {
  if (!(Number.isSafeInteger(n) && n >= 0)) {
    throw notWhole(field, n, "a whole number", "Số thiết bị không hợp lệ");
  }
  return n;
}

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
 * that day). A planned point (status `planned`, no `installedOn`) is never counted: it is
 * in `planned`, with how many of the planned points are funded and for how much. Compose it with `groupBy(byUnit(...), cameraSummary())` for figures per
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
      planned: { points: 0, lenses: 0 },
      plannedFunded: { points: 0, lenses: 0 },
      plannedCost: 0,
      recorders: 0,
      dutyRoomScreens: 0,
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
      const installedOn = camera.installedOn;
      if (camera.status === "planned" || installedOn === undefined) {
        tally(state.planned, lenses);
        const funding = camera.funding;
        if (funding != null && funding.length > 0) {
          tally(state.plannedFunded, lenses);
          state.plannedCost = addVnd(state.plannedCost, fundingTotal(funding));
        }
        return state;
      }
      if (asOf !== undefined) {
        if (installedOn > asOf) {
          tally(state.notYetInstalled, lenses);
          return state;
        }
        if (!cameraInServiceOn(camera, asOf)) {
          tally(state.removedBefore, lenses);
          return state;
        }
      }
      tally(state.counted, lenses);
      tallyIn(state.byOwnerKind, keyOf(camera.ownerKind), lenses);
      tallyIn(state.byStatus, keyOf(camera.status), lenses);
      tallyIn(state.bySharingTier, keyOf(camera.sharingTier), lenses);
      if (camera.connectedToDutyRoom === true) tally(state.connectedToDutyRoom, lenses);
      const { recorders, dutyRoomScreens } = camera;
      if (recorders !== undefined) state.recorders += equipmentCount("recorders", recorders);
      if (dutyRoomScreens !== undefined) {
        state.dutyRoomScreens += equipmentCount("dutyRoomScreens", dutyRoomScreens);
      }
      const funding = camera.funding;
      if (funding == null) {
        tallyIn(state.byPayer, UNASSIGNED, lenses);
        return state;
      }
      let payer: string | undefined;
      let cost = state.cost;
      for (const entry of funding) {
        const code = keyOf(entry.source);
        const source = payerOf(code) ?? code;
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
    // Counts of points and lenses add as they are counted, unchecked; sums in đồng checked.
    merge: mergeByShape<CameraSummaryState>(CAMERA_SUMMARY_SHAPE, {
      cost: addVnd,
      plannedCost: addVnd,
      costBySource(a, b) {
        mergeCounts(a, b, addVndTo);
        return a;
      },
    }),
    finish(state) {
      const { counted, notYetInstalled: later, removedBefore: gone, planned } = state;
      return {
        asOf: asOf ?? null,
        input: {
          points: counted.points + later.points + gone.points + planned.points,
          lenses: counted.lenses + later.lenses + gone.lenses + planned.lenses,
        },
        notYetInstalled: { points: later.points, lenses: later.lenses },
        planned: {
          points: planned.points,
          lenses: planned.lenses,
          funded: { points: state.plannedFunded.points, lenses: state.plannedFunded.lenses },
          cost: state.plannedCost,
        },
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
          byFundingSource: byFundingSource(state.costBySource),
          recordedPoints: state.costRecordedPoints,
          averagePerPoint: rateOf(state.cost, state.costRecordedPoints),
        },
        equipment: { recorders: state.recorders, dutyRoomScreens: state.dutyRoomScreens },
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
