import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { sameSecret } from "../accounts/secret-tokens.js";
import type { DatabaseSchema } from "../database/schema.js";
import type { ServiceAccountScope } from "./service-account-scopes.js";
import {
  digestOfServiceAccountKey,
  looksLikeServiceAccountKey,
  newServiceAccountKey,
} from "./service-account-secrets.js";
import type { ServiceAccountStatus, ServiceAccountsTable } from "./service-account-tables.js";

/** What routes and the command line show of an account: never its key or the key's digest. */
export interface ServiceAccountView {
  readonly id: string;
  readonly name: string;
  readonly recipientName: string | null;
  readonly scopes: ServiceAccountScope[];
  readonly status: ServiceAccountStatus;
  readonly createdAt: string;
  readonly keyIssuedAt: string;
  readonly revokedAt: string | null;
  readonly lastUsedAt: string | null;
}

/** The integration a bearer request acts for, once its key checked out. */
export interface ServiceAccountCaller {
  readonly id: string;
  readonly organizationId: string;
  readonly name: string;
  readonly recipientName: string | null;
  readonly scopes: readonly ServiceAccountScope[];
}

export function scopesOf(row: Pick<ServiceAccountsTable, "scopes">): ServiceAccountScope[] {
  try {
    const parsed: unknown = JSON.parse(row.scopes);
    return Array.isArray(parsed) ? (parsed as ServiceAccountScope[]) : [];
  } catch {
    return [];
  }
}

export function viewOfServiceAccount(row: ServiceAccountsTable): ServiceAccountView {
  return {
    id: row.id,
    name: row.name,
    recipientName: row.recipient_name,
    scopes: scopesOf(row),
    status: row.status,
    createdAt: row.created_at,
    keyIssuedAt: row.key_issued_at,
    revokedAt: row.revoked_at,
    lastUsedAt: row.last_used_at,
  };
}

export interface NewServiceAccount {
  readonly organizationId: string;
  readonly name: string;
  readonly recipientName: string | null;
  readonly scopes: readonly ServiceAccountScope[];
  readonly createdBy: string | null;
  readonly now: Date;
}

/** Whether the organization already has an account of this name (names are unique per organization). */
export async function serviceAccountNameTaken(
  db: Kysely<DatabaseSchema>,
  organizationId: string,
  name: string,
): Promise<boolean> {
  const row = await db
    .selectFrom("service_accounts")
    .select("id")
    .where("organization_id", "=", organizationId)
    .where("name", "=", name)
    .executeTakeFirst();
  return row !== undefined;
}

/** Creates the account and its first key; the key is returned here once and never again. */
export async function createServiceAccount(
  db: Kysely<DatabaseSchema>,
  input: NewServiceAccount,
): Promise<{ account: ServiceAccountView; key: string }> {
  const key = newServiceAccountKey();
  const at = input.now.toISOString();
  const row: ServiceAccountsTable = {
    id: randomUUID(),
    organization_id: input.organizationId,
    name: input.name,
    recipient_name: input.recipientName,
    scopes: JSON.stringify([...input.scopes]),
    key_digest: digestOfServiceAccountKey(key),
    status: "active",
    created_at: at,
    created_by: input.createdBy,
    key_issued_at: at,
    revoked_at: null,
    revoked_by: null,
    last_used_at: null,
  };
  await db.insertInto("service_accounts").values(row).execute();
  return { account: viewOfServiceAccount(row), key };
}

export async function serviceAccountsOf(
  db: Kysely<DatabaseSchema>,
  organizationId: string,
): Promise<ServiceAccountView[]> {
  const rows = await db
    .selectFrom("service_accounts")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .orderBy("created_at")
    .orderBy("name")
    .execute();
  return rows.map(viewOfServiceAccount);
}

export async function serviceAccountOfOrganization(
  db: Kysely<DatabaseSchema>,
  organizationId: string,
  accountId: string,
): Promise<ServiceAccountsTable | undefined> {
  const row = await db
    .selectFrom("service_accounts")
    .selectAll()
    .where("id", "=", accountId)
    .where("organization_id", "=", organizationId)
    .executeTakeFirst();
  return row?.organization_id === organizationId ? row : undefined;
}

/**
 * Replaces the key: the old one stops working at once (there is no overlap, so an integration is
 * switched to the new key right after it is shown). A revoked account cannot be given a new key.
 */
export async function rotateServiceAccountKey(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  now: Date,
): Promise<{ account: ServiceAccountView; key: string } | "revoked" | "missing"> {
  const key = newServiceAccountKey();
  const updated = await db
    .updateTable("service_accounts")
    .set({ key_digest: digestOfServiceAccountKey(key), key_issued_at: now.toISOString() })
    .where("id", "=", accountId)
    .where("status", "=", "active")
    .returningAll()
    .executeTakeFirst();
  if (updated !== undefined) return { account: viewOfServiceAccount(updated), key };
  const row = await db
    .selectFrom("service_accounts")
    .select("status")
    .where("id", "=", accountId)
    .executeTakeFirst();
  return row === undefined ? "missing" : "revoked";
}

/**
 * Revokes the account for good: its key stops working at once and a new one cannot be issued. The row
 * stays, so the audit log and the accounting of disclosures keep naming it. The key's digest is replaced
 * by one of a fresh random key nobody holds, so the old key can never match again.
 */
export async function revokeServiceAccount(
  db: Kysely<DatabaseSchema>,
  accountId: string,
  revokedBy: string | null,
  now: Date,
): Promise<ServiceAccountView | "missing"> {
  await db
    .updateTable("service_accounts")
    .set({
      status: "revoked",
      revoked_at: now.toISOString(),
      revoked_by: revokedBy,
      key_digest: digestOfServiceAccountKey(newServiceAccountKey()),
    })
    .where("id", "=", accountId)
    .where("status", "=", "active")
    .execute();
  const row = await db
    .selectFrom("service_accounts")
    .selectAll()
    .where("id", "=", accountId)
    .executeTakeFirst();
  return row === undefined ? "missing" : viewOfServiceAccount(row);
}

/**
 * The active account a key belongs to, or null. The key's shape is checked first; the digest is found
 * through its unique index and compared again in constant time (a lookup by digest reveals nothing useful
 * about the key: SHA-256 is preimage resistant). Marks the account as used at most once a minute.
 */
export async function authenticateServiceAccount(
  db: Kysely<DatabaseSchema>,
  key: string,
  now: Date,
): Promise<ServiceAccountCaller | null> {
  if (!looksLikeServiceAccountKey(key)) return null;
  const digest = digestOfServiceAccountKey(key);
  const row = await db
    .selectFrom("service_accounts")
    .selectAll()
    .where("key_digest", "=", digest)
    .executeTakeFirst();
  if (row === undefined || row.status !== "active" || !sameSecret(row.key_digest, digest)) return null;
  const minuteAgo = new Date(now.getTime() - 60_000).toISOString();
  if (row.last_used_at === null || row.last_used_at < minuteAgo) {
    await db
      .updateTable("service_accounts")
      .set({ last_used_at: now.toISOString() })
      .where("id", "=", row.id)
      .execute();
  }
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    recipientName: row.recipient_name,
    scopes: scopesOf(row),
  };
}
