import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LEVEL_CROSSWALK, LEVELS_OF_CARE, levelRank } from "../levels/level-of-care.js";
import {
  LIVE_IN_WITHDRAWAL_SETTING,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  withdrawalManagementRank,
} from "../levels/withdrawal-management.js";
import { applyChanges } from "../rules/answers.js";
import { evaluateRules } from "../rules/evaluate-rules.js";
import type { Rule } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";
import { assess } from "./assess.js";
import { placeAssessment } from "./place.js";
import { arbitraryAdultAssessment } from "./testing/arbitrary-assessment.js";
import { WELL } from "./testing/assessment-builders.js";

const statement = { en: "test need", es: "necesidad de prueba" };
let made = 0;
/** A rule that always fires (a fresh id each time, as a rule set's ids are distinct). */
const need = (fields: Partial<Rule>): Rule => ({
  id: `need-${made++}`,
  kind: "placement",
  statement,
  sources: [],
  when: { always: true },
  ...fields,
});
/** Adults and people under 18. */
const arbitraryAssessment = fc
  .tuple(arbitraryAdultAssessment, fc.integer({ min: 12, max: 90 }))
  .map(([assessment, age]) => ({ ...assessment, age }));
const place = (rules: readonly Rule[]) => {
  const { level, withdrawalManagement } = placeAssessment(WELL, rules);
  return { level, withdrawalManagement };
};

// Property runs take seconds on a busy machine; the default 5-second limit would make them flaky.
describe("placeAssessment", { timeout: 120_000 }, () => {
  it("starts at early intervention with no withdrawal management when no need has fired", () => {
    expect(place([])).toEqual({ level: "early-intervention", withdrawalManagement: "none" });
    expect(place([need({ minimumLevel: "residential", when: { fact: "pregnant" } })])).toEqual({
      level: "early-intervention",
      withdrawalManagement: "none",
    });
  });

  it("takes the most intensive level and setting any need calls for, never an average", () => {
    const placement = place([
      need({ minimumLevel: "outpatient" }),
      need({ minimumLevel: "residential", withdrawalManagement: "ambulatory" }),
      need({ minimumLevel: "intensive-outpatient", withdrawalManagement: "medically-monitored" }),
      need({ withdrawalManagement: "residential" }),
    ]);
    expect(placement).toEqual({ level: "residential", withdrawalManagement: "medically-monitored" });
  });

  it("lets only placement rules set the level: a safety item or a consideration is not a need", () => {
    const placement = place([
      need({
        kind: "safety",
        minimumLevel: "medically-managed-inpatient",
        withdrawalManagement: "medically-managed",
      }),
      need({ kind: "consideration", minimumLevel: "residential" }),
      need({ minimumLevel: "outpatient" }),
    ]);
    expect(placement).toEqual({ level: "outpatient", withdrawalManagement: "none" });
  });

  it("places no one under 18: the adolescent rule points to adolescent services instead", () => {
    const redirect = need({ kind: "adolescent" });
    const placement = placeAssessment(WELL, [need({ minimumLevel: "residential" }), redirect]);
    expect(placement.adolescentRule).toBe(redirect);
    expect([
      placement.level,
      placement.withdrawalManagement,
      placement.levelRank,
      placement.settingRank,
    ]).toEqual([null, null, -1, -1]);
  });

  it("on Stepwise's rules, is the most intensive level and setting among the fired placement rules", () => {
    fc.assert(
      fc.property(arbitraryAssessment, (assessment) => {
        const placement = placeAssessment(assessment, RULES);
        const fired = evaluateRules(assessment, RULES).fired;
        if (fired.some((rule) => rule.kind === "adolescent")) {
          expect(placement.level).toBeNull();
          return;
        }
        const needs = fired.filter((rule) => rule.kind === "placement");
        const level = Math.max(
          0,
          ...needs.map((rule) => (rule.minimumLevel ? levelRank(rule.minimumLevel) : 0)),
        );
        const setting = Math.max(
          0,
          ...needs.map((rule) =>
            rule.withdrawalManagement ? withdrawalManagementRank(rule.withdrawalManagement) : 0,
          ),
        );
        expect(placement.level).toBe(LEVELS_OF_CARE[level]);
        // A live-in level gives withdrawal care where the person lives: it raises a setting below its own.
        const placed = LEVELS_OF_CARE[level] ?? "early-intervention";
        const liveIn = withdrawalManagementRank(LIVE_IN_WITHDRAWAL_SETTING[placed]);
        const coherent =
          LEVEL_CROSSWALK[placed].inpatient && setting >= 1 && setting < liveIn ? liveIn : setting;
        expect(placement.withdrawalManagement).toBe(WITHDRAWAL_MANAGEMENT_SETTINGS[coherent]);
      }),
      { numRuns: 300 },
    );
  });

  it("is the one placement: assess gives its level, and each 'what would change it' entry is what assess gives the changed answers", () => {
    fc.assert(
      fc.property(arbitraryAdultAssessment, (assessment) => {
        const placement = placeAssessment(assessment, RULES);
        const result = assess(assessment);
        expect([result.level, result.withdrawalManagement]).toEqual([
          placement.level,
          placement.withdrawalManagement,
        ]);
        for (const entry of result.wouldChange) {
          const changed = assess(applyChanges(assessment, entry.changes), { wouldChange: false });
          expect([changed.level, changed.withdrawalManagement]).toEqual([
            entry.level,
            entry.withdrawalManagement,
          ]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
