import { ASSESSMENT_MODEL_VERSION, type Assessment } from "@stepwise/engine";
import { describe, expect, it } from "vitest";
import { personalCases } from "./personal-comparison.js";

const base: Assessment = { modelVersion: ASSESSMENT_MODEL_VERSION, asOf: "2026-11-27" };

describe("the personal line in each comparison row", () => {
  it("says 'unknown' for every row with no answers, never 'no problem'", () => {
    const cases = personalCases(base, null);
    expect(Object.values(cases).map((item) => item.case)).toEqual([
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "unknown",
      "general",
    ]);
  });

  it("names the duties the person said they have, like looking after children", () => {
    const cases = personalCases(
      { ...base, obligations: { work: true, caregiving: true, school: false } },
      null,
    );
    expect(cases.duties).toEqual({ row: "duties", case: "some", duties: ["work", "caregiving"] });
    expect(
      personalCases({ ...base, obligations: { work: false, caregiving: false, school: false } }, null).duties
        .case,
    ).toBe("none");
    expect(personalCases({ ...base, obligations: { work: false } }, null).duties.case).toBe("unknown");
  });

  it("reads a home that makes staying off alcohol and drugs hard", () => {
    expect(personalCases({ ...base, environment: { othersUseAtHome: true } }, null).structure.case).toBe(
      "hard",
    );
    expect(
      personalCases(
        { ...base, environment: { homeSafe: true }, history: { canStayAbstinentAtHome: true } },
        null,
      ).structure.case,
    ).toBe("supportive");
  });

  it("points to medical care day and night after seizures in withdrawal", () => {
    expect(personalCases({ ...base, withdrawal: { history: { seizures: true } } }, null).medical.case).toBe(
      "needs",
    );
    expect(
      personalCases(
        {
          ...base,
          medical: { condition: "stable" },
          withdrawal: { history: { seizures: false, delirium: false } },
        },
        null,
      ).medical.case,
    ).toBe("fine");
  });

  it("reads housing, transport, support, coverage and past outpatient care", () => {
    const cases = personalCases(
      {
        ...base,
        environment: { housing: "homeless", reliableTransport: false, supportNetwork: "none" },
        access: { coverage: "medicaid" },
        history: { treatments: [{ level: "intensive-outpatient", outcome: "not-enough" }] },
      },
      null,
    );
    expect([cases.sleep.case, cases.time.case, cases.family.case, cases.practice.case]).toEqual([
      "unsteady",
      "hard",
      "alone",
      "triedOutpatient",
    ]);
    expect(cases.cost).toEqual({ row: "cost", case: "known", coverage: "medicaid" });
  });
});
