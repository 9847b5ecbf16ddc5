/**
 * How `assess` puts a result together from the fired rules: the safety gate's order, each dimension's
 * facts, the placement, the next lower level and what rules it out, provisional, and the adolescent
 * redirect. Placement cases (placement-cases.test.ts) check the decisions; these check the result's shape
 * a clinician reads (docs/design.md "Every recommendation is explained").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVELS_OF_CARE, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { renderText } from "../messages/message-text.js";
import { QUESTION_TEXTS } from "../messages/question-texts.js";
import { evaluateRules } from "../rules/evaluate-rules.js";
import type { Rule } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";
import { URGENT_TIERS } from "../safety/urgent-item.js";
import { assess, assessWithRules } from "./assess.js";
import { arbitraryAdultAssessment } from "./testing/arbitrary-assessment.js";
import { WELL, withAnswers } from "./testing/assessment-builders.js";

const RULE_BY_ID = new Map<string, Rule>(RULES.map((rule) => [rule.id, rule]));
const ratingOf = (ruleId: string) => RULE_BY_ID.get(ruleId)?.rating ?? -1;

/** Overdose signs, a suicide plan, daily drinking with a severe disorder, cravings, repeated returns to use. */
const MANY_NEEDS = withAnswers({
  overdose: { signsNow: true },
  mentalHealth: { suicidalIntentOrPlan: true, suicidalThoughts: true },
  withdrawal: { over: false },
  substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "severe" }],
  history: { cravings: "strong", returnsToUseAfterTreatment: 3 },
});

