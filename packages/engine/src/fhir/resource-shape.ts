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
      checkAnswerValue(answer, answerHere);
      checkItems(answer.item, answerHere, true);
    });
  });
}

const ANSWER_VALUE_TYPES: Readonly<Record<string, (value: unknown) => boolean>> = {
  valueBoolean: (value) => typeof value === "boolean",
  valueDecimal: (value) => typeof value === "number" && Number.isFinite(value),
  valueInteger: (value) => typeof value === "number" && Number.isInteger(value),
  valueString: (value) => typeof value === "string",
};

function isCoding(value: unknown): boolean {
  if (!isObject(value)) return false;
  return ["system", "code", "display"].every(
    (key) => value[key] === undefined || typeof value[key] === "string",
  );
}

/** The answer values scoring reads, checked so that odd shapes give a named error instead of a crash. */
function checkAnswerValue(answer: Record<string, unknown>, location: string): void {
  for (const [key, isValid] of Object.entries(ANSWER_VALUE_TYPES)) {
    if (answer[key] !== undefined && !isValid(answer[key])) {
      throw new FhirImportError(
        `${location}.${key}`,
        `${key} has the wrong type (${JSON.stringify(answer[key])})`,
      );
    }
  }
  if (answer.valueCoding !== undefined && !isCoding(answer.valueCoding)) {
    throw new FhirImportError(
      `${location}.valueCoding`,
      "valueCoding must be an object whose system, code and display are text",
    );
  }
  const quantity = answer.valueQuantity;
  if (
    quantity !== undefined &&
    (!isObject(quantity) || (quantity.value !== undefined && typeof quantity.value !== "number"))
  ) {
    throw new FhirImportError(
      `${location}.valueQuantity`,
      "valueQuantity must be an object with a number value",
    );
  }
  if (answer.extension !== undefined && !Array.isArray(answer.extension)) {
    throw new FhirImportError(`${location}.extension`, "extension must be a list");
  }
}

/** R4 names the Questionnaire by a canonical URL; STU3 by a Reference. Anything else cannot be read. */
function checkQuestionnaireName(value: unknown, location: string): void {
  if (value === undefined || typeof value === "string") return;
  if (isObject(value) && (value.reference === undefined || typeof value.reference === "string")) return;
  throw new FhirImportError(
    `${location}.questionnaire`,
    "questionnaire must be a canonical URL (FHIR R4) or a Reference with a text reference (FHIR STU3)",
  );
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
  const record = value as Record<string, unknown>;
  checkQuestionnaireName(record.questionnaire, location);
  checkItems(record.item, location, true);
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
