/**
 * Moves between levels at reassessment (seed "Transitioning Between Levels of Care"; docs/design.md
 * pipeline). Continuing care lasts 3–12 months and the first appointment after leaving a level is within
 * 7 days (docs/design/consumer.md, transitions evidence).
 */
import type { LevelOfCare } from "../levels/level-of-care.js";
import type { MessageParameters, PlacementResult } from "../placement/placement-result.js";

/**
 * The four moves between adult levels, and, for someone under 18, a referral to adolescent services in
 * place of any adult move (docs/design.md: Stepwise places adults; the adult criteria do not apply to them).
 */
export const TRANSITION_KINDS = [
  "continue",
  "step-down",
  "step-up",
  "discharge-to-continuing-care",
  "refer-to-adolescent-services",
] as const;
export type TransitionKind = (typeof TRANSITION_KINDS)[number];

export interface TransitionReason {
  readonly ruleId: string;
  readonly params?: MessageParameters;
}

export const CONTINUING_CARE_SUPPORTS = [
  "recovery-check-ins",
  "peer-recovery-support",
  "mutual-help-groups",
  "relapse-prevention-plan",
  "medication-continuation",
  "naloxone-on-hand",
] as const;
export type ContinuingCareSupport = (typeof CONTINUING_CARE_SUPPORTS)[number];

export interface StepDownPlan {
  readonly nextLevel: LevelOfCare;
  readonly firstAppointmentWithinDays: number;
  /** `asOf` of the reassessment plus `firstAppointmentWithinDays` (YYYY-MM-DD). */
  readonly firstAppointmentBy: string;
  readonly continuingCareMonths: { readonly minimum: number; readonly maximum: number };
}

export interface ContinuingCarePlan {
  readonly firstCheckInWithinDays: number;
  readonly firstCheckInBy: string;
  readonly months: { readonly minimum: number; readonly maximum: number };
  readonly supports: readonly ContinuingCareSupport[];
}

export interface TransitionResult {
  readonly rulesetVersion: string;
  readonly kind: TransitionKind;
  /**
   * The reassessment's placement is provisional (a self-check, or an unknown answer could raise the
   * level): a professional confirms the move before it is made.
   */
  readonly provisional: boolean;
  /** The level the person is in now (current treatment, else the earlier chosen or recommended level). */
  readonly from: LevelOfCare | null;
  /** The next level; null for discharge to continuing care. */
  readonly to: LevelOfCare | null;
  readonly reasons: readonly TransitionReason[];
  readonly stepDownPlan: StepDownPlan | null;
  readonly continuingCarePlan: ContinuingCarePlan | null;
}

/** Continuing care after discharge: check-ins and recovery support, the least intensive level. */
export const CONTINUING_CARE_LEVEL: LevelOfCare = "early-intervention";

/**
 * A reassessment's result: the placement fields describe where the transition leaves the person (the
 * next level; the current one for "continue"; continuing care for discharge), and `placementLevel` is
 * the level the reassessment's answers alone place.
 */
export interface ReassessmentResult extends PlacementResult {
  readonly placementLevel: LevelOfCare | null;
}
