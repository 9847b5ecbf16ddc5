import { ASSESSMENT_MODEL_VERSION, type Assessment } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { AnswersStore } from "./answers-store.js";
import { hasAnswers, resultOf } from "./current-result.js";

const bare: Assessment = {
  modelVersion: ASSESSMENT_MODEL_VERSION,
  asOf: "2026-11-27",
  mode: "self-check",
  respondent: "self",
};

describe("the result, derived from the answers", () => {
  it("is none when nothing has been answered, so the aid stays general", () => {
    expect(hasAnswers(bare)).toBe(false);
    expect(resultOf(bare)).toBeNull();
  });

  it("is computed on the device from saved answers, and is provisional for a self-check", () => {
    const result = resultOf({
      ...bare,
      obligations: { work: true },
      medical: { condition: "needs-24-hour-monitoring" },
    });
    expect(result).not.toBeNull();
    expect(result?.provisional).toBe(true);
    expect(result?.ratings.biomedical.rating).toBeGreaterThan(0);
  });

  it("follows every change to the answers, and is computed once per set of answers", () => {
    const store = new AnswersStore(null, () => "2026-11-27");
    store.setAssessment({ ...store.answers.assessment, medical: { condition: "stable" } });
    const first = resultOf(store.answers.assessment);
    expect(resultOf(store.answers.assessment)).toBe(first);
    store.updateAssessment((assessment) => ({ ...assessment, medical: { condition: "unstable" } }));
    const second = resultOf(store.answers.assessment);
    expect(second).not.toBe(first);
    expect(second?.urgent.map((item) => item.tier)).toContain("emergency");
  });
});
