// Internal: how long a camera point keeps its recordings, read in one place. The camera
// record states it as `retentionDays` today; when it states a retention policy of its own
// (issue 18, part 5), only this module changes: the type of what it reads, and the read.
import type { CameraPoint } from "../cameras/index.js";
import { RETENTION_BAND_LIMITS, type RetentionBand } from "./labels.js";

/**
 * The fields of a camera point that say how long it keeps its recordings, as the
 * transparency report reads them (today `retentionDays`).
 *
 * @category Aggregations
 * @example
 * ```ts
 * import type { RetentionFacts } from "antt/footage";
 * const month: RetentionFacts = { retentionDays: 30 };
 * ```
 */
export type RetentionFacts = Pick<CameraPoint, "retentionDays">;

/** The days a point keeps its recordings, or undefined when the record does not say. */
export function retentionDaysOf(camera: RetentionFacts): number | undefined {
  return camera.retentionDays;
}

/** The retention band of a number of days, or `unknown` for none. */
export function retentionBandOf(days: number | undefined): RetentionBand {
  if (days === undefined) return "unknown";
  for (const { band, upToDays } of RETENTION_BAND_LIMITS) if (days <= upToDays) return band;
  return "over-90-days";
}
