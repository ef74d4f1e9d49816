export * from "./merge.js";
export {
  type ReportSubmission,
  ReportSubmissionSchema,
  SubmissionCoverageSchema,
} from "./schema.js";
export * from "./submit.js";
