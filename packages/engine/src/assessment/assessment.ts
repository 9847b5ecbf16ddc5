/**
 * The assessment model, version 1: everything Stepwise may know about a person when it suggests a level
 * of care. The same model serves the anonymous self-check, the clinician form, FHIR imports and batch
 * files (docs/design.md "The one pipeline").
 *
 * Every field except `modelVersion` and `asOf` may be left out or set to `null`, and both mean
 * "unknown". Unknown never counts as "no problem" (docs/design.md "Unknown is not 'fine'"): the level is set from what is known, the
 * result lists each unknown that could raise it and is marked provisional.
 *
 * Changes to this model are additive only; a breaking change gets a new `modelVersion`.
 */
import type { ScaleResult } from "../instruments/scale-result.js";
import type { LevelOfCare } from "../levels/level-of-care.js";
import type { WithdrawalManagement } from "../levels/withdrawal-management.js";

export const ASSESSMENT_MODEL_VERSION = "1";

/** Who answered. Messages speak to the person ("you said…") or about them ("they said…"). */
export const RESPONDENTS = ["self", "family-or-friend", "professional"] as const;
export type Respondent = (typeof RESPONDENTS)[number];

/** A self-check result is always provisional (docs/design.md "Unknown is not fine"). */
export const ASSESSMENT_MODES = ["self-check", "clinician"] as const;
export type AssessmentMode = (typeof ASSESSMENT_MODES)[number];

export const SUBSTANCES = [
  "alcohol",
  "opioids",
  "benzodiazepines",
  "other-sedatives",
  "stimulants",
  "cannabis",
  "hallucinogens",
  "inhalants",
  "tobacco",
  "other",
] as const;
export type Substance = (typeof SUBSTANCES)[number];

/**
 * The specific drug, where it changes care: fentanyl (overdose risk, withdrawal and starting medication),
 * methadone (a long-acting opioid whose withdrawal lasts longer), cocaine or methamphetamine. Each belongs
 * to one substance (SPECIFIC_SUBSTANCE_GROUP) and is read with that substance's entry; fentanyl named under any
 * substance still counts as fentanyl exposure (it is found in the stimulant supply too).
 */
export const SPECIFIC_SUBSTANCES = [
  "fentanyl",
  "heroin",
  "opioid-pain-medicine",
  "methadone",
  "buprenorphine",
  "cocaine",
  "methamphetamine",
  "prescription-stimulant",
] as const;
export type SpecificSubstance = (typeof SPECIFIC_SUBSTANCES)[number];

/** The substance each specific drug belongs to. */
export const SPECIFIC_SUBSTANCE_GROUP: Readonly<Record<SpecificSubstance, Substance>> = {
  fentanyl: "opioids",
  heroin: "opioids",
  "opioid-pain-medicine": "opioids",
  methadone: "opioids",
  buprenorphine: "opioids",
  cocaine: "stimulants",
  methamphetamine: "stimulants",
  "prescription-stimulant": "stimulants",
};

/** Sex assigned at birth, for the cut-offs that differ by sex (AUDIT-C: 3 for women, 4 for men). */
export const SEXES = ["female", "male"] as const;
export type SexAtBirth = (typeof SEXES)[number];

/** The language the person prefers to talk and read in. */
export const PREFERRED_LANGUAGES = ["english", "spanish", "other"] as const;
export type PreferredLanguage = (typeof PREFERRED_LANGUAGES)[number];

/** How often, in the past 3 months (the TAPS look-back, docs/design/instruments.md §1). */
export const USE_FREQUENCIES = [
  "not-in-past-3-months",
  "less-than-monthly",
  "monthly",
  "weekly",
  "several-times-a-week",
  "daily",
] as const;
export type UseFrequency = (typeof USE_FREQUENCIES)[number];

export const USE_AMOUNTS = ["light", "moderate", "heavy"] as const;
export type UseAmount = (typeof USE_AMOUNTS)[number];

export const USE_ROUTES = ["swallowed", "smoked-or-vaped", "snorted", "injected", "other"] as const;
export type UseRoute = (typeof USE_ROUTES)[number];

