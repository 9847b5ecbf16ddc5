/**
 * Every fact's value for one assessment, read by position. The positions are taken from FACT_LIST when
 * this module loads, and each fact is worked out by its own `evaluate` in facts.ts, so facts.ts is the one
 * definition: adding, removing or reordering a fact there needs no other step. Conditions are compiled
 * with their facts' positions (compiled-condition.ts), so evaluating a rule never searches a map.
 */
import type { Assessment } from "../assessment/assessment.js";
import type { AssessmentView, Tri } from "./answers.js";
import { FACT_LIST, type FactDefinition, type FactId } from "./facts.js";

const FACT_POSITION = new Map<FactId, number>(FACT_LIST.map(([id], position) => [id, position]));
const EVALUATORS: readonly FactDefinition["evaluate"][] = FACT_LIST.map(
  ([, definition]) => definition.evaluate,
);

/** Where a fact sits in the table. */
export function factPosition(id: FactId): number {
  const position = FACT_POSITION.get(id);
  if (position === undefined) throw new RangeError(`No fact named ${id}`);
  return position;
}

export class FactTable {
  /** Every fact's value, in FACT_LIST order: what compiled conditions read (compiled-condition.ts). */
  readonly values: readonly Tri[];

  constructor(assessment: Assessment, view: AssessmentView) {
    // Every rule set reads nearly every fact, so working them all out in one run costs less than
    // remembering which were read.
    const count = EVALUATORS.length;
    const values: Tri[] = new Array<Tri>(count);
    for (let position = 0; position < count; position++)
      values[position] = (EVALUATORS[position] as FactDefinition["evaluate"])(assessment, view);
    this.values = values;
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
