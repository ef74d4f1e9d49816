// Put the camera registry on a map: export the camera points as GeoJSON, which Leaflet,
// MapLibre, QGIS and geojson.io open as they are. Then a map of incidents safe to publish:
// counts in 1 km cells, never an incident's own point, cells of fewer than 5 left out.
//
// Run: npx tsx examples/export-geojson.ts
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { datasetFromJSON, formatNumber, incidentsToGeoJSON, toGeoJSON } from "antt";

const url = new URL("./data/tho-xuan-2024.json", import.meta.url);
const loaded = datasetFromJSON(readFileSync(url, "utf8"));
if (!loaded.success) throw new Error("The sample dataset should be valid");
const { cameras, incidents } = loaded.data;

// A point just registered by phone, not surveyed yet: it has no location.
const [sample] = cameras;
if (!sample) throw new Error("The sample dataset has cameras");
const { location: _notSurveyed, ...registeredByPhone } = sample;
const records = [...cameras, { ...registeredByPhone, id: "tx-cam-01528" }];

// Keep the properties a map needs; without `properties`, every other field of the record
// (funding, sharing commitment, ...) would go into the file.
const collection = toGeoJSON(records, {
  properties: (camera) => ({
    ownerKind: camera.ownerKind,
    lenses: camera.lenses,
    connectedToDutyRoom: camera.connectedToDutyRoom,
  }),
});

const file = join(tmpdir(), "tho-xuan-cameras.geojson");
writeFileSync(file, JSON.stringify(collection));

// Coordinates are written in GeoJSON order: [longitude, latitude].
const first = collection.features[0];
console.log(`${formatNumber(collection.features.length)} điểm camera đã ghi vào ${file}`);
console.log(`Điểm đầu tiên: ${first?.id} tại [${first?.geometry.coordinates.join(", ")}]`);
// Records without a location are not dropped silently: their ids are listed apart (and
// written to the file as a foreign member, which map libraries ignore).
console.log(
  `Chưa có tọa độ: ${collection.unlocated.length} điểm${collection.unlocated.length ? ` (${collection.unlocated.join(", ")})` : ""}`,
);
const connected = collection.features.filter((f) => f.properties.connectedToDutyRoom);
console.log(
  `Kết nối về phòng trực ban: ${formatNumber(connected.length)} điểm, ${formatNumber(connected.reduce((n, f) => n + f.properties.lenses, 0))} mắt`,
);

// Incidents: the public map is the default. Each feature is a 1 km cell with its count (and
// counts by category); a cell of fewer than k incidents is left out, and counted.
const map = incidentsToGeoJSON(incidents, { grid: { metres: 1000 }, k: 5 });
const mapFile = join(tmpdir(), "tho-xuan-incidents-public.geojson");
writeFileSync(mapFile, JSON.stringify(map));
console.log(
  `Bản đồ vụ việc công khai: ${formatNumber(map.features.length)} ô, ${formatNumber(map.emitted)}/${formatNumber(map.input)} vụ việc; ẩn ${formatNumber(map.suppressed.records)} vụ việc ở ${formatNumber(map.suppressed.cells)} ô dưới ${map.k} vụ, ${formatNumber(map.suppressed.unlocated)} vụ việc chưa có tọa độ (${mapFile})`,
);
// The exact points are an explicit choice, for maps that stay inside the police.
const exact = incidentsToGeoJSON(incidents, {
  precision: "exact",
  properties: (incident) => ({ category: incident.category, status: incident.status }),
});
console.log(`Bản đồ nội bộ (tọa độ chính xác): ${formatNumber(exact.features.length)} điểm`);
