/**
 * The engine's main entry: answers → facts → six ratings → safety gate → placement → explanation
 * (DESIGN.md "The one pipeline"). Pure: no clock, no I/O, no randomness.
 */
import { ASSESSMENT_MODEL_VERSION, type Assessment } from "../assessment/assessment.js";
import { buildReasons } from "../explanation/reasons.js";
import { listUnknowns } from "../explanation/unknowns.js";
import { findWouldChange } from "../explanation/would-change.js";
import { LEVELS_OF_CARE, levelRank } from "../levels/level-of-care.js";
import { DIMENSIONS, type Dimension } from "../ratings/dimension.js";
import { evaluateRules } from "../rules/evaluate-rules.js";
import type { Rule } from "../rules/rule.js";
import { RULESET_VERSION } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";
import { URGENT_TIERS, type UrgentItem } from "../safety/urgent-item.js";
import { decideLevelChoice } from "./level-choice.js";
import { placeFromRules } from "./place.js";
import type {
  AssessOptions,
  DimensionRating,
  LevelRuledOut,
  MedicationNote,
  PlacementResult,
} from "./placement-result.js";

/** Runs the pipeline with a given rule set (the rule-removal tests pass a set with one rule taken out). */
export function assessWithRules(
  assessment: Assessment,
  rules: readonly Rule[],
  options: AssessOptions = {},
): PlacementResult {
  const evaluation = evaluateRules(assessment, rules);
  const { fired } = evaluation;

  // Safety gate first: urgent items come from the facts that raise them and nothing else.
  const urgent: UrgentItem[] = [];
  for (const rule of fired) {
    if (rule.kind === "safety" && rule.urgent !== undefined)
      urgent.push({ tier: rule.urgent.tier, ruleId: rule.id, actions: rule.urgent.actions });
  }
  urgent.sort((a, b) => URGENT_TIERS.indexOf(a.tier) - URGENT_TIERS.indexOf(b.tier));

  const adolescentRule = fired.find((rule) => rule.kind === "adolescent");
  const placement = placeFromRules(fired);
  const level = adolescentRule === undefined ? placement.level : null;
  const withdrawalManagement = adolescentRule === undefined ? placement.withdrawalManagement : null;

  const ratings = {} as Record<Dimension, DimensionRating>;
  for (const dimension of DIMENSIONS) {
    const facts = fired
      .filter(
        (rule) => rule.kind === "placement" && rule.dimension === dimension && rule.rating !== undefined,
      )
      .sort((a, b) => (b.rating ?? 0) - (a.rating ?? 0))
      .map((rule) => ({ ruleId: rule.id }));
    ratings[dimension] = { dimension, rating: evaluation.ratings[dimension], facts };
  }

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

  const medications: MedicationNote[] = [];
  for (const rule of fired) {
    if (rule.kind === "medication" && rule.medication !== undefined)
      medications.push({
        code: rule.medication.code,
        ruleId: rule.id,
        medications: rule.medication.medications,
        availableAtEveryLevel: rule.medication.code !== "naloxone",
      });
  }

  // An adolescent is not placed, so only the urgent questions remain to be asked.
  const unknowns = listUnknowns(evaluation, level, withdrawalManagement).filter(
    (item) => adolescentRule === undefined || item.urgent,
  );
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
    coOccurringEnhanced: adolescentRule === undefined && fired.some((rule) => rule.kind === "co-occurring"),
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
