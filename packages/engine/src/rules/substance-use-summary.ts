/**
 * What the substance list says, summed up once per assessment for the groups the facts ask about
 * (sedative-type, opioids, the substances with withdrawal, every substance the levels of care treat).
 * Many facts read the list; walking it once keeps the engine within its speed targets (bench/README.md "Engine").
 *
 * Each answer stays three-valued: an entry whose frequency, severity or route is unknown makes the
 * group's answer unknown unless another entry already settles it (unknown never counts as "no problem",
 * docs/design.md "Unknown is not fine").
 */
import {
  type Assessment,
  type Substance,
  USE_DISORDER_SEVERITIES,
  USE_FREQUENCIES,
  type UseDisorderSeverity,
  type UseFrequency,
} from "../assessment/assessment.js";
import type { Tri } from "./answers.js";

export const SUBSTANCE_GROUPS = ["sedative-type", "opioids", "with-withdrawal", "placement"] as const;
export type SubstanceGroup = (typeof SUBSTANCE_GROUPS)[number];

/**
 * Which groups each substance belongs to. Sedative-type: alcohol, benzodiazepines and other sedatives
 * (their withdrawal can bring seizures; docs/design/domain.md §2). With withdrawal: those and opioids.
 * Placement: every substance but tobacco, which is outside the levels of care this engine places.
 */
const GROUPS_OF: Readonly<Record<Substance, readonly SubstanceGroup[]>> = {
  alcohol: ["sedative-type", "with-withdrawal", "placement"],
  benzodiazepines: ["sedative-type", "with-withdrawal", "placement"],
  "other-sedatives": ["sedative-type", "with-withdrawal", "placement"],
  opioids: ["opioids", "with-withdrawal", "placement"],
  stimulants: ["placement"],
  cannabis: ["placement"],
  hallucinogens: ["placement"],
  inhalants: ["placement"],
  other: ["placement"],
  tobacco: [],
};

/** The same memberships by each group's position in SUBSTANCE_GROUPS, for the walk over the list. */
const GROUP_POSITIONS_OF: Readonly<Record<Substance, readonly number[]>> = Object.fromEntries(
  Object.entries(GROUPS_OF).map(([substance, groups]) => [
    substance,
    groups.map((group) => SUBSTANCE_GROUPS.indexOf(group)),
  ]),
) as unknown as Record<Substance, readonly number[]>;
const PLACEMENT_POSITION = SUBSTANCE_GROUPS.indexOf("placement");

const FREQUENCY_RANK = Object.fromEntries(
  USE_FREQUENCIES.map((frequency, rank) => [frequency, rank]),
) as Record<UseFrequency, number>;
const SEVERITY_RANK = Object.fromEntries(
  USE_DISORDER_SEVERITIES.map((severity, rank) => [severity, rank]),
) as Record<UseDisorderSeverity, number>;

interface GroupUse {
  /** The most frequent known use (rank in USE_FREQUENCIES), -1 when none is known. */
  mostOften: number;
  frequencyUnknown: boolean;
  /** The most severe known use disorder (rank in USE_DISORDER_SEVERITIES), -1 when none is known. */
  worstDisorder: number;
  disorderUnknown: boolean;
  injected: boolean;
  routeUnknown: boolean;
  /** The most frequent known heavy use (rank in USE_FREQUENCIES), -1 when none is known. */
  mostOftenHeavy: number;
  /**
   * The most frequent use whose amount is unknown (an unknown frequency counts as daily): heavy use that
   * often cannot be ruled out. -1 when none.
   */
  mostOftenAmountUnknown: number;
}

export interface SubstanceUseSummary {
  /** False when the substance list itself is unknown: then every answer is unknown. */
  readonly listKnown: boolean;
  readonly groups: Readonly<Record<SubstanceGroup, Readonly<GroupUse>>>;
  /**
   * No placement substance used in the past 3 months: true, false, or null. Read in list order, as a
   * clinician reads it: an unknown frequency before any known recent use leaves it unknown.
   */
  readonly earlyRemission: Tri;
}

function emptyGroup(): GroupUse {
  return {
    mostOften: -1,
    frequencyUnknown: false,
    worstDisorder: -1,
    disorderUnknown: false,
    injected: false,
    routeUnknown: false,
    mostOftenHeavy: -1,
    mostOftenAmountUnknown: -1,
  };
}

