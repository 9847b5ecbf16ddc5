import { assess } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { flowPosition } from "./adaptive-flow.js";
import { FIRST_IDEA_BY, firstIdea } from "./first-idea.js";
import type { Responses } from "./questions.js";

const context = { voice: "self" as const, asOf: "2026-11-27", assess };

/** Answers the flow's questions in order with `answers` (anything else "not sure") until a first idea. */
function answersToFirstIdea(answers: Record<string, string>) {
  let responses: Record<string, string | null> = {};
  for (let step = 0; step < 40; step += 1) {
    const idea = firstIdea(responses, context);
    if (idea !== null) return idea;
    const { next } = flowPosition(responses, context);
    if (next === null) return null;
    responses = { ...responses, [next.id]: answers[next.id] ?? null };
  }
  return null;
}

describe("a first idea while the check goes on", () => {
  it("is not offered before the substance is named", () => {
    expect(firstIdea({ age: "adult" } satisfies Responses, context)).toBeNull();
  });

  it("comes once the use and withdrawal questions are behind, within 15 answers", () => {
    const idea = answersToFirstIdea({
      age: "adult",
      "overdose-now": "no",
      "suicidal-thoughts": "no",
      "danger-now": "no",
      "withdrawal-emergency": "no",
      "main-substance": "alcohol",
      frequency: "daily",
      "seizure-history": "yes",
      "withdrawal-signs": "moderate",
    });
    expect(idea?.kind).toBe("level");
    expect(idea?.answered).toBeLessThanOrEqual(FIRST_IDEA_BY);
  }, 60_000);

  it("is 'cannot suggest a level yet' when a safety answer is unknown", () => {
    const idea = answersToFirstIdea({ age: "adult", "main-substance": "alcohol", frequency: "daily" });
    expect(idea?.kind).toBe("needs-answers");
    expect(idea?.answered).toBeLessThanOrEqual(FIRST_IDEA_BY);
  }, 60_000);
});
