/**
 * The engine's entry points, as types, so the web app, the API and the CLI can build against them.
 * Implementations: placement/assess.ts (`assess`) and transitions/decide-transition.ts (`decideTransition`).
 */
import type { Assessment } from "../assessment/assessment.js";
import type { TransitionResult } from "../transitions/transition-result.js";
import type { AssessOptions, PlacementResult } from "./placement-result.js";

/** Pure: the same assessment always gives the same result. Input must have passed `validateAssessment`. */
export type Assess = (assessment: Assessment, options?: AssessOptions) => PlacementResult;

export interface TransitionInput {
  /** The earlier result (what the person was placed in). */
  readonly previous: PlacementResult;
  /** The reassessment's answers; `currentTreatment.level` says where the person is now. */
  readonly reassessment: Assessment;
}

/** Re-runs placement on the reassessment and decides continue / step down / step up / discharge. */
export type DecideTransition = (input: TransitionInput) => {
  readonly placement: PlacementResult;
  readonly transition: TransitionResult;
};
