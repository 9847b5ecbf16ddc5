/**
 * A change to an assessment's answers, by path. Facts name the change that would make them false
 * (rules/facts.ts `relief`), and a result's "what would change it" lists such changes.
 */

/** A single answer's value; null is "unknown". */
export type AnswerValue = string | number | boolean | null;

/** One change to the answers: set the field at `path` (dot and [index] notation) to `value`. */
export interface AnswerChange {
  readonly path: string;
  readonly value: AnswerValue;
}
