import { lazyScreen } from "./lazy-screen.js";

/**
 * The intake assessment and the reassessment (prefilled when `previousAssessmentId` is given). Its code
 * and the engine load when it opens (AssessmentFormView.tsx).
 */
export const AssessmentFormScreen = lazyScreen<{
  readonly clientId: string;
  readonly previousAssessmentId?: string | undefined;
}>(() => import("./AssessmentFormView.js").then((module) => module.AssessmentFormView));