/**
 * Severity of a substance use disorder as a clinician counts it (DSM-5: 2–3 signs mild, 4–5 moderate,
 * 6 or more severe), or as a person estimates it in a self-check. `none` = use without a disorder.
 */
export const USE_DISORDER_SEVERITIES = ["none", "mild", "moderate", "severe"] as const;
export type UseDisorderSeverity = (typeof USE_DISORDER_SEVERITIES)[number];

export interface SubstanceUse {
  readonly substance: Substance;
  readonly frequency?: UseFrequency | null | undefined;
  readonly amount?: UseAmount | null | undefined;
  readonly route?: UseRoute | null | undefined;
  /** Days since the last use (0 = today). */
  readonly lastUseDaysAgo?: number | null | undefined;
  /** Hours since the last use, when it was recent enough to count in hours (withdrawal timing). */
  readonly lastUseHoursAgo?: number | null | undefined;
  readonly useDisorder?: UseDisorderSeverity | null | undefined;
  /** The specific drug, where it matters (SPECIFIC_SUBSTANCES). */
  readonly specific?: SpecificSubstance | null | undefined;
}

export interface OverdoseAnswers {
  /** Signs of an overdose right now (very slow or no breathing, cannot wake, blue lips). */
  readonly signsNow?: boolean | null | undefined;
  readonly pastYear?: boolean | null | undefined;
  readonly ever?: boolean | null | undefined;
  /** How many overdoses ever (0 means none: then `ever` and `pastYear` are no). */
  readonly count?: number | null | undefined;
}

export const WITHDRAWAL_SIGNS = ["none", "mild", "moderate", "severe"] as const;
export type WithdrawalSigns = (typeof WITHDRAWAL_SIGNS)[number];

export interface WithdrawalHistory {
  /** Ever had a seizure when stopping or cutting down. */
  readonly seizures?: boolean | null | undefined;
  /** Ever had delirium (delirium tremens: confusion, shaking, fever) when stopping. */
  readonly delirium?: boolean | null | undefined;
  /** Ever saw, heard or felt things that were not there when stopping. */
  readonly hallucinations?: boolean | null | undefined;
}

export interface WithdrawalAnswers {
  /** Withdrawal is over: withdrawal management is complete, or there has been no use for long enough. */
  readonly over?: boolean | null | undefined;
  /** Withdrawal signs right now as observed or reported (a CIWA-Ar or COWS result goes in `scales`). */
  readonly signsNow?: WithdrawalSigns | null | undefined;
  /**
   * A seizure, confusion or hallucinations right now while stopping: a medical emergency. The three
   * separate answers below say which; when they are all known this one follows from them.
   */
  readonly seizureOrConfusionNow?: boolean | null | undefined;
  /** A seizure right now, or in the past day, while stopping. */
  readonly seizureNow?: boolean | null | undefined;
  /** Confusion right now: not knowing where they are, the day, or the people around them. */
  readonly confusionNow?: boolean | null | undefined;
  /** Seeing, hearing or feeling things that are not there, right now, while stopping. */
  readonly hallucinationsNow?: boolean | null | undefined;
  readonly history?: WithdrawalHistory | null | undefined;
  /** Prediction of Alcohol Withdrawal Severity Scale total, 0–10 (4 or more = high risk; BCCSU). */
  readonly pawssScore?: number | null | undefined;
}

export const MEDICAL_CONDITION_STATES = [
  "none",
  "stable",
  "needs-follow-up",
  "needs-24-hour-monitoring",
  "unstable",
] as const;
export type MedicalConditionState = (typeof MEDICAL_CONDITION_STATES)[number];

export const MEDICATIONS = [
  "buprenorphine",
  "methadone",
  "naltrexone",
  "naloxone",
  "benzodiazepine",
  "opioid-pain-medicine",
  "antidepressant",
  "antipsychotic",
  "mood-stabilizer",
  "other",
] as const;
export type Medication = (typeof MEDICATIONS)[number];

