export type { AnswerChange } from "./assessment/answer-change.js";
export * from "./assessment/assessment.js";
export { assessmentJsonSchema } from "./assessment/assessment-json-schema.js";
export { assessmentSchema, scaleResultSchema } from "./assessment/assessment-schema.js";
export { isCalendarDate } from "./assessment/calendar-date.js";
export {
  type AssessmentProblem,
  type AssessmentValidation,
  validateAssessment,
} from "./assessment/validate-assessment.js";
export { LEVEL_STEPS_THAT_NEED_ANSWERS, SELF_CHECK_ASKS } from "./explanation/must-ask.js";
export {
  ASSESS_PARAMETER_NAMES,
  assessFhirParameters,
  type FhirAssessment,
} from "./fhir/assess-fhir-parameters.js";
export { DEFAULT_CANONICAL_BASE, questionnaireUrl } from "./fhir/canonical-urls.js";
export { FhirImportError } from "./fhir/fhir-import-error.js";
export { type FhirInputProblem, FhirInputProblems } from "./fhir/fhir-input-problems.js";
export type {
  Questionnaire as FhirQuestionnaire,
  QuestionnaireResponse as FhirQuestionnaireResponse,
} from "./fhir/fhir-resources.js";
export { scalesFromObservations } from "./fhir/observation-scales.js";
export {
  CRISIS_LINES,
  placementExplanationLines,
  placementObservation,
} from "./fhir/placement-observation.js";
export { instrumentQuestionnaire } from "./fhir/questionnaire-export.js";
export { ResponseStreamScoring, type StreamedOutcome } from "./fhir/response-stream-scoring.js";
export { scaleFlagObservation } from "./fhir/scale-flag-observation.js";
export { type FhirScoring, type ScoredResponse, scoreFhirInput } from "./fhir/score-fhir-input.js";
export { type ScoreObservation, scoreObservation } from "./fhir/score-observation.js";
export {
  type ResponseScoringOptions,
  scoreQuestionnaireResponse,
} from "./fhir/score-questionnaire-response.js";
export { type ResponseBundleScoring, scoreResponseBundle } from "./fhir/score-response-bundle.js";
export {
  PLACEMENT_CODES,
  placementCodeSystemUrl,
  SCALE_FLAG_DISPLAYS,
  stepwiseCodeSystems,
  URGENT_SCALE_FLAGS,
} from "./fhir/stepwise-code-systems.js";
export {
  AnswerOutOfRangeError,
  UnknownInstrumentError,
  UnknownItemError,
} from "./instruments/answer-errors.js";
export { ASQ } from "./instruments/asq.js";
export { AUDIT } from "./instruments/audit.js";
export { AUDIT_C } from "./instruments/audit-c.js";
export type { Sex } from "./instruments/band-lookup.js";
export { CIWA_AR } from "./instruments/ciwa-ar.js";
export { COWS } from "./instruments/cows.js";
export { DAST_10 } from "./instruments/dast-10.js";
export { GAD_7 } from "./instruments/gad-7.js";
export { INSTRUMENTS, instrumentDefinition, isInstrumentId } from "./instruments/instrument-catalogue.js";
export type {
  AnswerOption,
  Band,
  InstrumentDefinition,
  InstrumentItem,
  InstrumentLicence,
  ItemFlagRule,
} from "./instruments/instrument-definition.js";
export { PHQ_2 } from "./instruments/phq-2.js";
export { PHQ_9 } from "./instruments/phq-9.js";
export { type RederivedScale, rederiveScale } from "./instruments/rederive-scale.js";
export {
  INSTRUMENT_IDS,
  type InstrumentId,
  SCALE_FLAGS,
  type ScaleFlag,
  type ScaleResult,
  type SubstanceReading,
} from "./instruments/scale-result.js";
export { type AnswerValue, scoreInstrument } from "./instruments/score-instrument.js";
export { type ScoringOptions, scoreFromPoints } from "./instruments/score-points.js";
export { TAPS_1 } from "./instruments/taps-1.js";
export { TAPS_2 } from "./instruments/taps-2.js";
export {
  isLevelOfCare,
  LEVEL_CROSSWALK,
  LEVELS_OF_CARE,
  type LevelCrosswalk,
  type LevelOfCare,
  levelRank,
} from "./levels/level-of-care.js";
export * from "./levels/withdrawal-management.js";
export * from "./medications/medication-note.js";
export { CHANGE_TEXTS } from "./messages/change-texts.js";
export {
  describeChange,
  describePlacement,
  describeTransition,
  type PlacementDescription,
  voiceFor,
} from "./messages/describe-placement.js";
export { FINDING_TEXTS } from "./messages/finding-texts.js";
export { type Language, type MessageText, renderText, type Voice } from "./messages/message-text.js";
export * from "./messages/name-texts.js";
export { QUESTION_TEXTS } from "./messages/question-texts.js";
export { assess, assessWithRules } from "./placement/assess.js";
export type { Assess, DecideTransition, TransitionInput } from "./placement/engine-signatures.js";
export * from "./placement/placement-result.js";
export * from "./ratings/dimension.js";
export { type Condition, RULESET_VERSION, type Rule, type RuleKind } from "./rules/rule.js";
export { RULES } from "./rules/ruleset.js";
export { SOURCES, type SourceId } from "./rules/sources.js";
export {
  CONTINUING_CARE_MONTHS,
  FIRST_APPOINTMENT_WITHIN_DAYS,
  TRANSITION_RULES,
  type TransitionRule,
} from "./rules/transition-rules.js";
export * from "./safety/urgent-item.js";
export {
  addDays,
  decideTransition,
  levelAfterTransition,
  reassessmentResult,
} from "./transitions/decide-transition.js";
export * from "./transitions/transition-result.js";
