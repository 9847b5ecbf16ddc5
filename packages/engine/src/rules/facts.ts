/**
 * Named facts, each read from the answers and the scales, each three-valued: true, false, or null for
 * unknown. Every fact is phrased as a need, so a rule fires only on what is known (unknown never counts
 * as "no problem": it is listed instead, see explanation/unknowns.ts).
 *
 * `paths` are the answers a fact reads (a professional asks about them when the fact is unknown).
 * `relief` is the change to the answers that makes the fact false, when such a change can happen during
 * care (withdrawal ends, housing is arranged); `null` for history and for safety facts, which no later
 * answer may explain away. `wouldChange` is built from these (explanation/would-change.ts).
 *
 * How each fact is read is written once, in `workOutFacts` at the end of this file, one line per fact
 * under its id. Positions in the fact table are looked up by id when the engine loads, so the order of
 * FACTS and of those lines carries no meaning (docs/engine-changes.md).
 */

import type { AnswerChange } from "../assessment/answer-change.js";
import {
  type Assessment,
  COPING_LEVELS,
  CRAVING_LEVELS,
  HOUSING_STATES,
  MEDICAL_CONDITION_STATES,
  MENTAL_HEALTH_STABILITY,
  USE_DISORDER_SEVERITIES,
  type UseDisorderSeverity,
  WITHDRAWAL_SIGNS,
  type WithdrawalSigns,
} from "../assessment/assessment.js";
import { type InstrumentId, SCALE_FLAGS, type ScaleFlag } from "../instruments/scale-result.js";
import {
  overdoseEver,
  overdosePastYear,
  postpartumNow,
  pregnantNow,
  suicidalPlanOrIntent,
  withdrawalEmergencyNow,
} from "./answer-implications.js";
import {
  type AssessmentView,
  allOf,
  anyOf,
  atLeastIn,
  flagged,
  scaleAtLeast,
  type Tri,
  tri,
} from "./answers.js";
import {
  alcoholUseDisorderModerateOrSevere,
  specificUsedInPast3Months,
  usedInPast3Months,
} from "./substance-entries.js";
import {
  injectsAny,
  useDisorderInGroupAtLeast,
  usesAtLeast,
  usesHeavilyAtLeast,
} from "./substance-use-summary.js";
import { goalsMetAtOrAbove, type UseDisorderStage, useDisorderStage } from "./use-disorder-stage.js";
import { complicatedWithdrawalRiskFactor, sedativeTypeWithdrawalPattern } from "./withdrawal-risk.js";
import { usedToday, type WithdrawalGroup, withdrawalOverByTime } from "./withdrawal-window.js";

export interface FactDefinition {
  readonly paths: readonly string[];
  readonly relief: readonly AnswerChange[] | null;
}

/** Withdrawal ends when it is over and no signs are left now: "over" alone never erases signs now. */
const WITHDRAWAL_OVER: readonly AnswerChange[] = [
  { path: "withdrawal.over", value: true },
  { path: "withdrawal.signsNow", value: "none" },
];
const MEDICAL_STABLE: readonly AnswerChange[] = [{ path: "medical.condition", value: "stable" }];
const MENTAL_HEALTH_STABLE: readonly AnswerChange[] = [{ path: "mentalHealth.stability", value: "stable" }];

/** The most severe use disorder known across the overall answer and each substance (tobacco aside). */
export function useDisorderAtLeast(
  assessment: Assessment,
  view: AssessmentView,
  from: UseDisorderSeverity,
): Tri {
  const overall = atLeastIn(USE_DISORDER_SEVERITIES, assessment.useDisorder, from);
  const perSubstance = useDisorderInGroupAtLeast(view.substanceUse, "placement", from);
  // A known overall "none"/"mild" answer is the summary a clinician gave; substance entries may only add.
  if (overall !== null) return overall || perSubstance === true;
  return perSubstance;
}

const SCALE_SEVERITY: ReadonlyArray<readonly [string, WithdrawalSigns]> = [
  ["alcohol-withdrawal-mild", "mild"],
  ["alcohol-withdrawal-moderate", "moderate"],
  ["alcohol-withdrawal-severe", "severe"],
  ["opioid-withdrawal-mild", "mild"],
  ["opioid-withdrawal-moderate", "moderate"],
  // COWS 25–36: uncomfortable and risky to leave untreated, but not life-threatening on its own.
  ["opioid-withdrawal-moderately-severe", "moderate"],
  ["opioid-withdrawal-severe", "severe"],
];

/**
 * Withdrawal right now at or above a severity, from a CIWA-Ar/COWS result or the answer. Once withdrawal
 * is over, earlier readings no longer count. Unknown only when someone who uses a substance with
 * withdrawal (alcohol, sedatives, opioids) weekly or more, or whose use is unknown, has no reading.
 */
export function withdrawalNowAtLeast(
  assessment: Assessment,
  scales: AssessmentView,
  from: WithdrawalSigns,
  only: "any" | "sedative-type" = "any",
): Tri {
  return withdrawalNowIn(assessment, scales, from, "severe", only);
}

/** Withdrawal right now with its most severe reading between `from` and `to` (a band). */
export function withdrawalNowIn(
  assessment: Assessment,
  scales: AssessmentView,
  from: WithdrawalSigns,
  to: WithdrawalSigns,
  only: "any" | "sedative-type" = "any",
): Tri {
  const worst = worstWithdrawalNow(assessment, scales, only);
  if (worst === null || worst === false) return worst;
  const rank = WITHDRAWAL_SIGNS.indexOf(worst);
  return rank >= WITHDRAWAL_SIGNS.indexOf(from) && rank <= WITHDRAWAL_SIGNS.indexOf(to);
}

/**
 * The most severe withdrawal reading now, false when none, null when unknown. Once withdrawal is over,
 * earlier readings no longer count. Unknown only when someone who uses a substance with withdrawal
 * (alcohol, sedatives, opioids) weekly or more, or whose use is unknown, has no reading.
 */
