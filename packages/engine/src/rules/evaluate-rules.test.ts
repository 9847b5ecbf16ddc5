import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { WELL, withAnswers } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { DIMENSIONS, type Ratings } from "../ratings/dimension.js";
import { type Tri, viewAssessment } from "./answers.js";
import { emptyRatings, evaluateRules, readsRatings } from "./evaluate-rules.js";
import { FactTable } from "./fact-table.js";
import type { FactId } from "./facts.js";
import type { Condition, Rule } from "./rule.js";
import { RULES } from "./ruleset.js";

/**
 * The rule evaluator checked against the plain definition it implements: Kleene's three-valued logic
 * over facts (rule.ts), each dimension rated by the highest rating among the rules that fire, and the
 * rules that read ratings judged on those final ratings. Written the slow, obvious way on purpose.
 */
function referenceEvaluation(assessment: Assessment, rules: readonly Rule[]) {
  const view = viewAssessment(assessment);
  const table = new FactTable(assessment, view);
  const fact = (id: FactId): Tri => table.value(id);
  const reads = (condition: Condition): boolean =>
    "rating" in condition ||
    ("all" in condition && condition.all.some(reads)) ||
    ("any" in condition && condition.any.some(reads));
  const judge = (condition: Condition, ratings: Ratings): Tri => {
    if ("fact" in condition) return fact(condition.fact);
    if ("rating" in condition) return ratings[condition.rating] >= condition.atLeast;
    if ("always" in condition) return true;
    const parts = ("all" in condition ? condition.all : condition.any).map((part) => judge(part, ratings));
    if ("all" in condition) return parts.includes(false) ? false : parts.includes(null) ? null : true;
    return parts.includes(true) ? true : parts.includes(null) ? null : false;
  };
  const ratings = emptyRatings();
  for (const rule of rules) {
    if (reads(rule.when) || rule.dimension === undefined || rule.rating === undefined) continue;
    if (judge(rule.when, ratings) === true)
      ratings[rule.dimension] = Math.max(ratings[rule.dimension], rule.rating) as never;
  }
  const outcomes = rules.map((rule) => judge(rule.when, ratings));
  return {
    ratings,
    fired: rules.filter((_, index) => outcomes[index] === true).map((rule) => rule.id),
    undecided: rules.filter((_, index) => outcomes[index] === null).map((rule) => rule.id),
  };
}

function evaluated(assessment: Assessment, rules: readonly Rule[] = RULES) {
  const evaluation = evaluateRules(assessment, rules);
  return {
    ratings: { ...evaluation.ratings },
    fired: evaluation.fired.map((rule) => rule.id),
    undecided: evaluation.undecided.map((rule) => rule.id),
  };
}

const statement = { en: "test rule", es: "regla de prueba" };

describe("evaluateRules", { timeout: 120_000 }, () => {
  it("agrees with the plain definition on every hand-written case", () => {
    for (const testCase of PLACEMENT_CASES)
      expect(evaluated(testCase.assessment), testCase.name).toEqual(
        referenceEvaluation(testCase.assessment, RULES),
      );
  });

  it("agrees with the plain definition on any adult's answers, known or unknown", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        expect(evaluated(assessment)).toEqual(referenceEvaluation(assessment, RULES));
      }),
      { numRuns: 300 },
    );
  });

  describe("with a small rule set of its own", () => {
    const severeWithdrawal = withAnswers({
      substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "severe" }],
      withdrawal: { over: false, signsNow: "severe" },
    });
    const setsWithdrawal = (rating: 1 | 2 | 3 | 4, id = `sets-${rating}`): Rule => ({
      id,
      kind: "placement",
      statement,
      sources: [],
      when: { fact: "withdrawal-now" },
      dimension: "withdrawal",
      rating,
    });
    const readsWithdrawal = (id: string, when: Condition): Rule => ({
      id,
      kind: "co-occurring",
      statement,
      sources: [],
      when,
    });

    it("rates a dimension by the highest rating that fires, not the last", () => {
      const ratings = evaluateRules(severeWithdrawal, [setsWithdrawal(3), setsWithdrawal(1)]).ratings;
      expect(ratings).toEqual({ ...emptyRatings(), withdrawal: 3 });
    });

    it("judges a rule that reads ratings on the final ratings, wherever it stands in the rule set", () => {
      const rules = [
        readsWithdrawal("all-rating-and-fact", {
          all: [{ fact: "withdrawal-now" }, { rating: "withdrawal", atLeast: 3 }],
        }),
        readsWithdrawal("any-rating-or-false-fact", {
          any: [{ rating: "withdrawal", atLeast: 3 }, { fact: "pregnant" }],
        }),
        readsWithdrawal("rating-too-high", { rating: "withdrawal", atLeast: 4 }),
        setsWithdrawal(3),
      ];
      const evaluation = evaluateRules(
        withAnswers({ medical: { pregnant: false } }, severeWithdrawal),
        rules,
      );
      expect(evaluation.fired.map((rule) => rule.id)).toEqual([
        "all-rating-and-fact",
        "any-rating-or-false-fact",
        "sets-3",
      ]);
      for (const rule of rules.slice(0, 3)) expect(readsRatings(rule.when)).toBe(true);
      expect(readsRatings(setsWithdrawal(3).when)).toBe(false);
    });

    it("keeps rule-set order when several rules that read ratings stand among the others", () => {
      const undecidedFact: Condition = { fact: "housing-unstable" };
      const rules = [
        setsWithdrawal(1, "first-need"),
        readsWithdrawal("reader-fires", { rating: "withdrawal", atLeast: 3 }),
        readsWithdrawal("reader-undecided", { all: [{ rating: "withdrawal", atLeast: 3 }, undecidedFact] }),
        readsWithdrawal("undecided", undecidedFact),
        setsWithdrawal(3, "second-need"),
        readsWithdrawal("reader-fires-last", { rating: "withdrawal", atLeast: 1 }),
      ];
      const evaluation = evaluateRules(
        withAnswers({ environment: { housing: null } }, severeWithdrawal),
        rules,
      );
      expect(evaluation.fired.map((rule) => rule.id)).toEqual([
        "first-need",
        "reader-fires",
        "second-need",
        "reader-fires-last",
      ]);
      expect(evaluation.undecided.map((rule) => rule.id)).toEqual(["reader-undecided", "undecided"]);
    });

    it("gives no rating when the rule that would set it is undecided", () => {
      const unknownUse = withAnswers({ substances: null, withdrawal: { over: false, signsNow: null } });
      const evaluation = evaluateRules(unknownUse, [setsWithdrawal(2)]);
      expect(evaluation.ratings).toEqual(emptyRatings());
      expect(evaluation.undecided.map((rule) => rule.id)).toEqual(["sets-2"]);
    });

    it("lets a rule set of its own change nothing about Stepwise's rule set", () => {
      evaluateRules(severeWithdrawal, [setsWithdrawal(4)]);
      expect(evaluated(severeWithdrawal)).toEqual(referenceEvaluation(severeWithdrawal, RULES));
      for (const dimension of DIMENSIONS) expect(evaluateRules(WELL, []).ratings[dimension]).toBe(0);
    });
  });
});
