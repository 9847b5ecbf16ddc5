/**
 * How long after the last use a substance's withdrawal can still come or still be going on, read per
 * substance entry. Elapsed time alone closes withdrawal only where the window is known:
 * - alcohol: 7 days (withdrawal starts within hours, peaks at 1–3 days and is usually over within a week;
 *   ASAM 2020 alcohol withdrawal guideline, SAMHSA TIP 45 ch. 4);
 * - short-acting opioids (heroin, fentanyl, opioid pain medicine): 14 days; methadone and buprenorphine,
 *   long-acting, and an opioid whose kind is unknown: 21 days (SAMHSA TIP 45 ch. 4 and TIP 63: methadone
 *   withdrawal starts later and lasts longer);
 * - benzodiazepines and other sedatives: never by time alone, since their withdrawal can begin days to weeks
 *   after the last dose (SAMHSA TIP 45 ch. 4; long-acting benzodiazepines).
 * The windows are judgement calls listed in docs/clinical-review.md.
 */
import type { Assessment, SubstanceUse } from "../assessment/assessment.js";

export const ALCOHOL_WITHDRAWAL_WINDOW_DAYS = 7;
export const SHORT_ACTING_OPIOID_WITHDRAWAL_WINDOW_DAYS = 14;
export const LONG_ACTING_OPIOID_WITHDRAWAL_WINDOW_DAYS = 21;

export type WithdrawalGroup = "sedative-type" | "opioids";

const SHORT_ACTING_OPIOIDS = new Set(["heroin", "fentanyl", "opioid-pain-medicine"]);

function groupOf(use: SubstanceUse): WithdrawalGroup | null {
  switch (use.substance) {
    case "alcohol":
    case "benzodiazepines":
    case "other-sedatives":
      return "sedative-type";
    case "opioids":
      return "opioids";
    default:
      return null;
  }
}

/** Days since the last use, from the hours when given (more exact), else the days; null when unknown. */
export function daysSinceLastUse(use: SubstanceUse): number | null {
  if (use.lastUseHoursAgo !== null && use.lastUseHoursAgo !== undefined) return use.lastUseHoursAgo / 24;
  if (use.lastUseDaysAgo !== null && use.lastUseDaysAgo !== undefined) return use.lastUseDaysAgo;
  return null;
}

/** The days after which this entry's withdrawal is over by time alone; null when time never closes it. */
export function withdrawalWindowDays(use: SubstanceUse): number | null {
  if (use.substance === "alcohol") return ALCOHOL_WITHDRAWAL_WINDOW_DAYS;
  if (use.substance === "opioids")
    return use.specific !== null && use.specific !== undefined && SHORT_ACTING_OPIOIDS.has(use.specific)
      ? SHORT_ACTING_OPIOID_WITHDRAWAL_WINDOW_DAYS
      : LONG_ACTING_OPIOID_WITHDRAWAL_WINDOW_DAYS;
  return null;
}

/** Every listed substance of the group was last used longer ago than its window (none listed: false). */
export function withdrawalOverByTime(assessment: Assessment, group: WithdrawalGroup): boolean {
  const list = assessment.substances;
  if (list === null || list === undefined) return false;
  let listed = false;
  for (const use of list) {
    if (groupOf(use) !== group) continue;
    listed = true;
    const days = daysSinceLastUse(use);
    const window = withdrawalWindowDays(use);
    if (days === null || window === null || days < window) return false;
  }
  return listed;
}

/** A substance of the group (any group when `group` is null) used within the past day. */
export function usedToday(assessment: Assessment, group: WithdrawalGroup | null): boolean {
  const list = assessment.substances;
  if (list === null || list === undefined) return false;
  for (const use of list) {
    const own = groupOf(use);
    if (own === null || (group !== null && own !== group)) continue;
    const days = daysSinceLastUse(use);
    if (days !== null && days < 1) return true;
  }
  return false;
}
