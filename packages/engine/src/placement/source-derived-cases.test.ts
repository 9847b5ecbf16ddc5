/**
 * Source-derived placement cases: each one is built straight from a statement in the project's sources,
 * the way an outside reviewer would build it, and none repeats a case in testing/placement-cases.ts.
 * Sources, by file and section:
 *   - docs/design/seed.md ("seed"), by its section headings;
 *   - docs/design/domain.md §1.6 (placement principles), §1.7 (withdrawal rules: ASAM 2020 alcohol
 *     withdrawal guideline, PAWSS, TIP 45);
 *   - docs/design/instruments.md §1.4 (CIWA-Ar bands), §1.5 (COWS bands), §1.6 (PHQ-9 item 9),
 *     §1.10a (ASQ);
 *   - docs/design.md (level ids and order, "Safety first", "Never average", "Unknown is not fine", "Adults").
 * Scale results are scored from item answers with the engine's own scorer, so the band edges
 * (CIWA-Ar 9/10, 18/19; COWS 4/5, 12/13, 24/25, 36/37) are exercised end to end, as a reviewer
 * entering a completed form would.
 *
 * Each case asserts only what its source settles: an exact level where the source names one, otherwise
 * a floor or ceiling ("never below", "never a hospital level").
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  assess,
  LEVELS_OF_CARE,
  type LevelOfCare,
  levelRank,
  type MedicationNoteCode,
  type ScaleResult,
  scoreInstrument,
  type UrgentTier,
  WITHDRAWAL_MANAGEMENT_SETTINGS,
  type WithdrawalManagement,
  withdrawalManagementRank,
} from "../index.js";
import { arbitraryAdultAssessment, setAnswer } from "./testing/arbitrary-assessment.js";
import { dailyAlcohol, withAnswers } from "./testing/assessment-builders.js";

// ── scale results scored from item answers ──

/** Item answers (points) that add up to `total`, searching item by item (COWS has gaps in its points). */
function itemsAddingUpTo(instrument: "ciwa-ar" | "cows", total: number): Record<string, number> {
  const itemPoints: readonly (readonly number[])[] = OPTION_POINTS[instrument];
  const pick = (item: number, left: number): number[] | null => {
    const options = itemPoints[item - 1];
    if (options === undefined) return left === 0 ? [] : null;
    for (const points of [...options].sort((a, b) => b - a)) {
      if (points > left) continue;
      const rest = pick(item + 1, left - points);
      if (rest !== null) return [points, ...rest];
    }
    return null;
  };
  const chosen = pick(1, total);
  if (chosen === null) throw new Error(`${instrument} cannot add up to ${total}`);
  return Object.fromEntries(chosen.map((points, index) => [`${instrument}.${index + 1}`, points]));
}

const SEVEN = [0, 1, 2, 3, 4, 5, 6, 7];
const OPTION_POINTS = {
  // docs/design/instruments.md §1.4: nine items 0–7 and orientation 0–4.
  "ciwa-ar": [SEVEN, SEVEN, SEVEN, SEVEN, SEVEN, SEVEN, SEVEN, SEVEN, SEVEN, [0, 1, 2, 3, 4]],
  // docs/design/instruments.md §1.5: item-specific points with gaps.
  cows: [
    [0, 1, 2, 4],
    [0, 1, 2, 3, 4],
    [0, 1, 3, 5],
    [0, 1, 2, 5],
    [0, 1, 2, 4],
    [0, 1, 2, 4],
    [0, 1, 2, 3, 5],
    [0, 1, 2, 4],
    [0, 1, 2, 4],
    [0, 1, 2, 4],
    [0, 3, 5],
  ],
} as const;

const ciwaAr = (total: number): ScaleResult => scoreInstrument("ciwa-ar", itemsAddingUpTo("ciwa-ar", total));
const cows = (total: number): ScaleResult => scoreInstrument("cows", itemsAddingUpTo("cows", total));
/** A complete PHQ-9 with the given total and item 9 (thoughts of being better off dead or of self-harm). */
function phq9(total: number, item9: number): ScaleResult {
  const answers: Record<string, number> = { "phq-9.9": item9 };
  let left = total - item9;
  for (let item = 1; item <= 8; item++) {
    const points = Math.min(3, left);
    answers[`phq-9.${item}`] = points;
    left -= points;
  }
  return scoreInstrument("phq-9", answers);
}
type AsqAnswer = "yes" | "no" | "declined";
function asq(screen: readonly AsqAnswer[], acuity?: AsqAnswer): ScaleResult {
  const answers: Record<string, string> = {};
  screen.forEach((answer, index) => {
    answers[`asq.${index + 1}`] = answer;
  });
  if (acuity !== undefined) answers["asq.5"] = acuity;
  return scoreInstrument("asq", answers);
}

/** A sparse self-check: only what the person chose to answer, everything else unknown. */
function selfCheck(answers: Omit<Partial<Assessment>, "modelVersion" | "asOf">): Assessment {
  return { modelVersion: "1", asOf: "2026-11-27", mode: "self-check", respondent: "self", ...answers };
}

// ── the case shape ──

type LevelExpectation =
  | LevelOfCare
  | null
  | { readonly atLeast?: LevelOfCare; readonly atMost?: LevelOfCare };
type SettingExpectation = WithdrawalManagement | null | { readonly atLeast: WithdrawalManagement };

interface SourceCase {
  readonly name: string;
  readonly assessment: Assessment;
  readonly level: LevelExpectation;
  readonly withdrawalManagement?: SettingExpectation;
  /** Urgent items that must be present (tier and rule). */
  readonly urgent?: readonly { readonly tier: UrgentTier; readonly ruleId: string }[];
  /** Tiers that must not be present. */
  readonly noTier?: readonly UrgentTier[];
  /** Rules that must not raise an urgent item. */
  readonly noUrgentRule?: readonly string[];
  readonly provisional?: boolean;
  readonly coOccurringEnhanced?: boolean;
  /** Medication notes that must be among the result's. */
  readonly medications?: readonly MedicationNoteCode[];
  /** Unknown answers a professional must still ask about, with the level they could raise to. */
  readonly unknowns?: readonly { readonly path: string; readonly couldRaiseTo?: LevelOfCare }[];
  readonly adolescent?: boolean;
}

