import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CarePeriod,
  CostInputError,
  dollarsToCents,
  estimateCost,
  type IndirectCosts,
  type PlanTerms,
  planYearStartFor,
} from "./cost-estimate.js";

const NO_EXTRAS: IndirectCosts = { lostWagesPerWeek: 0, travelPerWeek: 0, childcarePerWeek: 0 };
const dollars = (amount: number) => amount * 100;

/** A plan like many employer plans: $2,000 deductible, 20% coinsurance, $9,200 maximum (2025 ACA cap). */
const PLAN: PlanTerms = {
  deductible: dollars(2000),
  deductibleMet: 0,
  outOfPocketMax: dollars(9200),
  outOfPocketSpent: 0,
  costSharing: { kind: "coinsurance", percent: 20 },
  planYearStartMonth: 1,
};

const days = (rate: number, count: number, startDate = "2026-03-02"): CarePeriod => ({
  startDate,
  rate: dollars(rate),
  rateUnit: "day",
  units: count,
});

describe("out-of-pocket estimate at the deductible", () => {
  it("charges below the deductible are all paid by the person", () => {
    const estimate = estimateCost(days(500, 3), PLAN, NO_EXTRAS);
    expect(estimate.youPayForCare).toBe(dollars(1500));
    expect(estimate.planPays).toBe(0);
  });

  it("charges exactly at the deductible cost exactly the deductible, with no coinsurance", () => {
    const estimate = estimateCost(days(500, 4), PLAN, NO_EXTRAS);
    expect(estimate.planYears[0]).toMatchObject({ deductiblePart: dollars(2000), costSharingPart: 0 });
    expect(estimate.youPayForCare).toBe(dollars(2000));
  });

  it("one more day past the deductible adds only the coinsurance share of that day", () => {
    const estimate = estimateCost(days(500, 5), PLAN, NO_EXTRAS);
    expect(estimate.youPayForCare).toBe(dollars(2000 + 100));
    expect(estimate.planPays).toBe(dollars(400));
  });

  it("a deductible already met means coinsurance from the first day", () => {
    const estimate = estimateCost(days(500, 2), { ...PLAN, deductibleMet: dollars(2000) }, NO_EXTRAS);
    expect(estimate.youPayForCare).toBe(dollars(200));
  });

  it("a copay plan charges the copay per day after the deductible", () => {
    const copayPlan: PlanTerms = { ...PLAN, costSharing: { kind: "copay", perUnit: dollars(50) } };
    const estimate = estimateCost(days(500, 6), copayPlan, NO_EXTRAS);
    expect(estimate.youPayForCare).toBe(dollars(2000 + 6 * 50));
  });
});

describe("out-of-pocket estimate at the out-of-pocket maximum", () => {
  it("stops at the maximum, and the plan pays everything above it", () => {
    // 28 days at $600 = $16,800: $2,000 + 20% of $14,800 = $4,960, under the cap.
    expect(estimateCost(days(600, 28), PLAN, NO_EXTRAS).youPayForCare).toBe(dollars(4960));
    // 60 days at $758 = $45,480: $2,000 + 20% of $43,480 = $10,696, over the $9,200 cap.
    const capped = estimateCost(days(758, 60), PLAN, NO_EXTRAS);
    expect(capped.youPayForCare).toBe(dollars(9200));
    expect(capped.planYears[0]?.reachedOutOfPocketMax).toBe(true);
    expect(capped.planPays).toBe(dollars(45480 - 9200));
  });

  it("counts what was already spent this plan year toward the maximum", () => {
    const spent = { ...PLAN, deductibleMet: dollars(2000), outOfPocketSpent: dollars(9000) };
    const estimate = estimateCost(days(500, 10), spent, NO_EXTRAS);
    expect(estimate.youPayForCare).toBe(dollars(200));
  });

  it("exactly at the maximum counts as reaching it", () => {
    // $2,000 + 20% × $36,000 = $9,200.
    const estimate = estimateCost(days(1000, 38), PLAN, NO_EXTRAS);
    expect(estimate.youPayForCare).toBe(dollars(9200));
    expect(estimate.planYears[0]?.reachedOutOfPocketMax).toBe(true);
  });
});

describe("out-of-pocket estimate at the plan-year boundary", () => {
  it("care that runs into a new plan year starts a new deductible there", () => {
    // 10 days from Dec 27: Dec 27–31 (5 days) in the 2026 plan year, Jan 1–5 (5 days) in 2027.
    const estimate = estimateCost(
      days(500, 10, "2026-12-27"),
      { ...PLAN, deductibleMet: dollars(2000) },
      NO_EXTRAS,
    );
    expect(estimate.crossesPlanYear).toBe(true);
    expect(estimate.planYears.map((year) => [year.planYearStart, year.units])).toEqual([
      ["2026-01-01", 5],
      ["2027-01-01", 5],
    ]);
    // 2026: deductible met, 20% of $2,500 = $500. 2027: a fresh $2,000 deductible takes $2,000 of $2,500, + 20% of $500.
    expect(estimate.planYears[0]?.youPay).toBe(dollars(500));
    expect(estimate.planYears[1]?.youPay).toBe(dollars(2100));
    expect(estimate.youPayForCare).toBe(dollars(2600));
  });

  it("a new plan year also brings a fresh out-of-pocket maximum", () => {
    const nearCap = { ...PLAN, deductibleMet: dollars(2000), outOfPocketSpent: dollars(9200) };
    const estimate = estimateCost(days(1000, 4, "2026-12-30"), nearCap, NO_EXTRAS);
    expect(estimate.planYears[0]?.youPay).toBe(0);
    expect(estimate.planYears[1]?.youPay).toBe(dollars(2000));
  });

  it("care that starts on the plan year's first day stays in one plan year", () => {
    const estimate = estimateCost(days(500, 3, "2027-01-01"), PLAN, NO_EXTRAS);
    expect(estimate.crossesPlanYear).toBe(false);
    expect(estimate.planYears[0]?.planYearStart).toBe("2027-01-01");
  });

  it("follows a plan year that starts in July", () => {
    expect(planYearStartFor("2026-06-30", 7)).toBe("2025-07-01");
    expect(planYearStartFor("2026-07-01", 7)).toBe("2026-07-01");
    const weekly: CarePeriod = { startDate: "2026-06-16", rate: dollars(400), rateUnit: "week", units: 4 };
    const estimate = estimateCost(weekly, { ...PLAN, planYearStartMonth: 7 }, NO_EXTRAS);
    expect(estimate.planYears.map((year) => year.units)).toEqual([3, 1]);
  });
});

