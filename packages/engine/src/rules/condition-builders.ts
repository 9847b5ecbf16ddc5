import type { Dimension, Rating } from "../ratings/dimension.js";
import type { FactId } from "./facts.js";
import type { Condition } from "./rule.js";

export const fact = (id: FactId): Condition => ({ fact: id });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const rating = (dimension: Dimension, atLeast: Rating): Condition => ({ rating: dimension, atLeast });
export const always: Condition = { always: true };

/** Alcohol or sedatives every day and withdrawal not yet over. */
export const sedativeTypeWithdrawalExpected = all(
  fact("sedative-type-daily-use"),
  fact("withdrawal-ongoing"),
);
/** Opioids every day and withdrawal not yet over. */
export const opioidWithdrawalExpected = all(fact("opioid-daily-use"), fact("withdrawal-ongoing"));
