/**
 * The things people weigh when they choose between intensive outpatient and inpatient care. Each one
 * matches a row of the comparison, so what a person rates is what they just read (Ottawa Personal
 * Decision Guide step 4, "rate how much each matters, 0–5"; IPDAS values clarification,
 * docs/design/consumer.md §2.5 and §2.7). The ids are short because they travel in a share link.
 */
export const FACTOR_IDS = [
  "time",
  "sleep",
  "duties",
  "medical",
  "structure",
  "family",
  "cost",
  "practice",
] as const;

export type FactorId = (typeof FACTOR_IDS)[number];

export function isFactorId(value: string): value is FactorId {
  return (FACTOR_IDS as readonly string[]).includes(value);
}

/** 0 = does not matter at all … 5 = matters most. */
export const RATING_VALUES = [0, 1, 2, 3, 4, 5] as const;
export type Importance = (typeof RATING_VALUES)[number];

/** One person's ratings; a factor left out is not rated yet. */
export type Ratings = Readonly<Partial<Record<FactorId, Importance>>>;

export function isImportance(value: number): value is Importance {
  return Number.isInteger(value) && value >= 0 && value <= 5;
}
