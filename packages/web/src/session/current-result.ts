/**
 * The result, derived from the answers: `assess` on the assessment the answers build, memoised by the
 * assessment object (the store replaces it on every change, never mutates it). There is one writer of
 * the answers and none of the result, so a result can never be older than the answers it shows. The
 * engine is pure, so this runs on the device. No answers beyond the bare model means no result: the
 * decision aid then stays general and the results screen offers to start the self-check.
 */
import { type Assessment, assess, type PlacementResult, validateAssessment } from "@stepwise/engine";
import { useMemo } from "preact/hooks";
import { useAnswers } from "./answers-store.js";

const BARE_FIELDS = new Set(["modelVersion", "asOf", "mode", "respondent"]);

export function hasAnswers(assessment: Assessment): boolean {
  return Object.entries(assessment).some(
    ([field, value]) => !BARE_FIELDS.has(field) && value !== null && value !== undefined,
  );
}

const results = new WeakMap<Assessment, PlacementResult | null>();

export function resultOf(assessment: Assessment): PlacementResult | null {
  const known = results.get(assessment);
  if (known !== undefined) return known;
  let result: PlacementResult | null = null;
  if (hasAnswers(assessment)) {
    const validation = validateAssessment(assessment);
    result = validation.ok ? assess(validation.assessment) : null;
  }
  results.set(assessment, result);
  return result;
}

/** The result for the answers in the store, recomputed only when they change. */
export function useResult(): PlacementResult | null {
  const { assessment } = useAnswers();
  return useMemo(() => resultOf(assessment), [assessment]);
}
