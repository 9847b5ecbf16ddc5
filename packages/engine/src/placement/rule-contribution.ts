/**
 * What each rule adds to a result when it fires: its urgent item, medication note, finding, reason, and
 * the level and withdrawal-management setting it calls for, worked out once per rule set instead of once
 * per assessment. The parts a result shares with other results are frozen, so no caller can change one
 * result by changing another; they are plain data and serialize as before. This keeps `assess` within
 * the engine's speed target (bench/README.md, "Engine").
 */
import { type ConditionFact, factsOfCondition } from "../explanation/unknown-answers.js";
import { levelRank } from "../levels/level-of-care.js";
import { withdrawalManagementRank } from "../levels/withdrawal-management.js";
import type { MedicationNote } from "../medications/medication-note.js";
import { DIMENSIONS } from "../ratings/dimension.js";
import type { Rule } from "../rules/rule.js";
import { URGENT_TIERS, type UrgentItem } from "../safety/urgent-item.js";
import type { Finding, Reason, ReasonKind } from "./placement-result.js";

/** What a fired rule does to the result, in the order assess.ts checks them. */
export const CONTRIBUTION_ROLES = {
  /** A safety rule with an urgent item (safety gate). */
  urgent: 0,
  /** A medication note (opioid use disorder: medication options, naloxone). */
  medication: 1,
  /** Under 18: the result points to adolescent services instead of placing. */
  adolescent: 2,
  /** The co-occurring-enhanced marker. */
  coOccurring: 3,
  /** A placement rule that rates a dimension (and may set a level or a withdrawal-management setting). */
  rating: 4,
  /** Anything else: a consideration, a placement rule without a rating, or a safety rule without an item. */
  other: 5,
} as const;
export type ContributionRole = (typeof CONTRIBUTION_ROLES)[keyof typeof CONTRIBUTION_ROLES];

export interface RuleContribution {
  readonly rule: Rule;
  readonly role: ContributionRole;
  readonly urgentItem: UrgentItem | null;
  /** The urgent item's tier by position in URGENT_TIERS (most urgent first); -1 without one. */
  readonly urgentRank: number;
  readonly medicationNote: MedicationNote | null;
  /** How the rule appears among a dimension's facts. */
  readonly finding: Finding;
  /** The distinct facts the rule's condition reads, with their places in the fact table (for unknowns). */
  readonly readFacts: readonly ConditionFact[];
  /** The dimension it rates, by position in DIMENSIONS; -1 when it rates none. */
  readonly dimension: number;
  readonly rating: number;
  /** The level it calls for, by position in LEVELS_OF_CARE; -1 for none (and for rules other than placement). */
  readonly levelRank: number;
  /** The withdrawal-management setting it calls for, by position; -1 for none (and for rules other than placement). */
  readonly settingRank: number;
  /** Its reason when it does not drive the result; null when it gives no reason then (safety, medication, a baseline). */
  readonly reason: Reason | null;
  /** Its reason when it drives the level or the setting; null for rules that never give reasons. */
  readonly driverReason: Reason | null;
  /** Considerations: the placed levels (ranks, inclusive) at which the reason is shown. */
  readonly shownFromRank: number;
  readonly shownUpToRank: number;
  /** Where each reason goes in reading order (explanation/reasons.ts). */
  readonly reasonOrder: number;
  readonly driverReasonOrder: number;
}

/** Notes about a kit to carry or a risk to know, not a medicine given as treatment. */
const KIT_OR_WARNING_NOTES: readonly string[] = [
  "naloxone",
  "methadone-under-18",
  "opioid-sedative-overdose-risk",
  "stimulant-fentanyl-test-strips",
  "pregnancy-naltrexone",
];

function kindOf(rule: Rule): ReasonKind {
  if (rule.kind === "co-occurring") return "co-occurring";
  if (rule.kind === "consideration") return "consideration";
  if (rule.kind === "adolescent") return "adolescent";
  if (rule.dimension === undefined) return "baseline";
  if (rule.minimumLevel === undefined && rule.withdrawalManagement !== undefined)
    return "withdrawal-management";
  return "level";
}

/**
 * Reading order: the adolescent redirect, then drivers, other level reasons (most intensive first), the
 * co-occurring marker, and considerations. Lower comes first.
 */
