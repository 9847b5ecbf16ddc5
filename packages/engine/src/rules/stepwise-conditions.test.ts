import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { viewAssessment } from "./answers.js";
import { compileCondition } from "./compiled-condition.js";
import { conditionsFingerprint } from "./conditions-fingerprint.js";
import { emptyRatings, readsRatings } from "./evaluate-rules.js";
import { FactTable } from "./fact-table.js";
import { RULES } from "./ruleset.js";
import { GENERATED_CONDITIONS_FINGERPRINT, sortStepwiseRules } from "./stepwise-conditions.generated.js";

describe("Stepwise's rule conditions, written out", () => {
  it("were written for the rule set as it is now (else run `npm run generate:engine`)", () => {
    expect(
      GENERATED_CONDITIONS_FINGERPRINT,
      "stepwise-conditions.generated.ts is out of date: run npm run generate:engine",
    ).toBe(conditionsFingerprint(RULES));
  });

  it("give every rule the outcome its condition gives, on every case and any adult's answers", () => {
    const check = (assessment: Assessment) => {
      const facts = new FactTable(assessment, viewAssessment(assessment));
      const fired: number[] = [];
      const undecided: number[] = [];
      sortStepwiseRules(facts.all(), fired, undecided);
      const expected = { fired: [] as string[], undecided: [] as string[] };
      for (const rule of RULES) {
        // Rules that read ratings are judged later, by evaluate-rules.ts, and never here.
        if (readsRatings(rule.when)) continue;
        const outcome = compileCondition(rule.when)(facts, emptyRatings());
        if (outcome === true) expected.fired.push(rule.id);
        else if (outcome === null) expected.undecided.push(rule.id);
      }
      expect({
        fired: fired.map((position) => RULES[position]?.id),
        undecided: undecided.map((position) => RULES[position]?.id),
      }).toEqual(expected);
    };
    for (const testCase of PLACEMENT_CASES) check(testCase.assessment);
    fc.assert(fc.property(arbitraryAdultAssessment, check), { numRuns: 200 });
  });

  it("tell one rule set's conditions from another's", () => {
    expect(conditionsFingerprint(RULES.slice(1))).not.toBe(conditionsFingerprint(RULES));
    const changed = RULES.map((rule, index) =>
      index === 5 ? { ...rule, when: { always: true } as const } : rule,
    );
    expect(conditionsFingerprint(changed)).not.toBe(conditionsFingerprint(RULES));
    expect(conditionsFingerprint([...RULES])).toBe(conditionsFingerprint(RULES));
  });
});
