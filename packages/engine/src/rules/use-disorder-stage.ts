/**
 * Where a substance use disorder stands now, read substance by substance: its severity goes with that
 * substance's own recency, never with another substance's (a severe alcohol use disorder in remission and
 * weekly cannabis use without a disorder are not "a severe disorder with recent use").
 *
 * Recency follows DSM-5's remission specifiers: early remission is 3 to 12 months without use, sustained
 * remission 12 months or more. Days since last use, when given, outrank the 3-month frequency answer.
 * Someone taking buprenorphine or methadone with no other opioid use in 3 months is in remission "on
 * maintenance therapy" (DSM-5), and stable medication treatment fits outpatient care (SAMHSA TIP 63: the
 * medication itself is treatment, not use). A level whose goals the person has just met (reassessment)
 * has answered the need that called for it, so the same history does not hold them there for ever.
 */
import type { Assessment, SubstanceUse, UseDisorderSeverity } from "../assessment/assessment.js";
import { LEVELS_OF_CARE, type LevelOfCare } from "../levels/level-of-care.js";
import { allOf, anyOf, type Tri } from "./answers.js";

type Recency = "recent" | "early-remission" | "sustained-remission";

export interface UseDisorderStage {
  /** A severe disorder with use in the past 3 months: a live-in program (seed). */
  readonly severeRecent: Tri;
  /** A moderate disorder with recent use, or a severe one in early remission: intensive outpatient. */
  readonly moderateRecent: Tri;
  readonly severeEarlyRemission: Tri;
  /** A moderate disorder in early remission, any disorder in sustained remission or on maintenance: outpatient. */
  readonly inRemission: Tri;
  /**
   * Stable recovery: every substance listed (tobacco aside) in sustained remission, or, for someone taking
   * buprenorphine or methadone, no other use in the past 3 months. False when anything is unknown.
   */
  readonly sustained: boolean;
}

const OPIOID_MEDICINES: readonly string[] = ["buprenorphine", "methadone"];

/** The person's current level, with its goals met (a reassessment), at or above `level`. */
export function goalsMetAtOrAbove(assessment: Assessment, level: LevelOfCare): boolean {
  const current = assessment.currentTreatment;
  if (current?.goalsMet !== true || current.level === null || current.level === undefined) return false;
  return LEVELS_OF_CARE.indexOf(current.level) >= LEVELS_OF_CARE.indexOf(level);
}

function onOpioidMedicine(assessment: Assessment): boolean {
  const medications = assessment.medical?.medications;
  return medications?.some((name) => OPIOID_MEDICINES.includes(name)) === true;
}

/** The entry is the person's own buprenorphine or methadone treatment, not use. */
function isTreatmentEntry(assessment: Assessment, use: SubstanceUse): boolean {
  const specific = (use as { readonly specific?: string | null }).specific;
  return (
    use.substance === "opioids" &&
    specific !== null &&
    specific !== undefined &&
    OPIOID_MEDICINES.includes(specific) &&
    onOpioidMedicine(assessment)
  );
}

function recencyOf(use: SubstanceUse): Recency {
  const days = use.lastUseDaysAgo;
  if (days !== null && days !== undefined)
    return days >= 365 ? "sustained-remission" : days >= 90 ? "early-remission" : "recent";
  // Unknown recency counts as use: a disorder is taken as active until 3 months without use are known.
  return use.frequency === "not-in-past-3-months" ? "early-remission" : "recent";
}

const is = <T>(value: T | null, expected: T): Tri => (value === null ? null : value === expected);

/** Whether the person has just met the goals of a residential, or an intensive outpatient, level. */
interface GoalsMet {
  readonly residential: boolean;
  readonly intensive: boolean;
}

/** A stage being joined over the substances: each answer "or" the same answer of the next substance. */
type JoinedStage = { -readonly [Key in keyof UseDisorderStage]: UseDisorderStage[Key] };

