import type { Kysely } from "kysely";
import { minutesAfter } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";

/**
 * Account lockout against password and code guessing (ASVS 5.0 6.3.1; NIST SP 800-63B §5.2.2 allows
 * at most 100 consecutive failures, we are much stricter): 5 wrong passwords, authenticator codes or
 * recovery codes in a row lock the account for 15 minutes. A complete sign-in or a reset link clears
 * the count. Kept in the database, so every server behind a load balancer sees the same count.
 */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_MINUTES = 15;

export function lockedAt(user: { readonly locked_until: string | null }, now: Date): boolean {
  return user.locked_until !== null && now < new Date(user.locked_until);
}

/** Counts one failure; returns true when this failure locked the account. */
export async function countFailedAttempt(
  db: Kysely<DatabaseSchema>,
  userId: string,
  now: Date,
): Promise<boolean> {
  const row = await db
    .updateTable("users")
    .set((eb) => ({ failed_sign_ins: eb("failed_sign_ins", "+", 1) }))
    .where("id", "=", userId)
    .returning("failed_sign_ins")
    .executeTakeFirst();
  if (row === undefined || Number(row.failed_sign_ins) < LOCKOUT_THRESHOLD) return false;
  await db
    .updateTable("users")
    .set({ failed_sign_ins: 0, locked_until: minutesAfter(now, LOCKOUT_MINUTES).toISOString() })
    .where("id", "=", userId)
    .execute();
  return true;
}

export async function clearFailedAttempts(db: Kysely<DatabaseSchema>, userId: string): Promise<void> {
  await db
    .updateTable("users")
    .set({ failed_sign_ins: 0, locked_until: null })
    .where("id", "=", userId)
    .execute();
}
