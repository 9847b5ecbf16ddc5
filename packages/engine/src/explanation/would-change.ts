/**
 * What would change the result, derived from the rules' structure rather than by trying each answer:
 * to reach a lower level, every fired rule that calls for more must stop applying. A rule stops applying
 * when its condition is negated: a fact by its relief (facts.ts), "all" by its cheapest part, "any" by
 * every part that holds. Placement rules never read ratings (rules tests), so a rating is not negated.
 * History and safety facts have no relief, so a result is never talked down past them. Each candidate is
 * then placed again on the changed answers by the same function `assess` places with (placement/place.ts),
 * once per candidate (not once per fact), so the stated level is exact.
 */
import type { AnswerChange } from "../assessment/answer-change.js";
import { type Placement, placeAssessment } from "../placement/place.js";
import type { WouldChange } from "../placement/placement-result.js";
import type { RuleContribution } from "../placement/rule-contribution.js";
import { applyChanges } from "../rules/answers.js";
import { evaluateCondition, type RuleEvaluation } from "../rules/evaluate-rules.js";
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

export function findWouldChange(placement: Placement, rules: readonly Rule[]): WouldChange[] {
  const { evaluation, contributions } = placement;
  const rank = placement.levelRank;
  // The fired needs that call for a level (a contribution's level rank is -1 for every other rule).
  const needs: RuleContribution[] = [];
  for (const at of evaluation.firedAt) {
    const contribution = contributions[at] as RuleContribution;
    if (contribution.levelRank !== -1) needs.push(contribution);
  }
  // Candidate targets: each lower level some fired need calls for (the needs to undo change only there).
  const targets = [...new Set(needs.map((need) => need.levelRank).filter((target) => target < rank))].sort(
    (a, b) => b - a,
  );
  const entries: WouldChange[] = [];
  for (const target of targets) {
    const blocking = needs.filter((need) => need.levelRank > target);
    const changes = negateEach(
      blocking.map((need) => need.rule.when),
      evaluation,
    );
    if (changes === null) break;
    // The changed answers are placed exactly as `assess` places them (place.ts).
    const changed = placeAssessment(applyChanges(evaluation.assessment, changes), rules);
    if (changed.level === null || changed.withdrawalManagement === null || changed.levelRank >= rank)
      continue;
    const level = changed.level;
    if (entries.some((entry) => entry.level === level)) continue;
    // The changes may land above the level aimed for (another need still holds); the rules named are
    // those that call for more than where the changed answers land, not those that merely stop with them.
    const landed = changed.levelRank;
    entries.push({
      level,
      withdrawalManagement: changed.withdrawalManagement,
      ruleIds: blocking.filter((need) => need.levelRank > landed).map((need) => need.rule.id),
      changes,
    });
  }
  return entries;
}
