import { ASSESSMENT_MODEL_VERSION, type Assessment } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { currentResult, hasAnswers } from "./current-result.js";

const bare: Assessment = {
  modelVersion: ASSESSMENT_MODEL_VERSION,
  asOf: "2026-11-27",
  mode: "self-check",
  respondent: "self",
};

describe("the result the decision aid works from", () => {
  it("is none when nothing has been answered, so the aid stays general", () => {
    expect(hasAnswers(bare)).toBe(false);
    expect(currentResult(bare, null)).toBeNull();
  });

  it("is computed on the device from saved answers, and is provisional for a self-check", () => {
    const result = currentResult(
      { ...bare, obligations: { work: true }, medical: { condition: "needs-24-hour-monitoring" } },
      null,
    );
    expect(result).not.toBeNull();
    expect(result?.provisional).toBe(true);
    expect(result?.ratings.biomedical.rating).toBeGreaterThan(0);
  });
});
