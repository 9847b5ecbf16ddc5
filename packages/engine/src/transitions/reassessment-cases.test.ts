/**
 * Reassessment cases a reviewer would derive from the sources, not repeating
 * source-derived-transitions.test.ts or decide-transition.test.ts:
 *   - docs/design/seed.md "Transitioning Between Levels of Care" (inpatient first, then
 *     outpatient as recovery advances) and "Assessing Readiness for Outpatient Treatment" (abstinence at
 *     home, transport, support, readiness); "When You Might Need Inpatient Care" (return to use, no stable
 *     housing);
 *   - docs/design/consumer.md §4.1 (stay, transfer and discharge are decided by reassessing the dimensions)
 *     and §4.5 (first appointment within 7 days of leaving, continuing care 3–12 months, step-down
 *     questions answered before the move: withdrawal resolved? safe place to live?);
 *   - docs/design/domain.md §1.7 (ASAM 2020 IV.5: move to more care when withdrawal is not resolving or is
 *     worsening) and §8.5 (the same engine at reassessment);
 *   - docs/design.md "Safety first", "Unknown is not 'fine'", "Adults";
 *   - docs/rules.md "Transitions" (our rule statements).
 */
import { describe, expect, it } from "vitest";
import { type Assessment, assess, decideTransition } from "../index.js";
import { dailyAlcohol, withAnswers } from "../placement/testing/assessment-builders.js";

function reassess(earlier: Assessment, later: Parameters<typeof withAnswers>[0]) {
  return decideTransition({ previous: assess(earlier), reassessment: withAnswers(later, earlier) });
}

/** Residential for daily drinking with withdrawal under way and no stable place to live (seed). */
const residentialEarlier = withAnswers({
  asOf: "2026-10-01",
  substances: dailyAlcohol("moderate"),
  withdrawal: { over: false, signsNow: "mild" },
  environment: { housing: "unstable" },
});
const noDrinkingFor3Months = [
  { substance: "alcohol", frequency: "not-in-past-3-months", useDisorder: "moderate" },
] as const;
/** IOP for a moderate alcohol use disorder with recent use and a supportive home (seed "IOP makes sense"). */
const iopEarlier = withAnswers({
  asOf: "2026-10-01",
  substances: [{ substance: "alcohol", frequency: "several-times-a-week", useDisorder: "moderate" }],
});
const PLAN_WORDS = {
  firstAppointmentWithinDays: 7,
  continuingCareMonths: { minimum: 3, maximum: 12 },
};

describe("reassessment cases: step down", () => {
  it("steps down from residential to IOP once withdrawal is over and housing is arranged, with a no-gap plan", () => {
    // docs/design/consumer.md §4.5 step-down questions: withdrawal resolved, a safe place to live. Both now yes, but
    // drinking in the past 3 months with a moderate disorder still calls for IOP (placement rules), so the
    // step is to IOP, with the first IOP appointment by asOf + 7 days and 3–12 months of continuing care.
    expect(assess(residentialEarlier).level).toBe("residential");
    const { transition } = reassess(residentialEarlier, {
      asOf: "2026-10-10",
      withdrawal: { over: true, signsNow: "none" },
      environment: { housing: "stable" },
      currentTreatment: { level: "residential", startedOn: "2026-10-02" },
    });
    expect(transition).toMatchObject({
      kind: "step-down",
      provisional: false,
      from: "residential",
      to: "intensive-outpatient",
      stepDownPlan: { nextLevel: "intensive-outpatient", firstAppointmentBy: "2026-10-17", ...PLAN_WORDS },
      continuingCarePlan: { firstCheckInWithinDays: 7, months: { minimum: 3, maximum: 12 } },
    });
    // The two needs that held the person in residential care are named as resolved.
    expect(transition.reasons).toEqual(
      expect.arrayContaining([
        { ruleId: "withdrawal-unsupported-at-home", params: { change: "resolved" } },
        { ruleId: "environment-housing-unstable", params: { change: "resolved" } },
        { ruleId: "transition-first-appointment-within-7-days" },
        { ruleId: "transition-continuing-care-3-to-12-months" },
      ]),
    );
  });

  it("steps down more than one level when the reassessment supports it (residential to outpatient)", () => {
    // docs/rules.md transition-step-down: "the least intensive level that still meets every need";
    // docs/design/consumer.md §4.1: moves are decided by reassessing the dimensions, not by a fixed path. The seed's
    // "step by step" describes the direction (more independence as recovery advances), not one level per
    // move. With 3 months without drinking (early remission), housing arranged and withdrawal over, only
    // outpatient counseling is called for, so the person steps down past IOP and day treatment.
    const { transition } = reassess(residentialEarlier, {
      asOf: "2026-12-30",
      substances: noDrinkingFor3Months,
      withdrawal: { over: true, signsNow: "none" },
      environment: { housing: "stable" },
      currentTreatment: { level: "residential" },
    });
    expect(transition).toMatchObject({
      kind: "step-down",
      from: "residential",
      to: "outpatient",
      stepDownPlan: { nextLevel: "outpatient", firstAppointmentBy: "2027-01-06", ...PLAN_WORDS },
    });
  });

  it("steps down from IOP to outpatient when IOP goals are met, rather than ending treatment", () => {
    // docs/rules.md transition-discharge-to-continuing-care: goals met ends treatment only at outpatient
    // or less. Goals met at IOP with a moderate disorder still calls for outpatient counseling (seed:
    // outpatient care as the bridge back to daily life), so the move is a step down with a plan.
    const { transition } = reassess(iopEarlier, {
      asOf: "2026-12-15",
      substances: noDrinkingFor3Months,
      currentTreatment: { level: "intensive-outpatient", goalsMet: true },
    });
    expect(transition).toMatchObject({ kind: "step-down", from: "intensive-outpatient", to: "outpatient" });
    expect(transition.stepDownPlan?.firstAppointmentBy).toBe("2026-12-22");
  });
});

