import type { LevelOfCare, OverrideReason } from "@stepwise/engine";
import { careRank } from "./care-levels.js";

/** Why the decision form asks for a field: shown beside the field before the clinician saves. */
export type Requirement =
  | "reason-differs"
  | "reason-no-recommendation"
  | "text-below"
  | "text-other"
  | "acknowledge-urgent"
  | "acknowledge-ask-now"
  | "acknowledgement-text-other";

export interface UrgentItemToAcknowledge {
  readonly ruleId: string;
  readonly tier: string;
}

export interface DecisionDraft {
  readonly recommended: LevelOfCare | null;
  readonly chosen: LevelOfCare | null;
  readonly reason: OverrideReason | null;
  readonly urgent: readonly UrgentItemToAcknowledge[];
  /** The code chosen for each urgent item, by rule id ("" when none yet). */
  readonly acknowledgementCodes: Readonly<Record<string, string>>;
}

export interface DecisionRequirements {
  /** Why a coded reason is needed, if it is. */
  readonly reason: Requirement | null;
  /** Why the reason in words is needed, if it is. */
  readonly reasonText: Requirement | null;
  /** For each urgent item, why it needs an acknowledgement (always), and why words are needed. */
  readonly acknowledgements: readonly {
    readonly ruleId: string;
    readonly why: Requirement;
    readonly textWhy: Requirement | null;
  }[];
}

/**
 * The same rules the records API applies before it stores a decision (packages/server/src/records/
 * safety-gate.ts), worked out as the clinician fills the form so the screen can say why each field is
 * needed. The server stays the judge: its answer is shown too.
 */
export function decisionRequirements(draft: DecisionDraft): DecisionRequirements {
  const differs = draft.chosen !== null && draft.chosen !== draft.recommended;
  const below =
    draft.chosen !== null &&
    draft.recommended !== null &&
    careRank(draft.chosen) < careRank(draft.recommended);
  return {
    reason: differs ? (draft.recommended === null ? "reason-no-recommendation" : "reason-differs") : null,
    reasonText: below ? "text-below" : draft.reason === "other" ? "text-other" : null,
    acknowledgements: draft.urgent.map((item) => ({
      ruleId: item.ruleId,
      why: item.tier === "ask-now" ? "acknowledge-ask-now" : "acknowledge-urgent",
      textWhy: draft.acknowledgementCodes[item.ruleId] === "other" ? "acknowledgement-text-other" : null,
    })),
  };
}
