/**
 * What would change the result, derived from the rules' structure rather than by trying each answer:
 * to reach a lower level, every fired rule that calls for more must stop applying. A rule stops applying
 * when its condition is negated: a fact by its relief (facts.ts), "all" by its cheapest part, "any" by
 * every part that holds. Placement rules never read ratings (rules tests), so a rating is not negated.
 * History and safety facts have no relief, so a result is never talked down past them. Each candidate is then checked with one evaluation of
 * the rules on the changed answers (not one per fact), so the stated level is exact.
 */
import type { AnswerChange } from "../assessment/answer-change.js";
import type { Assessment } from "../assessment/assessment.js";
import { type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { placeFromRules } from "../placement/place.js";
import type { WouldChange } from "../placement/placement-result.js";
import { applyChanges } from "../rules/answers.js";
import { evaluateCondition, evaluateRules, type RuleEvaluation } from "../rules/evaluate-rules.js";
import { FACTS } from "../rules/facts.js";
import type { Condition, Rule } from "../rules/rule.js";

type Changes = readonly AnswerChange[];

function negate(condition: Condition, evaluation: RuleEvaluation): Changes | null {
  if (evaluateCondition(condition, evaluation.facts, evaluation.ratings) !== true) return [];
  if ("fact" in condition) return FACTS[condition.fact].relief;
  if ("all" in condition) {
    let best: Changes | null = null;
    for (const part of condition.all) {
      const changes = negate(part, evaluation);
      if (changes !== null && (best === null || changes.length < best.length)) best = changes;
    }
    return best;
  }
  if ("any" in condition) return negateEach(condition.any, evaluation);
  return null;
}

function negateEach(conditions: readonly Condition[], evaluation: RuleEvaluation): Changes | null {
  const merged = new Map<string, AnswerChange>();
  for (const condition of conditions) {
    const changes = negate(condition, evaluation);
    if (changes === null) return null;
    for (const change of changes) merged.set(change.path, change);
  }
  return [...merged.values()];
}

export function findWouldChange(
  evaluation: RuleEvaluation,
  level: LevelOfCare,
  rules: readonly Rule[],
): WouldChange[] {
  const rank = levelRank(level);
  const placementRules = evaluation.fired.filter(
    (rule) => rule.kind === "placement" && rule.minimumLevel !== undefined,
  );
  // Candidate targets: each lower level some fired rule calls for (the rules to undo change only there).
  const targets = [
    ...new Set(
      placementRules
        .map((rule) => levelRank(rule.minimumLevel as LevelOfCare))
        .filter((target) => target < rank),
    ),
  ].sort((a, b) => b - a);
  const entries: WouldChange[] = [];
  for (const target of targets) {
    const blocking = placementRules.filter((rule) => levelRank(rule.minimumLevel as LevelOfCare) > target);
    const changes = negateEach(
      blocking.map((rule) => rule.when),
      evaluation,
    );
    if (changes === null) break;
    const changed: Assessment = applyChanges(evaluation.assessment, changes);
    const placement = placeFromRules(evaluateRules(changed, rules).fired);
    if (levelRank(placement.level) >= rank) continue;
    if (entries.some((entry) => entry.level === placement.level)) continue;
    entries.push({
      level: placement.level,
      withdrawalManagement: placement.withdrawalManagement,
      ruleIds: blocking.map((rule) => rule.id),
      changes,
    });
  }
  return entries;
}
