/**
 * Placement proper: the least intensive level at which every known need can be met, which is the most
 * intensive of the levels the fired needs call for. Ratings are never averaged (reference/domain.md
 * §1.6.1); readiness, relapse and environment rules never name a hospital level (checked in rules tests).
 */
import { LEVEL_CROSSWALK, LEVELS_OF_CARE, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import type { Rule } from "../rules/rule.js";
import {
  LIVE_IN_WITHDRAWAL_SETTING,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  type WithdrawalManagement,
  withdrawalManagementRank,
} from "./withdrawal-management.js";

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
  const placed = LEVELS_OF_CARE[level] ?? "early-intervention";
  const withdrawalManagement = WITHDRAWAL_MANAGEMENT_SETTINGS[setting] ?? "none";
  // One coherent pair: a live-in level gives withdrawal care where the person lives, never at home.
  return {
    level: placed,
    withdrawalManagement:
      LEVEL_CROSSWALK[placed].inpatient &&
      setting >= 1 &&
      setting < withdrawalManagementRank(LIVE_IN_WITHDRAWAL_SETTING[placed])
        ? LIVE_IN_WITHDRAWAL_SETTING[placed]
        : withdrawalManagement,
  };
}
