// An app in another language (Python, Go, Java, C#) checks camera records with the JSON
// Schema the package ships, using any standard validator. Here: ajv, as that app would.
//
// Run: npx tsx examples/json-schema-interop.ts
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { CameraPointSchema, type JSONSchema, jsonSchemaOf, validate } from "antt";

// The build writes one file per schema into the package: antt/schemas/camera-point.json.
// Before a build (a fresh clone) the same document comes from jsonSchemaOf().
const file = fileURLToPath(import.meta.resolve("antt/schemas/camera-point.json"));
const schema: JSONSchema = existsSync(file)
  ? (JSON.parse(readFileSync(file, "utf8")) as JSONSchema)
  : jsonSchemaOf(CameraPointSchema);
console.log(
  `JSON Schema: ${existsSync(file) ? "antt/schemas/camera-point.json" : "jsonSchemaOf(CameraPointSchema)"}`,
);

// Code lists carry their Vietnamese and English labels as `x-labels`, so the other app can
// show "Hộ gia đình" rather than "household" without a copy of the library.
const ownerKind = (schema["properties"] as Record<string, Record<string, unknown>>)["ownerKind"];
const labels = ownerKind?.["x-labels"] as Record<string, { vi: string; en: string }> | undefined;
console.log(`Nhãn của ownerKind "household": ${JSON.stringify(labels?.["household"])}`);

// Formats (date, date-time) are also written as patterns, so format checking can stay off.
const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
const check = ajv.compile(schema);

// Plain JSON, as it arrives from the other app.
const valid = {
  id: "xs-cam-026",
  unitCode: "15532",
  location: { lat: 19.90258, lng: 105.42966 },
  ownerKind: "household",
  installedOn: "2024-05-20",
  connectedToDutyRoom: false,
  sharingTier: "on-request",
  coverage: ["road"],
  status: "active",
};
const { connectedToDutyRoom, ...rest } = valid;
const typo = { ...rest, connectedToDutyRom: connectedToDutyRoom };

for (const [name, record] of [
  ["hợp lệ", valid],
  ["gõ sai khóa", typo],
] as const) {
  const ok = check(record);
  const errors = (check.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`,
  );
  console.log(`ajv, bản ghi ${name}: ${ok ? "đạt" : `không đạt: ${errors.join("; ")}`}`);
}

// What only zod checks: rules across the fields of one record (live view needs a duty-room
// connection; a removed point needs its removal day, not before installation; no coverage
// listed twice), and the date order checks of validateDataset across records. JSON Schema
// cannot say them, so ajv lets this record through; validate() does not.
const liveButNotConnected = { ...valid, sharingTier: "live-view" };
const zod = validate(CameraPointSchema, liveButNotConnected);
console.log(
  `Xem trực tiếp mà không kết nối: ajv ${check(liveButNotConnected) ? "đạt" : "không đạt"},` +
    ` zod ${zod.success ? "đạt" : `không đạt (${zod.issues.map((i) => `${i.path.join(".")}: ${i.message.vi}`).join("; ")})`}`,
);
