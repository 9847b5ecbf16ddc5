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
  const keyed = reasons.map((reason) => ({ reason, order: orderOf(reason) }));
  keyed.sort((a, b) => a.order - b.order);
  return keyed.map((entry) => entry.reason);
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
