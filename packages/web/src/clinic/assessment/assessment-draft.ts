import { CLINIC_DRAFT_PREFIX } from "../workspace/clinic-drafts.js";
import type { FormValues } from "./assessment-mapping.js";

/**
 * An unsaved assessment survives a reload of the tab: it is kept in sessionStorage under the clinic's
 * draft prefix, which sign-out and the idle timeout clear (workspace/clinic-drafts.ts,
 * docs/security.md: nothing left in browser storage), and it is removed once the assessment is saved.
 */
export interface AssessmentDraft {
  readonly values: FormValues;
  readonly previousAssessmentId: string | null;
}

export function draftKey(clientId: string): string {
  return `${CLINIC_DRAFT_PREFIX}assessment.${clientId}`;
}

export function loadDraft(
  clientId: string,
  storage: Storage | undefined = sessionStorageOrNone(),
): AssessmentDraft | null {
  try {
    const text = storage?.getItem(draftKey(clientId));
    if (text === null || text === undefined) return null;
    const parsed = JSON.parse(text) as Partial<AssessmentDraft>;
    if (typeof parsed.values !== "object" || parsed.values === null) return null;
    const values: Record<string, string> = {};
    for (const [key, value] of Object.entries(parsed.values)) {
      if (typeof value === "string") values[key] = value;
    }
    return {
      values,
      previousAssessmentId:
        typeof parsed.previousAssessmentId === "string" ? parsed.previousAssessmentId : null,
    };
  } catch {
    return null;
  }
}

export function saveDraft(
  clientId: string,
  draft: AssessmentDraft,
  storage: Storage | undefined = sessionStorageOrNone(),
): void {
  try {
    storage?.setItem(draftKey(clientId), JSON.stringify(draft));
  } catch {
    // Storage full or blocked: the draft then lasts only while the screen is open.
  }
}

export function clearDraft(clientId: string, storage: Storage | undefined = sessionStorageOrNone()): void {
  try {
    storage?.removeItem(draftKey(clientId));
  } catch {
    // Nothing kept, nothing to clear.
  }
}

function sessionStorageOrNone(): Storage | undefined {
  try {
    return typeof sessionStorage === "undefined" ? undefined : sessionStorage;
  } catch {
    return undefined;
  }
}