/** Joins one substance's stage (its severity with its own recency) into `joined`, with "or". */
function joinStage(
  joined: JoinedStage,
  severity: UseDisorderSeverity | null,
  recency: Recency | null,
  maintenance: boolean,
  goalsMet: GoalsMet,
): void {
  const severe = is(severity, "severe");
  const moderate = is(severity, "moderate");
  const moderateOrSevere = severity === null ? null : severity === "moderate" || severity === "severe";
  const recent = is(recency, "recent");
  const early = is(recency, "early-remission");
  const sustained = is(recency, "sustained-remission");
  const residentialDone = goalsMet.residential;
  const intensiveDone = goalsMet.intensive;
  joined.severeRecent = anyOf(joined.severeRecent, allOf(severe, recent, !residentialDone));
  joined.moderateRecent = anyOf(joined.moderateRecent, allOf(moderate, recent, !intensiveDone));
  joined.severeEarlyRemission = anyOf(
    joined.severeEarlyRemission,
    anyOf(allOf(severe, early, !maintenance), allOf(severe, recent, residentialDone)),
  );
  joined.inRemission = anyOf(
    joined.inRemission,
    anyOf(
      allOf(moderate, early),
      allOf(moderateOrSevere, sustained),
      allOf(severe, early, maintenance),
      allOf(moderate, recent, intensiveDone),
    ),
  );
}

const NOT_KNOWN: UseDisorderStage = {
  severeRecent: null,
  moderateRecent: null,
  severeEarlyRemission: null,
  inRemission: null,
  sustained: false,
};
const RECENCY_ORDER: readonly Recency[] = ["sustained-remission", "early-remission", "recent"];

/** The stage of every listed substance (tobacco aside) and of the overall answer, joined with "or". */
export function useDisorderStage(assessment: Assessment): UseDisorderStage {
  const list = assessment.substances;
  const joined: JoinedStage = {
    severeRecent: false,
    moderateRecent: false,
    severeEarlyRemission: false,
    inRemission: false,
    sustained: false,
  };
  let listed = 0;
  let allSustained = true;
  let noneRecent = true;
  let latest = -1;
  let latestUnknown = list === null || list === undefined;
  const maintenance = onOpioidMedicine(assessment);
  const goalsMet: GoalsMet = {
    residential: goalsMetAtOrAbove(assessment, "residential"),
    intensive: goalsMetAtOrAbove(assessment, "intensive-outpatient"),
  };
  for (const use of list ?? []) {
    if (use.substance === "tobacco") continue;
    // The person's own buprenorphine or methadone is treatment, not use: its disorder is in remission on
    // maintenance therapy (DSM-5), and it does not count as recent use.
    if (isTreatmentEntry(assessment, use)) {
      joinStage(joined, use.useDisorder ?? assessment.useDisorder ?? null, "early-remission", true, goalsMet);
      continue;
    }
    const recency = recencyOf(use);
    listed++;
    if (recency !== "sustained-remission") allSustained = false;
    if (recency === null || recency === "recent") noneRecent = false;
    if (recency === null) latestUnknown = true;
    else latest = Math.max(latest, RECENCY_ORDER.indexOf(recency));
    // An entry of unknown severity takes the overall answer, the clinician's summary of all substances.
    joinStage(
      joined,
      use.useDisorder ?? assessment.useDisorder ?? null,
      recency,
      maintenance && use.substance === "opioids",
      goalsMet,
    );
  }
  const overall = assessment.useDisorder;
  // The overall answer covers all substances together, so it goes with the most recent use of any.
  if (overall !== null && overall !== undefined) {
    const recent = RECENCY_ORDER.indexOf("recent");
    const recency = latest === recent ? "recent" : latestUnknown ? null : (RECENCY_ORDER[latest] ?? null);
    joinStage(joined, overall, recency, false, goalsMet);
  } else if (list === null || list === undefined) return NOT_KNOWN;
  joined.sustained = listed > 0 && (allSustained || (maintenance && noneRecent));
  return joined;
}
