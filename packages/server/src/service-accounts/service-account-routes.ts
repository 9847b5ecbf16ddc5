import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { accountText } from "../accounts/account-fields.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem, notFound } from "../problem.js";
import { addApiRoute } from "../routes/api-route.js";
import { SERVICE_ACCOUNT_SCOPES } from "./service-account-scopes.js";
import {
  createServiceAccount,
  revokeServiceAccount,
  rotateServiceAccountKey,
  serviceAccountNameTaken,
  serviceAccountOfOrganization,
  serviceAccountsOf,
} from "./service-account-store.js";

const TAG = "Service accounts";

const scopes = z
  .array(z.enum(SERVICE_ACCOUNT_SCOPES, { error: `Use some of: ${SERVICE_ACCOUNT_SCOPES.join(", ")}.` }))
  .min(1, { error: "Give at least one scope." })
  .max(SERVICE_ACCOUNT_SCOPES.length)
  .refine((given) => new Set(given).size === given.length, { error: "Name each scope once." });

export const newServiceAccountBody = z
  .strictObject({
    name: accountText("Give the integration a name.")
      .trim()
      .min(1, { error: "Give the integration a name." })
      .max(120, { error: "Use at most 120 characters." })
      .describe("What the integration is, e.g. County EHR; unique in your organization."),
    scopes: scopes.describe("What the account may do (docs/service-accounts.md)."),
    recipientName: accountText("Give the recipient's name.")
      .trim()
      .min(1, { error: "Give the recipient's name." })
      .max(200, { error: "Use at most 200 characters." })
      .optional()
      .describe(
        "Who receives client records through this account, written as consents name the recipient. Needed for records.read.",
      ),
  })
  .superRefine((body, context) => {
    if (body.scopes.includes("records.read") && body.recipientName === undefined) {
      context.addIssue({
        code: "custom",
        path: ["recipientName"],
        message: "records.read needs the recipient's name, as the clients' consents name it.",
      });
    }
  });

const serviceAccountView = z.object({
  id: z.uuid(),
  name: z.string(),
  recipientName: z.string().nullable(),
  scopes: z.array(z.enum(SERVICE_ACCOUNT_SCOPES)),
  status: z.enum(["active", "revoked"]),
  createdAt: z.string(),
  keyIssuedAt: z.string(),
  revokedAt: z.string().nullable(),
  lastUsedAt: z.string().nullable().describe("Updated at most once a minute."),
});

const withKey = z.object({
  serviceAccount: serviceAccountView,
  key: z
    .string()
    .describe(
      "The key, shown this once: only its SHA-256 digest is kept. Send it as Authorization: Bearer <key>.",
    ),
});

const accountParams = z.strictObject({
  serviceAccountId: z.uuid({ error: "serviceAccountId must be a service account id." }),
});
const noSuchAccount = { 404: { description: "No such service account in your organization." } };

async function accountOf(database: Kysely<DatabaseSchema>, principal: Principal, accountId: string) {
  const row = await serviceAccountOfOrganization(database, principal.organizationId, accountId);
  if (row === undefined) throw notFound("service account");
  return row;
}

/**
 * Service accounts for admins, always inside their own organization (docs/service-accounts.md): create one
 * per integration, list them, issue a new key, revoke. The key is in the answer of create and rotate only.
 */
