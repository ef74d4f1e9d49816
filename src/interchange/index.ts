export * from "./geojson.js";
export * from "./incidents-geojson.js";
export * from "./json-schema.js";
export * from "./pattern.js";
export * from "./public-geojson.js";
