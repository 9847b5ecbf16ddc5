import type { Dimension, PlacementResult } from "@stepwise/engine";
import { type FlowContext, resultFor } from "./adaptive-flow.js";
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

/** The placement alone (level, withdrawal care, co-occurring marker), without the urgent list. */
function placementKey(responses: Responses, context: FlowContext): string {
  const result = resultFor(responses, context);
  return JSON.stringify([result.level, result.withdrawalManagement, result.coOccurringEnhanced]);
}

/**
 * The answers that set the placement: an answer is quoted when saying "I'm not sure" instead would give
 * a different level, withdrawal care or co-occurring marker. (A "no" that only closes a safety question
 * is not quoted as a reason for the level.)
 */
export function keyAnswers(responses: Responses, context: FlowContext): QuotedAnswer[] {
  const baseline = placementKey(responses, context);
  const quoted: QuotedAnswer[] = [];
  for (const question of QUESTIONS) {
    const optionId = responses[question.id];
    if (optionId === null || optionId === undefined || question.id === "age") continue;
    if (placementKey({ ...responses, [question.id]: null }, context) !== baseline)
      quoted.push({ question, optionId });
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
