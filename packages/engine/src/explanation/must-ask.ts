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
import type { AssessmentMode } from "../assessment/assessment.js";
import { LEVELS_OF_CARE } from "../levels/level-of-care.js";
import { type Language, renderText, type Voice } from "../messages/message-text.js";
import { QUESTION_TEXTS } from "../messages/question-texts.js";
import type { MustAskItem } from "../placement/placement-result.js";
import { CONTRIBUTION_ROLES, type RuleContribution } from "../placement/rule-contribution.js";
import { sortStableBy } from "../placement/stable-sort.js";
import type { RuleEvaluation } from "../rules/evaluate-rules.js";
import { factPosition } from "../rules/fact-table.js";
import { URGENT_TIERS, type UrgentTier } from "../safety/urgent-item.js";
import type { ConditionFact, UnknownAnswers } from "./unknown-answers.js";

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

/** A question found so far: its importance (lower first), what it could add, the level rank it could raise to. */
interface MustAskDraft {
  readonly path: string;
  importance: number;
  couldAdd: UrgentTier | null;
  couldRaise: number;
}

/**
 * The questions found so far, in the order first met, found again by the answer they ask for (a walk over
 * a list of a few, cheaper than a Map made for each result).
 */
class MustAskDrafts {
  readonly items: MustAskDraft[] = [];

  constructor(
    private readonly unknownAnswers: UnknownAnswers,
    private readonly mode: AssessmentMode | null | undefined,
  ) {}

  /**
   * The question actually asked for an answer (thoughts of suicide before plan and intent), with its
   * importance raised to `rank` if that is more important; undefined when this mode does not ask it.
   */
  consider(asked: string, rank: number): MustAskDraft | undefined {
    const first = ASKED_AFTER[asked];
    const path = first !== undefined && this.unknownAnswers.isUnknown(first) ? first : asked;
    if (this.mode === "self-check" && !SELF_CHECK_ASKS.has(path)) return undefined;
    for (let index = 0; index < this.items.length; index++) {
      const draft = this.items[index] as MustAskDraft;
      if (draft.path !== path) continue;
      if (rank < draft.importance) draft.importance = rank;
      return draft;
    }
    const draft: MustAskDraft = { path, importance: rank, couldAdd: null, couldRaise: -1 };
    this.items.push(draft);
    return draft;
  }
}

/**
 * @param contributions  each rule's contribution, by its position in the rule set the evaluation used; what
 *   each rule can add or raise is read from it (placement/rule-contribution.ts)
 * @param unknownAnswers  the unknown answers behind each fact, shared with the unknowns list (unknown-answers.ts)
 * @param levelNow  the placed level's position in LEVELS_OF_CARE, -1 when none is placed (placement/place.ts)
 * @param askNowFired  the contributions of the fired ask-now items (placement/assess.ts finds them)
 */
export function findMustAsk(
  evaluation: RuleEvaluation,
  contributions: readonly RuleContribution[],
  unknownAnswers: UnknownAnswers,
  levelNow: number,
  askNowFired: readonly RuleContribution[],
  mode: AssessmentMode | null | undefined,
  voice: Voice,
): MustAskItem[] {
  // Made only when some question is found: most results need none.
  let drafts: MustAskDrafts | null = null;
  const { facts, undecidedAt } = evaluation;
  for (let index = 0; index < undecidedAt.length; index++) {
    const contribution = contributions[undecidedAt[index] as number] as RuleContribution;
    let rank: number;
    let tier: UrgentTier | null = null;
    // A contribution's urgent rank is its tier's position in URGENT_TIERS (its order of importance); its
    // level rank is -1 unless its rule is a placement rule that names a level.
    if (contribution.role === CONTRIBUTION_ROLES.urgent && contribution.urgentRank !== ASK_NOW_RANK) {
      rank = contribution.urgentRank;
      tier = URGENT_TIERS[rank] ?? null;
    } else if (
      levelNow !== -1 &&
      contribution.levelRank !== -1 &&
      contribution.levelRank - levelNow >= LEVEL_STEPS_THAT_NEED_ANSWERS
    ) {
      // Importance after every urgent tier: the higher the level it could raise to, the earlier.
      rank = URGENT_TIERS.length + (1 - contribution.levelRank / 10);
    } else continue;
    const readFacts = contribution.readFacts;
    for (let at = 0; at < readFacts.length; at++) {
      const [fact, position] = readFacts[at] as ConditionFact;
      if (facts.at(position) !== null) continue;
      const paths = unknownAnswers.of(fact, position);
      for (let next = 0; next < paths.length; next++) {
        drafts ??= new MustAskDrafts(unknownAnswers, mode);
        const draft = drafts.consider(paths[next] as string, rank);
        if (draft === undefined) continue;
        if (tier !== null) {
          if (draft.couldAdd === null || rank < URGENT_TIERS.indexOf(draft.couldAdd)) draft.couldAdd = tier;
        } else if (contribution.levelRank > draft.couldRaise) draft.couldRaise = contribution.levelRank;
      }
    }
  }
  // An ask-now item already open asks its own questions.
  for (const contribution of askNowFired) {
    const when = contribution.rule.when;
    if (!("fact" in when)) continue;
    const paths = unknownAnswers.of(when.fact, factPosition(when.fact));
    for (let next = 0; next < paths.length; next++) {
      drafts ??= new MustAskDrafts(unknownAnswers, mode);
      const draft = drafts.consider(paths[next] as string, ASK_NOW_RANK);
      if (draft !== undefined && draft.couldAdd === null) draft.couldAdd = "ask-now";
    }
  }
  if (drafts === null) return [];
  // Most important first; among equals, in the order first met (the sort is stable).
  const order = sortStableBy(drafts.items, (draft) => draft.importance);
  const items: MustAskItem[] = [];
  for (const draft of order)
    items.push({
      id: draft.path,
      question: questionFor(draft.path, voice),
      couldAdd: draft.couldAdd,
      couldRaiseTo: draft.couldRaise === -1 ? null : (LEVELS_OF_CARE[draft.couldRaise] ?? null),
    });
  return items;
}

type QuestionWords = { readonly en: string; readonly es: string };
const questions: Readonly<Record<Voice, Map<string, QuestionWords>>> = {
  "second-person": new Map(),
  "third-person": new Map(),
};

/** The question's words, rendered once per answer path and voice (the texts never change). */
function questionFor(path: string, voice: Voice): QuestionWords {
  const rendered = questions[voice];
  let words = rendered.get(path);
  if (words === undefined) {
    const text = QUESTION_TEXTS[path];
    const say = (language: Language) => (text === undefined ? path : renderText(text, language, voice));
    words = Object.freeze({ en: say("en"), es: say("es") });
    rendered.set(path, words);
  }
  return words;
}
