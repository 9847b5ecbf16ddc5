/**
 * What the program finder asks the server for (docs/programs.md, "For the web app"): the kind of care from
 * the result, which the person can change, and the place they type. The request holds these and nothing
 * else — never an answer — and the place is kept only in the form field, never stored or put in the page's
 * address.
 */
import type { Language, PlacementResult } from "@stepwise/engine";

/** Levels a program can offer; "early intervention" is not a program kind in the treatment locator. */
export const FINDER_LEVELS = [
  "outpatient",
  "intensive-outpatient",
  "partial-hospitalization",
  "residential",
  "medically-monitored-inpatient",
  "medically-managed-inpatient",
] as const;
export type FinderLevel = (typeof FINDER_LEVELS)[number];

export const FINDER_WITHDRAWAL = [
  "ambulatory",
  "residential",
  "medically-monitored",
  "medically-managed",
] as const;
export type FinderWithdrawal = (typeof FINDER_WITHDRAWAL)[number];

export const FINDER_MEDICATIONS = ["buprenorphine", "methadone", "naltrexone", "acamprosate"] as const;
export type FinderMedication = (typeof FINDER_MEDICATIONS)[number];

export const FINDER_PAYMENTS = ["medicaid", "medicare", "private-insurance", "sliding-fee", "free"] as const;
export type FinderPayment = (typeof FINDER_PAYMENTS)[number];

/** Languages people most often need besides English (every program is taken to serve English). */
export const FINDER_LANGUAGES = ["es", "ase"] as const;
export type FinderLanguage = (typeof FINDER_LANGUAGES)[number];

export const FINDER_RADII = [10, 25, 50, 100] as const;

/** Each filter is "" when any program will do. */
export interface FinderFilters {
  readonly level: FinderLevel | "";
  readonly withdrawal: FinderWithdrawal | "";
  readonly medication: FinderMedication | "";
  readonly payment: FinderPayment | "";
  readonly language: FinderLanguage | "";
  readonly radius: (typeof FINDER_RADII)[number];
}

export const ANY_PROGRAM: FinderFilters = {
  level: "",
  withdrawal: "",
  medication: "",
  payment: "",
  language: "",
  radius: 25,
};

function isOneOf<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}

/**
 * Filters preset from a result: its level (outpatient for early intervention, the nearest kind of program),
 * its withdrawal setting, a medicine the person already takes (else the one medicine the result names, when
 * it names exactly one), and Spanish when the page is in Spanish. A result that cannot suggest a level
 * presets no level.
 */
export function filtersFromResult(
  result: PlacementResult | null,
  options: {
    readonly levelSuggested: boolean;
    readonly medicineTaken: string | null;
    readonly language: Language;
  },
): FinderFilters {
  const level =
    result === null || !options.levelSuggested || result.level === null
      ? ""
      : result.level === "early-intervention"
        ? "outpatient"
        : result.level;
  const withdrawal =
    options.levelSuggested && isOneOf(FINDER_WITHDRAWAL, result?.withdrawalManagement)
      ? result.withdrawalManagement
      : "";
  const named = new Set(
    (result?.medications ?? [])
      .flatMap((note) => note.medications)
      .filter((m) => isOneOf(FINDER_MEDICATIONS, m)),
  );
  const medication = isOneOf(FINDER_MEDICATIONS, options.medicineTaken)
    ? options.medicineTaken
    : named.size === 1
      ? ([...named][0] as FinderMedication)
      : "";
  return {
    ...ANY_PROGRAM,
    level: isOneOf(FINDER_LEVELS, level) ? level : "",
    withdrawal,
    medication,
    language: options.language === "es" ? "es" : "",
  };
}

/** The same-origin request: the place and the filters set, nothing else. */
export function searchPath(place: string, filters: FinderFilters, language: Language): string {
  const query = new URLSearchParams({ near: place.trim() });
  if (filters.level !== "") query.set("level", filters.level);
  if (filters.withdrawal !== "") query.set("withdrawal", filters.withdrawal);
  if (filters.medication !== "") query.set("medication", filters.medication);
  if (filters.payment !== "") query.set("payment", filters.payment);
  if (filters.language !== "") query.set("language", filters.language);
  query.set("radius", String(filters.radius));
  // The words of the answer (why each program may fit, what it lacks) in the page's language.
  query.set("textLanguage", language);
  return `/api/programs?${query.toString()}`;
}
