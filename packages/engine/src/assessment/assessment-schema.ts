/**
 * The zod schema of the assessment model (assessment.ts holds the documented types). Objects are strict
 * so a misspelt field is reported instead of silently read as "unknown". `null` and a missing field
 * both mean unknown.
 */
import { z } from "zod";
import { INSTRUMENT_IDS, SCALE_FLAGS } from "../instruments/scale-result.js";
import { LEVELS_OF_CARE } from "../levels/level-of-care.js";
import { WITHDRAWAL_MANAGEMENT_SETTINGS } from "../levels/withdrawal-management.js";
import {
  ASSESSMENT_MODEL_VERSION,
  ASSESSMENT_MODES,
  type Assessment,
  COGNITIVE_IMPAIRMENTS,
  COPING_LEVELS,
  COVERAGE_TYPES,
  CRAVING_FREQUENCIES,
  CRAVING_LEVELS,
  HOUSING_STATES,
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
  WITHDRAWAL_SIGNS,
} from "./assessment.js";
import { isCalendarDate } from "./calendar-date.js";

/** A field that may be unknown: missing or `null`. */
function unknownable<T extends z.ZodType>(schema: T, description: string) {
  return schema.nullable().optional().describe(`${description} Missing or null = unknown.`);
}

const yesNo = (description: string) => unknownable(z.boolean(), description);
const count = (description: string, maximum: number) =>
  unknownable(z.number().int().min(0).max(maximum), description);

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date written YYYY-MM-DD")
  .refine(isCalendarDate, "expected a real calendar date");

const levelOfCare = z.enum(LEVELS_OF_CARE);

export const scaleResultSchema = z
  .strictObject({
    instrument: z.enum([...INSTRUMENT_IDS, "unknown"]),
    total: z.number().nullable().describe("The recomputed total; null when a scored item is missing."),
    flags: z.array(z.enum(SCALE_FLAGS)),
    answeredTotal: z.number().optional(),
    band: z.string().nullable().optional(),
    missingItems: z.array(z.string()).optional(),
    itemScores: z.record(z.string(), z.number()).optional(),
    // The scales' optional extras (instruments/scale-result.ts), so a whole ScaleResult is accepted as is.
    bandFloor: z.string().optional(),
    readingsBySex: z.strictObject({ male: z.string().nullable(), female: z.string().nullable() }).optional(),
    substances: z
      .array(
        z.strictObject({
          substance: z.string(),
          score: z.number().nullable(),
          reading: z.string().nullable(),
        }),
      )
      .optional(),
    statedTotal: z.number().optional(),
    notes: z.array(z.string()).optional(),
  })
  .describe("A scale result as the scales produce it (PHQ-9, CIWA-Ar, ASQ…).");

const substanceUseSchema = z.strictObject({
  substance: z.enum(SUBSTANCES),
  frequency: unknownable(z.enum(USE_FREQUENCIES), "How often, in the past 3 months."),
  amount: unknownable(z.enum(USE_AMOUNTS), "How much on a typical day of use."),
  route: unknownable(z.enum(USE_ROUTES), "How it is taken."),
  lastUseDaysAgo: count("Days since the last use (0 = today).", 36_500),
  lastUseHoursAgo: count("Hours since the last use, when recent.", 876_000),
  useDisorder: unknownable(
    z.enum(USE_DISORDER_SEVERITIES),
    "Use disorder severity for this substance (DSM-5 count: 2–3 mild, 4–5 moderate, 6+ severe).",
  ),
  specific: unknownable(
    z.enum(SPECIFIC_SUBSTANCES),
    "The specific drug where it changes care (fentanyl, heroin, methadone… for opioids; cocaine or methamphetamine for stimulants).",
  ),
});