function worstWithdrawalNow(
  assessment: Assessment,
  scales: AssessmentView,
  only: "any" | "sedative-type",
): WithdrawalSigns | false | null {
  const remembered = only === "any" ? scales.worstWithdrawalNow.any : scales.worstWithdrawalNow.sedativeType;
  if (remembered !== undefined) return remembered;
  const worst = readWorstWithdrawalNow(assessment, scales, only);
  if (only === "any") scales.worstWithdrawalNow.any = worst;
  else scales.worstWithdrawalNow.sedativeType = worst;
  return worst;
}

/**
 * Thoughts of suicide, from the direct answer; when it is not given, a screen that settles it counts as
 * "no": a PHQ-9 whose numbers put item 9 at "not at all", or a negative ASQ. A positive screen leaves the
 * direct answer unknown: its own items (same day, ask now) already speak.
 */
export function suicidalThoughtsNow(assessment: Assessment, scales: AssessmentView): Tri {
  const direct = tri(assessment.mentalHealth?.suicidalThoughts);
  if (direct !== null) return direct;
  if (suicidalPlanOrIntent(assessment) === true) return true;
  const phq9Settles =
    (scales.totals.get("phq-9") ?? null) !== null &&
    !flagged(scales, "suicide-risk-follow-up") &&
    !scales.undecidedFlags.has("suicide-risk-follow-up");
  const asqNegative = scales.totals.get("asq") === 0 && !flagged(scales, "asq-positive-acute");
  return phq9Settles || asqNegative ? false : null;
}

/**
 * Alcohol or sedative withdrawal now that is known to be at least moderate and not known to be severe (a
 * severe reading has its own, more urgent item). What was measured counts even when another answer leaves
 * the top of the range open: a CIWA-Ar of 14 is moderate withdrawal now, whether or not reported signs
 * could make it severe.
 */
export function sedativeTypeWithdrawalModerateNow(assessment: Assessment, scales: AssessmentView): Tri {
  const band = withdrawalNowIn(assessment, scales, "moderate", "moderate", "sedative-type");
  if (band !== null) return band;
  if (flagged(scales, "alcohol-withdrawal-moderate")) return true;
  const signs = assessment.withdrawal?.signsNow;
  const applies = usesAtLeast(scales.substanceUse, "sedative-type", "weekly");
  return signs === "moderate" && applies === true ? true : null;
}

function readWorstWithdrawalNow(
  assessment: Assessment,
  scales: AssessmentView,
  only: "any" | "sedative-type",
): WithdrawalSigns | false | null {
  // Signs measured or reported now count even when withdrawal is said to be over: a CIWA-Ar, a COWS or
  // signs now describe today, and "over" may describe an earlier episode (ASAM 2020 III.1: the level
  // follows current signs and symptoms).
  let known = false;
  let worst = -1;
  // Most assessments carry no scale flags at all; a CIWA-Ar's "mild" counts only when it is more than minimal.
  if (scales.flags.size > 0)
    for (const [flag, severity] of SCALE_SEVERITY) {
      if (only === "sedative-type" && !flag.startsWith("alcohol")) continue;
      if (!scales.flags.has(flag as never)) continue;
      if (flag === "alcohol-withdrawal-mild" && ciwaArMinimal(assessment, scales)) continue;
      known = true;
      worst = Math.max(worst, WITHDRAWAL_SIGNS.indexOf(severity));
    }
  if (scales.totals.has("ciwa-ar") || (only === "any" && scales.totals.has("cows"))) known = true;
  const signs = assessment.withdrawal?.signsNow;
  if (signs !== null && signs !== undefined) {
    const applies = only === "any" ? true : usesAtLeast(scales.substanceUse, "sedative-type", "weekly");
    if (applies === true) {
      known = true;
      worst = Math.max(worst, WITHDRAWAL_SIGNS.indexOf(signs));
    } else if (applies === null && signs !== "none" && WITHDRAWAL_SIGNS.indexOf(signs) > worst) return null;
  }
  if (worst > 0) return WITHDRAWAL_SIGNS[worst] ?? null;
  if (known) return false;
  // No reading at all: none now once withdrawal is over, by the answer or by time since last use.
  if (assessment.withdrawal?.over === true) return false;
  if (
    only === "sedative-type"
      ? withdrawalOverByTime(assessment, "sedative-type")
      : withdrawalOverEverywhere(assessment)
  )
    return false;
  const withdrawalSubstances = only === "any" ? "with-withdrawal" : "sedative-type";
  return usesAtLeast(scales.substanceUse, withdrawalSubstances, "weekly") === false ? false : null;
}

/**
 * A CIWA-Ar below 8 is commonly read as minimal or no withdrawal (Sullivan 1989; VA CIWA-Ar form: "less
 * than 8 to 10" needs no medication). With no signs reported now and no pattern that produces withdrawal
 * (daily, or heavy on most days), it is not "mild withdrawal" and calls for no withdrawal care.
 */
export function ciwaArMinimal(assessment: Assessment, scales: AssessmentView): boolean {
  const total = scales.totals.get("ciwa-ar");
  if (total === undefined || total === null || total >= 8) return false;
  const signs = assessment.withdrawal?.signsNow;
  if (signs !== null && signs !== undefined && signs !== "none") return false;
  return sedativeTypeWithdrawalPattern(scales.substanceUse) === false;
}

/** Time since last use has closed withdrawal for every substance with withdrawal that is listed. */
export function withdrawalOverEverywhere(assessment: Assessment): boolean {
  let listsSedativeType = false;
  let listsOpioids = false;
  for (const use of assessment.substances ?? []) {
    const substance = use.substance;
    if (substance === "opioids") listsOpioids = true;
    else if (substance === "alcohol" || substance === "benzodiazepines" || substance === "other-sedatives")
      listsSedativeType = true;
  }
  if (!listsSedativeType && !listsOpioids) return false;
  return (
    (!listsSedativeType || withdrawalOverByTime(assessment, "sedative-type")) &&
    (!listsOpioids || withdrawalOverByTime(assessment, "opioids"))
  );
}

