import type { Observation, Reference } from "@medplum/fhirtypes";
import {
  ASSESSMENT_MODEL_VERSION,
  type Assessment,
  type ScaleResultInput,
} from "../assessment/assessment.js";
import { isCalendarDate } from "../assessment/calendar-date.js";
import { validateAssessment } from "../assessment/validate-assessment.js";
import { assess } from "../placement/assess.js";
import type { PlacementResult } from "../placement/placement-result.js";
import { FhirImportError } from "./fhir-import-error.js";
import { type FhirInputProblem, FhirInputProblems } from "./fhir-input-problems.js";
import { scalesFromObservations } from "./observation-scales.js";
import { placementObservation } from "./placement-observation.js";
import { ResponseStreamScoring } from "./response-stream-scoring.js";
import type { ScoredResponse } from "./score-fhir-input.js";

/** The parameters `$assess` reads (docs/fhir.md). */
export const ASSESS_PARAMETER_NAMES = ["assessment", "response", "observation", "asOf"] as const;

interface ParameterShape {
  readonly name?: unknown;
  readonly resource?: unknown;
  readonly valueString?: unknown;
  readonly valueAttachment?: { readonly contentType?: unknown; readonly data?: unknown };
  readonly valueDate?: unknown;
}

export interface FhirAssessment {
  readonly result: PlacementResult;
  readonly observation: Observation;
  readonly scored: readonly ScoredResponse[];
}

function decodeBase64Utf8(data: string): string {
  const bytes = Uint8Array.from(atob(data), (character) => character.charCodeAt(0));
  return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
}

function assessmentText(parameter: ParameterShape, location: string): string {
  if (typeof parameter.valueString === "string") return parameter.valueString;
  const attachment = parameter.valueAttachment;
  if (attachment !== undefined) {
    if (typeof attachment.data !== "string")
      throw new FhirImportError(`${location}.valueAttachment.data`, "expected the assessment as base64 JSON");
    if (typeof attachment.contentType === "string" && !attachment.contentType.startsWith("application/json"))
      throw new FhirImportError(`${location}.valueAttachment.contentType`, "expected application/json");
    try {
      return decodeBase64Utf8(attachment.data);
    } catch {
      throw new FhirImportError(`${location}.valueAttachment.data`, "is not base64 of UTF-8 text");
    }
  }
  throw new FhirImportError(
    location,
    "give the Stepwise assessment as valueString (JSON text) or valueAttachment (application/json, base64)",
  );
}

function referenceTo(resource: unknown, fullUrl?: string): Reference | undefined {
  const { resourceType, id } = (resource ?? {}) as { resourceType?: unknown; id?: unknown };
  if (typeof resourceType === "string" && typeof id === "string")
    return { reference: `${resourceType}/${id}` };
  return fullUrl === undefined ? undefined : { reference: fullUrl };
}

function dateOf(resource: unknown): string | undefined {
  const { authored, effectiveDateTime } = (resource ?? {}) as {
    authored?: unknown;
    effectiveDateTime?: unknown;
  };
  const value = typeof authored === "string" ? authored : effectiveDateTime;
  if (typeof value !== "string") return undefined;
  const day = value.slice(0, 10);
  return isCalendarDate(day) ? day : undefined;
}

/** A resource or every resource of a Bundle, each with where it sat. */
function resourcesOf(
  resource: unknown,
  location: string,
): { resource: unknown; location: string; fullUrl?: string }[] {
  if ((resource as { resourceType?: unknown } | null)?.resourceType !== "Bundle")
    return [{ resource, location }];
  const entries = (resource as { entry?: unknown }).entry;
  if (entries === undefined) return [];
  if (!Array.isArray(entries)) throw new FhirImportError(`${location}.entry`, "entry must be a list");
  return entries.map((entry: { resource?: unknown; fullUrl?: unknown } | null, index) => ({
    resource: entry?.resource,
    location: `${location}.entry[${index}].resource`,
    ...(typeof entry?.fullUrl === "string" ? { fullUrl: entry.fullUrl } : {}),
  }));
}

function scaleInput(scored: ScoredResponse): ScaleResultInput | undefined {
  const { instrument, total, flags, answeredTotal, band, missingItems, itemScores } = scored.result;
  if (instrument === "unknown") return undefined;
  return { instrument, total, flags, answeredTotal, band, missingItems, itemScores };
}

/**
 * The FHIR `$assess` operation: reads a Parameters resource that carries a Stepwise assessment (the JSON
 * of docs/assessment-model.md) and/or QuestionnaireResponses and Observations, scores the responses from
 * their answers, reads scale totals and items from the Observations, adds them to the assessment's
 * scales, and places the person. Nothing is taken on trust: every scale is worked out again from its
 * numbers. `today` is the date used when neither the input nor its resources give one (the engine reads no clock).
 */
