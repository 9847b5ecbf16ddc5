export * from "./assessment/assessment.js";
export { assessmentJsonSchema } from "./assessment/assessment-json-schema.js";
export { assessmentSchema, scaleResultSchema } from "./assessment/assessment-schema.js";
export {
  type AssessmentProblem,
  type AssessmentValidation,
  validateAssessment,
} from "./assessment/validate-assessment.js";
export {
  isLevelOfCare,
  LEVEL_CROSSWALK,
  LEVELS_OF_CARE,
  type LevelCrosswalk,
  type LevelOfCare,
  levelRank,
} from "./levels/level-of-care.js";
export type { Assess, DecideTransition, TransitionInput } from "./placement/engine-signatures.js";
export * from "./placement/placement-result.js";
export * from "./placement/withdrawal-management.js";
export * from "./ratings/dimension.js";
export * from "./safety/urgent-item.js";
export * from "./transitions/transition-result.js";
