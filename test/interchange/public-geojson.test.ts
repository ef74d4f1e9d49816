// Maps safe to publish: no cell under k, every record accounted for, no record's own point,
// the same map whatever the order of the records.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  datasetFromJSON,
  type GeoPoint,
  type Incident,
  incidentsToGeoJSON,
  type PointCollection,
  type PublicCollection,
  PublicMapError,
  type PublicMapGrid,
  toGeoJSON,
  toPublicGeoJSON,
} from "../../src/index.js";

interface Rec {
  readonly id: string;
  readonly category?: string;
  readonly unitCode?: string;
  readonly location?: GeoPoint;
}

const at = (id: string, lat: number, lng: number, category?: string): Rec => ({
  id,
  location: { lat, lng },
  ...(category === undefined ? {} : { category }),
});

// Points: anywhere, on the edges of the globe, or in a few tight clusters (so that cells
// reach k); some records without a location, some with one that is not a point.
const cluster = fc
  .tuple(
    fc.constantFrom(
      { lat: 19.93, lng: 105.36 },
      { lat: 0, lng: 179.9999 },
      { lat: 0.0001, lng: -180 },
      { lat: 89.9999, lng: 10 },
      { lat: -90, lng: 0 },
      { lat: 0, lng: 0 },
    ),
    fc.double({ min: -0.001, max: 0.001, noNaN: true }),
    fc.double({ min: -0.001, max: 0.001, noNaN: true }),
  )
  .map(([c, dLat, dLng]) => ({
    lat: Math.max(-90, Math.min(90, c.lat + dLat)),
    lng: Math.max(-180, Math.min(180, c.lng + dLng)),
  }));
const anywhere = fc.record({
  lat: fc.double({ min: -90, max: 90, noNaN: true }),
  lng: fc.double({ min: -180, max: 180, noNaN: true }),
});
const edge = fc.record({
  lat: fc.constantFrom(-90, -45, 0, 45, 90),
  lng: fc.constantFrom(-180, -90, 0, 90, 180),
});
const badLocation = fc.constantFrom<unknown>(
  { lat: Number.NaN, lng: 105 },
  { lat: 91, lng: 105 },
  { lat: 19, lng: 181 },
  { lat: "19", lng: 105 },
  null,
);
const location = fc.oneof(
  { weight: 6, arbitrary: cluster },
  { weight: 2, arbitrary: anywhere },
  { weight: 1, arbitrary: edge },
  { weight: 1, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: badLocation },
);
const records = fc
  .array(
    fc.record(
      {
        location,
        category: fc.constantFrom("theft", "fraud", "fire"),
        unitCode: fc.constantFrom("v1", "v2", "v3"),
      },
      { requiredKeys: ["location"] },
    ),
    { maxLength: 120 },
  )
  .map((list) =>
    list.map((r, i) => {
      const { location: place, ...rest } = r;
      return { id: `rec-${i}`, ...rest, ...(place === undefined ? {} : { location: place }) };
    }),
  ) as fc.Arbitrary<Rec[]>;
const grid: fc.Arbitrary<PublicMapGrid> = fc.oneof(
  fc.constantFrom<PublicMapGrid>(
    { metres: 100 },
    { metres: 1000 },
    { metres: 250_000 },
    { degrees: 0.01 },
    { degrees: 1 },
    { degrees: 0.7 },
  ),
  fc.double({ min: 1, max: 5_000_000, noNaN: true }).map((metres) => ({ metres })),
  fc.double({ min: 0.0001, max: 400, noNaN: true }).map((degrees) => ({ degrees })),
);
const k = fc.integer({ min: 1, max: 8 });
const CENTROIDS = { v1: { lat: 19.935, lng: 105.361 }, v2: { lat: 0, lng: 180 } } as const;
const options = fc.oneof(
  fc.record({ grid, k }),
  fc.record({
    grid: fc.oneof(grid, fc.constant("none" as const)),
    k,
    villageCentroids: fc.constant(CENTROIDS),
  }),
);
type Options = { grid: PublicMapGrid | "none"; k: number; villageCentroids?: typeof CENTROIDS };

