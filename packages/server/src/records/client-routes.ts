import { randomUUID } from "node:crypto";
import { type Expression, type SqlBool, sql } from "kysely";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { anyRole, signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import type { Clock } from "../clock.js";
import { caseloadSummaries, clientListItem } from "./caseload-summary.js";
import {
  clientFilters,
  clientListQuery,
  clientsToList,
  nameWords,
  reassessmentSortKey,
} from "./client-search.js";
import { birthDateProblem, todayOf } from "./clinical-dates.js";
import { afterPosition, decodeCursor, pageOf } from "./cursor-page.js";
import { answerWithEntityTag, staleVersion, versionFromIfMatch } from "./entity-tag.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientOfOrganization,
  conflict,
  isUniqueViolation,
  type RecordsOptions,
  unprocessable,
} from "./record-context.js";
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
    zipCode: row.zip_code,
    assignedClinicianId: row.assigned_clinician_id,
    status: row.status,
    statusReason: row.status_reason,
    mergedIntoId: row.merged_into_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function checkBirthDate(birthDate: string | null | undefined, clock: Clock): void {
  if (birthDate === undefined || birthDate === null) return;
  const problem = birthDateProblem("birthDate", birthDate, clock);
  if (problem !== null) throw unprocessable(problem.field, problem.message);
}

/** The assigned clinician must be an active admin or clinician of the caller's organization. */
async function checkClinician(
  database: RecordsOptions["database"],
  principal: Principal,
  userId: string | null | undefined,
): Promise<void> {
  if (userId === undefined || userId === null) return;
  const user = await database
    .selectFrom("users")
    .select(["role", "status"])
    .where("id", "=", userId)
    .where(inOrganizationOf(principal))
    .executeTakeFirst();
  if (user === undefined || user.status !== "active" || user.role === "reviewer") {
    throw unprocessable("assignedClinicianId", "Assign an active clinician or admin of your organization.");
  }
}

/** Rewrites the search words of a client's name (client-search.ts), in the transaction that sets the name. */
export async function writeNameWords(
  trx: RecordsOptions["database"],
  client: Pick<ClientsTable, "id" | "organization_id" | "name">,
): Promise<void> {
  await trx.deleteFrom("client_name_words").where("client_id", "=", client.id).execute();
  const words = nameWords(client.name);
  if (words.length === 0) return;
  await trx
    .insertInto("client_name_words")
    .values(words.map((word) => ({ client_id: client.id, organization_id: client.organization_id, word })))
    .execute();
}

/** Rows after the cursor in (reassessment date, id) order: `sort=reassessment-due`. */
function afterDueKey(position: ReturnType<typeof decodeCursor>): Expression<SqlBool> {
  if (position === null) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`(${reassessmentSortKey} > ${position.key} or (${reassessmentSortKey} = ${position.key} and clients.id > ${position.id}))`;
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
        ...problemResponses(400, 401, 403, 409, 413, 422),
      },
      handle: async ({ request, reply, principal, body }) => {
        checkBirthDate(body.birthDate, clock);
        await checkClinician(database, principal, body.assignedClinicianId);
        const now = clock.now().toISOString();
        const row: ClientsTable = {
          id: randomUUID(),
          ...organizationStamp(principal),
          name: body.name,
          birth_date: body.birthDate ?? null,
          record_number: body.recordNumber ?? null,
          zip_code: body.zipCode ?? null,
          assigned_clinician_id: body.assignedClinicianId ?? null,
          status: "active",
          status_reason: null,
          merged_into_id: null,
          merged_at: null,
          version: 1,
          created_at: now,
          created_by: principal.userId,
          updated_at: now,
        };
        try {
          await writes.run(async (trx) => {
            await trx.insertInto("clients").values(row).execute();
            await writeNameWords(trx, row);
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
      summary: "Find and list your organization's clients",
      description:
        "Oldest first (or `sort=reassessment-due`: overdue first), in pages, each client with its caseload summary (open episode, level now, reassessment date, latest assessment, urgent items still open). `q` searches (a prefix of any word of the name, the exact record number or the exact birth date); the filters narrow by assigned clinician, current level, open episode, reassessment due and status (active by default). Each client listed is recorded as read in the audit log.",
      policy: anyRole,
      query: clientListQuery,
      responses: {
        200: {
          description: "A page of clients, each with its caseload summary.",
          schema: pageOfSchema(clientListItem),
        },
        ...problemResponses(400, 401, 403),
      },
      handle: async ({ request, principal, query }) => {
        let select = database
          .selectFrom(clientsToList(database, principal.organizationId, query.q))
          .selectAll()
          .select(reassessmentSortKey.as("due_key"))
          .where(inOrganizationOf(principal, "clients.organization_id"));
        for (const condition of clientFilters(query, todayOf(clock))) {
          select = select.where(condition);
        }
        const position = decodeCursor(query.cursor);
        const rows =
          query.sort === "reassessment-due"
            ? await select
                .where(afterDueKey(position))
                .orderBy(reassessmentSortKey)
                .orderBy("clients.id")
                .limit(query.limit + 1)
                .execute()
            : await select
                .where(afterPosition("created_at", position))
                .orderBy("created_at")
                .orderBy("id")
                .limit(query.limit + 1)
                .execute();
        const listed = pageOf(
          rows,
          query.limit,
          (row) => (query.sort === "reassessment-due" ? row.due_key : row.created_at),
          viewOfClient,
        );
        const summaries = await caseloadSummaries(
          database,
          principal.organizationId,
          listed.items.map((item) => item.id),
        );
        const page = {
          ...listed,
          items: listed.items.map((item) => ({
            ...item,
            caseload: summaries.get(item.id) ?? {
              openEpisodeId: null,
              currentLevel: null,
              reassessmentDueOn: null,
              lastAssessmentId: null,
              lastAssessmentOn: null,
              urgentItemsOpen: 0,
            },
          })),
        };
        await writes.run((trx) =>
          request.audit.recordAll(
            [
              {
                action: "client.list",
                outcome: "success",
                recordType: "client",
                detail: query.q === undefined ? "listed" : "searched",
              },
              ...page.items.map((client) => ({
                action: "client.read",
                outcome: "success" as const,
                recordType: "client",
                recordId: client.id,
                detail: "listed",
              })),
            ],
            trx,
          ),
        );
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
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
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
        checkBirthDate(body.birthDate, clock);
        await checkClinician(database, principal, body.assignedClinicianId);
        const changed: ClientsTable = {
          ...current,
          ...(body.name === undefined ? {} : { name: body.name }),
          ...(body.birthDate === undefined ? {} : { birth_date: body.birthDate }),
          ...(body.recordNumber === undefined ? {} : { record_number: body.recordNumber }),
          ...(body.zipCode === undefined ? {} : { zip_code: body.zipCode }),
          ...(body.assignedClinicianId === undefined
            ? {}
            : { assigned_clinician_id: body.assignedClinicianId }),
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
                zip_code: changed.zip_code,
                assigned_clinician_id: changed.assigned_clinician_id,
                version: changed.version,
                updated_at: changed.updated_at,
              })
              .where("id", "=", current.id)
              .where(inOrganizationOf(principal))
              .where("version", "=", expected)
              .executeTakeFirst();
            if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
            if (changed.name !== current.name) await writeNameWords(trx, changed);
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
