import { describe, expect, it } from "vitest";
import { compareRatings, topPriorities } from "./agreement.js";
import { FACTOR_IDS } from "./factors.js";

describe("comparing two people's ratings", () => {
  it("puts the biggest difference first, then shared priorities, then agreement", () => {
    const rows = compareRatings(
      ["time", "cost", "family", "medical", "sleep"],
      { time: 5, cost: 1, family: 4, medical: 3, sleep: 2 },
      { time: 2, cost: 5, family: 5, medical: 3 },
    );
    expect(rows.map((row) => [row.factor, row.kind, row.gap])).toEqual([
      ["cost", "differ", 4],
      ["time", "differ", 3],
      ["family", "both-matter", 1],
      ["medical", "agree", 0],
      ["sleep", "not-rated", null],
    ]);
  });

  it("treats one point apart as agreement and two apart as a difference", () => {
    const [near] = compareRatings(["time"], { time: 3 }, { time: 4 });
    const [far] = compareRatings(["time"], { time: 3 }, { time: 5 });
    expect(near?.kind).toBe("agree");
    expect(far?.kind).toBe("differ");
  });

  it("lists a person's top priorities, highest first, without adding anything up", () => {
    expect(topPriorities(FACTOR_IDS, { cost: 4, duties: 5, time: 3, medical: 0 })).toEqual([
      "duties",
      "cost",
    ]);
    expect(topPriorities(FACTOR_IDS, {})).toEqual([]);
  });
});
