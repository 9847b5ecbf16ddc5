/**
 * The reasons behind a result: every fired placement rule, drivers first (the needs that set the level
 * or the withdrawal-management setting), then the co-occurring marker and person-centered considerations.
 * Each rule's two possible reasons (driver or not) and their places in reading order are made once per
 * rule set (placement/rule-contribution.ts); here they are picked and put in order.
 */
import type { Reason } from "../placement/placement-result.js";
import type { RuleContribution } from "../placement/rule-contribution.js";

/**
 * @param firedAt  the fired rules' positions in the rule set, in rule-set order
 * @param levelRank  the placed level's position in LEVELS_OF_CARE, -1 when no level was placed (adolescent)
 * @param settingRank  the placed withdrawal-management setting's position, -1 when none was placed
 */
export function buildReasons(
  contributions: readonly RuleContribution[],
  firedAt: readonly number[],
  levelRank: number,
  settingRank: number,
): Reason[] {
  const reasons: Reason[] = [];
  const orders: number[] = [];
  for (const at of firedAt) {
    const contribution = contributions[at] as RuleContribution;
    if (contribution.driverReason === null) continue;
    // A placement rule drives the result when it calls for exactly the level or the setting placed
    // (a setting of "none" is driven by nothing). Its level and setting ranks are -1 unless it is one.
    const drives =
      (levelRank !== -1 && contribution.levelRank === levelRank) ||
      (settingRank > 0 && contribution.settingRank === settingRank);
    // A need that a higher one supersedes is not shown as if it applied: its text names a lower level or
    // setting ("can be managed at home") that the result does not give. The dimension ratings still list it.
    if (!drives) {
      if (levelRank !== -1 && contribution.levelRank !== -1 && contribution.levelRank < levelRank) continue;
      if (contribution.settingRank > 0 && contribution.settingRank < settingRank) continue;
    }
    // A note shown only where it fits the level.
    if (
      levelRank !== -1 &&
      (levelRank < contribution.shownFromRank || levelRank > contribution.shownUpToRank)
    )
      continue;
    if (levelRank === -1 && contribution.shownFromRank !== -1) continue;
    const reason = drives ? contribution.driverReason : contribution.reason;
    if (reason === null) continue;
    const order = drives ? contribution.driverReasonOrder : contribution.reasonOrder;
    // A stable insertion sort by each reason's place: a result has a handful of reasons, too few for
    // Array.prototype.sort and its comparator calls to pay.
    let slot = reasons.length;
    reasons.push(reason);
    orders.push(order);
    for (; slot > 0 && (orders[slot - 1] as number) > order; slot--) {
      reasons[slot] = reasons[slot - 1] as Reason;
      orders[slot] = orders[slot - 1] as number;
    }
    reasons[slot] = reason;
    orders[slot] = order;
  }
  return reasons;
}
