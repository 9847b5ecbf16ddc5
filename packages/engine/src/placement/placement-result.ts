/**
 * What `assess` returns. Every part a person or clinician reads is a code (a rule id or an answer path)
 * with parameters; the words, in English and Spanish, second or third person, come from messages/.
 */
import type { AnswerChange } from "../assessment/answer-change.js";
import type { ASSESSMENT_MODEL_VERSION, OverrideReason, Respondent } from "../assessment/assessment.js";
import type { ScaleCorrection } from "../instruments/rederive-scale.js";
import type { LevelOfCare } from "../levels/level-of-care.js";
import type { WithdrawalManagement } from "../levels/withdrawal-management.js";
import type { MedicationNote } from "../medications/medication-note.js";
import type { Dimension, Rating } from "../ratings/dimension.js";
import type { UrgentItem, UrgentTier } from "../safety/urgent-item.js";

export type MessageParameters = Readonly<Record<string, string | number>>;

/** A rule that fired: its id is also its message code. */
export interface Finding {
  readonly ruleId: string;
  readonly params?: MessageParameters;
}

export interface DimensionRating {
  readonly dimension: Dimension;
  readonly rating: Rating;
  /** The rules (facts) that set this rating, highest first. Empty when nothing known raised it. */
  readonly facts: readonly Finding[];
}

export const REASON_KINDS = [
  "level",
  "withdrawal-management",
  "co-occurring",
  "consideration",
  "adolescent",
  "baseline",
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

export interface Reason extends Finding {
  readonly kind: ReasonKind;
  readonly dimension: Dimension | null;
  /** The least intensive level this reason allows (for `level` reasons). */
  readonly level: LevelOfCare | null;
  /** The withdrawal-management setting this reason calls for (for `withdrawal-management` reasons). */
  readonly withdrawalManagement: WithdrawalManagement | null;
  /** True when this reason set the final level or withdrawal-management setting. */
  readonly driver: boolean;
}

/** The next lower level and the needs it could not meet. */
export interface LevelRuledOut {
  readonly level: LevelOfCare;
  readonly unmetNeeds: readonly Reason[];
}

/**
 * A set of changes that would move the result, derived from the rules' structure: "intensive
 * outpatient would fit once withdrawal is over and a stable place to live is arranged".
 */
export interface WouldChange {
  readonly level: LevelOfCare;
  readonly withdrawalManagement: WithdrawalManagement;
  /** The rules that would no longer apply; each names the change in its message. */
  readonly ruleIds: readonly string[];
  readonly changes: readonly AnswerChange[];
}

/** A fact a professional must still ask about; `couldRaiseTo` is set when the answer could raise the level. */
export interface UnknownItem {
  /** Answer path, also the message code for the question to ask. */
  readonly path: string;
  readonly couldRaiseTo: LevelOfCare | null;
  readonly couldRaiseWithdrawalManagementTo: WithdrawalManagement | null;
  /** True when this unknown is also an `ask-now` urgent item. */
  readonly urgent: boolean;
}

/** People under 18 are not placed: the result points to adolescent services. */
export interface AdolescentRedirect {
  readonly ruleId: string;
  readonly age: number;
}

export const CHOICE_PROBLEMS = [
  "reason-required",
  "reason-text-required",
  "chosen-not-available",
  "chosen-below-recommended",
] as const;
export type ChoiceProblem = (typeof CHOICE_PROBLEMS)[number];

/** Recommended, available, chosen (docs/design.md), with the coded reason when they differ (docs/design/domain.md §5.6). */
export interface LevelChoice {
  readonly recommended: LevelOfCare | null;
  /** Levels offered near the person; null when not yet checked. */
  readonly availableLevels: readonly LevelOfCare[] | null;
  readonly recommendedAvailable: boolean | null;
  /** When the recommended level is not available: the closest available level at or above it, else below. */
  readonly nearestAvailable: LevelOfCare | null;
  readonly recommendedWaitlistDays: number | null;
  readonly chosen: LevelOfCare | null;
  readonly differs: boolean;
  readonly reason: OverrideReason | null;
  readonly reasonText: string | null;
  /** A chosen level is accepted when it equals the recommendation, or differs with a valid coded reason. */
  readonly accepted: boolean;
  readonly problems: readonly ChoiceProblem[];
}

/**
 * `needs-answers`: an answer the current mode asks is unknown and could add an urgent item or raise the
 * level by two or more steps; the level is only a floor and every surface says "cannot suggest a level yet".
 */
export const LEVEL_STATUSES = ["needs-answers", "suggested"] as const;
export type LevelStatus = (typeof LEVEL_STATUSES)[number];

/** A question that must be answered before a level can be suggested: the answer's path and the question. */
export interface MustAskItem {
  /** The answer path (`mentalHealth.suicidalPlan`), also the key of the question text. */
  readonly id: string;
  /** The question in plain words, spoken to or about the person as the result is. */
  readonly question: { readonly en: string; readonly es: string };
  /** The most urgent item the answer could add (`ask-now` when an open ask-now item asks it), else null. */
  readonly couldAdd: UrgentTier | null;
  /** The level the answer could raise the result to, when two or more steps up, else null. */
  readonly couldRaiseTo: LevelOfCare | null;
}

export type { ScaleCorrection };

export interface PlacementResult {
  readonly rulesetVersion: string;
  readonly modelVersion: typeof ASSESSMENT_MODEL_VERSION;
  readonly asOf: string;
  /** Who answered, so messages can say "you" or "they". */
  readonly respondent: Respondent;
  /** Null only for people under 18 (see `adolescent`). */
  readonly level: LevelOfCare | null;
  readonly withdrawalManagement: WithdrawalManagement | null;
  /**
   * Set when withdrawal care comes first in a more intensive setting than the other needs call for: first
   * `setting`, then the level `thenLevel` (for example, withdrawal care with nurses day and night, then
   * intensive outpatient care). Null otherwise.
   */
  readonly withdrawalFirst: {
    readonly setting: WithdrawalManagement;
    readonly thenLevel: LevelOfCare;
  } | null;
  readonly coOccurringEnhanced: boolean;
  /** Most urgent first. Shown before anything else. */
  readonly urgent: readonly UrgentItem[];
  readonly ratings: Readonly<Record<Dimension, DimensionRating>>;
  /** Drivers first, then the other reasons, then considerations. Never empty. */
  readonly reasons: readonly Reason[];
  readonly nextLowerLevel: LevelRuledOut | null;
  readonly wouldChange: readonly WouldChange[];
  readonly unknowns: readonly UnknownItem[];
  /** True for every self-check, and whenever an unknown could raise the level or an ask-now item is open. */
  readonly provisional: boolean;
  readonly medications: readonly MedicationNote[];
  readonly adolescent: AdolescentRedirect | null;
  readonly choice: LevelChoice;
  /** `suggested`, or `needs-answers` while `mustAsk` is not empty (the level is then a floor). */
  readonly levelStatus: LevelStatus;
  /** Most important first. Empty when the level is suggested. */
  readonly mustAsk: readonly MustAskItem[];
  /** Where a sent scale total, band or flag disagreed with its numbers; the numbers were used. */
  readonly corrections: readonly ScaleCorrection[];
}

export interface AssessOptions {
  /** Compute `wouldChange` (default true). Turning it off saves time in batch scoring. */
  readonly wouldChange?: boolean;
}
