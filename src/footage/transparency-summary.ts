// The mergeable aggregators behind the transparency report: cameras by sharing tier and
// retention, and footage requests by purpose, outcome, legal basis, case and custody.
import type { Aggregator, StateShape } from "../aggregate/index.js";
import {
  bump,
  COUNT_SHAPE,
  COUNTS_SHAPE,
  counter,
  countOf,
  lazy,
  mergeByShape,
  rateOf,
} from "../aggregate/summaries.js";
import type { CameraPoint } from "../cameras/index.js";
import { CAMERA_SHARING_TIER_LABELS } from "../cameras/labels.js";
import { codesOf } from "../core/labels.js";
import type { FootageExtraction } from "../incidents/index.js";
import { EXTRACTION_OUTCOME_LABELS, EXTRACTION_PURPOSE_LABELS } from "../incidents/labels.js";
import { RETENTION_BAND_LABELS } from "./labels.js";
import { type RetentionFacts, retentionBandOf, retentionDaysOf } from "./retention.js";
import type {
  PointsAndLenses,
  TransparencyCameras,
  TransparencyRequests,
} from "./transparency-types.js";

/** The counters of the code lists, made on first use. */
const countersOf = /* @__PURE__ */ lazy(() => ({
  tier: counter(codesOf(CAMERA_SHARING_TIER_LABELS)),
  band: counter(codesOf(RETENTION_BAND_LABELS)),
  purpose: counter(codesOf(EXTRACTION_PURPOSE_LABELS)),
  outcome: counter(codesOf(EXTRACTION_OUTCOME_LABELS)),
}));

/** Every code of a counter with its count, in the code list's order. */
function allCodes<C extends string>(
  codes: readonly C[],
  counts: Record<string, number>,
): { [K in C]: number } {
  const out = {} as { [K in C]: number };
  for (const code of codes) out[code] = countOf(counts, code);
  return out;
}

/**
 * The state of {@link transparencyCameraSummary}: plain counts, merged by adding.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { transparencyCameraSummary, type TransparencyCameraState } from "antt/footage";
 * const state: TransparencyCameraState = transparencyCameraSummary().init();
 * state.points; // 0
 * ```
 */
export interface TransparencyCameraState {
  /** Points added. */
  points: number;
  /** Their lenses. */
  lenses: number;
  /** Points by sharing tier. */
  tierPoints: Record<string, number>;
  /** Lenses by sharing tier. */
  tierLenses: Record<string, number>;
  /** Points connected to the duty room. */
  connectedPoints: number;
  /** Their lenses. */
  connectedLenses: number;
  /** Points by retention band. */
  retention: Record<string, number>;
  /** Points whose retention is recorded. */
  retentionKnown: number;
  /** Their days of retention, added up. */
  retentionDays: number;
}

const CAMERA_SHAPE: StateShape = {
  type: "named",
  name: "antt.transparency-cameras",
  version: 1,
  of: {
    type: "fields",
    fields: {
      points: COUNT_SHAPE,
      lenses: COUNT_SHAPE,
      tierPoints: COUNTS_SHAPE,
      tierLenses: COUNTS_SHAPE,
      connectedPoints: COUNT_SHAPE,
      connectedLenses: COUNT_SHAPE,
      retention: COUNTS_SHAPE,
      retentionKnown: COUNT_SHAPE,
      retentionDays: COUNT_SHAPE,
    },
    atMost: [
      ["connectedPoints", "points"],
      ["connectedLenses", "lenses"],
      ["retentionKnown", "points"],
    ],
  },
};

/**
 * The camera points a {@link transparencyCameraSummary} reads: the sharing tier, the
 * connection to the duty room, the lenses (1 when absent) and the retention.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { TransparencyCameraInput } from "antt/footage";
 * const point: TransparencyCameraInput = { sharingTier: "on-request", connectedToDutyRoom: false, retentionDays: 30 };
 * ```
 */
export type TransparencyCameraInput = Pick<CameraPoint, "sharingTier" | "connectedToDutyRoom"> & {
  readonly lenses?: number | undefined;
} & RetentionFacts;

