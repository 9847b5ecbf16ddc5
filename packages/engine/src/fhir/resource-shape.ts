import { FhirImportError } from "./fhir-import-error.js";
import type { Questionnaire, QuestionnaireResponse } from "./fhir-resources.js";

/**
 * Just enough run-time checking that scoring can walk a resource without crashing; the full R4 JSON schema
 * check belongs to the caller that reads files (the CLI), because the engine does no I/O.
 */

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function checkItems(items: unknown, location: string, withAnswers: boolean): void {
  if (items === undefined) return;
  if (!Array.isArray(items)) throw new FhirImportError(location, "item must be a list");
  items.forEach((item: unknown, index) => {
    const here = `${location}.item[${index}]`;
    if (!isObject(item)) throw new FhirImportError(here, "each item must be an object");
    if (typeof item.linkId !== "string" || item.linkId === "") {
      throw new FhirImportError(here, "linkId is missing (every item needs a text linkId)");
    }
    checkItems(item.item, here, withAnswers);
    if (!withAnswers || item.answer === undefined) return;
    if (!Array.isArray(item.answer)) throw new FhirImportError(`${here}.answer`, "answer must be a list");
    item.answer.forEach((answer: unknown, answerIndex) => {
      const answerHere = `${here}.answer[${answerIndex}]`;
      if (!isObject(answer)) throw new FhirImportError(answerHere, "each answer must be an object");
      checkItems(answer.item, answerHere, true);
    });
  });
}

export function resourceTypeOf(value: unknown): string | undefined {
  return isObject(value) && typeof value.resourceType === "string" ? value.resourceType : undefined;
}

export function asQuestionnaireResponse(
  value: unknown,
  location = "QuestionnaireResponse",
): QuestionnaireResponse {
  const type = resourceTypeOf(value);
  if (type !== "QuestionnaireResponse") {
    throw new FhirImportError(
      location,
      type === undefined
        ? "expected a FHIR QuestionnaireResponse (a JSON object with resourceType)"
        : `expected a QuestionnaireResponse, found a ${type}`,
    );
  }
  checkItems((value as Record<string, unknown>).item, location, true);
  return value as unknown as QuestionnaireResponse;
}

export function asQuestionnaire(value: unknown, location = "Questionnaire"): Questionnaire {
  const type = resourceTypeOf(value);
  if (type !== "Questionnaire") {
    throw new FhirImportError(
      location,
      type === undefined
        ? "expected a FHIR Questionnaire (a JSON object with resourceType)"
        : `expected a Questionnaire, found a ${type}`,
    );
  }
  const record = value as Record<string, unknown>;
  checkItems(record.item, location, false);
  if (record.contained !== undefined && !Array.isArray(record.contained)) {
    throw new FhirImportError(`${location}.contained`, "contained must be a list");
  }
  return value as unknown as Questionnaire;
}
