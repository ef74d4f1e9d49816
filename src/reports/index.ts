export {
  type UnitReportAggregator,
  type UnitReportAggregatorOptions,
  type UnitReportState,
  unitReport,
} from "./aggregator.js";
export * from "./error.js";
export * from "./figure-types.js";
export * from "./records.js";
export * from "./render/index.js";
export * from "./report.js";
export * from "./types.js";
export * from "./wording.js";
