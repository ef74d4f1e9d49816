export * from "./geojson.js";
export * from "./json-schema.js";
export * from "./pattern.js";