describe("reassessment cases: step up", () => {
  it("steps up from IOP to residential after a return to use with unstable housing", () => {
    // Seed "When You Might Need Inpatient Care": people who return to use or lack housing stability may
    // need a facility-based setting. Housing lost is a need IOP cannot meet → residential, named as new.
    const { transition } = reassess(iopEarlier, {
      asOf: "2026-11-01",
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: true, signsNow: "none" },
      environment: { housing: "unstable" },
      history: { returnsToUseAfterTreatment: 1 },
      currentTreatment: { level: "intensive-outpatient" },
    });
    expect(transition).toMatchObject({
      kind: "step-up",
      from: "intensive-outpatient",
      to: "residential",
      stepDownPlan: null,
      continuingCarePlan: null,
    });
    expect(transition.reasons).toContainEqual({
      ruleId: "environment-housing-unstable",
      params: { change: "new-need" },
    });
  });

  it("steps up from IOP when the person cannot stay abstinent at home and home is not safe", () => {
    // Seed "Assessing Readiness for Outpatient Treatment": outpatient care works best when the person can
    // stay abstinent in their current home. Both now fail, so the home-based level no longer fits.
    const { transition } = reassess(iopEarlier, {
      asOf: "2026-11-01",
      environment: { homeSafe: false },
      history: { returnsToUseAfterTreatment: 1, canStayAbstinentAtHome: false },
      currentTreatment: { level: "intensive-outpatient" },
    });
    expect(transition).toMatchObject({ kind: "step-up", from: "intensive-outpatient", to: "residential" });
    expect(transition.reasons).toEqual(
      expect.arrayContaining([
        { ruleId: "relapse-cannot-stay-abstinent-at-home", params: { change: "new-need" } },
        { ruleId: "environment-home-unsafe", params: { change: "new-need" } },
      ]),
    );
  });

  it("steps up from IOP to day treatment when withdrawal gets worse during withdrawal care at home", () => {
    // ASAM 2020 IV.5 (docs/design/domain.md §1.7): during ambulatory withdrawal management, worsening symptoms call for a
    // more intensive level, 2-WM (day treatment with extended on-site monitoring) or inpatient. Mild →
    // moderate withdrawal without complications would be ambulatory at a first placement (VII.8), so the
    // reassessment alone would continue IOP; the trend moves the person one step, to day treatment.
    const mildAtIop = withAnswers({
      asOf: "2026-10-01",
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, signsNow: "mild" },
    });
    const earlier = assess(mildAtIop);
    expect(earlier).toMatchObject({ level: "intensive-outpatient", withdrawalManagement: "ambulatory" });
    const { placement, transition } = reassess(mildAtIop, {
      asOf: "2026-10-03",
      withdrawal: { over: false, signsNow: "moderate" },
      currentTreatment: { level: "intensive-outpatient", startedOn: "2026-10-01" },
    });
    // The answers alone still place IOP; the result describes the move to day treatment.
    expect(placement).toMatchObject({
      placementLevel: "intensive-outpatient",
      level: "partial-hospitalization",
      withdrawalManagement: "ambulatory",
    });
    expect(transition).toMatchObject({
      kind: "step-up",
      from: "intensive-outpatient",
      to: "partial-hospitalization",
    });
    expect(transition.reasons.map((reason) => reason.ruleId)).toContain("transition-withdrawal-worsening");
    // Withdrawal that stays mild, or eases, is no reason to move up.
    const steady = reassess(mildAtIop, {
      asOf: "2026-10-03",
      currentTreatment: { level: "intensive-outpatient", startedOn: "2026-10-01" },
    });
    expect(steady.transition.kind).toBe("continue");
    expect(steady.transition.reasons.map((reason) => reason.ruleId)).not.toContain(
      "transition-withdrawal-worsening",
    );
  });

  it("steps up from day treatment to a live-in setting when withdrawal gets worse there", () => {
    // IV.5's other destination: inpatient. Someone in day treatment (2-WM; here the program that had a
    // place, the need was IOP) whose withdrawal worsens moves on to a live-in (residential) setting.
    const mildInDayTreatment = withAnswers({
      asOf: "2026-10-01",
      substances: dailyAlcohol("moderate"),
      withdrawal: { over: false, signsNow: "mild" },
    });
    const { placement, transition } = reassess(mildInDayTreatment, {
      asOf: "2026-10-03",
      withdrawal: { over: false, signsNow: "moderate" },
      currentTreatment: { level: "partial-hospitalization", startedOn: "2026-10-01" },
    });
    // The reassessment's own answers place IOP; the result describes the move: a live-in setting.
    expect(placement.placementLevel).toBe("intensive-outpatient");
    expect(placement.level).toBe("residential");
    expect(placement.choice.recommended).toBe("residential");
    expect(placement.withdrawalManagement).toBe("residential");
    expect(transition).toMatchObject({ kind: "step-up", from: "partial-hospitalization", to: "residential" });
    expect(transition.reasons.map((reason) => reason.ruleId)).toContain("transition-withdrawal-worsening");
  });
});

