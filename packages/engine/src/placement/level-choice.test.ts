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

describe("recommended, available, chosen: the edges", () => {
  it("falls back to the closest level below when nothing at or above is offered", () => {
    const result = assess(
      withAnswers({
        substances: moderate,
        access: { availableLevels: ["early-intervention", "outpatient"] },
      }),
    );
    expect(result.choice).toMatchObject({ recommendedAvailable: false, nearestAvailable: "outpatient" });
  });

  it("says nothing about availability until levels are checked", () => {
    const result = assess(withAnswers({ substances: moderate }));
    expect(result.choice).toMatchObject({
      availableLevels: null,
      recommendedAvailable: null,
      nearestAvailable: null,
      recommendedWaitlistDays: null,
      chosen: null,
      differs: false,
      accepted: false,
      reason: null,
      problems: [],
    });
  });

  it("keeps no reason when the chosen level matches, and trims the words of an other reason", () => {
    const same = assess(
      withAnswers({
        substances: moderate,
        choice: { chosenLevel: "intensive-outpatient", reason: "waitlist" },
      }),
    );
    expect(same.choice).toMatchObject({ differs: false, reason: null, accepted: true });
    const other = assess(
      withAnswers({
        substances: moderate,
        choice: { chosenLevel: "residential", reason: "other", reasonText: "  family asked  " },
      }),
    );
    expect(other.choice).toMatchObject({ accepted: true, reasonText: "family asked", problems: [] });
    const blank = assess(
      withAnswers({
        substances: moderate,
        choice: { chosenLevel: "residential", reason: "other", reasonText: "   " },
      }),
    );
    expect(blank.choice.problems).toEqual(["reason-text-required"]);
  });

  it("records a higher chosen level without calling it below the recommendation", () => {
    const result = assess(
      withAnswers({
        substances: moderate,
        access: { availableLevels: ["residential", "intensive-outpatient"] },
        choice: { chosenLevel: "residential", reason: "client-preference" },
      }),
    );
    expect(result.choice).toMatchObject({
      recommendedAvailable: true,
      nearestAvailable: null,
      problems: [],
      accepted: true,
    });
  });

  it("does not place or accept a choice for someone under 18", () => {
    const result = assess(
      withAnswers({ age: 17, substances: moderate, choice: { chosenLevel: "outpatient" } }),
    );
    expect(result.choice).toMatchObject({ recommended: null, differs: false, accepted: false });
  });

  it("looks further down than the next level when only a much lower level is offered", () => {
    // Recommended intensive outpatient; only early intervention, two steps below, is offered.
    const result = assess(
      withAnswers({ substances: moderate, access: { availableLevels: ["early-intervention"] } }),
    );
    expect(result.choice).toMatchObject({
      recommendedAvailable: false,
      nearestAvailable: "early-intervention",
    });
  });

  it("does not invent a nearest level when nothing at all is offered", () => {
    const result = assess(withAnswers({ substances: moderate, access: { availableLevels: [] } }));
    expect(result.choice).toMatchObject({ recommendedAvailable: false, nearestAvailable: null });
  });

  it("works when nothing about access was answered at all", () => {
    const result = assess({ ...withAnswers({ substances: moderate }), access: undefined });
    expect(result.choice).toMatchObject({
      recommended: "intensive-outpatient",
      availableLevels: null,
      recommendedAvailable: null,
      recommendedWaitlistDays: null,
      problems: [],
    });
  });

  it("raises no availability problem when no level was chosen, or the chosen one is offered", () => {
    const offered = { availableLevels: ["intensive-outpatient", "residential"] } as const;
    const none = assess(withAnswers({ substances: moderate, access: offered }));
    expect(none.choice.problems).toEqual([]);
    const chosen = assess(
      withAnswers({ substances: moderate, access: offered, choice: { chosenLevel: "intensive-outpatient" } }),
    );
    expect(chosen.choice).toMatchObject({ problems: [], accepted: true, recommendedAvailable: true });
  });

  it("says nothing about availability for someone under 18, who is not placed", () => {
    const result = assess(
      withAnswers({ age: 16, substances: moderate, access: { availableLevels: ["outpatient"] } }),
    );
    expect(result.choice).toMatchObject({
      recommended: null,
      recommendedAvailable: null,
      nearestAvailable: null,
      recommendedWaitlistDays: null,
    });
  });
});
