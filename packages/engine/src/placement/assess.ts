/**
 * The engine's main entry: answers → facts → six ratings → safety gate → placement → explanation
 * (docs/architecture.md, "The one pipeline"). Pure: no clock, no I/O, no randomness.
 */
import { ASSESSMENT_MODEL_VERSION, type Assessment } from "../assessment/assessment.js";
import { findMustAsk } from "../explanation/must-ask.js";
import { buildReasons } from "../explanation/reasons.js";
import { UnknownAnswers } from "../explanation/unknown-answers.js";
import { listUnknowns } from "../explanation/unknowns.js";
import { findWouldChange } from "../explanation/would-change.js";
import { LEVELS_OF_CARE, levelRank } from "../levels/level-of-care.js";
import {
  WITHDRAWAL_CARE_IN_LIVE_IN_PROGRAM,
  type WithdrawalManagement,
} from "../levels/withdrawal-management.js";
import type { MedicationNote } from "../medications/medication-note.js";
import { voiceFor } from "../messages/describe-placement.js";
import type { Dimension, Rating } from "../ratings/dimension.js";
import type { Rule } from "../rules/rule.js";
import { RULESET_VERSION } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";
import { ASK_UNKNOWN_SAFETY_ANSWERS } from "../rules/safety-rules.js";
import { URGENT_TIERS, type UrgentItem, type UrgentTier } from "../safety/urgent-item.js";
import { decideLevelChoice } from "./level-choice.js";
import { type Placement, placeAssessment } from "./place.js";
import type {
  AssessOptions,
  DimensionRating,
  Finding,
  LevelRuledOut,
  MustAskItem,
  PlacementResult,
  Reason,
  UnknownItem,
} from "./placement-result.js";
import { CONTRIBUTION_ROLES, type RuleContribution } from "./rule-contribution.js";
import { sortStableBy } from "./stable-sort.js";

const ASK_NOW_RANK = URGENT_TIERS.indexOf("ask-now");
const URGENT_TIER_RANK = Object.fromEntries(URGENT_TIERS.map((tier, rank) => [tier, rank])) as Record<
  UrgentTier,
  number
>;

const liveInWithdrawalReasons = new Map<WithdrawalManagement, Reason>();

/** The reason a live-in level gives withdrawal care where the person lives, made once per setting. */
function liveInWithdrawalReason(withdrawalManagement: WithdrawalManagement): Reason {
  let reason = liveInWithdrawalReasons.get(withdrawalManagement);
  if (reason === undefined) {
    reason = Object.freeze({ ...WITHDRAWAL_CARE_IN_LIVE_IN_PROGRAM, withdrawalManagement });
    liveInWithdrawalReasons.set(withdrawalManagement, reason);
  }
  return reason;
}

/** A dimension's facts: the fired rules that rate it, highest rating first (rule-set order among equals). */
function dimensionRating(
  dimension: Dimension,
  rating: Rating,
  ratedBy: RuleContribution[] | null,
): DimensionRating {
  if (ratedBy === null) return { dimension, rating, facts: [] };
  for (let next = 1; next < ratedBy.length; next++) {
    const contribution = ratedBy[next] as RuleContribution;
    let slot = next;
    for (; slot > 0 && (ratedBy[slot - 1] as RuleContribution).rating < contribution.rating; slot--)
      ratedBy[slot] = ratedBy[slot - 1] as RuleContribution;
    ratedBy[slot] = contribution;
  }
  const facts: Finding[] = [];
  for (const contribution of ratedBy) facts.push(contribution.finding);
  return { dimension, rating, facts };
}

/** Runs the pipeline with a given rule set (the rule-removal tests pass a set with one rule taken out). */
export function assessWithRules(
  assessment: Assessment,
  rules: readonly Rule[],
  options: AssessOptions = {},
): PlacementResult {
  return resultOfPlacement(assessment, placeAssessment(assessment, rules), rules, options);
}

