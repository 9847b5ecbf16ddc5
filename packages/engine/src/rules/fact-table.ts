/**
 * Facts read on demand and remembered for one assessment: a condition that fails early never computes
 * the rest. Facts are looked up by their position in FACT_LIST, worked out once when a condition is
 * compiled (compiled-condition.ts), so evaluating a rule never searches a map.
 */
import type { Assessment } from "../assessment/assessment.js";
import type { AssessmentView, Tri } from "./answers.js";
import { FACT_LIST, type FactId } from "./facts.js";

const FACT_POSITION = new Map<FactId, number>(FACT_LIST.map(([id], position) => [id, position]));
const EVALUATORS = FACT_LIST.map(([, definition]) => definition.evaluate);

/** Where a fact sits in the table. */
export function factPosition(id: FactId): number {
  return FACT_POSITION.get(id) as number;
}

// One small number a fact once read: false, true or unknown.
const FALSE = 1;
const TRUE = 2;
const UNKNOWN = 3;

export class FactTable {
  // A plain array left empty until read: cheaper to make than a filled or typed one. A hole reads as
  // undefined, which is "not read yet".
  private readonly values: (number | undefined)[] = new Array<number>(FACT_LIST.length);

  constructor(
    private readonly assessment: Assessment,
    private readonly scales: AssessmentView,
  ) {}

  /** A fact by its id (for explanations, which name facts). */
  value(id: FactId): Tri {
    return this.at(factPosition(id));
  }

  /** A fact by its position: the path compiled conditions take. */
  at(position: number): Tri {
    const known = this.values[position];
    if (known === TRUE) return true;
    if (known === FALSE) return false;
    if (known === UNKNOWN) return null;
    if (known !== undefined) throw new RangeError(`No fact at position ${position}`);
    const evaluate = EVALUATORS[position];
    if (evaluate === undefined) throw new RangeError(`No fact at position ${position}`);
    const computed = evaluate(this.assessment, this.scales);
    this.values[position] = computed === null ? UNKNOWN : computed ? TRUE : FALSE;
    return computed;
  }
}