/**
 * Withdrawal still going on, or still to come, for a group (all groups when `group` is null). Signs now
 * and use within the past day keep it going whatever else was said; otherwise "withdrawal is over", or
 * enough time since the last use of each substance (rules/withdrawal-window.ts), ends it. Unknown counts
 * as going on: someone using daily is taken to be using now until told otherwise.
 */
export function withdrawalOngoing(
  assessment: Assessment,
  scales: AssessmentView,
  group: WithdrawalGroup | null,
): boolean {
  const signs = worstWithdrawalNow(assessment, scales, group === "sedative-type" ? "sedative-type" : "any");
  if (signs !== null && signs !== false) return true;
  if (usedToday(assessment, group)) return true;
  if (assessment.withdrawal?.over === true) return false;
  return group === null ? !withdrawalOverEverywhere(assessment) : !withdrawalOverByTime(assessment, group);
}

/**
 * Care at one of `levels` that was tried and did not hold: use went on while in it (`not-enough`), or the
 * person could not keep to it and left early. Seed ("When You Might Need Inpatient Care", "Assessing
 * Readiness"): more structure helps people who have not done well in, or struggle to keep to the
 * structure of, an outpatient program.
 */
export function treatmentNotEnough(
  assessment: Assessment,
  view: AssessmentView,
  levels: readonly string[],
): Tri {
  if (
    historyAnswered(assessment, view, levels.includes("outpatient") ? "intensive-outpatient" : "residential")
  )
    return false;
  const treatments = assessment.history?.treatments;
  if (treatments === null || treatments === undefined) return null;
  let unknown = false;
  for (const episode of treatments) {
    if (!levels.includes(episode.level)) continue;
    if (episode.outcome === "not-enough" || episode.outcome === "left-early") return true;
    if (episode.outcome === null || episode.outcome === undefined) unknown = true;
  }
  return unknown ? null : false;
}

/**
 * History that cannot change (a program that was not enough, returns to use) stops calling for more care
 * once the person has completed the level it calls for and met its goals (a reassessment), or has been in
 * sustained remission for 12 months or more (DSM-5): otherwise it would hold them at that level for ever.
 */
export function historyAnswered(
  assessment: Assessment,
  view: AssessmentView,
  level: "intensive-outpatient" | "residential",
): boolean {
  return goalsMetAtOrAbove(assessment, level) || stageNow(assessment, view).sustained === true;
}

/** Where the use disorder stands, worked out once per assessment and shared by the facts that read it. */
export function stageNow(assessment: Assessment, view: AssessmentView): UseDisorderStage {
  let stage = view.useDisorderStage;
  if (stage === undefined) {
    stage = useDisorderStage(assessment);
    view.useDisorderStage = stage;
  }
  return stage;
}

/** Earlier care at these levels that was not enough (treatmentNotEnough). */
const OUTPATIENT_LEVELS: readonly string[] = ["early-intervention", "outpatient"];
const INTENSIVE_OUTPATIENT_LEVELS: readonly string[] = ["intensive-outpatient", "partial-hospitalization"];

/** Medicines facts look for (lists made once, not at each reading). */
const OPIOID_MEDICINES: readonly string[] = ["buprenorphine", "methadone"];
const OPIOID_MEDICINES_AND_PAIN_MEDICINE: readonly string[] = [...OPIOID_MEDICINES, "opioid-pain-medicine"];
const BENZODIAZEPINE: readonly string[] = ["benzodiazepine"];
const NALTREXONE: readonly string[] = ["naltrexone"];

export function hasMedication(assessment: Assessment, names: readonly string[]): Tri {
  const medications = assessment.medical?.medications;
  if (medications === null || medications === undefined) return null;
  for (const name of medications) if (names.includes(name)) return true;
  return false;
}

export function exactly<T extends string>(value: T | null | undefined, expected: T): Tri {
  return value === null || value === undefined ? null : value === expected;
}

export function negate(value: Tri): Tri {
  return value === null ? null : !value;
}

export function scaleIn(
  scales: AssessmentView,
  instrument: InstrumentId,
  low: number,
  high: number,
): boolean {
  if (scales.totals.size === 0) return false;
  const total = scales.totals.get(instrument);
  return total !== undefined && total !== null && total >= low && total <= high;
}

/** The COWS bands' flags, any of which means opioid withdrawal was measured (docs/design/instruments.md). */
export const OPIOID_WITHDRAWAL_FLAGS: readonly ScaleFlag[] = SCALE_FLAGS.filter((flag) =>
  flag.startsWith("opioid-withdrawal"),
);

/** Any of these scale flags raised. */
export function anyFlag(scales: AssessmentView, flags: readonly ScaleFlag[]): boolean {
  if (scales.flags.size === 0) return false;
  for (const flag of flags) if (scales.flags.has(flag)) return true;
  return false;
}

/** A list answer holds anything: unknown when the list itself is unknown. */
function listsAny(list: readonly string[] | null | undefined): Tri {
  return list === null || list === undefined ? null : list.length > 0;
}

/** A list answer holds one of these: unknown when the list itself is unknown. */
function listsOneOf(list: readonly string[] | null | undefined, wanted: readonly string[]): Tri {
  if (list === null || list === undefined) return null;
  for (const item of list) if (wanted.includes(item)) return true;
  return false;
}

/** Conditions that count as serious mental illness here (bipolar disorder, psychotic disorders). */
const SERIOUS_MENTAL_ILLNESSES: readonly string[] = ["bipolar", "psychotic-disorder"];

export function count(value: number | null | undefined, atLeast: number): Tri {
  return value === null || value === undefined ? null : value >= atLeast;
}

