import type { ColumnType, Generated } from "kysely";
import type { ProgramTables } from "../programs/program-tables.js";
import type { RecordTables } from "../records/record-tables.js";
import type { ServiceAccountTables } from "../service-accounts/service-account-tables.js";

/**
 * Table types for Kysely. A feature that stores something adds its tables here and a migration in
 * `migrations.ts`; the two must agree (the storage suite runs every migration on SQLite and PostgreSQL).
 *
 * Portable choices: ids are text (random UUIDs), times are ISO-8601 UTC text (they sort and compare as
 * text on both databases; ASVS 16.2.2 asks for UTC), flags are integers 0/1.
 */
export type DatabaseSchema = {
  organizations: OrganizationsTable;
  users: UsersTable;
  sessions: SessionsTable;
  recovery_codes: RecoveryCodesTable;
  password_links: PasswordLinksTable;
  audit_events: AuditEventsTable;
  guess_budgets: GuessBudgetsTable;
  sign_in_guesses: SignInGuessesTable;
  known_devices: KnownDevicesTable;
  rate_limit_windows: RateLimitWindowsTable;
} & RecordTables &
  ProgramTables &
  ServiceAccountTables;

/** One client address's requests to one route in the current window (access/shared-rate-limit-store.ts). */
export interface RateLimitWindowsTable {
  key: string;
  window_started_at: string;
  hits: number;
}

/** One per email digest and budget; its row is held while a guess is reserved (accounts/guess-budget.ts). */
export interface GuessBudgetsTable {
  subject: string;
  budget: string;
  /** When a guess was last refused because the budget was spent; a right guess reserved earlier fails. */
  last_refused_at: string | null;
  touched_at: string;
}

/** One reserved guess; kept for the 15-minute window, removed again when the guess was right. */
export interface SignInGuessesTable {
  id: string;
  subject: string;
  budget: string;
  guessed_at: string;
}

/** A browser that completed a sign-in to an account (SHA-256 of its device cookie). */
export interface KnownDevicesTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_used_at: string;
}

export interface OrganizationsTable {
  id: string;
  name: string;
  created_at: string;
}

export type UserRole = "admin" | "clinician" | "reviewer";
export type UserStatus = "active" | "disabled";

export interface UsersTable {
  id: string;
  organization_id: string;
  /** Lower-cased; unique within an organization. One address may have accounts in several organizations. */
  email: string;
  display_name: string;
  role: UserRole;
  status: UserStatus;
  /** argon2id (PHC string); null until the person opens their set-up link. */
  password_hash: string | null;
  password_changed_at: string | null;
  /** Base32 TOTP secret; null until enrolled. */
  totp_secret: string | null;
  /** The last 30-second step accepted, so a code cannot be used twice (ASVS 6.5.x). */
  totp_last_step: number | null;
  failed_sign_ins: number;
  locked_until: string | null;
  created_at: string;
}

export type SessionStage = "second-factor" | "enrolment" | "full";

export interface SessionsTable {
  /** SHA-256 of the cookie's token: a copy of the database cannot be used to sign in. */
  token_hash: string;
  user_id: string;
  stage: SessionStage;
  csrf_token: string;
  /** The secret offered during enrolment, kept here until the person confirms a code from it. */
  pending_totp_secret: string | null;
  created_at: string;
  last_seen_at: string;
  /** Absolute end of the session, whatever the activity. */
  expires_at: string;
  ip: string | null;
}

export interface RecoveryCodesTable {
  code_hash: string;
  user_id: string;
  created_at: string;
  used_at: string | null;
}

export type PasswordLinkPurpose = "setup" | "reset";

export interface PasswordLinksTable {
  token_hash: string;
  user_id: string;
  purpose: PasswordLinkPurpose;
  /** 1 when the link also clears the second factor (a lost phone and lost recovery codes). */
  reset_second_factor: number;
  /** The admin who issued it; null when issued by the `stepwise users` command. */
  issued_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditEventsTable {
  /** Ascending; bigint on PostgreSQL, so the driver may return it as text. */
  id: ColumnType<number | string, never, never> & Generated<number | string>;
  occurred_at: string;
  action: string;
  outcome: "success" | "failure" | "denied" | "not-found";
  actor_user_id: string | null;
  organization_id: string | null;
  record_type: string | null;
  record_id: string | null;
  ip: string | null;
  request_id: string | null;
  detail: string | null;
  /** The organization's chain ("" for events without one); audit/audit-chain.ts. */
  chain: ColumnType<string, string | undefined, never>;
  /** Place in the chain, from 1; bigint on PostgreSQL. */
  chain_sequence: ColumnType<number | string | null, number | undefined, never>;
  /** HMAC-SHA256 over the row and the previous row's HMAC. */
  chain_hmac: ColumnType<string | null, string | undefined, never>;
}
