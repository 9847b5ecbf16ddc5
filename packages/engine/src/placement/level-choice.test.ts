import { describe, expect, it } from "vitest";
import { assess } from "./assess.js";
import { withAnswers } from "./testing/assessment-builders.js";

const moderate = [{ substance: "alcohol", frequency: "weekly", useDisorder: "moderate" }] as const;

describe("recommended, available, chosen", () => {
  it("accepts a chosen level equal to the recommendation without a reason", () => {
    const result = assess(
      withAnswers({ substances: moderate, choice: { chosenLevel: "intensive-outpatient" } }),
    );
    expect(result.choice).toMatchObject({
      recommended: "intensive-outpatient",
      differs: false,
      accepted: true,
      problems: [],
    });
  });

  it("refuses a different chosen level until a coded reason is given", () => {
    const result = assess(withAnswers({ substances: moderate, choice: { chosenLevel: "outpatient" } }));
    expect(result.choice).toMatchObject({ differs: true, accepted: false });
    expect(result.choice.problems).toEqual(["reason-required", "chosen-below-recommended"]);
  });

  it("accepts a different level with a coded reason and records that it is below the recommendation", () => {
    const result = assess(
      withAnswers({ substances: moderate, choice: { chosenLevel: "outpatient", reason: "transportation" } }),
    );
    expect(result.choice).toMatchObject({
      accepted: true,
      reason: "transportation",
      problems: ["chosen-below-recommended"],
    });
  });

  it("needs words when the reason is other", () => {
    const result = assess(
      withAnswers({ substances: moderate, choice: { chosenLevel: "residential", reason: "other" } }),
    );
    expect(result.choice).toMatchObject({ accepted: false, problems: ["reason-text-required"] });
  });

  it("names the nearest available level that still meets every need when the recommended one is not offered", () => {
    const result = assess(
      withAnswers({
        substances: moderate,
        access: {
          availableLevels: ["outpatient", "residential"],
          waitlistDays: { "intensive-outpatient": 30 },
        },
      }),
    );
    expect(result.choice).toMatchObject({
      recommendedAvailable: false,
      nearestAvailable: "residential",
      recommendedWaitlistDays: 30,
    });
  });

  it("flags a chosen level that is not available", () => {
    const result = assess(
      withAnswers({
        substances: moderate,
        access: { availableLevels: ["residential"] },
        choice: { chosenLevel: "partial-hospitalization", reason: "client-preference" },
      }),
    );
    expect(result.choice.problems).toContain("chosen-not-available");
  });
});
