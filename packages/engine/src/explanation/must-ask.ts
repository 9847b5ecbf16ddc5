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
import { type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { type Language, renderText, type Voice } from "../messages/message-text.js";
import { QUESTION_TEXTS } from "../messages/question-texts.js";
import type { MustAskItem } from "../placement/placement-result.js";
import { answerAt } from "../rules/answers.js";
import type { RuleEvaluation } from "../rules/evaluate-rules.js";
import { factPosition } from "../rules/fact-table.js";
import { FACTS, type FactId } from "../rules/facts.js";
import type { Condition } from "../rules/rule.js";
import { URGENT_TIERS, type UrgentTier } from "../safety/urgent-item.js";

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

function factsOf(condition: Condition, into: Set<FactId>): Set<FactId> {
  if ("fact" in condition) into.add(condition.fact);
  else if ("all" in condition) for (const part of condition.all) factsOf(part, into);
  else if ("any" in condition) for (const part of condition.any) factsOf(part, into);
  return into;
}

/** The unknown answers behind the unknown facts of a condition. */
function unknownPaths(condition: Condition, evaluation: RuleEvaluation): string[] {
  const paths: string[] = [];
  for (const fact of factsOf(condition, new Set())) {
    if (evaluation.facts.at(factPosition(fact)) !== null) continue;
    const own = FACTS[fact].paths;
    const missing = own.filter((path) => answerAt(evaluation.assessment, path) === null);
    for (const path of missing.length > 0 ? missing : own) if (!paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** Order of importance: 0 emergency … 3 ask-now, then 4 + (how far below the top level it could raise). */
function urgencyOf(tier: (typeof URGENT_TIERS)[number]): number {
  return URGENT_TIERS.indexOf(tier);
}

export function findMustAsk(
  evaluation: RuleEvaluation,
  level: LevelOfCare | null,
  mode: AssessmentMode | null | undefined,
  voice: Voice,
): MustAskItem[] {
  const importance = new Map<string, number>();
  const couldAdd = new Map<string, UrgentTier>();
  const couldRaise = new Map<string, LevelOfCare>();
  const consider = (asked: string, rank: number) => {
    const first = ASKED_AFTER[asked];
    const path = first !== undefined && answerAt(evaluation.assessment, first) === null ? first : asked;
    if (mode === "self-check" && !SELF_CHECK_ASKS.has(path)) return undefined;
    const known = importance.get(path);
    if (known === undefined || rank < known) importance.set(path, rank);
    return path;
  };
  const levelNow = level === null ? null : levelRank(level);
  for (const rule of evaluation.undecided) {
    if (rule.kind === "safety" && rule.urgent !== undefined && rule.urgent.tier !== "ask-now") {
      const tier = rule.urgent.tier;
      for (const path of unknownPaths(rule.when, evaluation)) {
        const asked = consider(path, urgencyOf(tier));
        if (asked === undefined) continue;
        const known = couldAdd.get(asked);
        if (known === undefined || urgencyOf(tier) < urgencyOf(known)) couldAdd.set(asked, tier);
      }
    } else if (
      rule.kind === "placement" &&
      levelNow !== null &&
      rule.minimumLevel !== undefined &&
      levelRank(rule.minimumLevel) - levelNow >= LEVEL_STEPS_THAT_NEED_ANSWERS
    ) {
      const target = rule.minimumLevel;
      const rank = URGENT_TIERS.length + (1 - levelRank(target) / 10);
      for (const path of unknownPaths(rule.when, evaluation)) {
        const asked = consider(path, rank);
        if (asked === undefined) continue;
        const known = couldRaise.get(asked);
        if (known === undefined || levelRank(target) > levelRank(known)) couldRaise.set(asked, target);
      }
    }
  }
  // An ask-now item already open asks its own questions.
  for (const rule of evaluation.fired) {
    if (rule.kind !== "safety" || rule.urgent?.tier !== "ask-now" || !("fact" in rule.when)) continue;
    const fact = rule.when.fact;
    const own = FACTS[fact].paths;
    const missing = own.filter((path) => answerAt(evaluation.assessment, path) === null);
    for (const path of missing.length > 0 ? missing : own) {
      const asked = consider(path, urgencyOf("ask-now"));
      if (asked !== undefined && !couldAdd.has(asked)) couldAdd.set(asked, "ask-now");
    }
  }
  const order = [...importance].sort((a, b) => a[1] - b[1]);
  return order.map(([path]) => ({
    id: path,
    question: questionFor(path, voice),
    couldAdd: couldAdd.get(path) ?? null,
    couldRaiseTo: couldRaise.get(path) ?? null,
  }));
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
