export type {
  Criterion,
  Finding,
  ModelCriterion,
  ModelReason,
  SafetyCheck,
  SafetyCriterion,
  SafetyFinding,
} from "./evaluation/criterion.js";
export { evaluateModel, isEffectiveModel } from "./evaluation/evaluate.js";
export * from "./evaluation/labels.js";
export { DEFAULT_MODEL_CRITERIA } from "./evaluation/model-criteria.js";
export * from "./evaluation/model-evaluation.js";
export {
  assessSafetyRecognition,
  type SafetyAssessment,
  type SafetySubject,
  safetyAssessmentWindow,
} from "./evaluation/recognition.js";
export { SAFETY_RECOGNITION_CRITERIA } from "./evaluation/safety-criteria.js";
export * from "./evaluation/schema.js";
export * from "./labels.js";
export * from "./schema.js";
export * from "./summary.js";
