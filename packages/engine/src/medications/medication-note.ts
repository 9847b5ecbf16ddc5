/**
 * Medication notes: what medication rules add to a result (medication for opioid use disorder, naloxone, overdose-risk notes, medicines for alcohol use disorder and tobacco),
 * whatever the level of care. The words for each code are in messages/.
 */
export const MEDICATION_NOTE_CODES = [
  "opioid-use-disorder-medications",
  "methadone-under-18",
  "naloxone",
  "continue-opioid-medication",
  "pregnancy-opioid-medication",
  "pregnancy-naltrexone",
  "postpartum-overdose-risk",
  "opioid-sedative-overdose-risk",
  "stimulant-fentanyl-test-strips",
  "alcohol-use-disorder-medications",
  "alcohol-use-disorder-medications-with-opioids",
  "tobacco-treatment",
] as const;
export type MedicationNoteCode = (typeof MEDICATION_NOTE_CODES)[number];

/** Medicines a note can name. */
export const NOTE_MEDICATIONS = [
  "buprenorphine",
  "methadone",
  "naltrexone",
  "naloxone",
  "acamprosate",
  "nicotine-replacement",
  "varenicline",
  "bupropion",
] as const;
export type NoteMedication = (typeof NOTE_MEDICATIONS)[number];

export interface MedicationNote {
  readonly code: MedicationNoteCode;
  readonly ruleId: string;
  readonly medications: readonly NoteMedication[];
  /** Medication for opioid use disorder can be given at every level of care. */
  readonly availableAtEveryLevel: boolean;
}