export const FACTS = {
  // ── withdrawal and intoxication ──
  "withdrawal-seizure-or-confusion-now": {
    paths: ["withdrawal.seizureNow", "withdrawal.confusionNow", "withdrawal.hallucinationsNow"],
    relief: null,
  },
  "sedative-type-daily-use": {
    paths: ["substances"],
    relief: null,
  },
  "opioid-daily-use": {
    paths: ["substances"],
    relief: null,
  },
  "withdrawal-ongoing": {
    paths: ["withdrawal.over"],
    relief: WITHDRAWAL_OVER,
  },
  "complicated-withdrawal-history": {
    paths: ["withdrawal.history.seizures", "withdrawal.history.delirium"],
    relief: null,
  },
  "withdrawal-hallucinations-history": {
    paths: ["withdrawal.history.hallucinations"],
    relief: null,
  },
  "pawss-high": {
    paths: ["withdrawal.pawssScore"],
    relief: null,
  },
  "withdrawal-severe-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
  },
  "withdrawal-moderate-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
  },
  "withdrawal-mild-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
  },
  "withdrawal-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
  },
  "sedative-type-withdrawal-severe-now": {
    paths: ["withdrawal.signsNow"],
    relief: null,
  },
  /**
   * Alcohol or sedative withdrawal of any severity now. With a seizure or delirium history it rules out
   * ambulatory withdrawal management however often the person drinks (ASAM 2020 VII.8, docs/design/domain.md §1.7).
   */
  "sedative-type-withdrawal-now": {
    paths: ["withdrawal.signsNow"],
    // A safety rule reads it, and no later answer may explain a safety need away (rules/ruleset.test.ts).
    relief: null,
  },
  "sedative-type-withdrawal-moderate-now": {
    paths: ["withdrawal.signsNow"],
    relief: null,
  },
  "opioid-withdrawal-severe-now": {
    paths: [],
    relief: null,
  },
  "withdrawal-history-unknown-with-daily-sedative-type-use": {
    paths: ["withdrawal.history.seizures", "withdrawal.history.delirium"],
    relief: null,
  },
  "intoxicated-now": {
    paths: ["intoxicatedNow"],
    relief: null,
  },
  // ── physical health ──
  "overdose-signs-now": {
    paths: ["overdose.signsNow"],
    relief: null,
  },
  "medical-unstable": {
    paths: ["medical.condition"],
    relief: null,
  },
  "medical-needs-24-hour-monitoring": {
    paths: ["medical.condition"],
    relief: MEDICAL_STABLE,
  },
  "medical-needs-follow-up": {
    paths: ["medical.condition"],
    relief: MEDICAL_STABLE,
  },
  "medical-condition-stable": {
    paths: ["medical.condition"],
    relief: null,
  },
  pregnant: {
    paths: ["medical.pregnant"],
    relief: null,
  },
  "injection-use": {
    paths: ["substances"],
    relief: null,
  },
  // ── mental health ──
  "suicidal-intent-or-plan": {
    paths: ["mentalHealth.suicidalPlan", "mentalHealth.suicidalIntent"],
    relief: null,
  },
  "danger-to-self-or-others": {
    paths: ["mentalHealth.dangerToSelfOrOthers"],
    relief: null,
  },
  "psychosis-now": {
    paths: ["mentalHealth.psychosisNow"],
    relief: null,
  },
  "suicidal-thoughts": {
    paths: ["mentalHealth.suicidalThoughts"],
    relief: null,
  },
  /** Unknown when a PHQ-9 total came without item answers and does not settle item 9 (instruments/rederive-scale.ts). */
  "phq-9-item-9-positive": {
    paths: ["scales.phq-9.item-9"],
    relief: null,
  },
  /** Unknown while a positive ASQ's acuity question is unanswered: the answer could make it a crisis. */
  "asq-acute": {
    paths: ["scales.asq.acuity"],
    relief: null,
  },
  "asq-non-acute": { paths: [], relief: null },
  "asq-acuity-unanswered": {
    paths: [],
    relief: null,
  },
  "suicidal-thoughts-unknown": {
    paths: ["mentalHealth.suicidalThoughts"],
    relief: null,
  },
  "mental-health-needs-24-hour-care": {
    paths: ["mentalHealth.stability"],
    relief: MENTAL_HEALTH_STABLE,
  },
  "mental-health-unstable": {
    paths: ["mentalHealth.stability"],
    relief: MENTAL_HEALTH_STABLE,
  },
  "mental-health-some-symptoms": {
    paths: ["mentalHealth.stability"],
    relief: MENTAL_HEALTH_STABLE,
  },
  "mental-health-condition": {
    paths: ["mentalHealth.conditions"],
    relief: null,
  },
  "serious-mental-illness": {
    paths: ["mentalHealth.conditions"],
    relief: null,
  },
  "depression-or-anxiety-severe-scale": {
    paths: [],
    relief: null,
  },
  "depression-or-anxiety-moderate-scale": {
    paths: [],
    relief: null,
  },
  // ── readiness ──
  "not-ready": {
    paths: ["readiness.stage"],
    relief: [{ path: "readiness.stage", value: "ready" }],
  },
  unsure: {
    paths: ["readiness.stage"],
    relief: null,
  },
  "unwilling-to-attend": {
    paths: ["readiness.willingToAttendAllAppointments"],
    relief: [{ path: "readiness.willingToAttendAllAppointments", value: true }],
  },
  // ── use and return to use ──
  // Severity and recency are read per substance (rules/use-disorder-stage.ts).
  "severe-use-disorder-recent-use": {
    paths: ["useDisorder", "substances"],
    relief: null,
  },
  "moderate-use-disorder-recent-use": {
    paths: ["useDisorder", "substances"],
    relief: null,
  },
  "severe-use-disorder-early-remission": {
    paths: ["useDisorder", "substances"],
    relief: null,
  },
  "use-disorder-in-remission": {
    paths: ["useDisorder", "substances"],
    relief: null,
  },
  "use-disorder-mild": {
    paths: ["useDisorder"],
    relief: null,
  },
  /**
   * Gate for readiness, relapse and environment needs: they shape care for a substance use problem, so
   * they only count once there is one (stated, screened, daily use, or dependence signs).
   */
  "has-use-disorder": {
    paths: ["useDisorder"],
    relief: null,
  },
  "screen-likely-disorder": {
    paths: [],
    relief: null,
  },
  "screen-harmful-use": {
    paths: [],
    relief: null,
  },
  /** Risky use without a known disorder; once a disorder is known, the disorder's own rules speak. */
  "at-risk-use": {
    paths: ["substances"],
    relief: null,
  },
  "returned-to-use-repeatedly": {
    paths: ["history.returnsToUseAfterTreatment"],
    relief: null,
  },
  "returned-to-use-once": {
    paths: ["history.returnsToUseAfterTreatment"],
    relief: null,
  },
  "outpatient-not-enough": {
    paths: ["history.treatments"],
    relief: null,
  },
  "intensive-outpatient-not-enough": {
    paths: ["history.treatments"],
    relief: null,
  },
  "cannot-stay-abstinent-at-home": {
    paths: ["history.canStayAbstinentAtHome"],
    relief: [{ path: "history.canStayAbstinentAtHome", value: true }],
  },
  "strong-cravings": {
    paths: ["history.cravings"],
    relief: [{ path: "history.cravings", value: "mild" }],
  },
  "few-coping-skills": {
    paths: ["history.copingSkills"],
    relief: [{ path: "history.copingSkills", value: "some" }],
  },
  "overdose-past-year": {
    paths: ["overdose.pastYear"],
    relief: null,
  },
  "overdose-ever": {
    paths: ["overdose.ever"],
    relief: null,
  },
  // ── living situation ──
  "housing-unstable": {
    paths: ["environment.housing"],
    relief: [{ path: "environment.housing", value: "stable" }],
  },
  "home-unsafe": {
    paths: ["environment.homeSafe"],
    relief: [{ path: "environment.homeSafe", value: true }],
  },
  "others-use-at-home": {
    paths: ["environment.othersUseAtHome"],
    relief: [{ path: "environment.othersUseAtHome", value: false }],
  },
  "no-support-network": {
    paths: ["environment.supportNetwork"],
    relief: [{ path: "environment.supportNetwork", value: "some" }],
  },
  "no-reliable-transport": {
    paths: ["environment.reliableTransport"],
    relief: [{ path: "environment.reliableTransport", value: true }],
  },
  // ── obligations, preferences, access ──
  "has-work-or-school": {
    paths: ["obligations.work", "obligations.school"],
    relief: null,
  },
  caregiving: {
    paths: ["obligations.caregiving"],
    relief: null,
  },
  "prefers-living-at-home": {
    paths: ["preferences.setting"],
    relief: null,
  },
  "no-coverage": {
    paths: ["access.coverage"],
    relief: null,
  },
  "wants-spanish-program": {
    paths: ["preferences.spanishSpeakingProgram"],
    relief: null,
  },
  // ── opioids and medication ──
  "opioid-use": {
    paths: ["substances"],
    relief: null,
  },
  "opioid-use-disorder": {
    paths: ["substances"],
    relief: null,
  },
  "on-opioid-medication": {
    paths: ["medical.medications"],
    relief: null,
  },
  adolescent: {
    paths: ["age"],
    relief: null,
  },
  // ── withdrawal risk, medicines and combinations (ASAM 2020 II.5; ACOG 711; SAMHSA TIP 63) ──
  "complicated-withdrawal-risk-factor": {
    paths: ["age", "medical.medications", "medical.condition", "medical.conditions"],
    relief: null,
  },
  /** Heavy alcohol or sedative use weekly or more: with a seizure or delirium history, withdrawal can follow it. */
  "sedative-type-heavy-use": {
    paths: ["substances"],
    relief: null,
  },
  /** Pregnancy is not known to be present: gates advice that does not fit in pregnancy (ACOG 711). */
  "not-known-pregnant": {
    paths: ["medical.pregnant"],
    relief: null,
  },
  /**
   * Not known to take buprenorphine or methadone: for someone who does, opioid withdrawal care would mean
   * stopping the medicine, which is never the advice (SAMHSA TIP 63); the medicine continues.
   */
  "not-known-on-opioid-medication": {
    paths: ["medical.medications"],
    relief: null,
  },
  postpartum: {
    paths: ["medical.postpartum"],
    relief: null,
  },
  /** Fentanyl use with moderate or worse withdrawal now: the time to start medication (ASAM 2020 OUD update). */
  "fentanyl-withdrawal-moderate-now": {
    paths: ["substances", "withdrawal.signsNow"],
    relief: null,
  },
  /** Opioids (including methadone or buprenorphine) together with alcohol, benzodiazepines or other sedatives. */
  "opioids-with-sedatives": {
    paths: ["substances", "medical.medications"],
    relief: null,
  },
  "stimulant-use": {
    paths: ["substances"],
    relief: null,
  },
  "alcohol-use-disorder-moderate-or-severe": {
    paths: ["substances"],
    relief: null,
  },
  /** Opioids now or an opioid medicine: naltrexone would bring on withdrawal and block pain relief. */
  "opioid-exposure": {
    paths: ["substances", "medical.medications"],
    relief: null,
  },
  "no-opioid-exposure": {
    paths: ["substances", "medical.medications"],
    relief: null,
  },
  "on-naltrexone": {
    paths: ["medical.medications"],
    relief: null,
  },
  "tobacco-use": {
    paths: ["substances"],
    relief: null,
  },
  // ── measured signals and unknown safety answers ──
  /** Alcohol or sedative withdrawal still going on or still to come (rules/withdrawal-window.ts). */
  "sedative-type-withdrawal-ongoing": {
    paths: ["withdrawal.over", "substances"],
    relief: WITHDRAWAL_OVER,
  },
  "opioid-withdrawal-ongoing": {
    paths: ["withdrawal.over", "substances"],
    relief: WITHDRAWAL_OVER,
  },
  /** A PHQ-9 total came without its item answers, and the total does not settle item 9. */
  "phq-9-item-9-unknown": {
    paths: ["scales.phq-9.item-9"],
    relief: null,
  },
  /**
   * Thoughts of suicide (said, or PHQ-9 item 9 above zero) with plan and intent not known: the next
   * questions of a suicide risk assessment are asked now (C-SSRS screener: after thoughts, ask method,
   * intent and plan).
   */
  "suicidal-plan-or-intent-unknown-with-thoughts": {
    paths: ["mentalHealth.suicidalPlan", "mentalHealth.suicidalIntent"],
    relief: null,
  },
  /**
   * Memory or thinking problems that keep the person from taking part in a usual program without help.
   * Only a known answer counts: the question came later than most answers, and an older assessment without
   * it must mean what it meant (docs/assessment-model.md), so unknown reads as "not reported"
   * (docs/clinical-review.md).
   */
  "cognitive-impairment-needs-support": {
    paths: ["mentalHealth.cognitiveImpairment"],
    relief: null,
  },
} as const satisfies Record<string, FactDefinition>;

