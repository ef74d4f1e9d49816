// Maps safe to publish (issue 18, part 2): records counted in grid cells or at the centroid
// of their village, never at their own coordinates, with the cells of fewer than k records
// suppressed and every record accounted for.
import type { GeoPoint } from "../core/index.js";

/** Metres in one degree of latitude, on the mean earth radius (the one distanceMeters uses). */
const METRES_PER_DEGREE = (6_371_008.8 * Math.PI) / 180;

/** The finest grid accepted, in metres and in degrees (about one metre either way). */
const MIN_METRES = 1;
const MIN_DEGREES = 0.00001;

/**
 * The size of the cells of a public map: about `metres` on a side, or `degrees` of latitude
 * and longitude on a side.
 *
 * @description The globe is cut into rows of latitude from the south pole to the north
 * pole, and each row into cells from the date line (180°W) eastwards, so that a whole number
 * of cells spans each: the size asked is rounded to fit (`{ degrees: 0.7 }` gives rows of
 * 180/257 = 0.70039°). With `metres`, each row has about `metres` of latitude, and its cells
 * are about `metres` wide along the row's middle parallel, so they stay square on the
 * ground from the equator to the poles (a row at the pole has a few wide cells). With
 * `degrees`, cells are square in degrees, and narrower on the ground away from the equator.
 * A point on the edge of two cells belongs to the one north or east of it; a point at 180°
 * longitude is the same as one at 180°W.
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { PublicMapGrid } from "antt";
 * const kilometre: PublicMapGrid = { metres: 1000 };
 * const hundredth: PublicMapGrid = { degrees: 0.01 };
 * ```
 */
export type PublicMapGrid = { readonly metres: number } | { readonly degrees: number };

/**
 * Options of {@link toPublicGeoJSON}.
 *
 * @typeParam R - the records
 * @category Interchange
 * @example
 * ```ts
 * import type { PublicGeoJSONOptions } from "antt";
 * const options: PublicGeoJSONOptions<{ location?: { lat: number; lng: number } }> = {
 *   grid: { metres: 500 },
 *   k: 8,
 * };
 * ```
 */
export interface PublicGeoJSONOptions<R> {
  /**
   * The cells records are counted in (default `{ metres: 1000 }`), or `"none"` to place
   * records only at the centroid of their village (those without one are then unlocated).
   */
  readonly grid?: PublicMapGrid | "none" | undefined;
  /**
   * The fewest records a cell must hold to be published (default 5): a cell with fewer is
   * left out, and its records are counted in `suppressed`. A whole number, 1 or more.
   */
  readonly k?: number | undefined;
  /**
   * The centroid of each village (or any unit) by its code. A record whose village has a
   * centroid is counted at it, whatever its own location; the others go to the grid.
   */
  readonly villageCentroids?:
    | ReadonlyMap<string, GeoPoint>
    | Readonly<Record<string, GeoPoint>>
    | undefined;
  /**
   * The village code of a record (default: its `unitCode`, when it is a string). Only read
   * when `villageCentroids` is given.
   */
  readonly village?: ((record: R) => string | undefined) | undefined;
  /**
   * The category a record is counted under in each cell's `byCategory` (default: its
   * `category`, when it is a string). A record with none is counted in `count` only.
   */
  readonly category?: ((record: R) => string | undefined) | undefined;
}

/**
 * The properties of one cell of a public map: what it is and how many records it holds.
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { PublicCellProperties } from "antt";
 * const cell: PublicCellProperties = {
 *   cell: "village:15532-04",
 *   kind: "village",
 *   village: "15532-04",
 *   count: 6,
 *   byCategory: { theft: 5, fraud: 1 },
 * };
 * ```
 */
export interface PublicCellProperties {
  /** The cell's id: `grid:<rows>:<row>:<columns>:<column>` or `village:<code>`. */
  readonly cell: string;
  /** A cell of the grid or the centroid of a village. */
  readonly kind: "grid" | "village";
  /** The village's code, for a village. */
  readonly village?: string;
  /** How many records the cell holds (at least k). */
  readonly count: number;
  /** How many of them are of each category, when any record of the cell has a category. */
  readonly byCategory?: Readonly<Record<string, number>>;
}

