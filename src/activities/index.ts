export * from "./labels.js";
export * from "./schema.js";
