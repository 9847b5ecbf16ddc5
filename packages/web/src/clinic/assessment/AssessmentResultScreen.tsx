import { lazyScreen } from "./lazy-screen.js";

/** A stored assessment's result, and a reassessment's move beside the last one (AssessmentResultView.tsx). */
export const AssessmentResultScreen = lazyScreen<{
  readonly clientId: string;
  readonly assessmentId: string;
}>(() => import("./AssessmentResultView.js").then((module) => module.AssessmentResultView));
