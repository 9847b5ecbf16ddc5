/**
 * Rules are data (docs/design.md "Rules are data with provenance"): an id, a plain statement in our own
 * words (English and Spanish), the sources it rests on, and what it does when its condition holds.
 */
import type { LevelOfCare } from "../levels/level-of-care.js";
import type { WithdrawalManagement } from "../levels/withdrawal-management.js";
import type { MedicationNoteCode, NoteMedication } from "../medications/medication-note.js";
import type { Dimension, Rating } from "../ratings/dimension.js";
import type { UrgentAction, UrgentTier } from "../safety/urgent-item.js";
import type { FactId } from "./facts.js";
import type { SourceId } from "./sources.js";

/** The version of our rule set. Every result records it; change it whenever a rule changes. */
export const RULESET_VERSION = "stepwise-rules-2026.12.1";

/**
 * A condition over facts and ratings. There is no "not": every fact is phrased as a need, so more need
 * can only make more rules fire (the monotonicity property in placement tests).
 */
export type Condition =
  | { readonly fact: FactId }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly rating: Dimension; readonly atLeast: Rating }
  | { readonly always: true };

export const RULE_KINDS = [
  "placement",
  "safety",
  "medication",
  "co-occurring",
  "consideration",
  "adolescent",
] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export interface RuleStatement {
  readonly en: string;
  readonly es: string;
}

export interface Rule {
  readonly id: string;
  readonly kind: RuleKind;
  readonly statement: RuleStatement;
  readonly sources: readonly SourceId[];
  readonly when: Condition;
  /** Placement rules: the dimension whose need this is. */
  readonly dimension?: Dimension;
  /** Placement rules: the rating this need gives its dimension (0–4). */
  readonly rating?: Rating;
  /** Placement rules: the least intensive level at which this need can be met. */
  readonly minimumLevel?: LevelOfCare;
  /** Placement rules: the withdrawal-management setting this need calls for. */
  readonly withdrawalManagement?: WithdrawalManagement;
  /** Safety rules: the urgent item. */
  readonly urgent?: { readonly tier: UrgentTier; readonly actions: readonly UrgentAction[] };
  /**
   * Considerations: the levels at which the note makes sense (inclusive), so no note contradicts the level
   * ("outpatient lets you keep working" is not said with a live-in result).
   */
  readonly shownAt?: { readonly from?: LevelOfCare; readonly upTo?: LevelOfCare };
  /** Medication rules. */
  readonly medication?: {
    readonly code: MedicationNoteCode;
    readonly medications: readonly NoteMedication[];
  };
}