export type FactId = keyof typeof FACTS;
export const FACT_IDS = Object.keys(FACTS) as FactId[];
/** The facts as a list, for evaluating them all in one pass. */
export const FACT_LIST: readonly (readonly [FactId, FactDefinition])[] = FACT_IDS.map((id) => [
  id,
  FACTS[id],
]);

/** Each fact's position in the fact table (rules/fact-table.ts), by id. */
export type FactPositions = Readonly<Record<FactId, number>>;

/**
 * Works out every fact for one assessment: the one definition of how each fact is read from the answers
 * (its `paths` and `relief` are in FACTS above). Each fact is a line of its own, so each reading is a call
 * the JavaScript engine can follow and inline; calling 93 different functions from one loop cost about a
 * tenth of a placement (bench/README.md "Engine placement"). A fact written twice or not at all fails
 * rules/fact-table.test.ts, and a fact left unwritten reads as unknown, never as "no problem"
 * (rules/fact-table.ts).
 *
 * @param at  each fact's position in `facts`
 */
export function workOutFacts(a: Assessment, s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  withdrawalAndIntoxicationFacts(a, s, at, facts);
  physicalHealthFacts(a, s, at, facts);
  mentalHealthFacts(a, s, at, facts);
  readinessFacts(a, s, at, facts);
  useAndReturnToUseFacts(a, s, at, facts);
  livingSituationFacts(a, s, at, facts);
  obligationsAndAccessFacts(a, s, at, facts);
  opioidAndMedicationFacts(a, s, at, facts);
  withdrawalRiskAndMedicineFacts(a, s, at, facts);
  measuredSignalFacts(a, s, at, facts);
}

