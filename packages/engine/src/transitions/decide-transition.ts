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
import { LEVEL_CROSSWALK, LEVELS_OF_CARE, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import { LIVE_IN_WITHDRAWAL_SETTING, withdrawalManagementRank } from "../levels/withdrawal-management.js";
import { resultOfPlacement } from "../placement/assess.js";
import type { TransitionInput } from "../placement/engine-signatures.js";
import { decideLevelChoice } from "../placement/level-choice.js";
import { placeAssessment } from "../placement/place.js";
import type { PlacementResult, UnknownItem } from "../placement/placement-result.js";
import type { RuleEvaluation } from "../rules/evaluate-rules.js";
import { RULESET_VERSION, type Rule } from "../rules/rule.js";
import { RULES } from "../rules/ruleset.js";
import { CONTINUING_CARE_MONTHS, FIRST_APPOINTMENT_WITHIN_DAYS } from "../rules/transition-rules.js";
import {
  CONTINUING_CARE_LEVEL,
  type ContinuingCareSupport,
  type ReassessmentResult,
  type TransitionKind,
  type TransitionReason,
  type TransitionResult,
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
  if (placement.medications.some((note) => note.availableAtEveryLevel))
    supports.push("medication-continuation");
  if (placement.medications.some((note) => note.medications.includes("naloxone")))
    supports.push("naloxone-on-hand");
  return supports;
}

/** Unknown answers that could raise the level back to the one the person is in now, or above. */
function unknownsThatCouldKeepTheLevel(placement: PlacementResult, from: LevelOfCare): UnknownItem[] {
  return placement.unknowns.filter(
    (unknown) => unknown.couldRaiseTo !== null && levelRank(unknown.couldRaiseTo) >= levelRank(from),
  );
}

const RULE_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((rule) => [rule.id, rule]));

/**
 * The earlier drivers that are known not to apply now: in the reassessment's own evaluation (the one its
 * placement came from), neither fired nor undecided. A driver whose answers are now unknown has not
 * resolved: it is listed among the unknowns instead (explanation/unknowns.ts).
 */
function resolvedDrivers(previous: PlacementResult, evaluation: RuleEvaluation): string[] {
  const resolved: string[] = [];
  for (const reason of previous.reasons) {
    const rule = RULE_BY_ID.get(reason.ruleId);
    if (!reason.driver || rule === undefined) continue;
    if (!evaluation.fired.includes(rule) && !evaluation.undecided.includes(rule)) resolved.push(rule.id);
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
 * The reassessment may also say so directly: withdrawal care at home whose symptoms are "worsening" or
 * "not resolving" (IV.5 names both) moves the same way.
 */
function levelForWorseningWithdrawal(
  previous: PlacementResult,
  reassessment: Assessment,
  placement: PlacementResult,
  from: LevelOfCare,
): LevelOfCare | null {
  const current = reassessment.currentTreatment;
  const inCareAtHome = (current?.withdrawalManagement ?? previous.withdrawalManagement) === "ambulatory";
  const course = current?.withdrawalCourse;
  const saidWorse = inCareAtHome && (course === "worsening" || course === "not-resolving");
  const placedAtHomeOrLess =
    placement.withdrawalManagement === "ambulatory" ||
    (saidWorse && placement.withdrawalManagement === "none");
  if (!saidWorse && previous.withdrawalManagement !== "ambulatory") return null;
  if (!placedAtHomeOrLess) return null;
  if (!saidWorse && placement.ratings.withdrawal.rating <= previous.ratings.withdrawal.rating) return null;
  const target: LevelOfCare =
    levelRank(from) < levelRank("partial-hospitalization") ? "partial-hospitalization" : "residential";
  return placement.level !== null && levelRank(target) > levelRank(placement.level) ? target : null;
}

/**
 * @param evaluation  the reassessment's rule evaluation, the one `placement` was built on (evaluated once)
 */
export function decideTransitionFor(
  previous: PlacementResult,
  reassessment: Assessment,
  placement: PlacementResult,
  evaluation: RuleEvaluation,
): TransitionResult {
  const from = currentLevel(previous, reassessment);
  const worsening =
    from === null ? null : levelForWorseningWithdrawal(previous, reassessment, placement, from);
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
      for (const ruleId of resolvedDrivers(previous, evaluation))
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

/**
 * The level a transition leaves the person at: the next level for a move, the current level for
 * "continue", and check-ins with recovery support (the least intensive level) for discharge to
 * continuing care. Null for someone under 18.
 */
export function levelAfterTransition(transition: TransitionResult): LevelOfCare | null {
  if (transition.kind === "refer-to-adolescent-services") return null;
  if (transition.kind === "discharge-to-continuing-care") return CONTINUING_CARE_LEVEL;
  return transition.to ?? transition.from;
}

/**
 * The reassessment's result as one coherent whole: `level`, `withdrawalManagement`, `choice` and
 * `nextLowerLevel` describe where the transition leaves the person, and `placementLevel` keeps what the
 * reassessment's answers alone place (a step-up for worsening withdrawal, or a stay while a question is
 * open, can differ from it).
 */
export function reassessmentResult(
  placement: PlacementResult,
  transition: TransitionResult,
  reassessment: Assessment,
): ReassessmentResult {
  const level = levelAfterTransition(transition);
  const placementLevel = placement.level;
  if (level === null || level === placementLevel) return { ...placement, placementLevel };
  // The pair stays coherent at the new level: a live-in level gives withdrawal care where the person lives.
  let withdrawalManagement = placement.withdrawalManagement;
  const liveIn = LIVE_IN_WITHDRAWAL_SETTING[level];
  if (
    LEVEL_CROSSWALK[level].inpatient &&
    withdrawalManagement !== null &&
    withdrawalManagement !== "none" &&
    withdrawalManagementRank(withdrawalManagement) < withdrawalManagementRank(liveIn)
  )
    withdrawalManagement = liveIn;
  if (transition.kind === "discharge-to-continuing-care") withdrawalManagement = "none";
  const lower = levelRank(level) - 1;
  const withdrawalFirst =
    placement.withdrawalFirst !== null &&
    withdrawalManagement !== null &&
    withdrawalManagement !== "none" &&
    levelRank(placement.withdrawalFirst.thenLevel) < levelRank(level)
      ? { setting: withdrawalManagement, thenLevel: placement.withdrawalFirst.thenLevel }
      : null;
  return {
    ...placement,
    level,
    placementLevel,
    withdrawalManagement,
    withdrawalFirst,
    nextLowerLevel:
      lower < 0
        ? null
        : {
            level: LEVELS_OF_CARE[lower] ?? "early-intervention",
            unmetNeeds: placement.reasons.filter(
              (reason) =>
                reason.kind !== "baseline" && reason.level !== null && levelRank(reason.level) > lower,
            ),
          },
    choice: decideLevelChoice(reassessment, level),
  };
}

/**
 * Re-runs placement on the reassessment and decides the move. The `placement` returned describes where
 * the move leaves the person, with the reassessment's own placement in `placementLevel`.
 */
export function decideTransition(input: TransitionInput): {
  readonly placement: ReassessmentResult;
  readonly transition: TransitionResult;
} {
  // One evaluation of the rules serves the placement and the drivers that resolved.
  const placed = placeAssessment(input.reassessment, RULES);
  const placement = resultOfPlacement(input.reassessment, placed, RULES);
  const transition = decideTransitionFor(input.previous, input.reassessment, placement, placed.evaluation);
  return { placement: reassessmentResult(placement, transition, input.reassessment), transition };
}
