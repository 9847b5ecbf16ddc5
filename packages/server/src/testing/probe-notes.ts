import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { type Kysely, sql } from "kysely";
import { z } from "zod";
import { inOrganizationOf, organizationStamp, readOwnRecord } from "../access/organization-scope.js";
import { anyRole, signedIn } from "../access/policy.js";
import { addApiRoute } from "../routes/api-route.js";

/**
 * A stand-in protected record for the access and logging tests, built only from the reusable parts
 * (a route declaration with a policy, organization stamp and scope, readOwnRecord, request.audit inside the
 * transaction), exactly as the clinical records use them. Its table exists only in tests.
 */
interface ProbeNotesTable {
  id: string;
  organization_id: string;
  body: string;
}
type ProbeSchema = { probe_notes: ProbeNotesTable };

export async function createProbeNotesTable(db: Kysely<never>): Promise<void> {
  await sql`create table probe_notes (id text primary key, organization_id text not null, body text not null)`.execute(
    db,
  );
}

export function registerProbeNoteRoutes(app: FastifyInstance, database: Kysely<never>): void {
  const db = database as unknown as Kysely<ProbeSchema>;
  addApiRoute(app, {
    method: "POST",
    url: "/api/probe-notes",
    operationId: "createProbeNote",
    tag: "Probe notes",
    summary: "Add a probe note (tests only)",
    description: "A stand-in protected record for the access and logging tests.",
    policy: signedIn("admin", "clinician"),
    // organization_id in the body is ignored: the server stamps the caller's organization.
    body: z.object({ body: z.string().min(1) }),
    responses: { 201: { description: "Added.", schema: z.object({ id: z.string() }) } },
    handle: async ({ request, reply, principal, body: { body } }) => {
      const id = randomUUID();
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto("probe_notes")
          .values({ id, body, ...organizationStamp(principal) })
          .execute();
        await request.audit.record(
          { action: "probe-note.create", outcome: "success", recordType: "probe-note", recordId: id },
          trx as never,
        );
      });
      return reply.code(201).send({ id });
    },
  });
  addApiRoute(app, {
    method: "GET",
    url: "/api/probe-notes/:id",
    operationId: "readProbeNote",
    tag: "Probe notes",
    summary: "Read a probe note (tests only)",
    description: "A stand-in protected record for the access and logging tests.",
    policy: anyRole,
    params: z.object({ id: z.string() }),
    responses: {
      200: {
        description: "The note.",
        schema: z.object({ id: z.string(), body: z.string(), organizationId: z.string() }),
      },
    },
    handle: async ({ request, params: { id } }) => {
      const note = await readOwnRecord(request, { type: "probe-note", id, noun: "note" }, (principal) =>
        db
          .selectFrom("probe_notes")
          .selectAll()
          .where("id", "=", id)
          .where(inOrganizationOf(principal))
          .executeTakeFirst(),
      );
      return { id: note.id, body: note.body, organizationId: note.organization_id };
    },
  });
}
