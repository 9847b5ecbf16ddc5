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
 * `evaluate` is the fact's one definition: the engine calls it as written (rules/fact-table.ts), in the
 * order of this table, so a fact added here is read by every rule that names it with no other step
 * (docs/engine-changes.md).
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
import { type AssessmentView, allOf, anyOf, atLeastIn, scaleAtLeast, type Tri, tri } from "./answers.js";
import { injectsAny, useDisorderInGroupAtLeast, usesAtLeast } from "./substance-use-summary.js";

export interface FactDefinition {
  readonly paths: readonly string[];
  readonly relief: readonly AnswerChange[] | null;
  readonly evaluate: (assessment: Assessment, scales: AssessmentView) => Tri;
}

const WITHDRAWAL_OVER: readonly AnswerChange[] = [{ path: "withdrawal.over", value: true }];
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

function readWorstWithdrawalNow(
  assessment: Assessment,
  scales: AssessmentView,
  only: "any" | "sedative-type",
): WithdrawalSigns | false | null {
  if (assessment.withdrawal?.over === true) return false;
  let known = false;
  let worst = -1;
  for (const [flag, severity] of SCALE_SEVERITY) {
    if (only === "sedative-type" && !flag.startsWith("alcohol")) continue;
    if (scales.flags.has(flag as never)) {
      known = true;
      worst = Math.max(worst, WITHDRAWAL_SIGNS.indexOf(severity));
    }
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
  const withdrawalSubstances = only === "any" ? "with-withdrawal" : "sedative-type";
  return usesAtLeast(scales.substanceUse, withdrawalSubstances, "weekly") === false ? false : null;
}

/**
 * Care at one of `levels` that was tried and did not hold: use went on while in it (`not-enough`), or the
 * person could not keep to it and left early. Seed ("When You Might Need Inpatient Care", "Assessing
 * Readiness"): more structure helps people who have not done well in, or struggle to keep to the
 * structure of, an outpatient program.
 */
export function treatmentNotEnough(assessment: Assessment, levels: readonly string[]): Tri {
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

export function hasMedication(assessment: Assessment, names: readonly string[]): Tri {
  const medications = assessment.medical?.medications;
  if (medications === null || medications === undefined) return null;
  return medications.some((name) => names.includes(name));
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

export function count(value: number | null | undefined, atLeast: number): Tri {
  return value === null || value === undefined ? null : value >= atLeast;
}

export const FACTS = {
  // ── withdrawal and intoxication ──
  "withdrawal-seizure-or-confusion-now": {
    paths: ["withdrawal.seizureOrConfusionNow"],
    relief: null,
    evaluate: (a) => tri(a.withdrawal?.seizureOrConfusionNow),
  },
  "sedative-type-daily-use": {
    paths: ["substances"],
    relief: null,
    evaluate: (_a, s) => usesAtLeast(s.substanceUse, "sedative-type", "daily"),
  },
  "opioid-daily-use": {
    paths: ["substances"],
    relief: null,
    evaluate: (_a, s) => usesAtLeast(s.substanceUse, "opioids", "daily"),
  },
  "withdrawal-ongoing": {
    paths: ["withdrawal.over"],
    relief: WITHDRAWAL_OVER,
    // Unknown counts as ongoing: someone using daily is taken to be using now until told otherwise.
    evaluate: (a) => a.withdrawal?.over !== true,
  },
  "complicated-withdrawal-history": {
    paths: ["withdrawal.history.seizures", "withdrawal.history.delirium"],
    relief: null,
    evaluate: (a) => anyOf(tri(a.withdrawal?.history?.seizures), tri(a.withdrawal?.history?.delirium)),
  },
  "withdrawal-hallucinations-history": {
    paths: ["withdrawal.history.hallucinations"],
    relief: null,
    evaluate: (a) => tri(a.withdrawal?.history?.hallucinations),
  },
  "pawss-high": {
    paths: ["withdrawal.pawssScore"],
    relief: null,
    evaluate: (a) => count(a.withdrawal?.pawssScore, 4),
  },
  "withdrawal-severe-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
    evaluate: (a, s) => withdrawalNowAtLeast(a, s, "severe"),
  },
  "withdrawal-moderate-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
    evaluate: (a, s) => withdrawalNowIn(a, s, "moderate", "moderate"),
  },
  "withdrawal-mild-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
    evaluate: (a, s) => withdrawalNowIn(a, s, "mild", "mild"),
  },
  "withdrawal-now": {
    paths: ["withdrawal.signsNow"],
    relief: WITHDRAWAL_OVER,
    evaluate: (a, s) => withdrawalNowAtLeast(a, s, "mild"),
  },
  "sedative-type-withdrawal-severe-now": {
    paths: ["withdrawal.signsNow"],
    relief: null,
    evaluate: (a, s) => withdrawalNowAtLeast(a, s, "severe", "sedative-type"),
  },
  /**
   * Alcohol or sedative withdrawal of any severity now. With a seizure or delirium history it rules out
   * ambulatory withdrawal management however often the person drinks (ASAM 2020 VII.8, docs/design/domain.md §1.7).
   */
  "sedative-type-withdrawal-now": {
    paths: ["withdrawal.signsNow"],
    // A safety rule reads it, and no later answer may explain a safety need away (rules/ruleset.test.ts).
    relief: null,
    evaluate: (a, s) => withdrawalNowAtLeast(a, s, "mild", "sedative-type"),
  },
  "sedative-type-withdrawal-moderate-now": {
    paths: ["withdrawal.signsNow"],
    relief: null,
    evaluate: (a, s) => withdrawalNowIn(a, s, "moderate", "moderate", "sedative-type"),
  },
  "opioid-withdrawal-severe-now": {
    paths: [],
    relief: null,
    evaluate: (a, s) => a.withdrawal?.over !== true && s.flags.has("opioid-withdrawal-severe"),
  },
  "withdrawal-history-unknown-with-daily-sedative-type-use": {
    paths: ["withdrawal.history.seizures", "withdrawal.history.delirium"],
    relief: null,
    evaluate: (a, s) =>
      usesAtLeast(s.substanceUse, "sedative-type", "daily") === true &&
      (tri(a.withdrawal?.history?.seizures) === null || tri(a.withdrawal?.history?.delirium) === null),
  },
  "intoxicated-now": {
    paths: ["intoxicatedNow"],
    relief: null,
    evaluate: (a) => tri(a.intoxicatedNow),
  },
  // ── physical health ──
  "overdose-signs-now": {
    paths: ["overdose.signsNow"],
    relief: null,
    evaluate: (a) => tri(a.overdose?.signsNow),
  },
  "medical-unstable": {
    paths: ["medical.condition"],
    relief: null,
    evaluate: (a) => atLeastIn(MEDICAL_CONDITION_STATES, a.medical?.condition, "unstable"),
  },
  "medical-needs-24-hour-monitoring": {
    paths: ["medical.condition"],
    relief: MEDICAL_STABLE,
    evaluate: (a) => exactly(a.medical?.condition, "needs-24-hour-monitoring"),
  },
  "medical-needs-follow-up": {
    paths: ["medical.condition"],
    relief: MEDICAL_STABLE,
    evaluate: (a) => exactly(a.medical?.condition, "needs-follow-up"),
  },
  "medical-condition-stable": {
    paths: ["medical.condition"],
    relief: null,
    evaluate: (a) => exactly(a.medical?.condition, "stable"),
  },
  pregnant: {
    paths: ["medical.pregnant"],
    relief: null,
    evaluate: (a) => tri(a.medical?.pregnant),
  },
  "injection-use": {
    paths: ["substances"],
    relief: null,
    evaluate: (_a, s) => injectsAny(s.substanceUse, "placement"),
  },
  // ── mental health ──
  "suicidal-intent-or-plan": {
    paths: ["mentalHealth.suicidalIntentOrPlan"],
    relief: null,
    evaluate: (a) => tri(a.mentalHealth?.suicidalIntentOrPlan),
  },
  "danger-to-self-or-others": {
    paths: ["mentalHealth.dangerToSelfOrOthers"],
    relief: null,
    evaluate: (a) => tri(a.mentalHealth?.dangerToSelfOrOthers),
  },
  "psychosis-now": {
    paths: ["mentalHealth.psychosisNow"],
    relief: null,
    evaluate: (a) => tri(a.mentalHealth?.psychosisNow),
  },
  "suicidal-thoughts": {
    paths: ["mentalHealth.suicidalThoughts"],
    relief: null,
    evaluate: (a) => tri(a.mentalHealth?.suicidalThoughts),
  },
  "phq-9-item-9-positive": {
    paths: [],
    relief: null,
    evaluate: (_a, s) => s.flags.has("suicide-risk-follow-up"),
  },
  "asq-acute": { paths: [], relief: null, evaluate: (_a, s) => s.flags.has("asq-positive-acute") },
  "asq-non-acute": { paths: [], relief: null, evaluate: (_a, s) => s.flags.has("asq-positive-non-acute") },
  "asq-acuity-unanswered": {
    paths: [],
    relief: null,
    evaluate: (_a, s) => s.flags.has("asq-acuity-unanswered"),
  },
  "suicidal-thoughts-unknown": {
    paths: ["mentalHealth.suicidalThoughts"],
    relief: null,
    // Known from the direct answer, a complete PHQ-9 (item 9), or an ASQ result.
    evaluate: (a, s) =>
      tri(a.mentalHealth?.suicidalThoughts) === null &&
      tri(a.mentalHealth?.suicidalIntentOrPlan) !== true &&
      (s.totals.get("phq-9") ?? null) === null &&
      !s.totals.has("asq") &&
      !s.flags.has("suicide-risk-follow-up"),
  },
  "mental-health-needs-24-hour-care": {
    paths: ["mentalHealth.stability"],
    relief: MENTAL_HEALTH_STABLE,
    evaluate: (a) => atLeastIn(MENTAL_HEALTH_STABILITY, a.mentalHealth?.stability, "needs-24-hour-care"),
  },
  "mental-health-unstable": {
    paths: ["mentalHealth.stability"],
    relief: MENTAL_HEALTH_STABLE,
    evaluate: (a) => exactly(a.mentalHealth?.stability, "unstable"),
  },
  "mental-health-some-symptoms": {
    paths: ["mentalHealth.stability"],
    relief: MENTAL_HEALTH_STABLE,
    evaluate: (a) => exactly(a.mentalHealth?.stability, "some-symptoms"),
  },
  "mental-health-condition": {
    paths: ["mentalHealth.conditions"],
    relief: null,
    evaluate: (a) => {
      const conditions = a.mentalHealth?.conditions;
      return conditions === null || conditions === undefined ? null : conditions.length > 0;
    },
  },
  "serious-mental-illness": {
    paths: ["mentalHealth.conditions"],
    relief: null,
    evaluate: (a) => {
      const conditions = a.mentalHealth?.conditions;
      if (conditions === null || conditions === undefined) return null;
      return conditions.includes("bipolar") || conditions.includes("psychotic-disorder");
    },
  },
  "depression-or-anxiety-severe-scale": {
    paths: [],
    relief: null,
    // PHQ-9 15+ (moderately severe or severe) or GAD-7 15+ (severe).
    evaluate: (_a, s) => scaleAtLeast(s, "phq-9", 15) || scaleAtLeast(s, "gad-7", 15),
  },
  "depression-or-anxiety-moderate-scale": {
    paths: [],
    relief: null,
    evaluate: (_a, s) => scaleAtLeast(s, "phq-9", 10) || scaleAtLeast(s, "gad-7", 10),
  },
  // ── readiness ──
  "not-ready": {
    paths: ["readiness.stage"],
    relief: [{ path: "readiness.stage", value: "ready" }],
    evaluate: (a) => (a.readiness?.stage ? a.readiness.stage === "not-ready" : null),
  },
  unsure: {
    paths: ["readiness.stage"],
    relief: null,
    evaluate: (a) => exactly(a.readiness?.stage, "unsure"),
  },
  "unwilling-to-attend": {
    paths: ["readiness.willingToAttendAllAppointments"],
    relief: [{ path: "readiness.willingToAttendAllAppointments", value: true }],
    evaluate: (a) => {
      const willing = tri(a.readiness?.willingToAttendAllAppointments);
      return willing === null ? null : !willing;
    },
  },
  // ── use and return to use ──
  "use-disorder-severe": {
    paths: ["useDisorder"],
    relief: null,
    evaluate: (a, s) => useDisorderAtLeast(a, s, "severe"),
  },
  "use-disorder-moderate": {
    paths: ["useDisorder"],
    relief: null,
    evaluate: (a, s) =>
      allOf(useDisorderAtLeast(a, s, "moderate"), negate(useDisorderAtLeast(a, s, "severe"))),
  },
  "use-disorder-mild": {
    paths: ["useDisorder"],
    relief: null,
    evaluate: (a, s) => allOf(useDisorderAtLeast(a, s, "mild"), negate(useDisorderAtLeast(a, s, "moderate"))),
  },
  /**
   * Gate for readiness, relapse and environment needs: they shape care for a substance use problem, so
   * they only count once there is one (stated, screened, daily use, or dependence signs).
   */
  "has-use-disorder": {
    paths: ["useDisorder"],
    relief: null,
    evaluate: (a, s) =>
      anyOf(
        useDisorderAtLeast(a, s, "mild"),
        scaleAtLeast(s, "audit", 16) || scaleAtLeast(s, "dast-10", 3),
        usesAtLeast(s.substanceUse, "placement", "daily") === true,
        tri(a.withdrawal?.history?.seizures) === true || tri(a.withdrawal?.history?.delirium) === true,
        hasMedication(a, ["buprenorphine", "methadone"]) === true,
      ),
  },
  /** Unknown recency counts as use: a disorder is taken as active until 3 months without use are known. */
  "use-in-past-3-months": {
    paths: ["substances"],
    relief: null,
    evaluate: (_a, s) => s.substanceUse.earlyRemission !== true,
  },
  /** Every substance listed (tobacco aside) not used in the past 3 months (DSM-5 early remission). */
  "early-remission": {
    paths: ["substances"],
    relief: null,
    evaluate: (_a, s) => s.substanceUse.earlyRemission,
  },
  "screen-likely-disorder": {
    paths: [],
    relief: null,
    // AUDIT 20+ (possible dependence) or DAST-10 6+ (substantial or severe).
    evaluate: (_a, s) => scaleAtLeast(s, "audit", 20) || scaleAtLeast(s, "dast-10", 6),
  },
  "screen-harmful-use": {
    paths: [],
    relief: null,
    // AUDIT 16–19 (harmful) or DAST-10 3–5 (moderate).
    evaluate: (_a, s) => scaleIn(s, "audit", 16, 19) || scaleIn(s, "dast-10", 3, 5),
  },
  /** Risky use without a known disorder; once a disorder is known, the disorder's own rules speak. */
  "at-risk-use": {
    paths: ["substances"],
    relief: null,
    evaluate: (a, s) =>
      allOf(
        anyOf(
          scaleIn(s, "audit", 8, 15) || scaleAtLeast(s, "audit-c", 4) || scaleIn(s, "dast-10", 1, 2),
          usesAtLeast(s.substanceUse, "placement", "weekly"),
        ),
        negate(useDisorderAtLeast(a, s, "mild")),
        !(scaleAtLeast(s, "audit", 16) || scaleAtLeast(s, "dast-10", 3)),
      ),
  },
  "returned-to-use-repeatedly": {
    paths: ["history.returnsToUseAfterTreatment"],
    relief: null,
    evaluate: (a) => count(a.history?.returnsToUseAfterTreatment, 2),
  },
  "returned-to-use-once": {
    paths: ["history.returnsToUseAfterTreatment"],
    relief: null,
    evaluate: (a) =>
      a.history?.returnsToUseAfterTreatment === null || a.history?.returnsToUseAfterTreatment === undefined
        ? null
        : a.history.returnsToUseAfterTreatment === 1,
  },
  "outpatient-not-enough": {
    paths: ["history.treatments"],
    relief: null,
    evaluate: (a) => treatmentNotEnough(a, ["early-intervention", "outpatient"]),
  },
  "intensive-outpatient-not-enough": {
    paths: ["history.treatments"],
    relief: null,
    evaluate: (a) => treatmentNotEnough(a, ["intensive-outpatient", "partial-hospitalization"]),
  },
  "cannot-stay-abstinent-at-home": {
    paths: ["history.canStayAbstinentAtHome"],
    relief: [{ path: "history.canStayAbstinentAtHome", value: true }],
    evaluate: (a) => {
      const can = tri(a.history?.canStayAbstinentAtHome);
      return can === null ? null : !can;
    },
  },
  "strong-cravings": {
    paths: ["history.cravings"],
    relief: [{ path: "history.cravings", value: "mild" }],
    evaluate: (a) => atLeastIn(CRAVING_LEVELS, a.history?.cravings, "strong"),
  },
  "few-coping-skills": {
    paths: ["history.copingSkills"],
    relief: [{ path: "history.copingSkills", value: "some" }],
    evaluate: (a) => atLeastIn(COPING_LEVELS, a.history?.copingSkills, "few"),
  },
  "overdose-past-year": {
    paths: ["overdose.pastYear"],
    relief: null,
    evaluate: (a) => tri(a.overdose?.pastYear),
  },
  "overdose-ever": {
    paths: ["overdose.ever"],
    relief: null,
    evaluate: (a) => anyOf(tri(a.overdose?.ever), tri(a.overdose?.pastYear) === true),
  },
  // ── living situation ──
  "housing-unstable": {
    paths: ["environment.housing"],
    relief: [{ path: "environment.housing", value: "stable" }],
    evaluate: (a) => atLeastIn(HOUSING_STATES, a.environment?.housing, "unstable"),
  },
  "home-unsafe": {
    paths: ["environment.homeSafe"],
    relief: [{ path: "environment.homeSafe", value: true }],
    evaluate: (a) => {
      const safe = tri(a.environment?.homeSafe);
      return safe === null ? null : !safe;
    },
  },
  "others-use-at-home": {
    paths: ["environment.othersUseAtHome"],
    relief: [{ path: "environment.othersUseAtHome", value: false }],
    evaluate: (a) => tri(a.environment?.othersUseAtHome),
  },
  "no-support-network": {
    paths: ["environment.supportNetwork"],
    relief: [{ path: "environment.supportNetwork", value: "some" }],
    evaluate: (a) => (a.environment?.supportNetwork ? a.environment.supportNetwork === "none" : null),
  },
  "no-reliable-transport": {
    paths: ["environment.reliableTransport"],
    relief: [{ path: "environment.reliableTransport", value: true }],
    evaluate: (a) => {
      const transport = tri(a.environment?.reliableTransport);
      return transport === null ? null : !transport;
    },
  },
  // ── obligations, preferences, access ──
  "has-work-or-school": {
    paths: ["obligations.work", "obligations.school"],
    relief: null,
    evaluate: (a) => anyOf(tri(a.obligations?.work), tri(a.obligations?.school)),
  },
  caregiving: {
    paths: ["obligations.caregiving"],
    relief: null,
    evaluate: (a) => tri(a.obligations?.caregiving),
  },
  "prefers-living-at-home": {
    paths: ["preferences.setting"],
    relief: null,
    evaluate: (a) => (a.preferences?.setting ? a.preferences.setting === "live-at-home" : null),
  },
  "no-coverage": {
    paths: ["access.coverage"],
    relief: null,
    evaluate: (a) => (a.access?.coverage ? a.access.coverage === "none" : null),
  },
  "wants-spanish-program": {
    paths: ["preferences.spanishSpeakingProgram"],
    relief: null,
    evaluate: (a) => tri(a.preferences?.spanishSpeakingProgram),
  },
  // ── opioids and medication ──
  "opioid-use": {
    paths: ["substances"],
    relief: null,
    evaluate: (_a, s) => usesAtLeast(s.substanceUse, "opioids", "less-than-monthly"),
  },
  "opioid-use-disorder": {
    paths: ["substances"],
    relief: null,
    evaluate: (a, s) =>
      anyOf(
        useDisorderInGroupAtLeast(s.substanceUse, "opioids", "mild"),
        usesAtLeast(s.substanceUse, "opioids", "daily") === true,
        anyFlag(s, OPIOID_WITHDRAWAL_FLAGS),
        hasMedication(a, ["buprenorphine", "methadone"]) === true,
      ),
  },
  "on-opioid-medication": {
    paths: ["medical.medications"],
    relief: null,
    evaluate: (a) => hasMedication(a, ["buprenorphine", "methadone"]),
  },
  adolescent: {
    paths: ["age"],
    relief: null,
    evaluate: (a) => (a.age === null || a.age === undefined ? null : a.age < 18),
  },
} as const satisfies Record<string, FactDefinition>;

export type FactId = keyof typeof FACTS;
export const FACT_IDS = Object.keys(FACTS) as FactId[];
/** The facts as a list, for evaluating them all in one pass. */
export const FACT_LIST: readonly (readonly [FactId, FactDefinition])[] = FACT_IDS.map((id) => [
  id,
  FACTS[id],
]);
