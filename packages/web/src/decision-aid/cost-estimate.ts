/**
 * Out-of-pocket arithmetic for one option of care, in whole cents. It follows the plan terms a person
 * reads on their benefits summary (docs/design/consumer.md §3.2): the deductible comes first, then
 * coinsurance or a copay, and no plan year costs more than the out-of-pocket maximum. Care that runs
 * into a new plan year starts a new deductible and a new maximum there. Indirect costs (lost wages,
 * travel, childcare) are added outside the plan, as the client-side cost studies advise (§3.1, Client
 * DATCAP). Pure: no clock, no I/O.
 */
import { addDays, isCalendarDate } from "./calendar-date.js";

/** Amounts are integers in cents, so sums never drift. */
export type Cents = number;

export const RATE_UNITS = ["day", "week"] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export interface CarePeriod {
  /** First day of care (YYYY-MM-DD). */
  readonly startDate: string;
  /** The program's rate (the plan's allowed amount, when known) per unit. */
  readonly rate: Cents;
  readonly rateUnit: RateUnit;
  /** How many days or weeks of care are expected. */
  readonly units: number;
}

export type CostSharing =
  | { readonly kind: "coinsurance"; readonly percent: number }
  | { readonly kind: "copay"; readonly perUnit: Cents };

export interface PlanTerms {
  /** The deductible for a whole plan year. */
  readonly deductible: Cents;
  /** Already paid toward the deductible in the plan year when care starts. */
  readonly deductibleMet: Cents;
  /** The out-of-pocket maximum for a whole plan year (in-network). */
  readonly outOfPocketMax: Cents;
  /** Already paid toward the maximum in the plan year when care starts. */
  readonly outOfPocketSpent: Cents;
  readonly costSharing: CostSharing;
  /** The month (1–12) the plan year starts on its first day; most plans use January. */
  readonly planYearStartMonth: number;
}

/** Costs outside the plan, per week of care. */
export interface IndirectCosts {
  readonly lostWagesPerWeek: Cents;
  readonly travelPerWeek: Cents;
  readonly childcarePerWeek: Cents;
}

export interface PlanYearShare {
  /** The first day of the plan year this part of the care falls in. */
  readonly planYearStart: string;
  readonly units: number;
  /** The program's charges in this plan year. */
  readonly charges: Cents;
  readonly deductiblePart: Cents;
  readonly costSharingPart: Cents;
  readonly youPay: Cents;
  readonly planPays: Cents;
  readonly reachedOutOfPocketMax: boolean;
}

export interface CostEstimate {
  readonly charges: Cents;
  /** One entry per plan year the care touches; empty without insurance. */
  readonly planYears: readonly PlanYearShare[];
  readonly youPayForCare: Cents;
  readonly planPays: Cents;
  readonly crossesPlanYear: boolean;
  readonly weeks: number;
  readonly lostWages: Cents;
  readonly travel: Cents;
  readonly childcare: Cents;
  /** Care you pay for plus lost wages, travel and childcare. */
  readonly total: Cents;
}

/** A field that cannot be used, named as the form names it. */
export class CostInputError extends RangeError {
  constructor(
    readonly field: string,
    readonly expected: string,
  ) {
    super(`${field}: expected ${expected}`);
    this.name = "CostInputError";
  }
}

function requireAmount(field: string, value: number): void {
  if (!Number.isInteger(value) || value < 0)
    throw new CostInputError(field, "a whole number of cents, 0 or more");
}

function validate(period: CarePeriod, plan: PlanTerms | null, indirect: IndirectCosts): void {
  if (!isCalendarDate(period.startDate)) throw new CostInputError("startDate", "a date as YYYY-MM-DD");
  requireAmount("rate", period.rate);
  if (!Number.isInteger(period.units) || period.units < 1 || period.units > 730)
    throw new CostInputError("units", "a whole number of days or weeks from 1 to 730");
  requireAmount("lostWagesPerWeek", indirect.lostWagesPerWeek);
  requireAmount("travelPerWeek", indirect.travelPerWeek);
  requireAmount("childcarePerWeek", indirect.childcarePerWeek);
  if (plan === null) return;
  requireAmount("deductible", plan.deductible);
  requireAmount("deductibleMet", plan.deductibleMet);
  requireAmount("outOfPocketMax", plan.outOfPocketMax);
  requireAmount("outOfPocketSpent", plan.outOfPocketSpent);
  if (
    !Number.isInteger(plan.planYearStartMonth) ||
    plan.planYearStartMonth < 1 ||
    plan.planYearStartMonth > 12
  )
    throw new CostInputError("planYearStartMonth", "a month from 1 to 12");
  if (plan.costSharing.kind === "coinsurance") {
    const { percent } = plan.costSharing;
    if (!Number.isFinite(percent) || percent < 0 || percent > 100)
      throw new CostInputError("coinsurance", "a percent from 0 to 100");
  } else requireAmount("copay", plan.costSharing.perUnit);
}

