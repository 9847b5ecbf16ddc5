import { randomUUID } from "node:crypto";
import type { Kysely } from "kysely";
import { endAllSessionsOf } from "../access/sessions.js";
import { minutesAfter } from "../clock.js";
import type { DatabaseSchema, PasswordLinkPurpose, UserRole, UsersTable } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { hasControlCharacter, NO_CONTROL_CHARACTERS } from "./account-fields.js";
import { clearAllGuessBudgets } from "./guess-budget.js";
import { hashPassword } from "./password-hashing.js";
import { passwordProblem } from "./password-rules.js";
import { digestOf, newSecretToken } from "./secret-tokens.js";

/**
 * Accounts: organizations, people and their one-time password links. Used by the HTTP routes and by
 * the `stepwise users` command, so both follow the same rules.
 */

/** A set-up link lasts 3 days (time to reach a new colleague); a reset link lasts 1 day. */
export const SETUP_LINK_MINUTES = 3 * 24 * 60;
export const RESET_LINK_MINUTES = 24 * 60;

/** Where the clinic page reads a one-time link: in the fragment, which browsers never send to a server. */
export function passwordLinkPath(token: string): string {
  return `/clinic/#link=${token}`;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function emailProblem(email: string): string | null {
  if (hasControlCharacter(email)) return NO_CONTROL_CHARACTERS;
  if (!EMAIL_SHAPE.test(email) || email.length > 254) return "Enter an email address like name@clinic.org.";
  return null;
}

export type UserRow = UsersTable;

export async function findOrganizationByName(db: Kysely<DatabaseSchema>, name: string) {
  return db.selectFrom("organizations").selectAll().where("name", "=", name.trim()).executeTakeFirst();
}

export async function findOrCreateOrganization(
  db: Kysely<DatabaseSchema>,
  name: string,
  now: Date,
): Promise<{ id: string; name: string; created: boolean }> {
  const trimmed = name.trim();
  const existing = await findOrganizationByName(db, trimmed);
  if (existing !== undefined) return { id: existing.id, name: existing.name, created: false };
  const id = randomUUID();
  await db.insertInto("organizations").values({ id, name: trimmed, created_at: now.toISOString() }).execute();
  return { id, name: trimmed, created: true };
}

/** The accounts under an address: at most one per organization. */
export async function findUsersByEmail(db: Kysely<DatabaseSchema>, email: string): Promise<UserRow[]> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", normalizeEmail(email))
    .orderBy("created_at")
    .execute();
}

export async function findUserInOrganization(
  db: Kysely<DatabaseSchema>,
  organizationId: string,
  email: string,
): Promise<UserRow | undefined> {
  return db
    .selectFrom("users")
    .selectAll()
    .where("organization_id", "=", organizationId)
    .where("email", "=", normalizeEmail(email))
    .executeTakeFirst();
}

/**
 * The accounts a password may open: active, with a password set, under this address (one per
 * organization), optionally only the one in a chosen organization.
 */
export async function signInCandidates(
  db: Kysely<DatabaseSchema>,
  email: string,
  organizationId: string | undefined,
): Promise<Array<UserRow & { password_hash: string }>> {
  let query = db
    .selectFrom("users")
    .selectAll()
    .where("email", "=", normalizeEmail(email))
    .where("status", "=", "active")
    .where("password_hash", "is not", null);
  if (organizationId !== undefined) query = query.where("organization_id", "=", organizationId);
  const rows = await query.orderBy("created_at").limit(20).execute();
  return rows.filter((row): row is UserRow & { password_hash: string } => row.password_hash !== null);
}

export async function createUser(
  db: Kysely<DatabaseSchema>,
  input: { organizationId: string; email: string; displayName: string; role: UserRole; now: Date },
): Promise<UserRow> {
  const email = normalizeEmail(input.email);
  // Only this organization's accounts are looked at: an address used in another organization is
  // none of this admin's business, and a new account here does not touch it.
  if ((await findUserInOrganization(db, input.organizationId, email)) !== undefined) {
    throw new HttpProblem(409, "Conflict", `There is already an account for ${email}.`, [
      { field: "email", message: "This address already has an account." },
    ]);
  }
  const row: UserRow = {
    id: randomUUID(),
    organization_id: input.organizationId,
    email,
    display_name: input.displayName.trim(),
    role: input.role,
    status: "active",
    password_hash: null,
    password_changed_at: null,
    totp_secret: null,
    totp_last_step: null,
    failed_sign_ins: 0,
    locked_until: null,
    created_at: input.now.toISOString(),
  };
  await db.insertInto("users").values(row).execute();
  return row;
}

