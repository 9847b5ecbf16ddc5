import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { addRoute } from "../access/access-control.js";
import { publicRoute } from "../access/policy.js";
import { parseBody } from "../access/request-body.js";
import { accountText } from "../accounts/account-fields.js";
import { findUsablePasswordLink, unusableLink, usePasswordLink } from "../accounts/accounts.js";
import { PASSWORD_MAX_LENGTH } from "../accounts/password-rules.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";

const tokenField = accountText("The link is incomplete.")
  .min(20, { error: "The link is incomplete." })
  .max(200);
const inspectBody = z.object({ token: tokenField });
const useBody = z.object({
  token: tokenField,
  password: accountText("Choose a password.")
    .min(1, { error: "Choose a password." })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }),
});

/**
 * One-time set-up and reset links, issued by an admin or by `stepwise users add` (no mail server).
 * The token travels in the request body, never in a URL a server could log (ASVS 5.0 14.2.1).
 */
export function registerPasswordLinkRoutes(
  app: FastifyInstance,
  options: {
    readonly database: Kysely<DatabaseSchema>;
    readonly clock: Clock;
    readonly attemptsPerMinute: number;
  },
): void {
  const { database, clock } = options;
  const rateLimit = { max: options.attemptsPerMinute, timeWindow: 60_000 };

  addRoute(app, {
    method: "POST",
    url: "/api/password-links/inspect",
    policy: publicRoute("shows whose account a one-time link sets up; needs the 256-bit link token"),
    rateLimit,
    handler: async (request, reply) => {
      const { token } = parseBody(inspectBody, request.body);
      const link = await findUsablePasswordLink(database, token, clock.now());
      if (link === null) throw unusableLink();
      reply.header("cache-control", "no-store");
      return { email: link.email, purpose: link.purpose, expiresAt: link.expires_at };
    },
  });

  addRoute(app, {
    method: "POST",
    url: "/api/password-links/use",
    policy: publicRoute("sets a password with a one-time link token; the link works once"),
    rateLimit,
    handler: async (request) => {
      const body = parseBody(useBody, request.body);
      const result = await usePasswordLink(
        database,
        { token: body.token, password: body.password, now: clock.now() },
        (trx, user, purpose) =>
          request.audit.record(
            {
              action: "password.set",
              outcome: "success",
              actorUserId: user.id,
              organizationId: user.organizationId,
              recordType: "user",
              recordId: user.id,
              detail: purpose === "setup" ? "set-up link" : "reset link",
            },
            trx,
          ),
      );
      return { email: result.email };
    },
  });
}
