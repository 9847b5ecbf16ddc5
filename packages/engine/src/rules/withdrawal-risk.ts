/**
 * Risk of complicated alcohol or sedative withdrawal (seizures, delirium), beyond what the withdrawal
 * scales measure now. ASAM Clinical Practice Guideline on Alcohol Withdrawal Management (2020), II.5 and
 * VII.8: older age (65 and over), concurrent dependence on benzodiazepines or other sedatives (barbiturates)
 * and significant medical illness raise the risk, and ambulatory care needs "no significant medical
 * comorbidity". PAWSS (Maldonado 2014) counts combined use of alcohol with benzodiazepines or barbiturates
 * as one of its items for the same reason.
 */
import type { Assessment } from "../assessment/assessment.js";
import { anyOf, type Tri } from "./answers.js";
import { type SubstanceUseSummary, usesAtLeast, usesHeavilyAtLeast } from "./substance-use-summary.js";

const SERIOUS_CONDITION_STATES: readonly string[] = [
  "needs-follow-up",
  "needs-24-hour-monitoring",
  "unstable",
];
/** Named conditions that make withdrawal seizures or its strain on the body more dangerous. */
const WITHDRAWAL_RISK_CONDITIONS: readonly string[] = ["seizure-disorder", "liver-disease", "heart-disease"];

/**
 * A pattern that produces alcohol or sedative withdrawal when it stops: daily use, or heavy use on most
 * days (several times a week). Unknown when an entry's frequency or amount is unknown.
 */
export function sedativeTypeWithdrawalPattern(summary: SubstanceUseSummary): Tri {
  return anyOf(
    usesAtLeast(summary, "sedative-type", "daily"),
    usesHeavilyAtLeast(summary, "sedative-type", "several-times-a-week"),
  );
}

/**
 * Two sources of sedative-type dependence at once: alcohol, benzodiazepines and other sedatives
 * (barbiturates) each used daily, a daily prescribed benzodiazepine counting as one.
 */
export function concurrentSedativeDependence(assessment: Assessment): Tri {
  let unknown = false;
  const list = assessment.substances;
  if (list === null || list === undefined) unknown = true;
  // Each source counts once, however many entries name it.
  let alcohol = false;
  let benzodiazepines = false;
  let otherSedatives = false;
  for (const use of list ?? []) {
    const substance = use.substance;
    if (substance !== "alcohol" && substance !== "benzodiazepines" && substance !== "other-sedatives")
      continue;
    if (use.frequency === null || use.frequency === undefined) unknown = true;
    else if (use.frequency === "daily") {
      if (substance === "alcohol") alcohol = true;
      else if (substance === "benzodiazepines") benzodiazepines = true;
      else otherSedatives = true;
    }
  }
  const medications = assessment.medical?.medications;
  if (medications === null || medications === undefined) unknown = true;
  else if (medications.includes("benzodiazepine")) benzodiazepines = true;
  const sources = (alcohol ? 1 : 0) + (benzodiazepines ? 1 : 0) + (otherSedatives ? 1 : 0);
  if (sources >= 2) return true;
  return unknown ? null : false;
}

/** A medical illness that rules out withdrawal care at home (VII.8: significant medical comorbidity). */
export function withdrawalMedicalComorbidity(assessment: Assessment): Tri {
  const medical = assessment.medical;
  const named = medical?.conditions;
  let hasNamed: Tri = null;
  if (named !== null && named !== undefined) {
    hasNamed = false;
    for (const condition of named) if (WITHDRAWAL_RISK_CONDITIONS.includes(condition)) hasNamed = true;
  }
  const state = medical?.condition;
  const serious = state === null || state === undefined ? null : SERIOUS_CONDITION_STATES.includes(state);
  // The state answer speaks for the most serious condition; with the named list unasked it settles it.
  if (serious !== null && hasNamed === null) return serious;
  return anyOf(serious, hasNamed);
}

/** Any risk factor for complicated withdrawal: age 65+, concurrent sedative dependence, medical illness. */
export function complicatedWithdrawalRiskFactor(assessment: Assessment): Tri {
  const age = assessment.age;
  return anyOf(
    age === null || age === undefined ? null : age >= 65,
    concurrentSedativeDependence(assessment),
    withdrawalMedicalComorbidity(assessment),
  );
}
