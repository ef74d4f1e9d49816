export * from "./aggregator.js";
export * from "./compare.js";
export * from "./group.js";
export * from "./keys.js";
export * from "./primitives.js";
export * from "./rollup.js";
export * from "./rollup-target.js";
export * from "./run.js";
