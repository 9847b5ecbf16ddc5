import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { inOrganizationOf } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
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
import { addApiRoute } from "./api-route.js";

const newUserBody = z.strictObject({
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
const linkBody = z.strictObject({
  resetSecondFactor: z
    .boolean({ error: "Use true or false." })
    .default(false)
    .describe("Also clear the authenticator app, for a person who lost it."),
});
const userChanges = z
  .strictObject({
    displayName: newUserBody.shape.displayName.optional(),
    role: newUserBody.shape.role.optional(),
  })
  .refine((body) => body.displayName !== undefined || body.role !== undefined, {
    error: "Send a new displayName, a new role, or both.",
  });
const userIdParams = z.strictObject({ userId: z.uuid({ error: "userId must be a user id." }) });
const role = z.enum(USER_ROLES as ["admin", "clinician", "reviewer"]);
const userView = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role,
  status: z.enum(["active", "disabled"]),
});
const linkView = {
  expiresAt: z.string(),
};
const TAG = "Users";
const noSuchUser = { 404: { description: "No such account in your organization." } };

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

/** Active admins of the organization other than this account: a change that leaves none is refused. */
async function otherActiveAdmins(database: Kysely<DatabaseSchema>, principal: Principal, userId: string) {
  const row = await database
    .selectFrom("users")
    .select((eb) => eb.fn.countAll<string | number>().as("count"))
    .where(inOrganizationOf(principal))
    .where("role", "=", "admin")
    .where("status", "=", "active")
    .where("id", "!=", userId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

const lastAdmin = () =>
  new HttpProblem(
    409,
    "Conflict",
    "This is the last active administrator of your organization. Make another person an administrator first.",
    [{ field: "role", message: "Make another person an administrator first." }],
  );

/** Account administration for admins, always inside their own organization. */
export function registerUserRoutes(
  app: FastifyInstance,
  options: { readonly database: Kysely<DatabaseSchema>; readonly clock: Clock },
): void {
  const { database, clock } = options;
  const adminOnly = signedIn("admin");

  addApiRoute(app, {
    method: "GET",
    url: "/api/users",
    operationId: "listUsers",
    tag: TAG,
    summary: "List your organization's accounts",
    description: "Oldest first.",
    policy: adminOnly,
    responses: {
      200: {
        description: "Every account of your organization.",
        schema: z.object({
          users: z.array(
            userView.extend({
              secondFactor: z.boolean().describe("Whether an authenticator app is set up."),
              createdAt: z.string(),
            }),
          ),
        }),
      },
    },
    handle: async ({ principal }) => {
      const rows = await database
        .selectFrom("users")
        .select(["id", "email", "display_name", "role", "status", "totp_secret", "created_at"])
        .where(inOrganizationOf(principal))
        .orderBy("created_at")
        .orderBy("email")
        .execute();
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

  addApiRoute(app, {
    method: "GET",
    url: "/api/users/names",
    operationId: "listStaffNames",
    tag: TAG,
    summary: "Names of your organization's staff",
    description:
      "For every signed-in role: each account's name, role and whether it is active, so screens show who a client is assigned to and who can be assigned. No email addresses.",
    policy: signedIn("admin", "clinician", "reviewer"),
    responses: {
      200: {
        description: "Every account of your organization, by name.",
        schema: z.object({
          people: z.array(userView.pick({ id: true, displayName: true, role: true, status: true })),
        }),
      },
    },
    handle: async ({ principal }) => {
      const rows = await database
        .selectFrom("users")
        .select(["id", "display_name", "role", "status"])
        .where(inOrganizationOf(principal))
        .orderBy("display_name")
        .orderBy("id")
        .execute();
      return {
        people: rows.map((row) => ({
          id: row.id,
          displayName: row.display_name,
          role: row.role,
          status: row.status,
        })),
      };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/users",
    operationId: "createUser",
    tag: TAG,
    summary: "Add an account",
    description:
      "Adds an account to your organization and answers with a one-time set-up link to give the person (no mail is sent).",
    policy: adminOnly,
    body: newUserBody,
    responses: {
      201: {
        description:
          "The account, and its set-up link (the token is after `#link=`, never sent to a server).",
        schema: z.object({ user: userView, setupLink: z.string(), ...linkView }),
      },
      409: {
        description:
          "This address already has an account in your organization (`email`). Accounts in other organizations are never looked at.",
      },
    },
    handle: async ({ request, reply, principal, body }) => {
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

  addApiRoute(app, {
    method: "POST",
    url: "/api/users/:userId/disable",
    operationId: "disableUser",
    tag: TAG,
    summary: "Disable an account",
    description: "The person can no longer sign in, and every session of the account ends at once.",
    policy: adminOnly,
    params: userIdParams,
    responses: {
      200: {
        description: "Disabled.",
        schema: z.object({
          id: z.uuid(),
          status: z.literal("disabled"),
          sessionsEnded: z.number().int().min(0),
        }),
      },
      400: { description: "Malformed, or your own account (ask another administrator)." },
      ...noSuchUser,
    },
    handle: async ({ request, reply, principal, params: { userId } }) => {
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

  addApiRoute(app, {
    method: "PATCH",
    url: "/api/users/:userId",
    operationId: "updateUser",
    tag: TAG,
    summary: "Rename an account or change its role",
    description:
      "Changes the display name, the role, or both. A role change takes effect on the person's next request. The last active administrator keeps the admin role.",
    policy: adminOnly,
    params: userIdParams,
    body: userChanges,
    responses: {
      200: { description: "The changed account.", schema: userView },
      ...noSuchUser,
      409: { description: "The change would leave the organization without an active administrator." },
    },
    handle: async ({ request, principal, params: { userId }, body }) => {
      await userOfOrganization(database, principal, userId);
      return database.transaction().execute(async (trx) => {
        const current = await trx
          .selectFrom("users")
          .select(["id", "email", "display_name", "role", "status"])
          .where("id", "=", userId)
          .where(inOrganizationOf(principal))
          .executeTakeFirstOrThrow();
        const role = body.role ?? current.role;
        const displayName = body.displayName ?? current.display_name;
        if (current.role === "admin" && role !== "admin" && current.status === "active") {
          if ((await otherActiveAdmins(trx, principal, userId)) === 0) throw lastAdmin();
        }
        await trx
          .updateTable("users")
          .set({ role, display_name: displayName })
          .where("id", "=", userId)
          .where(inOrganizationOf(principal))
          .execute();
        const changed = [
          ...(displayName === current.display_name ? [] : ["name"]),
          ...(role === current.role ? [] : [`role ${current.role} → ${role}`]),
        ];
        await request.audit.record(
          {
            action: "user.updated",
            outcome: "success",
            recordType: "user",
            recordId: userId,
            detail: changed.length === 0 ? "no change" : changed.join(", "),
          },
          trx,
        );
        return { id: current.id, email: current.email, displayName, role, status: current.status };
      });
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/users/:userId/enable",
    operationId: "enableUser",
    tag: TAG,
    summary: "Turn an account on again",
    description:
      "A turned-off account may sign in again with its password and authenticator app. Use a reset link if the person forgot them.",
    policy: adminOnly,
    params: userIdParams,
    responses: {
      200: { description: "Active again.", schema: userView },
      ...noSuchUser,
    },
    handle: async ({ request, principal, params: { userId } }) => {
      await userOfOrganization(database, principal, userId);
      return database.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ status: "active" })
          .where("id", "=", userId)
          .where(inOrganizationOf(principal))
          .execute();
        await request.audit.record(
          { action: "user.enabled", outcome: "success", recordType: "user", recordId: userId },
          trx,
        );
        const row = await trx
          .selectFrom("users")
          .select(["id", "email", "display_name", "role", "status"])
          .where("id", "=", userId)
          .executeTakeFirstOrThrow();
        return {
          id: row.id,
          email: row.email,
          displayName: row.display_name,
          role: row.role,
          status: row.status,
        };
      });
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/users/:userId/password-link",
    operationId: "issuePasswordResetLink",
    tag: TAG,
    summary: "Issue a password reset link",
    description: "A one-time link the person uses to choose a new password; give it to them yourself.",
    policy: adminOnly,
    params: userIdParams,
    body: linkBody,
    responses: {
      200: {
        description: "The link (the token is after `#link=`).",
        schema: z.object({ resetLink: z.string(), ...linkView }),
      },
      ...noSuchUser,
      409: { description: "The account is disabled." },
    },
    handle: async ({ request, principal, params: { userId }, body: { resetSecondFactor } }) => {
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
      return { resetLink: passwordLinkPath(link.token), expiresAt: link.expiresAt.toISOString() };
    },
  });
}
