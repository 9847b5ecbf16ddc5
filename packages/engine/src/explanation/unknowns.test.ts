import { describe, expect, it } from "vitest";
import { assess } from "../placement/assess.js";
import { WELL, withAnswers } from "../placement/testing/assessment-builders.js";
import { evaluateRules } from "../rules/evaluate-rules.js";
import { RULES } from "../rules/ruleset.js";

describe("unknowns", () => {
  it("are empty, and the result is not provisional, when everything is answered", () => {
    const result = assess(WELL);
    expect(result.unknowns).toEqual([]);
    expect(result.provisional).toBe(false);
  });

  it("name each unknown that could raise the level, with the level it could raise to", () => {
    const result = assess(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }],
        environment: { housing: null },
        withdrawal: { history: { seizures: null, delirium: false, hallucinations: false } },
      }),
    );
    expect(result.unknowns).toContainEqual({
      path: "environment.housing",
      couldRaiseTo: "residential",
      couldRaiseWithdrawalManagementTo: null,
      urgent: false,
    });
    expect(result.level).toBe("outpatient");
    expect(result.provisional).toBe(true);
  });

  it("mark ask-now questions as urgent and name the withdrawal setting an answer could call for", () => {
    const result = assess(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "moderate" }],
        withdrawal: { over: false, history: null },
      }),
    );
    expect(result.unknowns).toContainEqual({
      path: "withdrawal.history.seizures",
      couldRaiseTo: "medically-monitored-inpatient",
      couldRaiseWithdrawalManagementTo: "medically-monitored",
      urgent: true,
    });
  });

  it("keep only urgent questions for someone under 18, who is not placed", () => {
    const result = assess(
      withAnswers({ age: 16, environment: { housing: null }, mentalHealth: { suicidalThoughts: null } }),
    );
    expect(result.unknowns).toEqual([
      expect.objectContaining({ path: "mentalHealth.suicidalThoughts", urgent: true }),
    ]);
  });

  it("come from rules that are undecided, never from rules that are known not to apply", () => {
    const evaluation = evaluateRules(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }],
        environment: { housing: null },
      }),
      RULES,
    );
    const undecided = evaluation.undecided.map((rule) => rule.id);
    const fired = evaluation.fired.map((rule) => rule.id);
    expect(undecided).toContain("environment-housing-unstable");
    expect(undecided).not.toContain("environment-home-unsafe");
    expect(fired).not.toContain("environment-housing-unstable");
    expect(fired).toContain("relapse-mild-use");
    expect(evaluation.ratings).toEqual({
      withdrawal: 0,
      biomedical: 0,
      emotional: 0,
      readiness: 0,
      relapse: 1,
      environment: 0,
    });
  });

  it("keep the highest rating a dimension's rules give", () => {
    const evaluation = evaluateRules(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "moderate" }],
        withdrawal: {
          over: false,
          signsNow: "mild",
          history: { seizures: true, delirium: false, hallucinations: false },
        },
      }),
      RULES,
    );
    expect(evaluation.ratings.withdrawal).toBe(3);
    expect(evaluation.ratings.relapse).toBe(2);
  });
});
