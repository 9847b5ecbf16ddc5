import { describe, expect, it } from "vitest";
import { scoreSure, sureChange } from "./sure-test.js";

describe("the SURE test", () => {
  it("scores only when all four are answered, and a single no means not yet clear", () => {
    expect(scoreSure({ sure: true, understand: true })).toMatchObject({
      answered: 2,
      score: null,
      clear: null,
    });
    expect(scoreSure({ sure: true, understand: true, riskBenefit: true, encouragement: true })).toMatchObject(
      {
        score: 4,
        clear: true,
        needs: [],
      },
    );
    expect(
      scoreSure({ sure: false, understand: true, riskBenefit: false, encouragement: true }),
    ).toMatchObject({
      score: 2,
      clear: false,
      needs: ["sure", "riskBenefit"],
    });
  });

  it("says whether the decision got clearer from before to after", () => {
    const unsure = { sure: false, understand: false, riskBenefit: true, encouragement: true };
    const sure = { sure: true, understand: true, riskBenefit: true, encouragement: true };
    expect(sureChange(unsure, sure)).toBe("clearer");
    expect(sureChange(sure, unsure)).toBe("less-clear");
    expect(sureChange(sure, sure)).toBe("same");
    expect(sureChange(unsure, { sure: true })).toBe("not-yet");
  });
});
