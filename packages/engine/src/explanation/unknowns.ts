/**
 * What a professional must still ask (docs/design.md "Unknown is not fine"). An unknown is listed when a rule
 * that would call for more care than the result gives is undecided because of it; ask-now safety items add
 * their own questions.
 */
import { type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { type WithdrawalManagement, withdrawalManagementRank } from "../levels/withdrawal-management.js";
import type { UnknownItem } from "../placement/placement-result.js";
import { answerAt } from "../rules/answers.js";
import type { RuleEvaluation } from "../rules/evaluate-rules.js";
import { factPosition } from "../rules/fact-table.js";
import { FACTS, type FactId } from "../rules/facts.js";
import type { Condition } from "../rules/rule.js";

interface UnknownDraft {
  readonly path: string;
  couldRaiseTo: LevelOfCare | null;
  couldRaiseWithdrawalManagementTo: WithdrawalManagement | null;
  urgent: boolean;
}

/** The unknown answers found so far, in the order their paths were first met, found again by path. */
class UnknownDrafts {
  readonly items: UnknownDraft[] = [];
  private readonly byPath = new Map<string, UnknownDraft>();

  draftFor(path: string): UnknownDraft {
    let draft = this.byPath.get(path);
    if (draft === undefined) {
      draft = { path, couldRaiseTo: null, couldRaiseWithdrawalManagementTo: null, urgent: false };
      this.byPath.set(path, draft);
      this.items.push(draft);
    }
    return draft;
  }
}

const factsInCondition = new WeakMap<Condition, readonly (readonly [FactId, number])[]>();

/** The distinct facts a condition reads, with their places in the fact table, worked out once per condition. */
function factsOf(condition: Condition): readonly (readonly [FactId, number])[] {
  let facts = factsInCondition.get(condition);
  if (facts === undefined) {
    const found = new Set<FactId>();
    const collect = (part: Condition): void => {
      if ("fact" in part) found.add(part.fact);
      else if ("all" in part) part.all.forEach(collect);
      else if ("any" in part) part.any.forEach(collect);
    };
    collect(condition);
    facts = [...found].map((fact) => [fact, factPosition(fact)] as const);
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
  // Made only when there is something to list: most complete assessments have no unknowns at all.
  let drafts: UnknownDrafts | null = null;
  const levelNow = level === null ? -1 : levelRank(level);
  const settingNow = setting === null ? -1 : withdrawalManagementRank(setting);
  for (const rule of evaluation.undecided) {
    if (rule.kind !== "placement") continue;
    const raisesLevel = rule.minimumLevel !== undefined && levelRank(rule.minimumLevel) > levelNow;
    const raisesSetting =
      rule.withdrawalManagement !== undefined &&
      withdrawalManagementRank(rule.withdrawalManagement) > settingNow;
    if (!raisesLevel && !raisesSetting) continue;
    for (const [fact, position] of factsOf(rule.when)) {
      if (evaluation.facts.at(position) !== null) continue;
      for (const path of missingPaths(fact, evaluation)) {
        drafts ??= new UnknownDrafts();
        const draft = drafts.draftFor(path);
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
    drafts ??= new UnknownDrafts();
    for (const path of paths) drafts.draftFor(path).urgent = true;
  }
  const age = evaluation.assessment.age;
  if (age === null || age === undefined) {
    drafts ??= new UnknownDrafts();
    drafts.draftFor("age");
  }
  return drafts === null ? [] : drafts.items;
}
