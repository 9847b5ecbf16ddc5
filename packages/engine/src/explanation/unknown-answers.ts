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
 * The answers behind a fact that are unknown; all of them when none is (the gap is inside a list, such as
 * a substance entry's frequency). A fact that reads no answer directly (a scale's numbers) has none.
 */
export function missingAnswers(fact: FactId, assessment: Assessment): readonly string[] {
  const paths = FACTS[fact].paths;
  let missing: string[] | null = null;
  for (const path of paths)
    if (answerAt(assessment, path) === null) {
      missing ??= [];
      missing.push(path);
    }
  return missing ?? paths;
}
