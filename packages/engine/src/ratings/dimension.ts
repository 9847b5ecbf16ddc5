/**
 * The six assessment dimensions, in our own words. The public dimension names and numbers (ASAM 3rd
 * edition D1–D6, docs/design/domain.md §1.2) appear only as crosswalk codes.
 */
export const DIMENSIONS = [
  "withdrawal",
  "biomedical",
  "emotional",
  "readiness",
  "relapse",
  "environment",
] as const;

export type Dimension = (typeof DIMENSIONS)[number];

/** Crosswalk to the 3rd-edition dimension numbers. */
export const DIMENSION_CROSSWALK: Readonly<Record<Dimension, { readonly asamThirdEdition: string }>> = {
  withdrawal: { asamThirdEdition: "D1" },
  biomedical: { asamThirdEdition: "D2" },
  emotional: { asamThirdEdition: "D3" },
  readiness: { asamThirdEdition: "D4" },
  relapse: { asamThirdEdition: "D5" },
  environment: { asamThirdEdition: "D6" },
};

/** 0 = no need in this dimension … 4 = the most serious need. Never averaged (docs/design/domain.md §1.6.1). */
export type Rating = 0 | 1 | 2 | 3 | 4;

/** One rating per dimension. */
export type Ratings = Record<Dimension, Rating>;

/**
 * Readiness, relapse risk and the recovery environment may raise the level up to residential care, never
 * to a hospital level on their own (PPC-2R grid as summarized in docs/design/domain.md §1.6.2).
 */
export const DIMENSIONS_THAT_CANNOT_JUSTIFY_HOSPITAL_CARE: readonly Dimension[] = [
  "readiness",
  "relapse",
  "environment",
];
