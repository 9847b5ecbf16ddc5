import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { validateAssessment } from "../assessment/validate-assessment.js";
import { LEVEL_CROSSWALK, levelRank } from "../levels/level-of-care.js";
import { withdrawalManagementRank } from "../levels/withdrawal-management.js";
import { CHANGE_TEXTS } from "../messages/change-texts.js";
import { describePlacement } from "../messages/describe-placement.js";
import { FINDING_TEXTS } from "../messages/finding-texts.js";
import { renderText } from "../messages/message-text.js";
import { URGENT_ACTION_TEXTS } from "../messages/name-texts.js";
import { QUESTION_TEXTS } from "../messages/question-texts.js";
import { RULES } from "../rules/ruleset.js";
import { assess } from "./assess.js";
import type { PlacementResult } from "./placement-result.js";
import { arbitraryAdultAssessment, setAnswer } from "./testing/arbitrary-assessment.js";
import { PLACEMENT_CASES } from "./testing/placement-cases.js";

/**
 * A result never contradicts itself: the level and the withdrawal-management setting are one coherent
 * pair, no reason that a higher need supersedes is shown as if it applied, and no note speaks against the
 * level. Checked on every documented example, every hand-written case and random adults' answers.
 */
const examplesFolder = new URL("../../../../docs/examples/", import.meta.url);

function documentedExamples(): { name: string; assessment: Assessment }[] {
  return readdirSync(examplesFolder)
    .filter((name) => name.endsWith(".json"))
    .flatMap((name) => {
      const validation = validateAssessment(JSON.parse(readFileSync(new URL(name, examplesFolder), "utf8")));
      return validation.ok ? [{ name, assessment: validation.assessment }] : [];
    });
}

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
const AT_HOME = /while living at home|let (you|them) keep going|can be managed at home/i;

function expectCoherent(result: PlacementResult): void {
  if (result.level === null || result.withdrawalManagement === null) return;
  const liveIn = LEVEL_CROSSWALK[result.level].inpatient;
  const setting = withdrawalManagementRank(result.withdrawalManagement);
  // A live-in level never comes with withdrawal care at home; a live-in setting needs a live-in level.
  if (liveIn) expect(result.withdrawalManagement).not.toBe("ambulatory");
  if (setting >= withdrawalManagementRank("residential")) expect(liveIn).toBe(true);
  // "First withdrawal care, then …" names a level below the one withdrawal care needs.
  if (result.withdrawalFirst !== null) {
    expect(result.withdrawalManagement).not.toBe("none");
    expect(levelRank(result.withdrawalFirst.thenLevel)).toBeLessThan(levelRank(result.level));
  }
  for (const reason of result.reasons) {
    if (reason.driver) continue;
    // A need below the level or the setting is superseded and not shown.
    if (reason.level !== null)
      expect(levelRank(reason.level)).toBeGreaterThanOrEqual(levelRank(result.level));
    if (reason.withdrawalManagement !== null && reason.withdrawalManagement !== "none")
      expect(withdrawalManagementRank(reason.withdrawalManagement)).toBeGreaterThanOrEqual(setting);
    const shownAt = RULE_BY_ID.get(reason.ruleId)?.shownAt;
    if (shownAt?.from !== undefined)
      expect(levelRank(result.level)).toBeGreaterThanOrEqual(levelRank(shownAt.from));
    if (shownAt?.upTo !== undefined)
      expect(levelRank(result.level)).toBeLessThanOrEqual(levelRank(shownAt.upTo));
  }
  // In words: nothing under a live-in level says care happens at home or lets the person keep working.
  if (liveIn)
    for (const voice of ["second-person", "third-person"] as const) {
      const words = describePlacement(result, "en", voice);
      expect(words.withdrawalManagement ?? "").not.toMatch(AT_HOME);
      for (const text of words.reasons) expect(text).not.toMatch(AT_HOME);
    }
}

describe("a result that never contradicts itself", { timeout: 120_000 }, () => {
  it.each(documentedExamples())("holds for the documented example $name", ({ assessment }) => {
    expectCoherent(assess(assessment));
  });

  it.each(PLACEMENT_CASES)("holds for the hand-written case: $name", ({ assessment }) => {
    expectCoherent(assess(assessment));
  });

  it("holds for any adult's answers, whoever answers", () => {
    fc.assert(
      fc.property(
        arbitraryAdultAssessment,
        fc.constantFrom("self", "family-or-friend", "professional"),
        (assessment, respondent) => {
          expectCoherent(assess(setAnswer(assessment, "respondent", respondent), { wouldChange: false }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("says 'first withdrawal care, then …' when withdrawal care needs more than the other needs", () => {
    const result = assess({
      modelVersion: "1",
      asOf: "2026-12-05",
      mode: "clinician",
      respondent: "professional",
      age: 44,
      substances: [{ substance: "alcohol", frequency: "daily", amount: "heavy", useDisorder: "moderate" }],
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
    });
    expect(result.level).toBe("medically-monitored-inpatient");
    expect(result.withdrawalFirst).toEqual({
      setting: "medically-monitored",
      thenLevel: "intensive-outpatient",
    });
    expect(describePlacement(result, "en").sequence).toBe(
      "First: Withdrawal care with nurses day and night. Then: Intensive outpatient (IOP).",
    );
    expect(describePlacement(result, "es").sequence).toMatch(/^Primero: .+\. Después: .+\.$/);
  });
});

describe("urgent and note texts fit who reads them", () => {
  it("never tell a family member or professional 'do not stay alone'", () => {
    for (const rule of RULES) {
      const text = FINDING_TEXTS[rule.id];
      if (rule.urgent === undefined || text === undefined) continue;
      expect(renderText(text, "en", "third-person")).not.toMatch(/do not stay alone/i);
      for (const action of rule.urgent.actions) {
        const words = URGENT_ACTION_TEXTS[action];
        expect(renderText(words, "en", "third-person")).not.toMatch(/do not stay alone/i);
      }
    }
  });

  it("do not use masculine-only Spanish for a person whose gender is unknown", () => {
    const masculineOnly = /\b(se quede solo|listo para|inseguro|solo en casa)\b/i;
    for (const text of [
      ...Object.values(FINDING_TEXTS),
      ...Object.values(QUESTION_TEXTS),
      ...Object.values(CHANGE_TEXTS),
    ])
      for (const voice of ["second-person", "third-person"] as const)
        expect(renderText(text, "es", voice)).not.toMatch(masculineOnly);
  });

  it("speak of a danger to others only together with a danger to oneself, as the answer asks", () => {
    const text = FINDING_TEXTS["emotional-danger-now"];
    expect(text && renderText(text, "en", "second-person")).toMatch(/yourself or someone else/);
  });
});
