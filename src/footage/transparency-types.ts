import type { Rate } from "../aggregate/index.js";
import type { CameraSharingTier } from "../cameras/index.js";
import type { Period } from "../core/period.js";
import type { ExtractionOutcome, ExtractionPurpose } from "../incidents/index.js";
import type { RetentionBand } from "./labels.js";

/**
 * Camera points and their lenses (mắt camera), counted together.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { PointsAndLenses } from "antt/footage";
 * const live: PointsAndLenses = { points: 12, lenses: 30 };
 * ```
 */
export interface PointsAndLenses {
  /** Camera points. */
  readonly points: number;
  /** Their lenses. */
  readonly lenses: number;
}

/**
 * The cameras of a transparency report: those in service on the last day of the period,
 * by how far they share footage with the police and how long they keep it.
 *
 * @description Every point counted is in exactly one sharing tier and one retention
 * band, so each breakdown adds up to `points`. `retentionDays` is the average over the
 * points whose retention is recorded, as a rate (days over points), so that the figures
 * of communes add up into a district's.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { TransparencyCameras } from "antt/footage";
 * const none: TransparencyCameras = {
 *   points: 0, lenses: 0,
 *   bySharingTier: { registered: { points: 0, lenses: 0 }, "on-request": { points: 0, lenses: 0 },
 *     "live-view": { points: 0, lenses: 0 } },
 *   connectedToDutyRoom: { points: 0, lenses: 0 },
 *   byRetention: { "up-to-7-days": 0, "8-to-30-days": 0, "31-to-90-days": 0, "over-90-days": 0, unknown: 0 },
 *   retentionDays: { numerator: 0, denominator: 0, ratio: null },
 * };
 * ```
 */
export interface TransparencyCameras {
  /** Points counted. */
  readonly points: number;
  /** Their lenses. */
  readonly lenses: number;
  /** Points and lenses by sharing tier, every tier listed. */
  readonly bySharingTier: { readonly [T in CameraSharingTier]: PointsAndLenses };
  /** Points and lenses connected to the commune police duty room. */
  readonly connectedToDutyRoom: PointsAndLenses;
  /** Points by retention band, every band listed. */
  readonly byRetention: { readonly [B in RetentionBand]: number };
  /** Days of retention over the points that record it: the average is `ratio`. */
  readonly retentionDays: Rate;
}

/**
 * The footage requests of a transparency report: those requested in the period, by
 * purpose and outcome, how many were refused, the share with a legal basis or a case
 * reference, the share that helped clarify a case, and what their custody logs record.
 *
 * @description `byPurpose` and `byOutcome` list every code and each adds up to `total`;
 * `refusedByPurpose` adds up to `refused`. `withLegalBasisOrCaseRef` is over all
 * requests; `helpedClarify` is over the requests not refused (a refused request extracted
 * nothing).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { TransparencyRequests } from "antt/footage";
 * const share = (r: TransparencyRequests) => r.withLegalBasisOrCaseRef.ratio;
 * ```
 */
export interface TransparencyRequests {
  /** Requests counted. */
  readonly total: number;
  /** Requests by purpose, every purpose listed. */
  readonly byPurpose: { readonly [P in ExtractionPurpose]: number };
  /** Requests by outcome, every outcome listed. */
  readonly byOutcome: { readonly [O in ExtractionOutcome]: number };
  /** Requests refused (outcome `refused`). */
  readonly refused: number;
  /** Refused requests by purpose, every purpose listed. */
  readonly refusedByPurpose: { readonly [P in ExtractionPurpose]: number };
  /** Requests that give a legal basis. */
  readonly withLegalBasis: number;
  /** Requests that give a case reference. */
  readonly withCaseRef: number;
  /** Requests that give a legal basis or a case reference, over all requests. */
  readonly withLegalBasisOrCaseRef: Rate;
  /** Requests that helped clarify a case, over the requests not refused. */
  readonly helpedClarify: Rate;
  /** Requests that carry a custody log. */
  readonly withCustodyLog: number;
  /** Custody entries, all requests together. */
  readonly custodyEntries: number;
  /** Copies made (custody entries `copied`). */
  readonly copies: number;
  /** Hand-overs (custody entries `handed-over`). */
  readonly handOvers: number;
}

/**
 * Where every record of a collection went in a transparency report: `given` is always
 * `counted` plus the records left out for being in another unit, under a unit code the
 * dataset's units do not know, or outside the period (for cameras: not in service on its
 * last day).
 *
 * @category Reports
 * @example
 * ```ts
 * import type { TransparencyTally } from "antt/footage";
 * const tally: TransparencyTally = { given: 5, counted: 3, otherUnit: 1, unknownUnit: 0, outsidePeriod: 1 };
 * ```
 */
export interface TransparencyTally {
  /** Records in the dataset. */
  readonly given: number;
  /** Records counted in the figures. */
  readonly counted: number;
  /** Records of a unit outside the report's unit. */
  readonly otherUnit: number;
  /** Records whose unit code the dataset's units do not know. */
  readonly unknownUnit: number;
  /**
   * Records outside the period: requests made before or after it, cameras not in service
   * on its last day.
   */
  readonly outsidePeriod: number;
}

/**
 * A transparency report (báo cáo công khai về camera và trích xuất dữ liệu): for one unit
 * and one period, its cameras and their sharing tiers and retention, and its footage
 * requests by purpose, with refusals, legal bases, case references, clarification and
 * custody; and where every record of the dataset went.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { TransparencyReport } from "antt/footage";
 * const reconciles = (r: TransparencyReport) =>
 *   r.reconciliation.extractions.counted === r.requests.total;
 * ```
 */
export interface TransparencyReport {
  /** The unit reported on: its code and name (the code when the name is not known). */
  readonly unit: { readonly code: string; readonly name: string };
  /** The period reported on. */
  readonly period: Period;
  /** The cameras in service on the period's last day. */
  readonly cameras: TransparencyCameras;
  /** The footage requests made in the period. */
  readonly requests: TransparencyRequests;
  /** Where every camera point and extraction of the dataset went. */
  readonly reconciliation: {
    readonly cameras: TransparencyTally;
    readonly extractions: TransparencyTally;
  };
}

/**
 * Options of {@link buildTransparencyReport}.
 *
 * @category Reports
 * @example
 * ```ts
 * import type { TransparencyReportOptions } from "antt/footage";
 * const options: TransparencyReportOptions = { unit: "15532", period: "2024" };
 * ```
 */
export interface TransparencyReportOptions {
  /** The code of the unit: the records of it and of every unit below it count. */
  readonly unit: string;
  /** The period: a {@link Period} or a key such as `2024`, `2024-H1`, `2024-03`. */
  readonly period: Period | string;
}
