/**
 * The cost step's form, read into the estimator's inputs: amounts as typed ("$1,250"), blank required
 * fields waiting quietly, and each unusable field named with what it should be (an inline message in
 * the UI, never a crash). Pure: no DOM, no clock.
 */
import { isCalendarDate } from "./calendar-date.js";
import { type CostEstimate, dollarsToCents, estimateCost, type PlanTerms } from "./cost-estimate.js";
import {
  COST_OPTIONS,
  type CostOption,
  type CostOptionInputs,
  type DecisionAidState,
  type PlanInputs,
} from "./decision-aid-state.js";

export function showsDayTreatment(showDay: boolean | null, level: string | null | undefined): boolean {
  return showDay ?? level === "partial-hospitalization";
}

export type FieldProblem =
  | "cost.expect.amount"
  | "cost.expect.percent"
  | "cost.expect.count"
  | "cost.expect.date";

interface Checked<T> {
  readonly value: T | null;
  readonly problems: Readonly<Record<string, FieldProblem>>;
}

/** The plan as entered; until the person picks a coverage, the one they gave in the self-check. */
export function effectivePlan(
  plan: PlanInputs,
  selfCheckCoverage: PlanInputs["coverage"] | null | undefined,
): PlanInputs {
  return plan.coverage === "" ? { ...plan, coverage: selfCheckCoverage ?? "" } : plan;
}

export function insured(coverage: PlanInputs["coverage"]): boolean {
  return coverage !== "" && coverage !== "none";
}

/** The plan's terms from the form, or the fields that cannot be used. Blank required fields wait quietly. */
export function checkPlan(plan: PlanInputs): Checked<PlanTerms> {
  const problems: Record<string, FieldProblem> = {};
  const amount = (field: keyof PlanInputs, required: boolean): number | null => {
    const typed = String(plan[field]);
    if (required && typed.trim() === "") return null;
    const cents = dollarsToCents(typed);
    if (cents === null) problems[field] = "cost.expect.amount";
    return cents;
  };
  const deductible = amount("deductible", true);
  const deductibleMet = amount("deductibleMet", false);
  const oopMax = amount("oopMax", true);
  const oopSpent = amount("oopSpent", false);
  let sharing: PlanTerms["costSharing"] | null = null;
  if (plan.sharing === "coinsurance") {
    const typed = plan.coinsurance.trim().replace("%", "");
    const percent = Number(typed);
    if (typed !== "" && (!Number.isFinite(percent) || percent < 0 || percent > 100))
      problems.coinsurance = "cost.expect.percent";
    else if (typed !== "") sharing = { kind: "coinsurance", percent };
  } else {
    const copay = amount("copay", true);
    if (copay !== null) sharing = { kind: "copay", perUnit: copay };
  }
  if (
    deductible === null ||
    deductibleMet === null ||
    oopMax === null ||
    oopSpent === null ||
    sharing === null
  )
    return { value: null, problems };
  return {
    value: {
      deductible,
      deductibleMet,
      outOfPocketMax: oopMax,
      outOfPocketSpent: oopSpent,
      costSharing: sharing,
      planYearStartMonth: plan.planYearStartMonth,
    },
    problems,
  };
}

export interface OptionEstimate {
  readonly estimate: CostEstimate | null;
  readonly problems: Readonly<Record<string, FieldProblem>>;
}

/** One option's estimate from the form, or what is missing or wrong. */
export function estimateOption(inputs: CostOptionInputs, plan: PlanInputs): OptionEstimate {
  const problems: Record<string, FieldProblem> = {};
  const rate = inputs.rate.trim() === "" ? null : dollarsToCents(inputs.rate);
  if (inputs.rate.trim() !== "" && rate === null) problems.rate = "cost.expect.amount";
  const units = Number(inputs.units);
  if (!Number.isInteger(units) || units < 1 || units > 730) problems.units = "cost.expect.count";
  if (!isCalendarDate(inputs.startDate)) problems.startDate = "cost.expect.date";
  const extras = {
    lostWages: dollarsToCents(inputs.lostWages),
    travel: dollarsToCents(inputs.travel),
    childcare: dollarsToCents(inputs.childcare),
  };
  for (const [field, value] of Object.entries(extras))
    if (value === null) problems[field] = "cost.expect.amount";
  const planCheck = insured(plan.coverage) ? checkPlan(plan) : { value: null, problems: {} };
  if (rate === null || Object.keys(problems).length > 0) return { estimate: null, problems };
  if (insured(plan.coverage) && planCheck.value === null) return { estimate: null, problems };
  return {
    estimate: estimateCost(
      { startDate: inputs.startDate, rate, rateUnit: inputs.rateUnit, units },
      planCheck.value,
      {
        lostWagesPerWeek: extras.lostWages ?? 0,
        travelPerWeek: extras.travel ?? 0,
        childcarePerWeek: extras.childcare ?? 0,
      },
    ),
    problems,
  };
}

export function shownCostOptions(state: DecisionAidState, level: string | null | undefined): CostOption[] {
  const showDay = showsDayTreatment(state.showDay, level);
  return COST_OPTIONS.filter((option) => option !== "partial-hospitalization" || showDay);
}
