/**
 * Cases for measured signals, elapsed time and unknown safety answers, each written from its source (in
 * the comment above it), not from any example in an issue text:
 * - CIWA-Ar bands (ASAM 2020 alcohol withdrawal guideline: <10 mild, 10–18 moderate, ≥19 severe) and COWS
 *   bands (Wesson & Ling 2003: >36 severe);
 * - PHQ-9 item 9 (Kroenke 2001; any answer above "not at all" needs a same-visit safety assessment);
 * - NIMH ASQ (any yes to 1–4 is positive; the acuity question splits acute from non-acute);
 * - C-SSRS screener order (after thoughts of suicide: method, intent, plan);
 * - withdrawal timing (SAMHSA TIP 45 ch. 4: alcohol withdrawal is over within about a week; methadone's
 *   starts later and lasts longer; benzodiazepine withdrawal can begin days to weeks after the last dose).
 */
import type { Assessment, ScaleResultInput } from "../../assessment/assessment.js";
import type { LevelOfCare } from "../../levels/level-of-care.js";
import type { WithdrawalManagement } from "../../levels/withdrawal-management.js";
import type { UrgentTier } from "../../safety/urgent-item.js";
import type { LevelStatus } from "../placement-result.js";
import { dailyAlcohol, withAnswers } from "./assessment-builders.js";

export interface MeasuredSignalCase {
  readonly name: string;
  readonly assessment: Assessment;
  readonly level?: LevelOfCare;
  readonly withdrawalManagement?: WithdrawalManagement;
  /** Urgent items that must be there. */
  readonly urgent?: readonly { readonly tier: UrgentTier; readonly ruleId: string }[];
  /** Urgent items that must not be there. */
  readonly notUrgent?: readonly string[];
  readonly levelStatus?: LevelStatus;
  /** The first questions of `mustAsk`, in order. */
  readonly mustAskFirst?: readonly string[];
  /** Questions that must not be in `mustAsk`. */
  readonly notMustAsk?: readonly string[];
  /** Answer paths that must not be listed among the unknowns. */
  readonly notUnknown?: readonly string[];
  /** Corrections that must be listed (instrument, field, flag when a flag). */
  readonly corrections?: readonly {
    readonly field: string;
    readonly flag?: string;
    readonly used: unknown;
  }[];
}

/** CIWA-Ar item answers (items 1–10) adding up to `total`, spread over the items within their ranges. */
export function ciwaItems(total: number): Record<string, number> {
  const items: Record<string, number> = {};
  let left = total;
  for (let item = 1; item <= 10; item++) {
    const most = item === 10 ? 4 : 7;
    const points = Math.min(most, left);
    items[`ciwa-ar.${item}`] = points;
    left -= points;
  }
  return items;
}

/** PHQ-9 item answers: items 1–8 as given, item 9 last. */
export function phq9Items(first8: readonly number[], item9: number): Record<string, number> {
  const items: Record<string, number> = {};
  first8.forEach((points, index) => {
    items[`phq-9.${index + 1}`] = points;
  });
  items["phq-9.9"] = item9;
  return items;
}

const weeklyDrinking = [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }] as const;
const scale = (input: ScaleResultInput) => [input];

