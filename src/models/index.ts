export * from "./evaluate.js";
export * from "./labels.js";
export * from "./recognition.js";
export * from "./schema.js";
export * from "./summary.js";
