/**
 * Every fact's value for one assessment, read by position. The positions are taken from FACT_LIST when
 * this module loads, and each fact is worked out by its line in `workOutFacts` (facts.ts), which writes it
 * at its position by id, so facts.ts is the one definition: adding, removing or reordering a fact there
 * needs no other step. Conditions are compiled with their facts' positions (compiled-condition.ts), so
 * evaluating a rule never searches a map.
 */
import type { Assessment } from "../assessment/assessment.js";
import type { AssessmentView, Tri } from "./answers.js";
import { FACT_LIST, type FactId, type FactPositions, workOutFacts } from "./facts.js";

const FACT_POSITION = new Map<FactId, number>(FACT_LIST.map(([id], position) => [id, position]));
/** The same positions as a plain object: `workOutFacts` reads each by a constant name. */
const POSITIONS: FactPositions = Object.freeze(Object.fromEntries(FACT_POSITION) as Record<FactId, number>);
/** Every fact unknown: each table starts as a copy of it (copying costs less than filling). */
const ALL_UNKNOWN: readonly Tri[] = Array.from({ length: FACT_LIST.length }, () => null);

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
    // Unknown until worked out: a fact facts.ts forgot to write reads as unknown, never as "no problem".
    const values = ALL_UNKNOWN.slice();
    workOutFacts(assessment, view, POSITIONS, values);
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
