/**
 * What a professional must still ask (DESIGN.md "Unknown is not fine"). An unknown is listed when a rule
 * that would call for more care than the result gives is undecided because of it; ask-now safety items add
 * their own questions.
 */
import { type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import type { UnknownItem } from "../placement/placement-result.js";
import { type WithdrawalManagement, withdrawalManagementRank } from "../placement/withdrawal-management.js";
import { answerAt } from "../rules/answers.js";
import type { RuleEvaluation } from "../rules/evaluate-rules.js";
import { FACTS, type FactId } from "../rules/facts.js";
import type { Condition } from "../rules/rule.js";

interface UnknownDraft {
  readonly path: string;
  couldRaiseTo: LevelOfCare | null;
  couldRaiseWithdrawalManagementTo: WithdrawalManagement | null;
  urgent: boolean;
}

const factsInCondition = new WeakMap<Condition, readonly FactId[]>();

/** The distinct facts a condition reads, worked out once per condition. */
function factsOf(condition: Condition): readonly FactId[] {
  let facts = factsInCondition.get(condition);
  if (facts === undefined) {
    const found = new Set<FactId>();
    const collect = (part: Condition): void => {
      if ("fact" in part) found.add(part.fact);
      else if ("all" in part) part.all.forEach(collect);
      else if ("any" in part) part.any.forEach(collect);
    };
    collect(condition);
    facts = [...found];
    factsInCondition.set(condition, facts);
  }
  return facts;
}

/** The answer paths behind a fact that are unknown; all of them when the gap is inside a list. */
function missingPaths(fact: FactId, evaluation: RuleEvaluation): readonly string[] {
  const paths = FACTS[fact].paths;
  const missing = paths.filter((path) => answerAt(evaluation.assessment, path) === null);
  return missing.length > 0 ? missing : paths;
}

export function listUnknowns(
  evaluation: RuleEvaluation,
  level: LevelOfCare | null,
  setting: WithdrawalManagement | null,
): UnknownItem[] {
  // Items in the order their paths were first met, found again by path.
  const items: UnknownDraft[] = [];
  const byPath = new Map<string, UnknownDraft>();
  const draftFor = (path: string): UnknownDraft => {
    let draft = byPath.get(path);
    if (draft === undefined) {
      draft = { path, couldRaiseTo: null, couldRaiseWithdrawalManagementTo: null, urgent: false };
      byPath.set(path, draft);
      items.push(draft);
    }
    return draft;
  };
  const levelNow = level === null ? -1 : levelRank(level);
  const settingNow = setting === null ? -1 : withdrawalManagementRank(setting);
  for (const rule of evaluation.undecided) {
    if (rule.kind !== "placement") continue;
    const raisesLevel = rule.minimumLevel !== undefined && levelRank(rule.minimumLevel) > levelNow;
    const raisesSetting =
      rule.withdrawalManagement !== undefined &&
      withdrawalManagementRank(rule.withdrawalManagement) > settingNow;
    if (!raisesLevel && !raisesSetting) continue;
    for (const fact of factsOf(rule.when)) {
      if (evaluation.facts.value(fact) !== null) continue;
      for (const path of missingPaths(fact, evaluation)) {
        const draft = draftFor(path);
        if (raisesLevel && rule.minimumLevel !== undefined) {
          if (draft.couldRaiseTo === null || levelRank(rule.minimumLevel) > levelRank(draft.couldRaiseTo))
            draft.couldRaiseTo = rule.minimumLevel;
        }
        if (raisesSetting && rule.withdrawalManagement !== undefined) {
          const current = draft.couldRaiseWithdrawalManagementTo;
          if (
            current === null ||
            withdrawalManagementRank(rule.withdrawalManagement) > withdrawalManagementRank(current)
          )
            draft.couldRaiseWithdrawalManagementTo = rule.withdrawalManagement;
        }
      }
    }
  }
  for (const rule of evaluation.fired) {
    if (rule.kind !== "safety" || rule.urgent?.tier !== "ask-now") continue;
    if (!("fact" in rule.when)) continue;
    const fact = rule.when.fact;
    const paths = FACTS[fact].paths.length > 0 ? missingPaths(fact, evaluation) : ["scales.asq.acuity"];
    for (const path of paths) draftFor(path).urgent = true;
  }
  if (answerAt(evaluation.assessment, "age") === null) draftFor("age");
  return items;
}