/**
 * The aggregator of the cameras of a transparency report: points and lenses by sharing
 * tier, connected to the duty room, and by retention band, with the average retention.
 *
 * @description Its states are plain counts (kind `antt.transparency-cameras`, version
 * 1), merged by adding, so communes' states add up into a district's; check one read
 * from outside with `parseState` before merging it. It counts every point it is given:
 * choose the points (the unit, in service) before, as {@link buildTransparencyReport}
 * does.
 *
 * @returns an aggregator of camera points into {@link TransparencyCameras}
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate } from "antt";
 * import { transparencyCameraSummary } from "antt/footage";
 * const cameras = aggregate(transparencyCameraSummary(), [
 *   { sharingTier: "live-view", connectedToDutyRoom: true, lenses: 4, retentionDays: 30 },
 *   { sharingTier: "on-request", connectedToDutyRoom: false },
 * ]);
 * cameras.bySharingTier["live-view"]; // { points: 1, lenses: 4 }
 * cameras.byRetention.unknown; // 1
 * ```
 */
export function transparencyCameraSummary(): Aggregator<
  TransparencyCameraInput,
  TransparencyCameraState,
  TransparencyCameras
> {
  const { tier, band } = countersOf();
  return {
    shape: CAMERA_SHAPE,
    init: () => ({
      points: 0,
      lenses: 0,
      tierPoints: tier.make(),
      tierLenses: tier.make(),
      connectedPoints: 0,
      connectedLenses: 0,
      retention: band.make(),
      retentionKnown: 0,
      retentionDays: 0,
    }),
    add(state, camera) {
      const lenses = camera.lenses ?? 1;
      state.points += 1;
      state.lenses += lenses;
      bump(state.tierPoints, camera.sharingTier);
      state.tierLenses[camera.sharingTier] = countOf(state.tierLenses, camera.sharingTier) + lenses;
      if (camera.connectedToDutyRoom) {
        state.connectedPoints += 1;
        state.connectedLenses += lenses;
      }
      const days = retentionDaysOf(camera);
      bump(state.retention, retentionBandOf(days));
      if (days !== undefined) {
        state.retentionKnown += 1;
        state.retentionDays += days;
      }
      return state;
    },
    merge: mergeByShape<TransparencyCameraState>(CAMERA_SHAPE),
    finish(state) {
      const bySharingTier = {} as {
        -readonly [T in keyof typeof CAMERA_SHARING_TIER_LABELS]: PointsAndLenses;
      };
      for (const code of codesOf(CAMERA_SHARING_TIER_LABELS)) {
        bySharingTier[code] = {
          points: countOf(state.tierPoints, code),
          lenses: countOf(state.tierLenses, code),
        };
      }
      return {
        points: state.points,
        lenses: state.lenses,
        bySharingTier,
        connectedToDutyRoom: { points: state.connectedPoints, lenses: state.connectedLenses },
        byRetention: allCodes(codesOf(RETENTION_BAND_LABELS), state.retention),
        retentionDays: rateOf(state.retentionDays, state.retentionKnown),
      };
    },
  };
}

/**
 * The state of {@link transparencyRequestSummary}: plain counts, merged by adding.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import { transparencyRequestSummary, type TransparencyRequestState } from "antt/footage";
 * const state: TransparencyRequestState = transparencyRequestSummary().init();
 * state.total; // 0
 * ```
 */
export interface TransparencyRequestState {
  /** Requests added. */
  total: number;
  /** Requests by purpose. */
  byPurpose: Record<string, number>;
  /** Requests by outcome. */
  byOutcome: Record<string, number>;
  /** Refused requests by purpose. */
  refusedByPurpose: Record<string, number>;
  /** Requests with a legal basis. */
  withLegalBasis: number;
  /** Requests with a case reference. */
  withCaseRef: number;
  /** Requests with either. */
  withEither: number;
  /** Requests with a custody log. */
  withCustodyLog: number;
  /** Custody entries. */
  custodyEntries: number;
  /** Copies made. */
  copies: number;
  /** Hand-overs. */
  handOvers: number;
}

const REQUEST_SHAPE: StateShape = {
  type: "named",
  name: "antt.transparency-requests",
  version: 1,
  of: {
    type: "fields",
    fields: {
      total: COUNT_SHAPE,
      byPurpose: COUNTS_SHAPE,
      byOutcome: COUNTS_SHAPE,
      refusedByPurpose: COUNTS_SHAPE,
      withLegalBasis: COUNT_SHAPE,
      withCaseRef: COUNT_SHAPE,
      withEither: COUNT_SHAPE,
      withCustodyLog: COUNT_SHAPE,
      custodyEntries: COUNT_SHAPE,
      copies: COUNT_SHAPE,
      handOvers: COUNT_SHAPE,
    },
    atMost: [
      ["withLegalBasis", "withEither"],
      ["withCaseRef", "withEither"],
      ["withEither", "total"],
      ["withCustodyLog", "total"],
    ],
  },
};

