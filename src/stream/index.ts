export * from "./json.js";
export * from "./ndjson.js";
export type {
  DatasetHeader,
  DatasetRecord,
  DatasetStream,
  ReadDatasetOptions,
  StreamIssue,
  TextSource,
} from "./read.js";
export * from "./records.js";
