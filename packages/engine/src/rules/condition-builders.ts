import type { Dimension, Rating } from "../ratings/dimension.js";
import type { FactId } from "./facts.js";
import type { Condition } from "./rule.js";

export const fact = (id: FactId): Condition => ({ fact: id });
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
export const rating = (dimension: Dimension, atLeast: Rating): Condition => ({ rating: dimension, atLeast });
export const always: Condition = { always: true };

/**
 * Alcohol or sedatives every day and their withdrawal not yet over: signs now or use today keep it going
 * whatever else was said; time since the last use closes it per substance (withdrawal-window.ts).
 */
export const sedativeTypeWithdrawalExpected = all(
  fact("sedative-type-daily-use"),
  fact("sedative-type-withdrawal-ongoing"),
);
/** Opioids every day and their withdrawal not yet over. */
export const opioidWithdrawalExpected = all(fact("opioid-daily-use"), fact("opioid-withdrawal-ongoing"));