describe("reassessment cases: continue and discharge", () => {
  it("continues residential care when the needs are unchanged, naming them as still present", () => {
    // docs/rules.md transition-continue; docs/design/consumer.md §4.1 (a stay is decided by the dimensions, not days).
    const { transition } = reassess(residentialEarlier, {
      asOf: "2026-10-08",
      currentTreatment: { level: "residential" },
    });
    expect(transition).toMatchObject({
      kind: "continue",
      from: "residential",
      to: "residential",
      stepDownPlan: null,
      continuingCarePlan: null,
    });
    expect(transition.reasons).toEqual(
      expect.arrayContaining([
        { ruleId: "withdrawal-unsupported-at-home", params: { change: "still-present" } },
        { ruleId: "environment-housing-unstable", params: { change: "still-present" } },
      ]),
    );
  });

  it("discharges from outpatient to continuing care when the reassessment places at check-ins only", () => {
    // docs/rules.md transition-discharge-to-continuing-care: no need beyond check-ins. The use disorder is
    // no longer there, so no treatment level is called for; continuing care 3–12 months, first check-in
    // within 7 days (docs/design/consumer.md §4.5).
    const earlier = withAnswers({
      asOf: "2026-06-01",
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "mild" }],
    });
    const { placement, transition } = reassess(earlier, {
      asOf: "2026-11-27",
      substances: [{ substance: "alcohol", frequency: "weekly", useDisorder: "none" }],
      currentTreatment: { level: "outpatient" },
    });
    expect(placement.level).toBe("early-intervention");
    expect(transition).toMatchObject({
      kind: "discharge-to-continuing-care",
      from: "outpatient",
      to: null,
      stepDownPlan: null,
      continuingCarePlan: { firstCheckInBy: "2026-12-04", months: { minimum: 3, maximum: 12 } },
    });
    expect(transition.reasons).toContainEqual({ ruleId: "relapse-mild-use", params: { change: "resolved" } });
  });
});

