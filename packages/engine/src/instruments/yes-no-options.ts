import type { AnswerOption } from "./instrument-definition.js";

/** A yes/no item where "yes" adds a point (DAST-10, TAPS-2). LOINC LA33-6 Yes / LA32-8 No. */
export const YES_SCORES_ONE: readonly AnswerOption[] = [
  { code: "no", label: "No", points: 0, loinc: "LA32-8" },
  { code: "yes", label: "Yes", points: 1, loinc: "LA33-6" },
];

/** A reverse-scored yes/no item where "no" adds the point (DAST-10 item 3). */
export const NO_SCORES_ONE: readonly AnswerOption[] = [
  { code: "no", label: "No", points: 1, loinc: "LA32-8" },
  { code: "yes", label: "Yes", points: 0, loinc: "LA33-6" },
];
