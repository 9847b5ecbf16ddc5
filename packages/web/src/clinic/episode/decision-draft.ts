import { CLINIC_DRAFT_PREFIX } from "../workspace/clinic-drafts.js";

/** What the clinician has typed into the decision form so far. */
export interface DecisionDraftValues {
  readonly chosen: string;
  readonly available: readonly string[];
  readonly reason: string;
  readonly reasonText: string;
  readonly codes: Readonly<Record<string, string>>;
  readonly codeTexts: Readonly<Record<string, string>>;
}

/**
 * The unsaved decision form, kept in sessionStorage under the clinic's draft prefix so leaving the
 * screen (to check the result, say) loses nothing, and signing out or timing out clears it with every
 * other draft (workspace/clinic-drafts.ts; docs/security.md).
 */
export function decisionDraftKey(assessmentId: string): string {
  return `${CLINIC_DRAFT_PREFIX}decision.${assessmentId}`;
}

export function readDecisionDraft(
  storage: Pick<Storage, "getItem"> | null,
  assessmentId: string,
): DecisionDraftValues | undefined {
  try {
    const text = storage?.getItem(decisionDraftKey(assessmentId));
    if (!text) return undefined;
    const value = JSON.parse(text) as Partial<DecisionDraftValues>;
    const record = (candidate: unknown): Record<string, string> =>
      candidate !== null && typeof candidate === "object"
        ? Object.fromEntries(
            Object.entries(candidate).filter(
              (entry): entry is [string, string] => typeof entry[1] === "string",
            ),
          )
        : {};
    return {
      chosen: typeof value.chosen === "string" ? value.chosen : "",
      available: Array.isArray(value.available)
        ? value.available.filter((level): level is string => typeof level === "string")
        : [],
      reason: typeof value.reason === "string" ? value.reason : "",
      reasonText: typeof value.reasonText === "string" ? value.reasonText : "",
      codes: record(value.codes),
      codeTexts: record(value.codeTexts),
    };
  } catch {
    return undefined;
  }
}

export function keepDecisionDraft(
  storage: Pick<Storage, "setItem"> | null,
  assessmentId: string,
  values: DecisionDraftValues,
): void {
  try {
    storage?.setItem(decisionDraftKey(assessmentId), JSON.stringify(values));
  } catch {
    // Storage full or blocked: the draft lasts while the screen is open, as before.
  }
}

export function dropDecisionDraft(storage: Pick<Storage, "removeItem"> | null, assessmentId: string): void {
  try {
    storage?.removeItem(decisionDraftKey(assessmentId));
  } catch {
    // Nothing kept, nothing to clear.
  }
}
