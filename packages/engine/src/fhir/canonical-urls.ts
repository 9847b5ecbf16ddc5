import type { InstrumentId } from "../instruments/scale-result.js";

/**
 * Canonical URLs of the Questionnaires and code systems Stepwise publishes. They identify, they are not
 * fetched. The `.invalid` top-level domain (RFC 2606) can never belong to anyone else; an organization
 * that publishes these resources on its own FHIR server passes its own base to the export.
 */
export const DEFAULT_CANONICAL_BASE = "https://stepwise.invalid/fhir";

export function questionnaireUrl(instrument: InstrumentId, base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/Questionnaire/${instrument}`;
}

/** Our answer codes for scales whose answers have no verified LOINC codes. */
export function answerCodeSystemUrl(instrument: InstrumentId, base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/CodeSystem/${instrument}-answers`;
}

/** Our codes for totals that have no LOINC code (CIWA-Ar, COWS, ASQ, TAPS-1 and TAPS-2). */
export function scoreCodeSystemUrl(base = DEFAULT_CANONICAL_BASE): string {
  return `${base}/CodeSystem/scale-totals`;
}
