/**
 * Progress that never lies: the count of questions left never goes up. The adaptive flow can find
 * more questions that matter after an answer (naming opioids opens the overdose questions); then the
 * screen says "a few more" instead of a bigger number, until the count falls back to what was shown
 * (a count that jumps up breaks trust in the whole form: Conrad, Couper et al., "The impact of
 * progress indicators on task completion", Interacting with Computers 2010).
 */
export type ProgressShown = { readonly kind: "count"; readonly left: number } | { readonly kind: "few" };

export interface ProgressMemory {
  /** The lowest count shown so far, or null before the first. */
  readonly lowest: number | null;
  /** The largest share done shown so far, 0–1, so the bar never moves back either. */
  readonly done: number;
}

export const FRESH_PROGRESS: ProgressMemory = { lowest: null, done: 0 };

export function showProgress(
  memory: ProgressMemory,
  left: number,
  answered: number,
): { shown: ProgressShown; done: number; memory: ProgressMemory } {
  const share = answered + left === 0 ? 1 : answered / (answered + left);
  const done = Math.max(memory.done, share);
  if (memory.lowest !== null && left > memory.lowest)
    return { shown: { kind: "few" }, done, memory: { lowest: memory.lowest, done } };
  return { shown: { kind: "count", left }, done, memory: { lowest: left, done } };
}
