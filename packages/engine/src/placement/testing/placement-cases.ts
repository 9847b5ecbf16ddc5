/**
 * Hand-written placement cases. Each states the answer it expects and, in the comment above it, why:
 * the seed sentence, guideline band or placement principle the answer follows. Together they cover
 * every level of care and every withdrawal-management setting, and each rule fires in at least one.
 */
import type { Assessment } from "../../assessment/assessment.js";
import type { LevelOfCare } from "../../levels/level-of-care.js";
import type { WithdrawalManagement } from "../../levels/withdrawal-management.js";
import type { MedicationNoteCode } from "../../medications/medication-note.js";
import type { UrgentTier } from "../../safety/urgent-item.js";
import { dailyAlcohol, WELL, withAnswers } from "./assessment-builders.js";

export interface PlacementCase {
  readonly name: string;
  readonly assessment: Assessment;
  readonly level: LevelOfCare | null;
  readonly withdrawalManagement: WithdrawalManagement | null;
  readonly urgent?: readonly { readonly tier: UrgentTier; readonly ruleId: string }[];
  readonly coOccurringEnhanced?: boolean;
  readonly medications?: readonly MedicationNoteCode[];
  readonly provisional?: boolean;
  /** Rules that must be among the drivers (the needs that set the level or setting). */
  readonly drivers?: readonly string[];
}

const mild = [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }] as const;
const moderate = [
  { substance: "alcohol", frequency: "several-times-a-week", useDisorder: "moderate" },
] as const;
const usingDaily = { over: false } as const;

