import type { FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { setSessionCookie } from "../access/access-control.js";
import { startSession } from "../access/sessions.js";
import type { DatabaseSchema } from "../database/schema.js";
import { signInCandidates, type UserRow } from "./accounts.js";
import { clearGuessBudget, guessWithinBudget } from "./guess-budget.js";
import { guessBudgetFor, rememberDevice } from "./known-devices.js";
import { passwordMatches, spendPasswordCheckTime } from "./password-hashing.js";
import { requiresSecondFactor } from "./roles.js";

export type SignInAnswer =
  | { readonly stage: "second-factor" | "enrolment" | "full"; readonly csrfToken: string }
  | {
      readonly stage: "choose-organization";
      readonly organizations: ReadonlyArray<{ readonly id: string; readonly name: string }>;
    };

export type PasswordSignIn =
  | { readonly kind: "refused" }
  | { readonly kind: "wrong"; readonly spent: boolean }
  | { readonly kind: "accepted"; readonly answer: SignInAnswer };

/**
 * The password step of signing in (`POST /api/session`).
 *
 * The guess is reserved before any check (accounts/guess-budget.ts). An address without a usable
 * account runs one argon2 check against a decoy hash, the same work as an address with one account,
 * and gets the same answers, so neither the status, the words nor the time tells whether an account
 * exists. An address may have an account in several organizations (one password each); when the
 * password opens more than one, the person chooses the organization and sends it again with
 * `organization` (its id).
 */
export async function signInWithPassword(
  database: Kysely<DatabaseSchema>,
  request: FastifyRequest,
  reply: FastifyReply,
  body: { readonly email: string; readonly password: string; readonly organization?: string | undefined },
  now: Date,
): Promise<PasswordSignIn> {
  const accounts = await signInCandidates(database, body.email, body.organization);
  const budget = await guessBudgetFor(database, request, body.email, now);
  const matched: UserRow[] = [];
  const outcome = await guessWithinBudget(
    database,
    budget,
    now,
    async () => {
      if (accounts.length === 0) {
        await spendPasswordCheckTime(body.password);
        return false;
      }
      for (const account of accounts) {
        if (await passwordMatches(account.password_hash, body.password)) matched.push(account);
      }
      return matched.length > 0;
    },
    async (trx): Promise<SignInAnswer> => {
      const [user, ...others] = matched;
      if (user === undefined) throw new Error("a right password matched no account");
      if (others.length > 0) {
        const organizations = await trx
          .selectFrom("organizations")
          .select(["id", "name"])
          .where(
            "id",
            "in",
            matched.map((account) => account.organization_id),
          )
          .orderBy("name")
          .execute();
        return { stage: "choose-organization", organizations };
      }
      const who = { actorUserId: user.id, organizationId: user.organization_id };
      const stage =
        user.totp_secret !== null ? "second-factor" : requiresSecondFactor(user.role) ? "enrolment" : "full";
      if (stage === "full") {
        await clearGuessBudget(trx, budget);
        await rememberDevice(trx, request, reply, user.id, now);
      }
      const started = await startSession(trx, { userId: user.id, stage, ip: request.ip, now });
      await request.audit.record({ action: "sign-in.password", outcome: "success", ...who }, trx);
      if (stage === "full") {
        await request.audit.record(
          { action: "sign-in", outcome: "success", detail: "password only", ...who },
          trx,
        );
      }
      request.log.info({ userId: user.id, stage }, "password accepted");
      setSessionCookie(reply, started.token);
      return { stage, csrfToken: started.csrfToken };
    },
  );
  if (outcome.kind === "right") return { kind: "accepted", answer: outcome.value };
  const detail = outcome.kind === "refused" ? "too many tries" : "wrong password";
  // One line per organization that has an account under this address, or one without organization.
  const audited = accounts.length === 0 ? [undefined] : accounts;
  for (const account of audited) {
    const who = { actorUserId: account?.id ?? null, organizationId: account?.organization_id ?? null };
    await request.audit.record({
      action: "sign-in.password",
      outcome: "failure",
      detail: account === undefined ? `${detail}, no usable account` : detail,
      ...who,
    });
    if (outcome.kind === "wrong" && outcome.spent && account !== undefined) {
      await request.audit.record({
        action: "account.locked",
        outcome: "success",
        detail: "wrong password",
        ...who,
      });
    }
  }
  return outcome.kind === "refused" ? { kind: "refused" } : { kind: "wrong", spent: outcome.spent };
}
