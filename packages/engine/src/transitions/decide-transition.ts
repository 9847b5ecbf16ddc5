/**
 * Reassessment: run placement on the new answers and compare with where the person is now
 * (current treatment, else the level chosen or recommended earlier). Step up when a need now calls for
 * more, step down when the needs that held the person at this level have eased, discharge to continuing
 * care when nothing calls for treatment beyond check-ins (or outpatient goals are met), else continue.
 * A move to less care waits while an urgent item is open (docs/design.md "Safety first") or while an unknown
 * answer could keep the person at the level they are in now (docs/design.md "Unknown is not 'fine'";
 * docs/design/consumer.md §4.5: step-down questions are answered before the move).
 */
import type { Assessment } from "../assessment/assessment.js";
import { LEVEL_CROSSWALK, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { assess } from "../placement/assess.js";
import type { TransitionInput } from "../placement/engine-signatures.js";
import type { PlacementResult, UnknownItem } from "../placement/placement-result.js";
import { evaluateCondition, evaluateRules } from "../rules/evaluate-rules.js";
import { RULESET_VERSION } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";
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

/** Unknown answers that could raise the level back to the one the person is in now, or above. */
function unknownsThatCouldKeepTheLevel(placement: PlacementResult, from: LevelOfCare): UnknownItem[] {
  return placement.unknowns.filter(
    (unknown) => unknown.couldRaiseTo !== null && levelRank(unknown.couldRaiseTo) >= levelRank(from),
  );
}

/**
 * The earlier drivers that are known not to apply now. A driver whose answers are now unknown has not
 * resolved: it is listed among the unknowns instead (explanation/unknowns.ts).
 */
function resolvedDrivers(previous: PlacementResult, reassessment: Assessment): string[] {
  const evaluation = evaluateRules(reassessment, RULES);
  const ruleById = new Map(RULES.map((rule) => [rule.id, rule]));
  const resolved: string[] = [];
  for (const reason of previous.reasons) {
    const rule = ruleById.get(reason.ruleId);
    if (!reason.driver || rule === undefined) continue;
    if (evaluateCondition(rule.when, evaluation.facts, evaluation.ratings) === false) resolved.push(rule.id);
  }
  return resolved;
}

/**
 * ASAM 2020 IV.5 (docs/design/domain.md §1.7): withdrawal that gets worse during ambulatory withdrawal
 * management calls for a more intensive level: 2-WM (ambulatory, with extended on-site monitoring, given in
 * day treatment) or inpatient. Worse means a higher withdrawal rating than at the earlier placement while
 * the reassessment still calls for ambulatory withdrawal care (a rating that calls for more already raises
 * the placement itself). The move is one step: day treatment from an outpatient level, a live-in
 * (residential) setting from day treatment. Returns that level when it is above the reassessment's own.
 */
function levelForWorseningWithdrawal(
  previous: PlacementResult,
  placement: PlacementResult,
  from: LevelOfCare,
): LevelOfCare | null {
  if (previous.withdrawalManagement !== "ambulatory" || placement.withdrawalManagement !== "ambulatory")
    return null;
  if (placement.ratings.withdrawal.rating <= previous.ratings.withdrawal.rating) return null;
  const target: LevelOfCare =
    levelRank(from) < levelRank("partial-hospitalization") ? "partial-hospitalization" : "residential";
  return placement.level !== null && levelRank(target) > levelRank(placement.level) ? target : null;
}

export function decideTransitionFor(
  previous: PlacementResult,
  reassessment: Assessment,
  placement: PlacementResult,
): TransitionResult {
  const from = currentLevel(previous, reassessment);
  const worsening = from === null ? null : levelForWorseningWithdrawal(previous, placement, from);
  const to = worsening ?? placement.level;
  const reasons: TransitionReason[] = [];
  let kind: TransitionKind;
  if (to === null) {
    // Under 18: no adult level is placed, so no adult move either; the result points to adolescent services.
    kind = "refer-to-adolescent-services";
    reasons.push({ ruleId: "adolescent-services" });
  } else if (from === null) {
    kind = "continue";
    reasons.push({ ruleId: "transition-continue" });
  } else if (levelRank(to) > levelRank(from)) {
    kind = "step-up";
    reasons.push({ ruleId: "transition-step-up", params: { from, to } });
    if (worsening !== null) reasons.push({ ruleId: "transition-withdrawal-worsening" });
    for (const reason of placement.reasons)
      if (reason.level !== null && levelRank(reason.level) > levelRank(from))
        reasons.push({ ruleId: reason.ruleId, params: { change: "new-need" } });
  } else {
    const goalsMet = reassessment.currentTreatment?.goalsMet === true;
    const outpatientOrLess =
      levelRank(to) <= levelRank("outpatient") && levelRank(from) <= levelRank("outpatient");
    const noTreatmentNeed = to === "early-intervention";
    const leavingKind: TransitionKind | null =
      noTreatmentNeed || (goalsMet && outpatientOrLess)
        ? "discharge-to-continuing-care"
        : levelRank(to) < levelRank(from)
          ? "step-down"
          : null;
    const unknownsFirst = leavingKind === null ? [] : unknownsThatCouldKeepTheLevel(placement, from);
    const urgentFirst = leavingKind !== null && placement.urgent.length > 0;
    if (leavingKind !== null && !urgentFirst && unknownsFirst.length === 0) {
      kind = leavingKind;
      reasons.push(
        kind === "step-down"
          ? { ruleId: "transition-step-down", params: { from, to } }
          : { ruleId: "transition-discharge-to-continuing-care", params: { from } },
      );
      for (const ruleId of resolvedDrivers(previous, reassessment))
        reasons.push({ ruleId, params: { change: "resolved" } });
    } else {
      kind = "continue";
      reasons.push({ ruleId: "transition-continue", params: { level: from } });
      // The move down waits: first the urgent items, then the answers that could keep this level.
      for (const item of urgentFirst ? placement.urgent : [])
        reasons.push({ ruleId: "transition-urgent-need-before-leaving", params: { urgent: item.ruleId } });
      for (const unknown of unknownsFirst)
        reasons.push({ ruleId: "transition-unknown-before-leaving", params: { path: unknown.path } });
      if (leavingKind === null)
        for (const reason of placement.reasons)
          if (reason.driver) reasons.push({ ruleId: reason.ruleId, params: { change: "still-present" } });
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
    provisional: placement.provisional,
    from,
    to:
      kind === "discharge-to-continuing-care"
        ? null
        : kind === "continue" && from !== null && to !== null
          ? from
          : to,
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
