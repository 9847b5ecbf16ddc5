import { describe, expect, it } from "vitest";
import { checkPlan, effectivePlan, estimateOption } from "./cost-form.js";
import { defaultState, type PlanInputs } from "./decision-aid-state.js";

const state = defaultState("2026-03-02");
const plan: PlanInputs = {
  ...state.plan,
  coverage: "private",
  deductible: "$2,000",
  coinsurance: "20%",
  oopMax: "9,200",
};

describe("reading the cost form", () => {
  it("reads amounts as people type them and estimates the option", () => {
    const residential = { ...state.costs.residential, rate: "600" };
    const { estimate, problems } = estimateOption(residential, plan);
    expect(problems).toEqual({});
    expect(estimate?.youPayForCare).toBe(496_000);
  });

  it("waits quietly while a required plan field is blank, then estimates", () => {
    expect(checkPlan({ ...plan, oopMax: "" })).toEqual({ value: null, problems: {} });
    expect(
      estimateOption({ ...state.costs.residential, rate: "600" }, { ...plan, oopMax: "" }).estimate,
    ).toBeNull();
  });

  it("names each field that cannot be used", () => {
    expect(checkPlan({ ...plan, coinsurance: "120" }).problems).toEqual({
      coinsurance: "cost.expect.percent",
    });
    expect(checkPlan({ ...plan, deductible: "two thousand" }).problems).toEqual({
      deductible: "cost.expect.amount",
    });
    const bad = estimateOption(
      { ...state.costs.residential, rate: "600", units: "0", startDate: "soon", travel: "a lot" },
      plan,
    );
    expect(bad.estimate).toBeNull();
    expect(bad.problems).toEqual({
      units: "cost.expect.count",
      startDate: "cost.expect.date",
      travel: "cost.expect.amount",
    });
  });

  it("without a rate there is no estimate yet, and no insurance means the full charges", () => {
    expect(estimateOption(state.costs.residential, plan).estimate).toBeNull();
    const uninsured = estimateOption(
      { ...state.costs["intensive-outpatient"], rate: "462" },
      { ...plan, coverage: "none" },
    );
    expect(uninsured.estimate?.youPayForCare).toBe(8 * 46_200);
  });

  it("a copay plan needs the copay", () => {
    const copayPlan: PlanInputs = { ...plan, sharing: "copay", copay: "" };
    expect(checkPlan(copayPlan).value).toBeNull();
    expect(checkPlan({ ...copayPlan, copay: "50" }).value?.costSharing).toEqual({
      kind: "copay",
      perUnit: 5000,
    });
  });
});

describe("the coverage in use", () => {
  it("is the self-check's until the person picks one here", () => {
    expect(effectivePlan({ ...plan, coverage: "" }, "medicaid").coverage).toBe("medicaid");
    expect(effectivePlan({ ...plan, coverage: "none" }, "medicaid").coverage).toBe("none");
    expect(effectivePlan({ ...plan, coverage: "" }, null).coverage).toBe("");
  });
});
