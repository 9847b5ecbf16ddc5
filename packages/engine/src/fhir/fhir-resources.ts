/**
 * The FHIR R4 resources that scoring reads and writes (hl7.org/fhir/R4; docs/design/instruments.md §2.1), as
 * typed by Medplum's maintained R4 definitions (@medplum/fhirtypes, types only). Input is checked at run time
 * by the import (resource-shape.ts), so these types describe what has been checked.
 */
import type {
  CodeSystem,
  CodeSystemConcept,
  Coding,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireItemEnableWhen,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
  Reference,
  ValueSet,
  ValueSetExpansionContains,
} from "@medplum/fhirtypes";

export type {
  CodeSystem,
  CodeSystemConcept,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
};
export type FhirExtension = Extension;
export type FhirCoding = Coding;
export type FhirReference = Reference;
export type QuestionnaireAnswerOption = QuestionnaireItemAnswerOption;
export type QuestionnaireEnableWhen = QuestionnaireItemEnableWhen;
export type QuestionnaireResponseAnswer = QuestionnaireResponseItemAnswer;
/** A concept of a ValueSet's expansion. */
export type ValueSetConcept = ValueSetExpansionContains;
/** What a Questionnaire's answer weights can live in: a contained ValueSet or CodeSystem. */
export type ContainedResource = ValueSet | CodeSystem;

export const LOINC_SYSTEM = "http://loinc.org";
