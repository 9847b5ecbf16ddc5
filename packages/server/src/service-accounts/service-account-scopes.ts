/**
 * What a service account may do, one scope per kind of call (docs/service-accounts.md). Kept small on
 * purpose: each scope is checked by the route that needs it, and an account gets only the scopes its
 * integration uses (least privilege, ASVS 5.0 8.2.1).
 *
 * - `score`: score the questionnaire responses the caller sends; nothing is stored or read.
 * - `assess`: compute a level-of-care result from the answers the caller sends; nothing is stored or read.
 * - `records.read`: receive a stored client's records, only under a consent of that client that names the
 *   account's recipient (42 CFR 2.31); every such read is recorded as a disclosure (42 CFR 2.24).
 */
export const SERVICE_ACCOUNT_SCOPES = ["score", "assess", "records.read"] as const;

export type ServiceAccountScope = (typeof SERVICE_ACCOUNT_SCOPES)[number];

export function isServiceAccountScope(value: string): value is ServiceAccountScope {
  return (SERVICE_ACCOUNT_SCOPES as readonly string[]).includes(value);
}
