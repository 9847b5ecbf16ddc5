/**
 * The engine's main entry: answers → facts → six ratings → safety gate → placement → explanation
 * (DESIGN.md "The one pipeline"). Pure: no clock, no I/O, no randomness.
 */
import { ASSESSMENT_MODEL_VERSION, type Assessment } from "../assessment/assessment.js";
import { buildReasons } from "../explanation/reasons.js";
import { listUnknowns } from "../explanation/unknowns.js";
import { findWouldChange } from "../explanation/would-change.js";
import { LEVELS_OF_CARE, levelRank } from "../levels/level-of-care.js";
import type { Dimension, Rating } from "../ratings/dimension.js";
import { evaluateRules } from "../rules/evaluate-rules.js";
import type { Rule } from "../rules/rule.js";
import { RULESET_VERSION } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";
import { URGENT_TIERS, type UrgentItem, type UrgentTier } from "../safety/urgent-item.js";
import { decideLevelChoice } from "./level-choice.js";
import { placeFromRules } from "./place.js";
import type {
  AssessOptions,
  DimensionRating,
  Finding,
  LevelRuledOut,
  MedicationNote,
  PlacementResult,
} from "./placement-result.js";

const URGENT_TIER_RANK = Object.fromEntries(URGENT_TIERS.map((tier, rank) => [tier, rank])) as Record<
  UrgentTier,
  number
>;

/** A dimension's facts: the fired rules that rate it, highest rating first (rule-set order among equals). */
function dimensionRating(dimension: Dimension, rating: Rating, ratedBy: Rule[]): DimensionRating {
  for (let next = 1; next < ratedBy.length; next++) {
    const rule = ratedBy[next] as Rule;
    let slot = next;
    for (; slot > 0 && ((ratedBy[slot - 1] as Rule).rating ?? 0) < (rule.rating ?? 0); slot--)
      ratedBy[slot] = ratedBy[slot - 1] as Rule;
    ratedBy[slot] = rule;
  }
  const facts: Finding[] = [];
  for (const rule of ratedBy) facts.push({ ruleId: rule.id });
  return { dimension, rating, facts };
}

/** Runs the pipeline with a given rule set (the rule-removal tests pass a set with one rule taken out). */
export function assessWithRules(
  assessment: Assessment,
  rules: readonly Rule[],
  options: AssessOptions = {},
): PlacementResult {
  const evaluation = evaluateRules(assessment, rules);
  const { fired } = evaluation;

  // One walk over the fired rules collects the safety gate's urgent items, the medication notes and the
  // markers. Urgent items come from the facts that raise them and nothing else.
  const urgent: UrgentItem[] = [];
  const medications: MedicationNote[] = [];
  let adolescentRule: Rule | undefined;
  let coOccurring = false;
  const ratedBy: Record<Dimension, Rule[]> = {
    withdrawal: [],
    biomedical: [],
    emotional: [],
    readiness: [],
    relapse: [],
    environment: [],
  };
  for (const rule of fired) {
    if (rule.kind === "safety" && rule.urgent !== undefined)
      urgent.push({ tier: rule.urgent.tier, ruleId: rule.id, actions: rule.urgent.actions });
    else if (rule.kind === "medication" && rule.medication !== undefined)
      medications.push({
        code: rule.medication.code,
        ruleId: rule.id,
        medications: rule.medication.medications,
        availableAtEveryLevel: rule.medication.code !== "naloxone",
      });
    else if (rule.kind === "adolescent") adolescentRule ??= rule;
    else if (rule.kind === "co-occurring") coOccurring = true;
    else if (rule.kind === "placement" && rule.dimension !== undefined && rule.rating !== undefined)
      ratedBy[rule.dimension].push(rule);
  }
  if (urgent.length > 1) urgent.sort((a, b) => URGENT_TIER_RANK[a.tier] - URGENT_TIER_RANK[b.tier]);

  const placement = placeFromRules(fired);
  const level = adolescentRule === undefined ? placement.level : null;
  const withdrawalManagement = adolescentRule === undefined ? placement.withdrawalManagement : null;

  const rated = evaluation.ratings;
  const ratings: Record<Dimension, DimensionRating> = {
    withdrawal: dimensionRating("withdrawal", rated.withdrawal, ratedBy.withdrawal),
    biomedical: dimensionRating("biomedical", rated.biomedical, ratedBy.biomedical),
    emotional: dimensionRating("emotional", rated.emotional, ratedBy.emotional),
    readiness: dimensionRating("readiness", rated.readiness, ratedBy.readiness),
    relapse: dimensionRating("relapse", rated.relapse, ratedBy.relapse),
    environment: dimensionRating("environment", rated.environment, ratedBy.environment),
  };

  const reasons = buildReasons(fired, level, withdrawalManagement);

  let nextLowerLevel: LevelRuledOut | null = null;
  if (level !== null && levelRank(level) > 0) {
    const lower = LEVELS_OF_CARE[levelRank(level) - 1] ?? "early-intervention";
    nextLowerLevel = {
      level: lower,
      unmetNeeds: reasons.filter(
        (reason) =>
          reason.kind !== "baseline" && reason.level !== null && levelRank(reason.level) > levelRank(lower),
      ),
    };
  }

  // An adolescent is not placed, so only the urgent questions remain to be asked.
  const allUnknowns = listUnknowns(evaluation, level, withdrawalManagement);
  const unknowns = adolescentRule === undefined ? allUnknowns : allUnknowns.filter((item) => item.urgent);
  const wouldChange =
    level !== null && options.wouldChange !== false ? findWouldChange(evaluation, level, rules) : [];
  const provisional =
    assessment.mode === "self-check" ||
    urgent.some((item) => item.tier === "ask-now") ||
    unknowns.some((item) => item.couldRaiseTo !== null || item.couldRaiseWithdrawalManagementTo !== null);

  return {
    rulesetVersion: RULESET_VERSION,
    modelVersion: ASSESSMENT_MODEL_VERSION,
    asOf: assessment.asOf,
    respondent: assessment.respondent ?? "self",
    level,
    withdrawalManagement,
    coOccurringEnhanced: adolescentRule === undefined && coOccurring,
    urgent,
    ratings,
    reasons,
    nextLowerLevel,
    wouldChange,
    unknowns,
    provisional,
    medications,
    adolescent: adolescentRule === undefined ? null : { ruleId: adolescentRule.id, age: assessment.age ?? 0 },
    choice: decideLevelChoice(assessment, level),
  };
}

/** Places a validated assessment with Stepwise's rule set. */
export function assess(assessment: Assessment, options: AssessOptions = {}): PlacementResult {
  return assessWithRules(assessment, RULES, options);
}
