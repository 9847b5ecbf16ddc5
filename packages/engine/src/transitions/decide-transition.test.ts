import { describe, expect, it } from "vitest";
import type { Assessment } from "../assessment/assessment.js";
import { assess } from "../placement/assess.js";
import { dailyAlcohol, withAnswers } from "../placement/testing/assessment-builders.js";
import { addDays, decideTransition } from "./decide-transition.js";

const earlier = withAnswers({
  substances: dailyAlcohol("severe"),
  withdrawal: { over: false, signsNow: "mild" },
  environment: { housing: "unstable" },
  asOf: "2026-10-01",
});

function reassess(answers: Parameters<typeof withAnswers>[0], base: Assessment = earlier) {
  return decideTransition({ previous: assess(earlier), reassessment: withAnswers(answers, base) });
}

describe("transitions at reassessment", () => {
  it("continues when the needs that set the level are still there", () => {
    const { transition } = reassess({ asOf: "2026-10-15" });
    expect(transition).toMatchObject({
      kind: "continue",
      from: "residential",
      to: "residential",
      stepDownPlan: null,
    });
  });

  it("steps down with a first appointment within 7 days and 3–12 months of continuing care", () => {
    const { transition } = reassess({
      asOf: "2026-11-27",
      substances: [{ substance: "alcohol", frequency: "not-in-past-3-months", useDisorder: "severe" }],
      withdrawal: { over: true, signsNow: "none" },
      environment: { housing: "stable" },
      currentTreatment: { level: "residential" },
    });
    expect(transition.kind).toBe("step-down");
    expect(transition.stepDownPlan).toEqual({
      nextLevel: "intensive-outpatient",
      firstAppointmentWithinDays: 7,
      firstAppointmentBy: "2026-12-04",
      continuingCareMonths: { minimum: 3, maximum: 12 },
    });
    expect(transition.reasons.map((reason) => reason.ruleId)).toEqual(
      expect.arrayContaining([
        "transition-step-down",
        "environment-housing-unstable",
        "transition-first-appointment-within-7-days",
      ]),
    );
  });

  it("steps up when a new need appears that the current level cannot meet", () => {
    const { transition } = reassess({
      currentTreatment: { level: "residential" },
      withdrawal: { over: false, history: { seizures: true, delirium: false, hallucinations: false } },
    });
    expect(transition).toMatchObject({
      kind: "step-up",
      from: "residential",
      to: "medically-monitored-inpatient",
    });
    expect(transition.reasons).toContainEqual({
      ruleId: "withdrawal-expected-with-complicated-history",
      params: { change: "new-need" },
    });
  });

  it("discharges to continuing care when outpatient goals are met, with naloxone for opioid use", () => {
    const outpatient = withAnswers({
      substances: [{ substance: "opioids", frequency: "weekly", useDisorder: "mild" }],
    });
    const { transition } = decideTransition({
      previous: assess(outpatient),
      reassessment: withAnswers(
        {
          substances: [{ substance: "opioids", frequency: "not-in-past-3-months", useDisorder: "mild" }],
          currentTreatment: { level: "outpatient", goalsMet: true },
        },
        outpatient,
      ),
    });
    expect(transition).toMatchObject({ kind: "discharge-to-continuing-care", to: null, stepDownPlan: null });
    expect(transition.continuingCarePlan?.months).toEqual({ minimum: 3, maximum: 12 });
    expect(transition.continuingCarePlan?.supports).toEqual(
      expect.arrayContaining(["naloxone-on-hand", "medication-continuation"]),
    );
  });

  it("warns about lower tolerance when someone who uses opioids leaves live-in care", () => {
    const opioids = withAnswers({
      substances: [{ substance: "opioids", frequency: "daily", useDisorder: "severe" }],
      withdrawal: { over: false },
    });
    const { transition } = decideTransition({
      previous: assess(opioids),
      reassessment: withAnswers(
        {
          substances: [{ substance: "opioids", frequency: "not-in-past-3-months", useDisorder: "severe" }],
          withdrawal: { over: true },
          currentTreatment: { level: "residential" },
        },
        opioids,
      ),
    });
    expect(transition.kind).toBe("step-down");
    expect(transition.reasons.map((reason) => reason.ruleId)).toContain(
      "transition-overdose-risk-after-live-in-care",
    );
  });

  it("adds days to a date across a month end without a clock", () => {
    expect(addDays("2026-12-28", 7)).toBe("2027-01-04");
  });
});
