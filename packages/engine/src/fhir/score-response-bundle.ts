import type { Bundle, BundleEntry, OperationOutcome, Resource } from "@medplum/fhirtypes";
import type { Sex } from "../instruments/band-lookup.js";
import { type FhirInputProblem, FhirInputProblems } from "./fhir-input-problems.js";
import { ResponseStreamScoring } from "./response-stream-scoring.js";
import { scaleFlagObservation } from "./scale-flag-observation.js";
import type { ScoredResponse } from "./score-fhir-input.js";
import { scoreObservation } from "./score-observation.js";

export interface ResponseBundleScoring {
  /** A `collection` Bundle: per response its total Observation then one Observation per flag. */
  readonly bundle: Bundle;
  readonly scored: readonly ScoredResponse[];
  /** Entries that could not be scored (each is also an OperationOutcome entry of the Bundle). */
  readonly problems: readonly FhirInputProblem[];
}

function problemOutcome(problem: FhirInputProblem): OperationOutcome {
  return {
    resourceType: "OperationOutcome",
    issue: [
      { severity: "error", code: "invalid", diagnostics: problem.message, expression: [problem.location] },
    ],
  };
}

function withoutLocation(location: string, message: string): string {
  return message.startsWith(`${location}: `) ? message.slice(location.length + 2) : message;
}

/**
 * Scores one QuestionnaireResponse, or every one in a Bundle (with the Questionnaires and Patients it
 * carries), the same tolerant way `stepwise score-response` does (response-stream-scoring.ts): the total
 * is always worked out again from the answers, and an entry that cannot be scored becomes an
 * OperationOutcome entry naming it, without stopping the others. Throws only when nothing could be scored.
 */
export function scoreResponseBundle(
  input: unknown,
  options: { readonly canonicalBase?: string; readonly sex?: Sex } = {},
): ResponseBundleScoring {
  const type = (input as { resourceType?: unknown } | null)?.resourceType;
  if (type !== "QuestionnaireResponse" && type !== "Bundle")
    throw new FhirInputProblems([
      {
        location: "resourceType",
        message: "expected a QuestionnaireResponse or a Bundle of them",
      },
    ]);
  const scoring = new ResponseStreamScoring(options.sex === undefined ? {} : { sex: options.sex });
  const scored: ScoredResponse[] = [];
  const problems: FhirInputProblem[] = [];
  const add = (resource: unknown, location: string, fullUrl?: string) => {
    const outcome = scoring.add(resource, location, fullUrl);
    if (outcome.outcome === "scored") scored.push(outcome);
    else if (outcome.outcome === "error")
      problems.push({
        location: outcome.location,
        message: withoutLocation(outcome.location, outcome.message),
      });
  };
  if (type === "QuestionnaireResponse") add(input, "QuestionnaireResponse");
  else {
    const entries = (input as { entry?: unknown }).entry;
    if (entries !== undefined && !Array.isArray(entries))
      throw new FhirInputProblems([{ location: "Bundle.entry", message: "entry must be a list" }]);
    ((entries ?? []) as unknown[]).forEach((entry, index) => {
      const { resource, fullUrl } = (entry ?? {}) as { resource?: unknown; fullUrl?: unknown };
      add(resource, `Bundle.entry[${index}].resource`, typeof fullUrl === "string" ? fullUrl : undefined);
    });
  }
  if (scored.length === 0)
    throw new FhirInputProblems(
      problems.length > 0
        ? problems
        : [{ location: "Bundle", message: "holds no QuestionnaireResponse to score" }],
    );
  const base = options.canonicalBase === undefined ? {} : { canonicalBase: options.canonicalBase };
  const entry: BundleEntry<Resource>[] = [];
  for (const one of scored) {
    const total = scoreObservation(one.result, one.response, {
      ...base,
      ...(one.fullUrl === undefined ? {} : { fullUrl: one.fullUrl }),
    });
    entry.push({ resource: total as unknown as Resource });
    for (const flag of one.result.flags)
      entry.push({ resource: scaleFlagObservation(flag, one.response, total.derivedFrom ?? [], base) });
  }
  for (const problem of problems) entry.push({ resource: problemOutcome(problem) });
  return { bundle: { resourceType: "Bundle", type: "collection", entry }, scored, problems };
}
