/**
 * What the person enters in the decision aid. It lives in the session's answers store (features
 * "decision-aid"): in memory by default, on this device only if the person chose to save, never sent.
 * A saved copy is read back field by field; anything malformed falls back to the default.
 */
import { COVERAGE_TYPES, type CoverageType, isLevelOfCare, type LevelOfCare } from "@stepwise/engine";
import { FACTOR_IDS, type FactorId, type Importance, isImportance, type Ratings } from "./factors.js";
import {
  emptyProgram,
  PROGRAM_ANSWERS,
  PROGRAM_KINDS,
  PROGRAM_QUESTIONS,
  type ProgramAnswer,
  type ProgramNotes,
  type ProgramQuestion,
  REPORTED_WARNINGS,
  type ReportedWarning,
} from "./program-check.js";
import { SURE_ITEMS, type SureAnswers, type SureItem } from "./sure-test.js";

export const PART_IDS = [
  "sure-before",
  "compare",
  "values",
  "together",
  "cost",
  "programs",
  "plan",
  "pages",
] as const;
export type PartId = (typeof PART_IDS)[number];

/** The options the cost step estimates, in the comparison's column order. */
export const COST_OPTIONS = ["intensive-outpatient", "residential", "partial-hospitalization"] as const;
export type CostOption = (typeof COST_OPTIONS)[number];

/** Form fields are kept as typed, so a half-typed number is not lost; they are checked when used. */
export interface CostOptionInputs {
  readonly startDate: string;
  readonly rate: string;
  readonly rateUnit: "day" | "week";
  readonly units: string;
  readonly lostWages: string;
  readonly travel: string;
  readonly childcare: string;
}

export interface PlanInputs {
  readonly coverage: CoverageType | "";
  readonly deductible: string;
  readonly deductibleMet: string;
  readonly sharing: "coinsurance" | "copay";
  readonly coinsurance: string;
  readonly copay: string;
  readonly oopMax: string;
  readonly oopSpent: string;
  readonly planYearStartMonth: number;
}

export interface StepInputs {
  readonly level: LevelOfCare;
  readonly start: string;
  readonly end: string;
}

/** A weigh-it-together invitation that arrived on this device (this device is Person 2's). */
export interface Invitation {
  readonly factors: readonly FactorId[];
  readonly theirRatings: Ratings | null;
}

export interface DecisionAidState {
  readonly part: PartId;
  readonly sureBefore: SureAnswers;
  readonly sureAfter: SureAnswers;
  /** Show the day-treatment column; null = decide from the self-check's result. */
  readonly showDay: boolean | null;
  readonly first: Ratings;
  readonly second: Ratings;
  /** Person 2 is rating on this device now; Person 1's ratings are hidden. */
  readonly handOver: boolean;
  readonly secondDone: boolean;
  readonly invitation: Invitation | null;
  readonly shareMine: boolean;
  readonly plan: PlanInputs;
  readonly costs: Readonly<Record<CostOption, CostOptionInputs>>;
  readonly programs: readonly ProgramNotes[];
  /** null until the person edits the plan: the suggested steps are shown. */
  readonly steps: readonly StepInputs[] | null;
  readonly questions: string;
  readonly name: string;
}

const DEFAULT_LENGTH: Record<CostOption, Pick<CostOptionInputs, "rateUnit" | "units">> = {
  // About 7–8 weeks of IOP (DATCAP average stay 7 weeks) and about 4 weeks of residential care
  // (28–30-day programs; TEDS median ~20–24 days), docs/design/consumer.md §4.2; the person can change both.
  "intensive-outpatient": { rateUnit: "week", units: "8" },
  residential: { rateUnit: "day", units: "28" },
  "partial-hospitalization": { rateUnit: "week", units: "4" },
};

export function defaultState(today: string): DecisionAidState {
  const option = (id: CostOption): CostOptionInputs => ({
    startDate: today,
    rate: "",
    ...DEFAULT_LENGTH[id],
    lostWages: "",
    travel: "",
    childcare: "",
  });
  return {
    part: "sure-before",
    sureBefore: {},
    sureAfter: {},
    showDay: null,
    first: {},
    second: {},
    handOver: false,
    secondDone: false,
    invitation: null,
    // Off until the person chooses: a link carries only what they decided to share.
    shareMine: false,
    plan: {
      coverage: "",
      deductible: "",
      deductibleMet: "",
      sharing: "coinsurance",
      coinsurance: "",
      copay: "",
      oopMax: "",
      oopSpent: "",
      planYearStartMonth: 1,
    },
    costs: {
      "intensive-outpatient": option("intensive-outpatient"),
      residential: option("residential"),
      "partial-hospitalization": option("partial-hospitalization"),
    },
    programs: [],
    steps: null,
    questions: "",
    name: "",
  };
}

type Json = unknown;

function record(value: Json): Record<string, Json> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : {};
}

