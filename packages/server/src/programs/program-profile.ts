import type { LevelOfCare, WithdrawalManagement } from "@stepwise/engine";

/** Medications for alcohol or opioid use disorder a person can ask a program about. */
export const PROGRAM_MEDICATIONS = ["methadone", "buprenorphine", "naltrexone", "acamprosate"] as const;
export type ProgramMedication = (typeof PROGRAM_MEDICATIONS)[number];

/** Ways to pay the program finder filters on (the locator's own payment filter uses the same kinds). */
export const PROGRAM_PAYMENTS = ["medicaid", "medicare", "private-insurance", "sliding-fee", "free"] as const;
export type ProgramPayment = (typeof PROGRAM_PAYMENTS)[number];

export const PROGRAM_AGE_GROUPS = ["children-adolescents", "young-adults", "adults", "seniors"] as const;
export type ProgramAgeGroup = (typeof PROGRAM_AGE_GROUPS)[number];

/** Withdrawal settings a program can offer (the engine's settings without "none"). */
export const PROGRAM_WITHDRAWAL_SETTINGS = [
  "ambulatory",
  "residential",
  "medically-monitored",
  "medically-managed",
] as const satisfies readonly Exclude<WithdrawalManagement, "none">[];
export type ProgramWithdrawalSetting = (typeof PROGRAM_WITHDRAWAL_SETTINGS)[number];

/**
 * What a program offers, in Stepwise's words. Built from a locator listing (locator-services.ts) or kept
 * by an organization for its own programs. Languages are BCP 47 codes besides English ("es", "ase" for
 * American Sign Language); every program is taken to serve people in English.
 */
export interface ProgramProfile {
  readonly substanceUseCare: boolean;
  readonly mentalHealthCare: boolean;
  readonly levels: readonly LevelOfCare[];
  /** Levels the listing names only loosely ("Hospital inpatient"): a person should confirm with the program. */
  readonly levelsToConfirm: readonly LevelOfCare[];
  readonly withdrawal: readonly ProgramWithdrawalSetting[];
  readonly withdrawalToConfirm: readonly ProgramWithdrawalSetting[];
  /** The listing says it offers withdrawal care ("Detoxification") without saying in which setting. */
  readonly withdrawalSettingUnknown: boolean;
  readonly medications: readonly ProgramMedication[];
  readonly payment: readonly ProgramPayment[];
  readonly languages: readonly string[];
  readonly ageGroups: readonly ProgramAgeGroup[];
  readonly coOccurringCare: boolean;
  readonly telehealth: boolean;
}

export function emptyProfile(): ProgramProfile {
  return {
    substanceUseCare: false,
    mentalHealthCare: false,
    levels: [],
    levelsToConfirm: [],
    withdrawal: [],
    withdrawalToConfirm: [],
    withdrawalSettingUnknown: false,
    medications: [],
    payment: [],
    languages: [],
    ageGroups: [],
    coOccurringCare: false,
    telehealth: false,
  };
}
