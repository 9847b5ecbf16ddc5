/**
 * Source-derived reassessment cases (continue / step down / step up / discharge to continuing care), each
 * from a named statement:
 *   - docs/design/seed.md "Transitioning Between Levels of Care": people start inpatient and move
 *     to outpatient as recovery advances, step by step; outpatient care is a bridge back to daily life;
 *   - docs/design/domain.md §1.7 (ASAM 2020 IV.5): move to a more intensive level when withdrawal is not
 *     resolving or is getting worse; §8.5: the same engine runs at reassessment with continued-stay,
 *     step-down and step-up outcomes;
 *   - docs/rules.md "Transitions" (transitions evidence, docs/design/consumer.md §4.5): first appointment at
 *     the next level within 7 days, continuing care 3–12 months, naloxone on leaving live-in care.
 */
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  assess,
  decideTransition,
  levelRank,
  type ScaleResult,
  scoreInstrument,
} from "../index.js";
import { dailyAlcohol, withAnswers } from "../placement/testing/assessment-builders.js";

/** A CIWA-Ar scored from item answers: the nine 0–7 items filled in order (docs/design/instruments.md §1.4). */
function ciwaAr(total: number): ScaleResult {
  const answers: Record<string, number> = {};
  let left = total;
  for (let item = 1; item <= 10; item++) {
    const points = Math.min(item === 10 ? 4 : 7, left);
    answers[`ciwa-ar.${item}`] = points;
    left -= points;
  }
  return scoreInstrument("ciwa-ar", answers);
}

function reassess(earlier: Assessment, later: Parameters<typeof withAnswers>[0]) {
  return decideTransition({ previous: assess(earlier), reassessment: withAnswers(later, earlier) });
}

const moderateAlcohol = [
  { substance: "alcohol", frequency: "several-times-a-week", useDisorder: "moderate" },
] as const;