export const assessmentSchema = z
  .strictObject({
    modelVersion: z.literal(ASSESSMENT_MODEL_VERSION).describe("Version of this assessment model."),
    asOf: isoDate.describe("The date the answers describe (YYYY-MM-DD). The engine reads no clock."),
    mode: unknownable(z.enum(ASSESSMENT_MODES), "self-check results are always provisional."),
    respondent: unknownable(
      z.enum(RESPONDENTS),
      "Who answered: the person, family or a friend, or a professional.",
    ),
    age: unknownable(z.number().int().min(0).max(130), "Age in years. Stepwise places adults (18+)."),
    sex: unknownable(
      z.enum(SEXES),
      "Sex assigned at birth, for cut-offs that differ by sex (AUDIT-C). Unknown uses the lower cut-off.",
    ),
    preferredLanguage: unknownable(z.enum(PREFERRED_LANGUAGES), "The language the person prefers."),
    scales: unknownable(z.array(scaleResultSchema), "Scale results (PHQ-9, AUDIT, CIWA-Ar, COWS, ASQ…)."),
    substances: unknownable(z.array(substanceUseSchema), "Each substance used."),
    useDisorder: unknownable(z.enum(USE_DISORDER_SEVERITIES), "Overall substance use disorder severity."),
    intoxicatedNow: yesNo("Intoxicated right now."),
    overdose: unknownable(
      z.strictObject({
        signsNow: yesNo("Signs of overdose right now (slow or no breathing, cannot wake, blue lips)."),
        pastYear: yesNo("An overdose in the past 12 months."),
        ever: yesNo("An overdose ever."),
        count: count("How many overdoses ever (0 = none).", 1000),
      }),
      "Overdose.",
    ),
    withdrawal: unknownable(
      z.strictObject({
        over: yesNo("Withdrawal is over (withdrawal management complete, or no use for long enough)."),
        signsNow: unknownable(z.enum(WITHDRAWAL_SIGNS), "Withdrawal signs right now."),
        seizureOrConfusionNow: yesNo(
          "A seizure, confusion or hallucinations right now while stopping (the three answers below say which).",
        ),
        seizureNow: yesNo("A seizure right now, or in the past day, while stopping."),
        confusionNow: yesNo(
          "Confusion right now (not knowing where they are, the day, or the people around).",
        ),
        hallucinationsNow: yesNo("Seeing, hearing or feeling things that are not there, right now."),
        history: unknownable(
          z.strictObject({
            seizures: yesNo("Ever a seizure when stopping or cutting down."),
            delirium: yesNo("Ever delirium (DTs) when stopping."),
            hallucinations: yesNo("Ever hallucinations when stopping."),
          }),
          "Past withdrawal.",
        ),
        pawssScore: count("PAWSS total, 0–10 (4 or more = high risk of complicated alcohol withdrawal).", 10),
      }),
      "Withdrawal.",
    ),
    medical: unknownable(
      z.strictObject({
        condition: unknownable(
          z.enum(MEDICAL_CONDITION_STATES),
          "State of the most serious medical condition.",
        ),
        conditions: unknownable(
          z.array(z.enum(MEDICAL_CONDITIONS)),
          "Named medical conditions (an empty list = none of these).",
        ),
        pregnant: yesNo("Pregnant now."),
        postpartum: yesNo("Gave birth in the past 12 months."),
        medications: unknownable(z.array(z.enum(MEDICATIONS)), "Medicines taken now."),
      }),
      "Physical health.",
    ),
    mentalHealth: unknownable(
      z.strictObject({
        conditions: unknownable(z.array(z.enum(MENTAL_HEALTH_CONDITIONS)), "Mental health conditions."),
        stability: unknownable(
          z.enum(MENTAL_HEALTH_STABILITY),
          "How settled mental health symptoms are now.",
        ),
        suicidalThoughts: yesNo("Thoughts of suicide or of hurting oneself lately."),
        suicidalIntentOrPlan: yesNo(
          "An intent or a plan to end one's life (older form; read only when suicidalPlan and suicidalIntent are both unknown).",
        ),
        suicidalPlan: yesNo("A plan to end one's life (how, when or where)."),
        suicidalIntent: yesNo("An intent to act on thoughts of ending one's life."),
        psychosisNow: yesNo("Psychosis now (seeing or hearing things, beliefs out of touch with reality)."),
        dangerToSelfOrOthers: yesNo("Danger of hurting oneself or someone else right now."),
        inCare: yesNo("Getting mental health care now."),
        medicationAdherence: unknownable(
          z.enum(MEDICATION_ADHERENCE),
          "Psychiatric medicines taken as prescribed, sometimes missed, stopped, or none prescribed.",
        ),
        cognitiveImpairment: unknownable(
          z.enum(COGNITIVE_IMPAIRMENTS),
          "Memory or thinking problems; needs-support = cannot take part in a usual program without extra help.",
        ),
      }),
      "Mental health.",
    ),
    readiness: unknownable(
      z.strictObject({
        stage: unknownable(z.enum(READINESS_STAGES), "Readiness to change."),
        willingToAttendAllAppointments: yesNo("Willing and able to go to every outpatient appointment."),
      }),
      "Readiness.",
    ),
    history: unknownable(
      z.strictObject({
        treatments: unknownable(
          z.array(
            z.strictObject({
              level: levelOfCare,
              outcome: unknownable(z.enum(TREATMENT_OUTCOMES), "How it went."),
              endedMonthsAgo: count("Months since it ended.", 1200),
            }),
          ),
          "Earlier treatment.",
        ),
        returnsToUseAfterTreatment: count("Times use started again after treatment or recovery.", 1000),
        longestAbstinenceMonths: count("Longest time without use, in months.", 1200),
        cravings: unknownable(z.enum(CRAVING_LEVELS), "Cravings now."),
        cravingsFrequency: unknownable(
          z.enum(CRAVING_FREQUENCIES),
          "How often cravings come (past 30 days).",
        ),
        copingSkills: unknownable(z.enum(COPING_LEVELS), "Ways to cope with cravings and stress."),
        canStayAbstinentAtHome: yesNo("Able to stay off alcohol and drugs while living at the current home."),
      }),
      "Treatment and recovery history.",
    ),
    environment: unknownable(
      z.strictObject({
        housing: unknownable(z.enum(HOUSING_STATES), "Housing."),
        homeSafe: yesNo("Home is safe and supportive of recovery."),
        othersUseAtHome: yesNo("Someone at home uses alcohol or drugs."),
        supportNetwork: unknownable(z.enum(SUPPORT_LEVELS), "People who support recovery."),
        reliableTransport: yesNo("A reliable way to get to appointments."),
        livesAlone: yesNo("Lives alone."),
      }),
      "Living situation.",
    ),
    obligations: unknownable(
      z.strictObject({
        work: yesNo("Has a job."),
        school: yesNo("Goes to school."),
        caregiving: yesNo("Cares for children or others."),
      }),
      "Obligations.",
    ),
    legal: unknownable(
      z.strictObject({
        courtMandated: yesNo("A court, probation or drug court requires treatment."),
        involvement: yesNo("Legal trouble now: charges, probation or parole."),
      }),
      "Legal involvement.",
    ),
    preferences: unknownable(
      z.strictObject({
        setting: unknownable(z.enum(SETTING_PREFERENCES), "Where the person would like to live during care."),
        medication: unknownable(z.enum(MEDICATION_PREFERENCES), "Interest in medication for addiction."),
        spanishSpeakingProgram: yesNo("Wants a program that speaks Spanish."),
      }),
      "Preferences.",
    ),
    access: unknownable(
      z.strictObject({
        availableLevels: unknownable(z.array(levelOfCare), "Levels a nearby program offers now."),
        waitlistDays: unknownable(
          z.partialRecord(levelOfCare, z.number().int().min(0)),
          "Waitlist days per level.",
        ),
        coverage: unknownable(z.enum(COVERAGE_TYPES), "Insurance coverage."),
      }),
      "Access to care.",
    ),
    currentTreatment: unknownable(
      z.strictObject({
        level: unknownable(levelOfCare, "Level of care the person is in now."),
        startedOn: unknownable(isoDate, "When it started (YYYY-MM-DD)."),
        goalsMet: yesNo("The goals for this level are met."),
        withdrawalManagement: unknownable(
          z.enum(WITHDRAWAL_MANAGEMENT_SETTINGS),
          "The withdrawal-management setting the person is in now.",
        ),
        withdrawalCourse: unknownable(
          z.enum(WITHDRAWAL_COURSES),
          "How withdrawal symptoms are going in that care: resolving, not-resolving or worsening.",
        ),
      }),
      "Care the person is in now (for reassessment).",
    ),
    choice: unknownable(
      z.strictObject({
        chosenLevel: unknownable(levelOfCare, "The level chosen."),
        reason: unknownable(z.enum(OVERRIDE_REASONS), "Coded reason when the chosen level differs."),
        reasonText: unknownable(z.string().max(500), "Explanation; required when the reason is other."),
      }),
      "The level chosen and why.",
    ),
  })
  .describe(`Stepwise assessment, model version ${ASSESSMENT_MODEL_VERSION}.`);

/** Compile-time check that the schema's output fits the documented Assessment type. */
export type AssessmentSchemaOutput = z.output<typeof assessmentSchema>;
const schemaFitsModel = (parsed: AssessmentSchemaOutput): Assessment => parsed;
void schemaFitsModel;
