export * from "./geo.js";
export * from "./issues.js";
export * from "./labels.js";
export * from "./money.js";
export * from "./strings.js";
export * from "./time.js";
export * from "./units.js";
