import type { OperationDefinition } from "@medplum/fhirtypes";
import { DEFAULT_CANONICAL_BASE } from "@stepwise/engine";

function definition(
  id: string,
  fields: Omit<OperationDefinition, "resourceType" | "id" | "url" | "status" | "kind" | "instance">,
): OperationDefinition {
  return {
    resourceType: "OperationDefinition",
    id,
    url: `${DEFAULT_CANONICAL_BASE}/OperationDefinition/${id}`,
    status: "active",
    kind: "operation",
    instance: false,
    ...fields,
  };
}

/**
 * The two operations this server defines (FHIR R4 operationdefinition.html), served at
 * /fhir/OperationDefinition/{id} so the CapabilityStatement's references resolve.
 */
export const OPERATION_DEFINITIONS: readonly OperationDefinition[] = [
  definition("QuestionnaireResponse-score", {
    name: "Score",
    title: "Score questionnaire responses",
    publisher: "Stepwise",
    description:
      "Scores one QuestionnaireResponse, or every one in a Bundle (with the Questionnaires and Patients it " +
      "carries), always recomputing the total from the answers. Returns a collection Bundle: per response a " +
      "total Observation (US Core screening assessment shape, band as interpretation), then one Observation " +
      "per flag (PHQ-9 item 9, ASQ acuity, withdrawal bands; critical when it calls for action today). An " +
      "entry that cannot be scored becomes an OperationOutcome entry naming it.",
    affectsState: false,
    code: "score",
    resource: ["QuestionnaireResponse"],
    system: false,
    type: true,
    parameter: [
      {
        name: "resource",
        use: "in",
        min: 1,
        max: "1",
        documentation: "The QuestionnaireResponse or Bundle, sent as the whole request body.",
        type: "Resource",
      },
      { name: "return", use: "out", min: 1, max: "1", type: "Bundle" },
    ],
  }),
  definition("assess", {
    name: "Assess",
    title: "Suggest a level of care",
    publisher: "Stepwise",
    description:
      "Places a person from a Stepwise assessment (JSON, docs/assessment-model.md) and/or scale " +
      "QuestionnaireResponses and screening Observations. Returns the level-of-care result as an Observation " +
      "coded with the Stepwise placement code system: the level, whether it could be suggested, the withdrawal " +
      "setting, crosswalk codes, urgent items, top reasons, and the explanation in English and Spanish.",
    affectsState: false,
    code: "assess",
    system: true,
    type: false,
    parameter: [
      {
        name: "assessment",
        use: "in",
        min: 0,
        max: "1",
        documentation: "The Stepwise assessment as JSON text (valueString) or base64 JSON (valueAttachment).",
        type: "string",
      },
      {
        name: "response",
        use: "in",
        min: 0,
        max: "*",
        documentation: "A QuestionnaireResponse, or a Bundle of them with their Questionnaires and Patients.",
        type: "Resource",
      },
      {
        name: "observation",
        use: "in",
        min: 0,
        max: "*",
        documentation: "A screening Observation (panel, total or item, LOINC-coded), or a Bundle of them.",
        type: "Resource",
      },
      {
        name: "asOf",
        use: "in",
        min: 0,
        max: "1",
        documentation: "The date the answers describe; else the assessment's, else the latest resource date.",
        type: "date",
      },
      { name: "return", use: "out", min: 1, max: "1", type: "Observation" },
    ],
  }),
];
