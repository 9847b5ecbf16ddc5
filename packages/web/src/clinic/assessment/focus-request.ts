/**
 * A question a result asks the form to open at ("what is still unknown" links back to its question).
 * Kept in memory only, like the route itself (workspace/clinic-route.ts: nothing about a record in the
 * address bar or storage), and taken once by the next form that opens.
 */
let pending: string | undefined;

export function requestQuestionFocus(answerPath: string): void {
  pending = answerPath;
}

export function takeQuestionFocus(): string | undefined {
  const path = pending;
  pending = undefined;
  return path;
}
