/**
 * Medication notes: what medication rules add to a result (medication for opioid use disorder, naloxone),
 * whatever the level of care. The words for each code are in messages/.
 */
export const MEDICATION_NOTE_CODES = [
  "opioid-use-disorder-medications",
  "naloxone",
  "continue-opioid-medication",
  "pregnancy-opioid-medication",
] as const;
export type MedicationNoteCode = (typeof MEDICATION_NOTE_CODES)[number];

export interface MedicationNote {
  readonly code: MedicationNoteCode;
  readonly ruleId: string;
  readonly medications: readonly ("buprenorphine" | "methadone" | "naltrexone" | "naloxone")[];
  /** Medication for opioid use disorder can be given at every level of care. */
  readonly availableAtEveryLevel: boolean;
}
