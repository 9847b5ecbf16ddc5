import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  assess,
  decideTransition,
  LEVEL_CROSSWALK,
  LEVELS_OF_CARE,
  levelRank,
} from "../index.js";
import { arbitraryAdultAssessment, setAnswer } from "../placement/testing/arbitrary-assessment.js";
import { dailyAlcohol, withAnswers } from "../placement/testing/assessment-builders.js";
import { CONTINUING_CARE_LEVEL } from "./transition-result.js";

/**
 * A reassessment's result says one thing: `level`, `choice.recommended` and `nextLowerLevel` describe where
 * the transition leaves the person (the next level; the current one to continue; continuing care on
 * discharge), and `placementLevel` keeps what the reassessment's answers alone place.
 */
describe("a reassessment's result describes the move", { timeout: 120_000 }, () => {
  it("for any earlier and later answers, level, recommendation and next lower level follow the transition", () => {
    fc.assert(
      fc.property(
        arbitraryAdultAssessment,
        arbitraryAdultAssessment,
        fc.constantFrom(null, "outpatient", "intensive-outpatient", "residential"),
        fc.constantFrom(null, true, false),
        (earlier, later, current, goalsMet) => {
          const reassessment = setAnswer(
            setAnswer(later, "currentTreatment", current === null ? null : { level: current, goalsMet }),
            "age",
            40,
          );
          const { placement, transition } = decideTransition({ previous: assess(earlier), reassessment });
          const expected =
            transition.kind === "discharge-to-continuing-care"
              ? CONTINUING_CARE_LEVEL
              : transition.kind === "continue"
                ? transition.from
                : transition.to;
          expect(placement.level).toBe(expected);
          expect(placement.choice.recommended).toBe(expected);
          expect(placement.placementLevel).toBe(assess(reassessment).level);
          if (placement.level !== null && levelRank(placement.level) > 0)
            expect(placement.nextLowerLevel?.level).toBe(LEVELS_OF_CARE[levelRank(placement.level) - 1]);
          if (placement.level !== null && LEVEL_CROSSWALK[placement.level].inpatient)
            expect(placement.withdrawalManagement).not.toBe("ambulatory");
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("history that cannot change does not hold a level for ever", () => {
  /** Daily drinking, a severe disorder, two earlier returns to use and IOP that was not enough: residential. */
  const residentialEarlier: Assessment = withAnswers({
    asOf: "2026-09-01",
    substances: dailyAlcohol("severe"),
    withdrawal: { over: false, signsNow: "mild" },
    history: {
      returnsToUseAfterTreatment: 2,
      treatments: [{ level: "intensive-outpatient", outcome: "not-enough", endedMonthsAgo: 6 }],
    },
  });

  it("places the earlier answers in a live-in program", () => {
    expect(assess(residentialEarlier).level).toBe("residential");
  });

  it("steps down after a completed stay with its goals met and no use since", () => {
    // Seed "Transitioning Between Levels of Care": completing the live-in level and meeting its goals
    // answers the need the history called for; the next step is intensive outpatient care.
    const { placement, transition } = decideTransition({
      previous: assess(residentialEarlier),
      reassessment: withAnswers(
        {
          asOf: "2026-10-06",
          substances: [
            {
              substance: "alcohol",
              frequency: "monthly",
              lastUseDaysAgo: 35,
              amount: "heavy",
              route: "swallowed",
              useDisorder: "severe",
            },
          ],
          withdrawal: { over: true, signsNow: "none" },
          currentTreatment: { level: "residential", startedOn: "2026-09-02", goalsMet: true },
        },
        residentialEarlier,
      ),
    });
    expect(transition).toMatchObject({ kind: "step-down", from: "residential", to: "intensive-outpatient" });
    expect(placement).toMatchObject({
      level: "intensive-outpatient",
      placementLevel: "intensive-outpatient",
    });
    // The history that held the person there is named as answered, not as still present.
    expect(transition.reasons).toEqual(
      expect.arrayContaining([
        { ruleId: "relapse-repeated-return-to-use", params: { change: "resolved" } },
        { ruleId: "relapse-intensive-outpatient-not-enough", params: { change: "resolved" } },
      ]),
    );
  });

  it("keeps the live-in level while its goals are not met", () => {
    const { transition } = decideTransition({
      previous: assess(residentialEarlier),
      reassessment: withAnswers(
        {
          asOf: "2026-09-20",
          withdrawal: { over: true, signsNow: "none" },
          currentTreatment: { level: "residential", startedOn: "2026-09-02", goalsMet: false },
        },
        residentialEarlier,
      ),
    });
    expect(transition).toMatchObject({ kind: "continue", from: "residential", to: "residential" });
  });
});

describe("withdrawal care at home that is not going well (ASAM 2020 alcohol withdrawal guideline IV.5)", () => {
  const mildAtHome: Assessment = withAnswers({
    asOf: "2026-10-01",
    substances: dailyAlcohol("moderate"),
    withdrawal: { over: false, signsNow: "mild" },
  });

  it.each(["worsening", "not-resolving"] as const)(
    "steps up from intensive outpatient to day treatment when symptoms are %s",
    (course) => {
      expect(assess(mildAtHome)).toMatchObject({
        level: "intensive-outpatient",
        withdrawalManagement: "ambulatory",
      });
      const { placement, transition } = decideTransition({
        previous: assess(mildAtHome),
        reassessment: withAnswers(
          {
            asOf: "2026-10-04",
            currentTreatment: {
              level: "intensive-outpatient",
              withdrawalManagement: "ambulatory",
              withdrawalCourse: course,
            },
          },
          mildAtHome,
        ),
      });
      expect(transition).toMatchObject({
        kind: "step-up",
        from: "intensive-outpatient",
        to: "partial-hospitalization",
      });
      expect(transition.reasons.map((reason) => reason.ruleId)).toContain("transition-withdrawal-worsening");
      expect(placement.level).toBe("partial-hospitalization");
    },
  );

  it("continues when symptoms are resolving", () => {
    const { transition } = decideTransition({
      previous: assess(mildAtHome),
      reassessment: withAnswers(
        {
          asOf: "2026-10-04",
          currentTreatment: {
            level: "intensive-outpatient",
            withdrawalManagement: "ambulatory",
            withdrawalCourse: "resolving",
          },
        },
        mildAtHome,
      ),
    });
    expect(transition.kind).toBe("continue");
  });
});
