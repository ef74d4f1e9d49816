// What a camera point counts as in reports: its owner group, and whether it faces a road
// or a public place. Pure: no zod.
import { CAMERA_OWNER_GROUP_OF, type CameraOwnerGroup, type CameraOwnerKind } from "./labels.js";
import type { CameraPoint } from "./schema.js";

/**
 * The owner group of a camera owner kind (see {@link CameraOwnerGroup}).
 *
 * @param ownerKind - the owner kind of a camera point
 * @returns its group
 * @throws RangeError for a code that is no owner kind, which only data that skipped
 *   `CameraOwnerKindSchema` can hold
 * @category Reports
 * @example
 * ```ts
 * import { cameraOwnerGroupOf } from "antt";
 * cameraOwnerGroupOf("school");    // "agencies-businesses-schools"
 * cameraOwnerGroupOf("household"); // "households"
 * ```
 */
export function cameraOwnerGroupOf(ownerKind: CameraOwnerKind): CameraOwnerGroup {
  if (!Object.hasOwn(CAMERA_OWNER_GROUP_OF, ownerKind)) {
    throw new RangeError(
      `${JSON.stringify(String(ownerKind)).slice(0, 80)} is not a camera owner kind (Không phải loại chủ sở hữu camera)`,
    );
  }
  return CAMERA_OWNER_GROUP_OF[ownerKind];
}

/**
 * Whether a camera point records a road or a public place, as the figures of cameras
 * "hướng ra đường, nơi công cộng" count it (a point that records only private space does
 * not).
 *
 * @param camera - a camera point, or its `coverage`
 * @returns `true` when its coverage includes `road` or `public-place`
 * @category Reports
 * @example
 * ```ts
 * import { cameraFacesPublic } from "antt";
 * cameraFacesPublic({ coverage: ["private", "road"] }); // true
 * cameraFacesPublic({ coverage: ["private"] });         // false
 * ```
 */
export function cameraFacesPublic(camera: Pick<CameraPoint, "coverage">): boolean {
  return camera.coverage.includes("road") || camera.coverage.includes("public-place");
}

/**
 * Whether a camera point was in place on a day: installed on or before it, and not removed
 * before it. A point removed on the day was in place that day; a point not yet installed
 * (planned, without `installedOn`) never was. The one rule of the library:
 * {@link summarizeCameras} with `asOf` and {@link cameraCompliance} both count by it.
 *
 * @param camera - the point's installation and removal days
 * @param day - the day (a calendar date in Vietnam, `YYYY-MM-DD`)
 * @returns whether it was in place
 * @category Aggregations
 * @example
 * ```ts
 * import { cameraInServiceOn } from "antt";
 * const camera = { installedOn: "2020-05-01", removedOn: "2024-06-30" };
 * cameraInServiceOn(camera, "2024-06-30"); // true: removed that day
 * cameraInServiceOn(camera, "2024-07-01"); // false
 * cameraInServiceOn(camera, "2020-04-30"); // false: not yet installed
 * ```
 */
export function cameraInServiceOn(
  camera: {
    readonly installedOn?: string | undefined;
    readonly removedOn?: string | null | undefined;
  },
  day: string,
): boolean {
  const { installedOn, removedOn } = camera;
  return installedOn !== undefined && installedOn <= day && (removedOn == null || removedOn >= day);
}
