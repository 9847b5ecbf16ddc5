import type { ScaleFlag } from "./scale-result.js";

/**
 * The ASQ result from its answers (NIMH ASQ toolkit, reference/instruments.md §1.10a): any positive answer to
 * questions 1–4 (a refusal counts as positive) makes the screen positive; the acuity question then decides
 * acute or non-acute. A "yes" to the acuity question is acute whatever else was answered — safety first.
 */
export function asqReading(
  points: Readonly<Record<string, number>>,
  total: number | null,
): { band: string | null; flags: ScaleFlag[] } {
  const acuity = points["asq.5"];
  const screenPositive = [1, 2, 3, 4].some((number) => (points[`asq.${number}`] ?? 0) >= 1);
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