describe("assess puts the result together", () => {
  it("words the questions still to ask for whoever answers: 'you' for the person, 'they' for family", () => {
    const text = QUESTION_TEXTS["mentalHealth.suicidalThoughts"];
    if (text === undefined) throw new Error("no question for thoughts of suicide");
    const questionFor = (respondent: "self" | "family-or-friend" | null) =>
      assess(withAnswers({ respondent, mentalHealth: { suicidalThoughts: null } })).mustAsk.find(
        (item) => item.id === "mentalHealth.suicidalThoughts",
      )?.question;
    const self = { en: renderText(text, "en", "second-person"), es: renderText(text, "es", "second-person") };
    const family = { en: renderText(text, "en", "third-person"), es: renderText(text, "es", "third-person") };
    expect(self.en).not.toBe(family.en);
    expect(questionFor("self")).toEqual(self);
    // Unknown respondent: the person themself (the model's default).
    expect(questionFor(null)).toEqual(self);
    expect(questionFor("family-or-friend")).toEqual(family);
  });

  it("lists only the urgent questions for someone under 18 with a use disorder and other answers unknown", () => {
    const result = assess(
      withAnswers({
        age: 16,
        substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "moderate" }],
        environment: { housing: null },
        mentalHealth: { suicidalThoughts: null },
      }),
    );
    expect(result.level).toBeNull();
    expect(result.unknowns.length).toBeGreaterThan(0);
    for (const item of result.unknowns) expect(item.urgent, item.path).toBe(true);
    // An adult with the same answers is asked about housing too: it could raise the level.
    const adult = assess(
      withAnswers({
        age: 30,
        substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "moderate" }],
        environment: { housing: null },
        mentalHealth: { suicidalThoughts: null },
      }),
    );
    expect(adult.unknowns.map((item) => item.path)).toContain("environment.housing");
  });

  it("lists urgent items most urgent first, whatever order their rules come in", () => {
    // Safety first (docs/design.md): the emergency (overdose now) comes before the crisis (a plan), and the
    // crisis before the same-day safety assessment for suicidal thoughts.
    expect(assess(MANY_NEEDS).urgent.map((item) => [item.tier, item.ruleId])).toEqual([
      ["emergency", "safety-overdose-now"],
      ["crisis", "safety-suicidal-intent-or-plan"],
      ["same-day", "safety-suicidal-thoughts"],
    ]);
    // Stepwise's rule set happens to list its safety rules by tier; a set in another order still gets
    // the most urgent first.
    expect(assessWithRules(MANY_NEEDS, [...RULES].reverse()).urgent.map((item) => item.tier)).toEqual([
      "emergency",
      "crisis",
      "same-day",
    ]);
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const ranks = assess(assessment, { wouldChange: false }).urgent.map((item) =>
          URGENT_TIERS.indexOf(item.tier),
        );
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  });

  it("gives each dimension the facts that rated it, highest rating first, and none when nothing did", () => {
    const ratings = assess(MANY_NEEDS).ratings;
    expect(ratings.relapse.rating).toBe(3);
    expect(ratings.relapse.facts.map((fact) => fact.ruleId)).toEqual([
      "relapse-severe-use",
      "relapse-repeated-return-to-use",
      "relapse-cravings-or-few-coping-skills",
    ]);
    expect(ratings.readiness).toEqual({ dimension: "readiness", rating: 0, facts: [] });
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        for (const rated of Object.values(assess(assessment, { wouldChange: false }).ratings)) {
          const factRatings = rated.facts.map((fact) => ratingOf(fact.ruleId));
          // The rating is the highest any of its facts gives (never an average, docs/design/domain.md §1.6.1) ...
          expect(rated.rating).toBe(Math.max(0, ...factRatings));
          // ... and the facts read from the highest down.
          expect(factRatings).toEqual([...factRatings].sort((a, b) => b - a));
          for (const fact of rated.facts)
            expect(RULE_BY_ID.get(fact.ruleId)?.dimension).toBe(rated.dimension);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("places at the most intensive level any fired need calls for", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const result = assess(assessment, { wouldChange: false });
        // The principle, stated the plain way: the highest level any fired placement rule names.
        const named = evaluateRules(assessment, RULES)
          .fired.filter((rule) => rule.kind === "placement" && rule.minimumLevel !== undefined)
          .map((rule) => levelRank(rule.minimumLevel as LevelOfCare));
        expect(result.level).toBe(LEVELS_OF_CARE[Math.max(0, ...named)]);
      }),
      { numRuns: 300 },
    );
  });

  it("names the next lower level and every need that rules it out, and nothing else", () => {
    const result = assess(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "moderate" }],
        history: { cravings: "strong" },
        environment: { supportNetwork: "none" },
      }),
    );
    expect(result.level).toBe("intensive-outpatient");
    expect(result.nextLowerLevel?.level).toBe("outpatient");
    expect(result.nextLowerLevel?.unmetNeeds.map((need) => need.ruleId)).toEqual([
      "relapse-moderate-use",
      "relapse-cravings-or-few-coping-skills",
      "environment-no-support-network",
    ]);
    // The least intensive level has nothing below it.
    expect(assess(WELL).nextLowerLevel).toBeNull();
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const { level, nextLowerLevel, reasons } = assess(assessment, { wouldChange: false });
        if (level === null || level === "early-intervention") {
          expect(nextLowerLevel).toBeNull();
          return;
        }
        const lower = levelRank(level) - 1;
        expect(nextLowerLevel?.level).toBe(LEVELS_OF_CARE[lower]);
        const above = reasons.filter(
          (reason) => reason.kind !== "baseline" && reason.level !== null && levelRank(reason.level) > lower,
        );
        // Something known always rules the lower level out, and every such need is named.
        expect(nextLowerLevel?.unmetNeeds.length).toBeGreaterThan(0);
        expect(nextLowerLevel?.unmetNeeds).toEqual(above);
      }),
      { numRuns: 300 },
    );
  });

  it("is provisional for any self-check, for an ask-now item, and for an unknown that could raise the level", () => {
    expect(assess(WELL).provisional).toBe(false);
    // Self-check results are provisional and say so, however complete (docs/design.md).
    expect(assess(withAnswers({ mode: "self-check" })).provisional).toBe(true);
    // Unknown suicidal thoughts are an ask-now item (docs/design.md "Unknown is not 'fine'"): a professional must ask before a level is chosen.
    const askNow = assess(withAnswers({ mentalHealth: { suicidalThoughts: null } }));
    expect(askNow.urgent.map((item) => item.tier)).toContain("ask-now");
    expect(askNow.provisional).toBe(true);
    // Unknown housing could raise a mild disorder's outpatient level to residential.
    const unknownHousing = assess(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }],
        environment: { housing: null },
      }),
    );
    expect(unknownHousing.urgent).toEqual([]);
    expect(unknownHousing.provisional).toBe(true);
    // An unknown that could raise the withdrawal-management setting only also counts.
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const result = assess(assessment, { wouldChange: false });
        const expected =
          assessment.mode === "self-check" ||
          result.urgent.some((item) => item.tier === "ask-now") ||
          result.unknowns.some(
            (item) => item.couldRaiseTo !== null || item.couldRaiseWithdrawalManagementTo !== null,
          );
        expect(result.provisional).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("records who answered (the person, unless said otherwise) and the date it speaks for", () => {
    const { respondent: _, ...unsaid } = WELL;
    expect(assess(unsaid).respondent).toBe("self");
    expect(assess(WELL).respondent).toBe("professional");
    expect(assess(withAnswers({ asOf: "2027-01-05" })).asOf).toBe("2027-01-05");
  });

  it("points a 16-year-old to adolescent services: no level, no marker, only the urgent questions", () => {
    const answers = {
      mentalHealth: { conditions: ["bipolar"], stability: "unstable", suicidalThoughts: null },
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "moderate" }],
    } as const;
    const result = assess(withAnswers({ ...answers, age: 16 }));
    expect(result.adolescent).toEqual({ ruleId: "adolescent-services", age: 16 });
    expect(result.level).toBeNull();
    expect(result.withdrawalManagement).toBeNull();
    expect(result.coOccurringEnhanced).toBe(false);
    expect(result.nextLowerLevel).toBeNull();
    expect(result.wouldChange).toEqual([]);
    expect(result.unknowns.length).toBeGreaterThan(0);
    expect(result.unknowns.every((item) => item.urgent)).toBe(true);
    // The same answers for an adult are placed, with the co-occurring marker.
    const adult = assess(withAnswers({ ...answers, age: 30 }));
    expect(adult.adolescent).toBeNull();
    expect(adult.level).not.toBeNull();
    expect(adult.coOccurringEnhanced).toBe(true);
  });

  it("works out what would change the result only when asked to", () => {
    const withdrawalAndHousing = withAnswers({
      substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "moderate" }],
      withdrawal: { over: false, signsNow: "mild" },
      environment: { housing: "homeless" },
    });
    expect(assess(withdrawalAndHousing).wouldChange.length).toBeGreaterThan(0);
    expect(assess(withdrawalAndHousing, { wouldChange: false }).wouldChange).toEqual([]);
  });

  it("brings medication options with opioid use disorder; naloxone is a kit, not a level's treatment", () => {
    const notes = assess(
      withAnswers({ substances: [{ substance: "opioids", frequency: "daily", useDisorder: "moderate" }] }),
    ).medications;
    expect(notes.map((note) => [note.code, note.availableAtEveryLevel])).toEqual([
      ["opioid-use-disorder-medications", true],
      ["naloxone", false],
    ]);
  });
});
