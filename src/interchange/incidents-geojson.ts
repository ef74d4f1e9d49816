// Incidents on a map: the public form (cells of at least k incidents) unless the caller asks
// for the exact points by name.
import type { Incident } from "../incidents/index.js";
import { type PointCollection, toGeoJSON } from "./geojson.js";
import {
  type PublicCollection,
  type PublicGeoJSONOptions,
  PublicMapError,
  toPublicGeoJSON,
} from "./public-geojson.js";

/**
 * Options of {@link incidentsToGeoJSON} for a map safe to publish (the default): those of
 * {@link toPublicGeoJSON}, and `precision: "public"` or nothing.
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { PublicIncidentsGeoJSONOptions } from "antt";
 * const options: PublicIncidentsGeoJSONOptions = { grid: { metres: 1000 }, k: 8 };
 * ```
 */
export interface PublicIncidentsGeoJSONOptions extends PublicGeoJSONOptions<Incident> {
  /** `public` (the default): counts in cells, never an incident's own point. */
  readonly precision?: "public" | undefined;
}

/**
 * Options of {@link incidentsToGeoJSON} for the exact points, an explicit choice for maps
 * that stay inside the police: `precision: "exact"`, and the properties of each point.
 *
 * @typeParam P - the features' properties
 * @category Interchange
 * @example
 * ```ts
 * import type { ExactIncidentsGeoJSONOptions } from "antt";
 * const options: ExactIncidentsGeoJSONOptions<{ category: string }> = {
 *   precision: "exact",
 *   properties: (incident) => ({ category: incident.category }),
 * };
 * ```
 */
export interface ExactIncidentsGeoJSONOptions<P> {
  /** `exact`: each incident at its own location, as {@link toGeoJSON} writes it. */
  readonly precision: "exact";
  /** Builds each feature's properties (default: every other field of the incident). */
  readonly properties?: ((incident: Incident) => P) | undefined;
}

/**
 * Puts incidents on a map. By default the map is safe to publish ({@link toPublicGeoJSON}):
 * counts of incidents by category in 1 km cells (or at village centroids), cells of fewer
 * than 5 incidents left out and counted. The exact points are an explicit choice,
 * `{ precision: "exact" }`, for maps that stay inside the police.
 *
 * @param incidents - the incidents
 * @param options - `precision` (`public` by default or `exact`) and that form's options
 * @returns a {@link PublicCollection}, or for `exact` a {@link PointCollection}
 * @throws {@link PublicMapError} when an option is wrong, `precision` included
 * @category Interchange
 * @example
 * ```ts
 * import { incidentsToGeoJSON, type Incident } from "antt";
 * const incidents: Incident[] = [];
 * const map = incidentsToGeoJSON(incidents, { k: 8 });
 * map.precision; // "public"
 * const exact = incidentsToGeoJSON(incidents, { precision: "exact" });
 * exact.unlocated; // []
 * ```
 */
export function incidentsToGeoJSON(
  incidents: Iterable<Incident>,
  options?: PublicIncidentsGeoJSONOptions,
): PublicCollection;
export function incidentsToGeoJSON<P = Omit<Incident, "location">>(
  incidents: Iterable<Incident>,
  options: ExactIncidentsGeoJSONOptions<P>,
): PointCollection<P>;
export function incidentsToGeoJSON<P>(
  incidents: Iterable<Incident>,
  options: PublicIncidentsGeoJSONOptions | ExactIncidentsGeoJSONOptions<P> = {},
): PublicCollection | PointCollection<P> {
  const precision: unknown = options.precision ?? "public";
  if (precision === "exact") {
    const { properties } = options as ExactIncidentsGeoJSONOptions<P>;
    return properties === undefined
      ? (toGeoJSON(incidents) as unknown as PointCollection<P>)
      : toGeoJSON(incidents, { properties });
  }
  if (precision !== "public") {
    throw new PublicMapError("public-map-invalid-precision", "precision", {
      en: `precision must be "public" or "exact", not ${JSON.stringify(precision) ?? typeof precision}`,
      vi: `precision phải là "public" hoặc "exact", không được là ${JSON.stringify(precision) ?? typeof precision}`,
    });
  }
  const { precision: _precision, ...rest } = options as PublicIncidentsGeoJSONOptions;
  return toPublicGeoJSON(incidents, rest);
}