describe("reassessment cases: what holds a move to less care", () => {
  const readyToLeaveResidential = {
    asOf: "2026-10-29",
    substances: noDrinkingFor3Months,
    withdrawal: { over: true, signsNow: "none" },
    environment: { housing: "stable" },
    currentTreatment: { level: "residential" },
  } as const;

  it("holds a step-down from residential while a same-day safety need is open", () => {
    // docs/design.md "Safety first": urgent needs come first and nothing hides them. New thoughts of suicide
    // call for a same-day safety check; leaving 24-hour structure is planned only after it.
    const { placement, transition } = reassess(residentialEarlier, {
      ...readyToLeaveResidential,
      mentalHealth: { suicidalThoughts: true },
    });
    expect(placement.urgent).toContainEqual(
      expect.objectContaining({ tier: "same-day", ruleId: "safety-suicidal-thoughts" }),
    );
    expect(transition).toMatchObject({
      kind: "continue",
      from: "residential",
      to: "residential",
      stepDownPlan: null,
      continuingCarePlan: null,
    });
    expect(transition.reasons).toContainEqual({
      ruleId: "transition-urgent-need-before-leaving",
      params: { urgent: "safety-suicidal-thoughts" },
    });
  });

  it("holds a step-down while housing is unknown, and does not call the housing need resolved", () => {
    // docs/design.md "Unknown is not 'fine'"; docs/design/consumer.md §4.5: "safe place to live?" is answered before the
    // move. Unknown housing could keep the person in residential care, so the move waits for the answer.
    const { placement, transition } = reassess(residentialEarlier, {
      ...readyToLeaveResidential,
      environment: { housing: null },
    });
    expect(placement.provisional).toBe(true);
    expect(transition).toMatchObject({ kind: "continue", provisional: true, to: "residential" });
    expect(transition.stepDownPlan).toBeNull();
    expect(transition.reasons).toContainEqual({
      ruleId: "transition-unknown-before-leaving",
      params: { path: "environment.housing" },
    });
    expect(transition.reasons).not.toContainEqual({
      ruleId: "environment-housing-unstable",
      params: { change: "resolved" },
    });
  });

  it("holds a step-down while withdrawal signs are unknown for someone still drinking daily", () => {
    // docs/design/domain.md §1.7: the setting depends on current withdrawal signs; unknown signs with daily drinking
    // could call for medically monitored care, above residential, so nobody steps down on that unknown.
    const { transition } = reassess(residentialEarlier, {
      asOf: "2026-10-29",
      withdrawal: { over: null, signsNow: null },
      environment: { housing: "stable" },
      currentTreatment: { level: "residential" },
    });
    expect(transition).toMatchObject({ kind: "continue", provisional: true, to: "residential" });
    expect(transition.reasons).toContainEqual({
      ruleId: "transition-unknown-before-leaving",
      params: { path: "withdrawal.signsNow" },
    });
  });

  it("still steps down, marked provisional, when an unknown could only raise the next level", () => {
    // An unknown that cannot bring the person back to residential care does not hold the move (the step
    // down is certain); it makes the result provisional so a professional confirms the next level.
    const { placement, transition } = reassess(residentialEarlier, {
      ...readyToLeaveResidential,
      environment: { housing: "stable", supportNetwork: null },
    });
    const raises = placement.unknowns.find((unknown) => unknown.path === "environment.supportNetwork");
    expect(raises?.couldRaiseTo).toBe("intensive-outpatient");
    expect(transition).toMatchObject({ kind: "step-down", provisional: true, to: "outpatient" });
  });
});

describe("reassessment cases: adolescents", () => {
  it("does not plan an adult move for someone under 18: it points to adolescent services", () => {
    // docs/design.md "Adults"; docs/design/domain.md §2.1 (the adult algorithm; adolescents need their own criteria). No
    // adult level, no step-down plan, no continuing-care plan from the adult rules.
    const earlier = withAnswers({ age: 16, asOf: "2026-10-01", substances: dailyAlcohol("moderate") });
    const { placement, transition } = reassess(earlier, {
      asOf: "2026-11-01",
      substances: noDrinkingFor3Months,
      currentTreatment: { level: "intensive-outpatient" },
    });
    expect(placement.level).toBeNull();
    expect(transition).toMatchObject({ to: null, stepDownPlan: null, continuingCarePlan: null });
    expect(transition.kind).toBe("refer-to-adolescent-services");
    expect(transition.reasons.map((reason) => reason.ruleId)).toEqual(["adolescent-services"]);
  });
});