/** Facts on withdrawal and intoxication (one line each, as in FACTS). */
function withdrawalAndIntoxicationFacts(
  a: Assessment,
  s: AssessmentView,
  at: FactPositions,
  facts: Tri[],
): void {
  facts[at["withdrawal-seizure-or-confusion-now"]] = withdrawalEmergencyNow(a);
  facts[at["sedative-type-daily-use"]] = usesAtLeast(s.substanceUse, "sedative-type", "daily");
  facts[at["opioid-daily-use"]] = usesAtLeast(s.substanceUse, "opioids", "daily");
  // Unknown counts as ongoing: someone using daily is taken to be using now until told otherwise.
  facts[at["withdrawal-ongoing"]] = withdrawalOngoing(a, s, null);
  facts[at["complicated-withdrawal-history"]] = anyOf(
    tri(a.withdrawal?.history?.seizures),
    tri(a.withdrawal?.history?.delirium),
  );
  facts[at["withdrawal-hallucinations-history"]] = tri(a.withdrawal?.history?.hallucinations);
  facts[at["pawss-high"]] = count(a.withdrawal?.pawssScore, 4);
  facts[at["withdrawal-severe-now"]] = withdrawalNowAtLeast(a, s, "severe");
  facts[at["withdrawal-moderate-now"]] = withdrawalNowIn(a, s, "moderate", "moderate");
  facts[at["withdrawal-mild-now"]] = withdrawalNowIn(a, s, "mild", "mild");
  facts[at["withdrawal-now"]] = withdrawalNowAtLeast(a, s, "mild");
  facts[at["sedative-type-withdrawal-severe-now"]] = withdrawalNowAtLeast(a, s, "severe", "sedative-type");
  facts[at["sedative-type-withdrawal-now"]] = withdrawalNowAtLeast(a, s, "mild", "sedative-type");
  facts[at["sedative-type-withdrawal-moderate-now"]] = sedativeTypeWithdrawalModerateNow(a, s);
  // COWS above 36, or severe withdrawal signs reported (no COWS) by someone who uses opioids weekly or more.
  facts[at["opioid-withdrawal-severe-now"]] =
    flagged(s, "opioid-withdrawal-severe") ||
    (a.withdrawal?.signsNow === "severe" && usesAtLeast(s.substanceUse, "opioids", "weekly") === true);
  facts[at["withdrawal-history-unknown-with-daily-sedative-type-use"]] =
    usesAtLeast(s.substanceUse, "sedative-type", "daily") === true &&
    (tri(a.withdrawal?.history?.seizures) === null || tri(a.withdrawal?.history?.delirium) === null);
  facts[at["intoxicated-now"]] = tri(a.intoxicatedNow);
}

/** Facts on physical health (one line each, as in FACTS). */
function physicalHealthFacts(a: Assessment, s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["overdose-signs-now"]] = tri(a.overdose?.signsNow);
  facts[at["medical-unstable"]] = atLeastIn(MEDICAL_CONDITION_STATES, a.medical?.condition, "unstable");
  facts[at["medical-needs-24-hour-monitoring"]] = exactly(a.medical?.condition, "needs-24-hour-monitoring");
  facts[at["medical-needs-follow-up"]] = exactly(a.medical?.condition, "needs-follow-up");
  facts[at["medical-condition-stable"]] = exactly(a.medical?.condition, "stable");
  facts[at.pregnant] = pregnantNow(a);
  facts[at["injection-use"]] = injectsAny(s.substanceUse, "placement");
}

