import { describe, expect, it } from "vitest";
import { decisionRequirements } from "./decision-requirements.js";

const base = {
  recommended: "residential",
  chosen: "residential",
  reason: null,
  urgent: [],
  acknowledgementCodes: {},
} as const;

describe("why the decision form asks for each field", () => {
  it("asks nothing more when the recommendation is followed and nothing is urgent", () => {
    expect(decisionRequirements(base)).toEqual({ reason: null, reasonText: null, acknowledgements: [] });
  });

  it("asks for a coded reason AND words when the chosen level gives less care, whatever the reason", () => {
    const found = decisionRequirements({ ...base, chosen: "outpatient", reason: "client-preference" });
    expect(found.reason).toBe("reason-differs");
    expect(found.reasonText).toBe("text-below");
  });

  it("asks only for a coded reason when the chosen level gives more care", () => {
    const found = decisionRequirements({ ...base, chosen: "medically-managed-inpatient" });
    expect(found).toMatchObject({ reason: "reason-differs", reasonText: null });
  });

  it("asks for words when the reason is 'other'", () => {
    const found = decisionRequirements({ ...base, chosen: "medically-managed-inpatient", reason: "other" });
    expect(found.reasonText).toBe("text-other");
  });

  it("asks for a reason when there is no recommendation to follow", () => {
    expect(decisionRequirements({ ...base, recommended: null }).reason).toBe("reason-no-recommendation");
  });

  it("asks for an acknowledgement of every urgent item even when the recommendation is followed", () => {
    const found = decisionRequirements({
      ...base,
      urgent: [
        { ruleId: "suicidal-plan", tier: "crisis" },
        { ruleId: "ask-withdrawal", tier: "ask-now" },
      ],
      acknowledgementCodes: { "suicidal-plan": "other" },
    });
    expect(found.acknowledgements).toEqual([
      { ruleId: "suicidal-plan", why: "acknowledge-urgent", textWhy: "acknowledgement-text-other" },
      { ruleId: "ask-withdrawal", why: "acknowledge-ask-now", textWhy: null },
    ]);
  });
});