/** Named medical conditions that change withdrawal risk or care (an empty list = none of them). */
export const MEDICAL_CONDITIONS = [
  "seizure-disorder",
  "liver-disease",
  "heart-disease",
  "lung-disease",
  "kidney-disease",
  "diabetes",
  "hiv",
  "hepatitis-c",
  "chronic-pain",
  "other",
] as const;
export type MedicalCondition = (typeof MEDICAL_CONDITIONS)[number];

export interface MedicalAnswers {
  /** The most serious medical condition's state: none, stable, needs follow-up, needs 24-hour monitoring, unstable. */
  readonly condition?: MedicalConditionState | null | undefined;
  /** Which conditions the person has (an empty list = none of these). */
  readonly conditions?: readonly MedicalCondition[] | null | undefined;
  readonly pregnant?: boolean | null | undefined;
  /** Gave birth in the past 12 months (a time of high overdose risk). */
  readonly postpartum?: boolean | null | undefined;
  readonly medications?: readonly Medication[] | null | undefined;
}

export const MENTAL_HEALTH_CONDITIONS = [
  "depression",
  "anxiety",
  "bipolar",
  "ptsd",
  "psychotic-disorder",
  "adhd",
  "eating-disorder",
  "other",
] as const;
export type MentalHealthCondition = (typeof MENTAL_HEALTH_CONDITIONS)[number];

/** Whether psychiatric medicines are taken as prescribed. */
export const MEDICATION_ADHERENCE = [
  "as-prescribed",
  "sometimes-missed",
  "stopped",
  "none-prescribed",
] as const;
export type MedicationAdherence = (typeof MEDICATION_ADHERENCE)[number];

/**
 * Memory and thinking problems (brain injury, intellectual disability, dementia): `needs-support` means the
 * person cannot take part in a usual program without a slower pace, repetition and help (crosswalk 3.3).
 */
export const COGNITIVE_IMPAIRMENTS = ["none", "mild", "needs-support"] as const;
export type CognitiveImpairment = (typeof COGNITIVE_IMPAIRMENTS)[number];

/** How settled mental health symptoms are now. */
export const MENTAL_HEALTH_STABILITY = ["stable", "some-symptoms", "unstable", "needs-24-hour-care"] as const;
export type MentalHealthStability = (typeof MENTAL_HEALTH_STABILITY)[number];

export interface MentalHealthAnswers {
  readonly conditions?: readonly MentalHealthCondition[] | null | undefined;
  readonly stability?: MentalHealthStability | null | undefined;
  readonly suicidalThoughts?: boolean | null | undefined;
  /**
   * A plan or an intent to end one's life. Kept for older assessments; `suicidalPlan` and `suicidalIntent`
   * ask the two apart, and this one is read only where neither of them is known.
   */
  readonly suicidalIntentOrPlan?: boolean | null | undefined;
  /** A plan: has thought about how, when or where. */
  readonly suicidalPlan?: boolean | null | undefined;
  /** An intent: means to act on the thoughts. */
  readonly suicidalIntent?: boolean | null | undefined;
  /** Seeing or hearing things, or beliefs out of touch with reality, right now. */
  readonly psychosisNow?: boolean | null | undefined;
  /** Danger of hurting themself or someone else right now (with psychosis or otherwise). */
  readonly dangerToSelfOrOthers?: boolean | null | undefined;
  /** Getting mental health care now. */
  readonly inCare?: boolean | null | undefined;
  /** Psychiatric medicines taken as prescribed, sometimes missed, stopped, or none prescribed. */
  readonly medicationAdherence?: MedicationAdherence | null | undefined;
  readonly cognitiveImpairment?: CognitiveImpairment | null | undefined;
}

/** Readiness to change, in plain stages. */
export const READINESS_STAGES = ["not-ready", "unsure", "ready", "taking-action"] as const;
export type ReadinessStage = (typeof READINESS_STAGES)[number];

export interface ReadinessAnswers {
  readonly stage?: ReadinessStage | null | undefined;
  /** Willing and able to go to every appointment of an outpatient program (seed: "readiness to attend"). */
  readonly willingToAttendAllAppointments?: boolean | null | undefined;
}

