import { addDays, type LevelOfCare } from "@stepwise/engine";

/**
 * Days from a move into a level to the default reassessment date. More intensive care is reviewed
 * sooner because needs change faster there: about every week in medically managed and monitored care,
 * every two weeks in live-in and day treatment, monthly in intensive outpatient, and every three months
 * in outpatient care and early intervention. These are starting points listed in docs/api.md; a clinic
 * sets another date per episode.
 */
export const REASSESSMENT_DAYS: Readonly<Record<LevelOfCare, number>> = {
  "early-intervention": 90,
  outpatient: 90,
  "intensive-outpatient": 30,
  "partial-hospitalization": 14,
  residential: 14,
  "medically-monitored-inpatient": 7,
  "medically-managed-inpatient": 7,
};

export function defaultReassessmentDue(level: LevelOfCare, movedOn: string): string {
  return addDays(movedOn, REASSESSMENT_DAYS[level]);
}
