/**
 * The answers that must be known before a level can be suggested: an unknown answer is never silence when
 * it could add an urgent item or raise the level by two or more steps. The level is then only a floor, and
 * every surface says "cannot suggest a level yet" with these questions, most important first: what could
 * be an emergency, then a crisis, then a same-day need, then what an ask-now item already asks, then what
 * could raise the level (the higher the level, the earlier).
 *
 * Only answers the current mode asks are listed: a self-check never asks for a PAWSS score or a PHQ-9 item;
 * a clinician assessment, or one whose mode is unknown, can ask everything.
 */
import type { Assessment, AssessmentMode } from "../assessment/assessment.js";
import { LEVELS_OF_CARE, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { type Language, renderText, type Voice } from "../messages/message-text.js";
import { QUESTION_TEXTS } from "../messages/question-texts.js";
import type { MustAskItem } from "../placement/placement-result.js";
import { CONTRIBUTION_ROLES, type RuleContribution } from "../placement/rule-contribution.js";
import { answerAt } from "../rules/answers.js";
import type { RuleEvaluation } from "../rules/evaluate-rules.js";
import { URGENT_TIERS, type UrgentTier } from "../safety/urgent-item.js";
import { factsOfCondition, missingAnswers } from "./unknown-answers.js";

/** The answers the self-check asks (packages/web self-check questions); every other mode asks everything. */
export const SELF_CHECK_ASKS: ReadonlySet<string> = new Set([
  "age",
  "sex",
  "substances",
  "useDisorder",
  "overdose.signsNow",
  "overdose.pastYear",
  "overdose.ever",
  "mentalHealth.suicidalThoughts",
  "mentalHealth.suicidalIntentOrPlan",
  "mentalHealth.suicidalPlan",
  "mentalHealth.suicidalIntent",
  "mentalHealth.dangerToSelfOrOthers",
  "mentalHealth.stability",
  "mentalHealth.conditions",
  "mentalHealth.psychosisNow",
  "withdrawal.seizureOrConfusionNow",
  "withdrawal.seizureNow",
  "withdrawal.confusionNow",
  "withdrawal.hallucinationsNow",
  "withdrawal.signsNow",
  "withdrawal.over",
  "withdrawal.history.seizures",
  "withdrawal.history.delirium",
  "withdrawal.history.hallucinations",
  "medical.medications",
  "medical.pregnant",
  "medical.postpartum",
  "medical.condition",
  "readiness.stage",
  "readiness.willingToAttendAllAppointments",
  "history.treatments",
  "history.returnsToUseAfterTreatment",
  "history.cravings",
  "history.copingSkills",
  "history.canStayAbstinentAtHome",
  "environment.housing",
  "environment.homeSafe",
  "environment.othersUseAtHome",
  "environment.supportNetwork",
  "environment.reliableTransport",
]);

/**
 * Questions asked only after another: plan and intent follow a yes to thoughts of suicide (C-SSRS screener
 * order). While the first is unknown, it is asked in their place, with their importance.
 */
const ASKED_AFTER: Readonly<Record<string, string>> = {
  "mentalHealth.suicidalPlan": "mentalHealth.suicidalThoughts",
  "mentalHealth.suicidalIntent": "mentalHealth.suicidalThoughts",
};

/** How many steps up an unknown must be able to move the level to block a suggestion. */
export const LEVEL_STEPS_THAT_NEED_ANSWERS = 2;

const ASK_NOW_RANK = URGENT_TIERS.indexOf("ask-now");

/** What is found so far: each question's importance (lower first), what it could add, what it could raise to. */
class MustAskDrafts {
  readonly importance = new Map<string, number>();
  readonly couldAdd = new Map<string, UrgentTier>();
  readonly couldRaise = new Map<string, number>();

  constructor(
    private readonly assessment: Assessment,
    private readonly mode: AssessmentMode | null | undefined,
  ) {}

  /** The question actually asked for an answer (thoughts of suicide before plan and intent), if this mode asks it. */
  consider(asked: string, rank: number): string | undefined {
    const first = ASKED_AFTER[asked];
    const path = first !== undefined && answerAt(this.assessment, first) === null ? first : asked;
    if (this.mode === "self-check" && !SELF_CHECK_ASKS.has(path)) return undefined;
    const known = this.importance.get(path);
    if (known === undefined || rank < known) this.importance.set(path, rank);
    return path;
  }
}

/**
 * @param contributions  each rule's contribution, by its position in the rule set the evaluation used; what
 *   each rule can add or raise is read from it (placement/rule-contribution.ts)
 */
export function findMustAsk(
  evaluation: RuleEvaluation,
  contributions: readonly RuleContribution[],
  level: LevelOfCare | null,
  mode: AssessmentMode | null | undefined,
  voice: Voice,
): MustAskItem[] {
  // Made only when some question is found: most results need none.
  let drafts: MustAskDrafts | null = null;
  const { assessment, facts } = evaluation;
  const levelNow = level === null ? null : levelRank(level);
  for (const at of evaluation.undecidedAt) {
    const contribution = contributions[at] as RuleContribution;
    let rank: number;
    let tier: UrgentTier | null = null;
    // A contribution's urgent rank is its tier's position in URGENT_TIERS (its order of importance); its
    // level rank is -1 unless its rule is a placement rule that names a level.
    if (contribution.role === CONTRIBUTION_ROLES.urgent && contribution.urgentRank !== ASK_NOW_RANK) {
      rank = contribution.urgentRank;
      tier = URGENT_TIERS[rank] ?? null;
    } else if (
      levelNow !== null &&
      contribution.levelRank !== -1 &&
      contribution.levelRank - levelNow >= LEVEL_STEPS_THAT_NEED_ANSWERS
    ) {
      // Importance after every urgent tier: the higher the level it could raise to, the earlier.
      rank = URGENT_TIERS.length + (1 - contribution.levelRank / 10);
    } else continue;
    for (const [fact, position] of factsOfCondition(contribution.rule.when)) {
      if (facts.at(position) !== null) continue;
      for (const path of missingAnswers(fact, assessment)) {
        drafts ??= new MustAskDrafts(assessment, mode);
        const asked = drafts.consider(path, rank);
        if (asked === undefined) continue;
        if (tier !== null) {
          const known = drafts.couldAdd.get(asked);
          if (known === undefined || rank < URGENT_TIERS.indexOf(known)) drafts.couldAdd.set(asked, tier);
        } else {
          const known = drafts.couldRaise.get(asked);
          if (known === undefined || contribution.levelRank > known)
            drafts.couldRaise.set(asked, contribution.levelRank);
        }
      }
    }
  }
  // An ask-now item already open asks its own questions.
  for (const at of evaluation.firedAt) {
    const contribution = contributions[at] as RuleContribution;
    if (contribution.role !== CONTRIBUTION_ROLES.urgent || contribution.urgentRank !== ASK_NOW_RANK) continue;
    const when = contribution.rule.when;
    if (!("fact" in when)) continue;
    for (const path of missingAnswers(when.fact, assessment)) {
      drafts ??= new MustAskDrafts(assessment, mode);
      const asked = drafts.consider(path, ASK_NOW_RANK);
      if (asked !== undefined && !drafts.couldAdd.has(asked)) drafts.couldAdd.set(asked, "ask-now");
    }
  }
  if (drafts === null) return [];
  const { importance, couldAdd, couldRaise } = drafts;
  const order = [...importance].sort((a, b) => a[1] - b[1]);
  return order.map(([path]) => {
    const raise = couldRaise.get(path);
    return {
      id: path,
      question: questionFor(path, voice),
      couldAdd: couldAdd.get(path) ?? null,
      couldRaiseTo: raise === undefined ? null : (LEVELS_OF_CARE[raise] ?? null),
    };
  });
}

const questions = new Map<string, { readonly en: string; readonly es: string }>();

/** The question's words, rendered once per answer path and voice (the texts never change). */
function questionFor(path: string, voice: Voice): { readonly en: string; readonly es: string } {
  const key = `${voice} ${path}`;
  let words = questions.get(key);
  if (words === undefined) {
    const text = QUESTION_TEXTS[path];
    const say = (language: Language) => (text === undefined ? path : renderText(text, language, voice));
    words = Object.freeze({ en: say("en"), es: say("es") });
    questions.set(key, words);
  }
  return words;
}