function readingOrder(kind: ReasonKind, driver: boolean, level: number): number {
  if (kind === "adolescent") return -1000;
  const group = driver ? 0 : kind === "consideration" ? 200 : kind === "co-occurring" ? 100 : 50;
  return group - level;
}

function roleOf(rule: Rule): ContributionRole {
  if (rule.kind === "safety" && rule.urgent !== undefined) return CONTRIBUTION_ROLES.urgent;
  if (rule.kind === "medication" && rule.medication !== undefined) return CONTRIBUTION_ROLES.medication;
  if (rule.kind === "adolescent") return CONTRIBUTION_ROLES.adolescent;
  if (rule.kind === "co-occurring") return CONTRIBUTION_ROLES.coOccurring;
  if (rule.kind === "placement" && rule.dimension !== undefined && rule.rating !== undefined)
    return CONTRIBUTION_ROLES.rating;
  return CONTRIBUTION_ROLES.other;
}

function contributionOf(rule: Rule): RuleContribution {
  const placement = rule.kind === "placement";
  const level = placement && rule.minimumLevel !== undefined ? levelRank(rule.minimumLevel) : -1;
  const setting =
    placement && rule.withdrawalManagement !== undefined
      ? withdrawalManagementRank(rule.withdrawalManagement)
      : -1;
  const givesReasons = rule.kind !== "safety" && rule.kind !== "medication";
  const kind = kindOf(rule);
  const reasonFor = (driver: boolean): Reason =>
    Object.freeze({
      ruleId: rule.id,
      kind,
      dimension: rule.dimension ?? null,
      level: rule.minimumLevel ?? null,
      withdrawalManagement: rule.withdrawalManagement ?? null,
      driver,
    });
  // Level rank as reasons.ts always read it: from the rule's level whatever its kind (-1 for none).
  const reasonLevel = rule.minimumLevel === undefined ? -1 : levelRank(rule.minimumLevel);
  const role = roleOf(rule);
  return {
    rule,
    role,
    urgentItem:
      role === CONTRIBUTION_ROLES.urgent && rule.urgent !== undefined
        ? Object.freeze({ tier: rule.urgent.tier, ruleId: rule.id, actions: rule.urgent.actions })
        : null,
    urgentRank: rule.urgent === undefined ? -1 : URGENT_TIERS.indexOf(rule.urgent.tier),
    medicationNote:
      role === CONTRIBUTION_ROLES.medication && rule.medication !== undefined
        ? Object.freeze({
            code: rule.medication.code,
            ruleId: rule.id,
            medications: rule.medication.medications,
            // Medication for opioid use disorder can be given at every level of care; naloxone is a kit to carry.
            availableAtEveryLevel: !KIT_OR_WARNING_NOTES.includes(rule.medication.code),
          })
        : null,
    finding: Object.freeze({ ruleId: rule.id }),
    readFacts: factsOfCondition(rule.when),
    dimension: rule.dimension === undefined ? -1 : DIMENSIONS.indexOf(rule.dimension),
    rating: rule.rating ?? 0,
    levelRank: level,
    settingRank: setting,
    // The starting point (a baseline) is a reason only when nothing known raised the level above it.
    reason: givesReasons && kind !== "baseline" ? reasonFor(rule.kind === "adolescent") : null,
    driverReason: givesReasons ? reasonFor(true) : null,
    shownFromRank: rule.shownAt?.from === undefined ? -1 : levelRank(rule.shownAt.from),
    shownUpToRank: rule.shownAt?.upTo === undefined ? Number.MAX_SAFE_INTEGER : levelRank(rule.shownAt.upTo),
    reasonOrder: readingOrder(kind, rule.kind === "adolescent", reasonLevel),
    driverReasonOrder: readingOrder(kind, true, reasonLevel),
  };
}

const contributionSets = new WeakMap<readonly Rule[], readonly RuleContribution[]>();

/** Each rule's contribution, by the rule's position in its rule set; made once per rule set. */
export function contributionsOf(rules: readonly Rule[]): readonly RuleContribution[] {
  let contributions = contributionSets.get(rules);
  if (contributions === undefined) {
    contributions = rules.map(contributionOf);
    contributionSets.set(rules, contributions);
  }
  return contributions;
}