export const TREATMENT_OUTCOMES = ["completed", "not-enough", "left-early", "ongoing"] as const;
export type TreatmentOutcome = (typeof TREATMENT_OUTCOMES)[number];

export interface TreatmentEpisode {
  readonly level: LevelOfCare;
  /** `not-enough`: the care was tried and use went on or came back while in it. */
  readonly outcome?: TreatmentOutcome | null | undefined;
  readonly endedMonthsAgo?: number | null | undefined;
}

export const CRAVING_LEVELS = ["none", "mild", "strong"] as const;
export type CravingLevel = (typeof CRAVING_LEVELS)[number];

/** How often cravings come, in the past 30 days (the Brief Addiction Monitor asks this as days). */
export const CRAVING_FREQUENCIES = ["never", "less-than-weekly", "weekly", "most-days", "daily"] as const;
export type CravingFrequency = (typeof CRAVING_FREQUENCIES)[number];

export const COPING_LEVELS = ["good", "some", "few"] as const;
export type CopingLevel = (typeof COPING_LEVELS)[number];

export interface HistoryAnswers {
  readonly treatments?: readonly TreatmentEpisode[] | null | undefined;
  /** Times use started again after a period of treatment or recovery. */
  readonly returnsToUseAfterTreatment?: number | null | undefined;
  readonly longestAbstinenceMonths?: number | null | undefined;
  readonly cravings?: CravingLevel | null | undefined;
  readonly cravingsFrequency?: CravingFrequency | null | undefined;
  readonly copingSkills?: CopingLevel | null | undefined;
  /** Able to stay off alcohol and drugs while living at the current home (seed). */
  readonly canStayAbstinentAtHome?: boolean | null | undefined;
}

export const HOUSING_STATES = ["stable", "unstable", "homeless"] as const;
export type HousingState = (typeof HOUSING_STATES)[number];

export const SUPPORT_LEVELS = ["strong", "some", "none"] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

export interface EnvironmentAnswers {
  readonly housing?: HousingState | null | undefined;
  /** Home is safe (no violence or abuse) and supportive of recovery. */
  readonly homeSafe?: boolean | null | undefined;
  /** Someone at home uses alcohol or drugs. */
  readonly othersUseAtHome?: boolean | null | undefined;
  readonly supportNetwork?: SupportLevel | null | undefined;
  readonly reliableTransport?: boolean | null | undefined;
  /** Lives alone: no one at home to notice if withdrawal or an overdose gets worse. */
  readonly livesAlone?: boolean | null | undefined;
}

export interface LegalAnswers {
  /** A court, probation or drug court requires treatment. */
  readonly courtMandated?: boolean | null | undefined;
  /** Any legal trouble now: charges, probation or parole. */
  readonly involvement?: boolean | null | undefined;
}

export interface ObligationAnswers {
  readonly work?: boolean | null | undefined;
  readonly school?: boolean | null | undefined;
  readonly caregiving?: boolean | null | undefined;
}

export const SETTING_PREFERENCES = ["live-at-home", "live-at-program", "no-preference"] as const;
export type SettingPreference = (typeof SETTING_PREFERENCES)[number];

export const MEDICATION_PREFERENCES = ["wants-medication", "no-medication", "unsure"] as const;
export type MedicationPreference = (typeof MEDICATION_PREFERENCES)[number];

export interface PreferenceAnswers {
  readonly setting?: SettingPreference | null | undefined;
  readonly medication?: MedicationPreference | null | undefined;
  readonly spanishSpeakingProgram?: boolean | null | undefined;
}

export const COVERAGE_TYPES = ["medicaid", "medicare", "private", "tricare", "none", "other"] as const;
export type CoverageType = (typeof COVERAGE_TYPES)[number];

export interface AccessAnswers {
  /** Levels a program near the person offers now; unknown = not yet checked. */
  readonly availableLevels?: readonly LevelOfCare[] | null | undefined;
  /** Days on the waitlist, per level. */
  readonly waitlistDays?: Readonly<Partial<Record<LevelOfCare, number>>> | null | undefined;
  readonly coverage?: CoverageType | null | undefined;
}