/** Facts on mental health (one line each, as in FACTS). */
function mentalHealthFacts(a: Assessment, s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["suicidal-intent-or-plan"]] = suicidalPlanOrIntent(a);
  facts[at["danger-to-self-or-others"]] = tri(a.mentalHealth?.dangerToSelfOrOthers);
  facts[at["psychosis-now"]] = tri(a.mentalHealth?.psychosisNow);
  facts[at["suicidal-thoughts"]] = suicidalThoughtsNow(a, s);
  facts[at["phq-9-item-9-positive"]] = flagged(s, "suicide-risk-follow-up")
    ? true
    : s.undecidedFlags.has("suicide-risk-follow-up")
      ? null
      : false;
  facts[at["asq-acute"]] = flagged(s, "asq-positive-acute")
    ? true
    : flagged(s, "asq-acuity-unanswered")
      ? null
      : false;
  facts[at["asq-non-acute"]] = flagged(s, "asq-positive-non-acute");
  facts[at["asq-acuity-unanswered"]] = flagged(s, "asq-acuity-unanswered");
  // Known from the direct answer, a complete PHQ-9 (item 9), or an ASQ result.
  facts[at["suicidal-thoughts-unknown"]] =
    tri(a.mentalHealth?.suicidalThoughts) === null &&
    suicidalPlanOrIntent(a) !== true &&
    (s.totals.get("phq-9") ?? null) === null &&
    !s.totals.has("asq") &&
    !flagged(s, "suicide-risk-follow-up");
  facts[at["mental-health-needs-24-hour-care"]] = atLeastIn(
    MENTAL_HEALTH_STABILITY,
    a.mentalHealth?.stability,
    "needs-24-hour-care",
  );
  facts[at["mental-health-unstable"]] = exactly(a.mentalHealth?.stability, "unstable");
  facts[at["mental-health-some-symptoms"]] = exactly(a.mentalHealth?.stability, "some-symptoms");
  facts[at["mental-health-condition"]] = listsAny(a.mentalHealth?.conditions);
  facts[at["serious-mental-illness"]] = listsOneOf(a.mentalHealth?.conditions, SERIOUS_MENTAL_ILLNESSES);
  // PHQ-9 15+ (moderately severe or severe) or GAD-7 15+ (severe).
  facts[at["depression-or-anxiety-severe-scale"]] =
    scaleAtLeast(s, "phq-9", 15) || scaleAtLeast(s, "gad-7", 15);
  facts[at["depression-or-anxiety-moderate-scale"]] =
    scaleAtLeast(s, "phq-9", 10) || scaleAtLeast(s, "gad-7", 10);
}

/** Facts on readiness (one line each, as in FACTS). */
function readinessFacts(a: Assessment, _s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["not-ready"]] = a.readiness?.stage ? a.readiness.stage === "not-ready" : null;
  facts[at.unsure] = exactly(a.readiness?.stage, "unsure");
  facts[at["unwilling-to-attend"]] = negate(tri(a.readiness?.willingToAttendAllAppointments));
}

/** Facts on use and return to use (one line each, as in FACTS). */
function useAndReturnToUseFacts(a: Assessment, s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["severe-use-disorder-recent-use"]] = stageNow(a, s).severeRecent;
  facts[at["moderate-use-disorder-recent-use"]] = stageNow(a, s).moderateRecent;
  facts[at["severe-use-disorder-early-remission"]] = stageNow(a, s).severeEarlyRemission;
  facts[at["use-disorder-in-remission"]] = stageNow(a, s).inRemission;
  facts[at["use-disorder-mild"]] = allOf(
    useDisorderAtLeast(a, s, "mild"),
    negate(useDisorderAtLeast(a, s, "moderate")),
  );
  facts[at["has-use-disorder"]] = anyOf(
    useDisorderAtLeast(a, s, "mild"),
    scaleAtLeast(s, "audit", 16) || scaleAtLeast(s, "dast-10", 3),
    usesAtLeast(s.substanceUse, "placement", "daily") === true,
    tri(a.withdrawal?.history?.seizures) === true || tri(a.withdrawal?.history?.delirium) === true,
    hasMedication(a, OPIOID_MEDICINES) === true,
  );
  // AUDIT 20+ (possible dependence) or DAST-10 6+ (substantial or severe).
  facts[at["screen-likely-disorder"]] = scaleAtLeast(s, "audit", 20) || scaleAtLeast(s, "dast-10", 6);
  // AUDIT 16–19 (harmful) or DAST-10 3–5 (moderate).
  facts[at["screen-harmful-use"]] = scaleIn(s, "audit", 16, 19) || scaleIn(s, "dast-10", 3, 5);
  facts[at["at-risk-use"]] = allOf(
    anyOf(
      scaleIn(s, "audit", 8, 15) ||
        scaleAtLeast(s, "audit-c", a.sex === "male" ? 4 : 3) ||
        scaleIn(s, "dast-10", 1, 2),
      usesAtLeast(s.substanceUse, "placement", "weekly"),
    ),
    negate(useDisorderAtLeast(a, s, "mild")),
    !(scaleAtLeast(s, "audit", 16) || scaleAtLeast(s, "dast-10", 3)),
  );
  facts[at["returned-to-use-repeatedly"]] = historyAnswered(a, s, "residential")
    ? false
    : count(a.history?.returnsToUseAfterTreatment, 2);
  facts[at["returned-to-use-once"]] =
    a.history?.returnsToUseAfterTreatment === null || a.history?.returnsToUseAfterTreatment === undefined
      ? null
      : a.history.returnsToUseAfterTreatment === 1;
  facts[at["outpatient-not-enough"]] = treatmentNotEnough(a, s, OUTPATIENT_LEVELS);
  facts[at["intensive-outpatient-not-enough"]] = treatmentNotEnough(a, s, INTENSIVE_OUTPATIENT_LEVELS);
  facts[at["cannot-stay-abstinent-at-home"]] = negate(tri(a.history?.canStayAbstinentAtHome));
  facts[at["strong-cravings"]] = atLeastIn(CRAVING_LEVELS, a.history?.cravings, "strong");
  facts[at["few-coping-skills"]] = atLeastIn(COPING_LEVELS, a.history?.copingSkills, "few");
  facts[at["overdose-past-year"]] = overdosePastYear(a);
  facts[at["overdose-ever"]] = overdoseEver(a);
}

