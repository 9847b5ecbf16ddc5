import type { Kysely } from "kysely";
import { digestOf, newSecretToken } from "../accounts/secret-tokens.js";
import { minutesAfter } from "../clock.js";
import type { DatabaseSchema, SessionStage } from "../database/schema.js";
import type { RequestSession } from "./principal.js";

/**
 * Session lifetimes (ASVS 5.0 7.1.1, 7.3.1, 7.3.2; HIPAA 164.312(a)(2)(iii) automatic logoff):
 * NIST SP 800-63B-3 §4.2.3 (AAL2) asks re-authentication after 30 minutes of inactivity and at least
 * every 12 hours; we use exactly those. A sign-in that has passed the password but not the second
 * factor lasts 10 minutes (ASVS 6.5.x: one-time codes are short-lived).
 */
export const SESSION_IDLE_MINUTES = 30;
/** Activity is written at most once a minute, or once per 1/30 of a shorter idle limit. */
export function touchIntervalMs(idleMinutes: number): number {
  return Math.min(60_000, (idleMinutes * 60_000) / 30);
}
export const SESSION_ABSOLUTE_MINUTES = 12 * 60;
export const SIGN_IN_STEP_MINUTES = 10;

/**
 * `__Host-` makes the browser insist on Secure, Path=/ and no Domain (ASVS 5.0 3.3.1). Chromium and
 * Firefox treat http://localhost as a secure context, so the cookie also works in local development.
 */
export const SESSION_COOKIE = "__Host-stepwise-session";

export interface NewSession {
  readonly token: string;
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

export async function startSession(
  db: Kysely<DatabaseSchema>,
  input: { userId: string; stage: SessionStage; ip: string | null; now: Date },
): Promise<NewSession> {
  const token = newSecretToken();
  const csrfToken = newSecretToken();
  const expiresAt = minutesAfter(
    input.now,
    input.stage === "full" ? SESSION_ABSOLUTE_MINUTES : SIGN_IN_STEP_MINUTES,
  );
  await db
    .insertInto("sessions")
    .values({
      token_hash: digestOf(token),
      user_id: input.userId,
      stage: input.stage,
      csrf_token: csrfToken,
      pending_totp_secret: null,
      created_at: input.now.toISOString(),
      last_seen_at: input.now.toISOString(),
      expires_at: expiresAt.toISOString(),
      ip: input.ip,
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

export type SessionLookup =
  | { readonly kind: "live"; readonly session: RequestSession }
  | {
      readonly kind: "expired";
      readonly userId: string;
      readonly organizationId: string;
      readonly why: string;
    }
  | { readonly kind: "none" };

/**
 * Finds the session for a cookie token. Ends it when it has passed its absolute lifetime or been idle
 * too long, or when the account was disabled meanwhile.
 */
export async function lookUpSession(
  db: Kysely<DatabaseSchema>,
  token: string | undefined,
  now: Date,
  /** `STEPWISE_SESSION_IDLE_MINUTES` (config.ts): how long a complete session may go without a request. */
  idleMinutes: number = SESSION_IDLE_MINUTES,
): Promise<SessionLookup> {
  if (token === undefined || token.length === 0 || token.length > 200) return { kind: "none" };
  const tokenHash = digestOf(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([
      "sessions.token_hash",
      "sessions.stage",
      "sessions.csrf_token",
      "sessions.pending_totp_secret",
      "sessions.last_seen_at",
      "sessions.expires_at",
      "users.id as user_id",
      "users.organization_id",
      "users.email",
      "users.display_name",
      "users.role",
      "users.status",
      "users.totp_secret",
      "users.totp_last_step",
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (row === undefined) return { kind: "none" };
  const lastSeen = new Date(row.last_seen_at);
  const idleLimit = minutesAfter(lastSeen, row.stage === "full" ? idleMinutes : SIGN_IN_STEP_MINUTES);
  const why =
    row.status !== "active"
      ? "account disabled"
      : now >= new Date(row.expires_at)
        ? "absolute lifetime reached"
        : now >= idleLimit
          ? "idle too long"
          : null;
  if (why !== null) {
    await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    return { kind: "expired", userId: row.user_id, organizationId: row.organization_id, why };
  }
  // Reading pages does not cost a durable write each; the idle limit stays exact to within the interval.
  if (now.getTime() - lastSeen.getTime() >= touchIntervalMs(idleMinutes)) {
    await touchSession(db, tokenHash, now);
  }
  return {
    kind: "live",
    session: {
      tokenHash,
      stage: row.stage,
      csrfToken: row.csrf_token,
      pendingTotpSecret: row.pending_totp_secret,
      user: {
        id: row.user_id,
        organizationId: row.organization_id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        totpSecret: row.totp_secret,
        totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
      },
    },
  };
}

/** Marks a session as used now: the idle limit counts again from here ("Stay signed in"). */
export async function touchSession(db: Kysely<DatabaseSchema>, tokenHash: string, now: Date): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now.toISOString() })
    .where("token_hash", "=", tokenHash)
    .execute();
}

export async function endSession(db: Kysely<DatabaseSchema>, tokenHash: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
}

/** Ends every session of a person: on disabling, password change or reset (ASVS 5.0 7.4.2, 7.4.3). */
export async function endAllSessionsOf(db: Kysely<DatabaseSchema>, userId: string): Promise<number> {
  const result = await db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
