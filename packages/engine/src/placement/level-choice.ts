/**
 * Recommended, available, chosen (docs/design.md): any difference needs a coded reason from
 * docs/design/domain.md §5.6 before the chosen level is accepted; `other` also needs words.
 */
import type { Assessment } from "../assessment/assessment.js";
import { LEVELS_OF_CARE, type LevelOfCare, levelRank } from "../levels/level-of-care.js";
import type { ChoiceProblem, LevelChoice } from "./placement-result.js";

function nearestAvailable(recommended: LevelOfCare, available: readonly LevelOfCare[]): LevelOfCare | null {
  const rank = levelRank(recommended);
  // Prefer the closest level that still meets every need (at or above); only then the closest below.
  for (let up = rank; up < LEVELS_OF_CARE.length; up++) {
    const level = LEVELS_OF_CARE[up];
    if (level !== undefined && available.includes(level)) return level;
  }
  for (let down = rank - 1; down >= 0; down--) {
    const level = LEVELS_OF_CARE[down];
    if (level !== undefined && available.includes(level)) return level;
  }
  return null;
}

export function decideLevelChoice(assessment: Assessment, recommended: LevelOfCare | null): LevelChoice {
  const available = assessment.access?.availableLevels ?? null;
  const recommendedAvailable =
    recommended === null || available === null ? null : available.includes(recommended);
  const chosen = assessment.choice?.chosenLevel ?? null;
  const reason = assessment.choice?.reason ?? null;
  const reasonText = assessment.choice?.reasonText?.trim() || null;
  const differs = chosen !== null && recommended !== null && chosen !== recommended;
  const problems: ChoiceProblem[] = [];
  if (differs && reason === null) problems.push("reason-required");
  if (differs && reason === "other" && reasonText === null) problems.push("reason-text-required");
  if (chosen !== null && available !== null && !available.includes(chosen))
    problems.push("chosen-not-available");
  if (differs && chosen !== null && recommended !== null && levelRank(chosen) < levelRank(recommended))
    problems.push("chosen-below-recommended");
  const blocked = problems.includes("reason-required") || problems.includes("reason-text-required");
  return {
    recommended,
    availableLevels: available,
    recommendedAvailable,
    nearestAvailable:
      recommendedAvailable === false && recommended !== null && available !== null
        ? nearestAvailable(recommended, available)
        : null,
    recommendedWaitlistDays:
      recommended === null ? null : (assessment.access?.waitlistDays?.[recommended] ?? null),
    chosen,
    differs,
    reason: differs ? reason : null,
    reasonText: differs ? reasonText : null,
    accepted: chosen !== null && recommended !== null && !blocked,
    problems,
  };
}
