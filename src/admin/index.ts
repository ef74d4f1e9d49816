export * from "./changes.js";
export * from "./labels.js";
export * from "./loaders.js";
export * from "./names.js";
export * from "./rollup.js";
export * from "./schema.js";
export * from "./unit-index.js";
