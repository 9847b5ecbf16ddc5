/**
 * Self-check answers shared by the browser tests (question id → option), so two suites that walk the same
 * person through the check cannot drift apart.
 */

/** No danger now and nothing that could add a same-day item: the safety questions answered "no". */
export const SAFE = {
  age: "adult",
  "overdose-now": "no",
  "suicidal-thoughts": "no",
  "danger-now": "no",
  "withdrawal-emergency": "no",
  // Answered when asked: "not sure" to either could add a same-day item, so the result would wait for it.
  pregnant: "no",
  "opioid-medication": "no",
} as const;

/** Someone who uses stimulants a few times a week and found counseling was not enough: intensive outpatient. */
export const STIMULANTS_SEVERAL_TIMES_A_WEEK = {
  ...SAFE,
  "main-substance": "stimulants",
  frequency: "several-times-a-week",
  "also-sedatives": "no",
  "withdrawal-signs": "none",
  "use-signs": "moderate",
  "physical-health": "none",
  "mental-health": "some-symptoms",
  "psychosis-now": "no",
  attend: "yes",
  "treatment-before": "outpatient-not-enough",
  returns: "once",
  "stay-off-at-home": "yes",
  housing: "stable",
  "home-safe": "yes",
} as const;
