import { type LevelOfCare, levelRank, type OverrideReason, type UrgentItem } from "@stepwise/engine";

/**
 * What the care team did about one urgent item of the assessment before choosing a level. The codes
 * follow what a crisis or withdrawal safety plan records (SAMHSA TIP 45 on withdrawal care; the Joint
 * Commission National Patient Safety Goal 15.01.01 on suicide risk: a documented response to each
 * positive screen); `other` needs words.
 */
export const SAFETY_ACKNOWLEDGEMENT_CODES = [
  "sent-to-emergency",
  "crisis-plan-made",
  "medical-review-arranged",
  "withdrawal-care-arranged",
  "declined-after-counselling",
  "other",
] as const;
export type SafetyAcknowledgementCode = (typeof SAFETY_ACKNOWLEDGEMENT_CODES)[number];

export interface SafetyAcknowledgement {
  /** The urgent item's rule id, as in the assessment result's `urgent` list. */
  readonly ruleId: string;
  readonly code: SafetyAcknowledgementCode;
  readonly text: string | null;
}

/** One acknowledgement as stored: the tier is copied from the assessment so the record reads on its own. */
export interface StoredSafetyAcknowledgement extends SafetyAcknowledgement {
  readonly tier: string;
}

export interface DecisionProblem {
  readonly field: string;
  readonly message: string;
}

export interface DecisionToCheck {
  readonly recommended: LevelOfCare | null;
  readonly chosen: LevelOfCare;
  readonly reason: OverrideReason | null;
  readonly reasonText: string | null;
  /** Every urgent item of the assessment version the decision follows, whatever its tier. */
  readonly urgent: readonly UrgentItem[];
  readonly acknowledgements: readonly SafetyAcknowledgement[];
}

/**
 * The rules a level-of-care decision must meet before it is stored; every broken rule is returned,
 * each naming the field to fix (RFC 9457 `errors`).
 *
 * - A chosen level that differs from the recommended one has a coded reason (California DMC-ODS
 *   level-of-care form, "reason for discrepancy"); `other` needs words.
 * - A chosen level BELOW the recommendation also needs the reason in words, whatever the code: less
 *   care than the criteria call for is the decision a later reviewer most needs to understand.
 * - Every urgent item of the assessment (emergency, crisis, same-day, and any tier the engine adds)
 *   has an acknowledgement, whatever level is chosen: choosing the recommended level does not answer
 *   a suicide plan or severe withdrawal. An item that asks a question before a level is chosen
 *   ("ask-now") is answered by correcting the assessment with the answer (the decision then follows
 *   the new version, whose result no longer has the item) or is acknowledged like the others.
 */
export function decisionProblems(decision: DecisionToCheck): DecisionProblem[] {
  const problems: DecisionProblem[] = [];
  const differs = decision.chosen !== decision.recommended;
  const below = decision.recommended !== null && levelRank(decision.chosen) < levelRank(decision.recommended);
  if (differs && decision.reason === null) {
    problems.push({
      field: "reason",
      message:
        decision.recommended === null
          ? "There is no recommended level to follow, so give a coded reason for the chosen level."
          : `The chosen level differs from the recommended level (${decision.recommended}); give a coded reason.`,
    });
  }
  if (decision.reasonText === null && (below || decision.reason === "other")) {
    problems.push({
      field: "reasonText",
      message: below
        ? `The chosen level gives less care than recommended (${decision.recommended}); say why in your words.`
        : "The reason is 'other'; say what it is in your words.",
    });
  }

  const urgentRules = new Set(decision.urgent.map((item) => item.ruleId));
  const seen = new Set<string>();
  decision.acknowledgements.forEach((acknowledgement, index) => {
    if (!urgentRules.has(acknowledgement.ruleId)) {
      problems.push({
        field: `safetyAcknowledgements[${index}].ruleId`,
        message: `The assessment has no urgent item ${acknowledgement.ruleId}; acknowledge only the items it lists.`,
      });
    } else if (seen.has(acknowledgement.ruleId)) {
      problems.push({
        field: `safetyAcknowledgements[${index}].ruleId`,
        message: `${acknowledgement.ruleId} is acknowledged twice; give one acknowledgement per item.`,
      });
    }
    seen.add(acknowledgement.ruleId);
    if (acknowledgement.code === "other" && acknowledgement.text === null) {
      problems.push({
        field: `safetyAcknowledgements[${index}].text`,
        message: "The code is 'other'; say what was done in your words.",
      });
    }
  });
  for (const item of decision.urgent) {
    if (seen.has(item.ruleId)) continue;
    problems.push({
      field: "safetyAcknowledgements",
      message:
        item.tier === "ask-now"
          ? `The assessment asks ${item.ruleId} before a level is chosen: correct the assessment with the answer, or acknowledge the item (ruleId ${item.ruleId}) with a code.`
          : `The assessment has a ${item.tier} item (${item.ruleId}): acknowledge it with a code (ruleId ${item.ruleId}) whatever level is chosen.`,
    });
  }
  return problems;
}

/** The acknowledgements as stored, in the assessment's order of urgency, each with its item's tier. */
export function storedAcknowledgements(
  urgent: readonly UrgentItem[],
  acknowledgements: readonly SafetyAcknowledgement[],
): StoredSafetyAcknowledgement[] {
  const byRule = new Map(
    acknowledgements.map((acknowledgement) => [acknowledgement.ruleId, acknowledgement]),
  );
  return urgent.flatMap((item) => {
    const acknowledgement = byRule.get(item.ruleId);
    return acknowledgement === undefined
      ? []
      : [{ ruleId: item.ruleId, tier: item.tier, code: acknowledgement.code, text: acknowledgement.text }];
  });
}
