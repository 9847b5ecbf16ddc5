import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { signedIn } from "../access/policy.js";
import { auditEventsOf } from "../audit/audit-log.js";
import type { DatabaseSchema } from "../database/schema.js";
import { addApiRoute } from "./api-route.js";

const query = z.strictObject({
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 1000." })
    .int({ error: "limit must be a whole number from 1 to 1000." })
    .min(1, { error: "limit must be a whole number from 1 to 1000." })
    .max(1000, { error: "limit must be a whole number from 1 to 1000." })
    .default(200)
    .describe("How many of the newest events to return (1–1000, default 200)."),
});

const auditEventView = z.object({
  id: z.number().int().describe("Increases with every event."),
  occurredAt: z.string(),
  action: z.string().describe("What happened, e.g. `client.read`, `sign-in.password`."),
  outcome: z.string().describe("`success`, `failure` or `denied`."),
  actorUserId: z.string().nullable().describe("Who acted; null when no one was signed in."),
  organizationId: z.string().nullable(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  ip: z.string().nullable(),
  requestId: z.string().nullable(),
  detail: z.string().nullable(),
});

/**
 * `GET /api/audit-events`: an admin examines their organization's audit log (HIPAA 164.312(b):
 * "record and examine activity"). Looking at the log is itself recorded.
 */
export function registerAuditEventRoutes(
  app: FastifyInstance,
  options: { readonly database: Kysely<DatabaseSchema> },
): void {
  addApiRoute(app, {
    method: "GET",
    url: "/api/audit-events",
    operationId: "listAuditEvents",
    tag: "Audit log",
    summary: "Read your organization's audit log",
    description: "The newest events first. Reading the log is itself an event (`audit-log.read`).",
    policy: signedIn("admin"),
    query,
    responses: {
      200: { description: "The newest events.", schema: z.object({ events: z.array(auditEventView) }) },
    },
    handle: async ({ request, principal, query: { limit } }) => {
      await request.audit.record({ action: "audit-log.read", outcome: "success" });
      return { events: await auditEventsOf(options.database, principal.organizationId, limit) };
    },
  });
}
