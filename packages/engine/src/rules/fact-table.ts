/**
 * Every fact's value for one assessment, worked out once when the table is made and then read by position:
 * conditions are compiled with their facts' positions (compiled-condition.ts), so evaluating a rule never
 * searches a map. An assessment reads nearly all of the 75 facts anyway, so working them all out in one
 * straight run (every-fact.generated.ts: each fact's reading copied from facts.ts into one function) costs
 * less than reading them on demand.
 */
import type { Assessment } from "../assessment/assessment.js";
import type { AssessmentView, Tri } from "./answers.js";
import { evaluateEveryFact } from "./every-fact.generated.js";
import { FACT_LIST, type FactId } from "./facts.js";

const FACT_POSITION = new Map<FactId, number>(FACT_LIST.map(([id], position) => [id, position]));

/** Where a fact sits in the table. */
export function factPosition(id: FactId): number {
  return FACT_POSITION.get(id) as number;
}

export class FactTable {
  private readonly values: readonly Tri[];

  constructor(assessment: Assessment, view: AssessmentView) {
    this.values = evaluateEveryFact(assessment, view);
  }

  /** Every fact's value, in FACT_LIST order (for the generated conditions). */
  all(): readonly Tri[] {
    return this.values;
  }

  /** A fact by its id (for explanations, which name facts). */
  value(id: FactId): Tri {
    return this.at(factPosition(id));
  }

  /** A fact by its position: the path compiled conditions take. */
  at(position: number): Tri {
    const value = this.values[position];
    if (value === undefined) throw new RangeError(`No fact at position ${position}`);
    return value;
  }
}
