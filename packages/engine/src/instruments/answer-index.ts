import { AnswerOutOfRangeError } from "./answer-errors.js";
import type { AnswerOption, InstrumentDefinition, InstrumentItem } from "./instrument-definition.js";

/**
 * Look-up tables built once per scale, so scoring a response is a few map reads (bench/scoring: scoring
 * must cost no more than parsing the response).
 */
export interface AnswerIndex {
  /** Item by our id, form number or LOINC item code. */
  readonly items: ReadonlyMap<string, InstrumentItem>;
  /** Per item id: option by our code, LOINC answer code, lower-case label, or points as text. */
  readonly options: ReadonlyMap<string, ReadonlyMap<string, AnswerOption>>;
}

const indexes = new WeakMap<InstrumentDefinition, AnswerIndex>();

export function answerIndex(definition: InstrumentDefinition): AnswerIndex {
  const cached = indexes.get(definition);
  if (cached !== undefined) return cached;
  const items = new Map<string, InstrumentItem>();
  const options = new Map<string, Map<string, AnswerOption>>();
  for (const item of definition.items) {
    items.set(item.id, item);
    if (!items.has(item.number)) items.set(item.number, item);
    for (const code of item.loinc) items.set(code, item);
    const byKey = new Map<string, AnswerOption>();
    for (const option of item.options) {
      // Earlier options win on a shared key (ASQ "yes" and "declined" both score 1; "1" means "yes").
      for (const key of [
        option.code,
        option.loinc,
        ...(option.aliases ?? []),
        option.label?.toLowerCase(),
        String(option.points),
      ]) {
        if (key !== undefined && !byKey.has(key)) byKey.set(key, option);
      }
    }
    options.set(item.id, byKey);
  }
  const index = { items, options };
  indexes.set(definition, index);
  return index;
}

export function allowedAnswers(item: InstrumentItem): string[] {
  return item.options.map((option) =>
    option.label === null ? `${option.points}` : `${option.points} (${option.code} "${option.label}")`,
  );
}

/** The option an answer names: our code, a LOINC answer code, the label, the points, or true/false for yes/no. */
export function optionForAnswer(
  definition: InstrumentDefinition,
  item: InstrumentItem,
  answer: string | number | boolean,
): AnswerOption {
  const byKey = answerIndex(definition).options.get(item.id);
  let key: string;
  if (typeof answer === "boolean") key = answer ? "yes" : "no";
  else if (typeof answer === "number") key = String(answer);
  else key = answer.trim();
  const option = byKey?.get(key) ?? byKey?.get(key.toLowerCase());
  if (option === undefined) {
    throw new AnswerOutOfRangeError(definition.id, item.id, JSON.stringify(answer), allowedAnswers(item));
  }
  return option;
}
