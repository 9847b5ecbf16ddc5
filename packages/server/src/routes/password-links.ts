import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import { accountText } from "../accounts/account-fields.js";
import { findUsablePasswordLink, unusableLink, usePasswordLink } from "../accounts/accounts.js";
import { PASSWORD_MAX_LENGTH } from "../accounts/password-rules.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { addApiRoute } from "./api-route.js";

const tokenField = accountText("The link is incomplete.")
  .min(20, { error: "The link is incomplete." })
  .max(200);
const inspectBody = z.strictObject({ token: tokenField.describe("The token after `#link=` in the link.") });
const useBody = z.strictObject({
  token: tokenField,
  password: accountText("Choose a password.")
    .min(1, { error: "Choose a password." })
    .max(PASSWORD_MAX_LENGTH, { error: `Use at most ${PASSWORD_MAX_LENGTH} characters.` }),
});
const linkView = z.object({
  email: z.string().describe("The account the link sets up or resets."),
  purpose: z.enum(["setup", "reset"]),
  expiresAt: z.string(),
});
const goneResponse = {
  410: { description: "The link was used, has expired, or belongs to a disabled account." },
};

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
  // Every attempt is written at once, so no instance admits one past the limit (docs/scaling.md).
  const rateLimit = { max: options.attemptsPerMinute, timeWindow: 60_000, exactAcrossInstances: true };

  addApiRoute(app, {
    method: "POST",
    url: "/api/password-links/inspect",
    operationId: "inspectPasswordLink",
    tag: "Password links",
    summary: "Whose account a link sets up",
    description: "Lets the set-up page show the address before the person chooses a password.",
    policy: publicRoute("shows whose account a one-time link sets up; needs the 256-bit link token"),
    rateLimit,
    body: inspectBody,
    responses: {
      200: { description: "The link can be used.", schema: linkView },
      ...goneResponse,
    },
    handle: async ({ body: { token } }) => {
      const link = await findUsablePasswordLink(database, token, clock.now());
      if (link === null) throw unusableLink();
      return { email: link.email, purpose: link.purpose, expiresAt: link.expires_at };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/password-links/use",
    operationId: "usePasswordLink",
    tag: "Password links",
    summary: "Set a password with a link",
    description:
      "Sets the account's password; the link then stops working. A reset link may also clear the second factor.",
    policy: publicRoute("sets a password with a one-time link token; the link works once"),
    rateLimit,
    body: useBody,
    responses: {
      200: { description: "The password is set.", schema: z.object({ email: z.string() }) },
      ...goneResponse,
    },
    handle: async ({ request, body }) => {
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
