import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { clearSessionCookie, principalOf, sessionOf, setSessionCookie } from "../access/access-control.js";
import { anyRole, publicRoute, signingIn } from "../access/policy.js";
import type { RequestSession } from "../access/principal.js";
import {
  endAllSessionsOf,
  endSession,
  SESSION_IDLE_MINUTES,
  startSession,
  touchSession,
} from "../access/sessions.js";
import { accountText } from "../accounts/account-fields.js";
import { passwordRefused } from "../accounts/accounts.js";
import {
  clearGuessBudget,
  GUESS_WINDOW_MINUTES,
  type GuessBudgetKey,
  guessWithinBudget,
} from "../accounts/guess-budget.js";
import { guessBudgetFor, rememberDevice } from "../accounts/known-devices.js";
import { hashPassword, passwordMatches } from "../accounts/password-hashing.js";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "../accounts/password-rules.js";
import { newRecoveryCode, RECOVERY_CODE_COUNT, recoveryCodeDigest } from "../accounts/recovery-codes.js";
import { USER_ROLES } from "../accounts/roles.js";
import { signInWithPassword } from "../accounts/sign-in.js";
import { acceptedTotpStep, newTotpSecret, totpEnrolmentUri } from "../accounts/totp.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { addApiRoute } from "./api-route.js";

export interface SessionRouteOptions {
  readonly database: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  /** Sign-in attempts allowed per client address per minute (anti-automation, ASVS 5.0 2.4.1). */
  readonly signInAttemptsPerMinute: number;
  /** Minutes a complete session may go without a request (`STEPWISE_SESSION_IDLE_MINUTES`). */
  readonly sessionIdleMinutes?: number;
}

