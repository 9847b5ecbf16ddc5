/**
 * Evaluates the rule set on an assessment: facts first, then every rule's condition (three-valued), then
 * the six ratings. Rules whose conditions read ratings (the co-occurring marker) run after the ratings are
 * set; a rule that sets a rating never reads one, so there is no loop (checked in rules tests).
 */
import type { Assessment } from "../assessment/assessment.js";
import type { Dimension, Rating } from "../ratings/dimension.js";
import { type ScaleView, type Tri, viewScales } from "./answers.js";
import { FACT_LIST, type FactId } from "./facts.js";
import type { Condition, Rule } from "./rule.js";

/** Facts are read on demand and remembered: a condition that fails early never computes the rest. */
export interface FactValues {
  value(id: FactId): Tri;
}
export type Ratings = Record<Dimension, Rating>;

export interface RuleEvaluation {
  readonly assessment: Assessment;
  readonly scales: ScaleView;
  readonly facts: FactValues;
  readonly ratings: Readonly<Ratings>;
  /** Rules whose condition is true, in rule-set order. */
  readonly fired: readonly Rule[];
  /** Rules whose condition is unknown: they could fire once an unknown is answered. */
  readonly undecided: readonly Rule[];
}

const FACT_INDEX = new Map<FactId, number>(FACT_LIST.map(([id], index) => [id, index]));
const NOT_YET = 2;

export function computeFacts(assessment: Assessment, scales: ScaleView): FactValues {
  const values: (Tri | typeof NOT_YET)[] = new Array(FACT_LIST.length).fill(NOT_YET);
  return {
    value(id: FactId): Tri {
      const index = FACT_INDEX.get(id) as number;
      const known = values[index];
      if (known !== NOT_YET && known !== undefined) return known;
      const computed = (FACT_LIST[index] as (typeof FACT_LIST)[number])[1].evaluate(assessment, scales);
      values[index] = computed;
      return computed;
    },
  };
}

export function evaluateCondition(condition: Condition, facts: FactValues, ratings: Readonly<Ratings>): Tri {
  if ("fact" in condition) return facts.value(condition.fact);
  if ("all" in condition) {
    let unknown = false;
    for (const part of condition.all) {
      const value = evaluateCondition(part, facts, ratings);
      if (value === false) return false;
      if (value === null) unknown = true;
    }
    return unknown ? null : true;
  }
  if ("any" in condition) {
    let unknown = false;
    for (const part of condition.any) {
      const value = evaluateCondition(part, facts, ratings);
      if (value === true) return true;
      if (value === null) unknown = true;
    }
    return unknown ? null : false;
  }
  if ("rating" in condition) return ratings[condition.rating] >= condition.atLeast;
  return true;
}

const readsRatingsCache = new WeakMap<Condition, boolean>();

export function readsRatings(condition: Condition): boolean {
  const cached = readsRatingsCache.get(condition);
  if (cached !== undefined) return cached;
  let result = false;
  if ("rating" in condition) result = true;
  else if ("all" in condition) result = condition.all.some(readsRatings);
  else if ("any" in condition) result = condition.any.some(readsRatings);
  readsRatingsCache.set(condition, result);
  return result;
}

export function emptyRatings(): Ratings {
  return { withdrawal: 0, biomedical: 0, emotional: 0, readiness: 0, relapse: 0, environment: 0 };
}

const ratingReaders = new WeakMap<readonly Rule[], readonly boolean[]>();

/** Which rules of a rule set read ratings, worked out once per rule set. */
function ratingReadersOf(rules: readonly Rule[]): readonly boolean[] {
  let readers = ratingReaders.get(rules);
  if (readers === undefined) {
    readers = rules.map((rule) => readsRatings(rule.when));
    ratingReaders.set(rules, readers);
  }
  return readers;
}

export function evaluateRules(assessment: Assessment, rules: readonly Rule[]): RuleEvaluation {
  const scales = viewScales(assessment);
  const facts = computeFacts(assessment, scales);
  const ratings = emptyRatings();
  const readers = ratingReadersOf(rules);
  const outcomes: Tri[] = new Array(rules.length);
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as Rule;
    if (readers[index]) continue;
    const value = evaluateCondition(rule.when, facts, ratings);
    outcomes[index] = value;
    if (value === true && rule.dimension !== undefined && rule.rating !== undefined) {
      if (rule.rating > ratings[rule.dimension]) ratings[rule.dimension] = rule.rating;
    }
  }
  const fired: Rule[] = [];
  const undecided: Rule[] = [];
  for (let index = 0; index < rules.length; index++) {
    const rule = rules[index] as Rule;
    const value = readers[index] ? evaluateCondition(rule.when, facts, ratings) : outcomes[index];
    if (value === true) fired.push(rule);
    else if (value === null) undecided.push(rule);
  }
  return { assessment, scales, facts, ratings, fired, undecided };
}
