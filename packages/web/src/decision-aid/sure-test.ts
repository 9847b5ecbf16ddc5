/**
 * The SURE test: four yes/no questions on how sure a person feels about a decision (Légaré et al.,
 * Can Fam Physician 2010; docs/design/consumer.md §2.5). A "no" to any of them (a score of 3 or less)
 * suggests the person still feels conflicted and may want more information or support. The questions
 * themselves are in the catalog, in our words.
 */
export const SURE_ITEMS = ["sure", "understand", "riskBenefit", "encouragement"] as const;
export type SureItem = (typeof SURE_ITEMS)[number];

/** true = yes, false = no, missing = not answered yet. */
export type SureAnswers = Readonly<Partial<Record<SureItem, boolean>>>;

export interface SureResult {
  readonly answered: number;
  /** Number of "yes" answers, 0–4; null until all four are answered. */
  readonly score: number | null;
  /** All four answered "yes". */
  readonly clear: boolean | null;
  /** The items answered "no": the needs to work on next. */
  readonly needs: readonly SureItem[];
}

export function scoreSure(answers: SureAnswers): SureResult {
  const answered = SURE_ITEMS.filter((item) => answers[item] !== undefined).length;
  const yes = SURE_ITEMS.filter((item) => answers[item] === true).length;
  const needs = SURE_ITEMS.filter((item) => answers[item] === false);
  const complete = answered === SURE_ITEMS.length;
  return { answered, score: complete ? yes : null, clear: complete ? yes === 4 : null, needs };
}

export type SureChange = "clearer" | "same" | "less-clear" | "not-yet";

/** Did the decision get clearer between the first and the second time? */
export function sureChange(before: SureAnswers, after: SureAnswers): SureChange {
  const first = scoreSure(before).score;
  const second = scoreSure(after).score;
  if (first === null || second === null) return "not-yet";
  return second > first ? "clearer" : second < first ? "less-clear" : "same";
}
