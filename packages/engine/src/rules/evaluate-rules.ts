/**
 * Evaluates the rule set on an assessment: facts first, then every rule's condition (three-valued), then
 * the six ratings. Rules whose conditions read ratings (the co-occurring marker) run after the ratings are
 * set; a rule that sets a rating never reads one, so there is no loop (checked in rules tests).
 *
 * A rule set is prepared once (its conditions compiled, the rules that read ratings found) and remembered,
 * so each assessment costs one walk over the rules (the speed targets in bench/README.md "Engine").
 */
import type { Assessment } from "../assessment/assessment.js";
import { DIMENSIONS, type Dimension, type Rating, type Ratings } from "../ratings/dimension.js";
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
  /** Where each undecided rule sits in the rule set (same order as `undecided`). */
  readonly undecidedAt: readonly number[];
}

export function evaluateCondition(condition: Condition, facts: FactValues, ratings: Readonly<Ratings>): Tri {
  return compileCondition(condition)(facts.values, ratings);
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

/**
 * A rule set made ready once, the first time it is used: each condition compiled to closures, and what the
 * walk over the rules reads kept in flat arrays by rule position, so judging a rule is an array read and at
 * most one call.
 */
interface PreparedRules {
  /** For each rule judged before the ratings: its fact's position when its condition is a single fact, else -1. */
  readonly singleFact: Int32Array;
  /** Each rule's compiled condition. */
  readonly conditions: readonly CompiledCondition[];
  /** 1 for the rules that read ratings (judged after the ratings are set), else 0. */
  readonly readsRatings: Uint8Array;
  /** The positions of the rules that read ratings, in rule-set order. */
  readonly ratingReaders: readonly number[];
  /** The dimension (by position in DIMENSIONS) each rule rates, -1 for none, and the rating it gives. */
  readonly ratesDimension: Int8Array;
  readonly rating: Int8Array;
}

const preparedSets = new WeakMap<readonly Rule[], PreparedRules>();

function prepare(rules: readonly Rule[]): PreparedRules {
  let prepared = preparedSets.get(rules);
  if (prepared === undefined) {
    const count = rules.length;
    const singleFact = new Int32Array(count);
    const readsRatingsAt = new Uint8Array(count);
    const ratesDimension = new Int8Array(count);
    const rating = new Int8Array(count);
    const ratingReaders: number[] = [];
    rules.forEach((rule, position) => {
      const reads = readsRatings(rule.when);
      readsRatingsAt[position] = reads ? 1 : 0;
      if (reads) ratingReaders.push(position);
      singleFact[position] = "fact" in rule.when ? factPosition(rule.when.fact) : -1;
      const rates = rule.dimension !== undefined && rule.rating !== undefined;
      ratesDimension[position] = rates ? DIMENSIONS.indexOf(rule.dimension as Dimension) : -1;
      rating[position] = rule.rating ?? 0;
    });
    prepared = {
      singleFact,
      conditions: rules.map((rule) => compileCondition(rule.when)),
      readsRatings: readsRatingsAt,
      ratingReaders,
      ratesDimension,
      rating,
    };
    preparedSets.set(rules, prepared);
  }
  return prepared;
}

export function evaluateRules(assessment: Assessment, rules: readonly Rule[]): RuleEvaluation {
  const {
    singleFact,
    conditions,
    readsRatings: readsRatingsAt,
    ratingReaders,
    ratesDimension,
    rating,
  } = prepare(rules);
  const scales = viewAssessment(assessment);
  const facts = new FactTable(assessment, scales);
  const values = facts.values;
  // First every rule that does not read ratings, by its position in the rule set. Rules that read ratings
  // wait until every rating is set: a rule that sets a rating never reads one (rules tests).
  const firedAt: number[] = [];
  const undecidedAt: number[] = [];
  for (let index = 0; index < rules.length; index++) {
    if (readsRatingsAt[index] === 1) continue;
    const position = singleFact[index] as number;
    // No rule here reads ratings, so the conditions never look at the (still empty) named ratings.
    const value =
      position === -1
        ? (conditions[index] as CompiledCondition)(values, NO_RATINGS)
        : (values[position] as Tri);
    if (value === true) firedAt.push(index);
    else if (value === null) undecidedAt.push(index);
  }
  // Ratings by dimension position; a dimension's rating is the highest its fired needs give (never an
  // average, docs/design/domain.md §1.6.1).
  const rated: Rating[] = [0, 0, 0, 0, 0, 0];
  for (const at of firedAt) {
    const dimension = ratesDimension[at] as number;
    if (dimension !== -1 && (rating[at] as Rating) > (rated[dimension] as Rating))
      rated[dimension] = rating[at] as Rating;
  }
  const ratings: Ratings = {
    withdrawal: rated[0] as Rating,
    biomedical: rated[1] as Rating,
    emotional: rated[2] as Rating,
    readiness: rated[3] as Rating,
    relapse: rated[4] as Rating,
    environment: rated[5] as Rating,
  };
  for (const at of ratingReaders) {
    const value = (conditions[at] as CompiledCondition)(values, ratings);
    if (value === true) insertInOrder(firedAt, at);
    else if (value === null) insertInOrder(undecidedAt, at);
  }
  return new EvaluatedRules(assessment, scales, facts, ratings, rules, firedAt, undecidedAt);
}

/**
 * One evaluation. The engine itself reads rules by position (`firedAt`, `undecidedAt`); the lists of rules
 * are made only when someone asks for them.
 */
class EvaluatedRules implements RuleEvaluation {
  private firedRules: readonly Rule[] | undefined;
  private undecidedRules: readonly Rule[] | undefined;

  constructor(
    readonly assessment: Assessment,
    readonly scales: AssessmentView,
    readonly facts: FactValues,
    readonly ratings: Readonly<Ratings>,
    private readonly rules: readonly Rule[],
    readonly firedAt: readonly number[],
    readonly undecidedAt: readonly number[],
  ) {}

  get fired(): readonly Rule[] {
    this.firedRules ??= this.firedAt.map((at) => this.rules[at] as Rule);
    return this.firedRules;
  }

  get undecided(): readonly Rule[] {
    this.undecidedRules ??= this.undecidedAt.map((at) => this.rules[at] as Rule);
    return this.undecidedRules;
  }
}

/** Adds a rule's position to a list kept in rule-set order. */
function insertInOrder(positions: number[], position: number): void {
  let slot = positions.length;
  positions.push(position);
  for (; slot > 0 && (positions[slot - 1] as number) > position; slot--)
    positions[slot] = positions[slot - 1] as number;
  positions[slot] = position;
}