export const PLACEMENT_CASES: readonly PlacementCase[] = [
  // Fully answered, monthly light drinking, no disorder: nothing known raises care above a check-in.
  {
    name: "no need anywhere",
    assessment: WELL,
    level: "early-intervention",
    withdrawalManagement: "none",
    provisional: false,
    drivers: ["baseline-check-in"],
  },
  // Weekly drinking without a disorder is risky use (WHO AUDIT zone II): brief advice, a check-in.
  {
    name: "weekly drinking without a disorder",
    assessment: withAnswers({
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "none" }],
    }),
    level: "early-intervention",
    withdrawalManagement: "none",
    drivers: ["relapse-at-risk-use"],
  },
  // AUDIT 12 is hazardous drinking (zone II), not a disorder: check-in and education.
  {
    name: "hazardous AUDIT score",
    assessment: withAnswers({ scales: [{ instrument: "audit", total: 12, flags: [] }] }),
    level: "early-intervention",
    withdrawalManagement: "none",
    drivers: ["relapse-at-risk-use"],
  },
  // A mild disorder with a safe home, support, transport and readiness: outpatient counseling (seed: outpatient needs all of these).
  {
    name: "mild alcohol use disorder, everything in place",
    assessment: withAnswers({ substances: mild }),
    level: "outpatient",
    withdrawalManagement: "none",
    drivers: ["relapse-mild-use"],
  },
  // AUDIT 17 is harmful drinking (zone III): outpatient counseling.
  {
    name: "harmful AUDIT score",
    assessment: withAnswers({ scales: [{ instrument: "audit", total: 17, flags: [] }] }),
    level: "outpatient",
    withdrawalManagement: "none",
  },
  // Mild opioid use disorder: outpatient, and medication options and naloxone always come with opioids (TIP 63).
  {
    name: "mild opioid use disorder",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "weekly", useDisorder: "mild" }],
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: ["opioid-use-disorder-medications", "naloxone"],
  },
  // Seed: IOP fits mild to moderate problems with a safe, supportive home.
  {
    name: "moderate alcohol use disorder",
    assessment: withAnswers({ substances: moderate }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    drivers: ["relapse-moderate-use"],
  },
  // A severe disorder after 3 months without use (early remission) steps down to IOP.
  {
    name: "severe disorder in early remission",
    assessment: withAnswers({
      substances: [{ substance: "alcohol", frequency: "not-in-past-3-months", useDisorder: "severe" }],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // A moderate disorder in early remission needs outpatient counseling.
  {
    name: "moderate disorder in early remission",
    assessment: withAnswers({
      substances: [{ substance: "alcohol", frequency: "not-in-past-3-months", useDisorder: "moderate" }],
    }),
    level: "outpatient",
    withdrawalManagement: "none",
  },
  // Daily drinking, mild withdrawal, no complications, supportive home: ambulatory withdrawal care (ASAM 2020 VII.8) with IOP for the moderate disorder.
  {
    name: "daily drinking, mild withdrawal, supportive home",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, signsNow: "mild" },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
  },
  // Moderate withdrawal (CIWA-Ar 10–18) without complicating factors is managed as an outpatient with daily checks, plus a same-day medical check.
  {
    name: "moderate alcohol withdrawal on CIWA-Ar",
    assessment: withAnswers({
      substances: dailyAlcohol("mild"),
      withdrawal: usingDaily,
      scales: [{ instrument: "ciwa-ar", total: 14, flags: ["alcohol-withdrawal-moderate"] }],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    urgent: [{ tier: "same-day", ruleId: "safety-moderate-alcohol-or-sedative-withdrawal" }],
    drivers: ["withdrawal-moderate-now"],
  },
  // Daily opioid use with a moderate disorder: IOP, ambulatory withdrawal care with medication, MOUD options and naloxone.
  {
    name: "daily opioid use, moderate disorder",
    assessment: withAnswers({
      substances: [
        { substance: "opioids", frequency: "daily", route: "smoked-or-vaped", useDisorder: "moderate" },
      ],
      withdrawal: usingDaily,
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    medications: ["opioid-use-disorder-medications", "naloxone"],
  },
  // Past withdrawal hallucinations with daily drinking: withdrawal care with daily checks (IOP level).
  {
    name: "daily drinking with past withdrawal hallucinations",
    assessment: withAnswers({
      substances: dailyAlcohol("mild"),
      withdrawal: { over: false, history: { seizures: false, delirium: false, hallucinations: true } },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    drivers: ["withdrawal-expected-with-hallucination-history"],
  },
  // Unstable mental health symptoms need daily structure while living at home: day treatment, co-occurring enhanced.
  {
    name: "mild disorder with unstable mental health",
    assessment: withAnswers({
      substances: mild,
      mentalHealth: { conditions: ["depression"], stability: "unstable" },
    }),
    level: "partial-hospitalization",
    withdrawalManagement: "none",
    coOccurringEnhanced: true,
    drivers: ["emotional-unstable"],
  },
  // Symptoms that get in the way of daily life: IOP that treats both (TIP 42).
  {
    name: "mild disorder with some mental health symptoms",
    assessment: withAnswers({
      substances: mild,
      mentalHealth: { conditions: ["anxiety"], stability: "some-symptoms" },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    coOccurringEnhanced: true,
  },
  // PHQ-9 item 9 above zero: a same-day safety assessment and more frequent care.
  {
    name: "PHQ-9 item 9 positive",
    assessment: withAnswers({
      substances: mild,
      scales: [{ instrument: "phq-9", total: 16, flags: ["suicide-risk-follow-up"] }],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "same-day", ruleId: "safety-phq-9-item-9" }],
    coOccurringEnhanced: true,
  },
  // A non-acute positive ASQ needs a brief safety assessment the same day (NIMH ASQ).
  {
    name: "ASQ non-acute positive",
    assessment: withAnswers({
      substances: mild,
      scales: [{ instrument: "asq", total: 1, flags: ["asq-positive-non-acute"] }],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "same-day", ruleId: "safety-asq-non-acute" }],
  },
  // Thoughts of suicide without a plan: same-day safety assessment.
  {
    name: "suicidal thoughts without a plan",
    assessment: withAnswers({ substances: mild, mentalHealth: { suicidalThoughts: true } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "same-day", ruleId: "safety-suicidal-thoughts" }],
  },
  // Seed: people who lack housing stability may do better in a facility.
  {
    name: "mild disorder without stable housing",
    assessment: withAnswers({ substances: mild, environment: { housing: "homeless" } }),
    level: "residential",
    withdrawalManagement: "none",
    drivers: ["environment-housing-unstable"],
  },
  // Seed: outpatient care needs a safe and supportive home.
  {
    name: "mild disorder, unsafe home",
    assessment: withAnswers({ substances: mild, environment: { homeSafe: false } }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Seed: inpatient care may be necessary for severe substance use disorders.
  {
    name: "severe disorder with recent use",
    assessment: withAnswers({
      substances: [{ substance: "stimulants", frequency: "several-times-a-week", useDisorder: "severe" }],
    }),
    level: "residential",
    withdrawalManagement: "none",
    drivers: ["relapse-severe-use"],
  },
  // Seed: inpatient care helps people who have not done well with outpatient treatment before.
  {
    name: "intensive outpatient tried and not enough",
    assessment: withAnswers({
      substances: moderate,
      history: { treatments: [{ level: "intensive-outpatient", outcome: "not-enough" }] },
    }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Seed: for people who continue to relapse, a facility-based setting may help.
  {
    name: "repeated return to use",
    assessment: withAnswers({ substances: mild, history: { returnsToUseAfterTreatment: 3 } }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Seed: outpatient works best if the person can stay abstinent in their current home.
  {
    name: "cannot stay abstinent at home",
    assessment: withAnswers({ substances: mild, history: { canStayAbstinentAtHome: false } }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Seed: readiness to attend all appointments is vital for outpatient care.
  {
    name: "not willing to attend every appointment",
    assessment: withAnswers({ substances: mild, readiness: { willingToAttendAllAppointments: false } }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Outpatient counseling tried and not enough: step up to a more intensive program.
  {
    name: "outpatient tried and not enough",
    assessment: withAnswers({
      substances: mild,
      history: { treatments: [{ level: "outpatient", outcome: "not-enough" }] },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // Not ready to change: more contact builds motivation (readiness rating 2).
  {
    name: "not ready to change",
    assessment: withAnswers({ substances: mild, readiness: { stage: "not-ready" } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // Unsure about change: rated, handled at any level; mild disorder keeps outpatient.
  {
    name: "unsure about change",
    assessment: withAnswers({ substances: mild, readiness: { stage: "unsure" } }),
    level: "outpatient",
    withdrawalManagement: "none",
  },
  // Seed: a support network is vital; without one, more contact (IOP).
  {
    name: "no support network",
    assessment: withAnswers({ substances: mild, environment: { supportNetwork: "none" } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // Someone using at home: IOP (environment rating 2).
  {
    name: "someone at home uses",
    assessment: withAnswers({ substances: mild, environment: { othersUseAtHome: true } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // Strong cravings: practice skills several times a week.
  {
    name: "strong cravings",
    assessment: withAnswers({ substances: mild, history: { cravings: "strong" } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // An overdose in the past year: more frequent care and naloxone.
  {
    name: "overdose in the past year",
    assessment: withAnswers({ substances: mild, overdose: { pastYear: true, ever: true } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    medications: ["naloxone"],
  },
  // A medical condition needing regular follow-up is manageable alongside IOP, not basic outpatient.
  {
    name: "medical condition needs follow-up",
    assessment: withAnswers({ substances: mild, medical: { condition: "needs-follow-up" } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // No reliable transport is a barrier to solve, not a reason for more care: stays outpatient, environment rated 1.
  {
    name: "no reliable transport",
    assessment: withAnswers({ substances: mild, environment: { reliableTransport: false } }),
    level: "outpatient",
    withdrawalManagement: "none",
  },
  // ASAM 2020 III.1: withdrawal that could be ambulatory needs a live-in setting when home is unsupportive.
  {
    name: "daily drinking, someone at home uses",
    assessment: withAnswers({
      substances: dailyAlcohol("mild"),
      withdrawal: usingDaily,
      environment: { othersUseAtHome: true },
    }),
    level: "residential",
    withdrawalManagement: "residential",
    drivers: ["withdrawal-unsupported-at-home"],
  },
  // Daily drinking with past withdrawal seizures: complicated withdrawal risk, 24-hour medical monitoring, see a doctor today.
  {
    name: "daily drinking with past withdrawal seizures",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "same-day", ruleId: "safety-complicated-withdrawal-history" }],
    drivers: ["withdrawal-expected-with-complicated-history"],
  },
  // PAWSS 4 or more: high risk of complicated withdrawal, inpatient management (BCCSU).
  {
    name: "high PAWSS score",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, pawssScore: 6 },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
  },
  // CIWA-Ar 19 or more is severe withdrawal: emergency department now, then 24-hour medical monitoring.
  {
    name: "severe alcohol withdrawal on CIWA-Ar",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: usingDaily,
      scales: [{ instrument: "ciwa-ar", total: 22, flags: ["alcohol-withdrawal-severe"] }],
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
  },
  // Severe withdrawal now with a history of delirium tremens: hospital (medically managed) withdrawal care.
  {
    name: "severe withdrawal with past delirium",
    assessment: withAnswers({
      substances: dailyAlcohol("severe"),
      withdrawal: {
        over: false,
        signsNow: "severe",
        history: { seizures: false, delirium: true, hallucinations: false },
      },
    }),
    level: "medically-managed-inpatient",
    withdrawalManagement: "medically-managed",
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
  },
  // A seizure during withdrawal right now: call 911; hospital care.
  {
    name: "withdrawal seizure now",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, seizureOrConfusionNow: true },
    }),
    level: "medically-managed-inpatient",
    withdrawalManagement: "medically-managed",
    urgent: [{ tier: "emergency", ruleId: "safety-withdrawal-seizure-or-confusion" }],
  },
  // COWS above 36 is severe opioid withdrawal: 24-hour medical monitoring and medical care today.
  {
    name: "severe opioid withdrawal on COWS",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "daily", route: "injected", useDisorder: "severe" }],
      withdrawal: usingDaily,
      scales: [{ instrument: "cows", total: 38, flags: ["opioid-withdrawal-severe"] }],
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "same-day", ruleId: "safety-severe-opioid-withdrawal" }],
    medications: ["opioid-use-disorder-medications", "naloxone"],
  },
  // Pregnancy with daily drinking: stopping needs 24-hour medical monitoring (TIP 45), and medical care today.
  {
    name: "pregnant and drinking daily",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: usingDaily,
      medical: { pregnant: true },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "same-day", ruleId: "safety-pregnancy-with-withdrawal-risk" }],
  },
  // Pregnancy with opioid use: buprenorphine or methadone rather than withdrawal (ACOG 711).
  {
    name: "pregnant with opioid use disorder",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "weekly", useDisorder: "mild" }],
      medical: { pregnant: true },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    // ACOG 711: buprenorphine or methadone, not naltrexone, is what is offered to start in pregnancy.
    medications: ["naloxone", "pregnancy-opioid-medication"],
    urgent: [{ tier: "same-day", ruleId: "safety-pregnancy-opioid-medication-today" }],
  },
  // Moderate withdrawal plus a medical condition needing 24-hour monitoring is not safe at home (ASAM 2020 VII.8).
  {
    name: "moderate withdrawal with a serious medical need",
    assessment: withAnswers({
      substances: dailyAlcohol("mild"),
      withdrawal: { over: false, signsNow: "moderate" },
      medical: { condition: "needs-24-hour-monitoring" },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    drivers: ["biomedical-needs-24-hour-monitoring", "withdrawal-moderate-with-other-health-needs"],
  },
  // A medical condition needing 24-hour nursing: medically monitored inpatient.
  {
    name: "medical condition needs 24-hour monitoring",
    assessment: withAnswers({ substances: mild, medical: { condition: "needs-24-hour-monitoring" } }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "none",
  },
  // An unstable medical condition: emergency care now; hospital level.
  {
    name: "unstable medical condition",
    assessment: withAnswers({ substances: mild, medical: { condition: "unstable" } }),
    level: "medically-managed-inpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "emergency", ruleId: "safety-unstable-medical-condition" }],
  },
  // Signs of an overdose now: 911, naloxone; hospital.
  {
    name: "overdose signs now",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "daily", useDisorder: "severe" }],
      withdrawal: usingDaily,
      overdose: { signsNow: true, ever: true },
    }),
    level: "medically-managed-inpatient",
    // A hospital level gives the withdrawal care there, never "at home".
    withdrawalManagement: "medically-managed",
    urgent: [{ tier: "emergency", ruleId: "safety-overdose-now" }],
    medications: ["opioid-use-disorder-medications", "naloxone"],
  },
  // Suicidal intent or plan: 988 now; inpatient psychiatric care with treatment for both (ASAM 2020 III.2).
  {
    name: "suicidal plan",
    assessment: withAnswers({
      substances: moderate,
      mentalHealth: { suicidalThoughts: true, suicidalIntentOrPlan: true },
    }),
    level: "medically-managed-inpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "crisis", ruleId: "safety-suicidal-intent-or-plan" }],
    coOccurringEnhanced: true,
  },
  // Danger to others with psychosis: crisis now (988/911) and a same-day evaluation; hospital.
  {
    name: "psychosis with danger",
    assessment: withAnswers({
      substances: moderate,
      mentalHealth: { psychosisNow: true, dangerToSelfOrOthers: true },
    }),
    level: "medically-managed-inpatient",
    withdrawalManagement: "none",
    urgent: [
      { tier: "crisis", ruleId: "safety-danger-to-self-or-others" },
      { tier: "same-day", ruleId: "safety-psychosis" },
    ],
  },
  // An acute positive ASQ: imminent risk, crisis tier.
  {
    name: "ASQ acute positive",
    assessment: withAnswers({
      substances: mild,
      scales: [{ instrument: "asq", total: 2, flags: ["asq-positive-acute"] }],
    }),
    level: "medically-managed-inpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "crisis", ruleId: "safety-asq-acute" }],
  },
  // Psychosis without danger: 24-hour nursing and a doctor; same-day evaluation.
  {
    name: "psychosis now",
    assessment: withAnswers({
      substances: moderate,
      mentalHealth: { psychosisNow: true, conditions: ["psychotic-disorder"] },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "same-day", ruleId: "safety-psychosis" }],
    coOccurringEnhanced: true,
  },
  // Seed: co-occurring conditions that need 24-hour care fit inpatient (residential) care that treats both.
  {
    name: "mental health needs 24-hour care",
    assessment: withAnswers({
      substances: mild,
      mentalHealth: { conditions: ["bipolar"], stability: "needs-24-hour-care" },
    }),
    level: "residential",
    withdrawalManagement: "none",
    coOccurringEnhanced: true,
  },
  // 24-hour mental health needs plus daily drinking: two dimensions, one of them mental health: medically monitored (PPC-2R summary).
  {
    name: "mental health 24-hour care with daily drinking",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: usingDaily,
      mentalHealth: { stability: "needs-24-hour-care" },
    }),
    level: "medically-monitored-inpatient",
    // The live-in level gives the withdrawal care, with nurses day and night.
    withdrawalManagement: "medically-monitored",
    drivers: ["emotional-24-hour-care-with-medical-or-withdrawal-need"],
  },
  // Readiness, relapse and environment needs together never justify a hospital level: residential at most (PPC-2R summary).
  {
    name: "every readiness, relapse and environment need at once",
    assessment: withAnswers({
      substances: [{ substance: "stimulants", frequency: "daily", useDisorder: "severe" }],
      readiness: { stage: "not-ready", willingToAttendAllAppointments: false },
      history: {
        returnsToUseAfterTreatment: 5,
        cravings: "strong",
        copingSkills: "few",
        canStayAbstinentAtHome: false,
        treatments: [{ level: "intensive-outpatient", outcome: "not-enough" }],
      },
      environment: {
        housing: "homeless",
        homeSafe: false,
        othersUseAtHome: true,
        supportNetwork: "none",
        reliableTransport: false,
      },
    }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Under 18: no placement; point to adolescent services. Safety still comes first.
  {
    name: "adolescent in crisis",
    assessment: withAnswers({ age: 16, mentalHealth: { suicidalIntentOrPlan: true } }),
    level: null,
    withdrawalManagement: null,
    urgent: [{ tier: "crisis", ruleId: "safety-suicidal-intent-or-plan" }],
  },
  // Daily drinking with unknown withdrawal history: ask now, and the result is provisional.
  {
    name: "daily drinking, withdrawal history unknown",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, signsNow: "none", history: null },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-withdrawal-history" }],
    provisional: true,
  },
  // Suicidal thoughts never asked: ask now; provisional.
  {
    name: "suicidal thoughts unknown",
    assessment: withAnswers({ substances: mild, mentalHealth: { suicidalThoughts: null } }),
    level: "outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-suicidal-thoughts" }],
    provisional: true,
  },
  // A positive ASQ without the acuity answer: ask it now.
  {
    name: "ASQ acuity unanswered",
    assessment: withAnswers({
      substances: mild,
      scales: [{ instrument: "asq", total: null, flags: ["asq-acuity-unanswered"] }],
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-asq-acuity" }],
  },
  // Intoxicated now and injecting: ratings rise (withdrawal 1, biomedical 1) without changing the level.
  {
    name: "intoxicated now, injecting",
    assessment: withAnswers({
      intoxicatedNow: true,
      substances: [{ substance: "stimulants", frequency: "weekly", route: "injected", useDisorder: "mild" }],
    }),
    level: "outpatient",
    withdrawalManagement: "none",
  },
  // Already taking buprenorphine: keep it going at whatever level is chosen.
  {
    name: "taking buprenorphine",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "not-in-past-3-months", useDisorder: "moderate" }],
      medical: { medications: ["buprenorphine"] },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: ["opioid-use-disorder-medications", "naloxone", "continue-opioid-medication"],
  },
  // Person-centered considerations: work, caregiving, wanting to live at home, no insurance, Spanish; a stable condition, depression, moderate PHQ-9, one return to use are noted.
  {
    name: "considerations noted",
    assessment: withAnswers({
      substances: mild,
      obligations: { work: true, caregiving: true },
      preferences: { setting: "live-at-home", spanishSpeakingProgram: true },
      access: { coverage: "none" },
      medical: { condition: "stable" },
      mentalHealth: { conditions: ["depression"] },
      scales: [{ instrument: "phq-9", total: 11, flags: [] }],
      history: { returnsToUseAfterTreatment: 1 },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
  },
  // Pregnant with a moderate disorder (no withdrawal): prenatal care linked with treatment; IOP for the disorder.
  {
    name: "pregnant with moderate stimulant use disorder",
    assessment: withAnswers({
      substances: [{ substance: "stimulants", frequency: "weekly", useDisorder: "moderate" }],
      medical: { pregnant: true },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // DAST-10 of 7 (substantial): IOP-level care for a likely disorder.
  {
    name: "substantial DAST-10",
    assessment: withAnswers({ scales: [{ instrument: "dast-10", total: 7, flags: [] }] }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // Mild withdrawal now from sedatives used several times a week: ambulatory withdrawal care with outpatient counseling.
  {
    name: "mild sedative withdrawal without daily use",
    assessment: withAnswers({
      substances: [{ substance: "benzodiazepines", frequency: "several-times-a-week", useDisorder: "mild" }],
      withdrawal: { over: false, signsNow: "mild" },
    }),
    level: "outpatient",
    withdrawalManagement: "ambulatory",
    drivers: ["withdrawal-mild-now"],
  },
  // One return to use after treatment, with no current disorder: noted in the relapse rating, no more care.
  {
    name: "one return to use, no current disorder",
    assessment: withAnswers({ history: { returnsToUseAfterTreatment: 1 } }),
    level: "early-intervention",
    withdrawalManagement: "none",
  },
  // Stable bipolar disorder with a mild substance use disorder: outpatient, in a program that treats both (TIP 42).
  {
    name: "stable bipolar disorder with a mild disorder",
    assessment: withAnswers({
      substances: mild,
      mentalHealth: { conditions: ["bipolar"], stability: "stable", inCare: true },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    coOccurringEnhanced: true,
  },

  // ── complicated-withdrawal risk factors (ASAM 2020 alcohol withdrawal guideline II.5, VII.8; PAWSS) ──

  // Age 65 or older is a risk factor for complicated withdrawal: daily drinking at 70 is not stopped at home.
  {
    name: "daily drinking at 70",
    assessment: withAnswers({ age: 70, substances: dailyAlcohol("moderate"), withdrawal: usingDaily }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    drivers: ["withdrawal-expected-with-risk-factor"],
  },
  // Alcohol every day plus a benzodiazepine every day: concurrent sedative dependence (PAWSS item).
  {
    name: "daily drinking with daily benzodiazepines",
    assessment: withAnswers({
      substances: [
        ...dailyAlcohol("moderate"),
        { substance: "benzodiazepines", frequency: "daily", amount: "moderate", useDisorder: "mild" },
      ],
      withdrawal: usingDaily,
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    drivers: ["withdrawal-expected-with-risk-factor"],
    medications: ["alcohol-use-disorder-medications"],
  },
  // A prescribed benzodiazepine taken daily counts as the second sedative; a condition needing follow-up
  // is a significant medical illness (VII.8).
  {
    name: "daily drinking, prescribed benzodiazepine, medical condition",
    assessment: withAnswers({
      age: 58,
      substances: dailyAlcohol("mild"),
      withdrawal: usingDaily,
      medical: { condition: "needs-follow-up", medications: ["benzodiazepine"] },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    drivers: ["withdrawal-expected-with-risk-factor"],
  },
  // Liver disease, named, in someone whose condition is otherwise stable.
  {
    name: "daily drinking with liver disease",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: usingDaily,
      medical: { condition: "stable", conditions: ["liver-disease"] },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    drivers: ["withdrawal-expected-with-risk-factor"],
  },
  // A past withdrawal seizure with heavy drinking a few times a week (not daily): withdrawal can still
  // bring a seizure, so stopping is medically monitored and a doctor is seen today.
  {
    name: "heavy drinking several times a week after a withdrawal seizure",
    assessment: withAnswers({
      substances: [
        { substance: "alcohol", frequency: "several-times-a-week", amount: "heavy", useDisorder: "moderate" },
      ],
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "same-day", ruleId: "safety-complicated-withdrawal-history" }],
    drivers: ["withdrawal-expected-with-complicated-history"],
  },
  // Moderate withdrawal with unstable mental health and no other risk factor: not managed at home.
  {
    name: "moderate withdrawal with unstable mental health",
    assessment: withAnswers({
      substances: [
        {
          substance: "alcohol",
          frequency: "several-times-a-week",
          amount: "moderate",
          useDisorder: "moderate",
        },
      ],
      withdrawal: { over: false, signsNow: "moderate" },
      mentalHealth: { stability: "unstable" },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    drivers: ["withdrawal-moderate-with-other-health-needs"],
  },

  // ── no withdrawal without signs or a withdrawal-producing pattern ──

  // CIWA-Ar 3 (below 8: minimal or no withdrawal), no signs reported, weekly drinking: no withdrawal care.
  {
    name: "CIWA-Ar 3 with weekly drinking",
    assessment: withAnswers({
      substances: [{ substance: "alcohol", frequency: "weekly", amount: "moderate", useDisorder: "none" }],
      withdrawal: { over: false, signsNow: "none" },
      scales: [{ instrument: "ciwa-ar", total: 3, flags: ["alcohol-withdrawal-mild"] }],
    }),
    level: "early-intervention",
    withdrawalManagement: "none",
  },

  // ── opioids: severe signs without COWS, fentanyl, pregnancy, the year after birth ──

  // Severe opioid withdrawal reported by someone who uses daily, with no COWS: a same-day medical visit.
  {
    name: "severe opioid withdrawal reported without COWS",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "daily", amount: "heavy", useDisorder: "severe" }],
      withdrawal: { over: false, signsNow: "severe" },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "same-day", ruleId: "safety-severe-opioid-withdrawal" }],
  },
  // Fentanyl with moderate withdrawal (COWS 15): start buprenorphine or methadone the same day.
  {
    name: "fentanyl with moderate withdrawal on COWS",
    assessment: withAnswers({
      substances: [
        {
          substance: "opioids",
          specific: "fentanyl",
          frequency: "daily",
          amount: "heavy",
          useDisorder: "severe",
        },
      ],
      withdrawal: { over: false },
      scales: [{ instrument: "cows", total: 15, flags: ["opioid-withdrawal-moderate"] }],
    }),
    level: "residential",
    withdrawalManagement: "residential",
    urgent: [{ tier: "same-day", ruleId: "safety-fentanyl-withdrawal-start-medication" }],
    medications: ["opioid-use-disorder-medications", "naloxone"],
  },
  // ACOG 711: pregnancy with opioid use disorder is treated with buprenorphine or methadone, started the
  // same day, never withdrawal care as the plan, and naltrexone is not offered to start.
  {
    name: "pregnant with daily opioid use",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "daily", amount: "moderate", useDisorder: "moderate" }],
      withdrawal: usingDaily,
      medical: { pregnant: true },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "same-day", ruleId: "safety-pregnancy-opioid-medication-today" }],
    medications: ["naloxone", "pregnancy-opioid-medication"],
  },
  // Severity not yet known: daily opioid use in pregnancy still means at least outpatient care with
  // medication, never a check-in alone.
  {
    name: "pregnant with daily opioid use, severity not yet known",
    assessment: withAnswers({
      useDisorder: null,
      substances: [{ substance: "opioids", frequency: "daily", amount: "moderate" }],
      withdrawal: usingDaily,
      medical: { pregnant: true },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "same-day", ruleId: "safety-pregnancy-opioid-medication-today" }],
    drivers: ["biomedical-pregnancy-opioid-use-disorder"],
  },
  // Already taking naltrexone when pregnant: talk with the prescriber.
  {
    name: "pregnant and taking naltrexone",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "not-in-past-3-months", useDisorder: "moderate" }],
      medical: { pregnant: true, medications: ["naltrexone"] },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: ["naloxone", "pregnancy-naltrexone", "pregnancy-opioid-medication"],
  },
  // The 12 months after giving birth are a time of high overdose risk: keep medication and naloxone.
  {
    name: "postpartum on buprenorphine",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "not-in-past-3-months", useDisorder: "moderate" }],
      medical: { postpartum: true, medications: ["buprenorphine"] },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: [
      "opioid-use-disorder-medications",
      "naloxone",
      "continue-opioid-medication",
      "postpartum-overdose-risk",
    ],
  },

  // ── dangerous combinations and medicines named where they fit ──

  // Methadone with daily benzodiazepines: an overdose warning and naloxone, never "stop methadone".
  {
    name: "methadone with daily benzodiazepines",
    assessment: withAnswers({
      substances: [
        { substance: "benzodiazepines", frequency: "weekly", amount: "moderate", useDisorder: "mild" },
      ],
      medical: { medications: ["methadone"] },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: [
      "opioid-use-disorder-medications",
      "naloxone",
      "continue-opioid-medication",
      "opioid-sedative-overdose-risk",
    ],
  },
  // Methadone maintenance listed as daily opioid use: the medicine continues, so no opioid withdrawal care
  // is planned, and the disorder is in remission on maintenance therapy: outpatient (SAMHSA TIP 63).
  {
    name: "methadone maintenance listed as daily opioid use",
    assessment: withAnswers({
      substances: [
        { substance: "opioids", specific: "methadone", frequency: "daily", useDisorder: "severe" },
      ],
      withdrawal: usingDaily,
      medical: { medications: ["methadone"] },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: ["opioid-use-disorder-medications", "naloxone", "continue-opioid-medication"],
  },
  // Stimulant use: fentanyl is in the stimulant supply, so naloxone and fentanyl test strips.
  {
    name: "weekly cocaine use",
    assessment: withAnswers({
      substances: [
        { substance: "stimulants", specific: "cocaine", frequency: "weekly", useDisorder: "mild" },
      ],
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: ["stimulant-fentanyl-test-strips"],
  },
  // Moderate alcohol use disorder: naltrexone or acamprosate (APA 2018).
  {
    name: "moderate alcohol use disorder, medicines named",
    assessment: withAnswers({ substances: moderate }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    medications: ["alcohol-use-disorder-medications"],
  },
  // With methadone, naltrexone would bring on withdrawal: acamprosate only.
  {
    name: "moderate alcohol use disorder on methadone",
    assessment: withAnswers({ substances: moderate, medical: { medications: ["methadone"] } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    medications: [
      "alcohol-use-disorder-medications-with-opioids",
      "opioid-use-disorder-medications",
      "naloxone",
      "continue-opioid-medication",
      "opioid-sedative-overdose-risk",
    ],
  },
  // Daily smoking alongside a mild alcohol use disorder: tobacco treatment is offered too (USPSTF 2021).
  {
    name: "daily smoking with a mild alcohol use disorder",
    assessment: withAnswers({
      substances: [...mild, { substance: "tobacco", frequency: "daily", useDisorder: "moderate" }],
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    medications: ["tobacco-treatment"],
  },

  // ── stable recovery, read per substance (DSM-5 remission specifiers) ──

  // Severe alcohol use disorder with no drink for 14 months and past returns to use: sustained
  // remission keeps outpatient care; history alone does not hold a live-in level.
  {
    name: "severe disorder in sustained remission with past returns to use",
    assessment: withAnswers({
      substances: [
        {
          substance: "alcohol",
          frequency: "not-in-past-3-months",
          lastUseDaysAgo: 430,
          useDisorder: "severe",
        },
      ],
      history: { returnsToUseAfterTreatment: 3 },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
    drivers: ["relapse-mild-use"],
  },
  // Severe opioid use disorder, steady on buprenorphine with no other opioid use for 5 months: outpatient.
  {
    name: "stable on buprenorphine",
    assessment: withAnswers({
      substances: [
        { substance: "opioids", specific: "buprenorphine", frequency: "daily", useDisorder: "severe" },
        {
          substance: "opioids",
          specific: "heroin",
          frequency: "not-in-past-3-months",
          lastUseDaysAgo: 150,
          useDisorder: "severe",
        },
      ],
      medical: { medications: ["buprenorphine"] },
      history: { returnsToUseAfterTreatment: 2 },
    }),
    level: "outpatient",
    withdrawalManagement: "none",
  },
  // A severe alcohol use disorder last active 7 months ago and weekly cannabis use without a disorder:
  // severity and recency belong to different substances, so this is not "severe with recent use".
  {
    name: "severe disorder in early remission, other substance used lately",
    assessment: withAnswers({
      substances: [
        {
          substance: "alcohol",
          frequency: "not-in-past-3-months",
          lastUseDaysAgo: 210,
          useDisorder: "severe",
        },
        { substance: "cannabis", frequency: "weekly", useDisorder: "none" },
      ],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    drivers: ["relapse-moderate-use"],
  },

  // ── AUDIT-C at-risk cut-off by sex (Bradley 2007: 3 for women; Bush 1998: 4 for men) ──
  {
    name: "AUDIT-C 3, woman",
    assessment: withAnswers({ sex: "female", scales: [{ instrument: "audit-c", total: 3, flags: [] }] }),
    level: "early-intervention",
    withdrawalManagement: "none",
    drivers: ["relapse-at-risk-use"],
  },
  {
    name: "AUDIT-C 3, sex not given",
    assessment: withAnswers({ scales: [{ instrument: "audit-c", total: 3, flags: [] }] }),
    level: "early-intervention",
    withdrawalManagement: "none",
    drivers: ["relapse-at-risk-use"],
  },
  {
    name: "AUDIT-C 3, man",
    assessment: withAnswers({ sex: "male", scales: [{ instrument: "audit-c", total: 3, flags: [] }] }),
    level: "early-intervention",
    withdrawalManagement: "none",
    drivers: ["baseline-check-in"],
  },

  // ── a result that does not contradict itself ──

  // Mild withdrawal with a severe disorder and recent use: the live-in program gives the withdrawal care.
  {
    name: "mild withdrawal within a live-in level",
    assessment: withAnswers({
      substances: [
        {
          substance: "alcohol",
          frequency: "several-times-a-week",
          amount: "moderate",
          useDisorder: "severe",
        },
      ],
      withdrawal: { over: false, signsNow: "mild" },
      obligations: { work: true },
    }),
    level: "residential",
    withdrawalManagement: "residential",
    drivers: ["relapse-severe-use", "withdrawal-care-in-live-in-program"],
  },
  // Thoughts of suicide: lethal-means counselling goes with the safety item.
  {
    name: "suicidal thoughts, lethal means",
    assessment: withAnswers({ substances: mild, mentalHealth: { suicidalThoughts: true } }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    urgent: [{ tier: "same-day", ruleId: "safety-suicidal-thoughts" }],
  },
];