/** The result built on a placement of the assessment with the rule set (transitions reuse its evaluation). */
export function resultOfPlacement(
  assessment: Assessment,
  placement: Placement,
  rules: readonly Rule[],
  options: AssessOptions = {},
): PlacementResult {
  const { evaluation, contributions, level, withdrawalManagement, adolescentRule } = placement;
  const placed = adolescentRule === null;

  // One walk over the fired rules collects the safety gate's urgent items, the medication notes, the
  // marker and each dimension's facts; the level and setting come from place.ts. Urgent items come from
  // the facts that raise them and nothing else.
  const urgent: UrgentItem[] = [];
  // Fired ask-now items: the unknowns list and mustAsk add the questions they ask.
  const askNowFired: RuleContribution[] = [];
  const medications: MedicationNote[] = [];
  let coOccurring = false;
  const ratedBy: (RuleContribution[] | null)[] = [null, null, null, null, null, null];
  for (const at of evaluation.firedAt) {
    const contribution = contributions[at] as RuleContribution;
    switch (contribution.role) {
      case CONTRIBUTION_ROLES.urgent:
        urgent.push(contribution.urgentItem as UrgentItem);
        if (contribution.urgentRank === ASK_NOW_RANK) askNowFired.push(contribution);
        break;
      case CONTRIBUTION_ROLES.medication:
        medications.push(contribution.medicationNote as MedicationNote);
        break;
      case CONTRIBUTION_ROLES.coOccurring:
        coOccurring = true;
        break;
      case CONTRIBUTION_ROLES.rating: {
        const list = ratedBy[contribution.dimension];
        if (list === null || list === undefined) ratedBy[contribution.dimension] = [contribution];
        else list.push(contribution);
        break;
      }
    }
  }
  sortStableBy(urgent, (item) => URGENT_TIER_RANK[item.tier]);

  const rated = evaluation.ratings;
  const ratings: Record<Dimension, DimensionRating> = {
    withdrawal: dimensionRating("withdrawal", rated.withdrawal, ratedBy[0] ?? null),
    biomedical: dimensionRating("biomedical", rated.biomedical, ratedBy[1] ?? null),
    emotional: dimensionRating("emotional", rated.emotional, ratedBy[2] ?? null),
    readiness: dimensionRating("readiness", rated.readiness, ratedBy[3] ?? null),
    relapse: dimensionRating("relapse", rated.relapse, ratedBy[4] ?? null),
    environment: dimensionRating("environment", rated.environment, ratedBy[5] ?? null),
  };

  const reasons = buildReasons(contributions, evaluation.firedAt, placement.levelRank, placement.settingRank);
  if (placement.settingLifted && withdrawalManagement !== null) {
    // Among the drivers, after those that name a level (reading order: more care first).
    let at = 0;
    while (at < reasons.length && (reasons[at] as Reason).driver && (reasons[at] as Reason).level !== null)
      at++;
    reasons.push(liveInWithdrawalReason(withdrawalManagement));
    for (let slot = reasons.length - 1; slot > at; slot--) {
      const before = reasons[slot - 1] as Reason;
      reasons[slot - 1] = reasons[slot] as Reason;
      reasons[slot] = before;
    }
  }
  // Withdrawal care first in a more intensive setting, then the level the other needs call for.
  const withdrawalFirst =
    level !== null &&
    withdrawalManagement !== null &&
    withdrawalManagement !== "none" &&
    placement.levelAfterWithdrawalRank < placement.levelRank
      ? {
          setting: withdrawalManagement,
          thenLevel: LEVELS_OF_CARE[placement.levelAfterWithdrawalRank] ?? "early-intervention",
        }
      : null;

  let nextLowerLevel: LevelRuledOut | null = null;
  if (level !== null && placement.levelRank > 0) {
    const lower = placement.levelRank - 1;
    const unmetNeeds: Reason[] = [];
    for (const reason of reasons)
      if (reason.kind !== "baseline" && reason.level !== null && levelRank(reason.level) > lower)
        unmetNeeds.push(reason);
    nextLowerLevel = { level: LEVELS_OF_CARE[lower] ?? "early-intervention", unmetNeeds };
  }

  // An adolescent is not placed, so only the urgent questions remain to be asked.
  const unknownAnswers = new UnknownAnswers(assessment);
  const allUnknowns = listUnknowns(
    evaluation,
    contributions,
    unknownAnswers,
    placement.levelRank,
    placement.settingRank,
    askNowFired,
  );
  const unknowns = placed ? allUnknowns : allUnknowns.filter((item) => item.urgent);
  const wouldChange =
    level !== null && options.wouldChange !== false ? findWouldChange(placement, rules) : [];
  let provisional = assessment.mode === "self-check";
  for (let index = 0; !provisional && index < urgent.length; index++)
    provisional = (urgent[index] as UrgentItem).tier === "ask-now";
  for (let index = 0; !provisional && index < unknowns.length; index++) {
    const item = unknowns[index] as UnknownItem;
    provisional = item.couldRaiseTo !== null || item.couldRaiseWithdrawalManagementTo !== null;
  }
  // An unknown that could add an urgent item or raise the level two steps: no level is suggested yet.
  const mustAsk = findMustAsk(
    evaluation,
    contributions,
    unknownAnswers,
    placement.levelRank,
    askNowFired,
    assessment.mode,
    voiceFor({ respondent: assessment.respondent ?? "self" }),
  );
  let couldAddUrgent = false;
  for (let index = 0; !couldAddUrgent && index < mustAsk.length; index++) {
    const couldAdd = (mustAsk[index] as MustAskItem).couldAdd;
    couldAddUrgent = couldAdd !== null && couldAdd !== "ask-now";
  }
  // The urgent items so far come from fired rules only, so an ask-now item among them is a fired one.
  if (couldAddUrgent && askNowFired.length === 0) {
    const ask = ASK_UNKNOWN_SAFETY_ANSWERS.urgent as UrgentItem;
    urgent.push({ tier: ask.tier, ruleId: ASK_UNKNOWN_SAFETY_ANSWERS.id, actions: ask.actions });
  }
  if (mustAsk.length > 0) provisional = true;

  return {
    rulesetVersion: RULESET_VERSION,
    modelVersion: ASSESSMENT_MODEL_VERSION,
    asOf: assessment.asOf,
    respondent: assessment.respondent ?? "self",
    level,
    withdrawalManagement,
    withdrawalFirst,
    coOccurringEnhanced: placed && coOccurring,
    urgent,
    ratings,
    reasons,
    nextLowerLevel,
    wouldChange,
    unknowns,
    provisional,
    medications,
    adolescent: adolescentRule === null ? null : { ruleId: adolescentRule.id, age: assessment.age ?? 0 },
    levelStatus: mustAsk.length > 0 ? "needs-answers" : "suggested",
    mustAsk,
    corrections: evaluation.scales.corrections,
    choice: decideLevelChoice(assessment, level),
  };
}

/** Places a validated assessment with Stepwise's rule set. */
export function assess(assessment: Assessment, options: AssessOptions = {}): PlacementResult {
  return assessWithRules(assessment, RULES, options);
}