/**
 * The footage requests a {@link transparencyRequestSummary} reads.
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { TransparencyRequestInput } from "antt/footage";
 * const request: TransparencyRequestInput = { purpose: "lost-property", outcome: "refused" };
 * ```
 */
export type TransparencyRequestInput = Pick<
  FootageExtraction,
  "purpose" | "outcome" | "legalBasis" | "caseRef" | "custody"
>;

/**
 * The aggregator of the footage requests of a transparency report: by purpose and
 * outcome, refused by purpose, with a legal basis or a case reference, and what their
 * custody logs record.
 *
 * @description Its states are plain counts (kind `antt.transparency-requests`, version
 * 1), merged by adding; check one read from outside with `parseState` before merging it.
 * It counts every request it is given: choose them (the unit, the period) before, as
 * {@link buildTransparencyReport} does.
 *
 * @returns an aggregator of footage extractions into {@link TransparencyRequests}
 * @category Aggregations
 * @example
 * ```ts
 * import { aggregate } from "antt";
 * import { transparencyRequestSummary } from "antt/footage";
 * const requests = aggregate(transparencyRequestSummary(), [
 *   { purpose: "incident-investigation", outcome: "helped-clarify", caseRef: "VV-1" },
 *   { purpose: "lawful-assembly", outcome: "refused" },
 * ]);
 * requests.refused; // 1
 * requests.withLegalBasisOrCaseRef; // { numerator: 1, denominator: 2, ratio: 0.5 }
 * requests.helpedClarify; // { numerator: 1, denominator: 1, ratio: 1 }
 * ```
 */
export function transparencyRequestSummary(): Aggregator<
  TransparencyRequestInput,
  TransparencyRequestState,
  TransparencyRequests
> {
  const { purpose, outcome } = countersOf();
  return {
    shape: REQUEST_SHAPE,
    init: () => ({
      total: 0,
      byPurpose: purpose.make(),
      byOutcome: outcome.make(),
      refusedByPurpose: purpose.make(),
      withLegalBasis: 0,
      withCaseRef: 0,
      withEither: 0,
      withCustodyLog: 0,
      custodyEntries: 0,
      copies: 0,
      handOvers: 0,
    }),
    add(state, request) {
      state.total += 1;
      bump(state.byPurpose, request.purpose);
      bump(state.byOutcome, request.outcome);
      if (request.outcome === "refused") bump(state.refusedByPurpose, request.purpose);
      const basis = request.legalBasis !== undefined;
      const caseRef = request.caseRef !== undefined;
      if (basis) state.withLegalBasis += 1;
      if (caseRef) state.withCaseRef += 1;
      if (basis || caseRef) state.withEither += 1;
      const log = request.custody;
      if (log !== undefined && log.length > 0) {
        state.withCustodyLog += 1;
        state.custodyEntries += log.length;
        for (const entry of log) {
          if (entry.action === "copied") state.copies += 1;
          else if (entry.action === "handed-over") state.handOvers += 1;
        }
      }
      return state;
    },
    merge: mergeByShape<TransparencyRequestState>(REQUEST_SHAPE),
    finish(state) {
      const purposes = codesOf(EXTRACTION_PURPOSE_LABELS);
      const refused = countOf(state.byOutcome, "refused");
      return {
        total: state.total,
        byPurpose: allCodes(purposes, state.byPurpose),
        byOutcome: allCodes(codesOf(EXTRACTION_OUTCOME_LABELS), state.byOutcome),
        refused,
        refusedByPurpose: allCodes(purposes, state.refusedByPurpose),
        withLegalBasis: state.withLegalBasis,
        withCaseRef: state.withCaseRef,
        withLegalBasisOrCaseRef: rateOf(state.withEither, state.total),
        helpedClarify: rateOf(countOf(state.byOutcome, "helped-clarify"), state.total - refused),
        withCustodyLog: state.withCustodyLog,
        custodyEntries: state.custodyEntries,
        copies: state.copies,
        handOvers: state.handOvers,
      };
    },
  };
}
