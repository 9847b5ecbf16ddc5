import { describe, expect, it } from "vitest";
import { checkHandOffs, checkIns, planFirstDay, suggestedSteps } from "./step-plan.js";

describe("the no-gap check between levels", () => {
  it("accepts a first appointment up to 7 days after leaving, and flags day 8", () => {
    const handOffs = checkHandOffs([
      { level: "residential", start: "2026-12-01", end: "2026-12-28" },
      { level: "intensive-outpatient", start: "2027-01-04", end: "2027-02-26" },
      { level: "outpatient", start: "2027-03-06", end: null },
    ]);
    expect(handOffs).toEqual([
      { from: "residential", to: "intensive-outpatient", status: "ok", days: 7 },
      { from: "intensive-outpatient", to: "outpatient", status: "gap", days: 8 },
    ]);
  });

  it("says when the next appointment is not booked, or the end date is unknown", () => {
    const handOffs = checkHandOffs([
      { level: "residential", start: "2026-12-01", end: null },
      { level: "intensive-outpatient", start: "2027-01-04", end: "2027-02-26" },
      { level: "outpatient", start: null, end: null },
    ]);
    expect(handOffs.map((handOff) => handOff.status)).toEqual(["end-unknown", "not-booked"]);
  });

  it("flags a next level that starts before the last one ends", () => {
    const [handOff] = checkHandOffs([
      { level: "intensive-outpatient", start: "2026-12-01", end: "2027-01-20" },
      { level: "outpatient", start: "2027-01-10", end: null },
    ]);
    expect(handOff).toMatchObject({ status: "overlap", days: -10 });
  });
});

describe("check-ins and the starting plan", () => {
  it("sets check-ins 3, 6 and 12 months from the first day of care", () => {
    expect(checkIns("2026-11-30")).toEqual([
      { months: 3, date: "2027-02-28" },
      { months: 6, date: "2027-05-30" },
      { months: 12, date: "2027-11-30" },
    ]);
  });

  it("starts the plan on the earliest booked day", () => {
    expect(
      planFirstDay([
        { level: "outpatient", start: "2027-01-04", end: null },
        { level: "residential", start: "2026-12-01", end: null },
      ]),
    ).toBe("2026-12-01");
    expect(planFirstDay([{ level: "outpatient", start: null, end: null }])).toBeNull();
  });

  it("steps down from care at the program through intensive outpatient to outpatient", () => {
    expect(suggestedSteps("residential")).toEqual(["residential", "intensive-outpatient", "outpatient"]);
    expect(suggestedSteps("intensive-outpatient")).toEqual(["intensive-outpatient", "outpatient"]);
    expect(suggestedSteps("outpatient")).toEqual(["outpatient"]);
  });
});
