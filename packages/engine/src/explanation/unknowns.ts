/**
 * What a professional must still ask (docs/design.md "Unknown is not fine"). An unknown is listed when a rule
 * that would call for more care than the result gives is undecided because of it; ask-now safety items add
 * their own questions. What each rule calls for is read from its contribution (placement/rule-contribution.ts),
 * the one place that states each rule's effect on a result.
 */
import { LEVELS_OF_CARE, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import {
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  type WithdrawalManagement,
  withdrawalManagementRank,
} from "../levels/withdrawal-management.js";
import type { UnknownItem } from "../placement/placement-result.js";
import type { RuleContribution } from "../placement/rule-contribution.js";
import type { RuleEvaluation } from "../rules/evaluate-rules.js";
import { factPosition } from "../rules/fact-table.js";
import { FACTS } from "../rules/facts.js";
import type { ConditionFact, UnknownAnswers } from "./unknown-answers.js";

interface UnknownDraft {
  readonly path: string;
  couldRaiseTo: LevelOfCare | null;
  couldRaiseWithdrawalManagementTo: WithdrawalManagement | null;
  urgent: boolean;
}

/**
 * The unknown answers found so far, in the order their paths were first met, found again by path. A result
 * has a handful at most, so a walk over the list costs less than making a Map for each result.
 */
class UnknownDrafts {
  readonly items: UnknownDraft[] = [];

  draftFor(path: string): UnknownDraft {
    for (let index = 0; index < this.items.length; index++) {
      const draft = this.items[index] as UnknownDraft;
      if (draft.path === path) return draft;
    }
    const draft: UnknownDraft = {
      path,
      couldRaiseTo: null,
      couldRaiseWithdrawalManagementTo: null,
      urgent: false,
    };
    this.items.push(draft);
    return draft;
  }
}

/**
 * @param contributions  each rule's contribution, by its position in the rule set the evaluation used
 * @param unknownAnswers  the unknown answers behind each fact, shared with mustAsk (unknown-answers.ts)
 * @param levelNow  the placed level's position in LEVELS_OF_CARE, -1 when none is placed (placement/place.ts)
 * @param settingNow  the withdrawal setting's position in WITHDRAWAL_MANAGEMENT_SETTINGS, -1 when none
 * @param askNowFired  the contributions of the fired ask-now items (placement/assess.ts finds them)
 */
export function listUnknowns(
  evaluation: RuleEvaluation,
  contributions: readonly RuleContribution[],
  unknownAnswers: UnknownAnswers,
  levelNow: number,
  settingNow: number,
  askNowFired: readonly RuleContribution[],
): UnknownItem[] {
  // Made only when there is something to list: most complete assessments have no unknowns at all.
  let drafts: UnknownDrafts | null = null;
  const { assessment, facts } = evaluation;
  const undecidedAt = evaluation.undecidedAt;
  for (let index = 0; index < undecidedAt.length; index++) {
    // A contribution's level and setting ranks are -1 unless its rule is a placement rule that names one.
    const contribution = contributions[undecidedAt[index] as number] as RuleContribution;
    const raisesLevel = contribution.levelRank > levelNow;
    const raisesSetting = contribution.settingRank > settingNow;
    if (!raisesLevel && !raisesSetting) continue;
    const readFacts = contribution.readFacts;
    for (let at = 0; at < readFacts.length; at++) {
      const [fact, position] = readFacts[at] as ConditionFact;
      if (facts.at(position) !== null) continue;
      const paths = unknownAnswers.of(fact, position);
      for (let next = 0; next < paths.length; next++) {
        drafts ??= new UnknownDrafts();
        const draft = drafts.draftFor(paths[next] as string);
        const raisedTo = draft.couldRaiseTo;
        if (raisesLevel && (raisedTo === null || contribution.levelRank > levelRank(raisedTo)))
          draft.couldRaiseTo = LEVELS_OF_CARE[contribution.levelRank] ?? null;
        const settingTo = draft.couldRaiseWithdrawalManagementTo;
        if (
          raisesSetting &&
          (settingTo === null || contribution.settingRank > withdrawalManagementRank(settingTo))
        )
          draft.couldRaiseWithdrawalManagementTo =
            WITHDRAWAL_MANAGEMENT_SETTINGS[contribution.settingRank] ?? null;
      }
    }
  }
  for (const contribution of askNowFired) {
    const when = contribution.rule.when;
    if (!("fact" in when)) continue;
    const fact = when.fact;
    const paths =
      FACTS[fact].paths.length > 0 ? unknownAnswers.of(fact, factPosition(fact)) : ["scales.asq.acuity"];
    drafts ??= new UnknownDrafts();
    for (const path of paths) drafts.draftFor(path).urgent = true;
  }
  const age = assessment.age;
  if (age === null || age === undefined) {
    drafts ??= new UnknownDrafts();
    drafts.draftFor("age");
  }
  return drafts === null ? [] : drafts.items;
}