/** Coded reasons for a chosen level that differs from the recommended one (docs/design/domain.md §5.6). */
export const OVERRIDE_REASONS = [
  "service-not-available",
  "waitlist",
  "provider-judgment",
  "client-preference",
  "transportation",
  "accessibility",
  "financial",
  "preferred-to-wait",
  "language-or-culture",
  "environment",
  "mental-health",
  "physical-health",
  "court-ordered",
  "other",
] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

export interface ChoiceAnswers {
  readonly chosenLevel?: LevelOfCare | null | undefined;
  readonly reason?: OverrideReason | null | undefined;
  /** Required when the reason is `other`. */
  readonly reasonText?: string | null | undefined;
}

/** Care the person is in now; used at reassessment to decide a transition. */
export interface CurrentTreatmentAnswers {
  readonly level?: LevelOfCare | null | undefined;
  readonly startedOn?: string | null | undefined;
  /** The treatment plan's goals for this level are met. */
  readonly goalsMet?: boolean | null | undefined;
  /** The withdrawal-management setting the person is in now (none when not in withdrawal care). */
  readonly withdrawalManagement?: WithdrawalManagement | null | undefined;
  /** How withdrawal symptoms are going in that care: resolving, not resolving, or getting worse. */
  readonly withdrawalCourse?: WithdrawalCourse | null | undefined;
}

/** How withdrawal symptoms go during withdrawal care (ASAM 2020 alcohol withdrawal guideline IV.5). */
export const WITHDRAWAL_COURSES = ["resolving", "not-resolving", "worsening"] as const;
export type WithdrawalCourse = (typeof WITHDRAWAL_COURSES)[number];

/** A scale's result as the scales produce it (instruments/scale-result.ts); only the scored parts are required. */
export interface ScaleResultInput {
  readonly instrument: ScaleResult["instrument"];
  readonly total: ScaleResult["total"];
  readonly flags: ScaleResult["flags"];
  readonly answeredTotal?: ScaleResult["answeredTotal"] | undefined;
  readonly band?: ScaleResult["band"] | undefined;
  readonly missingItems?: ScaleResult["missingItems"] | undefined;
  readonly itemScores?: ScaleResult["itemScores"] | undefined;
}

export interface Assessment {
  readonly modelVersion: typeof ASSESSMENT_MODEL_VERSION;
  /** The date the answers describe (YYYY-MM-DD). The engine reads no clock. */
  readonly asOf: string;
  readonly mode?: AssessmentMode | null | undefined;
  readonly respondent?: Respondent | null | undefined;
  readonly age?: number | null | undefined;
  readonly sex?: SexAtBirth | null | undefined;
  readonly preferredLanguage?: PreferredLanguage | null | undefined;
  readonly scales?: readonly ScaleResultInput[] | null | undefined;
  readonly substances?: readonly SubstanceUse[] | null | undefined;
  /** Overall severity of the substance use disorder, when it is known for all substances together. */
  readonly useDisorder?: UseDisorderSeverity | null | undefined;
  readonly intoxicatedNow?: boolean | null | undefined;
  readonly overdose?: OverdoseAnswers | null | undefined;
  readonly withdrawal?: WithdrawalAnswers | null | undefined;
  readonly medical?: MedicalAnswers | null | undefined;
  readonly mentalHealth?: MentalHealthAnswers | null | undefined;
  readonly readiness?: ReadinessAnswers | null | undefined;
  readonly history?: HistoryAnswers | null | undefined;
  readonly environment?: EnvironmentAnswers | null | undefined;
  readonly obligations?: ObligationAnswers | null | undefined;
  readonly legal?: LegalAnswers | null | undefined;
  readonly preferences?: PreferenceAnswers | null | undefined;
  readonly access?: AccessAnswers | null | undefined;
  readonly currentTreatment?: CurrentTreatmentAnswers | null | undefined;
  readonly choice?: ChoiceAnswers | null | undefined;
}
