import type { ServiceAccountScope } from "./service-account-scopes.js";

export type ServiceAccountStatus = "active" | "revoked";

/** One integration's account (service-accounts-migration.ts). */
export interface ServiceAccountsTable {
  id: string;
  organization_id: string;
  /** Unique within the organization, e.g. "County EHR". */
  name: string;
  /**
   * Who receives a client's records through this account, written as the client's consents name the
   * recipient (42 CFR 2.31(a)(2)); null when the account has no `records.read` scope.
   */
  recipient_name: string | null;
  /** JSON array of ServiceAccountScope. */
  scopes: string;
  /** SHA-256 (hex) of the current key; the key itself is shown once and never stored. */
  key_digest: string;
  status: ServiceAccountStatus;
  created_at: string;
  /** The admin who created it; null when made by the `stepwise service-accounts` command. */
  created_by: string | null;
  key_issued_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  /** Written at most once a minute, so a busy integration does not write on every call. */
  last_used_at: string | null;
}

export interface ServiceAccountTables {
  service_accounts: ServiceAccountsTable;
}

export type { ServiceAccountScope };
