export * from "./render.js";
export * from "./report.js";
export * from "./types.js";
export * from "./wording.js";
