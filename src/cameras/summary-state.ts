// Internal: the parts of a camera summary state (counters, sums in đồng, breakdowns) and
// its shape. Not part of the public API: neither summary.ts nor the folder index
// re-exports this module. The counters are explained in src/aggregate/summaries.ts.

import { type Dict, setOwn } from "../aggregate/dict.js";
import { type StateShape, UNASSIGNED } from "../aggregate/index.js";
import {
  addTo,
  bump,
  COUNT_SHAPE,
  COUNTS_SHAPE,
  type Counter,
  counter,
  countOf,
  lazy,
  occurred,
  rateOf,
} from "../aggregate/summaries.js";
import { codesOf } from "../core/labels.js";
import { PAYER_LABELS } from "../core/payers.js";
import {
  CAMERA_OWNER_KIND_LABELS,
  CAMERA_SHARING_TIER_LABELS,
  CAMERA_STATUS_LABELS,
} from "./labels.js";
import type {
  CameraBreakdownState,
  CameraCount,
  CameraCountState,
  RatePerThousand,
} from "./summary-types.js";

/** The counters of the camera code lists, made on first use. */
export const cameraCountersOf = /* @__PURE__ */ lazy(() => ({
  ownerKind: counter(codesOf(CAMERA_OWNER_KIND_LABELS)),
  status: counter(codesOf(CAMERA_STATUS_LABELS)),
  sharingTier: counter(codesOf(CAMERA_SHARING_TIER_LABELS)),
  // Old payer codes (households) are counted under the code they stand for.
  payer: counter([...codesOf(PAYER_LABELS), "mixed", "none", UNASSIGNED]),
  source: counter(codesOf(PAYER_LABELS)),
}));

function notExact(what: string, value: number): RangeError {
  return new RangeError(
    `${what} ${value} is not a safe integer: amounts must be whole đồng and sums below 2^53 (Số tiền không phải số nguyên an toàn)`,
  );
}

export function addVnd(total: number, amount: number): number {
  const next = total + amount;
  if (!Number.isSafeInteger(amount)) throw notExact("The amount", amount);
  if (!Number.isSafeInteger(next)) throw notExact("The cost", next);
  return next;
}

export function addVndTo(dict: Dict<number>, key: string, amount: number): void {
  const n = dict[key];
  if (typeof n === "number") dict[key] = addVnd(n, amount);
  else setOwn(dict, key, addVnd(0, amount));
}

export function tally(count: CameraCountState, lenses: number): void {
  count.points += 1;
  count.lenses += lenses;
}

export function tallyIn(breakdown: CameraBreakdownState, key: string, lenses: number): void {
  bump(breakdown.points, key);
  addTo(breakdown.lenses, key, lenses);
}

export function newBreakdown(counter: Counter): CameraBreakdownState {
  return { points: counter.make(), lenses: counter.make() };
}

export function finishBreakdown(
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

export function perThousand(numerator: number, denominator: number): RatePerThousand {
  return {
    ...rateOf(numerator, denominator),
    perThousand: denominator === 0 ? null : (numerator * 1000) / denominator,
  };
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
export const CAMERA_SUMMARY_SHAPE: StateShape = {
  type: "named",
  name: "antt.cameras-summary",
  version: 1,
  of: {
    type: "fields",
    fields: {
      counted: CAMERA_COUNT_SHAPE,
      notYetInstalled: CAMERA_COUNT_SHAPE,
      planned: CAMERA_COUNT_SHAPE,
      plannedFunded: CAMERA_COUNT_SHAPE,
      plannedCost: COUNT_SHAPE,
      recorders: COUNT_SHAPE,
      dutyRoomScreens: COUNT_SHAPE,
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
