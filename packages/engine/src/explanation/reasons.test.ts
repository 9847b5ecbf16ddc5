import { describe, expect, it } from "vitest";
import { levelRank } from "../levels/level-of-care.js";
import { assess } from "../placement/assess.js";
import { WELL, withAnswers } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";

function caseNamed(name: string) {
  const found = PLACEMENT_CASES.find((testCase) => testCase.name === name);
  if (found === undefined) throw new Error(`no case "${name}"`);
  return found.assessment;
}

describe("reasons", () => {
  it("start from the check-in only when nothing known raised the level", () => {
    expect(assess(WELL).reasons).toEqual([
      {
        ruleId: "baseline-check-in",
        kind: "baseline",
        dimension: null,
        level: "early-intervention",
        withdrawalManagement: null,
        driver: true,
      },
    ]);
    const raised = assess(caseNamed("moderate alcohol use disorder")).reasons.map((reason) => reason.ruleId);
    expect(raised).not.toContain("baseline-check-in");
  });

  it("put drivers first, then other needs from most to least care, then the co-occurring marker, then considerations", () => {
    const result = assess(
      withAnswers({
        substances: [{ substance: "alcohol", frequency: "daily", useDisorder: "moderate" }],
        withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
        mentalHealth: { stability: "some-symptoms" },
        obligations: { work: true },
      }),
    );
    const kinds = result.reasons.map((reason) => [reason.ruleId, reason.kind, reason.driver]);
    expect(kinds[0]).toEqual(["withdrawal-expected-with-complicated-history", "level", true]);
    // At a live-in level the work note is about time away, not "outpatient lets you keep going".
    expect(kinds.at(-1)).toEqual(["consideration-work-or-school-time-away", "consideration", false]);
    expect(kinds.at(-2)).toEqual(["co-occurring-mental-health-need", "co-occurring", false]);
    const others = result.reasons.filter((reason) => !reason.driver && reason.kind === "level");
    const ranks = others.map((reason) => levelRank(reason.level ?? "early-intervention"));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // Needs the higher one supersedes (intensive outpatient, outpatient) are not shown as if they applied;
    // the withdrawal rating still lists them.
    expect(others).toEqual([]);
    expect(result.reasons.map((reason) => reason.ruleId)).not.toContain("emotional-some-symptoms");
    expect(result.ratings.withdrawal.facts.map((finding) => finding.ruleId)).toContain(
      "withdrawal-expected-sedative-type",
    );
  });

  it("mark as drivers the needs that set the withdrawal-management setting, not only the level", () => {
    const result = assess(caseNamed("daily drinking, mild withdrawal, supportive home"));
    const driver = (ruleId: string) => result.reasons.find((reason) => reason.ruleId === ruleId)?.driver;
    expect(result.withdrawalManagement).toBe("ambulatory");
    expect(driver("withdrawal-mild-now")).toBe(true);
    expect(driver("relapse-moderate-use")).toBe(true);
    expect(result.reasons.find((reason) => reason.ruleId === "withdrawal-mild-now")).toMatchObject({
      withdrawalManagement: "ambulatory",
      level: "outpatient",
      dimension: "withdrawal",
    });
  });

  it("never call a need a driver when no withdrawal care is needed and its level is lower", () => {
    const result = assess(caseNamed("mild disorder without stable housing"));
    expect(result.reasons.filter((reason) => reason.driver).map((reason) => reason.ruleId)).toEqual([
      "environment-housing-unstable",
    ]);
  });

  it("lead with the adolescent redirect", () => {
    const result = assess(
      withAnswers({
        age: 15,
        substances: [{ substance: "cannabis", frequency: "daily", useDisorder: "moderate" }],
      }),
    );
    expect(result.reasons[0]).toMatchObject({
      ruleId: "adolescent-services",
      kind: "adolescent",
      driver: true,
    });
    expect(result.level).toBeNull();
    expect(result.coOccurringEnhanced).toBe(false);
  });
});
