import type { LevelOfCare, OverrideReason } from "@stepwise/engine";

/**
 * The levels of care, least to most intensive, with their ASAM crosswalk codes. A copy of the engine's
 * list (packages/engine/src/levels/level-of-care.ts) so the clinic's screens need not load the engine;
 * care-levels.test.ts checks the two stay the same.
 */
export const CARE_LEVELS: readonly LevelOfCare[] = [
  "early-intervention",
  "outpatient",
  "intensive-outpatient",
  "partial-hospitalization",
  "residential",
  "medically-monitored-inpatient",
  "medically-managed-inpatient",
];

/** ASAM Criteria 3rd edition level numbers, shown only as crosswalk codes beside our own names. */
export const THIRD_EDITION_CODES: Readonly<Record<LevelOfCare, string>> = {
  "early-intervention": "0.5",
  outpatient: "1",
  "intensive-outpatient": "2.1",
  "partial-hospitalization": "2.5",
  residential: "3.1, 3.3, 3.5",
  "medically-monitored-inpatient": "3.7",
  "medically-managed-inpatient": "4",
};

/** The override reasons the records API accepts (the engine's OVERRIDE_REASONS, same order). */
export const DECISION_REASONS: readonly OverrideReason[] = [
  "service-not-available",
  "waitlist",
  "provider-judgment",
  "client-preference",
  "transportation",
  "accessibility",
  "financial",
  "preferred-to-wait",
  "language-or-culture",
  "environment",
  "mental-health",
  "physical-health",
  "court-ordered",
  "other",
];

/** What the care team did about an urgent item (the records API's safety acknowledgement codes). */
export const ACKNOWLEDGEMENT_CODES = [
  "sent-to-emergency",
  "crisis-plan-made",
  "medical-review-arranged",
  "withdrawal-care-arranged",
  "declined-after-counselling",
  "other",
] as const;
export type AcknowledgementCode = (typeof ACKNOWLEDGEMENT_CODES)[number];

/** Why an episode ended (the records API's discharge reasons). */
export const DISCHARGE_REASONS = [
  "plan-completed",
  "to-continuing-care",
  "transferred-to-another-program",
  "left-before-plan-completed",
  "other",
] as const;
export type DischargeReason = (typeof DISCHARGE_REASONS)[number];

export function isCareLevel(value: unknown): value is LevelOfCare {
  return typeof value === "string" && (CARE_LEVELS as readonly string[]).includes(value);
}

/** Position on the ladder: higher is more intensive care. */
export function careRank(level: LevelOfCare): number {
  return CARE_LEVELS.indexOf(level);
}
