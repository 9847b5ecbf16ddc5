import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { levelRank } from "../levels/level-of-care.js";
import { withdrawalManagementRank } from "../levels/withdrawal-management.js";
import type { UrgentTier } from "../safety/urgent-item.js";
import { assess } from "./assess.js";
import { arbitraryAdultAssessment, NEED_LADDERS, setAnswer } from "./testing/arbitrary-assessment.js";

const RUNS = { numRuns: 400 };

// Property runs assess hundreds of times; a busy machine needs more than the default 5 s.
describe("placement properties", { timeout: 120_000 }, () => {
  it("more need in any single answer never lowers the level or the withdrawal-management setting", () => {
    fc.assert(
      fc.property(
        arbitraryAdultAssessment,
        fc.nat(NEED_LADDERS.length - 1),
        fc.nat(),
        fc.nat(),
        (assessment, ladderIndex, first, second) => {
          const ladder = NEED_LADDERS[ladderIndex];
          if (ladder === undefined) return;
          const low = Math.min(first, second) % ladder.values.length;
          const high = Math.max(low, Math.max(first, second) % ladder.values.length);
          const less = assess(setAnswer(assessment, ladder.path, ladder.values[low]), { wouldChange: false });
          const more = assess(setAnswer(assessment, ladder.path, ladder.values[high]), {
            wouldChange: false,
          });
          expect(levelRank(more.level ?? "early-intervention")).toBeGreaterThanOrEqual(
            levelRank(less.level ?? "early-intervention"),
          );
          expect(withdrawalManagementRank(more.withdrawalManagement ?? "none")).toBeGreaterThanOrEqual(
            withdrawalManagementRank(less.withdrawalManagement ?? "none"),
          );
        },
      ),
      RUNS,
    );
  });

  const TRIGGERS: readonly {
    name: string;
    tier: UrgentTier;
    ruleId: string;
    answers: Record<string, unknown>;
  }[] = [
    {
      name: "overdose now",
      tier: "emergency",
      ruleId: "safety-overdose-now",
      answers: { "overdose.signsNow": true },
    },
    {
      name: "withdrawal seizure now",
      tier: "emergency",
      ruleId: "safety-withdrawal-seizure-or-confusion",
      answers: { "withdrawal.seizureOrConfusionNow": true },
    },
    {
      name: "unstable medical condition",
      tier: "emergency",
      ruleId: "safety-unstable-medical-condition",
      answers: { "medical.condition": "unstable" },
    },
    {
      name: "suicidal plan",
      tier: "crisis",
      ruleId: "safety-suicidal-intent-or-plan",
      answers: { "mentalHealth.suicidalIntentOrPlan": true },
    },
    {
      name: "danger to others",
      tier: "crisis",
      ruleId: "safety-danger-to-self-or-others",
      answers: { "mentalHealth.dangerToSelfOrOthers": true },
    },
    {
      name: "ASQ acute",
      tier: "crisis",
      ruleId: "safety-asq-acute",
      answers: { scales: [{ instrument: "asq", total: 2, flags: ["asq-positive-acute"] }] },
    },
    {
      name: "PHQ-9 item 9",
      tier: "same-day",
      ruleId: "safety-phq-9-item-9",
      answers: { scales: [{ instrument: "phq-9", total: 9, flags: ["suicide-risk-follow-up"] }] },
    },
    {
      name: "ASQ non-acute",
      tier: "same-day",
      ruleId: "safety-asq-non-acute",
      answers: { scales: [{ instrument: "asq", total: 1, flags: ["asq-positive-non-acute"] }] },
    },
    {
      name: "suicidal thoughts",
      tier: "same-day",
      ruleId: "safety-suicidal-thoughts",
      answers: { "mentalHealth.suicidalThoughts": true },
    },
    {
      name: "daily drinking, withdrawal history unknown",
      tier: "ask-now",
      ruleId: "safety-ask-withdrawal-history",
      answers: {
        substances: [{ substance: "alcohol", frequency: "daily" }],
        "withdrawal.history.seizures": null,
      },
    },
    {
      name: "suicidal thoughts unknown",
      tier: "ask-now",
      ruleId: "safety-ask-suicidal-thoughts",
      answers: {
        scales: [],
        "mentalHealth.suicidalThoughts": null,
        "mentalHealth.suicidalIntentOrPlan": null,
      },
    },
  ];

  it.each(TRIGGERS)("an urgent item ($name) survives any other answers, at any age", (trigger) => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, fc.constantFrom(15, 30, null), (assessment, age) => {
        let changed = setAnswer(assessment, "age", age);
        for (const [path, value] of Object.entries(trigger.answers))
          changed = setAnswer(changed, path, value);
        const result = assess(changed, { wouldChange: false });
        expect(result.urgent).toContainEqual(
          expect.objectContaining({ tier: trigger.tier, ruleId: trigger.ruleId }),
        );
      }),
      { numRuns: 150 },
    );
  });

  it("every result has at least one reason", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, fc.constantFrom(15, 30, null), (assessment, age) => {
        expect(assess(setAnswer(assessment, "age", age)).reasons.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it("the same input always gives the same output", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const first = assess(assessment);
        const second = assess(structuredClone(assessment));
        expect(second).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it("a level is never below the level any single fired need calls for", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const result = assess(assessment, { wouldChange: false });
        for (const reason of result.reasons)
          if (reason.level !== null && result.level !== null)
            expect(levelRank(result.level)).toBeGreaterThanOrEqual(levelRank(reason.level));
      }),
      RUNS,
    );
  });
});
