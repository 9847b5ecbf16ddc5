import { describe, expect, it } from "vitest";
import { levelRank } from "../levels/level-of-care.js";
import { DIMENSIONS_THAT_CANNOT_JUSTIFY_HOSPITAL_CARE } from "../ratings/dimension.js";
import { readsRatings } from "./evaluate-rules.js";
import { FACT_IDS, FACTS, type FactId } from "./facts.js";
import type { Condition } from "./rule.js";
import { RULES } from "./ruleset.js";
import { SOURCES } from "./sources.js";
import { TRANSITION_RULES } from "./transition-rules.js";

function factsIn(condition: Condition, into: Set<FactId>): Set<FactId> {
  if ("fact" in condition) into.add(condition.fact);
  else if ("all" in condition) for (const part of condition.all) factsIn(part, into);
  else if ("any" in condition) for (const part of condition.any) factsIn(part, into);
  return into;
}

describe("the rule set as data", () => {
  it("gives every rule a unique id, a statement in both languages and at least one known source", () => {
    const ids = [...RULES.map((rule) => rule.id), ...TRANSITION_RULES.map((rule) => rule.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of [...RULES, ...TRANSITION_RULES]) {
      expect(rule.statement.en.length).toBeGreaterThan(20);
      expect(rule.statement.es.length).toBeGreaterThan(20);
      expect(rule.statement.es).not.toBe(rule.statement.en);
      expect(rule.sources.length).toBeGreaterThan(0);
      for (const source of rule.sources) expect(Object.keys(SOURCES)).toContain(source);
    }
  });

  it("never lets readiness, relapse or environment needs call for a hospital level", () => {
    for (const rule of RULES)
      if (
        rule.dimension !== undefined &&
        DIMENSIONS_THAT_CANNOT_JUSTIFY_HOSPITAL_CARE.includes(rule.dimension)
      )
        expect(levelRank(rule.minimumLevel ?? "early-intervention")).toBeLessThanOrEqual(
          levelRank("residential"),
        );
  });

  it("keeps rules that set ratings from reading ratings, so evaluation has no loop", () => {
    for (const rule of RULES) if (rule.rating !== undefined) expect(readsRatings(rule.when)).toBe(false);
  });

  it("uses every fact in some rule", () => {
    const used = new Set<FactId>();
    for (const rule of RULES) factsIn(rule.when, used);
    expect(FACT_IDS.filter((id) => !used.has(id))).toEqual([]);
  });

  it("gives safety rules an urgent item and medication rules their medicines", () => {
    for (const rule of RULES) {
      if (rule.kind === "safety") expect(rule.urgent?.actions.length).toBeGreaterThan(0);
      if (rule.kind === "medication") expect(rule.medication?.medications.length).toBeGreaterThan(0);
    }
  });

  it("never relieves a safety fact: no later answer may explain a crisis away", () => {
    for (const rule of RULES)
      if (rule.kind === "safety" && rule.urgent?.tier !== "ask-now")
        for (const fact of factsIn(rule.when, new Set())) {
          // Withdrawal that is over is the one change that may end a withdrawal item (facts.ts).
          if (fact.endsWith("withdrawal-ongoing")) continue;
          expect({ fact, relief: FACTS[fact].relief }).toEqual({ fact, relief: null });
        }
  });
});

describe("placement rules and ratings", () => {
  it("never read ratings, so wouldChange can undo them through their facts alone", () => {
    for (const rule of RULES) if (rule.kind === "placement") expect(readsRatings(rule.when)).toBe(false);
  });
});
