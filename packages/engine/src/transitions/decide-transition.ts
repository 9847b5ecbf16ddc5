/**
 * Reassessment: run placement on the new answers and compare with where the person is now
 * (current treatment, else the level chosen or recommended earlier). Step up when a need now calls for
 * more, step down when the needs that held the person at this level have eased, discharge to continuing
 * care when nothing calls for treatment beyond check-ins (or outpatient goals are met), else continue.
 */
import type { Assessment } from "../assessment/assessment.js";
import { LEVEL_CROSSWALK, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { assess } from "../placement/assess.js";
import type { TransitionInput } from "../placement/engine-signatures.js";
import type { PlacementResult } from "../placement/placement-result.js";
import { RULESET_VERSION } from "../rules/rule.js";
import { CONTINUING_CARE_MONTHS, FIRST_APPOINTMENT_WITHIN_DAYS } from "../rules/transition-rules.js";
import type {
  ContinuingCareSupport,
  TransitionKind,
  TransitionReason,
  TransitionResult,
} from "./transition-result.js";

/** Adds days to a YYYY-MM-DD date without reading a clock. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

function currentLevel(previous: PlacementResult, reassessment: Assessment): LevelOfCare | null {
  return (
    reassessment.currentTreatment?.level ??
    (previous.choice.accepted ? previous.choice.chosen : null) ??
    previous.level
  );
}

function supportsFor(placement: PlacementResult): ContinuingCareSupport[] {
  const supports: ContinuingCareSupport[] = [
    "recovery-check-ins",
    "peer-recovery-support",
    "mutual-help-groups",
    "relapse-prevention-plan",
  ];
  if (placement.medications.some((note) => note.code !== "naloxone"))
    supports.push("medication-continuation");
  if (placement.medications.some((note) => note.code === "naloxone")) supports.push("naloxone-on-hand");
  return supports;
}

export function decideTransitionFor(
  previous: PlacementResult,
  reassessment: Assessment,
  placement: PlacementResult,
): TransitionResult {
  const from = currentLevel(previous, reassessment);
  const to = placement.level;
  const reasons: TransitionReason[] = [];
  let kind: TransitionKind;
  if (to === null || from === null) {
    kind = "continue";
    reasons.push({ ruleId: to === null ? "adolescent-services" : "transition-continue" });
  } else if (levelRank(to) > levelRank(from)) {
    kind = "step-up";
    reasons.push({ ruleId: "transition-step-up", params: { from, to } });
    for (const reason of placement.reasons)
      if (reason.level !== null && levelRank(reason.level) > levelRank(from))
        reasons.push({ ruleId: reason.ruleId, params: { change: "new-need" } });
  } else {
    const goalsMet = reassessment.currentTreatment?.goalsMet === true;
    const outpatientOrLess =
      levelRank(to) <= levelRank("outpatient") && levelRank(from) <= levelRank("outpatient");
    const noTreatmentNeed = to === "early-intervention" && placement.urgent.length === 0;
    if (noTreatmentNeed || (goalsMet && outpatientOrLess && placement.urgent.length === 0)) {
      kind = "discharge-to-continuing-care";
      reasons.push({ ruleId: "transition-discharge-to-continuing-care", params: { from } });
    } else if (levelRank(to) < levelRank(from)) {
      kind = "step-down";
      reasons.push({ ruleId: "transition-step-down", params: { from, to } });
    } else {
      kind = "continue";
      reasons.push({ ruleId: "transition-continue", params: { level: from } });
      for (const reason of placement.reasons)
        if (reason.driver) reasons.push({ ruleId: reason.ruleId, params: { change: "still-present" } });
    }
    if (kind !== "continue") {
      const stillFiring = new Set(placement.reasons.map((reason) => reason.ruleId));
      for (const reason of previous.reasons)
        if (reason.driver && !stillFiring.has(reason.ruleId))
          reasons.push({ ruleId: reason.ruleId, params: { change: "resolved" } });
    }
  }
  const leaving = kind === "step-down" || kind === "discharge-to-continuing-care";
  if (leaving) {
    reasons.push({ ruleId: "transition-first-appointment-within-7-days" });
    reasons.push({ ruleId: "transition-continuing-care-3-to-12-months" });
    if (
      from !== null &&
      LEVEL_CROSSWALK[from].inpatient &&
      placement.medications.some((note) => note.code === "naloxone")
    )
      reasons.push({ ruleId: "transition-overdose-risk-after-live-in-care" });
  }
  const firstBy = addDays(reassessment.asOf, FIRST_APPOINTMENT_WITHIN_DAYS);
  return {
    rulesetVersion: RULESET_VERSION,
    kind,
    from,
    to: kind === "discharge-to-continuing-care" ? null : to,
    reasons,
    stepDownPlan:
      kind === "step-down" && to !== null
        ? {
            nextLevel: to,
            firstAppointmentWithinDays: FIRST_APPOINTMENT_WITHIN_DAYS,
            firstAppointmentBy: firstBy,
            continuingCareMonths: CONTINUING_CARE_MONTHS,
          }
        : null,
    continuingCarePlan: leaving
      ? {
          firstCheckInWithinDays: FIRST_APPOINTMENT_WITHIN_DAYS,
          firstCheckInBy: firstBy,
          months: CONTINUING_CARE_MONTHS,
          supports: supportsFor(placement),
        }
      : null,
  };
}

/** Re-runs placement on the reassessment and decides the move. */
export function decideTransition(input: TransitionInput): {
  readonly placement: PlacementResult;
  readonly transition: TransitionResult;
} {
  const placement = assess(input.reassessment);
  return { placement, transition: decideTransitionFor(input.previous, input.reassessment, placement) };
}
