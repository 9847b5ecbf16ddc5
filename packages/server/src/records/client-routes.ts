import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { anyRole, signedIn } from "../access/policy.js";
import { afterPosition, decodeCursor, pageOf, pageQuery } from "./cursor-page.js";
import { answerWithEntityTag, staleVersion, versionFromIfMatch } from "./entity-tag.js";
import { problemResponses } from "./problem-responses.js";
import { clientOfOrganization, conflict, isUniqueViolation, type RecordsOptions } from "./record-context.js";
import { recordReadRoute } from "./record-read-route.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import { clientBody, clientChanges, clientParams, clientView, pageOfSchema } from "./record-schemas.js";
import type { ClientsTable } from "./record-tables.js";

export function viewOfClient(row: ClientsTable): z.output<typeof clientView> {
  return {
    id: row.id,
    name: row.name,
    birthDate: row.birth_date,
    recordNumber: row.record_number,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const recordNumberTaken = () =>
  conflict("recordNumber", "Another client of your organization already has this record number.");

/** Clients with minimal identifiers: a name, and optionally a date of birth and the clinic's record number. */
export function clientRoutes(options: RecordsOptions): RecordRoute[] {
  const { database, clock, writes } = options;
  const writers = signedIn("admin", "clinician");
  return [
    recordRoute({
      method: "POST",
      url: "/api/clients",
      operationId: "createClient",
      tag: "Clients",
      summary: "Add a client",
      description: "Adds a client to your organization with minimal identifiers.",
      policy: writers,
      body: clientBody,
      responses: {
        201: { description: "The client, with its ETag.", schema: clientView, etag: true },
        ...problemResponses(400, 401, 403, 409, 413),
      },
      handle: async ({ request, reply, principal, body }) => {
        const now = clock.now().toISOString();
        const row: ClientsTable = {
          id: randomUUID(),
          ...organizationStamp(principal),
          name: body.name,
          birth_date: body.birthDate ?? null,
          record_number: body.recordNumber ?? null,
          version: 1,
          created_at: now,
          created_by: principal.userId,
          updated_at: now,
        };
        try {
          await writes.run(async (trx) => {
            await trx.insertInto("clients").values(row).execute();
            await request.audit.record(
              { action: "client.create", outcome: "success", recordType: "client", recordId: row.id },
              trx,
            );
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw recordNumberTaken();
          throw error;
        }
        reply.code(201).header("location", `/api/clients/${row.id}`);
        return answerWithEntityTag(request, reply, row.version, viewOfClient(row));
      },
    }),

    recordRoute({
      method: "GET",
      url: "/api/clients",
      operationId: "listClients",
      tag: "Clients",
      summary: "List your organization's clients",
      description: "Oldest first, in pages. Each client listed is recorded as read in the audit log.",
      policy: anyRole,
      query: pageQuery,
      responses: {
        200: { description: "A page of clients.", schema: pageOfSchema(clientView) },
        ...problemResponses(400, 401, 403),
      },
      handle: async ({ request, principal, query }) => {
        const rows = await database
          .selectFrom("clients")
          .selectAll()
          .where(inOrganizationOf(principal))
          .where(afterPosition("created_at", decodeCursor(query.cursor)))
          .orderBy("created_at")
          .orderBy("id")
          .limit(query.limit + 1)
          .execute();
        const page = pageOf(rows, query.limit, (row) => row.created_at, viewOfClient);
        await writes.run(async (trx) => {
          await request.audit.record(
            { action: "client.list", outcome: "success", recordType: "client" },
            trx,
          );
          for (const client of page.items) {
            await request.audit.record(
              {
                action: "client.read",
                outcome: "success",
                recordType: "client",
                recordId: client.id,
                detail: "listed",
              },
              trx,
            );
          }
        });
        return page;
      },
    }),

    recordReadRoute({
      url: "/api/clients/:clientId",
      operationId: "readClient",
      tag: "Clients",
      summary: "Read a client",
      description: "Answers with an ETag; send it in If-Match to change the client.",
      params: clientParams,
      record: "client",
      view: { description: "The client.", schema: clientView },
      load: (request, principal, params, action) =>
        clientOfOrganization(database, request, principal, params.clientId, action),
      version: (row) => row.version,
      present: viewOfClient,
    }),

    recordRoute({
      method: "PATCH",
      url: "/api/clients/:clientId",
      operationId: "updateClient",
      tag: "Clients",
      summary: "Change a client's identifiers",
      description: "Needs If-Match with the ETag of your last read: 428 without it, 412 when it is stale.",
      policy: writers,
      params: clientParams,
      body: clientChanges,
      ifMatch: true,
      responses: {
        200: { description: "The changed client, with its new ETag.", schema: clientView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const current = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "client.update",
        );
        const expected = versionFromIfMatch(request);
        const changed: ClientsTable = {
          ...current,
          ...(body.name === undefined ? {} : { name: body.name }),
          ...(body.birthDate === undefined ? {} : { birth_date: body.birthDate }),
          ...(body.recordNumber === undefined ? {} : { record_number: body.recordNumber }),
          version: current.version + 1,
          updated_at: clock.now().toISOString(),
        };
        try {
          await writes.run(async (trx) => {
            const result = await trx
              .updateTable("clients")
              .set({
                name: changed.name,
                birth_date: changed.birth_date,
                record_number: changed.record_number,
                version: changed.version,
                updated_at: changed.updated_at,
              })
              .where("id", "=", current.id)
              .where(inOrganizationOf(principal))
              .where("version", "=", expected)
              .executeTakeFirst();
            if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
            await request.audit.record(
              { action: "client.update", outcome: "success", recordType: "client", recordId: current.id },
              trx,
            );
          });
        } catch (error) {
          if (isUniqueViolation(error)) throw recordNumberTaken();
          throw error;
        }
        return answerWithEntityTag(request, reply, changed.version, viewOfClient(changed));
      },
    }),
  ];
}
