export * from "./extraction-summary.js";
export * from "./labels.js";
export * from "./legal-class.js";
export * from "./schema.js";
export * from "./summary.js";
