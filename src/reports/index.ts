export * from "./render/index.js";
export * from "./report.js";
export * from "./types.js";
export * from "./wording.js";
