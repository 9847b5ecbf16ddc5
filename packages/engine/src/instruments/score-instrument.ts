import { UnknownItemError } from "./answer-errors.js";
import { answerIndex, optionForAnswer } from "./answer-index.js";
import { instrumentDefinition } from "./instrument-catalogue.js";
import type { ScaleResult } from "./scale-result.js";
import { type ScoringOptions, scoreFromPoints } from "./score-points.js";

/** An answer as the web app or an API client sends it; `null`/absent means not answered. */
export type AnswerValue = string | number | boolean | null | undefined;

/**
 * Scores a validated scale from answers keyed by item id (`phq-9.9`), form number (`9`) or LOINC item code
 * (`44260-8`). Each answer is the option's code, LOINC answer code, label, points, or true/false for yes/no.
 * Throws AnswerOutOfRangeError (naming the item and the allowed answers) for an answer the scale does not have,
 * and UnknownItemError for an item it does not have. A missing answer makes the result incomplete.
 */
export function scoreInstrument(
  instrumentId: string,
  answers: Readonly<Record<string, AnswerValue>>,
  options: ScoringOptions = {},
): ScaleResult {
  const definition = instrumentDefinition(instrumentId);
  const { items } = answerIndex(definition);
  const points: Record<string, number> = {};
  for (const [key, answer] of Object.entries(answers)) {
    const item = items.get(key);
    if (item === undefined) {
      throw new UnknownItemError(
        definition.id,
        key,
        definition.items.map((known) => known.id),
      );
    }
    if (answer === null || answer === undefined) continue;
    points[item.id] = optionForAnswer(definition, item, answer).points;
  }
  return scoreFromPoints(definition, points, options);
}
