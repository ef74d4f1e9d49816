export * from "./compliance.js";
export * from "./groups.js";
export * from "./labels.js";
export * from "./schema.js";
export * from "./summary.js";