describe("costs outside the plan", () => {
  it("adds lost wages, travel and childcare for each week of care", () => {
    const extras = {
      lostWagesPerWeek: dollars(700),
      travelPerWeek: dollars(40),
      childcarePerWeek: dollars(250),
    };
    const estimate = estimateCost(days(500, 28), null, extras);
    expect(estimate.weeks).toBe(4);
    expect([estimate.lostWages, estimate.travel, estimate.childcare]).toEqual([
      dollars(2800),
      dollars(160),
      dollars(1000),
    ]);
    expect(estimate.total).toBe(dollars(14000 + 2800 + 160 + 1000));
  });

  it("without insurance the person pays every charge", () => {
    const estimate = estimateCost(
      { startDate: "2026-03-02", rate: dollars(462), rateUnit: "week", units: 7 },
      null,
      NO_EXTRAS,
    );
    expect(estimate.youPayForCare).toBe(dollars(3234));
    expect(estimate.planYears).toEqual([]);
  });
});

describe("what any estimate keeps true", () => {
  const plans = fc.record({
    deductible: fc.integer({ min: 0, max: 1_000_000 }),
    deductibleMet: fc.integer({ min: 0, max: 1_000_000 }),
    outOfPocketMax: fc.integer({ min: 0, max: 2_200_000 }),
    outOfPocketSpent: fc.integer({ min: 0, max: 2_200_000 }),
    costSharing: fc.oneof(
      fc.record({ kind: fc.constant("coinsurance" as const), percent: fc.integer({ min: 0, max: 100 }) }),
      fc.record({ kind: fc.constant("copay" as const), perUnit: fc.integer({ min: 0, max: 50_000 }) }),
    ),
    planYearStartMonth: fc.integer({ min: 1, max: 12 }),
  });
  const periods = fc.record({
    startDate: fc.constantFrom("2026-01-01", "2026-06-20", "2026-12-20", "2027-02-27"),
    rate: fc.integer({ min: 0, max: 200_000 }),
    rateUnit: fc.constantFrom("day" as const, "week" as const),
    units: fc.integer({ min: 1, max: 120 }),
  });

  it("never asks more than the charges or than each plan year's maximum, and plan + person = charges", () => {
    fc.assert(
      fc.property(periods, plans, (period, plan) => {
        const estimate = estimateCost(period, plan, NO_EXTRAS);
        expect(estimate.youPayForCare).toBeLessThanOrEqual(estimate.charges);
        expect(estimate.youPayForCare + estimate.planPays).toBe(estimate.charges);
        expect(estimate.planYears.reduce((sum, year) => sum + year.units, 0)).toBe(period.units);
        for (const [index, year] of estimate.planYears.entries()) {
          const cap = plan.outOfPocketMax - (index === 0 ? plan.outOfPocketSpent : 0);
          expect(year.youPay).toBeLessThanOrEqual(Math.max(0, cap));
        }
      }),
    );
  });

  it("a higher rate never lowers what the person pays", () => {
    fc.assert(
      fc.property(periods, plans, fc.integer({ min: 0, max: 50_000 }), (period, plan, raise) => {
        const lower = estimateCost(period, plan, NO_EXTRAS).youPayForCare;
        const higher = estimateCost({ ...period, rate: period.rate + raise }, plan, NO_EXTRAS).youPayForCare;
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
    );
  });
});

describe("bad input", () => {
  it("names the field and what was expected", () => {
    expect(() => estimateCost({ ...days(500, 3), units: 0 }, PLAN, NO_EXTRAS)).toThrow(CostInputError);
    expect(() =>
      estimateCost(days(500, 3), { ...PLAN, costSharing: { kind: "coinsurance", percent: 120 } }, NO_EXTRAS),
    ).toThrow("coinsurance: expected a percent from 0 to 100");
    expect(() => estimateCost({ ...days(500, 3), startDate: "soon" }, PLAN, NO_EXTRAS)).toThrow("startDate");
  });

  it("reads dollar amounts as typed, and refuses words", () => {
    expect(dollarsToCents("$1,250.50")).toBe(125050);
    expect(dollarsToCents("")).toBe(0);
    expect(dollarsToCents("about 500")).toBeNull();
    expect(dollarsToCents("-5")).toBeNull();
  });
});
