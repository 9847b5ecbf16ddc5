/** FHIR input that cannot be scored: the message names where in the resource the problem is and what was expected. */
export class FhirImportError extends Error {
  override readonly name = "FhirImportError";
  constructor(
    /** A FHIRPath-like location (`QuestionnaireResponse.item[3].answer[0]`). */
    readonly location: string,
    problem: string,
  ) {
    super(`${location}: ${problem}`);
  }
}
