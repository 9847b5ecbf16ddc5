/**
 * Where two people's ratings agree and where they differ (Ottawa Personal Decision Guide for Two,
 * docs/design/consumer.md §2.5 and §2.7). It never adds ratings up into a score and never picks an
 * option: it only points to the factors worth talking about first.
 */
import type { FactorId, Importance, Ratings } from "./factors.js";

/** Ratings 2 or more points apart are a difference worth talking about; 0–1 apart count as agreement. */
export const DIFFERENCE_GAP = 2;

export type FactorComparisonKind = "both-matter" | "agree" | "differ" | "not-rated";

export interface FactorComparison {
  readonly factor: FactorId;
  readonly first: Importance | null;
  readonly second: Importance | null;
  readonly kind: FactorComparisonKind;
  /** How far apart the two ratings are; null when either is missing. */
  readonly gap: number | null;
}

/** Both rate it 4 or 5: a shared priority. */
const SHARED_PRIORITY = 4;

export function compareRatings(
  factors: readonly FactorId[],
  first: Ratings,
  second: Ratings,
): FactorComparison[] {
  const rows = factors.map((factor): FactorComparison => {
    const a = first[factor] ?? null;
    const b = second[factor] ?? null;
    if (a === null || b === null) return { factor, first: a, second: b, kind: "not-rated", gap: null };
    const gap = Math.abs(a - b);
    const kind =
      gap >= DIFFERENCE_GAP
        ? "differ"
        : a >= SHARED_PRIORITY && b >= SHARED_PRIORITY
          ? "both-matter"
          : "agree";
    return { factor, first: a, second: b, kind, gap };
  });
  // Biggest differences first: the conversation starts where the two people see things most differently.
  const order: Record<FactorComparisonKind, number> = {
    differ: 0,
    "both-matter": 1,
    agree: 2,
    "not-rated": 3,
  };
  return rows
    .map((row, index) => ({ row, index }))
    .sort(
      (x, y) =>
        order[x.row.kind] - order[y.row.kind] || (y.row.gap ?? 0) - (x.row.gap ?? 0) || x.index - y.index,
    )
    .map(({ row }) => row);
}

/** The factors one person rated highest (4–5), most important first. */
export function topPriorities(factors: readonly FactorId[], ratings: Ratings): FactorId[] {
  return factors
    .filter((factor) => (ratings[factor] ?? -1) >= SHARED_PRIORITY)
    .sort((a, b) => (ratings[b] ?? 0) - (ratings[a] ?? 0));
}
