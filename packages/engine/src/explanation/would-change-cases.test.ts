/**
 * "What would change the result" checks not already in would-change.test.ts or
 * explanation-properties.test.ts (those prove: each entry's level and setting on the hand-written
 * cases and 120 random adults; entries only at lower levels). Added here:
 *   - no entry ever asks to change a safety answer or a history answer (facts.ts: history and safety
 *     facts have no relief; docs/design.md "Safety first"), on hand-written and random assessments;
 *   - every change an entry names is a relief some fact defines (nothing invented);
 *   - applying an entry never clears an urgent item, except withdrawal-now items when withdrawal ends;
 *   - the worked example stated exactly (level and withdrawal-management setting), and a complicated
 *     history that is never talked away.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { assess } from "../placement/assess.js";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { dailyAlcohol, withAnswers } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { applyChanges } from "../rules/answers.js";
import { FACTS, type FactId } from "../rules/facts.js";
import type { Condition } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";

function factsIn(condition: Condition, into: Set<FactId>): Set<FactId> {
  if ("fact" in condition) into.add(condition.fact);
  else if ("all" in condition) for (const part of condition.all) factsIn(part, into);
  else if ("any" in condition) for (const part of condition.any) factsIn(part, into);
  return into;
}

const SAFETY_RULES = RULES.filter((rule) => rule.kind === "safety");
/** Answers a relief may set (to a value with no urgent need, e.g. medical.condition "stable"). */
const RELIEF_PATHS = new Set(Object.values(FACTS).flatMap((fact) => (fact.relief ?? []).map((c) => c.path)));
/**
 * Safety answers: what safety rules read (suicide, overdose, seizures now…) and no relief may set. An
 * answer shared with a relief (medical.condition, withdrawal.over) is checked by the urgent items below.
 */
const SAFETY_PATHS = new Set<string>(
  SAFETY_RULES.flatMap((rule) => [...factsIn(rule.when, new Set())])
    .flatMap((fact) => FACTS[fact].paths)
    .filter((path) => !RELIEF_PATHS.has(path)),
);
/** Urgent items that can end when withdrawal ends: the only ones a wouldChange entry may clear. */
const ENDS_WITH_WITHDRAWAL = new Set(
  SAFETY_RULES.filter((rule) =>
    [...factsIn(rule.when, new Set())].some((fact) => fact.includes("withdrawal")),
  ).map((rule) => rule.id),
);
/** History answers: what happened before, which no later answer changes. */
const HISTORY_PATHS = [
  "withdrawal.history.",
  "overdose.",
  "history.treatments",
  "history.returnsToUseAfterTreatment",
  "history.longestAbstinenceMonths",
  "substances",
  "useDisorder",
  "medical.pregnant",
  "mentalHealth.conditions",
  "age",
];
const RELIEFS = new Set(
  Object.values(FACTS).flatMap((fact) => (fact.relief ?? []).map((c) => `${c.path}=${String(c.value)}`)),
);

function checkWouldChange(assessment: Assessment): void {
  const result = assess(assessment);
  for (const entry of result.wouldChange) {
    for (const change of entry.changes) {
      expect(SAFETY_PATHS.has(change.path), change.path).toBe(false);
      expect(
        HISTORY_PATHS.some((prefix) => change.path.startsWith(prefix)),
        change.path,
      ).toBe(false);
      expect(RELIEFS.has(`${change.path}=${String(change.value)}`), change.path).toBe(true);
    }
    // Re-running on the changed answers gives exactly the stated level and setting.
    const rerun = assess(applyChanges(assessment, entry.changes), { wouldChange: false });
    const stillUrgent = new Set(rerun.urgent.map((item) => item.ruleId));
    const endsWithdrawal = entry.changes.some((c) => c.path === "withdrawal.over" && c.value === true);
    for (const item of result.urgent)
      if (!stillUrgent.has(item.ruleId))
        expect(endsWithdrawal && ENDS_WITH_WITHDRAWAL.has(item.ruleId), item.ruleId).toBe(true);
    expect({ level: rerun.level, withdrawalManagement: rerun.withdrawalManagement }).toEqual({
      level: entry.level,
      withdrawalManagement: entry.withdrawalManagement,
    });
  }
}

describe("wouldChange cases", { timeout: 120_000 }, () => {
  it("the safety and history answers it must never touch are the ones the rules read", () => {
    // A guard on the guard: the lists above are not empty and name real safety questions.
    expect(SAFETY_PATHS).toContain("mentalHealth.suicidalPlan");
    expect(SAFETY_PATHS).toContain("mentalHealth.suicidalIntent");
    expect(SAFETY_PATHS).toContain("overdose.signsNow");
    expect(SAFETY_PATHS).toContain("withdrawal.seizureNow");
    expect(SAFETY_PATHS).not.toContain("medical.condition");
    expect(ENDS_WITH_WITHDRAWAL).toContain("safety-severe-alcohol-or-sedative-withdrawal");
  });

  it.each(PLACEMENT_CASES)("never asks to change a safety or history answer: $name", ({ assessment }) => {
    checkWouldChange(assessment);
  });

  it("never asks to change a safety or history answer, on random adults' answers", () => {
    fc.assert(fc.property(arbitraryAdultAssessment, checkWouldChange), { numRuns: 200 });
  });

  it("mild withdrawal with unstable housing: IOP with withdrawal care at home once housing is stable", () => {
    // Residential is set by withdrawal that home cannot support and unstable housing (ASAM 2020 III.1;
    // seed "When You Might Need Inpatient Care"). Mild withdrawal signs now stay until they are gone
    // ("withdrawal is over" alone never erases them), so the one change that reaches IOP is a stable
    // place to live, with the mild withdrawal managed as an outpatient (ASAM 2020 VII.8).
    const assessment = withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, signsNow: "mild" },
      environment: { housing: "unstable" },
    });
    const result = assess(assessment);
    const iop = result.wouldChange.find((entry) => entry.level === "intensive-outpatient");
    expect(iop).toMatchObject({ level: "intensive-outpatient", withdrawalManagement: "ambulatory" });
    expect(iop?.changes).toEqual([{ path: "environment.housing", value: "stable" }]);
    // The next lower level is named with the need that rules it out.
    expect(result.nextLowerLevel?.unmetNeeds.map((need) => need.ruleId)).toEqual(
      expect.arrayContaining(["environment-housing-unstable"]),
    );
  });

  it("never offers a way below medically monitored care past a seizure history while withdrawal is expected", () => {
    // docs/design/domain.md §1.7: a history of withdrawal seizures makes withdrawal complicated; facts.ts gives
    // history no relief. The only way down is withdrawal being over, never "no seizures in the past".
    const assessment = withAnswers({
      substances: dailyAlcohol("severe"),
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
    });
    const result = assess(assessment);
    expect(result.level).toBe("medically-monitored-inpatient");
    for (const entry of result.wouldChange)
      expect(entry.changes.map((change) => change.path)).toEqual(["withdrawal.over", "withdrawal.signsNow"]);
    checkWouldChange(assessment);
  });
});
