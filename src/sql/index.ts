export * from "./activities.js";
export * from "./client.js";
export { SQL_DIALECTS } from "./dialect.js";
export * from "./extractions.js";
export * from "./funding.js";
export * from "./incidents.js";
export * from "./layout.js";
export { type SqlSummary, type SqlSummaryOptions, stateFromDatabase } from "./summary.js";
export * from "./tables.js";
