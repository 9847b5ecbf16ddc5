import type { QuestionnaireResponse } from "./fhir-resources.js";

/**
 * The Questionnaire a response answers. FHIR R4 writes it as a canonical URL string; FHIR STU3 wrote it as a
 * Reference object (`{ "reference": "Questionnaire/phq-9" }`, hl7.org/fhir/STU3/questionnaireresponse.html).
 * Items and answers are the same in both versions, so an STU3 response scores once its reference is read.
 */
export interface QuestionnaireReference {
  readonly canonical: string | undefined;
  /** True when the response names its Questionnaire the STU3 way. */
  readonly stu3: boolean;
}

export function questionnaireReferenceOf(response: QuestionnaireResponse): QuestionnaireReference {
  const value: unknown = response.questionnaire;
  if (typeof value === "string") return { canonical: value, stu3: false };
  if (typeof value === "object" && value !== null) {
    const reference = (value as { reference?: unknown }).reference;
    return { canonical: typeof reference === "string" ? reference : undefined, stu3: true };
  }
  return { canonical: undefined, stu3: false };
}

export const STU3_NOTE =
  "The response names its Questionnaire as a FHIR STU3 Reference; it was read as STU3, whose items and answers score the same as R4.";
