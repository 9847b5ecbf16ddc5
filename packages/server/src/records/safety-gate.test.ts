import { LEVELS_OF_CARE, levelRank, OVERRIDE_REASONS, URGENT_TIERS } from "@stepwise/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decisionProblems, SAFETY_ACKNOWLEDGEMENT_CODES } from "./safety-gate.js";

const urgentItems = fc.uniqueArray(
  fc.record({
    tier: fc.constantFrom(...URGENT_TIERS),
    ruleId: fc.stringMatching(/^safety-[a-z]{1,8}$/),
    actions: fc.constant([]),
  }),
  { selector: (item) => item.ruleId, maxLength: 4 },
);

describe("the rules of a level-of-care decision", () => {
  it("refuses every urgent item left without an acknowledgement, whatever level is chosen", () => {
    fc.assert(
      fc.property(
        urgentItems,
        fc.constantFrom(...LEVELS_OF_CARE),
        fc.constantFrom(...LEVELS_OF_CARE),
        fc.nat(),
        (urgent, recommended, chosen, keep) => {
          const acknowledged = urgent.slice(0, keep % (urgent.length + 1));
          const problems = decisionProblems({
            recommended,
            chosen,
            reason: chosen === recommended ? null : "provider-judgment",
            reasonText: "Words.",
            urgent,
            acknowledgements: acknowledged.map((item) => ({
              ruleId: item.ruleId,
              code: "crisis-plan-made",
              text: null,
            })),
          });
          expect(problems.filter((problem) => problem.field === "safetyAcknowledgements")).toHaveLength(
            urgent.length - acknowledged.length,
          );
        },
      ),
    );
  });

  it("needs the reason in words for any level below the recommendation, whatever the code", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEVELS_OF_CARE),
        fc.constantFrom(...LEVELS_OF_CARE),
        fc.constantFrom(...OVERRIDE_REASONS),
        (recommended, chosen, reason) => {
          const problems = decisionProblems({
            recommended,
            chosen,
            reason,
            reasonText: null,
            urgent: [],
            acknowledgements: [],
          });
          const needsWords = levelRank(chosen) < levelRank(recommended) || reason === "other";
          expect(problems.some((problem) => problem.field === "reasonText")).toBe(needsWords);
        },
      ),
    );
  });

  it("needs words for the code 'other' and refuses an item the assessment does not list", () => {
    expect(SAFETY_ACKNOWLEDGEMENT_CODES).toContain("declined-after-counselling");
    const problems = decisionProblems({
      recommended: "residential",
      chosen: "residential",
      reason: null,
      reasonText: null,
      urgent: [{ tier: "crisis", ruleId: "safety-suicidal-intent-or-plan", actions: [] }],
      acknowledgements: [
        { ruleId: "safety-suicidal-intent-or-plan", code: "other", text: null },
        { ruleId: "safety-overdose-now", code: "sent-to-emergency", text: null },
      ],
    });
    expect(problems.map((problem) => problem.field)).toEqual([
      "safetyAcknowledgements[0].text",
      "safetyAcknowledgements[1].ruleId",
    ]);
  });
});
