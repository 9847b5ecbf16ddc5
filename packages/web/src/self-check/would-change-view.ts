import type { Dimension, PlacementResult } from "@stepwise/engine";
import { QUESTIONS, type Responses, type Section } from "./questions.js";

/**
 * Which "what would change it" lines to show. A line that only says "once withdrawal is over" names
 * the level that fits after withdrawal care; that level is decided by readiness, relapse risk, and home
 * and support, which withdrawal care itself does not settle (ASAM 2020 alcohol withdrawal guideline
 * V: withdrawal management alone is not treatment; the next step is set by a reassessment). So when
 * those questions were not answered, the line is left out and the page says instead that a
 * professional sets the next step after withdrawal care, and what they will ask about.
 */

/** The self-check's sections whose answers decide the level after withdrawal care, as dimensions. */
const DECIDING_SECTIONS: ReadonlyMap<Section, Dimension> = new Map([
  ["readiness", "readiness"],
  ["recovery", "relapse"],
  ["home", "environment"],
]);

export interface WouldChangeView {
  /** Indexes into `result.wouldChange` of the lines to show. */
  readonly shown: readonly number[];
  /** When a line was left out: the areas a professional will ask about after withdrawal care. */
  readonly afterWithdrawalAsk: readonly Dimension[];
}

function afterWithdrawalOnly(change: PlacementResult["wouldChange"][number]): boolean {
  return change.changes.some((answer) => answer.path.startsWith("withdrawal."));
}

/** The areas with a deciding question not answered (skipped or "I'm not sure"). */
export function undecidedAreas(responses: Responses): Dimension[] {
  const areas: Dimension[] = [];
  for (const [section, dimension] of DECIDING_SECTIONS) {
    const open = QUESTIONS.some(
      (question) => question.section === section && (responses[question.id] ?? null) === null,
    );
    if (open) areas.push(dimension);
  }
  return areas;
}

export function wouldChangeView(result: PlacementResult, responses: Responses): WouldChangeView {
  const inWithdrawalCare = result.withdrawalManagement !== null && result.withdrawalManagement !== "none";
  const undecided = inWithdrawalCare ? undecidedAreas(responses) : [];
  const shown: number[] = [];
  let leftOut = false;
  result.wouldChange.forEach((change, index) => {
    if (undecided.length > 0 && afterWithdrawalOnly(change)) leftOut = true;
    else shown.push(index);
  });
  return { shown, afterWithdrawalAsk: leftOut ? undecided : [] };
}
