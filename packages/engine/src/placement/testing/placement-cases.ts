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
    medications: ["opioid-use-disorder-medications", "naloxone", "pregnancy-opioid-medication"],
    urgent: [{ tier: "same-day", ruleId: "safety-pregnancy-with-withdrawal-risk" }],
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
    withdrawalManagement: "ambulatory",
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
    withdrawalManagement: "ambulatory",
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
];