/** Issues a one-time link to set or reset a password; only its digest is stored. */
export async function issuePasswordLink(
  db: Kysely<DatabaseSchema>,
  input: {
    userId: string;
    purpose: PasswordLinkPurpose;
    issuedBy: string | null;
    resetSecondFactor: boolean;
    now: Date;
  },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecretToken();
  const expiresAt = minutesAfter(
    input.now,
    input.purpose === "setup" ? SETUP_LINK_MINUTES : RESET_LINK_MINUTES,
  );
  // A new link replaces any earlier unused one, so only the latest can be used.
  await db
    .updateTable("password_links")
    .set({ used_at: input.now.toISOString() })
    .where("user_id", "=", input.userId)
    .where("used_at", "is", null)
    .execute();
  await db
    .insertInto("password_links")
    .values({
      token_hash: digestOf(token),
      user_id: input.userId,
      purpose: input.purpose,
      reset_second_factor: input.resetSecondFactor ? 1 : 0,
      issued_by: input.issuedBy,
      created_at: input.now.toISOString(),
      expires_at: expiresAt.toISOString(),
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** The link's owner if it is unused, unexpired and the account active; otherwise null. */
export async function findUsablePasswordLink(db: Kysely<DatabaseSchema>, token: string, now: Date) {
  if (token.length === 0 || token.length > 200) return null;
  const row = await db
    .selectFrom("password_links")
    .innerJoin("users", "users.id", "password_links.user_id")
    .select([
      "password_links.token_hash",
      "password_links.purpose",
      "password_links.reset_second_factor",
      "password_links.expires_at",
      "password_links.used_at",
      "users.id as user_id",
      "users.organization_id",
      "users.email",
      "users.status",
    ])
    .where("password_links.token_hash", "=", digestOf(token))
    .executeTakeFirst();
  if (row === undefined || row.used_at !== null || row.status !== "active") return null;
  if (now >= new Date(row.expires_at)) return null;
  return row;
}

/**
 * Uses a one-time link: sets the password, starts every guess budget afresh and ends every session, all in one
 * transaction, and marks the link used so it never works again. The second factor stays unless the
 * admin chose to clear it, so a reset does not bypass MFA (ASVS 5.0 6.4.3).
 */
export async function usePasswordLink(
  db: Kysely<DatabaseSchema>,
  input: { token: string; password: string; now: Date },
  audit: (
    trx: Kysely<DatabaseSchema>,
    user: { id: string; organizationId: string },
    purpose: string,
  ) => Promise<void>,
): Promise<{ email: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const link = await findUsablePasswordLink(trx, input.token, input.now);
    if (link === null) throw unusableLink();
    const problem = passwordProblem(input.password, { email: link.email });
    if (problem !== null) throw passwordRefused(problem, "password");
    const marked = await trx
      .updateTable("password_links")
      .set({ used_at: input.now.toISOString() })
      .where("token_hash", "=", link.token_hash)
      .where("used_at", "is", null)
      .executeTakeFirst();
    if (Number(marked.numUpdatedRows) !== 1) throw unusableLink();
    await trx
      .updateTable("users")
      .set({
        password_hash: passwordHash,
        password_changed_at: input.now.toISOString(),
        ...(link.reset_second_factor === 1 ? { totp_secret: null, totp_last_step: null } : {}),
      })
      .where("id", "=", link.user_id)
      .execute();
    if (link.reset_second_factor === 1) {
      await trx.deleteFrom("recovery_codes").where("user_id", "=", link.user_id).execute();
    }
    await endAllSessionsOf(trx, link.user_id);
    await clearAllGuessBudgets(trx, link.email);
    await audit(trx, { id: link.user_id, organizationId: link.organization_id }, link.purpose);
    return { email: link.email };
  });
}

export const unusableLink = () =>
  new HttpProblem(
    410,
    "Gone",
    "This link has already been used, has expired, or belongs to a disabled account. Ask an administrator for a new one.",
  );

export const passwordRefused = (message: string, field: string) =>
  new HttpProblem(400, "Bad Request", message, [{ field, message }]);

/** Disables an account and ends its sessions at once (ASVS 5.0 7.4.2). */
export async function disableUser(db: Kysely<DatabaseSchema>, userId: string): Promise<number> {
  await db.updateTable("users").set({ status: "disabled" }).where("id", "=", userId).execute();
  return endAllSessionsOf(db, userId);
}
