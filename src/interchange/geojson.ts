import type { GeoPoint } from "../core/geo.js";

/**
 * A GeoJSON point feature (RFC 7946) of one located record.
 *
 * @typeParam P - the feature's properties
 * @category Interchange
 * @example
 * ```ts
 * import type { PointFeature } from "antt";
 * const feature: PointFeature<{ ownerKind: string }> = {
 *   type: "Feature",
 *   id: "cam-1",
 *   geometry: { type: "Point", coordinates: [105.36, 19.93] },
 *   properties: { ownerKind: "household" },
 * };
 * ```
 */
export interface PointFeature<P> {
  /** Always `Feature`. */
  readonly type: "Feature";
  /** The record's id. */
  readonly id: string;
  /** The point, as `[longitude, latitude]` (GeoJSON order). */
  readonly geometry: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  /** The record's other fields. */
  readonly properties: P;
}

/**
 * A GeoJSON FeatureCollection of located records, plus the ids of the records that had no
 * location (a foreign member that map libraries ignore), so that none is lost silently.
 *
 * @typeParam P - the features' properties
 * @category Interchange
 * @example
 * ```ts
 * import { toGeoJSON, type PointCollection } from "antt";
 * const collection: PointCollection<{ id: string }> = toGeoJSON([{ id: "cam-1" }]);
 * collection.unlocated; // ["cam-1"]
 * ```
 */
export interface PointCollection<P> {
  /** Always `FeatureCollection`. */
  readonly type: "FeatureCollection";
  /** One feature per located record, in input order. */
  readonly features: PointFeature<P>[];
  /** Ids of the records without a location, in input order. */
  readonly unlocated: string[];
}

/**
 * Turns located records (camera points, incidents, anything with an `id` and an optional
 * `location`) into a GeoJSON FeatureCollection that map libraries accept.
 *
 * @description Coordinates are written in GeoJSON order, `[lng, lat]`. The record's other
 * fields become the feature's properties, unless `options.properties` picks them. Records
 * without a location are listed by id in `unlocated`.
 *
 * Each record is written at its own exact point, with its id: a map for use inside the
 * police. For a map that will be published, and for incidents by default, use
 * {@link toPublicGeoJSON} or {@link incidentsToGeoJSON}, which count records in cells of at
 * least k records instead.
 *
 * @param records - records with `id` and optional `location`
 * @param options - `properties`: builds each feature's properties from its record
 * @returns a FeatureCollection with an `unlocated` list
 * @category Interchange
 * @example
 * ```ts
 * import { toGeoJSON } from "antt";
 * const cameras = [
 *   { id: "cam-1", ownerKind: "household", location: { lat: 19.93, lng: 105.36 } },
 *   { id: "cam-2", ownerKind: "public" },
 * ];
 * const collection = toGeoJSON(cameras);
 * collection.features[0]?.geometry.coordinates; // [105.36, 19.93]
 * collection.unlocated; // ["cam-2"]
 * ```
 */
export function toGeoJSON<
  R extends { readonly id: string; readonly location?: GeoPoint | undefined },
  P = Omit<R, "location">,
>(records: Iterable<R>, options: { properties?: (record: R) => P } = {}): PointCollection<P> {
  const features: PointFeature<P>[] = [];
  const unlocated: string[] = [];
  for (const record of records) {
    if (!record.location) {
      unlocated.push(record.id);
      continue;
    }
    let properties: P;
    if (options.properties) {
      properties = options.properties(record);
    } else {
      const { location: _location, ...rest } = record;
      properties = rest as unknown as P;
    }
    features.push({
      type: "Feature",
      id: record.id,
      geometry: { type: "Point", coordinates: [record.location.lng, record.location.lat] },
      properties,
    });
  }
  return { type: "FeatureCollection", features, unlocated };
}
