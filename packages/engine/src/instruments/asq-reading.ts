import type { ScaleFlag } from "./scale-result.js";

/**
 * The ASQ result from its answers (NIMH ASQ toolkit, docs/design/instruments.md §1.10a): any positive answer to
 * questions 1–4 (a refusal counts as positive) makes the screen positive; the acuity question then decides
 * acute or non-acute. A "yes" to the acuity question is acute whatever else was answered — safety first.
 * `points` holds the answers by position: questions 1–4, then the acuity question.
 */
export function asqReading(
  points: readonly (number | undefined)[],
  total: number | null,
): { band: string | null; flags: ScaleFlag[] } {
  const acuity = points[4];
  const screenPositive = [0, 1, 2, 3].some((index) => (points[index] ?? 0) >= 1);
  const flags: ScaleFlag[] = [];
  if (acuity !== undefined && acuity >= 1) flags.push("asq-positive-acute");
  else if (screenPositive && acuity === 0) flags.push("asq-positive-non-acute");
  else if (screenPositive) flags.push("asq-acuity-unanswered");
  let band: string | null = null;
  if (total !== null) {
    if (acuity !== undefined && acuity >= 1) band = "acute-positive";
    else if (total === 0) band = "negative";
    else if (acuity === 0) band = "non-acute-positive";
  }
  return { band, flags };
}