/** Whether the record goes to its village's centroid under these options. */
function atVillage(r: Rec, opts: Options): boolean {
  return opts.villageCentroids !== undefined && (r.unitCode === "v1" || r.unitCode === "v2");
}
/** Whether the record is placed at all: at its village, or in the grid. */
function placed(r: Rec, opts: Options): boolean {
  return atVillage(r, opts) || (opts.grid !== "none" && usable(r));
}

function usable(r: Rec): boolean {
  const p = r.location as unknown;
  if (typeof p !== "object" || p === null) return false;
  const { lat, lng } = p as { lat: unknown; lng: unknown };
  return (
    typeof lat === "number" &&
    typeof lng === "number" &&
    lat >= -90 &&
    lat <= 90 &&
    lng >= -180 &&
    lng <= 180
  );
}

function shuffled<T>(list: readonly T[], seed: number): T[] {
  const out = [...list];
  let state = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const centreOf = (bbox: readonly [number, number, number, number]): [number, number] => [
  (bbox[0] + bbox[2]) / 2,
  (bbox[1] + bbox[3]) / 2,
];

describe("toPublicGeoJSON, for any records", () => {
  it("emits no cell of fewer than k records", () => {
    fc.assert(
      fc.property(records, options, (list, opts) => {
        const map = toPublicGeoJSON(list, opts);
        for (const f of map.features) expect(f.properties.count).toBeGreaterThanOrEqual(opts.k);
      }),
      { numRuns: 300 },
    );
  });

  it("accounts for every record: emitted + suppressed + unlocated = input", () => {
    fc.assert(
      fc.property(records, options, (list, opts) => {
        const map = toPublicGeoJSON(list, opts);
        const emitted = map.features.reduce((n, f) => n + f.properties.count, 0);
        expect(map.emitted).toBe(emitted);
        expect(map.input).toBe(list.length);
        expect(emitted + map.suppressed.records + map.suppressed.unlocated).toBe(list.length);
        // Counted apart, from the records themselves.
        expect(map.suppressed.unlocated).toBe(list.filter((r) => !placed(r, opts)).length);
        expect(map.suppressed.unusableLocation).toBe(
          list.filter((r) => !atVillage(r, opts) && !usable(r) && r.location !== undefined).length,
        );
        expect(map.suppressed.records === 0).toBe(map.suppressed.cells === 0);
        expect(map.suppressed.records).toBeLessThanOrEqual(map.suppressed.cells * (opts.k - 1));
        // The counts by category add up to the count when every record has a category.
        const allCategorised = list.every((r) => r.category !== undefined);
        for (const f of map.features) {
          const byCategory = Object.values(f.properties.byCategory ?? {});
          const sum = byCategory.reduce((n, c) => n + c, 0);
          if (allCategorised) expect(sum).toBe(f.properties.count);
          else expect(sum).toBeLessThanOrEqual(f.properties.count);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("places every feature at the centre of its cell, never at a record's own point", () => {
    fc.assert(
      fc.property(records, options, (list, opts) => {
        const map = toPublicGeoJSON(list, opts);
        const ids = new Set<string>();
        for (const f of map.features) {
          ids.add(f.id);
          if (f.properties.kind === "village") {
            const village = f.properties.village as keyof typeof CENTROIDS;
            const centroid = CENTROIDS[village];
            expect(f.geometry.coordinates).toEqual([centroid.lng, centroid.lat]);
            expect(f.bbox).toBeUndefined();
            continue;
          }
          const bbox = f.bbox as [number, number, number, number];
          const [lng, lat] = f.geometry.coordinates;
          const [west, south, east, north] = bbox;
          expect(west).toBeGreaterThanOrEqual(-180);
          expect(east).toBeLessThanOrEqual(180);
          expect(south).toBeGreaterThanOrEqual(-90);
          expect(north).toBeLessThanOrEqual(90);
          expect(west).toBeLessThan(east);
          expect(south).toBeLessThan(north);
          expect(lng).toBeCloseTo(centreOf(bbox)[0], 9);
          expect(lat).toBeCloseTo(centreOf(bbox)[1], 9);
          // The cell holds its records: at least `count` of them lie in its bounds.
          const inside = list.filter((r) => {
            if (!usable(r) || r.location === undefined || atVillage(r, opts)) return false;
            const x = r.location.lng === 180 ? -180 : r.location.lng;
            const y = r.location.lat;
            return x >= west - 1e-9 && x <= east + 1e-9 && y >= south - 1e-9 && y <= north + 1e-9;
          });
          expect(inside.length).toBeGreaterThanOrEqual(f.properties.count);
          // A coordinate that is a record's own is one only because the record sits at
          // the centre of its cell.
          for (const r of list) {
            if (r.location?.lng === lng && r.location?.lat === lat) {
              expect([lng, lat]).toEqual(f.geometry.coordinates);
            }
          }
        }
        expect(ids.size).toBe(map.features.length);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same map whatever the order of the records", () => {
    fc.assert(
      fc.property(records, options, fc.integer(), (list, opts, seed) => {
        expect(toPublicGeoJSON(shuffled(list, seed), opts)).toEqual(toPublicGeoJSON(list, opts));
      }),
      { numRuns: 200 },
    );
  });

  it("names no record and carries none of its fields", () => {
    fc.assert(
      fc.property(records, options, (list, opts) => {
        const text = JSON.stringify(toPublicGeoJSON(list, { ...opts, k: 1 }));
        expect(text).not.toMatch(/rec-\d/);
        expect(text).not.toContain("unitCode");
        expect(text).not.toContain('"lat"');
      }),
      { numRuns: 100 },
    );
  });
});

describe("toPublicGeoJSON, at the edges of the globe", () => {
  it("puts 180°E and 180°W in one cell, whose bounds stay inside the globe", () => {
    for (const grid of [{ metres: 1000 }, { degrees: 1 }, { degrees: 0.7 }] as const) {
      const map = toPublicGeoJSON([at("a", 10, 180), at("b", 10, -180)], { grid, k: 2 });
      expect(map.features).toHaveLength(1);
      const bbox = map.features[0]?.bbox;
      expect(bbox?.[0]).toBe(-180);
      expect(map.features[0]?.geometry.coordinates[0]).toBeGreaterThan(-180);
    }
    // Either side of the date line, a degree apart: two cells, at each end of the row.
    const map = toPublicGeoJSON([at("a", 10, 179.5), at("b", 10, -179.5)], {
      grid: { degrees: 1 },
      k: 1,
    });
    expect(map.features.map((f) => f.geometry.coordinates)).toEqual([
      [-179.5, 10.5],
      [179.5, 10.5],
    ]);
  });

  it("puts the poles in the first and last rows, with cells still about the size asked", () => {
    const map = toPublicGeoJSON([at("n", 90, 0), at("n2", 90, 179), at("s", -90, 0)], {
      grid: { metres: 1000 },
      k: 1,
    });
    const [south, north] = map.features;
    expect(south?.bbox?.[1]).toBe(-90);
    expect(north?.bbox?.[3]).toBe(90);
    // A row at the pole is about 1 km around: it has a few cells, not 40,000.
    const columns = Number(north?.id.split(":")[3]);
    expect(columns).toBeGreaterThanOrEqual(1);
    expect(columns).toBeLessThanOrEqual(10);
    expect(map.input).toBe(3);
    expect(map.emitted).toBe(3);
  });

  it("centres a 1 km row on the equator, and puts a point on a degree row's edge north of it", () => {
    const km = toPublicGeoJSON([at("a", 0, 20), at("b", 0.001, 20), at("c", -0.001, 20)], {
      grid: { metres: 1000 },
      k: 3,
    });
    expect(km.features).toHaveLength(1);
    expect(km.features[0]?.geometry.coordinates[1]).toBe(0);
    const deg = toPublicGeoJSON([at("a", 0, 20.5), at("b", -1e-9, 20.5)], {
      grid: { degrees: 1 },
      k: 1,
    });
    expect(deg.features.map((f) => f.geometry.coordinates)).toEqual([
      [20.5, -0.5],
      [20.5, 0.5],
    ]);
  });

  it("with k = 1 emits every located record's cell and suppresses none", () => {
    const list = [at("a", 19.9, 105.3), at("b", 21.0, 105.8), { id: "c" }];
    const map = toPublicGeoJSON(list, { k: 1 });
    expect(map.features.map((f) => f.properties.count)).toEqual([1, 1]);
    expect(map.suppressed).toEqual({ records: 0, cells: 0, unlocated: 1, unusableLocation: 0 });
  });

  it("suppresses cells under the default k of 5, and says how many", () => {
    const four = [1, 2, 3, 4].map((i) => at(`a${i}`, 19.93, 105.36 + i / 100_000, "theft"));
    const five = [1, 2, 3, 4, 5].map((i) => at(`b${i}`, 21.03, 105.85 + i / 100_000, "fraud"));
    const map = toPublicGeoJSON([...four, ...five]);
    expect(map.k).toBe(5);
    expect(map.grid).toEqual({ metres: 1000 });
    expect(map.features).toHaveLength(1);
    expect(map.features[0]?.properties).toMatchObject({ count: 5, byCategory: { fraud: 5 } });
    expect(map.suppressed).toEqual({ records: 4, cells: 1, unlocated: 0, unusableLocation: 0 });
  });

  it("counts a location that is not a point as unlocated, and says so apart", () => {
    const list = [
      { id: "a", location: { lat: Number.NaN, lng: 105 } },
      { id: "b", location: { lat: 95, lng: 105 } },
      { id: "c" },
    ] as Rec[];
    expect(toPublicGeoJSON(list, { k: 1 }).suppressed).toEqual({
      records: 0,
      cells: 0,
      unlocated: 3,
      unusableLocation: 2,
    });
  });
});

describe("toPublicGeoJSON with village centroids", () => {
  const centroids = { "15532-04": { lat: 19.935, lng: 105.361 } };
  const inVillage = [1, 2, 3, 4, 5].map((i) => ({
    id: `v${i}`,
    unitCode: "15532-04",
    category: "theft",
    // One has no location at all: its village places it.
    ...(i === 5 ? {} : { location: { lat: 19.93 + i / 1000, lng: 105.36 } }),
  }));

  it("places a record whose village has a centroid at it, whatever its own point", () => {
    const map = toPublicGeoJSON(inVillage, { villageCentroids: centroids });
    expect(map.features).toEqual([
      {
        type: "Feature",
        id: "village:15532-04",
        geometry: { type: "Point", coordinates: [105.361, 19.935] },
        properties: {
          cell: "village:15532-04",
          kind: "village",
          village: "15532-04",
          count: 5,
          byCategory: { theft: 5 },
        },
      },
    ]);
    const asMap = toPublicGeoJSON(inVillage, {
      villageCentroids: new Map(Object.entries(centroids)),
    });
    expect(asMap).toEqual(map);
  });

  it("snaps the others to the grid, or counts them unlocated with no grid", () => {
    const other = [1, 2, 3, 4, 5].map((i) => ({
      ...at(`o${i}`, 21.03, 105.85),
      unitCode: "00001",
    }));
    const map = toPublicGeoJSON([...other, ...inVillage], { villageCentroids: centroids });
    expect(map.features.map((f) => f.properties.kind)).toEqual(["grid", "village"]);
    const villagesOnly = toPublicGeoJSON([...other, ...inVillage], {
      grid: "none",
      villageCentroids: centroids,
    });
    expect(villagesOnly.grid).toBe("none");
    expect(villagesOnly.features).toHaveLength(1);
    expect(villagesOnly.suppressed.unlocated).toBe(5);
  });

  it("reads the village and the category as the caller says", () => {
    const map = toPublicGeoJSON(inVillage, {
      villageCentroids: { X: { lat: 1, lng: 2 } },
      village: () => "X",
      category: (r) => (r.id === "v1" ? "first" : undefined),
    });
    expect(map.features[0]?.properties).toEqual({
      cell: "village:X",
      kind: "village",
      village: "X",
      count: 5,
      byCategory: { first: 1 },
    });
  });
});

describe("toPublicGeoJSON's options", () => {
  function refusal(run: () => unknown): PublicMapError {
    try {
      run();
    } catch (error) {
      if (error instanceof PublicMapError) return error;
      throw error;
    }
    throw new Error("no error");
  }

  it.each([0, -1, 2.5, Number.NaN, Number.POSITIVE_INFINITY, "5"])("refuses k = %s", (k) => {
    const error = refusal(() => toPublicGeoJSON([], { k: k as number }));
    expect(error.code).toBe("public-map-invalid-k");
    expect(error.option).toBe("k");
    expect(error.messages.en).toMatch(/^k must be a whole number, 1 or more/);
    expect(error.messages.vi).toMatch(/^k phải là số nguyên từ 1 trở lên/);
    expect(error.message).toContain(error.messages.vi);
  });

  it.each([
    [{ metres: 0 }, "grid.metres"],
    [{ metres: -100 }, "grid.metres"],
    [{ metres: Number.NaN }, "grid.metres"],
    [{ metres: 0.5 }, "grid.metres"],
    [{ degrees: Number.POSITIVE_INFINITY }, "grid.degrees"],
    [{ degrees: 0 }, "grid.degrees"],
    [{ degrees: "1" }, "grid.degrees"],
    [{}, "grid"],
    [{ metres: 1000, degrees: 1 }, "grid"],
    [500, "grid"],
  ])("refuses grid %j, naming %s", (grid, option) => {
    const error = refusal(() => toPublicGeoJSON([], { grid: grid as PublicMapGrid }));
    expect(error.code).toBe("public-map-invalid-grid");
    expect(error.option).toBe(option);
    expect(error.messages.en.startsWith(option)).toBe(true);
    expect(error.messages.vi.startsWith(option)).toBe(true);
  });

  it("refuses a centroid that is not a point, naming the village", () => {
    const error = refusal(() =>
      toPublicGeoJSON([], { villageCentroids: { "15532-04": { lat: 105.36, lng: 19.93 } } }),
    );
    expect(error.code).toBe("public-map-invalid-centroid");
    expect(error.option).toBe("villageCentroids.15532-04");
    expect(error.messages.vi).toContain("Tâm của thôn 15532-04");
  });

  it('refuses grid "none" without villages', () => {
    const error = refusal(() => toPublicGeoJSON([], { grid: "none" }));
    expect(error.code).toBe("public-map-nowhere");
  });

  it("refuses bad options even with no records, before reading any", () => {
    let read = 0;
    const lazy = {
      *[Symbol.iterator]() {
        read += 1;
        yield at("a", 1, 1);
      },
    };
    refusal(() => toPublicGeoJSON(lazy, { k: 0 }));
    expect(read).toBe(0);
  });
});

describe("incidentsToGeoJSON", () => {
  const url = new URL("../../examples/data/tho-xuan-2024.json", import.meta.url);
  const loaded = datasetFromJSON(readFileSync(url, "utf8"));
  if (!loaded.success) throw new Error("the sample dataset is valid");
  const { incidents } = loaded.data;

  it("gives the public map by default", () => {
    const map = incidentsToGeoJSON(incidents);
    expectTypeOf(map).toEqualTypeOf<PublicCollection>();
    expect(map).toEqual(toPublicGeoJSON(incidents));
    expect(map.precision).toBe("public");
    expect(map.features.length).toBeGreaterThan(0);
    expect(map.emitted + map.suppressed.records + map.suppressed.unlocated).toBe(incidents.length);
    const text = JSON.stringify(map);
    for (const incident of incidents.slice(0, 50)) expect(text).not.toContain(incident.id);
  });

  it("passes the public options on", () => {
    expect(
      incidentsToGeoJSON(incidents, { precision: "public", k: 8, grid: { degrees: 0.05 } }),
    ).toEqual(toPublicGeoJSON(incidents, { k: 8, grid: { degrees: 0.05 } }));
  });

  it("gives the exact points only when asked by name", () => {
    const exact = incidentsToGeoJSON(incidents, { precision: "exact" });
    expect(exact).toEqual(toGeoJSON(incidents));
    const picked = incidentsToGeoJSON(incidents, {
      precision: "exact",
      properties: (incident) => ({ category: incident.category }),
    });
    expectTypeOf(picked).toEqualTypeOf<PointCollection<{ category: Incident["category"] }>>();
    expect(picked.features[0]?.properties).toEqual({ category: incidents[0]?.category });
  });

  it("refuses a precision it does not know", () => {
    expect(() => incidentsToGeoJSON(incidents, { precision: "rough" as "public" })).toThrow(
      expect.objectContaining({ code: "public-map-invalid-precision", option: "precision" }),
    );
  });
});