/**
 * One cell of a public map: a GeoJSON point at the cell's centre (or the village's
 * centroid), with the cell's bounds as its `bbox` for a grid cell.
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { PublicCellFeature } from "antt";
 * const feature: PublicCellFeature = {
 *   type: "Feature",
 *   id: "village:15532-04",
 *   geometry: { type: "Point", coordinates: [105.36, 19.93] },
 *   properties: { cell: "village:15532-04", kind: "village", village: "15532-04", count: 6 },
 * };
 * ```
 */
export interface PublicCellFeature {
  /** Always `Feature`. */
  readonly type: "Feature";
  /** The cell's id (the same as `properties.cell`). */
  readonly id: string;
  /** `[west, south, east, north]` of a grid cell, in degrees. */
  readonly bbox?: readonly [number, number, number, number];
  /** The cell's centre or the village's centroid, as `[longitude, latitude]`. */
  readonly geometry: { readonly type: "Point"; readonly coordinates: readonly [number, number] };
  /** What the cell is and how many records it holds. */
  readonly properties: PublicCellProperties;
}

/**
 * A map safe to publish: a GeoJSON FeatureCollection of cells with their counts, and what
 * was left out.
 *
 * @description `emitted + suppressed.records + suppressed.unlocated = input`, always: every
 * record is in an emitted cell, in a suppressed one, or without a usable location. No
 * feature names a record or carries its fields.
 *
 * @category Interchange
 * @example
 * ```ts
 * import { toPublicGeoJSON, type PublicCollection } from "antt";
 * const map: PublicCollection = toPublicGeoJSON([{ id: "vv-1" }]);
 * map.suppressed.unlocated; // 1
 * ```
 */
export interface PublicCollection {
  /** Always `FeatureCollection`. */
  readonly type: "FeatureCollection";
  /** Always `public`: no feature is more precise than a cell or a village. */
  readonly precision: "public";
  /** The grid the records were counted in, as asked, or `"none"`. */
  readonly grid: PublicMapGrid | "none";
  /** The fewest records an emitted cell holds. */
  readonly k: number;
  /** The cells of k records or more, sorted by id (grid cells from south-west, then villages). */
  readonly features: PublicCellFeature[];
  /** How many records were given. */
  readonly input: number;
  /** How many records the emitted cells hold. */
  readonly emitted: number;
  /** What was left out. */
  readonly suppressed: {
    /** Records in cells of fewer than k records. */
    readonly records: number;
    /** Cells of fewer than k records. */
    readonly cells: number;
    /** Records without a usable location (and with no village centroid). */
    readonly unlocated: number;
    /** Those of `unlocated` whose location is there but is not a point (out of range, not a number). */
    readonly unusableLocation: number;
  };
}

/**
 * What {@link toPublicGeoJSON} or {@link incidentsToGeoJSON} refused in their options.
 *
 * @category Interchange
 * @example
 * ```ts
 * import type { PublicMapErrorCode } from "antt";
 * const code: PublicMapErrorCode = "public-map-invalid-k";
 * ```
 */
export type PublicMapErrorCode =
  | "public-map-invalid-k"
  | "public-map-invalid-grid"
  | "public-map-invalid-centroid"
  | "public-map-nowhere"
  | "public-map-invalid-precision";

/**
 * The error a public map's bad option gives, naming the option, in English and Vietnamese.
 *
 * @description `message` holds both languages (`"English (Tiếng Việt)"`); `messages` holds
 * them apart; `option` names the option (`k`, `grid.metres`, `villageCentroids.15532-04`).
 *
 * @category Interchange
 * @example
 * ```ts
 * import { PublicMapError, toPublicGeoJSON } from "antt";
 * try {
 *   toPublicGeoJSON([], { k: 0 });
 * } catch (error) {
 *   if (error instanceof PublicMapError) console.log(error.code, error.option); // "public-map-invalid-k" "k"
 * }
 * ```
 */
export class PublicMapError extends Error {
  override readonly name = "PublicMapError";

  /**
   * @param code - what is wrong
   * @param option - the option that is wrong
   * @param messages - the message, in English and Vietnamese
   */
  constructor(
    readonly code: PublicMapErrorCode,
    readonly option: string,
    readonly messages: { readonly en: string; readonly vi: string },
  ) {
    super(`${messages.en} (${messages.vi})`);
  }
}

