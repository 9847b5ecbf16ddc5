import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { addRoute, principalOf } from "../access/access-control.js";
import { signedIn } from "../access/policy.js";
import { parseBody } from "../access/request-body.js";
import { auditEventsOf } from "../audit/audit-log.js";
import type { DatabaseSchema } from "../database/schema.js";

const query = z.object({
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 1000." })
    .int({ error: "limit must be a whole number from 1 to 1000." })
    .min(1, { error: "limit must be a whole number from 1 to 1000." })
    .max(1000, { error: "limit must be a whole number from 1 to 1000." })
    .default(200),
});

/**
 * `GET /api/audit-events`: an admin examines their organization's audit log (HIPAA 164.312(b):
 * "record and examine activity"). Looking at the log is itself recorded.
 */
export function registerAuditEventRoutes(
  app: FastifyInstance,
  options: { readonly database: Kysely<DatabaseSchema> },
): void {
  addRoute(app, {
    method: "GET",
    url: "/api/audit-events",
    policy: signedIn("admin"),
    handler: async (request, reply) => {
      const principal = principalOf(request);
      const { limit } = parseBody(query, request.query);
      await request.audit.record({ action: "audit-log.read", outcome: "success" });
      reply.header("cache-control", "no-store");
      return { events: await auditEventsOf(options.database, principal.organizationId, limit) };
    },
  });
}
