export * from "./aggregator.js";
export * from "./rollup-target.js";