function shown(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (value === undefined || value === null) return String(value);
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

/** The grid's rows, and the number of cells of each row. */
interface Cells {
  /** The grid as asked, copied. */
  readonly grid: PublicMapGrid;
  readonly rows: number;
  /** The most cells a row has (the equator's). */
  readonly maxColumns: number;
  readonly columnsOf: (row: number) => number;
}

function checkK(k: unknown): number {
  if (typeof k !== "number" || !Number.isInteger(k) || k < 1) {
    throw new PublicMapError("public-map-invalid-k", "k", {
      en: `k must be a whole number, 1 or more (the fewest records a published cell holds), not ${shown(k)}`,
      vi: `k phải là số nguyên từ 1 trở lên (số bản ghi ít nhất của một ô được công bố), không được là ${shown(k)}`,
    });
  }
  return k;
}

function checkGrid(grid: unknown): Cells | undefined {
  if (grid === "none") return undefined;
  const isObject = typeof grid === "object" && grid !== null;
  const hasMetres = isObject && "metres" in grid;
  const hasDegrees = isObject && "degrees" in grid;
  if (!isObject || hasMetres === hasDegrees) {
    throw new PublicMapError("public-map-invalid-grid", "grid", {
      en: `grid must be { metres } or { degrees } (one of them) or "none", not ${shown(grid)}`,
      vi: `grid phải là { metres } hoặc { degrees } (chỉ một trong hai) hoặc "none", không được là ${shown(grid)}`,
    });
  }
  const unit = hasMetres ? "metres" : "degrees";
  const size = (grid as Record<string, unknown>)[unit];
  const min = hasMetres ? MIN_METRES : MIN_DEGREES;
  if (typeof size !== "number" || !Number.isFinite(size) || size < min) {
    throw new PublicMapError("public-map-invalid-grid", `grid.${unit}`, {
      en: `grid.${unit} must be a number, ${min} or more (the size of a cell in ${unit}), not ${shown(size)}`,
      vi: `grid.${unit} phải là số từ ${String(min).replace(".", ",")} trở lên (cạnh của một ô, tính bằng ${hasMetres ? "mét" : "độ"}), không được là ${shown(size)}`,
    });
  }
  const degrees = hasMetres ? size / METRES_PER_DEGREE : size;
  const rows = Math.max(1, Math.round(180 / degrees));
  if (!hasMetres) {
    const columns = Math.max(1, Math.round(360 / degrees));
    return { grid: { degrees: size }, rows, maxColumns: columns, columnsOf: () => columns };
  }
  const byRow = new Map<number, number>();
  return {
    grid: { metres: size },
    rows,
    maxColumns: Math.max(1, Math.round(360 / degrees)),
    columnsOf: (row) => {
      let columns = byRow.get(row);
      if (columns === undefined) {
        const middle = (((row + 0.5) * 180) / rows - 90) * (Math.PI / 180);
        columns = Math.max(1, Math.round((360 * Math.cos(middle)) / degrees));
        byRow.set(row, columns);
      }
      return columns;
    },
  };
}

function isPoint(value: unknown): value is GeoPoint {
  if (typeof value !== "object" || value === null) return false;
  const { lat, lng } = value as { lat?: unknown; lng?: unknown };
  return (
    typeof lat === "number" &&
    typeof lng === "number" &&
    lat >= -90 &&
    lat <= 90 &&
    lng >= -180 &&
    lng <= 180
  );
}

function checkCentroids(
  centroids: PublicGeoJSONOptions<unknown>["villageCentroids"],
): ReadonlyMap<string, GeoPoint> | undefined {
  if (centroids === undefined) return undefined;
  if (typeof centroids !== "object" || centroids === null) {
    throw new PublicMapError("public-map-invalid-centroid", "villageCentroids", {
      en: `villageCentroids must be a Map or an object of points by village code, not ${shown(centroids)}`,
      vi: `villageCentroids phải là Map hoặc đối tượng gồm tọa độ theo mã thôn, không được là ${shown(centroids)}`,
    });
  }
  const entries =
    centroids instanceof Map
      ? [...(centroids as ReadonlyMap<string, GeoPoint>)]
      : Object.entries(centroids as Readonly<Record<string, GeoPoint>>);
  const out = new Map<string, GeoPoint>();
  for (const [code, point] of entries) {
    if (!isPoint(point)) {
      throw new PublicMapError("public-map-invalid-centroid", `villageCentroids.${code}`, {
        en: `The centroid of village ${code} must be { lat, lng } in degrees (lat -90 to 90, lng -180 to 180), not ${shown(point)}`,
        vi: `Tâm của thôn ${code} phải là { lat, lng } tính bằng độ (lat từ -90 đến 90, lng từ -180 đến 180), không được là ${shown(point)}`,
      });
    }
    out.set(code, { lat: point.lat, lng: point.lng });
  }
  return out;
}

function stringField(record: unknown, field: string): string | undefined {
  if (typeof record !== "object" || record === null) return undefined;
  const value = (record as Record<string, unknown>)[field];
  return typeof value === "string" ? value : undefined;
}

/** One cell being counted. */
interface Tally {
  readonly id: string;
  readonly kind: "grid" | "village";
  readonly village?: string;
  /** Sort keys: grid cells by row then column, villages by code. */
  readonly row: number;
  readonly column: number;
  readonly coordinates: readonly [number, number];
  readonly bbox?: readonly [number, number, number, number];
  count: number;
  readonly byCategory: Map<string, number>;
}

/** The row and column of the cell that holds a point. */
function cellOf(cells: Cells, point: GeoPoint): { row: number; column: number; columns: number } {
  const { rows } = cells;
  const row = Math.min(rows - 1, Math.floor(((point.lat + 90) * rows) / 180));
  const columns = cells.columnsOf(row);
  const column = Math.floor(((point.lng + 180) * columns) / 360) % columns;
  return { row, column, columns };
}

function gridTally(cells: Cells, row: number, column: number, columns: number): Tally {
  const { rows } = cells;
  const south = (row * 180) / rows - 90;
  const north = ((row + 1) * 180) / rows - 90;
  const west = (column * 360) / columns - 180;
  const east = ((column + 1) * 360) / columns - 180;
  return {
    id: `grid:${rows}:${row}:${columns}:${column}`,
    kind: "grid",
    row,
    column,
    coordinates: [((column + 0.5) * 360) / columns - 180, ((row + 0.5) * 180) / rows - 90],
    bbox: [west, south, east, north],
    count: 0,
    byCategory: new Map(),
  };
}

/**
 * Turns located records (incidents, camera points, anything with an optional `location`)
 * into a map safe to publish: counts in grid cells or at village centroids, never a
 * record's own coordinates, with the cells of fewer than `k` records left out and counted.
 *
 * @description Each record is placed at the centroid of its village when `villageCentroids`
 * has one for it, else in the cell of `grid` that holds its location (default
 * `{ metres: 1000 }`, see {@link PublicMapGrid}). A cell (or village) holding fewer than `k`
 * records (default 5) is not emitted: its records are counted in `suppressed.records` and
 * the cell in `suppressed.cells`. A record with no location, or one that is not a point in
 * range, and no village centroid is counted in `suppressed.unlocated`. So
 * `emitted + suppressed.records + suppressed.unlocated = input`. Each feature is a point at
 * the centre of its cell (or the village's centroid), with the count of its records and,
 * when they have one, their counts by category. No feature names a record or carries its
 * other fields, and the output does not depend on the order of the records.
 *
 * @param records - records with an optional `location` (and `unitCode`, `category`)
 * @param options - `grid`, `k`, `villageCentroids`, `village`, `category`
 * @returns the cells and what was suppressed
 * @throws {@link PublicMapError} when an option is wrong: `k` not a whole number 1 or more,
 * a grid size not a number of at least 1 metre or 0.00001 degrees, a village centroid not a
 * point, or `grid: "none"` without `villageCentroids`
 * @category Interchange
 * @example
 * ```ts
 * import { toPublicGeoJSON } from "antt";
 * const incidents = [1, 2, 3, 4, 5, 6].map((i) => ({
 *   id: `vv-${i}`,
 *   category: i === 6 ? "fraud" : "theft",
 *   location: { lat: 19.93 + i / 10_000, lng: 105.36 },
 * }));
 * const map = toPublicGeoJSON([...incidents, { id: "vv-7", category: "theft" }], {
 *   grid: { metres: 1000 },
 * });
 * map.features.length; // 1
 * map.features[0]?.properties.count; // 6
 * map.features[0]?.properties.byCategory; // { fraud: 1, theft: 5 }
 * map.suppressed; // { records: 0, cells: 0, unlocated: 1, unusableLocation: 0 }
 * ```
 */
export function toPublicGeoJSON<R extends object>(
  records: Iterable<R>,
  options: PublicGeoJSONOptions<R> = {},
): PublicCollection {
  const k = checkK(options.k ?? 5);
  const cells = checkGrid(options.grid ?? { metres: 1000 });
  const centroids = checkCentroids(options.villageCentroids);
  if (cells === undefined && centroids === undefined) {
    throw new PublicMapError("public-map-nowhere", "grid", {
      en: 'grid "none" needs villageCentroids: without a grid or villages, no record can be placed',
      vi: 'grid "none" cần có villageCentroids: không có lưới ô và tâm thôn thì không đặt được bản ghi nào',
    });
  }
  const villageOf = options.village ?? ((record: R) => stringField(record, "unitCode"));
  const categoryOf = options.category ?? ((record: R) => stringField(record, "category"));

  // Grid cells by row and column as one number (fewer than 2^53 cells even at 1 m), so that
  // a record costs no string; villages by code.
  const cellTallies = new Map<number, Tally>();
  const villageTallies = new Map<string, Tally>();
  let input = 0;
  let unlocated = 0;
  let unusableLocation = 0;
  for (const record of records) {
    input += 1;
    let tally: Tally | undefined;
    const village = centroids === undefined ? undefined : villageOf(record);
    const centroid = village === undefined ? undefined : centroids?.get(village);
    if (village !== undefined && centroid !== undefined) {
      tally = villageTallies.get(village);
      if (tally === undefined) {
        tally = {
          id: `village:${village}`,
          kind: "village",
          village,
          row: Number.POSITIVE_INFINITY,
          column: 0,
          coordinates: [centroid.lng, centroid.lat],
          count: 0,
          byCategory: new Map(),
        };
        villageTallies.set(village, tally);
      }
    } else {
      const location = (record as { location?: unknown } | null | undefined)?.location;
      if (!isPoint(location)) {
        if (location !== undefined) unusableLocation += 1;
      } else if (cells !== undefined) {
        const { row, column, columns } = cellOf(cells, location);
        const key = row * cells.maxColumns + column;
        tally = cellTallies.get(key);
        if (tally === undefined) {
          tally = gridTally(cells, row, column, columns);
          cellTallies.set(key, tally);
        }
      }
    }
    if (tally === undefined) {
      unlocated += 1;
      continue;
    }
    tally.count += 1;
    const category = categoryOf(record);
    if (category !== undefined) {
      tally.byCategory.set(category, (tally.byCategory.get(category) ?? 0) + 1);
    }
  }

  const tallies = [...cellTallies.values(), ...villageTallies.values()];
  const kept = tallies.filter((tally) => tally.count >= k);
  kept.sort(
    (a, b) => a.row - b.row || a.column - b.column || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const features = kept.map((tally): PublicCellFeature => {
    const properties: PublicCellProperties = {
      cell: tally.id,
      kind: tally.kind,
      ...(tally.village === undefined ? {} : { village: tally.village }),
      count: tally.count,
      ...(tally.byCategory.size === 0
        ? {}
        : {
            byCategory: Object.fromEntries(
              [...tally.byCategory].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
            ),
          }),
    };
    return {
      type: "Feature",
      id: tally.id,
      ...(tally.bbox === undefined ? {} : { bbox: tally.bbox }),
      geometry: { type: "Point", coordinates: tally.coordinates },
      properties,
    };
  });
  const emitted = kept.reduce((sum, tally) => sum + tally.count, 0);
  return {
    type: "FeatureCollection",
    precision: "public",
    grid: cells?.grid ?? "none",
    k,
    features,
    input,
    emitted,
    suppressed: {
      records: input - unlocated - emitted,
      cells: tallies.length - kept.length,
      unlocated,
      unusableLocation,
    },
  };
}
