/**
 * The unknown answers behind an undecided rule, shared by the unknowns list (unknowns.ts) and the
 * questions that must be asked before a level is suggested (must-ask.ts): the facts a condition reads,
 * found once per condition, and for an unknown fact the answers it reads that are missing.
 */
import type { Assessment } from "../assessment/assessment.js";
import { answerAt } from "../rules/answers.js";
import { factPosition } from "../rules/fact-table.js";
import { FACTS, type FactId } from "../rules/facts.js";
import type { Condition } from "../rules/rule.js";

/** A fact a condition reads, with its place in the fact table. */
export type ConditionFact = readonly [FactId, number];

const factsInCondition = new WeakMap<Condition, readonly ConditionFact[]>();

function collect(condition: Condition, into: Set<FactId>): void {
  if ("fact" in condition) into.add(condition.fact);
  else if ("all" in condition) for (const part of condition.all) collect(part, into);
  else if ("any" in condition) for (const part of condition.any) collect(part, into);
}

/** The distinct facts a condition reads, in the order they appear, worked out once per condition. */
export function factsOfCondition(condition: Condition): readonly ConditionFact[] {
  let facts = factsInCondition.get(condition);
  if (facts === undefined) {
    const found = new Set<FactId>();
    collect(condition, found);
    facts = [...found].map((fact) => [fact, factPosition(fact)] as const);
    factsInCondition.set(condition, facts);
  }
  return facts;
}

/**
 * The answers behind each unknown fact, worked out once per assessment and shared by the unknowns list and
 * mustAsk, which meet the same facts through many rules.
 */
export class UnknownAnswers {
  // Made on first use: most results ask about nothing.
  private byFact: (readonly string[] | undefined)[] | null = null;

  constructor(readonly assessment: Assessment) {}

  /** Whether the answer at a path is unknown (missing or null). */
  isUnknown(path: string): boolean {
    return answerAt(this.assessment, path) === null;
  }

  /**
   * The answers a fact reads that are unknown; all of them when none is (the gap is inside a list, such as a
   * substance entry's frequency). A fact that reads no answer directly (a scale's numbers) has none.
   */
  of(fact: FactId, position: number): readonly string[] {
    this.byFact ??= [];
    let missing = this.byFact[position];
    if (missing === undefined) {
      const paths = FACTS[fact].paths;
      let found: string[] | null = null;
      for (const path of paths)
        if (this.isUnknown(path)) {
          found ??= [];
          found.push(path);
        }
      missing = found ?? paths;
      this.byFact[position] = missing;
    }
    return missing;
  }
}