/** The first day of the plan year that contains `date`. */
export function planYearStartFor(date: string, startMonth: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const startYear = month >= startMonth ? year : year - 1;
  return `${startYear}-${String(startMonth).padStart(2, "0")}-01`;
}

/** The day each unit of care is billed: every day, or the first day of every week. */
function unitDates(period: CarePeriod): string[] {
  const step = period.rateUnit === "day" ? 1 : 7;
  return Array.from({ length: period.units }, (_, index) => addDays(period.startDate, index * step));
}

function sharePlanYear(
  planYearStart: string,
  units: number,
  charges: Cents,
  plan: PlanTerms,
  first: boolean,
): PlanYearShare {
  const deductibleLeft = Math.max(0, plan.deductible - (first ? plan.deductibleMet : 0));
  const maximumLeft = Math.max(0, plan.outOfPocketMax - (first ? plan.outOfPocketSpent : 0));
  const deductiblePart = Math.min(charges, deductibleLeft);
  const afterDeductible = charges - deductiblePart;
  const sharing = plan.costSharing;
  const costSharingPart =
    sharing.kind === "coinsurance"
      ? Math.round((afterDeductible * sharing.percent) / 100)
      : Math.min(afterDeductible, sharing.perUnit * units);
  const owed = deductiblePart + costSharingPart;
  const youPay = Math.min(owed, maximumLeft);
  return {
    planYearStart,
    units,
    charges,
    deductiblePart,
    costSharingPart,
    youPay,
    planPays: charges - youPay,
    reachedOutOfPocketMax: owed >= maximumLeft,
  };
}

/**
 * What one option may cost. `plan` null means no insurance: the person pays every charge. Throws a
 * `CostInputError` naming the field when an input cannot be used.
 */
export function estimateCost(
  period: CarePeriod,
  plan: PlanTerms | null,
  indirect: IndirectCosts,
): CostEstimate {
  validate(period, plan, indirect);
  const charges = period.rate * period.units;
  const days = period.rateUnit === "day" ? period.units : period.units * 7;
  const weeks = days / 7;
  const lostWages = Math.round(indirect.lostWagesPerWeek * weeks);
  const travel = Math.round(indirect.travelPerWeek * weeks);
  const childcare = Math.round(indirect.childcarePerWeek * weeks);
  const indirectTotal = lostWages + travel + childcare;
  if (plan === null) {
    return {
      charges,
      planYears: [],
      youPayForCare: charges,
      planPays: 0,
      crossesPlanYear: false,
      weeks,
      lostWages,
      travel,
      childcare,
      total: charges + indirectTotal,
    };
  }
  const unitsByYear = new Map<string, number>();
  for (const date of unitDates(period)) {
    const start = planYearStartFor(date, plan.planYearStartMonth);
    unitsByYear.set(start, (unitsByYear.get(start) ?? 0) + 1);
  }
  const planYears = [...unitsByYear].map(([start, units], index) =>
    sharePlanYear(start, units, units * period.rate, plan, index === 0),
  );
  const youPayForCare = planYears.reduce((sum, year) => sum + year.youPay, 0);
  return {
    charges,
    planYears,
    youPayForCare,
    planPays: charges - youPayForCare,
    crossesPlanYear: planYears.length > 1,
    weeks,
    lostWages,
    travel,
    childcare,
    total: youPayForCare + indirectTotal,
  };
}

/** Whole dollars (as typed in a form) to cents; null when the text is not a plain amount. */
export function dollarsToCents(text: string): Cents | null {
  const cleaned = text.replace(/[$,\s]/g, "");
  if (cleaned === "") return 0;
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Math.round(Number(cleaned) * 100);
}
