import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { addRoute, principalOf } from "../access/access-control.js";
import { inOrganizationOf } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { parseBody } from "../access/request-body.js";
import { accountText } from "../accounts/account-fields.js";
import {
  createUser,
  disableUser,
  emailProblem,
  issuePasswordLink,
  passwordLinkPath,
} from "../accounts/accounts.js";
import { USER_ROLES } from "../accounts/roles.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem, notFound } from "../problem.js";

const newUserBody = z.object({
  email: accountText("Enter an email address.")
    .trim()
    .toLowerCase()
    .refine((email) => emailProblem(email) === null, {
      error: "Enter an email address like name@clinic.org.",
    }),
  displayName: accountText("Enter the person's name.")
    .trim()
    .min(1, { error: "Enter the person's name." })
    .max(120, { error: "Use at most 120 characters." }),
  role: z.enum(USER_ROLES as ["admin", "clinician", "reviewer"], {
    error: `Choose a role: ${USER_ROLES.join(", ")}.`,
  }),
});
const linkBody = z.object({ resetSecondFactor: z.boolean({ error: "Use true or false." }).default(false) });
const userIdParams = z.object({ userId: z.uuid({ error: "userId must be a user id." }) });

/** A user of the caller's organization, or 404 for anyone else's (ASVS 5.0 8.4.1). */
async function userOfOrganization(database: Kysely<DatabaseSchema>, principal: Principal, userId: string) {
  const user = await database
    .selectFrom("users")
    .select(["id", "organization_id", "email", "status"])
    .where("id", "=", userId)
    .where(inOrganizationOf(principal))
    .executeTakeFirst();
  if (user === undefined || user.organization_id !== principal.organizationId) throw notFound("user");
  return user;
}

/** Account administration for admins, always inside their own organization. */
export function registerUserRoutes(
  app: FastifyInstance,
  options: { readonly database: Kysely<DatabaseSchema>; readonly clock: Clock },
): void {
  const { database, clock } = options;
  const adminOnly = signedIn("admin");

  addRoute(app, {
    method: "GET",
    url: "/api/users",
    policy: adminOnly,
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const rows = await database
        .selectFrom("users")
        .select(["id", "email", "display_name", "role", "status", "totp_secret", "created_at"])
        .where(inOrganizationOf(principal))
        .orderBy("created_at")
        .orderBy("email")
        .execute();
      reply.header("cache-control", "no-store");
      return {
        users: rows.map((row) => ({
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          role: row.role,
          status: row.status,
          secondFactor: row.totp_secret !== null,
          createdAt: row.created_at,
        })),
      };
    },
  });

  addRoute(app, {
    method: "POST",
    url: "/api/users",
    policy: adminOnly,
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const body = parseBody(newUserBody, request.body);
      const now = clock.now();
      const created = await database.transaction().execute(async (trx) => {
        const user = await createUser(trx, {
          organizationId: principal.organizationId,
          email: body.email,
          displayName: body.displayName,
          role: body.role,
          now,
        });
        const link = await issuePasswordLink(trx, {
          userId: user.id,
          purpose: "setup",
          issuedBy: principal.userId,
          resetSecondFactor: false,
          now,
        });
        await request.audit.record(
          {
            action: "user.created",
            outcome: "success",
            recordType: "user",
            recordId: user.id,
            detail: user.role,
          },
          trx,
        );
        return { user, link };
      });
      request.log.info({ userId: created.user.id }, "user created");
      reply.header("cache-control", "no-store");
      return reply.code(201).send({
        user: {
          id: created.user.id,
          email: created.user.email,
          displayName: created.user.display_name,
          role: created.user.role,
          status: created.user.status,
        },
        setupLink: passwordLinkPath(created.link.token),
        expiresAt: created.link.expiresAt.toISOString(),
      });
    },
  });

  addRoute(app, {
    method: "POST",
    url: "/api/users/:userId/disable",
    policy: adminOnly,
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const { userId } = parseBody(userIdParams, request.params);
      const user = await userOfOrganization(database, principal, userId);
      if (user.id === principal.userId) {
        throw new HttpProblem(
          400,
          "Bad Request",
          "You cannot disable your own account. Ask another administrator.",
        );
      }
      const ended = await database.transaction().execute(async (trx) => {
        const count = await disableUser(trx, user.id);
        await request.audit.record(
          {
            action: "user.disabled",
            outcome: "success",
            recordType: "user",
            recordId: user.id,
            detail: `${count} session(s) ended`,
          },
          trx,
        );
        return count;
      });
      return reply.send({ id: user.id, status: "disabled", sessionsEnded: ended });
    },
  });

  addRoute(app, {
    method: "POST",
    url: "/api/users/:userId/password-link",
    policy: adminOnly,
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const { userId } = parseBody(userIdParams, request.params);
      const { resetSecondFactor } = parseBody(linkBody, request.body);
      const user = await userOfOrganization(database, principal, userId);
      if (user.status !== "active") throw new HttpProblem(409, "Conflict", "This account is disabled.");
      const link = await database.transaction().execute(async (trx) => {
        const issued = await issuePasswordLink(trx, {
          userId: user.id,
          purpose: "reset",
          issuedBy: principal.userId,
          resetSecondFactor,
          now: clock.now(),
        });
        await request.audit.record(
          {
            action: "password-link.issued",
            outcome: "success",
            recordType: "user",
            recordId: user.id,
            detail: resetSecondFactor ? "also clears the second factor" : "password only",
          },
          trx,
        );
        return issued;
      });
      reply.header("cache-control", "no-store");
      return { resetLink: passwordLinkPath(link.token), expiresAt: link.expiresAt.toISOString() };
    },
  });
}
