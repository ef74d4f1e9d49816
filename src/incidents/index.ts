export {
  type ExtractionCategoryFigures,
  type ExtractionSummary,
  type ExtractionSummaryOptions,
  type ExtractionSummaryState,
  extractionSummary,
  type IncidentLookup,
  type ServedIncidentState,
  summarizeExtractions,
  UNKNOWN_INCIDENT,
  type UnknownIncident,
} from "./extraction-summary.js";
export * from "./labels.js";
export * from "./legal-class.js";
export * from "./schema.js";
export {
  type IncidentGroupingOptions,
  type IncidentSummary,
  type IncidentSummaryOptions,
  type IncidentSummaryState,
  incidentSummary,
  incidentSummaryByUnitAndPeriod,
  summarizeIncidents,
} from "./summary.js";
