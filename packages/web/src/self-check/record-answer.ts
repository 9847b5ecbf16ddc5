import { answersStore, type ResponseValue, type Voice } from "../session/answers-store.js";
import { buildAssessment, type Question } from "./questions.js";

/**
 * Records one answer: the response, and the assessment rebuilt from all responses (the one place
 * answers are written; the result is derived from them, session/current-result.ts). Scales the
 * person answered on the results page stay with the answers.
 */
export function recordAnswer(question: Question, value: ResponseValue, voice: Voice): void {
  answersStore.setResponse(question.id, value);
  const { responses, assessment } = answersStore.answers;
  const scales = assessment.scales ?? null;
  answersStore.setAssessment({ ...buildAssessment(responses, voice, assessment.asOf), scales });
}
