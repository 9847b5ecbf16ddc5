import type { LevelOfCare } from "@stepwise/engine";
import { type FlowContext, flowPosition, resultFor } from "./adaptive-flow.js";
import type { Responses, Section } from "./questions.js";
import { resultStatus } from "./result-status.js";

/**
 * A first idea while the check goes on, so a person who stops early still leaves with something to
 * act on. It comes once the questions that move the level most are behind: safety, then the substance,
 * how often, and withdrawal risk (the withdrawal and medical dimensions set the most intensive levels;
 * ASAM Criteria 3rd ed. dimension 1, in our words), and in any case by the 15th answer. When a safety
 * answer is unknown, the first idea is that no level can be suggested yet (result-status.ts).
 */
export const FIRST_IDEA_BY = 15;

const EARLY_SECTIONS: ReadonlySet<Section> = new Set(["age", "safety", "use"]);

export type FirstIdea =
  | { readonly kind: "level"; readonly level: LevelOfCare; readonly answered: number }
  | { readonly kind: "needs-answers"; readonly answered: number };

export function firstIdea(responses: Responses, context: FlowContext): FirstIdea | null {
  if (!("main-substance" in responses)) return null;
  const position = flowPosition(responses, context);
  if (position.next === null) return null;
  if (EARLY_SECTIONS.has(position.next.section) && position.answered < FIRST_IDEA_BY) return null;
  const result = resultFor(responses, context);
  if (result.adolescent !== null || result.level === null) return null;
  if (resultStatus(result, responses, { duringCheck: true }).levelStatus === "needs-answers")
    return { kind: "needs-answers", answered: position.answered };
  return { kind: "level", level: result.level, answered: position.answered };
}
