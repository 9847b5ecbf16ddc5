import { randomUUID } from "node:crypto";
import { type Kysely, sql } from "kysely";
import { minutesAfter } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { digestOf } from "./secret-tokens.js";

/**
 * Guess limits for passwords, authenticator codes and recovery codes (ASVS 5.0 6.3.1; NIST SP 800-63B
 * §5.2.2 allows at most 100 consecutive failures, we are much stricter): at most 5 guesses per account
 * and budget in any 15 minutes are checked.
 *
 * A guess is *reserved* before the slow argon2 check, in one transaction that holds the budget's row
 * (PostgreSQL: the row lock taken by INSERT … ON CONFLICT DO UPDATE; SQLite: one writer at a time).
 * So however many requests arrive at once, at most 5 reach the check — the OWASP Authentication Cheat
 * Sheet's "account lockout" done as a database compare-and-set rather than a read before the check.
 *
 * A right guess gives its reservation back, unless a guess was refused after it was reserved: then it
 * was one of a burst, and signing in would reward the burst, so it is refused too.
 *
 * Budgets: every browser shares the account's common budget, except a browser that has completed a
 * sign-in to that account before (a device cookie, see known-devices.ts), which gets a budget of its
 * own. Someone who guesses against the common budget cannot lock the person out of their own browser
 * (OWASP Authentication Cheat Sheet, "account lockout… can be abused to deny access"; the "device
 * cookie" technique in OWASP's Slow Down Online Guessing Attacks with Device Cookies).
 *
 * Budgets are keyed by the email address, not the account, so an address without an account is
 * limited exactly like one with an account: the answers and their timing do not tell them apart.
 */
export const GUESS_LIMIT = 5;
export const GUESS_WINDOW_MINUTES = 15;

export interface GuessBudgetKey {
  /** SHA-256 of the normalized email address: the same for an address with and without an account. */
  readonly subject: string;
  /** "shared", or "device:<digest>" for a browser that signed in to the account before. */
  readonly budget: string;
}

export const SHARED_BUDGET = "shared";

export function guessSubjectOf(email: string): string {
  // The same normalization as accounts.ts normalizeEmail (imported there, so not imported here).
  return digestOf(`sign-in:${email.trim().toLowerCase()}`);
}

export type GuessReservation =
  | { readonly allowed: false }
  | {
      readonly allowed: true;
      readonly id: string;
      readonly reservedAt: Date;
      /** This guess used the last one of the budget: if it is wrong, the budget is spent. */
      readonly lastOne: boolean;
    };

let reservationsSincePrune = 0;

/** Holds the budget's row until the transaction ends (PostgreSQL row lock; SQLite has one writer). */
async function holdBudget(trx: Kysely<DatabaseSchema>, key: GuessBudgetKey, now: Date): Promise<void> {
  await trx
    .insertInto("guess_budgets")
    .values({
      subject: key.subject,
      budget: key.budget,
      last_refused_at: null,
      touched_at: now.toISOString(),
    })
    .onConflict((conflict) =>
      conflict.columns(["subject", "budget"]).doUpdateSet({ touched_at: now.toISOString() }),
    )
    .execute();
}

/** Reserves one guess before it is checked; `allowed: false` means the budget is spent. */
export async function reserveGuess(
  db: Kysely<DatabaseSchema>,
  key: GuessBudgetKey,
  now: Date,
): Promise<GuessReservation> {
  const windowStart = minutesAfter(now, -GUESS_WINDOW_MINUTES).toISOString();
  reservationsSincePrune += 1;
  const prune = reservationsSincePrune >= 64;
  if (prune) reservationsSincePrune = 0;
  return db.transaction().execute(async (trx) => {
    await holdBudget(trx, key, now);
    await trx
      .deleteFrom("sign_in_guesses")
      .where("subject", "=", key.subject)
      .where("budget", "=", key.budget)
      .where("guessed_at", "<=", windowStart)
      .execute();
    const { count } = await trx
      .selectFrom("sign_in_guesses")
      .select((eb) => eb.fn.countAll<number | string>().as("count"))
      .where("subject", "=", key.subject)
      .where("budget", "=", key.budget)
      .executeTakeFirstOrThrow();
    const used = Number(count);
    if (used >= GUESS_LIMIT) {
      await trx
        .updateTable("guess_budgets")
        .set({ last_refused_at: now.toISOString() })
        .where("subject", "=", key.subject)
        .where("budget", "=", key.budget)
        .execute();
      return { allowed: false } as const;
    }
    const id = randomUUID();
    await trx
      .insertInto("sign_in_guesses")
      .values({ id, subject: key.subject, budget: key.budget, guessed_at: now.toISOString() })
      .execute();
    if (prune) await pruneExpiredBudgets(trx, windowStart);
    return { allowed: true, id, reservedAt: now, lastOne: used + 1 === GUESS_LIMIT } as const;
  });
}

