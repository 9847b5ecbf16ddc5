import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CIWA_AR } from "./ciwa-ar.js";
import { PHQ_9 } from "./phq-9.js";
import { rederiveScale } from "./rederive-scale.js";
import { scoreFromPoints } from "./score-points.js";

describe("a sent scale result, worked out again from its numbers", () => {
  it("leaves a result the scales produced unchanged, with no corrections (any PHQ-9 answers)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }), (answers) => {
        const points = Object.fromEntries(answers.map((value, index) => [`phq-9.${index + 1}`, value]));
        const scored = scoreFromPoints(PHQ_9, points);
        const again = rederiveScale(scored, null);
        expect(again.corrections).toEqual([]);
        expect(again.total).toBe(scored.total);
        expect([...again.flags].sort()).toEqual([...scored.flags].sort());
        expect(again.undecided).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("reads item answers sent under LOINC codes, as FHIR imports name them", () => {
    const again = rederiveScale(
      {
        instrument: "phq-9",
        total: 2,
        flags: [],
        itemScores: {
          "/44250-9": 0,
          "/44255-8": 1,
          "/44259-0": 0,
          "/44254-1": 0,
          "/44251-7": 0,
          "/44258-2": 0,
          "/44252-5": 0,
          "/44253-3": 0,
          "/44260-8": 1,
        },
      },
      null,
    );
    expect(again.flags).toContain("suicide-risk-follow-up");
    expect(again.total).toBe(2);
  });

  it("takes a stated total only when the answered items agree with it", () => {
    // Items so far add up to 21 (more than the stated 9): the stated total cannot be right.
    const partial = { "ciwa-ar.1": 7, "ciwa-ar.2": 7, "ciwa-ar.3": 7 };
    const again = rederiveScale({ instrument: "ciwa-ar", total: 9, flags: [], itemScores: partial }, null);
    expect(again.total).toBeNull();
    expect(again.flags).toContain("alcohol-withdrawal-severe");
    expect(again.corrections).toContainEqual(
      expect.objectContaining({ field: "total", stated: 9, used: null }),
    );
  });

  it("does not accept a total outside the scale's range", () => {
    const again = rederiveScale(
      { instrument: "ciwa-ar", total: CIWA_AR.totalRange.max + 1, flags: [] },
      null,
    );
    expect(again.total).toBeNull();
    expect(again.corrections).toContainEqual(expect.objectContaining({ field: "total", used: null }));
  });

  it("uses the AUDIT-C band for the person's sex (3 for women, 4 for men; unknown reads as a woman's)", () => {
    const sent = { instrument: "audit-c" as const, total: 3, flags: [] };
    expect(rederiveScale(sent, "male").band).not.toBe(rederiveScale(sent, "female").band);
    expect(rederiveScale(sent, null).band).toBe(rederiveScale(sent, "female").band);
  });

  it("keeps a sent flag the numbers cannot rule out, and marks an item-9 flag it cannot settle as undecided", () => {
    expect(
      rederiveScale({ instrument: "phq-9", total: 12, flags: ["suicide-risk-follow-up"] }, null).flags,
    ).toContain("suicide-risk-follow-up");
    expect(rederiveScale({ instrument: "phq-9", total: 12, flags: [] }, null).undecided).toEqual([
      "suicide-risk-follow-up",
    ]);
  });
});
