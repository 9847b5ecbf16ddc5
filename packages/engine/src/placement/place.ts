/**
 * Placement proper: the least intensive level at which every known need can be met, which is the most
 * intensive of the levels the fired needs call for. Ratings are never averaged (docs/design/domain.md
 * §1.6.1); readiness, relapse and environment rules never name a hospital level (checked in rules tests).
 */
import { LEVELS_OF_CARE, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import {
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  type WithdrawalManagement,
  withdrawalManagementRank,
} from "../levels/withdrawal-management.js";
import type { Rule } from "../rules/rule.js";

export interface Placement {
  readonly level: LevelOfCare;
  readonly withdrawalManagement: WithdrawalManagement;
}

export function placeFromRules(fired: readonly Rule[]): Placement {
  let level = 0;
  let setting = 0;
  for (const rule of fired) {
    if (rule.kind !== "placement") continue;
    if (rule.minimumLevel !== undefined) {
      const rank = levelRank(rule.minimumLevel);
      if (rank > level) level = rank;
    }
    if (rule.withdrawalManagement !== undefined) {
      const rank = withdrawalManagementRank(rule.withdrawalManagement);
      if (rank > setting) setting = rank;
    }
  }
  return {
    level: LEVELS_OF_CARE[level] ?? "early-intervention",
    withdrawalManagement: WITHDRAWAL_MANAGEMENT_SETTINGS[setting] ?? "none",
  };
}
