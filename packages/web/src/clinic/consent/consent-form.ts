import type { ConsentMessageKey } from "./consent-messages.js";

/** What a consent can cover (the records API's kinds of information, records/record-schemas.ts). */
export const INFORMATION_KINDS = ["identifiers", "assessments", "decisions", "episodes"] as const;
export type InformationKind = (typeof INFORMATION_KINDS)[number];

/** Why records may be shared (the API's purposes; 42 CFR 2.31(a)(5)). */
export const DISCLOSURE_PURPOSES = [
  "treatment",
  "payment",
  "health-care-operations",
  "care-coordination",
  "other",
] as const;
export type DisclosurePurpose = (typeof DISCLOSURE_PURPOSES)[number];

/** A consent as the API shows it. */
export interface ConsentRecord {
  readonly id: string;
  readonly recipientName: string;
  readonly information: readonly InformationKind[];
  readonly purpose: DisclosurePurpose;
  readonly purposeText: string | null;
  readonly signedOn: string;
  readonly expiresOn: string;
  readonly signedBy: string | null;
  readonly revokedAt: string | null;
  readonly revocationReason: string | null;
  readonly status: "active" | "expired" | "revoked";
  readonly version: number;
}

/** One line of the accounting of disclosures (42 CFR 2.24). */
export interface DisclosureRecord {
  readonly id: string;
  readonly consentId: string;
  readonly recipientName: string;
  readonly information: readonly InformationKind[];
  readonly purpose: DisclosurePurpose;
  readonly disclosedAt: string;
}

/** The consent form as typed, before it is sent. */
export interface ConsentDraft {
  readonly recipientName: string;
  readonly information: readonly InformationKind[];
  readonly purpose: DisclosurePurpose | "";
  readonly purposeText: string;
  readonly signedOn: string;
  readonly expiresOn: string;
  readonly signedBy: string;
}

export const EMPTY_CONSENT: ConsentDraft = {
  recipientName: "",
  information: [],
  purpose: "",
  purposeText: "",
  signedOn: "",
  expiresOn: "",
  signedBy: "",
};

/** The form's fields in screen order: the first with a problem takes focus. */
export const CONSENT_FIELDS = [
  "recipientName",
  "information",
  "purpose",
  "purposeText",
  "signedOn",
  "expiresOn",
  "signedBy",
] as const;
export type ConsentField = (typeof CONSENT_FIELDS)[number];

/** A real calendar day written YYYY-MM-DD (the API's own rule). */
export function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const day = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(text);
}

/**
 * What is missing or wrong, field by field, in the person's language: every element 42 CFR 2.31(a)
 * asks of a written consent is required before the form is sent.
 */
export function consentProblems(draft: ConsentDraft): Partial<Record<ConsentField, ConsentMessageKey>> {
  const problems: Partial<Record<ConsentField, ConsentMessageKey>> = {};
  if (draft.recipientName.trim() === "") problems.recipientName = "consent.missing.recipientName";
  if (draft.information.length === 0) problems.information = "consent.missing.information";
  if (draft.purpose === "") problems.purpose = "consent.missing.purpose";
  if (draft.purpose === "other" && draft.purposeText.trim() === "") {
    problems.purposeText = "consent.missing.purposeText";
  }
  if (!isIsoDay(draft.signedOn.trim())) problems.signedOn = "consent.missing.signedOn";
  if (!isIsoDay(draft.expiresOn.trim())) problems.expiresOn = "consent.missing.expiresOn";
  else if (problems.signedOn === undefined && draft.expiresOn.trim() < draft.signedOn.trim()) {
    problems.expiresOn = "consent.endsBeforeSigned";
  }
  if (draft.signedBy.trim() === "") problems.signedBy = "consent.missing.signedBy";
  return problems;
}

/** The request body for `POST /api/clients/{clientId}/consents`. */
export function consentRequest(draft: ConsentDraft) {
  return {
    recipientName: draft.recipientName.trim(),
    information: INFORMATION_KINDS.filter((kind) => draft.information.includes(kind)),
    purpose: draft.purpose,
    ...(draft.purpose === "other" ? { purposeText: draft.purposeText.trim() } : {}),
    signedOn: draft.signedOn.trim(),
    expiresOn: draft.expiresOn.trim(),
    signedBy: draft.signedBy.trim(),
  };
}

/** `?from=&to=` for the accounting of a period; an empty day is left out. */
export function accountingQuery(from: string, to: string): string {
  const parts = [`limit=200`];
  if (from.trim() !== "") parts.push(`from=${encodeURIComponent(from.trim())}`);
  if (to.trim() !== "") parts.push(`to=${encodeURIComponent(to.trim())}`);
  return parts.join("&");
}