const mildAlcohol = [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }] as const;
const moderateAlcohol = [
  { substance: "alcohol", frequency: "several-times-a-week", useDisorder: "moderate" },
] as const;
const dailyHeroin = (useDisorder: "mild" | "moderate" | "severe" = "moderate") =>
  [{ substance: "opioids", frequency: "daily", route: "injected", useDisorder }] as const;
const stillUsing = { over: false } as const;
const INPATIENT_FLOOR = { atLeast: "residential" } as const;
const NOT_INPATIENT = { atMost: "partial-hospitalization" } as const;

const CASES: readonly SourceCase[] = [
  // ── CIWA-Ar bands (docs/design/instruments.md §1.4; docs/design/domain.md §1.7 ASAM 2020: <10 mild, 10–18 moderate, ≥19 severe) ──

  // CIWA-Ar 9 is the top of the mild band. ASAM 2020 VII.8: under 10, not intoxicated, no seizure or DT
  // history, no serious comorbidity, able to follow up → ambulatory withdrawal management. A moderate
  // disorder with a safe, supportive home is IOP (seed "When an IOP program makes sense").
  {
    name: "CIWA-Ar 9 (top of mild), daily drinking, supportive home",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      scales: [ciwaAr(9)],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    noUrgentRule: [
      "safety-moderate-alcohol-or-sedative-withdrawal",
      "safety-severe-alcohol-or-sedative-withdrawal",
    ],
    provisional: false,
  },
  // CIWA-Ar 10 is the bottom of the moderate band. VII.8: 10–18 without complicating factors can still be
  // ambulatory; moderate alcohol withdrawal warrants a medical check the same day (rules.md safety gate).
  {
    name: "CIWA-Ar 10 (bottom of moderate), mild disorder, no complicating factors",
    assessment: withAnswers({
      substances: dailyAlcohol("mild"),
      withdrawal: stillUsing,
      scales: [ciwaAr(10)],
    }),
    level: { atMost: "partial-hospitalization" },
    withdrawalManagement: "ambulatory",
    urgent: [{ tier: "same-day", ruleId: "safety-moderate-alcohol-or-sedative-withdrawal" }],
    noTier: ["emergency"],
  },
  // CIWA-Ar 18 is the top of the moderate band: still ambulatory per VII.8, never an emergency.
  {
    name: "CIWA-Ar 18 (top of moderate), no complicating factors",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      scales: [ciwaAr(18)],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    noTier: ["emergency"],
  },
  // High withdrawal + good environment: CIWA-Ar 19 is severe. docs/design/domain.md §1.7 / docs/design/instruments.md §1.4:
  // severe withdrawal is managed as an inpatient; a good home does not make it ambulatory (III.1 lists
  // environment as a reason for *more* care, never less). 24-hour medical monitoring is 3.7 / 3.7-WM.
  {
    name: "CIWA-Ar 19 (bottom of severe) with a safe, supportive home",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      scales: [ciwaAr(19)],
      environment: { housing: "stable", homeSafe: true, supportNetwork: "strong", reliableTransport: true },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
  },
  // Complicated withdrawal (ASAM 2020 Table 1: ≥19 plus seizures or delirium) in someone with past
  // withdrawal seizures: medically managed (hospital, 4-WM). docs/design.md: medically-managed = hospital level.
  {
    name: "CIWA-Ar 24 with past withdrawal seizures (complicated)",
    assessment: withAnswers({
      substances: dailyAlcohol("severe"),
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
      scales: [ciwaAr(24)],
    }),
    level: "medically-managed-inpatient",
    withdrawalManagement: "medically-managed",
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
  },
  // Low withdrawal + very unsafe environment: ASAM 2020 III.1, low psychosocial support or an unsafe
  // environment may justify a more intensive level than the withdrawal alone; seed: people who lack housing
  // stability may do better in a facility. Mild CIWA-Ar, homeless, unsafe, no support → live-in (3.2-WM).
  {
    name: "CIWA-Ar 6 (mild) while homeless with no support",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      scales: [ciwaAr(6)],
      environment: { housing: "homeless", homeSafe: false, supportNetwork: "none" },
    }),
    level: "residential",
    withdrawalManagement: "residential",
    noTier: ["emergency", "crisis"],
  },
  // Moderate withdrawal in pregnancy: VII.8 allows ambulatory care only without significant medical
  // comorbidity; TIP 45 (docs/design/domain.md §1.7) puts withdrawal in pregnancy under medical monitoring.
  {
    name: "CIWA-Ar 13 (moderate) in pregnancy",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      scales: [ciwaAr(13)],
      medical: { pregnant: true },
    }),
    level: { atLeast: "medically-monitored-inpatient" },
    withdrawalManagement: { atLeast: "medically-monitored" },
    urgent: [{ tier: "same-day", ruleId: "safety-pregnancy-with-withdrawal-risk" }],
  },

  // ── COWS bands (docs/design/instruments.md §1.5: <5 none, 5–12 mild, 13–24 moderate, 25–36 mod. severe, >36 severe) ──

  // COWS 4: no active withdrawal. Daily opioid use still means withdrawal will come on stopping, so a
  // withdrawal plan (ambulatory) and medication options and naloxone (rules.md medication notes).
  {
    name: "COWS 4 (no active withdrawal), daily heroin injection",
    assessment: withAnswers({
      substances: dailyHeroin("moderate"),
      withdrawal: stillUsing,
      scales: [cows(4)],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
    medications: ["opioid-use-disorder-medications", "naloxone"],
    noTier: ["emergency", "same-day"],
  },
  // COWS 12, top of mild: ambulatory withdrawal care; no urgent medical item for opioid withdrawal.
  {
    name: "COWS 12 (top of mild), daily opioids",
    assessment: withAnswers({ substances: dailyHeroin("mild"), withdrawal: stillUsing, scales: [cows(12)] }),
    level: { atMost: "intensive-outpatient" },
    withdrawalManagement: "ambulatory",
    noUrgentRule: ["safety-severe-opioid-withdrawal"],
  },
  // COWS 13, bottom of moderate: withdrawal rating 2 → IOP with ambulatory care (rules.md
  // withdrawal-moderate-now cites the COWS bands).
  {
    name: "COWS 13 (bottom of moderate)",
    assessment: withAnswers({ substances: dailyHeroin("mild"), withdrawal: stillUsing, scales: [cows(13)] }),
    level: "intensive-outpatient",
    withdrawalManagement: "ambulatory",
  },
  // COWS 30 (moderately severe): at least the care moderate withdrawal gets; the sources name no
  // emergency for opioid withdrawal below the severe band.
  {
    name: "COWS 30 (moderately severe)",
    assessment: withAnswers({
      substances: dailyHeroin("moderate"),
      withdrawal: stillUsing,
      scales: [cows(30)],
    }),
    level: { atLeast: "intensive-outpatient" },
    withdrawalManagement: { atLeast: "ambulatory" },
    noTier: ["emergency"],
  },
  // COWS 37, bottom of severe (>36): 24-hour medical monitoring and medical care today (rules.md
  // withdrawal-severe-now, safety-severe-opioid-withdrawal).
  {
    name: "COWS 37 (bottom of severe)",
    assessment: withAnswers({
      substances: dailyHeroin("severe"),
      withdrawal: stillUsing,
      scales: [cows(37)],
    }),
    level: { atLeast: "medically-monitored-inpatient" },
    withdrawalManagement: { atLeast: "medically-monitored" },
    urgent: [{ tier: "same-day", ruleId: "safety-severe-opioid-withdrawal" }],
    medications: ["opioid-use-disorder-medications", "naloxone"],
  },

  // ── seizure / delirium history (docs/design/domain.md §1.7 VII.8: ambulatory only with no history of withdrawal
  //    seizures or delirium tremens) ──

  // Daily benzodiazepines with past withdrawal delirium: sedative withdrawal carries the same seizure and
  // delirium risk as alcohol (TIP 45); stopping needs 24-hour medical monitoring, see a doctor today.
  {
    name: "daily benzodiazepines with past withdrawal delirium",
    assessment: withAnswers({
      substances: [
        { substance: "benzodiazepines", frequency: "daily", route: "swallowed", useDisorder: "moderate" },
      ],
      withdrawal: { over: false, history: { seizures: false, delirium: true, hallucinations: false } },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "same-day", ruleId: "safety-complicated-withdrawal-history" }],
  },
  // Heavy drinking several times a week (not daily) with moderate withdrawal now (CIWA-Ar 12) and past
  // withdrawal seizures: VII.8 excludes ambulatory management for anyone with a seizure history, whatever
  // the drinking pattern that led to the withdrawal now.
  {
    name: "moderate withdrawal now after non-daily drinking, past withdrawal seizures",
    assessment: withAnswers({
      substances: [
        { substance: "alcohol", frequency: "several-times-a-week", amount: "heavy", useDisorder: "moderate" },
      ],
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
      scales: [ciwaAr(12)],
    }),
    level: { atLeast: "medically-monitored-inpatient" },
    withdrawalManagement: { atLeast: "medically-monitored" },
  },
  // Same, mild signs reported (no scale): VII.8's seizure/DT exclusion applies to mild withdrawal too.
  {
    name: "mild withdrawal signs now after non-daily drinking, past delirium tremens",
    assessment: withAnswers({
      substances: [
        { substance: "alcohol", frequency: "several-times-a-week", amount: "heavy", useDisorder: "moderate" },
      ],
      withdrawal: {
        over: false,
        signsNow: "mild",
        history: { seizures: false, delirium: true, hallucinations: false },
      },
    }),
    level: { atLeast: "medically-monitored-inpatient" },
    withdrawalManagement: { atLeast: "medically-monitored" },
  },

  // ── sedative withdrawal ──

  // Severe benzodiazepine withdrawal now: severe sedative-type withdrawal can be life-threatening
  // (ASAM 2020 applies to alcohol; TIP 45 treats sedative-hypnotic withdrawal alike): ED now, inpatient care.
  {
    name: "severe benzodiazepine withdrawal now",
    assessment: withAnswers({
      substances: [
        { substance: "benzodiazepines", frequency: "daily", route: "swallowed", useDisorder: "severe" },
      ],
      withdrawal: { over: false, signsNow: "severe" },
    }),
    level: { atLeast: "medically-monitored-inpatient" },
    withdrawalManagement: { atLeast: "medically-monitored" },
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
  },
  // Daily sedative use without complicating history, safe home: a withdrawal plan with a clinician
  // (ambulatory); never live-in care for this alone (least intensive safe level, docs/design/domain.md §1.6.1).
  {
    name: "daily sleeping pills, no withdrawal history, supportive home",
    assessment: withAnswers({
      substances: [
        { substance: "other-sedatives", frequency: "daily", route: "swallowed", useDisorder: "mild" },
      ],
      withdrawal: stillUsing,
    }),
    level: "outpatient",
    withdrawalManagement: "ambulatory",
  },
  // VII.8: ambulatory withdrawal management needs a person who can keep to follow-up (daily checks for up
  // to ~5 days). Someone unwilling to attend appointments who drinks daily should not be left with
  // ambulatory withdrawal care; the seed's readiness rule already puts them in a live-in program.
  {
    name: "daily drinking, unwilling to attend appointments",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      readiness: { willingToAttendAllAppointments: false },
    }),
    level: "residential",
    withdrawalManagement: { atLeast: "residential" },
  },

  // ── opioid use disorder → medication and naloxone (rules.md medication notes, TIP 63) ──

  // A sparse self-check: "I inject heroin every day." Medication options and naloxone always; a withdrawal
  // plan; provisional, and suicidal thoughts must be asked (assessment-model.md "Rules of the model").
  {
    name: "self-check: injects heroin daily, nothing else answered",
    assessment: selfCheck({ substances: [{ substance: "opioids", frequency: "daily", route: "injected" }] }),
    level: { atLeast: "outpatient" },
    withdrawalManagement: { atLeast: "ambulatory" },
    medications: ["opioid-use-disorder-medications", "naloxone"],
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-suicidal-thoughts" }],
    provisional: true,
  },
  // Pregnancy with daily opioid use: medication rather than withdrawal (ACOG 711), medical care today.
  {
    name: "pregnant, daily opioid use",
    assessment: withAnswers({
      substances: [
        { substance: "opioids", frequency: "daily", route: "smoked-or-vaped", useDisorder: "moderate" },
      ],
      withdrawal: stillUsing,
      medical: { pregnant: true },
    }),
    level: { atLeast: "intensive-outpatient" },
    // ACOG 711: medication (buprenorphine or methadone) is the plan, never withdrawal care; naltrexone is
    // not offered to start in pregnancy.
    withdrawalManagement: "none",
    medications: ["naloxone", "pregnancy-opioid-medication"],
    urgent: [{ tier: "same-day", ruleId: "safety-pregnancy-opioid-medication-today" }],
  },

  // ── co-occurring → enhanced (docs/design.md levels table; seed "When You Might Need Inpatient Care") ──

  // Moderate disorder with PTSD symptoms that get in the way and GAD-7 16 (severe): care that treats both.
  {
    name: "moderate alcohol use disorder with PTSD symptoms and severe anxiety",
    assessment: withAnswers({
      substances: moderateAlcohol,
      mentalHealth: { conditions: ["ptsd"], stability: "some-symptoms" },
      scales: [{ instrument: "gad-7", total: 16, flags: [] }],
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    coOccurringEnhanced: true,
  },
  // Seed: "Inpatient care may be necessary for severe substance use disorders or co-occurring mental
  // health conditions." Severe stimulant use disorder with bipolar disorder → inpatient, co-occurring enhanced.
  {
    name: "severe stimulant use disorder with bipolar disorder",
    assessment: withAnswers({
      substances: [
        { substance: "stimulants", frequency: "daily", route: "smoked-or-vaped", useDisorder: "severe" },
      ],
      mentalHealth: { conditions: ["bipolar"], stability: "some-symptoms", inCare: true },
    }),
    level: INPATIENT_FLOOR,
    coOccurringEnhanced: true,
  },
  // Moderate withdrawal with unstable mental health: VII.8 excludes significant psychiatric comorbidity
  // from ambulatory management → medically monitored.
  {
    name: "moderate withdrawal with unstable mental health",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      scales: [ciwaAr(15)],
      mentalHealth: { conditions: ["depression"], stability: "unstable" },
    }),
    level: "medically-monitored-inpatient",
    withdrawalManagement: "medically-monitored",
    coOccurringEnhanced: true,
  },

  // ── environment (seed; ASAM 2020 III.1) ──

  // Seed: "those who ... lack housing stability" — couch-surfing (unstable, not homeless) counts too.
  {
    name: "moderate disorder, unstable housing",
    assessment: withAnswers({ substances: moderateAlcohol, environment: { housing: "unstable" } }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Seed: reliable transport is vital for outpatient care, but it is a barrier to solve (rides, telehealth),
  // not a clinical need: it never lifts care into a live-in or hospital level on its own.
  {
    name: "moderate disorder, no reliable transport",
    assessment: withAnswers({ substances: moderateAlcohol, environment: { reliableTransport: false } }),
    level: NOT_INPATIENT,
    withdrawalManagement: "none",
  },
  // Seed "When an IOP program makes sense": mild to moderate addiction, school/work/caregiving kept, a safe
  // and supportive home, no need for constant medical care → IOP (and nothing live-in).
  {
    name: "seed IOP vignette: moderate disorder, works and cares for children, safe home",
    assessment: withAnswers({
      substances: moderateAlcohol,
      obligations: { work: true, school: false, caregiving: true },
      preferences: { setting: "live-at-home" },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    provisional: false,
    noTier: ["emergency", "crisis", "same-day", "ask-now"],
  },

  // ── outpatient tried and not enough (seed "When You Might Need Inpatient Care") ──

  // Day treatment tried and not enough: "beneficial for people who haven't done well with outpatient
  // treatment previously" — day treatment is a live-at-home (outpatient-type) level, so inpatient next.
  {
    name: "day treatment tried and not enough",
    assessment: withAnswers({
      substances: moderateAlcohol,
      history: { treatments: [{ level: "partial-hospitalization", outcome: "not-enough" }] },
    }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Seed: continues to relapse → facility-based environment; outpatient can't hold abstinence at home.
  {
    name: "seed inpatient vignette: relapses again and again, cannot stay sober at home",
    assessment: withAnswers({
      substances: moderateAlcohol,
      history: { returnsToUseAfterTreatment: 2, canStayAbstinentAtHome: false },
    }),
    level: "residential",
  },

  // Seed "Assessing Readiness": "Inpatient treatment may help those who struggle to maintain the structure of
  // an outpatient program." Leaving IOP early is that struggle → inpatient (residential).
  {
    name: "left intensive outpatient early",
    assessment: withAnswers({
      substances: moderateAlcohol,
      history: { treatments: [{ level: "intensive-outpatient", outcome: "left-early" }] },
    }),
    level: "residential",
    withdrawalManagement: "none",
  },
  // Same sentence, one step down: left outpatient counseling early with a mild disorder → more structure
  // (IOP), not a live-in level.
  {
    name: "left outpatient counseling early, mild disorder",
    assessment: withAnswers({
      substances: mildAlcohol,
      history: { treatments: [{ level: "outpatient", outcome: "left-early" }] },
    }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
  },
  // Completing outpatient care is not "not done well": a completed episode raises nothing.
  {
    name: "completed intensive outpatient before, mild disorder now",
    assessment: withAnswers({
      substances: mildAlcohol,
      history: { treatments: [{ level: "intensive-outpatient", outcome: "completed" }] },
    }),
    level: "outpatient",
  },

  // ── readiness (seed "Assessing Readiness"; docs/design/domain.md §1.6.2: D4–D6 alone never justify Level 4) ──

  // Readiness low alone must never produce a hospital level, even with a severe disorder.
  {
    name: "not ready and unwilling to attend, severe disorder",
    assessment: withAnswers({
      substances: [{ substance: "cannabis", frequency: "daily", useDisorder: "severe" }],
      readiness: { stage: "not-ready", willingToAttendAllAppointments: false },
    }),
    level: { atMost: "residential" },
    noTier: ["emergency", "crisis"],
  },
  // Not ready, but only risky use (no disorder): readiness needs count only with a use disorder.
  {
    name: "not ready, weekly drinking without a disorder",
    assessment: withAnswers({
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "none" }],
      readiness: { stage: "not-ready", willingToAttendAllAppointments: false },
    }),
    level: "early-intervention",
    withdrawalManagement: "none",
  },

  // ── age (docs/design.md "Adults"; assessment-model.md: under 18 no placement, urgent items still first) ──

  {
    name: "17-year-old in severe alcohol withdrawal",
    assessment: withAnswers({
      age: 17,
      substances: dailyAlcohol("severe"),
      withdrawal: stillUsing,
      scales: [ciwaAr(25)],
    }),
    level: null,
    withdrawalManagement: null,
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
    adolescent: true,
  },
  {
    name: "18-year-old is placed as an adult",
    assessment: withAnswers({ age: 18, substances: moderateAlcohol }),
    level: "intensive-outpatient",
    withdrawalManagement: "none",
    adolescent: false,
  },

  // ── unknowns → provisional and ask-now (docs/design.md "Unknown is not fine") ──

  // A fully answered self-check is still provisional (docs/design.md: a self-check result is always provisional).
  {
    name: "fully answered self-check is still provisional",
    assessment: withAnswers({ mode: "self-check", respondent: "self", substances: moderateAlcohol }),
    level: "intensive-outpatient",
    provisional: true,
  },
  // Self-check: past withdrawal seizures, drinking frequency unknown. The unknown frequency could raise care
  // to 24-hour medical monitoring (VII.8), so it is listed and the result is provisional.
  {
    name: "self-check: past withdrawal seizure, drinking frequency not given",
    assessment: selfCheck({
      substances: [{ substance: "alcohol" }],
      withdrawal: { history: { seizures: true } },
    }),
    level: { atLeast: "early-intervention" },
    provisional: true,
    unknowns: [{ path: "substances", couldRaiseTo: "medically-monitored-inpatient" }],
  },
  // Self-check, family member: daily drinking and homeless, nothing else. Seed (housing) + III.1 → live-in
  // withdrawal care; withdrawal history unknown for a daily drinker → ask now (rules.md).
  {
    name: "self-check by a family member: daily drinking, homeless",
    assessment: selfCheck({
      respondent: "family-or-friend",
      substances: [{ substance: "alcohol", frequency: "daily" }],
      environment: { housing: "homeless" },
    }),
    level: { atLeast: "residential" },
    withdrawalManagement: { atLeast: "residential" },
    urgent: [
      { tier: "ask-now", ruleId: "safety-ask-withdrawal-history" },
      { tier: "ask-now", ruleId: "safety-ask-suicidal-thoughts" },
    ],
    provisional: true,
  },
  // Clinician: mild disorder with housing never asked — the unknown could raise to residential.
  {
    name: "clinician, mild disorder, housing not asked",
    assessment: withAnswers({ substances: mildAlcohol, environment: { housing: null } }),
    level: "outpatient",
    provisional: true,
    unknowns: [{ path: "environment.housing", couldRaiseTo: "residential" }],
  },

  // ── scale flags → urgent tiers (docs/design/instruments.md §1.6, §1.10a) ──

  // PHQ-9 item 9 above zero needs a same-visit suicide risk assessment *regardless of total*: total 4 is
  // "minimal" but item 9 = 1.
  {
    name: "PHQ-9 total 4 (minimal) with item 9 = 1",
    assessment: withAnswers({ substances: mildAlcohol, scales: [phq9(4, 1)] }),
    level: { atLeast: "outpatient" },
    urgent: [{ tier: "same-day", ruleId: "safety-phq-9-item-9" }],
    noTier: ["crisis"],
  },
  // PHQ-9 complete with item 9 = 0 answers the suicide question: no same-day item, no ask-now, even though
  // the direct question was left unanswered.
  {
    name: "PHQ-9 total 12 with item 9 = 0, direct question unanswered",
    assessment: withAnswers({
      substances: mildAlcohol,
      scales: [phq9(12, 0)],
      mentalHealth: { suicidalThoughts: null },
    }),
    level: "outpatient",
    noTier: ["same-day", "crisis", "ask-now"],
  },
  // ASQ non-acute positive (yes to item 1, no to acuity) → a brief safety assessment the same day, not crisis.
  {
    name: "ASQ non-acute positive scored from answers",
    assessment: withAnswers({ substances: mildAlcohol, scales: [asq(["yes", "no", "no", "no"], "no")] }),
    level: { atLeast: "outpatient" },
    urgent: [{ tier: "same-day", ruleId: "safety-asq-non-acute" }],
    noTier: ["crisis"],
  },
  // ASQ acute positive → imminent risk, emergency evaluation now (crisis tier) and a hospital setting
  // (ASAM 2020 III.2: active suicide risk → inpatient psychiatric care).
  {
    name: "ASQ acute positive scored from answers",
    assessment: withAnswers({
      substances: moderateAlcohol,
      scales: [asq(["yes", "yes", "yes", "no"], "yes")],
    }),
    level: "medically-managed-inpatient",
    urgent: [{ tier: "crisis", ruleId: "safety-asq-acute" }],
  },
  // ASQ: a refusal to answer counts as positive — declining the acuity question is an acute positive.
  {
    name: "ASQ: declined the acuity question",
    assessment: withAnswers({
      substances: mildAlcohol,
      scales: [asq(["no", "no", "yes", "no"], "declined")],
    }),
    level: "medically-managed-inpatient",
    urgent: [{ tier: "crisis", ruleId: "safety-asq-acute" }],
  },
  // ASQ all "no" is a negative screen and answers the suicide question: no suicide urgent item, no ask-now.
  {
    name: "ASQ negative, direct question unanswered",
    assessment: withAnswers({
      substances: mildAlcohol,
      scales: [asq(["no", "no", "no", "no"])],
      mentalHealth: { suicidalThoughts: null },
    }),
    level: "outpatient",
    noTier: ["crisis", "same-day", "ask-now"],
  },

  // ── more vignettes a reviewer would write ──

  // Self-check: "I drink every day and get the shakes in the morning" (mild signs), lives with family who
  // support them, no past seizures. VII.8 → ambulatory withdrawal care; still provisional (self-check).
  {
    name: "self-check: daily drinking with morning shakes, supportive family, no past seizures",
    assessment: selfCheck({
      substances: [{ substance: "alcohol", frequency: "daily", amount: "heavy" }],
      withdrawal: { signsNow: "mild", history: { seizures: false, delirium: false, hallucinations: false } },
      environment: { housing: "stable", homeSafe: true, othersUseAtHome: false, supportNetwork: "strong" },
      mentalHealth: { suicidalThoughts: false },
    }),
    level: { atLeast: "outpatient", atMost: "partial-hospitalization" },
    withdrawalManagement: "ambulatory",
    // Overdose signs, seizure or confusion now and danger now were not answered: an unknown that could be
    // an emergency is asked now, never left silent.
    noTier: ["emergency", "crisis"],
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-unknown-safety-answers" }],
    provisional: true,
  },
  // Self-check: AUDIT 31 only (possible dependence, WHO zone IV) → at least IOP-level care; every other
  // answer unknown, so provisional with suicidal thoughts to ask now.
  {
    name: "self-check: AUDIT 31 and nothing else",
    assessment: selfCheck({ scales: [{ instrument: "audit", total: 31, flags: [] }] }),
    level: { atLeast: "intensive-outpatient" },
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-suicidal-thoughts" }],
    provisional: true,
  },
  // Clinician: moderate withdrawal now with someone drinking at home (III.1) → live-in withdrawal care.
  {
    name: "CIWA-Ar 14 with a partner who drinks at home",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: stillUsing,
      scales: [ciwaAr(14)],
      environment: { othersUseAtHome: true },
    }),
    level: { atLeast: "residential" },
    withdrawalManagement: { atLeast: "residential" },
    urgent: [{ tier: "same-day", ruleId: "safety-moderate-alcohol-or-sedative-withdrawal" }],
  },
  // Seed: inpatient care gives 24/7 monitoring and medical support; a medical condition needing 24-hour
  // nursing with a mild disorder is not an outpatient case.
  {
    name: "mild disorder with a condition needing 24-hour nursing, safe home",
    assessment: withAnswers({ substances: mildAlcohol, medical: { condition: "needs-24-hour-monitoring" } }),
    level: { atLeast: "medically-monitored-inpatient" },
  },

  // ── combinations ──

  // Severe withdrawal and a suicide plan: crisis and emergency both shown; hospital care with withdrawal
  // management (ASAM 2020 III.2).
  {
    name: "severe alcohol withdrawal with a suicide plan",
    assessment: withAnswers({
      substances: dailyAlcohol("severe"),
      withdrawal: stillUsing,
      scales: [ciwaAr(21)],
      mentalHealth: { suicidalThoughts: true, suicidalIntentOrPlan: true },
    }),
    level: "medically-managed-inpatient",
    withdrawalManagement: { atLeast: "medically-monitored" },
    urgent: [
      { tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" },
      { tier: "crisis", ruleId: "safety-suicidal-intent-or-plan" },
    ],
  },
  // A sparse self-check that only says "they can't be woken and are breathing slowly": emergency, hospital.
  {
    name: "self-check: overdose signs now, nothing else known",
    assessment: selfCheck({ respondent: "family-or-friend", overdose: { signsNow: true } }),
    level: "medically-managed-inpatient",
    urgent: [{ tier: "emergency", ruleId: "safety-overdose-now" }],
    provisional: true,
  },
  // Danger to others without psychosis: crisis (988/911) and a hospital setting.
  {
    name: "danger to others, no psychosis",
    assessment: withAnswers({ substances: moderateAlcohol, mentalHealth: { dangerToSelfOrOthers: true } }),
    level: "medically-managed-inpatient",
    urgent: [{ tier: "crisis", ruleId: "safety-danger-to-self-or-others" }],
  },
  // Every D4–D6 need at once with a mild disorder: still never above residential (docs/design/domain.md §1.6.2).
  {
    name: "mild disorder, all readiness and environment needs, no medical or mental health need",
    assessment: withAnswers({
      substances: mildAlcohol,
      readiness: { stage: "not-ready", willingToAttendAllAppointments: false },
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
];

function expectLevel(actual: LevelOfCare | null, expected: LevelExpectation): void {
  if (expected === null || typeof expected === "string") {
    expect(actual).toBe(expected);
    return;
  }
  expect(actual).not.toBeNull();
  const rank = levelRank(actual ?? "early-intervention");
  if (expected.atLeast !== undefined)
    expect(rank, `at least ${expected.atLeast}`).toBeGreaterThanOrEqual(levelRank(expected.atLeast));
  if (expected.atMost !== undefined)
    expect(rank, `at most ${expected.atMost}`).toBeLessThanOrEqual(levelRank(expected.atMost));
}

function expectSetting(actual: WithdrawalManagement | null, expected: SettingExpectation): void {
  if (expected === null || typeof expected === "string") {
    expect(actual).toBe(expected);
    return;
  }
  expect(withdrawalManagementRank(actual ?? "none"), `at least ${expected.atLeast}`).toBeGreaterThanOrEqual(
    withdrawalManagementRank(expected.atLeast),
  );
}

describe("source-derived placement cases", () => {
  it.each(CASES)("$name", (testCase) => {
    const result = assess(testCase.assessment);
    expectLevel(result.level, testCase.level);
    if (testCase.withdrawalManagement !== undefined)
      expectSetting(result.withdrawalManagement, testCase.withdrawalManagement);
    for (const item of testCase.urgent ?? [])
      expect(result.urgent).toContainEqual(expect.objectContaining({ tier: item.tier, ruleId: item.ruleId }));
    for (const tier of testCase.noTier ?? [])
      expect(result.urgent.map((item) => item.tier)).not.toContain(tier);
    for (const ruleId of testCase.noUrgentRule ?? [])
      expect(result.urgent.map((item) => item.ruleId)).not.toContain(ruleId);
    if (testCase.provisional !== undefined) expect(result.provisional).toBe(testCase.provisional);
    if (testCase.coOccurringEnhanced !== undefined)
      expect(result.coOccurringEnhanced).toBe(testCase.coOccurringEnhanced);
    if (testCase.medications !== undefined)
      expect(result.medications.map((note) => note.code)).toEqual(
        expect.arrayContaining([...testCase.medications]),
      );
    for (const unknown of testCase.unknowns ?? []) {
      const listed = result.unknowns.find((item) => item.path === unknown.path);
      expect(listed, `unknown ${unknown.path}`).toBeDefined();
      if (unknown.couldRaiseTo !== undefined) expect(listed?.couldRaiseTo).toBe(unknown.couldRaiseTo);
    }
    if (testCase.adolescent !== undefined) expect(result.adolescent !== null).toBe(testCase.adolescent);
  });

  it("scores the band edges the cases rely on as the sources band them", () => {
    // docs/design/instruments.md §1.4 (ASAM 2020) and §1.5 (Wesson & Ling).
    expect([9, 10, 18, 19].map((total) => ciwaAr(total).flags)).toEqual([
      ["alcohol-withdrawal-mild"],
      ["alcohol-withdrawal-moderate"],
      ["alcohol-withdrawal-moderate"],
      ["alcohol-withdrawal-severe"],
    ]);
    expect([4, 5, 12, 13, 24, 25, 36, 37].map((total) => cows(total).flags)).toEqual([
      [],
      ["opioid-withdrawal-mild"],
      ["opioid-withdrawal-mild"],
      ["opioid-withdrawal-moderate"],
      ["opioid-withdrawal-moderate"],
      ["opioid-withdrawal-moderately-severe"],
      ["opioid-withdrawal-moderately-severe"],
      ["opioid-withdrawal-severe"],
    ]);
    expect(phq9(4, 1).flags).toContain("suicide-risk-follow-up");
    expect(asq(["yes", "no", "no", "no"], "no").flags).toEqual(["asq-positive-non-acute"]);
    expect(asq(["no", "no", "no", "no"]).flags).toEqual([]);
  });

  it("has at least 25 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });
});

// ── the safety invariant, checked directly over random assessments ──

/** Extra scale results a reviewer might add, beyond what the shared generator draws. */
const EXTRA_SCALES = fc.subarray<ScaleResult>([
  ciwaAr(8),
  ciwaAr(14),
  ciwaAr(19),
  ciwaAr(30),
  cows(10),
  cows(20),
  cows(30),
  cows(40),
  phq9(3, 1),
  phq9(20, 3),
  asq(["yes", "no", "no", "no"], "no"),
  asq(["yes", "yes", "no", "no"], "yes"),
  asq(["no", "no", "no", "yes"]),
]);

const randomAssessment = fc
  .tuple(
    arbitraryAdultAssessment,
    EXTRA_SCALES,
    fc.constantFrom(null, 16, 17, 18, 45),
    fc.constantFrom(null, "not-given", 0, 3, 4, 8),
  )
  .map(([assessment, extra, age, pawss]) => {
    let changed = setAnswer(assessment, "scales", [...(assessment.scales ?? []), ...extra]);
    changed = setAnswer(changed, "age", age);
    if (pawss !== "not-given") changed = setAnswer(changed, "withdrawal.pawssScore", pawss);
    return changed;
  });

const HOSPITAL: LevelOfCare = "medically-managed-inpatient";
const rank = (level: LevelOfCare | null) => levelRank(level ?? "early-intervention");
const isSedativeType = (substance: string) =>
  ["alcohol", "benzodiazepines", "other-sedatives"].includes(substance);

/**
 * Minimum levels the sources imply for needs that can be read straight off the answers, each with its
 * source. Only needs the sources settle are listed (a floor, never an exact level).
 */
function minimumLevelsFromSources(assessment: Assessment): { need: string; atLeast: LevelOfCare }[] {
  const needs: { need: string; atLeast: LevelOfCare }[] = [];
  const flags = new Set((assessment.scales ?? []).flatMap((scale) => scale.flags));
  const withdrawalOngoing = assessment.withdrawal?.over !== true;
  const dailySedativeType = (assessment.substances ?? []).some(
    (use) => isSedativeType(use.substance) && use.frequency === "daily",
  );
  const history = assessment.withdrawal?.history;
  // docs/design.md "Safety first" / rules.md: these are medical emergencies that need a hospital.
  if (assessment.overdose?.signsNow === true) needs.push({ need: "overdose now", atLeast: HOSPITAL });
  if (assessment.withdrawal?.seizureOrConfusionNow === true)
    needs.push({ need: "withdrawal seizure or confusion now", atLeast: HOSPITAL });
  if (assessment.medical?.condition === "unstable")
    needs.push({ need: "unstable medical condition", atLeast: HOSPITAL });
  // ASAM 2020 III.2 (docs/design/domain.md §1.7) and ASQ acute (docs/design/instruments.md §1.10a): crisis → hospital setting.
  if (assessment.mentalHealth?.suicidalIntentOrPlan === true)
    needs.push({ need: "suicide plan", atLeast: HOSPITAL });
  if (assessment.mentalHealth?.dangerToSelfOrOthers === true)
    needs.push({ need: "danger", atLeast: HOSPITAL });
  if (flags.has("asq-positive-acute")) needs.push({ need: "ASQ acute", atLeast: HOSPITAL });
  // ASAM 2020 Table 1 (docs/design/instruments.md §1.4): CIWA-Ar ≥19 is severe → inpatient management.
  if (withdrawalOngoing && flags.has("alcohol-withdrawal-severe"))
    needs.push({ need: "CIWA-Ar severe", atLeast: "medically-monitored-inpatient" });
  if (withdrawalOngoing && flags.has("opioid-withdrawal-severe"))
    needs.push({ need: "COWS severe", atLeast: "medically-monitored-inpatient" });
  // VII.8: a history of withdrawal seizures or delirium excludes ambulatory management for daily drinkers.
  if (withdrawalOngoing && dailySedativeType && (history?.seizures === true || history?.delirium === true))
    needs.push({
      need: "daily sedative-type use with complicated history",
      atLeast: "medically-monitored-inpatient",
    });
  // PAWSS ≥4 (docs/design/domain.md §1.7): high risk of complicated withdrawal, ideally inpatient.
  if (withdrawalOngoing && dailySedativeType && (assessment.withdrawal?.pawssScore ?? 0) >= 4)
    needs.push({ need: "PAWSS 4 or more", atLeast: "medically-monitored-inpatient" });
  // TIP 45 (docs/design/domain.md §1.7): stopping daily alcohol or sedatives in pregnancy under medical monitoring.
  if (withdrawalOngoing && dailySedativeType && assessment.medical?.pregnant === true)
    needs.push({ need: "pregnancy with daily sedative-type use", atLeast: "medically-monitored-inpatient" });
  return needs;
}

const WM_FLOOR: Readonly<Record<WithdrawalManagement, LevelOfCare>> = {
  none: "early-intervention",
  ambulatory: "early-intervention",
  // 3.2-WM is a live-in setting (docs/design.md crosswalk).
  residential: "residential",
  "medically-monitored": "medically-monitored-inpatient",
  "medically-managed": HOSPITAL,
};

describe("safety invariant over random assessments", { timeout: 120_000 }, () => {
  it("the level is never below a need the sources settle, the setting's own level, or an urgent tier's floor", () => {
    fc.assert(
      fc.property(randomAssessment, (assessment) => {
        const result = assess(assessment, { wouldChange: false });
        const adolescent = typeof assessment.age === "number" && assessment.age < 18;
        if (adolescent) {
          // Under 18: no placement, but the urgent items stay (docs/design.md "Adults"; "Safety first").
          expect(result.level).toBeNull();
          return;
        }
        expect(result.level).not.toBeNull();
        for (const need of minimumLevelsFromSources(assessment))
          expect(rank(result.level), `${need.need} needs at least ${need.atLeast}`).toBeGreaterThanOrEqual(
            levelRank(need.atLeast),
          );
        // The withdrawal-management setting's own level (docs/design.md: 3.2-WM live-in, 3.7-WM, 4-WM hospital).
        const setting = result.withdrawalManagement ?? "none";
        expect(rank(result.level), `setting ${setting}`).toBeGreaterThanOrEqual(levelRank(WM_FLOOR[setting]));
        // Crisis items are suicide/danger/ASQ acute → hospital (III.2); emergency items → inpatient at least.
        const tiers = new Set(result.urgent.map((item) => item.tier));
        if (tiers.has("crisis")) expect(result.level).toBe(HOSPITAL);
        if (tiers.has("emergency"))
          expect(rank(result.level)).toBeGreaterThanOrEqual(levelRank("medically-monitored-inpatient"));
        // D4–D6 never justify Level 4 alone (docs/design/domain.md §1.6.2): a hospital level needs a D1–D3 rating of 4.
        if (result.level === HOSPITAL)
          expect(
            Math.max(
              result.ratings.withdrawal.rating,
              result.ratings.biomedical.rating,
              result.ratings.emotional.rating,
            ),
          ).toBe(4);
      }),
      { numRuns: 600 },
    );
  });

  it("an emergency or crisis need raises its urgent item whatever else is answered", () => {
    const triggers: { path: string; value: unknown; tier: UrgentTier }[] = [
      { path: "overdose.signsNow", value: true, tier: "emergency" },
      { path: "withdrawal.seizureOrConfusionNow", value: true, tier: "emergency" },
      { path: "medical.condition", value: "unstable", tier: "emergency" },
      { path: "mentalHealth.suicidalIntentOrPlan", value: true, tier: "crisis" },
      { path: "mentalHealth.dangerToSelfOrOthers", value: true, tier: "crisis" },
    ];
    fc.assert(
      fc.property(randomAssessment, fc.constantFrom(...triggers), (assessment, trigger) => {
        const result = assess(setAnswer(assessment, trigger.path, trigger.value), { wouldChange: false });
        expect(result.urgent.map((item) => item.tier)).toContain(trigger.tier);
        expect(result.urgent[0]?.tier === "emergency" || result.urgent[0]?.tier === trigger.tier).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("every level and setting id the invariant uses is a real one", () => {
    expect(LEVELS_OF_CARE).toContain(HOSPITAL);
    expect(Object.keys(WM_FLOOR).sort()).toEqual([...WITHDRAWAL_MANAGEMENT_SETTINGS].sort());
  });
});
