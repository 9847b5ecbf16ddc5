import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { minutesAfter } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { normalizeEmail } from "./accounts.js";
import { type GuessBudgetKey, guessSubjectOf, SHARED_BUDGET } from "./guess-budget.js";
import { digestOf, newSecretToken } from "./secret-tokens.js";

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"): a browser that has
 * completed a sign-in to an account gets a random token; its digest is stored with the account. Later
 * sign-ins to that account from that browser use a guess budget of their own, so guesses from anywhere
 * else cannot lock the person out of their own browser.
 *
 * The cookie holds no personal information, is sent to this site only (`__Host-`, SameSite=Strict) and
 * is unreadable to scripts (HttpOnly). It lasts 180 days from the last sign-in with it.
 */
export const DEVICE_COOKIE = "__Host-stepwise-device";
export const DEVICE_DAYS = 180;

function deviceTokenOf(request: FastifyRequest): string | null {
  const token = request.cookies[DEVICE_COOKIE];
  if (token === undefined || token.length < 20 || token.length > 200) return null;
  return token;
}

/** The budget a guess from this browser for this address draws on. */
export async function guessBudgetFor(
  db: Kysely<DatabaseSchema>,
  request: FastifyRequest,
  email: string,
  now: Date,
): Promise<GuessBudgetKey> {
  const subject = guessSubjectOf(email);
  const token = deviceTokenOf(request);
  if (token === null) return { subject, budget: SHARED_BUDGET };
  const tokenHash = digestOf(token);
  const known = await db
    .selectFrom("known_devices")
    .innerJoin("users", "users.id", "known_devices.user_id")
    .select("known_devices.token_hash")
    .where("known_devices.token_hash", "=", tokenHash)
    .where("users.email", "=", normalizeEmail(email))
    .where("known_devices.last_used_at", ">", minutesAfter(now, -DEVICE_DAYS * 24 * 60).toISOString())
    .executeTakeFirst();
  return { subject, budget: known === undefined ? SHARED_BUDGET : `device:${tokenHash}` };
}

/** After a complete sign-in: remembers this browser for the account and (re)sets its cookie. */
export async function rememberDevice(
  db: Kysely<DatabaseSchema>,
  request: FastifyRequest,
  reply: FastifyReply,
  userId: string,
  now: Date,
): Promise<void> {
  const token = deviceTokenOf(request) ?? newSecretToken();
  await db
    .insertInto("known_devices")
    .values({
      token_hash: digestOf(token),
      user_id: userId,
      created_at: now.toISOString(),
      last_used_at: now.toISOString(),
    })
    .onConflict((conflict) =>
      conflict.columns(["token_hash", "user_id"]).doUpdateSet({ last_used_at: now.toISOString() }),
    )
    .execute();
  reply.setCookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    secure: true,
    sameSite: "strict",
    path: "/",
    maxAge: DEVICE_DAYS * 24 * 60 * 60,
  });
}