describe("source-derived transitions", () => {
  // docs/design/domain.md §8.5 continued stay: the moderate disorder and recent use that called for IOP are still there
  // four weeks on, so the person continues at IOP.
  it("continues IOP while the needs that set it are still there", () => {
    const earlier = withAnswers({ asOf: "2026-10-01", substances: moderateAlcohol });
    const { transition } = reassess(earlier, {
      asOf: "2026-10-29",
      currentTreatment: { level: "intensive-outpatient", startedOn: "2026-10-02" },
    });
    expect(transition).toMatchObject({
      kind: "continue",
      from: "intensive-outpatient",
      to: "intensive-outpatient",
    });
    expect(transition.stepDownPlan).toBeNull();
    expect(transition.reasons.map((reason) => reason.ruleId)).toContain("relapse-moderate-use");
  });

  // ASAM 2020 IV.5: withdrawal getting worse during ambulatory management (CIWA-Ar 12 → 21) calls for a
  // more intensive level; ≥19 is severe → 24-hour medical monitoring.
  it("steps up from ambulatory care when withdrawal worsens to severe", () => {
    const earlier = withAnswers({
      asOf: "2026-10-01",
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false },
      scales: [ciwaAr(12)],
    });
    expect(assess(earlier)).toMatchObject({
      level: "intensive-outpatient",
      withdrawalManagement: "ambulatory",
    });
    const { placement, transition } = reassess(earlier, {
      asOf: "2026-10-03",
      scales: [ciwaAr(21)],
      currentTreatment: { level: "intensive-outpatient" },
    });
    expect(placement.withdrawalManagement).toBe("medically-monitored");
    expect(transition).toMatchObject({
      kind: "step-up",
      from: "intensive-outpatient",
      to: "medically-monitored-inpatient",
    });
    expect(transition.reasons).toContainEqual({
      ruleId: "withdrawal-severe-now",
      params: { change: "new-need" },
    });
    expect(placement.urgent).toContainEqual(
      expect.objectContaining({ tier: "emergency", ruleId: "safety-severe-alcohol-or-sedative-withdrawal" }),
    );
  });

  // Seed: a lack of housing stability makes a facility-based setting fit. Losing housing while in
  // outpatient counseling is a new need the current level cannot meet: step up.
  it("steps up from outpatient when housing is lost", () => {
    const earlier = withAnswers({
      asOf: "2026-10-01",
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }],
    });
    const { transition } = reassess(earlier, {
      asOf: "2026-11-01",
      environment: { housing: "homeless" },
      currentTreatment: { level: "outpatient" },
    });
    expect(transition).toMatchObject({ kind: "step-up", from: "outpatient", to: "residential" });
  });

  // Seed: people begin inpatient and move to outpatient care as recovery advances. Medically monitored care
  // for daily drinking after past seizures; two months on, withdrawal management is complete, there has
  // been no drinking for 3 months (early remission) and home is safe → step down, with the first
  // appointment within 7 days and 3–12 months of continuing care.
  it("steps down from medically monitored care once withdrawal is over and use has stopped", () => {
    const earlier = withAnswers({
      asOf: "2026-09-01",
      substances: dailyAlcohol("severe"),
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
    });
    expect(assess(earlier).level).toBe("medically-monitored-inpatient");
    const { transition } = reassess(earlier, {
      asOf: "2026-12-01",
      substances: [{ substance: "alcohol", frequency: "not-in-past-3-months", useDisorder: "severe" }],
      withdrawal: { over: true, signsNow: "none" },
      currentTreatment: { level: "medically-monitored-inpatient", startedOn: "2026-09-02" },
    });
    expect(transition.kind).toBe("step-down");
    expect(levelRank(transition.to ?? "early-intervention")).toBeLessThan(
      levelRank("medically-monitored-inpatient"),
    );
    expect(transition.stepDownPlan).toMatchObject({
      firstAppointmentWithinDays: 7,
      firstAppointmentBy: "2026-12-08",
      continuingCareMonths: { minimum: 3, maximum: 12 },
    });
    expect(transition.reasons).toContainEqual({
      ruleId: "withdrawal-expected-with-complicated-history",
      params: { change: "resolved" },
    });
  });

  // Crisis resolved: hospital care for a suicide plan (ASAM 2020 III.2); once the plan and thoughts are gone
  // and mental health is stable, the person steps down to the level the disorder itself needs.
  it("steps down from hospital care once a suicidal crisis has resolved", () => {
    const earlier = withAnswers({
      asOf: "2026-10-01",
      substances: moderateAlcohol,
      mentalHealth: { suicidalThoughts: true, suicidalIntentOrPlan: true, conditions: ["depression"] },
    });
    expect(assess(earlier).level).toBe("medically-managed-inpatient");
    const { placement, transition } = reassess(earlier, {
      asOf: "2026-10-15",
      mentalHealth: { suicidalThoughts: false, suicidalIntentOrPlan: false, stability: "stable" },
      currentTreatment: { level: "medically-managed-inpatient" },
    });
    expect(placement.urgent.map((item) => item.tier)).not.toContain("crisis");
    expect(transition).toMatchObject({
      kind: "step-down",
      from: "medically-managed-inpatient",
      to: "intensive-outpatient",
    });
    expect(transition.reasons).toContainEqual({
      ruleId: "emotional-suicidal-intent-or-plan",
      params: { change: "resolved" },
    });
  });

  // Continuing care evidence (rules.md transition-discharge-to-continuing-care): outpatient goals met and
  // no need beyond check-ins → continuing care for 3–12 months, first check-in within 7 days.
  it("discharges to continuing care when outpatient goals are met", () => {
    const earlier = withAnswers({
      asOf: "2026-06-01",
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }],
    });
    const { transition } = reassess(earlier, {
      asOf: "2026-11-27",
      substances: [{ substance: "alcohol", frequency: "not-in-past-3-months", useDisorder: "mild" }],
      currentTreatment: { level: "outpatient", goalsMet: true },
    });
    expect(transition).toMatchObject({ kind: "discharge-to-continuing-care", from: "outpatient", to: null });
    expect(transition.continuingCarePlan).toMatchObject({
      firstCheckInWithinDays: 7,
      firstCheckInBy: "2026-12-04",
      months: { minimum: 3, maximum: 12 },
    });
  });

  // docs/design.md "Safety first": goals met, but PHQ-9 item 9 is now above zero. A same-day safety assessment
  // comes first; the person is not discharged.
  it("does not discharge while a same-day safety need is open", () => {
    const earlier = withAnswers({
      asOf: "2026-06-01",
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }],
    });
    const phq9 = scoreInstrument("phq-9", {
      "phq-9.1": 1,
      "phq-9.2": 1,
      "phq-9.3": 0,
      "phq-9.4": 0,
      "phq-9.5": 0,
      "phq-9.6": 0,
      "phq-9.7": 0,
      "phq-9.8": 0,
      "phq-9.9": 1,
    });
    const { placement, transition } = reassess(earlier, {
      asOf: "2026-11-27",
      substances: [{ substance: "alcohol", frequency: "not-in-past-3-months", useDisorder: "mild" }],
      scales: [phq9],
      currentTreatment: { level: "outpatient", goalsMet: true },
    });
    expect(placement.urgent).toContainEqual(
      expect.objectContaining({ tier: "same-day", ruleId: "safety-phq-9-item-9" }),
    );
    expect(transition.kind).not.toBe("discharge-to-continuing-care");
  });

  // Seed: outpatient care is a bridge back to daily life — stepping down from residential to a live-at-home
  // level after opioid use also carries the overdose warning (lower tolerance) and naloxone.
  it("steps down from residential after opioid use with the overdose warning", () => {
    const earlier = withAnswers({
      asOf: "2026-08-01",
      substances: [{ substance: "opioids", frequency: "daily", route: "injected", useDisorder: "moderate" }],
      withdrawal: { over: false },
      environment: { housing: "unstable" },
    });
    expect(assess(earlier).level).toBe("residential");
    const { transition } = reassess(earlier, {
      asOf: "2026-11-27",
      substances: [
        {
          substance: "opioids",
          frequency: "not-in-past-3-months",
          route: "injected",
          useDisorder: "moderate",
        },
      ],
      withdrawal: { over: true, signsNow: "none" },
      environment: { housing: "stable" },
      currentTreatment: { level: "residential" },
    });
    expect(transition.kind).toBe("step-down");
    expect(levelRank(transition.to ?? "early-intervention")).toBeLessThan(levelRank("residential"));
    expect(transition.reasons.map((reason) => reason.ruleId)).toContain(
      "transition-overdose-risk-after-live-in-care",
    );
    expect(transition.continuingCarePlan?.supports).toContain("naloxone-on-hand");
  });
});