function text(value: Json, fallback: string): string {
  return typeof value === "string" ? value.slice(0, 2000) : fallback;
}

function oneOf<T extends string>(options: readonly T[], value: Json, fallback: T): T {
  return typeof value === "string" && (options as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

export function parseRatings(value: Json): Ratings {
  const ratings: Partial<Record<FactorId, Importance>> = {};
  const stored = record(value);
  for (const factor of FACTOR_IDS) {
    const rating = stored[factor];
    if (typeof rating === "number" && isImportance(rating)) ratings[factor] = rating;
  }
  return ratings;
}

function parseSure(value: Json): SureAnswers {
  const answers: Partial<Record<SureItem, boolean>> = {};
  const stored = record(value);
  for (const item of SURE_ITEMS) {
    const answer = stored[item];
    if (typeof answer === "boolean") answers[item] = answer;
  }
  return answers;
}

function parseProgram(value: Json): ProgramNotes {
  const stored = record(value);
  const answers: Partial<Record<ProgramQuestion, ProgramAnswer>> = {};
  const storedAnswers = record(stored.answers);
  for (const question of PROGRAM_QUESTIONS) {
    const answer = storedAnswers[question];
    if (typeof answer === "string" && (PROGRAM_ANSWERS as readonly string[]).includes(answer))
      answers[question] = answer as ProgramAnswer;
  }
  const reported = Array.isArray(stored.reported)
    ? REPORTED_WARNINGS.filter((warning) => (stored.reported as Json[]).includes(warning))
    : [];
  return {
    name: text(stored.name, ""),
    kind: oneOf(PROGRAM_KINDS, stored.kind, emptyProgram().kind),
    answers,
    reported: reported as ReportedWarning[],
  };
}

function parseStep(value: Json): StepInputs | null {
  const stored = record(value);
  if (!isLevelOfCare(stored.level)) return null;
  return { level: stored.level, start: text(stored.start, ""), end: text(stored.end, "") };
}

/** Reads the state back from the store; anything missing or malformed takes its default. */
export function parseState(value: Json, today: string): DecisionAidState {
  const defaults = defaultState(today);
  const stored = record(value);
  const plan = record(stored.plan);
  const costs = record(stored.costs);
  const invitation = record(stored.invitation);
  const invitedFactors = Array.isArray(invitation.factors)
    ? FACTOR_IDS.filter((factor) => (invitation.factors as Json[]).includes(factor))
    : [];
  const parseOption = (id: CostOption): CostOptionInputs => {
    const option = record(costs[id]);
    const fallback = defaults.costs[id];
    return {
      startDate: text(option.startDate, fallback.startDate),
      rate: text(option.rate, fallback.rate),
      rateUnit: oneOf(["day", "week"] as const, option.rateUnit, fallback.rateUnit),
      units: text(option.units, fallback.units),
      lostWages: text(option.lostWages, ""),
      travel: text(option.travel, ""),
      childcare: text(option.childcare, ""),
    };
  };
  const month = plan.planYearStartMonth;
  return {
    part: oneOf(PART_IDS, stored.part, defaults.part),
    sureBefore: parseSure(stored.sureBefore),
    sureAfter: parseSure(stored.sureAfter),
    showDay: typeof stored.showDay === "boolean" ? stored.showDay : null,
    first: parseRatings(stored.first),
    second: parseRatings(stored.second),
    handOver: stored.handOver === true,
    secondDone: stored.secondDone === true,
    invitation:
      invitedFactors.length > 0
        ? {
            factors: invitedFactors,
            theirRatings: invitation.theirRatings === null ? null : parseRatings(invitation.theirRatings),
          }
        : null,
    shareMine: stored.shareMine === true,
    plan: {
      coverage: oneOf(["", ...COVERAGE_TYPES] as const, plan.coverage, ""),
      deductible: text(plan.deductible, ""),
      deductibleMet: text(plan.deductibleMet, ""),
      sharing: oneOf(["coinsurance", "copay"] as const, plan.sharing, "coinsurance"),
      coinsurance: text(plan.coinsurance, ""),
      copay: text(plan.copay, ""),
      oopMax: text(plan.oopMax, ""),
      oopSpent: text(plan.oopSpent, ""),
      planYearStartMonth:
        typeof month === "number" && Number.isInteger(month) && month >= 1 && month <= 12 ? month : 1,
    },
    costs: {
      "intensive-outpatient": parseOption("intensive-outpatient"),
      residential: parseOption("residential"),
      "partial-hospitalization": parseOption("partial-hospitalization"),
    },
    programs: Array.isArray(stored.programs) ? stored.programs.slice(0, 20).map(parseProgram) : [],
    steps: Array.isArray(stored.steps)
      ? stored.steps
          .slice(0, 12)
          .map(parseStep)
          .filter((step): step is StepInputs => step !== null)
      : null,
    questions: text(stored.questions, ""),
    name: text(stored.name, "").slice(0, 80),
  };
}
