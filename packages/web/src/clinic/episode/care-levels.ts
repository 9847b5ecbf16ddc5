// The engine's files of plain lists, not the whole engine: these screens need no placement logic.
import { OVERRIDE_REASONS, type OverrideReason } from "@stepwise/engine/assessment-model";
import {
  isLevelOfCare,
  LEVEL_CROSSWALK,
  LEVELS_OF_CARE,
  type LevelOfCare,
  levelRank,
} from "@stepwise/engine/levels";

/** The levels of care, least to most intensive (the engine's list). */
export const CARE_LEVELS: readonly LevelOfCare[] = LEVELS_OF_CARE;

/** ASAM Criteria 3rd edition level numbers, shown only as crosswalk codes beside our own names. */
export const THIRD_EDITION_CODES = Object.fromEntries(
  LEVELS_OF_CARE.map((level) => [level, LEVEL_CROSSWALK[level].asamThirdEdition.join(", ")]),
) as Readonly<Record<LevelOfCare, string>>;

/** The override reasons the records API accepts (the engine's OVERRIDE_REASONS). */
export const DECISION_REASONS: readonly OverrideReason[] = OVERRIDE_REASONS;

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

export const isCareLevel = isLevelOfCare;

/** Position on the ladder: higher is more intensive care. */
export const careRank = levelRank;
