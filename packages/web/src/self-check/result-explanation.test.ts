import { assess } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import type { FlowContext } from "./adaptive-flow.js";
import { keyAnswers, openQuestions } from "./result-explanation.js";

const context: FlowContext = { voice: "self", asOf: "2026-11-27", assess };

const drinksDailyAfterSeizure = {
  age: "adult",
  "suicidal-thoughts": "no",
  "main-substance": "alcohol",
  frequency: "daily",
  "seizure-history": "yes",
  "delirium-history": "no",
  "withdrawal-signs": "moderate",
};

describe("explaining a result with the person's own answers", () => {
  it("quotes the answers that set the level, not the ones that only closed a safety question", () => {
    const quoted = keyAnswers(drinksDailyAfterSeizure, context).map((answer) => answer.question.id);
    expect(quoted).toContain("seizure-history");
    expect(quoted).toEqual(expect.arrayContaining(["main-substance", "frequency"]));
    expect(quoted).not.toContain("suicidal-thoughts");
  });

  it("lists skipped or unsure questions that could still change the result as our own questions", () => {
    const open = openQuestions(
      assess({ modelVersion: "1", asOf: "2026-11-27", mode: "self-check", respondent: "self" }),
    );
    expect(open.questions.map((question) => question.id)).toContain("suicidal-thoughts");
  });
});
