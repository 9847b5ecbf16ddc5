import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assess } from "../placement/assess.js";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { dailyAlcohol, withAnswers } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { applyChanges } from "../rules/answers.js";

// The random property runs assess hundreds of times; a busy machine needs more than the default 5 s.
describe("wouldChange", { timeout: 120_000 }, () => {
  it("says intensive outpatient, with withdrawal care at home, fits once stable housing is arranged", () => {
    // Mild withdrawal signs now are not erased by "withdrawal is over"; the unsupported home is what calls
    // for a live-in setting (ASAM 2020 III.1), so housing alone reaches IOP with ambulatory care (VII.8).
    const result = assess(
      withAnswers({
        substances: dailyAlcohol("moderate"),
        withdrawal: { over: false, signsNow: "mild" },
        environment: { housing: "unstable" },
      }),
    );
    expect(result.level).toBe("residential");
    expect(result.wouldChange).toContainEqual(
      expect.objectContaining({
        level: "intensive-outpatient",
        withdrawalManagement: "ambulatory",
        changes: [{ path: "environment.housing", value: "stable" }],
      }),
    );
  });

  it("never offers a way around a safety need or a history that cannot change", () => {
    const crisis = PLACEMENT_CASES.find((testCase) => testCase.name === "suicidal plan");
    const severe = PLACEMENT_CASES.find((testCase) => testCase.name === "severe disorder with recent use");
    if (crisis === undefined || severe === undefined) throw new Error("case missing");
    expect(assess(crisis.assessment).wouldChange).toEqual([]);
    expect(assess(severe.assessment).wouldChange).toEqual([]);
  });

  it.each(PLACEMENT_CASES)(
    "every entry moves the level as stated when applied and re-run: $name",
    (testCase) => {
      const result = assess(testCase.assessment);
      for (const entry of result.wouldChange) {
        const rerun = assess(applyChanges(testCase.assessment, entry.changes));
        expect({ level: rerun.level, withdrawalManagement: rerun.withdrawalManagement }).toEqual({
          level: entry.level,
          withdrawalManagement: entry.withdrawalManagement,
        });
      }
    },
  );

  it("every entry on random assessments moves the level as stated", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const result = assess(assessment);
        for (const entry of result.wouldChange) {
          const rerun = assess(applyChanges(assessment, entry.changes), { wouldChange: false });
          expect(rerun.level).toBe(entry.level);
          expect(rerun.withdrawalManagement).toBe(entry.withdrawalManagement);
        }
      }),
      { numRuns: 120 },
    );
  });
});
