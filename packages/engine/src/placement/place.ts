/**
 * Placement proper, stated once: the answers are evaluated by the rules (rules/evaluate-rules.ts), and the
 * level is the least intensive one at which every known need can be met, which is the most intensive of the
 * levels the fired placement rules call for; the withdrawal-management setting likewise. Ratings are never
 * averaged (docs/design/domain.md §1.6.1). Someone under 18 is not placed: the result points to adolescent
 * services. `assess` builds its result on this placement, and `wouldChange` re-places changed answers with
 * it, so the two can never disagree.
 */
import type { Assessment } from "../assessment/assessment.js";
import { LEVEL_CROSSWALK, LEVELS_OF_CARE, type LevelOfCare } from "../levels/level-of-care.js";
import {
  LIVE_IN_WITHDRAWAL_SETTING,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  type WithdrawalManagement,
  withdrawalManagementRank,
} from "../levels/withdrawal-management.js";
import { evaluateRules, type RuleEvaluation } from "../rules/evaluate-rules.js";
import type { Rule } from "../rules/rule.js";
import { CONTRIBUTION_ROLES, contributionsOf, type RuleContribution } from "./rule-contribution.js";

export interface Placement {
  readonly evaluation: RuleEvaluation;
  /** Each rule's contribution, by its position in the rule set (rule-contribution.ts). */
  readonly contributions: readonly RuleContribution[];
  /** Null only for someone under 18 (see `adolescentRule`). */
  readonly level: LevelOfCare | null;
  readonly withdrawalManagement: WithdrawalManagement | null;
  /** The level's position in LEVELS_OF_CARE; -1 when no level is placed. */
  readonly levelRank: number;
  /** The setting's position in WITHDRAWAL_MANAGEMENT_SETTINGS; -1 when no level is placed. */
  readonly settingRank: number;
  /** The rule that pointed the person to adolescent services instead of placing them, if one fired. */
  readonly adolescentRule: Rule | null;
  /** True when the live-in level raised withdrawal care that could be given at home to its own setting. */
  readonly settingLifted: boolean;
  /** The level the needs other than withdrawal call for: where care goes once withdrawal care is done. */
  readonly levelAfterWithdrawalRank: number;
}

export function placeAssessment(assessment: Assessment, rules: readonly Rule[]): Placement {
  const evaluation = evaluateRules(assessment, rules);
  const contributions = contributionsOf(rules);
  // A contribution's level and setting ranks are -1 unless its rule is a placement rule that names one.
  let levelRank = 0;
  let settingRank = 0;
  let levelAfterWithdrawalRank = 0;
  let adolescentRule: Rule | null = null;
  for (const at of evaluation.firedAt) {
    const contribution = contributions[at] as RuleContribution;
    if (contribution.levelRank > levelRank) levelRank = contribution.levelRank;
    if (contribution.settingRank > settingRank) settingRank = contribution.settingRank;
    if (contribution.dimension !== 0 && contribution.levelRank > levelAfterWithdrawalRank)
      levelAfterWithdrawalRank = contribution.levelRank;
    if (contribution.role === CONTRIBUTION_ROLES.adolescent) adolescentRule ??= contribution.rule;
  }
  if (adolescentRule !== null)
    return {
      evaluation,
      contributions,
      level: null,
      withdrawalManagement: null,
      levelRank: -1,
      settingRank: -1,
      adolescentRule,
      settingLifted: false,
      levelAfterWithdrawalRank: -1,
    };
  const level = LEVELS_OF_CARE[levelRank] ?? "early-intervention";
  // One coherent pair: a live-in level gives withdrawal care where the person lives, never at home; it
  // raises a setting below its own and never lowers one (SAMHSA TIP 45 ch. 2; ASAM 2020 III.1).
  const liveIn = withdrawalManagementRank(LIVE_IN_WITHDRAWAL_SETTING[level]);
  const settingLifted = LEVEL_CROSSWALK[level].inpatient && settingRank >= 1 && settingRank < liveIn;
  if (settingLifted) settingRank = liveIn;
  return {
    evaluation,
    contributions,
    level,
    withdrawalManagement: WITHDRAWAL_MANAGEMENT_SETTINGS[settingRank] ?? "none",
    levelRank,
    settingRank,
    adolescentRule: null,
    settingLifted,
    levelAfterWithdrawalRank,
  };
}
