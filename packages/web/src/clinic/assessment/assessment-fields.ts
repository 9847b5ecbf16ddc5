import {
  COGNITIVE_IMPAIRMENTS,
  COPING_LEVELS,
  COVERAGE_TYPES,
  CRAVING_FREQUENCIES,
  CRAVING_LEVELS,
  HOUSING_STATES,
  type InstrumentId,
  LEVELS_OF_CARE,
  MEDICAL_CONDITION_STATES,
  MEDICAL_CONDITIONS,
  MEDICATION_ADHERENCE,
  MEDICATION_PREFERENCES,
  MEDICATIONS,
  MENTAL_HEALTH_CONDITIONS,
  MENTAL_HEALTH_STABILITY,
  OVERRIDE_REASONS,
  PREFERRED_LANGUAGES,
  READINESS_STAGES,
  RESPONDENTS,
  SETTING_PREFERENCES,
  SEXES,
  SPECIFIC_SUBSTANCES,
  SUBSTANCES,
  SUPPORT_LEVELS,
  TREATMENT_OUTCOMES,
  USE_AMOUNTS,
  USE_DISORDER_SEVERITIES,
  USE_FREQUENCIES,
  USE_ROUTES,
  WITHDRAWAL_COURSES,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  WITHDRAWAL_SIGNS,
} from "@stepwise/engine";

/**
 * The clinician's intake form as data: every field of the assessment model (docs/assessment-model.md),
 * grouped safety first and then by the six dimensions (docs/design.md "Safety first"). A field's key is its
 * answer path in the model, which is also the key of the engine's question text (QUESTION_TEXTS) and of
 * an unknown in a result, so a result can point back at the question.
 */
export type FieldKind = "yes-no" | "choice" | "number" | "date" | "text" | "multi";

export interface FormField {
  readonly key: string;
  readonly kind: FieldKind;
  /** The option values of a choice or multi field; their labels live under `optionSet`. */
  readonly options?: readonly string[];
  readonly optionSet?: OptionSet;
}

export type OptionSet =
  | "respondent"
  | "sex"
  | "preferredLanguage"
  | "substance"
  | "frequency"
  | "amount"
  | "route"
  | "useDisorder"
  | "specific"
  | "withdrawalSigns"
  | "medicalState"
  | "medicalCondition"
  | "medication"
  | "mentalHealthCondition"
  | "adherence"
  | "cognitive"
  | "stability"
  | "readiness"
  | "outcome"
  | "craving"
  | "cravingFrequency"
  | "coping"
  | "housing"
  | "support"
  | "settingPreference"
  | "medicationPreference"
  | "coverage"
  | "withdrawalCourse"
  | "level"
  | "withdrawalManagement"
  | "overrideReason";

