import type { Dimension, PlacementResult } from "@stepwise/engine";
import { type FlowContext, recommendationKey, resultFor } from "./adaptive-flow.js";
import { QUESTIONS, type Question, type Responses } from "./questions.js";

/**
 * Turns a result into what the results screen quotes: the person's own answers that set it, the
 * answers that would change it, and the questions still open. Everything is derived by re-running
 * the engine on the person's answers, so the explanation can never drift from the rules.
 */

export interface QuotedAnswer {
  readonly question: Question;
  readonly optionId: string;
}

/**
 * The answers that matter: an answer is quoted when saying "I'm not sure" instead would give a
 * different recommendation (so each quoted answer really moved the result).
 */
export function keyAnswers(responses: Responses, context: FlowContext): QuotedAnswer[] {
  const baseline = recommendationKey(resultFor(responses, context));
  const quoted: QuotedAnswer[] = [];
  for (const question of QUESTIONS) {
    const optionId = responses[question.id];
    if (optionId === null || optionId === undefined || question.id === "age") continue;
    const withoutIt = recommendationKey(resultFor({ ...responses, [question.id]: null }, context));
    if (withoutIt !== baseline) quoted.push({ question, optionId });
  }
  return quoted;
}

/** The dimensions whose needs set the level, in the engine's order of the reasons. */
export function drivingDimensions(result: PlacementResult): Dimension[] {
  const dimensions: Dimension[] = [];
  for (const reason of result.reasons) {
    if (reason.driver && reason.dimension !== null && !dimensions.includes(reason.dimension))
      dimensions.push(reason.dimension);
  }
  return dimensions;
}

/**
 * The engine's unknowns, as our questions where we have one (the person can see what was skipped),
 * plus whether some unknowns are about things the self-check does not ask.
 */
export function openQuestions(result: PlacementResult): { questions: Question[]; others: boolean } {
  const questions: Question[] = [];
  let others = false;
  for (const unknown of result.unknowns) {
    const path = unknown.path === "substances" ? "main.frequency" : unknown.path;
    const question = QUESTIONS.find((candidate) => candidate.paths.includes(path));
    if (question === undefined) others = true;
    else if (!questions.includes(question)) questions.push(question);
  }
  return { questions, others };
}