export function summarizeSubstanceUse(assessment: Assessment): SubstanceUseSummary {
  // In SUBSTANCE_GROUPS order.
  const byPosition: readonly GroupUse[] = [emptyGroup(), emptyGroup(), emptyGroup(), emptyGroup()];
  const groups: Record<SubstanceGroup, GroupUse> = {
    "sedative-type": byPosition[0] as GroupUse,
    opioids: byPosition[1] as GroupUse,
    "with-withdrawal": byPosition[2] as GroupUse,
    placement: byPosition[3] as GroupUse,
  };
  const list = assessment.substances;
  if (list === null || list === undefined) return { listKnown: false, groups, earlyRemission: null };
  let earlyRemission: Tri | undefined;
  let placementListed = false;
  for (const use of list) {
    const frequency =
      use.frequency === null || use.frequency === undefined ? -1 : FREQUENCY_RANK[use.frequency];
    const severity =
      use.useDisorder === null || use.useDisorder === undefined ? -1 : SEVERITY_RANK[use.useDisorder];
    const route = use.route === null || use.route === undefined ? null : use.route;
    const amount = use.amount === null || use.amount === undefined ? null : use.amount;
    const positions = GROUP_POSITIONS_OF[use.substance];
    for (let at = 0; at < positions.length; at++) {
      const group = byPosition[positions[at] as number] as GroupUse;
      if (frequency === -1) group.frequencyUnknown = true;
      else if (frequency > group.mostOften) group.mostOften = frequency;
      if (severity === -1) group.disorderUnknown = true;
      else if (severity > group.worstDisorder) group.worstDisorder = severity;
      if (route === null) group.routeUnknown = true;
      else if (route === "injected") group.injected = true;
      if (amount === "heavy" && frequency > group.mostOftenHeavy) group.mostOftenHeavy = frequency;
      if (amount === null || (amount === "heavy" && frequency === -1)) {
        const atMost = frequency === -1 ? FREQUENCY_RANK.daily : frequency;
        if (atMost > group.mostOftenAmountUnknown) group.mostOftenAmountUnknown = atMost;
      }
    }
    if (earlyRemission === undefined && positions.includes(PLACEMENT_POSITION)) {
      placementListed = true;
      if (frequency === -1) earlyRemission = null;
      else if (frequency !== FREQUENCY_RANK["not-in-past-3-months"]) earlyRemission = false;
    }
  }
  return {
    listKnown: true,
    groups,
    earlyRemission: earlyRemission !== undefined ? earlyRemission : placementListed ? true : null,
  };
}

/**
 * A group's use, found by a switch rather than by the group's name as a key: the facts ask about four groups
 * from many places, and a lookup keyed by a changing name is the slowest kind of property read.
 */
function groupUse(summary: SubstanceUseSummary, group: SubstanceGroup): Readonly<GroupUse> {
  const groups = summary.groups;
  switch (group) {
    case "sedative-type":
      return groups["sedative-type"];
    case "opioids":
      return groups.opioids;
    case "with-withdrawal":
      return groups["with-withdrawal"];
    default:
      return groups.placement;
  }
}

/** Any substance of the group used at least this often. */
export function usesAtLeast(
  summary: SubstanceUseSummary,
  group: SubstanceGroup,
  frequency: UseFrequency,
): Tri {
  if (!summary.listKnown) return null;
  const use = groupUse(summary, group);
  if (use.mostOften >= FREQUENCY_RANK[frequency]) return true;
  return use.frequencyUnknown ? null : false;
}

/** Any substance of the group with a use disorder at least this severe. */
export function useDisorderInGroupAtLeast(
  summary: SubstanceUseSummary,
  group: SubstanceGroup,
  from: UseDisorderSeverity,
): Tri {
  if (!summary.listKnown) return null;
  const use = groupUse(summary, group);
  if (use.worstDisorder >= SEVERITY_RANK[from]) return true;
  return use.disorderUnknown ? null : false;
}

/** Any substance of the group injected. */
export function injectsAny(summary: SubstanceUseSummary, group: SubstanceGroup): Tri {
  if (!summary.listKnown) return null;
  const use = groupUse(summary, group);
  if (use.injected) return true;
  return use.routeUnknown ? null : false;
}

/**
 * Any substance of the group used heavily at least this often. An entry of unknown amount or frequency
 * leaves it unknown unless another entry settles it.
 */
export function usesHeavilyAtLeast(
  summary: SubstanceUseSummary,
  group: SubstanceGroup,
  frequency: UseFrequency,
): Tri {
  if (!summary.listKnown) return null;
  const use = groupUse(summary, group);
  if (use.mostOftenHeavy >= FREQUENCY_RANK[frequency]) return true;
  return use.mostOftenAmountUnknown >= FREQUENCY_RANK[frequency] ? null : false;
}
