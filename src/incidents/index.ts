export * from "./labels.js";
export * from "./legal-class.js";
export * from "./schema.js";
