/**
 * A placement result in words, in English or Spanish, spoken to the person or about them. The web app
 * and the CLI render these strings; the result itself stays codes.
 */
import type { PlacementResult } from "../placement/placement-result.js";
import type { TransitionResult } from "../transitions/transition-result.js";
import { CHANGE_TEXTS } from "./change-texts.js";
import { FINDING_TEXTS } from "./finding-texts.js";
import { type Language, type MessageText, renderText, type Voice } from "./message-text.js";
import {
  CHOICE_PROBLEM_TEXTS,
  DIMENSION_NAMES,
  FRAME_TEXTS,
  LEVEL_NAMES,
  TRANSITION_KIND_NAMES,
  URGENT_ACTION_TEXTS,
  URGENT_TIER_NAMES,
  WITHDRAWAL_MANAGEMENT_NAMES,
} from "./name-texts.js";
import { QUESTION_TEXTS } from "./question-texts.js";

export interface PlacementDescription {
  readonly level: string | null;
  readonly withdrawalManagement: string | null;
  /** "First: withdrawal care …. Then: …" when withdrawal care comes first in a more intensive setting. */
  readonly sequence: string | null;
  readonly urgent: readonly {
    readonly tier: string;
    readonly text: string;
    readonly actions: readonly string[];
  }[];
  readonly reasons: readonly string[];
  readonly ratings: readonly {
    readonly dimension: string;
    readonly rating: number;
    readonly facts: readonly string[];
  }[];
  readonly nextLowerLevel: { readonly text: string; readonly needs: readonly string[] } | null;
  readonly wouldChange: readonly string[];
  readonly unknowns: readonly string[];
  readonly medications: readonly string[];
  readonly choiceProblems: readonly string[];
  readonly provisional: string | null;
  /**
   * While answers that matter for safety are missing: "We cannot suggest a level yet…" and the level known so
   * far as a floor; null when a level is suggested.
   */
  readonly levelStatus: { readonly text: string; readonly floor: string | null } | null;
  /** The questions to ask before a level can be suggested, most important first. */
  readonly mustAsk: readonly string[];
  /** Where a sent scale total, band or flag disagreed with its own answers. */
  readonly corrections: readonly string[];
}

/** Second person when the person answered for themself, third person otherwise. */
export function voiceFor(result: Pick<PlacementResult, "respondent">): Voice {
  return result.respondent === "self" ? "second-person" : "third-person";
}

function textFor(table: Readonly<Record<string, MessageText>>, code: string): MessageText {
  const text = table[code];
  if (text === undefined) throw new Error(`No message for "${code}".`);
  return text;
}

export function describeChange(path: string, value: unknown, language: Language, voice: Voice): string {
  return renderText(textFor(CHANGE_TEXTS, `${path}=${String(value)}`), language, voice);
}

export function describePlacement(
  result: PlacementResult,
  language: Language,
  voice: Voice = voiceFor(result),
): PlacementDescription {
  const say = (text: MessageText, params: Readonly<Record<string, string | number>> = {}) =>
    renderText(text, language, voice, params);
  const finding = (ruleId: string) => say(textFor(FINDING_TEXTS, ruleId));
  return {
    level: result.level === null ? null : say(LEVEL_NAMES[result.level]),
    withdrawalManagement:
      result.withdrawalManagement === null
        ? null
        : say(WITHDRAWAL_MANAGEMENT_NAMES[result.withdrawalManagement]),
    sequence:
      result.withdrawalFirst === null || result.withdrawalFirst === undefined
        ? null
        : say(FRAME_TEXTS.withdrawalFirst, {
            setting: say(WITHDRAWAL_MANAGEMENT_NAMES[result.withdrawalFirst.setting]),
            level: say(LEVEL_NAMES[result.withdrawalFirst.thenLevel]),
          }),
    urgent: result.urgent.map((item) => ({
      tier: say(URGENT_TIER_NAMES[item.tier]),
      text: finding(item.ruleId),
      actions: item.actions.map((action) => say(URGENT_ACTION_TEXTS[action])),
    })),
    reasons: result.reasons.map((reason) => finding(reason.ruleId)),
    ratings: Object.values(result.ratings).map((rating) => ({
      dimension: say(DIMENSION_NAMES[rating.dimension]),
      rating: rating.rating,
      facts: rating.facts.map((fact) => finding(fact.ruleId)),
    })),
    nextLowerLevel:
      result.nextLowerLevel === null
        ? null
        : {
            text: say(FRAME_TEXTS.nextLowerLevel, { level: say(LEVEL_NAMES[result.nextLowerLevel.level]) }),
            needs: result.nextLowerLevel.unmetNeeds.map((need) => finding(need.ruleId)),
          },
    wouldChange: result.wouldChange.map((entry) =>
      say(FRAME_TEXTS.wouldChange, {
        level: say(LEVEL_NAMES[entry.level]),
        changes: entry.changes
          .map((change) => describeChange(change.path, change.value, language, voice))
          .join(say(FRAME_TEXTS.and)),
      }),
    ),
    unknowns: result.unknowns.map((unknown) => {
      const question = say(textFor(QUESTION_TEXTS, unknown.path));
      return unknown.couldRaiseTo === null
        ? question
        : `${question} ${say(FRAME_TEXTS.couldRaise, { level: say(LEVEL_NAMES[unknown.couldRaiseTo]) })}`;
    }),
    medications: result.medications.map((note) => finding(note.ruleId)),
    choiceProblems: result.choice.problems.map((problem) => say(CHOICE_PROBLEM_TEXTS[problem])),
    provisional: result.provisional ? say(FRAME_TEXTS.provisional) : null,
    levelStatus:
      result.levelStatus === "needs-answers"
        ? {
            text: say(FRAME_TEXTS.cannotSuggestYet),
            floor:
              result.level === null
                ? null
                : say(FRAME_TEXTS.levelFloor, { level: say(LEVEL_NAMES[result.level]) }),
          }
        : null,
    mustAsk: result.mustAsk.map((item) => item.question[language]),
    corrections: result.corrections.map((correction) =>
      say(FRAME_TEXTS.correction, {
        instrument: correction.instrument.toUpperCase(),
        field: correction.field === "flag" ? (correction.flag ?? "flag") : correction.field,
        stated: String(correction.stated),
        used: String(correction.used),
      }),
    ),
  };
}

export function describeTransition(
  transition: TransitionResult,
  language: Language,
  voice: Voice,
): { readonly kind: string; readonly reasons: readonly string[] } {
  return {
    kind: renderText(TRANSITION_KIND_NAMES[transition.kind], language, voice),
    reasons: transition.reasons.map((reason) =>
      renderText(textFor(FINDING_TEXTS, reason.ruleId), language, voice),
    ),
  };
}