const password = accountText("Enter your password.")
  .min(1, { error: "Enter your password." })
  .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` });
const signInBody = z.strictObject({
  email: accountText("Enter your email address.")
    .trim()
    .min(3, { error: "Enter your email address." })
    .max(254),
  password,
  organization: z
    .uuid({ error: "organization must be an organization id." })
    .optional()
    .describe("The organization chosen after a `choose-organization` answer."),
});
const codeBody = z.strictObject({
  code: accountText("Enter the code.").trim().min(6, { error: "Enter the code." }).max(40),
});
const changePasswordBody = z.strictObject({ currentPassword: password, newPassword: password });

const csrfToken = z
  .string()
  .describe("Send it in the x-csrf-token header of every request that changes something.");
const signInStage = z
  .enum(["second-factor", "enrolment", "full"])
  .describe(
    "`full`: signed in. `second-factor`: send an authenticator or recovery code. `enrolment`: set up an authenticator app first.",
  );
const sessionView = z.union([
  z.object({ stage: z.literal("signed-out") }),
  z.object({ stage: z.enum(["second-factor", "enrolment"]), csrfToken }),
  z.object({
    stage: z.literal("full"),
    csrfToken,
    user: z.object({
      id: z.uuid(),
      email: z.string(),
      displayName: z.string(),
      role: z.enum(USER_ROLES as ["admin", "clinician", "reviewer"]),
      secondFactor: z.boolean().describe("Whether an authenticator app is set up."),
    }),
    organization: z.object({ id: z.uuid(), name: z.string() }),
    idleMinutes: z
      .number()
      .positive()
      .describe(
        "Minutes this session may go without a request before it ends (STEPWISE_SESSION_IDLE_MINUTES); the clinic warns two minutes before.",
      ),
  }),
]);
const signedInView = z.object({ stage: z.literal("full"), csrfToken });
const TAG = "Session";
const wrongCodeResponse = {
  401: { description: "The code is not right, or it was already used." },
  429: {
    description:
      "Too many tries: this account's guess budget is spent for a while (the half-finished session ends), or too many tries from this address.",
  },
};

const wrongCredentials = () =>
  new HttpProblem(
    401,
    "Unauthorized",
    "The email address or password is not right. Check both and try again.",
  );
/** The same words whether or not the address has an account (accounts/guess-budget.ts). */
const tooManyTries = () =>
  new HttpProblem(
    429,
    "Too Many Requests",
    `Too many tries. Wait ${GUESS_WINDOW_MINUTES} minutes and try again, or ask an administrator for a reset link.`,
  );
const wrongCode = () =>
  new HttpProblem(401, "Unauthorized", "That code is not right, or it was already used. Try again.");

/** What the sign-in screen needs to know about the current session. */
async function describeSession(
  database: Kysely<DatabaseSchema>,
  session: RequestSession | null,
  idleMinutes: number,
) {
  if (session === null) return { stage: "signed-out" as const };
  if (session.stage !== "full") return { stage: session.stage, csrfToken: session.csrfToken };
  const organization = await database
    .selectFrom("organizations")
    .select(["id", "name"])
    .where("id", "=", session.user.organizationId)
    .executeTakeFirstOrThrow();
  return {
    stage: "full" as const,
    csrfToken: session.csrfToken,
    user: {
      id: session.user.id,
      email: session.user.email,
      displayName: session.user.displayName,
      role: session.user.role,
      secondFactor: session.user.totpSecret !== null,
    },
    organization,
    idleMinutes,
  };
}

export function registerSessionRoutes(app: FastifyInstance, options: SessionRouteOptions): void {
  const { database, clock } = options;
  const idleMinutes = options.sessionIdleMinutes ?? SESSION_IDLE_MINUTES;
  // Every attempt is written at once, so no instance admits one past the limit (docs/scaling.md).
  const rateLimit = { max: options.signInAttemptsPerMinute, timeWindow: 60_000, exactAcrossInstances: true };

  /**
   * Ends the half-finished session and starts a complete one under a new token (ASVS 5.0 7.2.4);
   * starts the guess budget afresh and remembers this browser for the account.
   */
  async function completeSignIn(
    trx: Kysely<DatabaseSchema>,
    request: FastifyRequest,
    reply: FastifyReply,
    session: RequestSession,
    how: string,
    budget: GuessBudgetKey,
  ) {
    const now = clock.now();
    await endSession(trx, session.tokenHash);
    await clearGuessBudget(trx, budget);
    await rememberDevice(trx, request, reply, session.user.id, now);
    const fresh = await startSession(trx, { userId: session.user.id, stage: "full", ip: request.ip, now });
    await request.audit.record({ action: "sign-in", outcome: "success", detail: how }, trx);
    setSessionCookie(reply, fresh.token);
    return fresh;
  }

  /**
   * A second-factor code checked under the guess budget. A spent budget also ends the half-finished
   * session, so the password must be given again after the wait.
   */
  async function guessCode<T>(
    request: FastifyRequest,
    reply: FastifyReply,
    session: RequestSession,
    what: string,
    check: () => Promise<boolean>,
    complete: (trx: Kysely<DatabaseSchema>, budget: GuessBudgetKey) => Promise<T | null>,
  ): Promise<T> {
    const now = clock.now();
    const budget = await guessBudgetFor(database, request, session.user.email, now);
    const outcome = await guessWithinBudget(database, budget, now, check, (trx) => complete(trx, budget));
    if (outcome.kind === "right") return outcome.value;
    await request.audit.record({
      action: "sign-in.second-factor",
      outcome: "failure",
      detail: outcome.kind === "refused" ? `${what}, too many tries` : what,
    });
    if (outcome.kind === "wrong" && !outcome.spent) throw wrongCode();
    if (outcome.kind === "wrong") {
      await request.audit.record({ action: "account.locked", outcome: "success", detail: what });
    }
    await endSession(database, session.tokenHash);
    clearSessionCookie(reply);
    throw tooManyTries();
  }

  addApiRoute(app, {
    method: "GET",
    url: "/api/session",
    operationId: "readSession",
    tag: TAG,
    summary: "Whether this browser is signed in",
    description: "The stage of this browser's session, and who is signed in once it is complete.",
    policy: publicRoute(
      "tells the sign-in screen whether this browser is signed in; reveals only its own session",
    ),
    responses: { 200: { description: "This browser's session.", schema: sessionView } },
    handle: async ({ request }) => {
      return describeSession(database, request.session, idleMinutes);
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session/keep-alive",
    operationId: "keepSessionAlive",
    tag: TAG,
    summary: "Stay signed in",
    description:
      "Counts the idle limit again from now, for a person who is still there when the clinic warns that the session is about to end.",
    policy: anyRole,
    responses: {
      200: {
        description: "The session goes on.",
        schema: z.object({ idleMinutes: z.number().positive() }),
      },
    },
    handle: async ({ request }) => {
      await touchSession(database, sessionOf(request).tokenHash, clock.now());
      return { idleMinutes };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session",
    operationId: "signIn",
    tag: TAG,
    summary: "Sign in with email and password",
    description:
      "Starts a session (a cookie). Roles that read records must then give a second factor, or set one up first.",
    policy: publicRoute(
      "sign-in with email and password; rate limited per address, guess budget per account",
    ),
    rateLimit,
    body: signInBody,
    responses: {
      200: {
        description:
          "The password is right; `stage` says what comes next. `choose-organization`: the address has accounts in several organizations that this password opens; send the request again with one `organization` (its id) (no session is started yet).",
        schema: z.union([
          z.object({ stage: signInStage, csrfToken }),
          z.object({
            stage: z.literal("choose-organization"),
            organizations: z.array(z.object({ id: z.uuid(), name: z.string() })),
          }),
        ]),
      },
      401: { description: "The email address or password is not right." },
      429: {
        description:
          "Too many tries for this address in the last 15 minutes (the same answer whether or not it has an account), or too many from this client.",
      },
    },
    handle: async ({ request, reply, body }) => {
      const result = await signInWithPassword(database, request, reply, body, clock.now());
      if (result.kind === "refused") throw tooManyTries();
      if (result.kind === "wrong") throw result.spent ? tooManyTries() : wrongCredentials();
      return result.answer;
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session/second-factor",
    operationId: "giveAuthenticatorCode",
    tag: TAG,
    summary: "Finish signing in with an authenticator code",
    description:
      "The six-digit code from the authenticator app; each code works once. Completes the session.",
    policy: signingIn,
    rateLimit,
    body: codeBody,
    responses: {
      200: { description: "Signed in, under a new session cookie.", schema: signedInView },
      ...wrongCodeResponse,
      409: { description: "No authenticator app is set up for this account, or the session is complete." },
    },
    handle: async ({ request, reply, body: { code } }) => {
      const session = sessionOf(request);
      const secret = session.user.totpSecret;
      if (session.stage !== "second-factor" || secret === null) {
        throw new HttpProblem(409, "Conflict", "Set up your authenticator app first.");
      }
      const now = clock.now();
      const step = acceptedTotpStep(secret, code, now, session.user.totpLastStep);
      const fresh = await guessCode(
        request,
        reply,
        session,
        "wrong authenticator code",
        async () => step !== null,
        async (trx, budget) => {
          if (step === null) return null;
          // Conditional update: two requests racing with one code cannot both succeed.
          const used = await trx
            .updateTable("users")
            .set({ totp_last_step: step })
            .where("id", "=", session.user.id)
            .where((eb) => eb.or([eb("totp_last_step", "is", null), eb("totp_last_step", "<", step)]))
            .executeTakeFirst();
          if (Number(used.numUpdatedRows) !== 1) return null;
          return completeSignIn(trx, request, reply, session, "authenticator code", budget);
        },
      );
      request.log.info({ userId: session.user.id }, "signed in");
      return { stage: "full", csrfToken: fresh.csrfToken };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session/recovery-code",
    operationId: "giveRecoveryCode",
    tag: TAG,
    summary: "Finish signing in with a recovery code",
    description: "One of the recovery codes given when the authenticator app was set up; each works once.",
    policy: signingIn,
    rateLimit,
    body: codeBody,
    responses: {
      200: {
        description: "Signed in, under a new session cookie.",
        schema: signedInView.extend({ recoveryCodesLeft: z.number().int().min(0) }),
      },
      ...wrongCodeResponse,
      409: { description: "No authenticator app is set up for this account, or the session is complete." },
    },
    handle: async ({ request, reply, body: { code } }) => {
      const session = sessionOf(request);
      if (session.stage !== "second-factor") {
        throw new HttpProblem(409, "Conflict", "Set up your authenticator app first.");
      }
      const now = clock.now();
      const result = await guessCode(
        request,
        reply,
        session,
        "wrong recovery code",
        async () => true,
        async (trx, budget) => {
          const used = await trx
            .updateTable("recovery_codes")
            .set({ used_at: now.toISOString() })
            .where("code_hash", "=", recoveryCodeDigest(code))
            .where("user_id", "=", session.user.id)
            .where("used_at", "is", null)
            .executeTakeFirst();
          if (Number(used.numUpdatedRows) !== 1) return null;
          const fresh = await completeSignIn(trx, request, reply, session, "recovery code", budget);
          const left = await trx
            .selectFrom("recovery_codes")
            .select((eb) => eb.fn.countAll<number | string>().as("count"))
            .where("user_id", "=", session.user.id)
            .where("used_at", "is", null)
            .executeTakeFirstOrThrow();
          return { fresh, left: Number(left.count) };
        },
      );
      request.log.info({ userId: session.user.id }, "signed in with a recovery code");
      return { stage: "full", csrfToken: result.fresh.csrfToken, recoveryCodesLeft: result.left };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session/totp-enrolment/start",
    operationId: "startAuthenticatorSetUp",
    tag: TAG,
    summary: "Start setting up an authenticator app",
    description: "The secret to add to the app, as text and as an otpauth:// address for a QR code.",
    policy: signingIn,
    responses: {
      200: {
        description: "The secret; the same one until set-up finishes.",
        schema: z.object({ secret: z.string(), uri: z.string().describe("An otpauth://totp/ address.") }),
      },
      409: { description: "The authenticator app is already set up, or the session is complete." },
    },
    handle: async ({ request }) => {
      const session = sessionOf(request);
      if (session.stage !== "enrolment") {
        throw new HttpProblem(409, "Conflict", "Your authenticator app is already set up.");
      }
      const secret = session.pendingTotpSecret ?? newTotpSecret();
      if (session.pendingTotpSecret === null) {
        await database
          .updateTable("sessions")
          .set({ pending_totp_secret: secret })
          .where("token_hash", "=", session.tokenHash)
          .execute();
      }
      return { secret, uri: totpEnrolmentUri(secret, session.user.email) };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session/totp-enrolment",
    operationId: "finishAuthenticatorSetUp",
    tag: TAG,
    summary: "Finish setting up an authenticator app",
    description:
      "A code from the app proves it holds the secret. Completes the session and answers with recovery codes, shown once.",
    policy: signingIn,
    rateLimit,
    body: codeBody,
    responses: {
      200: {
        description: "Set up and signed in, under a new session cookie.",
        schema: signedInView.extend({
          recoveryCodes: z.array(z.string()).describe("Each works once if the app is lost. Shown only now."),
        }),
      },
      ...wrongCodeResponse,
      409: { description: "Set-up was not started, or the session is complete." },
    },
    handle: async ({ request, reply, body: { code } }) => {
      const session = sessionOf(request);
      if (session.stage !== "enrolment" || session.pendingTotpSecret === null) {
        throw new HttpProblem(409, "Conflict", "Start setting up your authenticator app first.");
      }
      const secret = session.pendingTotpSecret;
      const now = clock.now();
      const step = acceptedTotpStep(secret, code, now, null);
      const recoveryCodes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      const fresh = await guessCode(
        request,
        reply,
        session,
        "wrong code during set-up",
        async () => step !== null,
        async (trx, budget) => {
          await trx
            .updateTable("users")
            .set({ totp_secret: secret, totp_last_step: step })
            .where("id", "=", session.user.id)
            .execute();
          await trx.deleteFrom("recovery_codes").where("user_id", "=", session.user.id).execute();
          await trx
            .insertInto("recovery_codes")
            .values(
              recoveryCodes.map((recoveryCode) => ({
                code_hash: recoveryCodeDigest(recoveryCode),
                user_id: session.user.id,
                created_at: now.toISOString(),
                used_at: null,
              })),
            )
            .execute();
          await request.audit.record({ action: "second-factor.enrolled", outcome: "success" }, trx);
          return completeSignIn(trx, request, reply, session, "authenticator set up", budget);
        },
      );
      request.log.info({ userId: session.user.id }, "second factor enrolled");
      return { stage: "full", csrfToken: fresh.csrfToken, recoveryCodes };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session/cancel",
    operationId: "cancelSignIn",
    tag: TAG,
    summary: "Stop signing in",
    description: "Ends a session that still owes its second factor.",
    policy: signingIn,
    responses: { 204: { description: "The half-finished session is ended and its cookie cleared." } },
    handle: async ({ request, reply }) => {
      const session = sessionOf(request);
      await endSession(database, session.tokenHash);
      await request.audit.record({ action: "sign-in.cancelled", outcome: "success" });
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  });

  addApiRoute(app, {
    method: "DELETE",
    url: "/api/session",
    operationId: "signOut",
    tag: TAG,
    summary: "Sign out",
    description: "Ends this session and tells the browser to drop what it cached for this site.",
    policy: anyRole,
    responses: { 204: { description: "Signed out; the cookie is cleared." } },
    handle: async ({ request, reply }) => {
      const session = sessionOf(request);
      await endSession(database, session.tokenHash);
      await request.audit.record({ action: "sign-out", outcome: "success" });
      clearSessionCookie(reply);
      // ASVS 5.0 14.3.1: tell the browser to drop what it cached for this site.
      reply.header("clear-site-data", '"cache"');
      return reply.code(204).send();
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/session/password",
    operationId: "changePassword",
    tag: TAG,
    summary: "Change your password",
    description:
      "Needs the current password. Every session of the account ends, this one too: sign in again.",
    policy: anyRole,
    rateLimit,
    body: changePasswordBody,
    responses: {
      204: { description: "Changed; every session of the account has ended." },
      400: {
        description:
          "The current password is not right (`currentPassword`), or the new one is too short, too common or like the address (`newPassword`).",
      },
      429: {
        description:
          "Too many wrong current passwords: the guess budget is spent and the account is signed out everywhere.",
      },
    },
    handle: async ({ request, reply, body }) => {
      const principal = principalOf(request);
      const session = sessionOf(request);
      const user = await database
        .selectFrom("users")
        .selectAll()
        .where("id", "=", principal.userId)
        .executeTakeFirstOrThrow();
      const now = clock.now();
      const budget = await guessBudgetFor(database, request, user.email, now);
      const storedHash = user.password_hash;
      const outcome = await guessWithinBudget(
        database,
        budget,
        now,
        async () => storedHash !== null && (await passwordMatches(storedHash, body.currentPassword)),
        async () => true,
      );
      if (outcome.kind !== "right") {
        await request.audit.record({
          action: "password.change",
          outcome: "failure",
          detail: outcome.kind === "refused" ? "too many tries" : "wrong current password",
        });
        if (outcome.kind === "wrong" && !outcome.spent) {
          throw passwordRefused("Your current password is not right.", "currentPassword");
        }
        await endAllSessionsOf(database, user.id);
        clearSessionCookie(reply);
        throw tooManyTries();
      }
      const problem = passwordProblem(body.newPassword, { email: session.user.email });
      if (problem !== null) throw passwordRefused(problem, "newPassword");
      const passwordHash = await hashPassword(body.newPassword);
      await database.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ password_hash: passwordHash, password_changed_at: clock.now().toISOString() })
          .where("id", "=", user.id)
          .execute();
        // Every session ends, this one too: the person signs in again with the new password (ASVS 5.0 7.4.3).
        await endAllSessionsOf(trx, user.id);
        await request.audit.record(
          { action: "password.changed", outcome: "success", recordType: "user", recordId: user.id },
          trx,
        );
      });
      clearSessionCookie(reply);
      return reply.code(204).send();
    },
  });
}