export const MEASURED_SIGNAL_CASES: readonly MeasuredSignalCase[] = [
  // ── measured signals outrank summary answers ──
  // CIWA-Ar items adding up to 21 (severe, ASAM 2020) sent with no flags and no band: the numbers raise the
  // severe-withdrawal emergency and 24-hour medically monitored withdrawal care.
  {
    name: "CIWA-Ar items add up to 21, flags left out",
    assessment: withAnswers({
      substances: dailyAlcohol("severe"),
      withdrawal: { over: false, signsNow: null },
      scales: scale({ instrument: "ciwa-ar", total: null, flags: [], itemScores: ciwaItems(21) }),
    }),
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
    corrections: [{ field: "flag", flag: "alcohol-withdrawal-severe", used: true }],
  },
  // A CIWA-Ar total of 20 stated with a "mild" band and flag: the total is severe (≥19), so the numbers win.
  {
    name: "CIWA-Ar total 20 labelled mild",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, signsNow: null },
      scales: scale({ instrument: "ciwa-ar", total: 20, band: "mild", flags: ["alcohol-withdrawal-mild"] }),
    }),
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
    corrections: [
      { field: "band", used: "severe" },
      { field: "flag", flag: "alcohol-withdrawal-mild", used: false },
      { field: "flag", flag: "alcohol-withdrawal-severe", used: true },
    ],
  },
  // PHQ-9 answers that add up to 16 with item 9 at 1, sent with a stated total of 8 and no flags: the total
  // is 16 and item 9 above zero calls for a same-day safety assessment.
  {
    name: "PHQ-9 answers say 16 with item 9 at 1, stated total 8",
    assessment: withAnswers({
      scales: scale({
        instrument: "phq-9",
        total: 8,
        flags: [],
        itemScores: phq9Items([2, 2, 2, 2, 2, 2, 2, 1], 1),
      }),
    }),
    urgent: [{ tier: "same-day", ruleId: "safety-phq-9-item-9" }],
    notUrgent: ["safety-ask-phq-9-item-9"],
    corrections: [
      { field: "total", used: 16 },
      { field: "flag", flag: "suicide-risk-follow-up", used: true },
    ],
  },
  // A sent item-9 flag that the item answers rule out (item 9 = 0): the numbers win, and the correction says so.
  {
    name: "PHQ-9 flag sent but item 9 answered 'not at all'",
    assessment: withAnswers({
      scales: scale({
        instrument: "phq-9",
        total: 3,
        flags: ["suicide-risk-follow-up"],
        itemScores: phq9Items([1, 1, 1, 0, 0, 0, 0, 0], 0),
      }),
    }),
    notUrgent: ["safety-phq-9-item-9", "safety-ask-phq-9-item-9"],
    corrections: [{ field: "flag", flag: "suicide-risk-follow-up", used: false }],
  },
  // A PHQ-9 total of 11 with no item answers cannot say whether item 9 was above zero: ask it now, and no
  // level is suggested until it is known.
  {
    name: "PHQ-9 total 11 without item answers",
    assessment: withAnswers({ scales: scale({ instrument: "phq-9", total: 11, flags: [] }) }),
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-phq-9-item-9" }],
    levelStatus: "needs-answers",
    mustAskFirst: ["scales.phq-9.item-9"],
  },
  // A PHQ-9 total of 0 means every item, item 9 included, was "not at all": nothing to ask.
  {
    name: "PHQ-9 total 0 without item answers",
    assessment: withAnswers({ scales: scale({ instrument: "phq-9", total: 0, flags: [] }) }),
    notUrgent: ["safety-ask-phq-9-item-9", "safety-phq-9-item-9"],
    levelStatus: "suggested",
  },
  // A PHQ-9 total of 26: the other eight items give 24 at most, so item 9 was at least 2.
  {
    name: "PHQ-9 total 26 without item answers",
    assessment: withAnswers({ scales: scale({ instrument: "phq-9", total: 26, flags: [] }) }),
    urgent: [{ tier: "same-day", ruleId: "safety-phq-9-item-9" }],
    notUrgent: ["safety-ask-phq-9-item-9"],
    corrections: [{ field: "flag", flag: "suicide-risk-follow-up", used: true }],
  },
  // An ASQ total of 2 with no answer to the acuity question: it could be acute (a crisis), so it is asked
  // first.
  {
    name: "ASQ total 2, acuity not answered",
    assessment: withAnswers({ scales: scale({ instrument: "asq", total: 2, flags: [] }) }),
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-asq-acuity" }],
    levelStatus: "needs-answers",
    mustAskFirst: ["scales.asq.acuity"],
  },
  // ── current signs outrank "withdrawal is over" ──
  // CIWA-Ar 22 measured now next to "withdrawal is over": the measurement describes today.
  {
    name: "CIWA-Ar 22 with withdrawal said to be over",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: true, signsNow: "none" },
      scales: scale({ instrument: "ciwa-ar", total: 22, flags: ["alcohol-withdrawal-severe"] }),
    }),
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }],
  },
  // COWS 40 (above 36: severe, Wesson & Ling) next to "withdrawal is over": medical care today.
  {
    name: "COWS 40 with withdrawal said to be over",
    assessment: withAnswers({
      substances: [{ substance: "opioids", frequency: "daily", useDisorder: "severe", specific: "heroin" }],
      withdrawal: { over: true, signsNow: "none" },
      scales: scale({ instrument: "cows", total: 40, flags: [] }),
    }),
    urgent: [{ tier: "same-day", ruleId: "safety-severe-opioid-withdrawal" }],
    corrections: [{ field: "flag", flag: "opioid-withdrawal-severe", used: true }],
  },
  // Moderate signs reported now with "withdrawal is over": the signs count (same-day medical check).
  {
    name: "moderate signs now with withdrawal said to be over",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: true, signsNow: "moderate" },
    }),
    urgent: [{ tier: "same-day", ruleId: "safety-moderate-alcohol-or-sedative-withdrawal" }],
  },
  // Past delirium tremens and a drink today: "withdrawal is over" describes an earlier episode; stopping
  // again needs 24-hour medical monitoring (ASAM 2020 VII.8 rules out ambulatory care after delirium).
  {
    name: "delirium history, daily drinking, drank today, withdrawal said to be over",
    assessment: withAnswers({
      substances: [{ ...dailyAlcohol("severe")[0], lastUseDaysAgo: 0 }],
      withdrawal: { over: true, signsNow: "none", history: { seizures: false, delirium: true } },
    }),
    withdrawalManagement: "medically-monitored",
    urgent: [{ tier: "same-day", ruleId: "safety-complicated-withdrawal-history" }],
  },
  // ── elapsed time closes withdrawal per substance ──
  // Daily drinking that stopped 9 days ago, no signs: alcohol withdrawal is over by time (about a week).
  {
    name: "daily drinking stopped 9 days ago, no signs",
    assessment: withAnswers({
      substances: [{ ...dailyAlcohol("moderate")[0], lastUseDaysAgo: 9 }],
      withdrawal: { over: null, signsNow: "none" },
    }),
    withdrawalManagement: "none",
  },
  // Daily drinking that stopped 3 days ago: still inside the window, withdrawal can still come.
  {
    name: "daily drinking stopped 3 days ago",
    assessment: withAnswers({
      substances: [{ ...dailyAlcohol("moderate")[0], lastUseDaysAgo: 3 }],
      withdrawal: { over: null, signsNow: "none" },
    }),
    withdrawalManagement: "ambulatory",
  },
  // Daily benzodiazepines, last dose 30 days ago: time alone never closes sedative withdrawal.
  {
    name: "daily benzodiazepines, last dose 30 days ago",
    assessment: withAnswers({
      substances: [
        { substance: "benzodiazepines", frequency: "daily", useDisorder: "moderate", lastUseDaysAgo: 30 },
      ],
      withdrawal: { over: null, signsNow: "none" },
    }),
    withdrawalManagement: "ambulatory",
  },
  // Daily methadone, last dose 16 days ago: methadone's window (21 days) is not over.
  {
    name: "daily methadone, last dose 16 days ago",
    assessment: withAnswers({
      substances: [
        {
          substance: "opioids",
          specific: "methadone",
          frequency: "daily",
          useDisorder: "moderate",
          lastUseDaysAgo: 16,
        },
      ],
      withdrawal: { over: null, signsNow: "none" },
    }),
    withdrawalManagement: "ambulatory",
  },
  // Daily heroin, last use 16 days ago: a short-acting opioid's window (14 days) is over.
  {
    name: "daily heroin, last use 16 days ago",
    assessment: withAnswers({
      substances: [
        {
          substance: "opioids",
          specific: "heroin",
          frequency: "daily",
          useDisorder: "moderate",
          lastUseDaysAgo: 16,
        },
      ],
      withdrawal: { over: null, signsNow: "none" },
    }),
    withdrawalManagement: "none",
  },
  // Hours count too: a drink 5 hours ago is use today.
  {
    name: "delirium history, last drink 5 hours ago, withdrawal said to be over",
    assessment: withAnswers({
      substances: [{ ...dailyAlcohol("severe")[0], lastUseDaysAgo: 2, lastUseHoursAgo: 5 }],
      withdrawal: { over: true, signsNow: "none", history: { seizures: false, delirium: true } },
    }),
    withdrawalManagement: "medically-monitored",
  },
  // ── an unknown safety answer is never silence ──
  // Thoughts of suicide with plan and intent not asked: ask both now (C-SSRS order); a plan or intent is a
  // crisis, so they come first.
  {
    name: "suicidal thoughts, plan and intent not asked",
    assessment: withAnswers({
      substances: weeklyDrinking,
      mentalHealth: { suicidalThoughts: true, suicidalIntentOrPlan: null },
    }),
    urgent: [
      { tier: "same-day", ruleId: "safety-suicidal-thoughts" },
      { tier: "ask-now", ruleId: "safety-ask-suicidal-plan-and-intent" },
    ],
    levelStatus: "needs-answers",
    mustAskFirst: ["mentalHealth.suicidalPlan", "mentalHealth.suicidalIntent"],
  },
  // No thoughts of suicide: plan and intent are not asked (C-SSRS skip logic), so they are not unknown.
  {
    name: "no suicidal thoughts, plan and intent not asked",
    assessment: withAnswers({
      substances: weeklyDrinking,
      mentalHealth: { suicidalThoughts: false, suicidalIntentOrPlan: null },
    }),
    notUrgent: ["safety-ask-suicidal-plan-and-intent"],
    levelStatus: "suggested",
    notUnknown: ["mentalHealth.suicidalPlan", "mentalHealth.suicidalIntent"],
  },
  // The older combined answer still means what it meant: "plan or intent: yes" is a crisis.
  {
    name: "older assessment: suicidalIntentOrPlan yes",
    assessment: withAnswers({ mentalHealth: { suicidalThoughts: true, suicidalIntentOrPlan: true } }),
    level: "medically-managed-inpatient",
    urgent: [{ tier: "crisis", ruleId: "safety-suicidal-intent-or-plan" }],
  },
  // The separate answers: a plan alone is a crisis.
  {
    name: "a plan, intent not yet known",
    assessment: withAnswers({
      mentalHealth: { suicidalThoughts: true, suicidalIntentOrPlan: null, suicidalPlan: true },
    }),
    urgent: [{ tier: "crisis", ruleId: "safety-suicidal-intent-or-plan" }],
    notUrgent: ["safety-ask-suicidal-plan-and-intent"],
  },
  // "Not sure" to every safety question in a self-check: no level can be suggested; the emergency
  // questions come first.
  {
    name: "self-check with every safety answer unknown",
    assessment: withAnswers({
      mode: "self-check",
      respondent: "self",
      substances: weeklyDrinking,
      overdose: { signsNow: null, pastYear: null, ever: null },
      withdrawal: { over: null, signsNow: null, seizureOrConfusionNow: null },
      medical: { condition: null, pregnant: null },
      mentalHealth: {
        suicidalThoughts: null,
        suicidalIntentOrPlan: null,
        psychosisNow: null,
        dangerToSelfOrOthers: null,
      },
    }),
    levelStatus: "needs-answers",
    // Thoughts of suicide are asked before plan and intent (C-SSRS order), with the crisis importance.
    mustAskFirst: ["overdose.signsNow"],
    notMustAsk: ["mentalHealth.suicidalPlan", "mentalHealth.suicidalIntent"],
    urgent: [{ tier: "ask-now", ruleId: "safety-ask-suicidal-thoughts" }],
  },
  // Pregnancy cannot apply to someone whose sex at birth is male: it is not listed as unknown.
  {
    name: "daily drinking, sex male, pregnancy not asked",
    assessment: withAnswers({
      sex: "male",
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false },
      medical: { pregnant: null },
    }),
    notUnknown: ["medical.pregnant"],
  },
  // With sex unknown it can apply, and with daily drinking it could raise the withdrawal setting.
  {
    name: "daily drinking, sex unknown, pregnancy not asked",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false },
      medical: { pregnant: null },
    }),
    levelStatus: "needs-answers",
  },
  // An overdose count of 0 answers "ever" and "in the past year".
  {
    name: "overdose count 0, other overdose answers blank",
    assessment: withAnswers({
      substances: weeklyDrinking,
      overdose: { signsNow: false, pastYear: null, ever: null, count: 0 },
    }),
    notUnknown: ["overdose.pastYear", "overdose.ever"],
  },
  // Hallucinations now while stopping, answered on their own: an emergency, as complicated withdrawal.
  {
    name: "hallucinations now while stopping (separate answer)",
    assessment: withAnswers({
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, seizureOrConfusionNow: null, hallucinationsNow: true },
    }),
    level: "medically-managed-inpatient",
    urgent: [{ tier: "emergency", ruleId: "safety-withdrawal-seizure-or-confusion" }],
  },
  // ── the model holds what clinicians know ──
  // Cognitive impairment that keeps the person from a usual program, with a moderate disorder and recent
  // use: residential care at a slower pace (crosswalk 3.3; SAMHSA TIP 29).
  {
    name: "cognitive impairment needing support, moderate disorder",
    assessment: withAnswers({
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "moderate" }],
      mentalHealth: { cognitiveImpairment: "needs-support" },
    }),
    level: "residential",
  },
  // The same impairment rated mild does not call for a live-in program.
  {
    name: "mild cognitive impairment, moderate disorder",
    assessment: withAnswers({
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "moderate" }],
      mentalHealth: { cognitiveImpairment: "mild" },
    }),
    level: "intensive-outpatient",
  },
];
