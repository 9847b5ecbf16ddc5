import { describe, expect, it } from "vitest";
import { defaultState, parseState } from "./decision-aid-state.js";

describe("reading the decision aid's answers back", () => {
  it("gives back what was stored", () => {
    const state = {
      ...defaultState("2026-11-27"),
      part: "cost" as const,
      first: { time: 5, cost: 0 },
      second: { medical: 4 },
      sureBefore: { sure: false, understand: true },
      programs: [
        {
          name: "Hillside",
          kind: "residential" as const,
          answers: { medications: "no" as const },
          reported: ["paidTravel" as const],
        },
      ],
      steps: [{ level: "residential" as const, start: "2026-12-01", end: "2026-12-28" }],
      invitation: { factors: ["time" as const, "cost" as const], theirRatings: { time: 2 } },
    };
    expect(parseState(JSON.parse(JSON.stringify(state)), "2026-11-27")).toEqual(state);
  });

  it("drops anything malformed and keeps the rest", () => {
    const parsed = parseState(
      {
        part: "nowhere",
        first: { time: 9, cost: 3, rocket: 5 },
        programs: [
          {
            kind: "spa",
            answers: { medications: "maybe", start: "yes" },
            reported: ["bribe", "upfrontCash"],
          },
        ],
        steps: [{ level: "moon" }, { level: "outpatient", start: 5 }],
        plan: { planYearStartMonth: 13, coverage: "medicaid" },
      },
      "2026-11-27",
    );
    expect(parsed.part).toBe("sure-before");
    expect(parsed.first).toEqual({ cost: 3 });
    expect(parsed.programs).toEqual([
      { name: "", kind: "intensive-outpatient", answers: { start: "yes" }, reported: ["upfrontCash"] },
    ]);
    expect(parsed.steps).toEqual([{ level: "outpatient", start: "", end: "" }]);
    expect(parsed.plan.planYearStartMonth).toBe(1);
    expect(parsed.plan.coverage).toBe("medicaid");
  });

  it("starts empty from nothing", () => {
    expect(parseState(undefined, "2026-11-27")).toEqual(defaultState("2026-11-27"));
  });
});
