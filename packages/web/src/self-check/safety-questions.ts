import type { Responses } from "./questions.js";

/**
 * The safety questions every self-check asks, whatever the adaptive flow thinks they change: signs of an
 * overdose now, thoughts of suicide, danger to self or others now, and withdrawal emergency signs now.
 * A level must never rest on these being unasked (988 Suicide & Crisis Lifeline safe-messaging guidance;
 * SAMHSA Opioid Overdose Prevention Toolkit; ASAM 2020 alcohol withdrawal guideline II).
 */
export const SAFETY_QUESTION_IDS = [
  "overdose-now",
  "suicidal-thoughts",
  "danger-now",
  "withdrawal-emergency",
] as const;

/** Past overdoses: asked whenever opioids or sedatives may be involved. */
export const PAST_OVERDOSE_QUESTION_ID = "overdose-history";

/**
 * True when opioids or sedative pills are (or may be) part of the use: the main substance is one of
 * them or is not known yet, or sedative pills come on top. A past overdose is the strongest single
 * predictor of another one (SAMHSA Opioid Overdose Prevention Toolkit, 2018), so it is always asked then.
 */
export function opioidsOrSedativesInvolved(responses: Responses): boolean {
  const main = responses["main-substance"];
  return (
    main === "opioids" ||
    main === "benzodiazepines" ||
    main === null ||
    responses["also-sedatives"] === "pills"
  );
}

/** The safety questions these answers require, in the order they are asked. */
export function requiredSafetyQuestions(responses: Responses): string[] {
  if (responses.age === "under-18") return [];
  const required: string[] = [...SAFETY_QUESTION_IDS];
  if ("main-substance" in responses && opioidsOrSedativesInvolved(responses))
    required.push(PAST_OVERDOSE_QUESTION_ID);
  return required;
}

/** Required safety questions that are unanswered or answered "I'm not sure". */
export function unknownSafetyQuestions(responses: Responses): string[] {
  return requiredSafetyQuestions(responses).filter((id) => (responses[id] ?? null) === null);
}

/** A past overdose (in the past year or longer ago). */
export function hadPastOverdose(responses: Responses): boolean {
  const answer = responses[PAST_OVERDOSE_QUESTION_ID];
  return answer === "past-year" || answer === "longer-ago";
}