/** Budgets and guesses untouched for a whole window say nothing any more; they are removed now and then. */
async function pruneExpiredBudgets(trx: Kysely<DatabaseSchema>, windowStart: string): Promise<void> {
  await trx.deleteFrom("sign_in_guesses").where("guessed_at", "<=", windowStart).execute();
  await trx
    .deleteFrom("guess_budgets")
    .where("touched_at", "<=", windowStart)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("sign_in_guesses")
            .select(sql<number>`1`.as("one"))
            .whereRef("sign_in_guesses.subject", "=", "guess_budgets.subject")
            .whereRef("sign_in_guesses.budget", "=", "guess_budgets.budget"),
        ),
      ),
    )
    .execute();
}

/**
 * A right guess gives its reservation back — unless another guess was refused after this one was
 * reserved (a burst ran past the limit meanwhile). Returns false then: the caller must refuse the
 * sign-in although the guess was right. Run it in the transaction that completes the step.
 */
export async function returnRightGuess(
  trx: Kysely<DatabaseSchema>,
  key: GuessBudgetKey,
  reservation: { readonly id: string; readonly reservedAt: Date },
  now: Date,
): Promise<boolean> {
  await holdBudget(trx, key, now);
  const budget = await trx
    .selectFrom("guess_budgets")
    .select("last_refused_at")
    .where("subject", "=", key.subject)
    .where("budget", "=", key.budget)
    .executeTakeFirst();
  const refused = budget?.last_refused_at ?? null;
  if (refused !== null && refused >= reservation.reservedAt.toISOString()) return false;
  await trx.deleteFrom("sign_in_guesses").where("id", "=", reservation.id).execute();
  return true;
}

export type GuessOutcome<T> =
  /** The budget was spent before this guess, or a burst spent it while this right guess was checked. */
  | { readonly kind: "refused" }
  /** Wrong; `spent` when it used the budget's last guess. */
  | { readonly kind: "wrong"; readonly spent: boolean }
  | { readonly kind: "right"; readonly value: T };

class WrongAfterAll extends Error {}

/**
 * One guess under the budget: reserve, run the slow `check` outside any transaction (argon2 must not
 * hold SQLite's one writer), then — only for a right guess — give the reservation back and `complete`
 * the step in one transaction. `complete` may still find the guess wrong (a one-time code used by a
 * racing request) by returning null; the reservation then stays spent.
 */
export async function guessWithinBudget<T>(
  db: Kysely<DatabaseSchema>,
  key: GuessBudgetKey,
  now: Date,
  check: () => Promise<boolean>,
  complete: (trx: Kysely<DatabaseSchema>) => Promise<T | null>,
): Promise<GuessOutcome<T>> {
  const reservation = await reserveGuess(db, key, now);
  if (!reservation.allowed) return { kind: "refused" };
  if (await check()) {
    try {
      return await db.transaction().execute(async (trx): Promise<GuessOutcome<T>> => {
        if (!(await returnRightGuess(trx, key, reservation, now))) return { kind: "refused" };
        const value = await complete(trx);
        if (value === null) throw new WrongAfterAll();
        return { kind: "right", value };
      });
    } catch (error) {
      if (!(error instanceof WrongAfterAll)) throw error;
    }
  }
  return { kind: "wrong", spent: reservation.lastOne };
}

/** A complete sign-in starts the budget it used afresh ("5 wrong in a row"). */
export async function clearGuessBudget(db: Kysely<DatabaseSchema>, key: GuessBudgetKey): Promise<void> {
  await db
    .deleteFrom("sign_in_guesses")
    .where("subject", "=", key.subject)
    .where("budget", "=", key.budget)
    .execute();
  await db
    .updateTable("guess_budgets")
    .set({ last_refused_at: null })
    .where("subject", "=", key.subject)
    .where("budget", "=", key.budget)
    .execute();
}

/** A reset link starts every budget of the address afresh, the shared one and each device's. */
export async function clearAllGuessBudgets(db: Kysely<DatabaseSchema>, email: string): Promise<void> {
  const subject = guessSubjectOf(email);
  await db.deleteFrom("sign_in_guesses").where("subject", "=", subject).execute();
  await db
    .updateTable("guess_budgets")
    .set({ last_refused_at: null })
    .where("subject", "=", subject)
    .execute();
}