export function registerServiceAccountRoutes(
  app: FastifyInstance,
  options: { readonly database: Kysely<DatabaseSchema>; readonly clock: Clock },
): void {
  const { database, clock } = options;
  const adminOnly = signedIn("admin");

  addApiRoute(app, {
    method: "GET",
    url: "/api/service-accounts",
    operationId: "listServiceAccounts",
    tag: TAG,
    summary: "List your organization's service accounts",
    description: "Oldest first, revoked ones too. Keys are never shown again.",
    policy: adminOnly,
    responses: {
      200: {
        description: "Every service account of your organization.",
        schema: z.object({ serviceAccounts: z.array(serviceAccountView) }),
      },
    },
    handle: async ({ principal }) => ({
      serviceAccounts: await serviceAccountsOf(database, principal.organizationId),
    }),
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/service-accounts",
    operationId: "createServiceAccount",
    tag: TAG,
    summary: "Add a service account",
    description:
      "Adds an account for one integration with the scopes it needs, and answers with its key. The key is shown this once; give it to the integration over a trusted channel.",
    policy: adminOnly,
    body: newServiceAccountBody,
    responses: {
      201: { description: "The account and its key.", schema: withKey },
      409: { description: "Your organization already has a service account of this name (`name`)." },
    },
    handle: async ({ request, reply, principal, body }) => {
      const created = await database.transaction().execute(async (trx) => {
        if (await serviceAccountNameTaken(trx, principal.organizationId, body.name)) {
          throw new HttpProblem(409, "Conflict", "name: a service account of this name already exists.", [
            { field: "name", message: "A service account of this name already exists." },
          ]);
        }
        const made = await createServiceAccount(trx, {
          organizationId: principal.organizationId,
          name: body.name,
          recipientName: body.recipientName ?? null,
          scopes: body.scopes,
          createdBy: principal.userId,
          now: clock.now(),
        });
        await request.audit.record(
          {
            action: "service-account.created",
            outcome: "success",
            recordType: "service-account",
            recordId: made.account.id,
            detail: made.account.scopes.join(" "),
          },
          trx,
        );
        return made;
      });
      return reply.code(201).send({ serviceAccount: created.account, key: created.key });
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/service-accounts/:serviceAccountId/key",
    operationId: "rotateServiceAccountKey",
    tag: TAG,
    summary: "Issue a new key for a service account",
    description: "Replaces the key: the old one stops working at once. The new key is shown this once.",
    policy: adminOnly,
    params: accountParams,
    responses: {
      200: { description: "The account and its new key.", schema: withKey },
      ...noSuchAccount,
      409: { description: "The account is revoked; add a new one instead." },
    },
    handle: async ({ request, principal, params: { serviceAccountId } }) => {
      const row = await accountOf(database, principal, serviceAccountId);
      const rotated = await database.transaction().execute(async (trx) => {
        const result = await rotateServiceAccountKey(trx, row.id, clock.now());
        if (result === "missing") throw notFound("service account");
        if (result === "revoked") {
          throw new HttpProblem(409, "Conflict", "This service account is revoked; add a new one instead.");
        }
        await request.audit.record(
          {
            action: "service-account.key-issued",
            outcome: "success",
            recordType: "service-account",
            recordId: row.id,
          },
          trx,
        );
        return result;
      });
      return { serviceAccount: rotated.account, key: rotated.key };
    },
  });

  addApiRoute(app, {
    method: "POST",
    url: "/api/service-accounts/:serviceAccountId/revocation",
    operationId: "revokeServiceAccount",
    tag: TAG,
    summary: "Revoke a service account",
    description:
      "Its key stops working at once, for good. The account stays listed, so the audit log and the accounting of disclosures still name it.",
    policy: adminOnly,
    params: accountParams,
    responses: {
      200: { description: "The revoked account.", schema: z.object({ serviceAccount: serviceAccountView }) },
      ...noSuchAccount,
    },
    handle: async ({ request, principal, params: { serviceAccountId } }) => {
      const row = await accountOf(database, principal, serviceAccountId);
      const revoked = await database.transaction().execute(async (trx) => {
        const result = await revokeServiceAccount(trx, row.id, principal.userId, clock.now());
        if (result === "missing") throw notFound("service account");
        await request.audit.record(
          {
            action: "service-account.revoked",
            outcome: "success",
            recordType: "service-account",
            recordId: row.id,
            detail: row.status === "revoked" ? "already revoked" : null,
          },
          trx,
        );
        return result;
      });
      return { serviceAccount: revoked };
    },
  });
}
