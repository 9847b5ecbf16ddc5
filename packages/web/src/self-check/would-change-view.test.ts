import { assess } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { buildAssessment, type Responses } from "./questions.js";
import { wouldChangeView } from "./would-change-view.js";

const resultFor = (responses: Responses) => assess(buildAssessment(responses, "self", "2026-11-27"));
const DRINKER = {
  age: "adult",
  "overdose-now": "no",
  "suicidal-thoughts": "no",
  "danger-now": "no",
  "withdrawal-emergency": "no",
  "main-substance": "alcohol",
  frequency: "daily",
  "seizure-history": "no",
  "delirium-history": "no",
  "withdrawal-signs": "moderate",
  "last-use": "this-week",
};

describe("what would change it", () => {
  it("does not offer the lowest level after withdrawal care when readiness, relapse and support were not asked", () => {
    const result = resultFor(DRINKER);
    expect(result.withdrawalManagement).not.toBe("none");
    const view = wouldChangeView(result, DRINKER);
    for (const index of view.shown)
      expect(result.wouldChange[index]?.changes.some((change) => change.path.startsWith("withdrawal."))).toBe(
        false,
      );
    expect(view.afterWithdrawalAsk).toEqual(["readiness", "relapse", "environment"]);
  });

  it("shows the line once those questions are answered", () => {
    const answered = {
      ...DRINKER,
      readiness: "ready",
      attend: "yes",
      "treatment-before": "never",
      returns: "none",
      cravings: "mild",
      coping: "good",
      "stay-off-at-home": "yes",
      housing: "stable",
      "home-safe": "yes",
      "others-use": "no",
      support: "strong",
      transport: "yes",
    };
    const result = resultFor(answered);
    const view = wouldChangeView(result, answered);
    expect(view.afterWithdrawalAsk).toEqual([]);
    expect(view.shown).toHaveLength(result.wouldChange.length);
  });
});
