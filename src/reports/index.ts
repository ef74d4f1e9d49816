export * from "./error.js";
export * from "./figure-types.js";
export * from "./render/index.js";
export * from "./report.js";
export * from "./types.js";
export * from "./wording.js";
