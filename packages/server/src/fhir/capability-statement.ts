import type { CapabilityStatement } from "@medplum/fhirtypes";
import { STEPWISE_VERSION } from "../version.js";
import { FHIR_JSON, FHIR_VERSION } from "./fhir-format.js";
import { OPERATION_DEFINITIONS } from "./operation-definitions.js";

const readAndSearch = {
  interaction: [{ code: "read" as const }, { code: "search-type" as const }],
  searchParam: [
    { name: "_id", type: "token" as const, documentation: "The resource's id." },
    { name: "url", type: "uri" as const, documentation: "The canonical URL, with or without |version." },
  ],
};

/**
 * What this server does, and nothing more (FHIR R4 capabilitystatement.html): read and search of the
 * published Questionnaires, CodeSystems and OperationDefinitions, and the two stateless operations.
 * No resource is stored, so there is no create, update, history or patient data to search.
 */
export function capabilityStatement(fhirBase: string, date: string): CapabilityStatement {
  const operation = (id: string) => {
    const found = OPERATION_DEFINITIONS.find((candidate) => candidate.id === id);
    return { name: found?.code ?? id, definition: found?.url ?? id, documentation: found?.title ?? id };
  };
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date,
    publisher: "Stepwise",
    kind: "instance",
    software: { name: "Stepwise", version: STEPWISE_VERSION },
    implementation: {
      description: "Stepwise: scale scoring and level-of-care suggestions. Stores nothing sent here.",
      url: fhirBase,
    },
    fhirVersion: FHIR_VERSION,
    format: [FHIR_JSON, "json"],
    rest: [
      {
        mode: "server",
        documentation:
          "Stateless: $score and $assess work on what the request carries and keep none of it. Errors are " +
          "OperationOutcome resources naming the element.",
        security: {
          cors: false,
          description:
            "The operations read no stored record. Requests are limited per client address per minute (429 " +
            "above that).",
        },
        resource: [
          { type: "Questionnaire", ...readAndSearch },
          { type: "CodeSystem", ...readAndSearch },
          { type: "OperationDefinition", ...readAndSearch },
          { type: "QuestionnaireResponse", operation: [operation("QuestionnaireResponse-score")] },
        ],
        operation: [operation("assess")],
      },
    ],
  };
}
