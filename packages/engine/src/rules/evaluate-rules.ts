/**
 * Evaluates the rule set on an assessment: facts first, then every rule's condition (three-valued), then
 * the six ratings. Rules whose conditions read ratings (the co-occurring marker) run after the ratings are
 * set; a rule that sets a rating never reads one, so there is no loop (checked in rules tests).
 *
 * A rule set is prepared once (its conditions compiled, the rules that read ratings found) and remembered,
 * so each assessment costs one walk over the rules (the speed targets in bench/README.md "Engine").
 */
import type { Assessment } from "../assessment/assessment.js";
import { DIMENSIONS, type Rating, type Ratings } from "../ratings/dimension.js";
import { type AssessmentView, type Tri, viewAssessment } from "./answers.js";
import { type CompiledCondition, compileCondition } from "./compiled-condition.js";
import { FactTable, factPosition } from "./fact-table.js";
import type { Condition, Rule } from "./rule.js";

export type { Ratings } from "../ratings/dimension.js";
/** Every fact's value, worked out once per assessment (fact-table.ts). */
export type FactValues = FactTable;

export interface RuleEvaluation {
  readonly assessment: Assessment;
  readonly scales: AssessmentView;
  readonly facts: FactValues;
  readonly ratings: Readonly<Ratings>;
  /** Rules whose condition is true, in rule-set order. */
  readonly fired: readonly Rule[];
  /** Where each fired rule sits in the rule set (same order as `fired`). */
  readonly firedAt: readonly number[];
  /** Rules whose condition is unknown: they could fire once an unknown is answered. */
  readonly undecided: readonly Rule[];
}

export function evaluateCondition(condition: Condition, facts: FactValues, ratings: Readonly<Ratings>): Tri {
  return compileCondition(condition)(facts, ratings);
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

const NO_RATINGS: Readonly<Ratings> = Object.freeze(emptyRatings());

export function emptyRatings(): Ratings {
  return { withdrawal: 0, biomedical: 0, emotional: 0, readiness: 0, relapse: 0, environment: 0 };
}

interface PreparedRule {
  readonly rule: Rule;
  readonly condition: CompiledCondition;
  readonly readsRatings: boolean;
  /** For a condition that is a single fact (most of them): that fact's position, read without a call. */
  readonly factPosition: number;
  /** The rating this rule gives its dimension when it fires, if it gives one (dimension by position). */
  readonly sets: { readonly dimension: number; readonly rating: Rating } | null;
}

const preparedSets = new WeakMap<readonly Rule[], readonly PreparedRule[]>();

function prepare(rules: readonly Rule[]): readonly PreparedRule[] {
  let prepared = preparedSets.get(rules);
  if (prepared === undefined) {
    prepared = rules.map((rule) => ({
      rule,
      condition: compileCondition(rule.when),
      readsRatings: readsRatings(rule.when),
      factPosition: "fact" in rule.when ? factPosition(rule.when.fact) : -1,
      sets:
        rule.dimension !== undefined && rule.rating !== undefined
          ? { dimension: DIMENSIONS.indexOf(rule.dimension), rating: rule.rating }
          : null,
    }));
    preparedSets.set(rules, prepared);
  }
  return prepared;
}

export function evaluateRules(assessment: Assessment, rules: readonly Rule[]): RuleEvaluation {
  const prepared = prepare(rules);
  const scales = viewAssessment(assessment);
  const facts = new FactTable(assessment, scales);
  // First every rule that does not read ratings, by its position in the rule set. Rules that read ratings
  // wait until every rating is set: a rule that sets a rating never reads one (rules tests).
  const firedAt: number[] = [];
  const undecidedAt: number[] = [];
  for (let index = 0; index < prepared.length; index++) {
    const entry = prepared[index] as PreparedRule;
    if (entry.readsRatings) continue;
    // No rule here reads ratings, so the conditions never look at the (still empty) named ratings.
    const value =
      entry.factPosition === -1 ? entry.condition(facts, NO_RATINGS) : facts.at(entry.factPosition);
    if (value === true) firedAt.push(index);
    else if (value === null) undecidedAt.push(index);
  }
  // Ratings by dimension position; a dimension's rating is the highest its fired needs give (never an
  // average, docs/design/domain.md §1.6.1).
  const rated: Rating[] = [0, 0, 0, 0, 0, 0];
  for (const at of firedAt) {
    const sets = (prepared[at] as PreparedRule).sets;
    if (sets !== null && sets.rating > (rated[sets.dimension] as Rating)) rated[sets.dimension] = sets.rating;
  }
  const ratings: Ratings = {
    withdrawal: rated[0] as Rating,
    biomedical: rated[1] as Rating,
    emotional: rated[2] as Rating,
    readiness: rated[3] as Rating,
    relapse: rated[4] as Rating,
    environment: rated[5] as Rating,
  };
  for (const at of readingRatings(prepared)) {
    const value = (prepared[at] as PreparedRule).condition(facts, ratings);
    if (value === true) insertInOrder(firedAt, at);
    else if (value === null) insertInOrder(undecidedAt, at);
  }
  const fired: Rule[] = [];
  for (const at of firedAt) fired.push((prepared[at] as PreparedRule).rule);
  const undecided: Rule[] = [];
  for (const at of undecidedAt) undecided.push((prepared[at] as PreparedRule).rule);
  return { assessment, scales, facts, ratings, fired, firedAt, undecided };
}

const ratingReaders = new WeakMap<readonly PreparedRule[], readonly number[]>();

/** The positions of the rules that read ratings (the co-occurring marker), found once per rule set. */
function readingRatings(prepared: readonly PreparedRule[]): readonly number[] {
  let positions = ratingReaders.get(prepared);
  if (positions === undefined) {
    positions = prepared.flatMap((entry, position) => (entry.readsRatings ? [position] : []));
    ratingReaders.set(prepared, positions);
  }
  return positions;
}

/** Adds a rule's position to a list kept in rule-set order. */
function insertInOrder(positions: number[], position: number): void {
  let slot = positions.length;
  positions.push(position);
  for (; slot > 0 && (positions[slot - 1] as number) > position; slot--)
    positions[slot] = positions[slot - 1] as number;
  positions[slot] = position;
}
