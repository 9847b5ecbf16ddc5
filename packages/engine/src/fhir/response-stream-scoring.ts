import type { Sex } from "../instruments/band-lookup.js";
import type { Questionnaire } from "./fhir-resources.js";
import { questionnaireReferenceOf } from "./questionnaire-reference.js";
import { asQuestionnaire, asQuestionnaireResponse, resourceTypeOf } from "./resource-shape.js";
import type { ScoredResponse } from "./score-fhir-input.js";
import { scoreQuestionnaireResponse } from "./score-questionnaire-response.js";

/** What one resource of a stream (a Bundle entry or an NDJSON line) came to. */
export type StreamedOutcome =
  | ({ readonly outcome: "scored" } & ScoredResponse)
  /** A Questionnaire or Patient, remembered for the responses that follow it. */
  | { readonly outcome: "kept"; readonly resourceType: string }
  /** Any other resource: nothing to score. */
  | { readonly outcome: "skipped"; readonly resourceType: string | undefined }
  | { readonly outcome: "error"; readonly location: string; readonly message: string };

function withoutVersion(canonical: string): string {
  const bar = canonical.indexOf("|");
  return bar === -1 ? canonical : canonical.slice(0, bar);
}

/**
 * Scores QuestionnaireResponses one at a time as they arrive (FHIR Bulk Data NDJSON, or a Bundle read as a
 * stream), remembering only the Questionnaires and Patients seen so far, so memory stays flat however many
 * responses pass. A resource that cannot be scored gives an error outcome naming where and why; it never
 * stops the stream, and no input shape throws.
 */
export class ResponseStreamScoring {
  private readonly questionnaires = new Map<string, Questionnaire>();
  private readonly genders = new Map<string, Sex>();
  private readonly given: Questionnaire | undefined;
  private readonly sex: Sex | undefined;

  /** `questionnaire` answers every response that names no Questionnaire seen in the stream (checked here). */
  constructor(options: { readonly questionnaire?: unknown; readonly sex?: Sex } = {}) {
    this.given = options.questionnaire === undefined ? undefined : asQuestionnaire(options.questionnaire);
    this.sex = options.sex;
  }

  /** `location` names the resource in its input (`Bundle.entry[3].resource`, `line 12`). */
  add(resource: unknown, location: string, fullUrl?: string): StreamedOutcome {
    try {
      return this.addResource(resource, location, fullUrl);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const named = error instanceof Error && error.name !== "TypeError" && error.name !== "RangeError";
      return {
        outcome: "error",
        location,
        message: named ? message : `${location}: cannot be read (${message.split("\n")[0]})`,
      };
    }
  }

  private addResource(resource: unknown, location: string, fullUrl: string | undefined): StreamedOutcome {
    const resourceType = resourceTypeOf(resource);
    if (resourceType === "Questionnaire") {
      const questionnaire = asQuestionnaire(resource, location);
      if (questionnaire.url !== undefined)
        this.questionnaires.set(withoutVersion(questionnaire.url), questionnaire);
      if (questionnaire.id !== undefined)
        this.questionnaires.set(`Questionnaire/${questionnaire.id}`, questionnaire);
      if (fullUrl !== undefined) this.questionnaires.set(fullUrl, questionnaire);
      return { outcome: "kept", resourceType };
    }
    if (resourceType === "Patient") {
      const { id, gender } = resource as { id?: unknown; gender?: unknown };
      if (gender === "male" || gender === "female") {
        if (typeof id === "string") this.genders.set(`Patient/${id}`, gender);
        if (fullUrl !== undefined) this.genders.set(fullUrl, gender);
      }
      return { outcome: "kept", resourceType };
    }
    if (resourceType !== "QuestionnaireResponse") {
      if (resourceType === undefined) {
        return {
          outcome: "error",
          location,
          message: `${location}: expected a FHIR resource (a JSON object with resourceType)`,
        };
      }
      return { outcome: "skipped", resourceType };
    }
    const response = asQuestionnaireResponse(resource, location);
    const { canonical } = questionnaireReferenceOf(response);
    const questionnaire =
      (canonical === undefined ? undefined : this.questionnaires.get(withoutVersion(canonical))) ??
      this.given;
    const subject = response.subject?.reference;
    const sex = this.sex ?? (subject === undefined ? undefined : this.genders.get(subject));
    const result = scoreQuestionnaireResponse(response, {
      location,
      ...(questionnaire === undefined ? {} : { questionnaire }),
      ...(sex === undefined ? {} : { sex }),
    });
    return {
      outcome: "scored",
      response,
      location,
      result,
      ...(fullUrl === undefined ? {} : { fullUrl }),
    };
  }
}
