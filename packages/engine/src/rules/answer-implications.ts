/**
 * What one answer settles about another, worked out before anything is called unknown: no thoughts of
 * suicide means no plan and no intent; no overdose ever means none in the past year; pregnancy cannot apply
 * to someone whose sex at birth is male. Where answers contradict each other, the one that shows more need
 * wins: a stated plan stands even next to "no thoughts of suicide".
 *
 * The separate answers added to the model (`suicidalPlan` and `suicidalIntent`; `seizureNow`,
 * `confusionNow` and `hallucinationsNow`) are read together with the older combined answers, so an older
 * assessment means what it meant (docs/assessment-model.md "Rules of the model").
 */
import type { Assessment } from "../assessment/assessment.js";
import { type Tri, tri } from "./answers.js";

/**
 * A plan or an intent to end one's life: yes when any answer says so, no when both separate answers are no,
 * or the older combined answer is no, or there are no thoughts of suicide at all.
 */
export function suicidalPlanOrIntent(assessment: Assessment): Tri {
  const mentalHealth = assessment.mentalHealth;
  if (mentalHealth === null || mentalHealth === undefined) return null;
  const plan = tri(mentalHealth.suicidalPlan);
  const intent = tri(mentalHealth.suicidalIntent);
  const either = tri(mentalHealth.suicidalIntentOrPlan);
  if (plan === true || intent === true || either === true) return true;
  if (plan === false && intent === false) return false;
  if (either === false) return false;
  // C-SSRS screener skip logic: with no thoughts of suicide, plan and intent are not asked; they are no.
  if (tri(mentalHealth.suicidalThoughts) === false) return false;
  return null;
}

/**
 * A seizure, confusion or hallucinations during withdrawal right now: yes when any answer says so, no when
 * the combined answer is no or all three separate answers are no.
 */
export function withdrawalEmergencyNow(assessment: Assessment): Tri {
  const withdrawal = assessment.withdrawal;
  if (withdrawal === null || withdrawal === undefined) return null;
  const seizure = tri(withdrawal.seizureNow);
  const confusion = tri(withdrawal.confusionNow);
  const hallucinations = tri(withdrawal.hallucinationsNow);
  const combined = tri(withdrawal.seizureOrConfusionNow);
  if (seizure === true || confusion === true || hallucinations === true || combined === true) return true;
  if (combined === false) return false;
  return seizure === false && confusion === false && hallucinations === false ? false : null;
}

/** Pregnant now; unknown only where it can apply (sex at birth female or unknown). */
export function pregnantNow(assessment: Assessment): Tri {
  const pregnant = tri(assessment.medical?.pregnant);
  if (pregnant !== null) return pregnant;
  return assessment.sex === "male" ? false : null;
}

/** Gave birth in the past 12 months; unknown only where it can apply. */
export function postpartumNow(assessment: Assessment): Tri {
  const postpartum = tri(assessment.medical?.postpartum);
  if (postpartum !== null) return postpartum;
  return assessment.sex === "male" ? false : null;
}

/** An overdose ever: from the direct answer, a past-year overdose, or the count of overdoses. */
export function overdoseEver(assessment: Assessment): Tri {
  const overdose = assessment.overdose;
  if (overdose === null || overdose === undefined) return null;
  const ever = tri(overdose.ever);
  const count = overdose.count;
  if (ever === true || overdose.pastYear === true || (count !== null && count !== undefined && count > 0))
    return true;
  if (ever === false || count === 0) return false;
  return null;
}

/** An overdose in the past 12 months: none when there was never one. */
export function overdosePastYear(assessment: Assessment): Tri {
  const overdose = assessment.overdose;
  if (overdose === null || overdose === undefined) return null;
  const pastYear = tri(overdose.pastYear);
  if (pastYear !== null) return pastYear;
  return overdose.ever === false || overdose.count === 0 ? false : null;
}
