/**
 * A rule's condition turned once into a function, so evaluating an assessment walks closures instead of
 * asking each condition node what shape it has. Three-valued as in rule.ts: true, false, or null when
 * an unknown fact decides it. Compiled conditions are remembered per condition object.
 */
import type { Ratings } from "../ratings/dimension.js";
import type { Tri } from "./answers.js";
import { type FactTable, factPosition } from "./fact-table.js";
import type { Condition } from "./rule.js";

export type CompiledCondition = (facts: FactTable, ratings: Readonly<Ratings>) => Tri;

const compiled = new WeakMap<Condition, CompiledCondition>();

const always: CompiledCondition = () => true;

/** Three-valued "and": false as soon as a part is false; unknown if no part is false but one is unknown. */
function allOf(parts: readonly CompiledCondition[]): CompiledCondition {
  return (facts, ratings) => {
    let unknown = false;
    for (const part of parts) {
      const value = part(facts, ratings);
      if (value === false) return false;
      if (value === null) unknown = true;
    }
    return unknown ? null : true;
  };
}

/** Three-valued "or": true as soon as a part is true; unknown if no part is true but one is unknown. */
function anyOf(parts: readonly CompiledCondition[]): CompiledCondition {
  return (facts, ratings) => {
    let unknown = false;
    for (const part of parts) {
      const value = part(facts, ratings);
      if (value === true) return true;
      if (value === null) unknown = true;
    }
    return unknown ? null : false;
  };
}

export function compileCondition(condition: Condition): CompiledCondition {
  const known = compiled.get(condition);
  if (known !== undefined) return known;
  let result: CompiledCondition;
  if ("fact" in condition) {
    const position = factPosition(condition.fact);
    result = (facts) => facts.at(position);
  } else if ("all" in condition) result = allOf(condition.all.map(compileCondition));
  else if ("any" in condition) result = anyOf(condition.any.map(compileCondition));
  else if ("rating" in condition) {
    const { rating, atLeast } = condition;
    result = (_facts, ratings) => ratings[rating] >= atLeast;
  } else result = always;
  compiled.set(condition, result);
  return result;
}
