/**
 * A rule's condition turned once into closures, so evaluating an assessment calls small functions that
 * read the fact table by position instead of asking each condition node what shape it has. No code is
 * generated (no `eval`, no `new Function`: the web app's Content Security Policy forbids both). Three-valued
 * as in rule.ts: true, false, or null when an unknown fact decides it. Compiled conditions are remembered
 * per condition object.
 */
import type { Ratings } from "../ratings/dimension.js";
import type { Tri } from "./answers.js";
import { factPosition } from "./fact-table.js";
import type { Condition } from "./rule.js";

/** Judges a condition on every fact's value (FACT_LIST order, fact-table.ts) and the ratings. */
export type CompiledCondition = (facts: readonly Tri[], ratings: Readonly<Ratings>) => Tri;

const compiled = new WeakMap<Condition, CompiledCondition>();

const always: CompiledCondition = () => true;

/**
 * Three-valued "and" over facts read straight from the table and compiled parts: false as soon as one is
 * false, else unknown if one is unknown, else true. Facts are read first: they cost no call, and a false
 * one settles the answer before any part is called.
 */
function allOf(positions: readonly number[], parts: readonly CompiledCondition[]): CompiledCondition {
  if (parts.length === 0 && positions.length === 2) {
    const [first, second] = positions as [number, number];
    return (facts) => {
      const left = facts[first] as Tri;
      const right = facts[second] as Tri;
      if (left === false || right === false) return false;
      return left === null || right === null ? null : true;
    };
  }
  return (facts, ratings) => {
    let unknown = false;
    for (let index = 0; index < positions.length; index++) {
      const value = facts[positions[index] as number] as Tri;
      if (value === false) return false;
      if (value === null) unknown = true;
    }
    for (let index = 0; index < parts.length; index++) {
      const value = (parts[index] as CompiledCondition)(facts, ratings);
      if (value === false) return false;
      if (value === null) unknown = true;
    }
    return unknown ? null : true;
  };
}

/** Three-valued "or": true as soon as one is true, else unknown if one is unknown, else false. */
function anyOf(positions: readonly number[], parts: readonly CompiledCondition[]): CompiledCondition {
  return (facts, ratings) => {
    let unknown = false;
    for (let index = 0; index < positions.length; index++) {
      const value = facts[positions[index] as number] as Tri;
      if (value === true) return true;
      if (value === null) unknown = true;
    }
    for (let index = 0; index < parts.length; index++) {
      const value = (parts[index] as CompiledCondition)(facts, ratings);
      if (value === true) return true;
      if (value === null) unknown = true;
    }
    return unknown ? null : false;
  };
}

/**
 * The facts and the compiled other parts of an "all" (or an "any"). A part that is itself an "all" inside
 * an "all" (an "any" inside an "any") is opened into its own parts: both connectives are associative.
 */
function split(connective: "all" | "any", conditions: readonly Condition[]) {
  const positions: number[] = [];
  const parts: CompiledCondition[] = [];
  const add = (condition: Condition): void => {
    if ("fact" in condition) positions.push(factPosition(condition.fact));
    else if (connective === "all" && "all" in condition) condition.all.forEach(add);
    else if (connective === "any" && "any" in condition) condition.any.forEach(add);
    else parts.push(compileCondition(condition));
  };
  conditions.forEach(add);
  return { positions, parts };
}

function compile(condition: Condition): CompiledCondition {
  if ("fact" in condition) {
    const position = factPosition(condition.fact);
    return (facts) => facts[position] as Tri;
  }
  if ("all" in condition) {
    const { positions, parts } = split("all", condition.all);
    return allOf(positions, parts);
  }
  if ("any" in condition) {
    const { positions, parts } = split("any", condition.any);
    return anyOf(positions, parts);
  }
  if ("rating" in condition) {
    const { rating, atLeast } = condition;
    return (_facts, ratings) => ratings[rating] >= atLeast;
  }
  return always;
}

export function compileCondition(condition: Condition): CompiledCondition {
  let result = compiled.get(condition);
  if (result === undefined) {
    result = compile(condition);
    compiled.set(condition, result);
  }
  return result;
}
