import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVEL_CROSSWALK, levelRank } from "../levels/level-of-care.js";
import {
  WITHDRAWAL_CARE_IN_LIVE_IN_PROGRAM,
  withdrawalManagementRank,
} from "../levels/withdrawal-management.js";
import { assess } from "../placement/assess.js";
import type { PlacementResult, Reason } from "../placement/placement-result.js";
import { arbitraryAdultAssessment } from "../placement/testing/arbitrary-assessment.js";
import { withAnswers } from "../placement/testing/assessment-builders.js";
import { PLACEMENT_CASES } from "../placement/testing/placement-cases.js";
import { evaluateRules } from "../rules/evaluate-rules.js";
import type { Rule } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";

/**
 * The explanation's promises, checked on every hand-written case and on random adults' answers (with a
 * few adolescents): what a reason is, which reasons drive the result, the order a reader meets them in,
 * and what each "what would change it" entry offers.
 */
const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
const ruleOf = (id: string): Rule => {
  const rule = RULE_BY_ID.get(id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  return rule;
};

function expectedKind(rule: Rule): Reason["kind"] {
  if (rule.kind === "co-occurring" || rule.kind === "consideration" || rule.kind === "adolescent")
    return rule.kind;
  if (rule.dimension === undefined) return "baseline";
  // A need that only calls for a withdrawal-management setting; any other need (a level, or a rating alone).
  return rule.minimumLevel === undefined && rule.withdrawalManagement !== undefined
    ? "withdrawal-management"
    : "level";
}

function expectedDriver(rule: Rule, result: PlacementResult): boolean {
  if (rule.kind === "adolescent") return true;
  if (rule.kind !== "placement") return false;
  const setsLevel = result.level !== null && rule.minimumLevel === result.level;
  const setsSetting =
    result.withdrawalManagement !== null &&
    result.withdrawalManagement !== "none" &&
    rule.withdrawalManagement === result.withdrawalManagement;
  return setsLevel || setsSetting;
}

function superseded(rule: Rule, result: PlacementResult): boolean {
  if (result.level === null) return false;
  const belowLevel =
    rule.minimumLevel !== undefined && levelRank(rule.minimumLevel) < levelRank(result.level);
  const belowSetting =
    rule.withdrawalManagement !== undefined &&
    rule.withdrawalManagement !== "none" &&
    withdrawalManagementRank(rule.withdrawalManagement) <
      withdrawalManagementRank(result.withdrawalManagement ?? "none");
  return belowLevel || belowSetting;
}

function fitsLevel(rule: Rule, result: PlacementResult): boolean {
  const shownAt = rule.shownAt;
  if (shownAt === undefined) return true;
  if (result.level === null) return shownAt.from === undefined;
  const rank = levelRank(result.level);
  return (
    (shownAt.from === undefined || rank >= levelRank(shownAt.from)) &&
    (shownAt.upTo === undefined || rank <= levelRank(shownAt.upTo))
  );
}

/** The groups a reader meets in turn: the adolescent notice, what set the result, other needs, the marker, considerations. */
const READING_GROUPS = ["adolescent", "driver", "need", "co-occurring", "consideration"] as const;
function readingGroup(reason: Reason): number {
  if (reason.kind === "adolescent") return READING_GROUPS.indexOf("adolescent");
  if (reason.driver) return READING_GROUPS.indexOf("driver");
  if (reason.kind === "co-occurring" || reason.kind === "consideration")
    return READING_GROUPS.indexOf(reason.kind);
  return READING_GROUPS.indexOf("need");
}

/** Reasons come group by group; within a group, the one calling for more care first (none last). */
function expectReadingOrder(reasons: readonly Reason[]): void {
  for (let index = 1; index < reasons.length; index++) {
    const earlier = reasons[index - 1] as Reason;
    const later = reasons[index] as Reason;
    expect(readingGroup(later)).toBeGreaterThanOrEqual(readingGroup(earlier));
    if (readingGroup(later) === readingGroup(earlier)) {
      const care = (reason: Reason) => (reason.level === null ? -1 : levelRank(reason.level));
      expect(care(earlier)).toBeGreaterThanOrEqual(care(later));
    }
  }
}

function checkExplanation(assessment: Parameters<typeof assess>[0]): void {
  const result = assess(assessment);
  const fired = evaluateRules(assessment, RULES).fired;
  // Every reason is a fired rule, never a safety item or a medication note (those have their own lists).
  const reasonIds = result.reasons.map((reason) => reason.ruleId);
  expect(new Set(reasonIds).size).toBe(reasonIds.length);
  for (const reason of result.reasons) {
    // A live-in level takes over withdrawal care that could have been given at home: its own reason.
    if (reason.ruleId === WITHDRAWAL_CARE_IN_LIVE_IN_PROGRAM.ruleId) {
      expect(reason).toMatchObject({ driver: true, withdrawalManagement: result.withdrawalManagement });
      expect(LEVEL_CROSSWALK[result.level ?? "early-intervention"].inpatient).toBe(true);
      continue;
    }
    const rule = ruleOf(reason.ruleId);
    expect(fired).toContain(rule);
    expect(["safety", "medication"]).not.toContain(rule.kind);
    expect(reason.kind).toBe(expectedKind(rule));
    expect(reason.driver).toBe(expectedDriver(rule, result));
    expect(reason.level).toBe(rule.minimumLevel ?? null);
    expect(reason.withdrawalManagement).toBe(rule.withdrawalManagement ?? null);
    expect(reason.dimension).toBe(rule.dimension ?? null);
    // The starting point is a reason only when it is what set the level.
    if (reason.kind === "baseline") expect(reason.driver).toBe(true);
  }
  // Every fired rule that explains the level is there (baseline only as the driver), except a need a
  // higher one supersedes (it would name a lower level or setting than the result gives) and a note
  // outside the levels it fits.
  for (const rule of fired) {
    if (rule.kind === "safety" || rule.kind === "medication") continue;
    if (expectedKind(rule) === "baseline" && !expectedDriver(rule, result)) continue;
    if (!expectedDriver(rule, result) && superseded(rule, result)) {
      expect(reasonIds).not.toContain(rule.id);
      continue;
    }
    if (!fitsLevel(rule, result)) {
      expect(reasonIds).not.toContain(rule.id);
      continue;
    }
    expect(reasonIds).toContain(rule.id);
  }
  expectReadingOrder(result.reasons);

  // What would change it: only lower levels, each once, each naming fired placement rules and changes.
  if (result.level === null) expect(result.wouldChange).toEqual([]);
  const levels = result.wouldChange.map((entry) => entry.level);
  expect(new Set(levels).size).toBe(levels.length);
  for (const entry of result.wouldChange) {
    expect(levelRank(entry.level)).toBeLessThan(levelRank(result.level ?? "early-intervention"));
    expect(entry.ruleIds.length).toBeGreaterThan(0);
    expect(entry.changes.length).toBeGreaterThan(0);
    for (const ruleId of entry.ruleIds) {
      const rule = ruleOf(ruleId);
      expect(fired).toContain(rule);
      expect(rule.kind).toBe("placement");
      expect(levelRank(rule.minimumLevel ?? "early-intervention")).toBeGreaterThan(levelRank(entry.level));
    }
  }
}

describe("explanation properties", { timeout: 120_000 }, () => {
  it.each(PLACEMENT_CASES)("hold for the hand-written case: $name", ({ assessment }) => {
    checkExplanation(assessment);
  });

  it("hold for any adult's answers, known or unknown", () => {
    fc.assert(fc.property(arbitraryAdultAssessment, checkExplanation), { numRuns: 300 });
  });

  it("hold for someone under 18, whose only reason is the adolescent notice and who is not placed", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, fc.integer({ min: 12, max: 17 }), (adult, age) => {
        const assessment = withAnswers({ age }, adult);
        checkExplanation(assessment);
        const result = assess(assessment);
        expect(result.reasons[0]).toMatchObject({ kind: "adolescent", driver: true });
      }),
      { numRuns: 50 },
    );
  });
});
