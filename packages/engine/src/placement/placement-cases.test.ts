import { describe, expect, it } from "vitest";
import { LEVELS_OF_CARE } from "../levels/level-of-care.js";
import { WITHDRAWAL_MANAGEMENT_SETTINGS } from "../levels/withdrawal-management.js";
import { assess } from "./assess.js";
import { PLACEMENT_CASES } from "./testing/placement-cases.js";

describe("hand-written placement cases (reasons in testing/placement-cases.ts)", () => {
  it.each(PLACEMENT_CASES)("$name", (testCase) => {
    const result = assess(testCase.assessment);
    expect({ level: result.level, withdrawalManagement: result.withdrawalManagement }).toEqual({
      level: testCase.level,
      withdrawalManagement: testCase.withdrawalManagement,
    });
    for (const item of testCase.urgent ?? [])
      expect(result.urgent).toContainEqual(expect.objectContaining({ tier: item.tier, ruleId: item.ruleId }));
    if (testCase.coOccurringEnhanced !== undefined)
      expect(result.coOccurringEnhanced).toBe(testCase.coOccurringEnhanced);
    if (testCase.medications !== undefined)
      expect(result.medications.map((note) => note.code).sort()).toEqual([...testCase.medications].sort());
    if (testCase.provisional !== undefined) expect(result.provisional).toBe(testCase.provisional);
    const drivers = result.reasons.filter((reason) => reason.driver).map((reason) => reason.ruleId);
    for (const driver of testCase.drivers ?? []) expect(drivers).toContain(driver);
  });

  it("cover every level of care and every withdrawal-management setting", () => {
    const levels = new Set(PLACEMENT_CASES.map((testCase) => testCase.level));
    const settings = new Set(PLACEMENT_CASES.map((testCase) => testCase.withdrawalManagement));
    expect(LEVELS_OF_CARE.filter((level) => !levels.has(level))).toEqual([]);
    expect(WITHDRAWAL_MANAGEMENT_SETTINGS.filter((setting) => !settings.has(setting))).toEqual([]);
    expect(PLACEMENT_CASES.length).toBeGreaterThanOrEqual(30);
  });
});
