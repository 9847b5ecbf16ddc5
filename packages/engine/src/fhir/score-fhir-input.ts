import type { Sex } from "../instruments/band-lookup.js";
import type { ScaleResult } from "../instruments/scale-result.js";
import { FhirImportError } from "./fhir-import-error.js";
import type { Questionnaire, QuestionnaireResponse } from "./fhir-resources.js";
import { questionnaireReferenceOf } from "./questionnaire-reference.js";
import { asQuestionnaire, asQuestionnaireResponse, resourceTypeOf } from "./resource-shape.js";
import { scoreQuestionnaireResponse } from "./score-questionnaire-response.js";

export interface ScoredResponse {
  readonly response: QuestionnaireResponse;
  /** Where the response sat in the input (`Bundle.entry[2].resource`). */
  readonly location: string;
  /** The Bundle entry's fullUrl, for references to a response without an id. */
  readonly fullUrl?: string;
  readonly result: ScaleResult;
}

export interface FhirScoring {
  /** True when the input was a Bundle (the CLI then prints a list). */
  readonly bundle: boolean;
  readonly scored: readonly ScoredResponse[];
}

function withoutVersion(canonical: string): string {
  const bar = canonical.indexOf("|");
  return bar === -1 ? canonical : canonical.slice(0, bar);
}

function questionnaireFor(
  response: QuestionnaireResponse,
  questionnaires: readonly Questionnaire[],
  given: Questionnaire | undefined,
): Questionnaire | undefined {
  const { canonical } = questionnaireReferenceOf(response);
  const wanted = canonical === undefined ? undefined : withoutVersion(canonical);
  if (wanted !== undefined) {
    const found = questionnaires.find(
      (questionnaire) =>
        (questionnaire.url !== undefined && withoutVersion(questionnaire.url) === wanted) ||
        (questionnaire.id !== undefined && wanted === `Questionnaire/${questionnaire.id}`),
    );
    if (found !== undefined) return found;
  }
  // A Questionnaire named on the command line answers every response that does not name another one it has.
  return given;
}

function sexFromPatient(
  response: QuestionnaireResponse,
  patients: ReadonlyMap<string, unknown>,
): Sex | undefined {
  const reference = response.subject?.reference;
  const patient = reference === undefined ? undefined : patients.get(reference);
  const gender = (patient as { gender?: unknown } | undefined)?.gender;
  return gender === "male" || gender === "female" ? gender : undefined;
}

/**
 * Scores FHIR input: one QuestionnaireResponse, or every QuestionnaireResponse in a Bundle (with the
 * Questionnaires and Patients the Bundle carries). `questionnaire` is an extra Questionnaire supplied beside it.
 */
export function scoreFhirInput(
  input: unknown,
  options: { readonly questionnaire?: unknown; readonly sex?: Sex } = {},
): FhirScoring {
  const given = options.questionnaire === undefined ? undefined : asQuestionnaire(options.questionnaire);
  const type = resourceTypeOf(input);
  if (type === "QuestionnaireResponse") {
    const response = asQuestionnaireResponse(input);
    const result = scoreQuestionnaireResponse(response, {
      ...(given === undefined ? {} : { questionnaire: given }),
      ...(options.sex === undefined ? {} : { sex: options.sex }),
    });
    return { bundle: false, scored: [{ response, location: "QuestionnaireResponse", result }] };
  }
  if (type !== "Bundle") {
    throw new FhirImportError(
      type ?? "input",
      type === undefined
        ? "expected a FHIR QuestionnaireResponse or Bundle (a JSON object with resourceType)"
        : `expected a QuestionnaireResponse or a Bundle of them, found a ${type}`,
    );
  }
  const entries = (input as { entry?: unknown }).entry;
  if (entries !== undefined && !Array.isArray(entries))
    throw new FhirImportError("Bundle.entry", "entry must be a list");
  const list = (entries ?? []) as { resource?: unknown; fullUrl?: unknown }[];
  const questionnaires: Questionnaire[] = [];
  const patients = new Map<string, unknown>();
  list.forEach((entry, index) => {
    const resource = entry?.resource;
    const resourceType = resourceTypeOf(resource);
    if (resourceType === "Questionnaire") {
      questionnaires.push(asQuestionnaire(resource, `Bundle.entry[${index}].resource`));
    } else if (resourceType === "Patient") {
      const id = (resource as { id?: unknown }).id;
      if (typeof id === "string") patients.set(`Patient/${id}`, resource);
      if (typeof entry.fullUrl === "string") patients.set(entry.fullUrl, resource);
    }
  });
  if (given !== undefined) questionnaires.push(given);
  const scored: ScoredResponse[] = [];
  list.forEach((entry, index) => {
    if (resourceTypeOf(entry?.resource) !== "QuestionnaireResponse") return;
    const location = `Bundle.entry[${index}].resource`;
    const response = asQuestionnaireResponse(entry.resource, location);
    const questionnaire = questionnaireFor(response, questionnaires, given);
    const sex = options.sex ?? sexFromPatient(response, patients);
    const result = scoreQuestionnaireResponse(response, {
      location,
      ...(questionnaire === undefined ? {} : { questionnaire }),
      ...(sex === undefined ? {} : { sex }),
    });
    scored.push({
      response,
      location,
      result,
      ...(typeof entry.fullUrl === "string" ? { fullUrl: entry.fullUrl } : {}),
    });
  });
  if (scored.length === 0) throw new FhirImportError("Bundle", "holds no QuestionnaireResponse to score");
  return { bundle: true, scored };
}
