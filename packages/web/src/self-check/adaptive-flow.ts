import type { Assess, PlacementResult, UrgentItem } from "@stepwise/engine";
import type { Voice } from "../session/answers-store.js";
import { buildAssessment, QUESTION_BY_ID, QUESTIONS, type Question, type Responses } from "./questions.js";
import { requiredSafetyQuestions } from "./safety-questions.js";

/**
 * The adaptive self-check: questions that cannot change the result are skipped. The
 * result here is the recommendation a person acts on: the level, the withdrawal-management setting,
 * the co-occurring marker, the urgent items and the adolescent redirect. The list of unknowns is not
 * part of it (every unanswered question is one), nor are the wording of reasons.
 *
 * A question is asked when SOME answer to it (or "I'm not sure") gives a different recommendation than
 * leaving it unanswered, given everything answered so far. The check runs again after every answer
 * over every unanswered question, including ones passed over earlier, so when the flow ends no
 * unanswered question could change the result (adaptive-flow.test.ts checks this against the engine).
 */

export interface FlowContext {
  readonly voice: Voice | null;
  readonly asOf: string;
  readonly assess: Assess;
}

/** The parts of a result a person acts on, as one comparable string. */
export function recommendationKey(result: PlacementResult): string {
  return JSON.stringify([
    result.level,
    result.withdrawalManagement,
    result.coOccurringEnhanced,
    result.urgent.map((item) => item.ruleId).sort(),
    result.adolescent === null,
  ]);
}

export function resultFor(responses: Responses, context: FlowContext): PlacementResult {
  return context.assess(buildAssessment(responses, context.voice, context.asOf), { wouldChange: false });
}

/** Every answer the question allows, "I'm not sure" (null) included. */
export function possibleAnswers(question: Question): (string | null)[] {
  return [...question.options.map((option) => option.id), null];
}

export function couldChangeResult(
  question: Question,
  responses: Responses,
  context: FlowContext,
  baseline: string = recommendationKey(resultFor(responses, context)),
): boolean {
  return possibleAnswers(question).some(
    (answer) => recommendationKey(resultFor({ ...responses, [question.id]: answer }, context)) !== baseline,
  );
}

export interface FlowPosition {
  /** The next question to ask, or null when the result can no longer change. */
  readonly next: Question | null;
  /** Unanswered questions that could still change the result (the next one included). */
  readonly remaining: number;
  readonly answered: number;
}

/**
 * Where the flow stands: the first unanswered question, in safety-first order, that could change the
 * result, opens others that can (`alwaysAsk`: age first, since the check is for adults, docs/design.md
 * "Adults"; then the main substance), or is a safety question (safety-questions.ts), which is asked
 * even when the flow finds that no answer to it could change the level. A question that decides whether
 * another applies (sex at birth, before pregnancy) is asked whenever that other one would be.
 */
export function flowPosition(responses: Responses, context: FlowContext): FlowPosition {
  const baseline = recommendationKey(resultFor(responses, context));
  const answered = QUESTIONS.filter((question) => question.id in responses).length;
  // Under 18: the check stops and points to adolescent services.
  if (responses.age === "under-18") return { next: null, remaining: 0, answered };
  const safety = new Set(requiredSafetyQuestions(responses));
  let next: Question | null = null;
  let remaining = 0;
  const wouldAsk = (question: Question): boolean =>
    question.alwaysAsk === true ||
    safety.has(question.id) ||
    couldChangeResult(question, responses, context, baseline);
  for (const question of QUESTIONS) {
    if (question.id in responses) continue;
    if (
      wouldAsk(question) ||
      (question.opens ?? []).some((id) => {
        const opened = QUESTION_BY_ID.get(id);
        return opened !== undefined && !(id in responses) && wouldAsk(opened);
      })
    ) {
      remaining += 1;
      next ??= question;
    }
  }
  return { next, remaining, answered };
}

/** Urgent items worth interrupting for: anything above "ask a professional before choosing". */
export function interruptingItems(result: PlacementResult): UrgentItem[] {
  return result.urgent.filter((item) => item.tier !== "ask-now");
}

/** The urgent items an answer raised that were not there before it. */
export function newUrgentItems(before: PlacementResult, after: PlacementResult): UrgentItem[] {
  const known = new Set(before.urgent.map((item) => item.ruleId));
  return interruptingItems(after).filter((item) => !known.has(item.ruleId));
}
