export * from "./labels.js";
export * from "./schema.js";
export * from "./summary.js";
