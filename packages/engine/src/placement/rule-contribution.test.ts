/**
 * Each rule's part of a result, made once per rule set (rule-contribution.ts). Made here for a fresh copy
 * of the rule set, as the rule-removal tests make one for each rule they take out.
 */
import { describe, expect, it } from "vitest";
import { levelRank } from "../levels/level-of-care.js";
import { withdrawalManagementRank } from "../levels/withdrawal-management.js";
import { DIMENSIONS } from "../ratings/dimension.js";
import { RULES } from "../rules/ruleset.js";
import { URGENT_TIERS } from "../safety/urgent-item.js";
import { CONTRIBUTION_ROLES, contributionsOf } from "./rule-contribution.js";

const fresh = () => contributionsOf([...RULES]);

describe("each rule's contribution to a result", () => {
  it("is made once per rule set, one per rule, in rule-set order", () => {
    const rules = [...RULES];
    const contributions = contributionsOf(rules);
    expect(contributions.map((contribution) => contribution.rule)).toEqual(rules);
    expect(contributionsOf(rules)).toBe(contributions);
  });

  it("carries a safety rule's urgent item, and a medication rule's note, as the rule states them", () => {
    for (const { rule, urgentItem, urgentRank, medicationNote, role } of fresh()) {
      if (rule.kind === "safety" && rule.urgent !== undefined) {
        expect(role).toBe(CONTRIBUTION_ROLES.urgent);
        expect(urgentItem).toEqual({ tier: rule.urgent.tier, ruleId: rule.id, actions: rule.urgent.actions });
        expect(urgentRank).toBe(URGENT_TIERS.indexOf(rule.urgent.tier));
      } else expect(urgentItem, rule.id).toBeNull();
      if (rule.kind === "medication" && rule.medication !== undefined) {
        expect(role).toBe(CONTRIBUTION_ROLES.medication);
        expect(medicationNote).toEqual({
          code: rule.medication.code,
          ruleId: rule.id,
          medications: rule.medication.medications,
          // Medication for opioid use disorder fits every level of care; naloxone is a kit to carry.
          // Kits to carry and risks to know are not treatment given at a level.
          availableAtEveryLevel: ![
            "naloxone",
            "methadone-under-18",
            "opioid-sedative-overdose-risk",
            "stimulant-fentanyl-test-strips",
            "pregnancy-naltrexone",
          ].includes(rule.medication.code),
        });
      } else expect(medicationNote, rule.id).toBeNull();
    }
  });

  it("names the level and withdrawal-management setting a placement rule calls for, and none for other kinds", () => {
    for (const { rule, levelRank: level, settingRank, dimension, rating, role } of fresh()) {
      const placement = rule.kind === "placement";
      expect(level, rule.id).toBe(
        placement && rule.minimumLevel !== undefined ? levelRank(rule.minimumLevel) : -1,
      );
      expect(settingRank, rule.id).toBe(
        placement && rule.withdrawalManagement !== undefined
          ? withdrawalManagementRank(rule.withdrawalManagement)
          : -1,
      );
      expect(dimension, rule.id).toBe(rule.dimension === undefined ? -1 : DIMENSIONS.indexOf(rule.dimension));
      expect(rating, rule.id).toBe(rule.rating ?? 0);
      if (placement && rule.dimension !== undefined && rule.rating !== undefined)
        expect(role, rule.id).toBe(CONTRIBUTION_ROLES.rating);
      if (rule.kind === "adolescent") expect(role).toBe(CONTRIBUTION_ROLES.adolescent);
      if (rule.kind === "co-occurring") expect(role).toBe(CONTRIBUTION_ROLES.coOccurring);
      if (rule.kind === "consideration") expect(role).toBe(CONTRIBUTION_ROLES.other);
    }
  });

  it("gives reasons only for needs and considerations, and the starting point only when it drives the level", () => {
    for (const { rule, reason, driverReason, finding } of fresh()) {
      expect(finding).toEqual({ ruleId: rule.id });
      if (rule.kind === "safety" || rule.kind === "medication") {
        // Urgent items and medication notes have their own places in the result.
        expect(reason, rule.id).toBeNull();
        expect(driverReason, rule.id).toBeNull();
        continue;
      }
      const expected = {
        ruleId: rule.id,
        dimension: rule.dimension ?? null,
        level: rule.minimumLevel ?? null,
        withdrawalManagement: rule.withdrawalManagement ?? null,
      };
      expect(driverReason, rule.id).toMatchObject({ ...expected, driver: true });
      if (rule.kind === "placement" && rule.dimension === undefined) {
        expect(driverReason?.kind).toBe("baseline");
        expect(reason, rule.id).toBeNull();
      } else if (rule.kind === "adolescent") {
        // The redirect always leads the explanation.
        expect(reason).toMatchObject({ ...expected, kind: "adolescent", driver: true });
      } else expect(reason, rule.id).toMatchObject({ ...expected, driver: false });
    }
    const kinds = new Map(fresh().map(({ rule, driverReason }) => [rule.id, driverReason?.kind]));
    expect(kinds.get("consideration-caregiving")).toBe("consideration");
    expect(kinds.get("co-occurring-serious-mental-illness")).toBe("co-occurring");
    expect(kinds.get("relapse-severe-use")).toBe("level");
  });

  it("puts reasons in reading order: the redirect, drivers, other needs from most care down, the marker, considerations", () => {
    const byId = new Map(fresh().map((contribution) => [contribution.rule.id, contribution]));
    const order = (id: string, driver: boolean) => {
      const contribution = byId.get(id);
      if (contribution === undefined) throw new Error(`no rule ${id}`);
      return driver ? contribution.driverReasonOrder : contribution.reasonOrder;
    };
    const readingOrder = [
      order("adolescent-services", false),
      order("withdrawal-expected-sedative-type", true),
      order("relapse-severe-use", false), // residential
      order("relapse-moderate-use", false), // intensive outpatient
      order("co-occurring-serious-mental-illness", false),
      order("consideration-caregiving", false),
    ];
    expect(readingOrder).toEqual([...readingOrder].sort((a, b) => a - b));
    expect(new Set(readingOrder).size).toBe(readingOrder.length);
    // Among drivers, the one calling for more care comes first.
    expect(order("emotional-suicidal-intent-or-plan", true)).toBeLessThan(order("relapse-severe-use", true));
  });

  it("shares its parts between results only frozen, so one result cannot change another", () => {
    for (const { urgentItem, medicationNote, finding, reason, driverReason } of fresh())
      for (const part of [urgentItem, medicationNote, finding, reason, driverReason])
        if (part !== null) expect(Object.isFrozen(part)).toBe(true);
  });
});
