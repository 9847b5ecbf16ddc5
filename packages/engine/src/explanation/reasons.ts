/**
 * The reasons behind a result: every fired placement rule, drivers first (the needs that set the level
 * or the withdrawal-management setting), then the co-occurring marker and person-centered considerations.
 */
import type { LevelOfCare } from "../levels/level-of-care.js";
import { levelRank } from "../levels/level-of-care.js";
import type { Reason, ReasonKind } from "../placement/placement-result.js";
import type { WithdrawalManagement } from "../placement/withdrawal-management.js";
import type { Rule } from "../rules/rule.js";

function kindOf(rule: Rule): ReasonKind {
  if (rule.kind === "co-occurring") return "co-occurring";
  if (rule.kind === "consideration") return "consideration";
  if (rule.kind === "adolescent") return "adolescent";
  if (rule.dimension === undefined) return "baseline";
  if (rule.minimumLevel === undefined && rule.withdrawalManagement !== undefined)
    return "withdrawal-management";
  return "level";
}

export function buildReasons(
  fired: readonly Rule[],
  level: LevelOfCare | null,
  setting: WithdrawalManagement | null,
): Reason[] {
  const reasons: Reason[] = [];
  for (const rule of fired) {
    if (rule.kind === "safety" || rule.kind === "medication") continue;
    const drivesLevel = level !== null && rule.kind === "placement" && rule.minimumLevel === level;
    const drivesSetting =
      setting !== null &&
      setting !== "none" &&
      rule.withdrawalManagement === setting &&
      rule.kind === "placement";
    const kind = kindOf(rule);
    // The starting point is a reason only when nothing known raised the level above it.
    if (kind === "baseline" && !drivesLevel) continue;
    reasons.push({
      ruleId: rule.id,
      kind,
      dimension: rule.dimension ?? null,
      level: rule.minimumLevel ?? null,
      withdrawalManagement: rule.withdrawalManagement ?? null,
      driver: rule.kind === "adolescent" || drivesLevel || drivesSetting,
    });
  }
  // Drivers first, then other level reasons (most intensive first), the co-occurring marker, and
  // considerations; each reason's place is worked out once, not at every comparison.
  // A stable insertion sort by each reason's place: a result has a handful of reasons, too few for
  // Array.prototype.sort and its comparator calls to pay.
  const orders: number[] = [];
  for (const reason of reasons) orders.push(orderOf(reason));
  for (let next = 1; next < reasons.length; next++) {
    const reason = reasons[next] as Reason;
    const order = orders[next] as number;
    let slot = next;
    for (; slot > 0 && (orders[slot - 1] as number) > order; slot--) {
      reasons[slot] = reasons[slot - 1] as Reason;
      orders[slot] = orders[slot - 1] as number;
    }
    reasons[slot] = reason;
    orders[slot] = order;
  }
  return reasons;
}

function orderOf(reason: Reason): number {
  if (reason.kind === "adolescent") return -1000;
  const group = reason.driver
    ? 0
    : reason.kind === "consideration"
      ? 200
      : reason.kind === "co-occurring"
        ? 100
        : 50;
  return group - (reason.level === null ? -1 : levelRank(reason.level));
}
