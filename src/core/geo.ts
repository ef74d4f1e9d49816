/**
 * A point in WGS 84 degrees (see {@link GeoPointSchema}).
 *
 * @category Money and geo
 * @example
 * ```ts
 * import type { GeoPoint } from "antt";
 * const xuanSinh: GeoPoint = { lat: 19.93, lng: 105.36 };
 * ```
 */
export interface GeoPoint {
  /** Latitude in degrees (WGS 84), -90 to 90. */
  lat: number;
  /** Longitude in degrees (WGS 84), -180 to 180. */
  lng: number;
}

const EARTH_RADIUS_M = 6_371_008.8;
const RAD = Math.PI / 180;

/**
 * The great-circle distance between two points in metres (haversine formula, mean earth
 * radius). Accurate to about 0.5% for any two points, which is well within what
 * questions like "cameras within 200 m of an incident" need.
 *
 * @param a - the first point
 * @param b - the second point
 * @returns the distance in metres
 * @category Money and geo
 * @example
 * ```ts
 * import { distanceMeters } from "antt";
 * const hanoi = { lat: 21.0285, lng: 105.8542 };
 * const hcmc = { lat: 10.7769, lng: 106.7009 };
 * Math.round(distanceMeters(hanoi, hcmc) / 1000); // 1144 (km)
 * ```
 */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const dLat = (b.lat - a.lat) * RAD;
  const dLng = (b.lng - a.lng) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * RAD) * Math.cos(b.lat * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Whether a point lies in the bounding box of Vietnam including its islands
 * (latitude 6°N to 24°N, longitude 102°E to 118°E).
 *
 * @description A cheap plausibility check for imported coordinates: a camera at
 * `{ lat: 105.3, lng: 19.9 }` is rejected by the schema, but one at `{ lat: -19.9, lng: 105.3 }`
 * (a lost minus sign) is valid WGS 84 and only this check flags it.
 *
 * @param point - the point to check
 * @returns `true` when the point is inside the box
 * @category Money and geo
 * @example
 * ```ts
 * import { isInVietnam } from "antt";
 * isInVietnam({ lat: 19.93, lng: 105.36 });  // true
 * isInVietnam({ lat: -19.93, lng: 105.36 }); // false
 * ```
 */
export function isInVietnam(point: GeoPoint): boolean {
  return point.lat >= 6 && point.lat <= 24 && point.lng >= 102 && point.lng <= 118;
}