export function assessFhirParameters(
  input: unknown,
  options: { readonly today: string; readonly canonicalBase?: string },
): FhirAssessment {
  if (
    input === null ||
    typeof input !== "object" ||
    (input as { resourceType?: unknown }).resourceType !== "Parameters"
  )
    throw new FhirInputProblems([{ location: "resourceType", message: "expected a Parameters resource" }]);
  const list = (input as { parameter?: unknown }).parameter;
  if (!Array.isArray(list) || list.length === 0)
    throw new FhirInputProblems([
      {
        location: "Parameters.parameter",
        message:
          "give an assessment, QuestionnaireResponses or Observations (see the operation's parameters)",
      },
    ]);
  const problems: FhirInputProblem[] = [];
  const attempt = (work: () => void) => {
    try {
      work();
    } catch (error) {
      if (error instanceof FhirInputProblems) problems.push(...error.problems);
      else if (error instanceof FhirImportError)
        problems.push({ location: error.location, message: error.message.slice(error.location.length + 2) });
      else throw error;
    }
  };

  let assessment: Assessment | undefined;
  let asOf: string | undefined;
  const responses: { resource: unknown; location: string; fullUrl?: string }[] = [];
  const observations: { resource: unknown; location: string }[] = [];
  const references: Reference[] = [];
  let subject: Reference | undefined;

  list.forEach((raw: unknown, index) => {
    const location = `Parameters.parameter[${index}]`;
    attempt(() => {
      const parameter = (raw ?? {}) as ParameterShape;
      const name = parameter.name;
      if (name === "assessment") {
        const text = assessmentText(parameter, location);
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch {
          throw new FhirImportError(`${location}.value[x]`, "the assessment is not valid JSON");
        }
        const validation = validateAssessment(json);
        if (!validation.ok)
          throw new FhirInputProblems(
            validation.problems.map((problem) => ({
              location: `${location}.value[x]${problem.path === "" ? "" : `.${problem.path}`}`,
              message: problem.message,
            })),
          );
        assessment = validation.assessment;
      } else if (name === "asOf") {
        if (typeof parameter.valueDate !== "string" || !isCalendarDate(parameter.valueDate))
          throw new FhirImportError(`${location}.valueDate`, "expected a date (YYYY-MM-DD)");
        asOf = parameter.valueDate;
      } else if (name === "response" || name === "observation") {
        if (parameter.resource === undefined)
          throw new FhirImportError(`${location}.resource`, `a ${name} parameter carries a resource`);
        const wanted = name === "response" ? "QuestionnaireResponse" : "Observation";
        for (const found of resourcesOf(parameter.resource, `${location}.resource`)) {
          const type = (found.resource as { resourceType?: unknown } | null)?.resourceType;
          // A Bundle may carry the Questionnaires and Patients its responses need.
          if (name === "response" && (type === "Questionnaire" || type === "Patient")) responses.push(found);
          else if (type !== wanted)
            throw new FhirImportError(`${found.location}.resourceType`, `expected ${wanted}`);
          else {
            (name === "response" ? responses : observations).push(found);
            const reference = referenceTo(found.resource, found.fullUrl);
            if (reference !== undefined) references.push(reference);
            subject ??= (found.resource as { subject?: Reference }).subject;
          }
        }
      } else {
        throw new FhirImportError(
          `${location}.name`,
          `expected one of ${ASSESS_PARAMETER_NAMES.join(", ")}${typeof name === "string" ? `, not "${name}"` : ""}`,
        );
      }
    });
  });

  const scoring = new ResponseStreamScoring(assessment?.sex == null ? {} : { sex: assessment.sex });
  const scored: ScoredResponse[] = [];
  for (const found of responses) {
    const outcome = scoring.add(found.resource, found.location, found.fullUrl);
    if (outcome.outcome === "error") {
      problems.push({
        location: outcome.location,
        message: outcome.message.startsWith(`${outcome.location}: `)
          ? outcome.message.slice(outcome.location.length + 2)
          : outcome.message,
      });
    } else if (outcome.outcome === "scored") scored.push(outcome);
  }
  let fromObservations: ScaleResultInput[] = [];
  attempt(() => {
    fromObservations = scalesFromObservations(observations).scales;
  });
  if (problems.length > 0) throw new FhirInputProblems(problems);
  if (assessment === undefined && scored.length === 0 && fromObservations.length === 0)
    throw new FhirInputProblems([
      {
        location: "Parameters.parameter",
        message: "nothing to assess: give an assessment, or a scale's QuestionnaireResponse or Observations",
      },
    ]);

  const dates = [...responses, ...observations].flatMap((found) => dateOf(found.resource) ?? []).sort();
  const scales = [
    ...(assessment?.scales ?? []),
    ...scored.flatMap((entry) => scaleInput(entry) ?? []),
    ...fromObservations,
  ];
  const combined: Assessment = {
    ...(assessment ?? {
      modelVersion: ASSESSMENT_MODEL_VERSION,
      mode: "clinician",
      respondent: "professional",
    }),
    asOf: asOf ?? assessment?.asOf ?? dates.at(-1) ?? options.today,
    scales,
  };
  const validation = validateAssessment(combined);
  if (!validation.ok)
    throw new FhirInputProblems(
      validation.problems.map((problem) => ({
        location: `(combined assessment).${problem.path}`,
        message: problem.message,
      })),
    );
  const result = assess(validation.assessment);
  const observation = placementObservation(result, {
    ...(options.canonicalBase === undefined ? {} : { canonicalBase: options.canonicalBase }),
    ...(subject === undefined ? {} : { subject }),
    derivedFrom: references,
  });
  return { result, observation, scored };
}
