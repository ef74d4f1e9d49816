export * from "./coverage.js";
export * from "./json.js";
export * from "./labels.js";
export * from "./schema.js";
export * from "./validate.js";