/** Facts on living situation (one line each, as in FACTS). */
function livingSituationFacts(a: Assessment, _s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["housing-unstable"]] = atLeastIn(HOUSING_STATES, a.environment?.housing, "unstable");
  facts[at["home-unsafe"]] = negate(tri(a.environment?.homeSafe));
  facts[at["others-use-at-home"]] = tri(a.environment?.othersUseAtHome);
  facts[at["no-support-network"]] = a.environment?.supportNetwork
    ? a.environment.supportNetwork === "none"
    : null;
  facts[at["no-reliable-transport"]] = negate(tri(a.environment?.reliableTransport));
}

/** Facts on obligations, preferences, access (one line each, as in FACTS). */
function obligationsAndAccessFacts(a: Assessment, _s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["has-work-or-school"]] = anyOf(tri(a.obligations?.work), tri(a.obligations?.school));
  facts[at.caregiving] = tri(a.obligations?.caregiving);
  facts[at["prefers-living-at-home"]] = a.preferences?.setting
    ? a.preferences.setting === "live-at-home"
    : null;
  facts[at["no-coverage"]] = a.access?.coverage ? a.access.coverage === "none" : null;
  facts[at["wants-spanish-program"]] = tri(a.preferences?.spanishSpeakingProgram);
}

/** Facts on opioids and medication (one line each, as in FACTS). */
function opioidAndMedicationFacts(a: Assessment, s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["opioid-use"]] = usesAtLeast(s.substanceUse, "opioids", "less-than-monthly");
  facts[at["opioid-use-disorder"]] = anyOf(
    useDisorderInGroupAtLeast(s.substanceUse, "opioids", "mild"),
    usesAtLeast(s.substanceUse, "opioids", "daily") === true,
    anyFlag(s, OPIOID_WITHDRAWAL_FLAGS),
    hasMedication(a, OPIOID_MEDICINES) === true,
  );
  facts[at["on-opioid-medication"]] = hasMedication(a, OPIOID_MEDICINES);
  facts[at.adolescent] = a.age === null || a.age === undefined ? null : a.age < 18;
}

/** Facts on withdrawal risk, medicines and combinations (one line each, as in FACTS). */
function withdrawalRiskAndMedicineFacts(
  a: Assessment,
  s: AssessmentView,
  at: FactPositions,
  facts: Tri[],
): void {
  facts[at["complicated-withdrawal-risk-factor"]] = complicatedWithdrawalRiskFactor(a);
  facts[at["sedative-type-heavy-use"]] = usesHeavilyAtLeast(s.substanceUse, "sedative-type", "weekly");
  facts[at["not-known-pregnant"]] = pregnantNow(a) !== true;
  facts[at["not-known-on-opioid-medication"]] = hasMedication(a, OPIOID_MEDICINES) !== true;
  facts[at.postpartum] = postpartumNow(a);
  facts[at["fentanyl-withdrawal-moderate-now"]] = allOf(
    specificUsedInPast3Months(a, "fentanyl"),
    withdrawalNowAtLeast(a, s, "moderate"),
  );
  facts[at["opioids-with-sedatives"]] = allOf(
    anyOf(
      usesAtLeast(s.substanceUse, "opioids", "less-than-monthly"),
      hasMedication(a, OPIOID_MEDICINES_AND_PAIN_MEDICINE),
    ),
    anyOf(
      usesAtLeast(s.substanceUse, "sedative-type", "less-than-monthly"),
      hasMedication(a, BENZODIAZEPINE),
    ),
  );
  facts[at["stimulant-use"]] = usedInPast3Months(a, "stimulants");
  facts[at["alcohol-use-disorder-moderate-or-severe"]] = alcoholUseDisorderModerateOrSevere(
    a,
    s.totals.get("audit") ?? null,
  );
  facts[at["opioid-exposure"]] = anyOf(
    usesAtLeast(s.substanceUse, "opioids", "less-than-monthly"),
    hasMedication(a, OPIOID_MEDICINES_AND_PAIN_MEDICINE),
  );
  facts[at["no-opioid-exposure"]] = negate(
    anyOf(
      usesAtLeast(s.substanceUse, "opioids", "less-than-monthly"),
      hasMedication(a, OPIOID_MEDICINES_AND_PAIN_MEDICINE),
    ),
  );
  facts[at["on-naltrexone"]] = hasMedication(a, NALTREXONE);
  facts[at["tobacco-use"]] = usedInPast3Months(a, "tobacco");
}

/** Facts on measured signals and unknown safety answers (one line each, as in FACTS). */
function measuredSignalFacts(a: Assessment, s: AssessmentView, at: FactPositions, facts: Tri[]): void {
  facts[at["sedative-type-withdrawal-ongoing"]] = withdrawalOngoing(a, s, "sedative-type");
  facts[at["opioid-withdrawal-ongoing"]] = withdrawalOngoing(a, s, "opioids");
  facts[at["phq-9-item-9-unknown"]] = s.undecidedFlags.has("suicide-risk-follow-up");
  facts[at["suicidal-plan-or-intent-unknown-with-thoughts"]] =
    suicidalPlanOrIntent(a) === null &&
    (tri(a.mentalHealth?.suicidalThoughts) === true || flagged(s, "suicide-risk-follow-up"));
  facts[at["cognitive-impairment-needs-support"]] = a.mentalHealth?.cognitiveImpairment === "needs-support";
}
