/** One thing wrong with FHIR input: where (a FHIRPath-like location) and what was expected. */
export interface FhirInputProblem {
  readonly location: string;
  readonly message: string;
}

/** FHIR input that cannot be used; every problem found is listed, each naming its element. */
export class FhirInputProblems extends Error {
  override readonly name = "FhirInputProblems";
  constructor(readonly problems: readonly FhirInputProblem[]) {
    super(problems.map((problem) => `${problem.location}: ${problem.message}`).join(" "));
  }
}
