import { describe, expect, it } from "vitest";
import { validateAssessment } from "../assessment/validate-assessment.js";
import { assess } from "./assess.js";
import { MEASURED_SIGNAL_CASES } from "./testing/measured-signal-cases.js";

describe("measured signals, elapsed time and unknown safety answers", () => {
  it.each(MEASURED_SIGNAL_CASES)("$name", (testCase) => {
    expect(validateAssessment(testCase.assessment).ok).toBe(true);
    const result = assess(testCase.assessment);
    if (testCase.level !== undefined) expect(result.level).toBe(testCase.level);
    if (testCase.withdrawalManagement !== undefined)
      expect(result.withdrawalManagement).toBe(testCase.withdrawalManagement);
    for (const item of testCase.urgent ?? [])
      expect(result.urgent).toContainEqual(expect.objectContaining(item));
    const urgentIds = result.urgent.map((item) => item.ruleId);
    for (const ruleId of testCase.notUrgent ?? []) expect(urgentIds).not.toContain(ruleId);
    if (testCase.levelStatus !== undefined) expect(result.levelStatus).toBe(testCase.levelStatus);
    const asked = result.mustAsk.map((item) => item.id);
    if (testCase.mustAskFirst !== undefined)
      expect(asked.slice(0, testCase.mustAskFirst.length)).toEqual(testCase.mustAskFirst);
    for (const path of testCase.notMustAsk ?? []) expect(asked).not.toContain(path);
    const unknown = result.unknowns.map((item) => item.path);
    for (const path of testCase.notUnknown ?? []) {
      expect(unknown).not.toContain(path);
      expect(asked).not.toContain(path);
    }
    for (const correction of testCase.corrections ?? [])
      expect(result.corrections).toContainEqual(expect.objectContaining(correction));
    // Every question a result asks has words in both languages, and the level stays a floor.
    for (const item of result.mustAsk) {
      expect(item.question.en).not.toBe(item.id);
      expect(item.question.es).not.toBe(item.question.en);
    }
    expect(result.levelStatus === "needs-answers").toBe(result.mustAsk.length > 0);
  });
});