export const SECTION_IDS = [
  "safety",
  "person",
  "withdrawal",
  "biomedical",
  "emotional",
  "readiness",
  "relapse",
  "environment",
  "care",
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

/** Parts of a section that are more than a list of fields. */
export type SectionPart = "substances" | "treatments" | "waitlist" | "pawss" | `scale:${InstrumentId}`;

export interface FormSection {
  readonly id: SectionId;
  readonly fields: readonly FormField[];
  readonly parts: readonly SectionPart[];
}

const yesNo = (key: string): FormField => ({ key, kind: "yes-no" });
const choice = (key: string, options: readonly string[], optionSet: OptionSet): FormField => ({
  key,
  kind: "choice",
  options,
  optionSet,
});
const multi = (key: string, options: readonly string[], optionSet: OptionSet): FormField => ({
  key,
  kind: "multi",
  options,
  optionSet,
});
const number = (key: string): FormField => ({ key, kind: "number" });

export const FORM_SECTIONS: readonly FormSection[] = [
  {
    id: "safety",
    fields: [
      yesNo("overdose.signsNow"),
      yesNo("withdrawal.seizureNow"),
      yesNo("withdrawal.confusionNow"),
      yesNo("withdrawal.hallucinationsNow"),
      yesNo("withdrawal.seizureOrConfusionNow"),
      yesNo("mentalHealth.suicidalThoughts"),
      yesNo("mentalHealth.suicidalPlan"),
      yesNo("mentalHealth.suicidalIntent"),
      yesNo("mentalHealth.suicidalIntentOrPlan"),
      yesNo("mentalHealth.psychosisNow"),
      yesNo("mentalHealth.dangerToSelfOrOthers"),
    ],
    parts: ["scale:asq"],
  },
  {
    id: "person",
    fields: [
      { key: "asOf", kind: "date" },
      choice("respondent", RESPONDENTS, "respondent"),
      number("age"),
      choice("sex", SEXES, "sex"),
      choice("preferredLanguage", PREFERRED_LANGUAGES, "preferredLanguage"),
    ],
    parts: [],
  },
  {
    id: "withdrawal",
    fields: [
      yesNo("intoxicatedNow"),
      yesNo("withdrawal.over"),
      choice("withdrawal.signsNow", WITHDRAWAL_SIGNS, "withdrawalSigns"),
      yesNo("withdrawal.history.seizures"),
      yesNo("withdrawal.history.delirium"),
      yesNo("withdrawal.history.hallucinations"),
      number("withdrawal.pawssScore"),
    ],
    parts: ["pawss", "scale:ciwa-ar", "scale:cows"],
  },
  {
    id: "biomedical",
    fields: [
      choice("medical.condition", MEDICAL_CONDITION_STATES, "medicalState"),
      multi("medical.conditions", MEDICAL_CONDITIONS, "medicalCondition"),
      yesNo("medical.pregnant"),
      yesNo("medical.postpartum"),
      multi("medical.medications", MEDICATIONS, "medication"),
    ],
    parts: [],
  },
  {
    id: "emotional",
    fields: [
      multi("mentalHealth.conditions", MENTAL_HEALTH_CONDITIONS, "mentalHealthCondition"),
      choice("mentalHealth.stability", MENTAL_HEALTH_STABILITY, "stability"),
      yesNo("mentalHealth.inCare"),
      choice("mentalHealth.medicationAdherence", MEDICATION_ADHERENCE, "adherence"),
      choice("mentalHealth.cognitiveImpairment", COGNITIVE_IMPAIRMENTS, "cognitive"),
    ],
    parts: ["scale:phq-9", "scale:phq-2", "scale:gad-7"],
  },
  {
    id: "readiness",
    fields: [
      choice("readiness.stage", READINESS_STAGES, "readiness"),
      yesNo("readiness.willingToAttendAllAppointments"),
      yesNo("legal.courtMandated"),
    ],
    parts: [],
  },
  {
    id: "relapse",
    fields: [
      choice("useDisorder", USE_DISORDER_SEVERITIES, "useDisorder"),
      yesNo("overdose.pastYear"),
      yesNo("overdose.ever"),
      number("overdose.count"),
      number("history.returnsToUseAfterTreatment"),
      number("history.longestAbstinenceMonths"),
      choice("history.cravings", CRAVING_LEVELS, "craving"),
      choice("history.cravingsFrequency", CRAVING_FREQUENCIES, "cravingFrequency"),
      choice("history.copingSkills", COPING_LEVELS, "coping"),
      yesNo("history.canStayAbstinentAtHome"),
    ],
    parts: [
      "substances",
      "treatments",
      "scale:audit",
      "scale:audit-c",
      "scale:dast-10",
      "scale:taps-1",
      "scale:taps-2",
    ],
  },
  {
    id: "environment",
    fields: [
      choice("environment.housing", HOUSING_STATES, "housing"),
      yesNo("environment.homeSafe"),
      yesNo("environment.othersUseAtHome"),
      choice("environment.supportNetwork", SUPPORT_LEVELS, "support"),
      yesNo("environment.reliableTransport"),
      yesNo("environment.livesAlone"),
      yesNo("legal.involvement"),
      yesNo("obligations.work"),
      yesNo("obligations.school"),
      yesNo("obligations.caregiving"),
    ],
    parts: [],
  },
  {
    id: "care",
    fields: [
      choice("currentTreatment.level", LEVELS_OF_CARE, "level"),
      { key: "currentTreatment.startedOn", kind: "date" },
      yesNo("currentTreatment.goalsMet"),
      choice("currentTreatment.withdrawalManagement", WITHDRAWAL_MANAGEMENT_SETTINGS, "withdrawalManagement"),
      choice("currentTreatment.withdrawalCourse", WITHDRAWAL_COURSES, "withdrawalCourse"),
      choice("preferences.setting", SETTING_PREFERENCES, "settingPreference"),
      choice("preferences.medication", MEDICATION_PREFERENCES, "medicationPreference"),
      yesNo("preferences.spanishSpeakingProgram"),
      choice("access.coverage", COVERAGE_TYPES, "coverage"),
      multi("access.availableLevels", LEVELS_OF_CARE, "level"),
      choice("choice.chosenLevel", LEVELS_OF_CARE, "level"),
      choice("choice.reason", OVERRIDE_REASONS, "overrideReason"),
      { key: "choice.reasonText", kind: "text" },
    ],
    parts: ["waitlist"],
  },
];

/** Each substance's own answers, one row per substance (SubstanceUse). */
export const SUBSTANCE_FIELDS: readonly FormField[] = [
  choice("frequency", USE_FREQUENCIES, "frequency"),
  choice("amount", USE_AMOUNTS, "amount"),
  choice("route", USE_ROUTES, "route"),
  number("lastUseDaysAgo"),
  number("lastUseHoursAgo"),
  choice("useDisorder", USE_DISORDER_SEVERITIES, "useDisorder"),
  choice("specific", SPECIFIC_SUBSTANCES, "specific"),
];

/** A treatment at one level before: how it went (`had` = it happened, the outcome is not known). */
export const TREATMENT_OUTCOME_CHOICES = ["had", ...TREATMENT_OUTCOMES] as const;

export { LEVELS_OF_CARE, SUBSTANCES };

/** Every plain field by key. */
export const FIELDS_BY_KEY: ReadonlyMap<string, FormField> = new Map(
  FORM_SECTIONS.flatMap((section) => section.fields.map((field) => [field.key, field] as const)),
);

/** The keys of the form's flat answer map for the parts that are not plain fields. */
export const formKey = {
  substance: (substance: string, field: string) => `substance:${substance}:${field}`,
  treatment: (level: string, field: "outcome" | "months") => `treatment:${level}:${field}`,
  noTreatment: "history.treatments",
  waitlist: (level: string) => `waitlist:${level}`,
  scaleItem: (instrument: string, itemId: string) => `scale:${instrument}:${itemId}`,
  pawss: (item: string) => `pawss:${item}`,
} as const;

/** The id of the input (or first input of a group) for a form key. */
export function inputIdFor(key: string): string {
  return `af-${key.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}
