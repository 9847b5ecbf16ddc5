/**
 * The result the decision aid works from: the self-check's latest result when there is one, else the
 * engine's result for the answers in the store (for example answers saved on this device earlier,
 * whose result is recomputed rather than trusted, answers-store.ts). The engine is pure, so this runs
 * on the device. No answers beyond the bare model means no result: the aid then stays general.
 */
import { type Assessment, assess, type PlacementResult, validateAssessment } from "@stepwise/engine";

const BARE_FIELDS = new Set(["modelVersion", "asOf", "mode", "respondent"]);

export function hasAnswers(assessment: Assessment): boolean {
  return Object.entries(assessment).some(
    ([field, value]) => !BARE_FIELDS.has(field) && value !== null && value !== undefined,
  );
}

export function currentResult(
  assessment: Assessment,
  stored: PlacementResult | null,
): PlacementResult | null {
  if (stored !== null) return stored;
  if (!hasAnswers(assessment)) return null;
  const validation = validateAssessment(assessment);
  return validation.ok ? assess(validation.assessment) : null;
}
