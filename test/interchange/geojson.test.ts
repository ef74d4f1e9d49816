import { describe, expect, expectTypeOf, it } from "vitest";
import { type PointCollection, toGeoJSON } from "../../src/index.js";

describe("toGeoJSON", () => {
  const records = [
    { id: "cam-1", ownerKind: "household", location: { lat: 19.93, lng: 105.36 } },
    { id: "cam-2", ownerKind: "public" },
    { id: "cam-3", ownerKind: "school", location: { lat: 19.94, lng: 105.37 } },
  ];

  it("writes points in GeoJSON order [lng, lat] and keeps the other fields as properties", () => {
    const collection = toGeoJSON(records);
    expect(collection.type).toBe("FeatureCollection");
    expect(collection.features).toEqual([
      {
        type: "Feature",
        id: "cam-1",
        geometry: { type: "Point", coordinates: [105.36, 19.93] },
        properties: { id: "cam-1", ownerKind: "household" },
      },
      {
        type: "Feature",
        id: "cam-3",
        geometry: { type: "Point", coordinates: [105.37, 19.94] },
        properties: { id: "cam-3", ownerKind: "school" },
      },
    ]);
  });

  it("lists every record without a location, so none is lost", () => {
    const collection = toGeoJSON(records);
    expect(collection.unlocated).toEqual(["cam-2"]);
    expect(collection.features.length + collection.unlocated.length).toBe(records.length);
  });

  it("lets the caller choose the properties and does not change the records", () => {
    const frozen = Object.freeze(records.map((r) => Object.freeze({ ...r })));
    const collection = toGeoJSON(frozen, { properties: (r) => ({ owner: r.ownerKind }) });
    expect(collection.features[0]?.properties).toEqual({ owner: "household" });
    expectTypeOf(collection).toEqualTypeOf<PointCollection<{ owner: string }>>();
  });

  it("gives an empty collection for no records", () => {
    expect(toGeoJSON([])).toEqual({ type: "FeatureCollection", features: [], unlocated: [] });
  });
});
