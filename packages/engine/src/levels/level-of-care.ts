/**
 * The levels of care, least to most intensive. The ids are used everywhere (API, CLI, storage).
 * ASAM level numbers appear only as crosswalk codes (docs/design.md "Levels of care"; docs/design/domain.md
 * §1.4–1.5 and §1.8 on what may and may not be copied). Hours per week follow the 3rd edition as
 * summarized in docs/design/consumer.md §4.1.
 */
export const LEVELS_OF_CARE = [
  "early-intervention",
  "outpatient",
  "intensive-outpatient",
  "partial-hospitalization",
  "residential",
  "medically-monitored-inpatient",
  "medically-managed-inpatient",
] as const;

export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

export interface LevelCrosswalk {
  readonly id: LevelOfCare;
  /** ASAM Criteria 3rd edition (2013) level numbers this level corresponds to. */
  readonly asamThirdEdition: readonly string[];
  /** ASAM Criteria 4th edition (2023) level numbers; empty where the edition has no match. */
  readonly asamFourthEdition: readonly string[];
  /** True for the levels the seed article calls "inpatient" (the person lives at the program). */
  readonly inpatient: boolean;
}

export const LEVEL_CROSSWALK: Readonly<Record<LevelOfCare, LevelCrosswalk>> = {
  "early-intervention": {
    id: "early-intervention",
    asamThirdEdition: ["0.5"],
    asamFourthEdition: [],
    inpatient: false,
  },
  outpatient: {
    id: "outpatient",
    asamThirdEdition: ["1"],
    asamFourthEdition: ["1.5", "1.7"],
    inpatient: false,
  },
  "intensive-outpatient": {
    id: "intensive-outpatient",
    asamThirdEdition: ["2.1"],
    asamFourthEdition: ["2.1", "2.7"],
    inpatient: false,
  },
  "partial-hospitalization": {
    id: "partial-hospitalization",
    asamThirdEdition: ["2.5"],
    asamFourthEdition: ["2.5"],
    inpatient: false,
  },
  residential: {
    id: "residential",
    asamThirdEdition: ["3.1", "3.3", "3.5"],
    asamFourthEdition: ["3.1", "3.5"],
    inpatient: true,
  },
  "medically-monitored-inpatient": {
    id: "medically-monitored-inpatient",
    asamThirdEdition: ["3.7"],
    asamFourthEdition: ["3.7"],
    inpatient: true,
  },
  "medically-managed-inpatient": {
    id: "medically-managed-inpatient",
    asamThirdEdition: ["4"],
    asamFourthEdition: ["4"],
    inpatient: true,
  },
};

/** Position on the ladder: a higher number is more intensive care (-1 for anything not a level). */
export function levelRank(level: LevelOfCare): number {
  return LEVELS_OF_CARE.indexOf(level);
}

export function isLevelOfCare(value: unknown): value is LevelOfCare {
  return typeof value === "string" && (LEVELS_OF_CARE as readonly string[]).includes(value);
}
