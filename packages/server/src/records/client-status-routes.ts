import type { FastifyRequest } from "fastify";
import { type Kysely, sql } from "kysely";
import { inOrganizationOf } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import type { DatabaseSchema } from "../database/schema.js";
import { viewOfClient } from "./client-routes.js";
import { answerWithEntityTag, staleVersion, versionFromIfMatch } from "./entity-tag.js";
import { problemResponses } from "./problem-responses.js";
import { clientOfOrganization, conflict, type RecordsOptions, unprocessable } from "./record-context.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import { clientParams, clientStatusBody, clientView, mergeBody, unmergeBody } from "./record-schemas.js";
import type { ClientsTable } from "./record-tables.js";

/**
 * Whether the surviving client got a new entry after the merge: any record of it (assessment,
 * decision, episode, episode event or amendment, consent, disclosure) created after `since`. Until
 * then, undoing the merge loses nothing and puts nothing in the wrong chart.
 */
async function newEntrySince(
  database: Kysely<DatabaseSchema>,
  principal: Principal,
  clientId: string,
  since: string,
): Promise<boolean> {
  const organization = principal.organizationId;
  const found = await sql<{ found: number }>`
    select 1 as found where
      exists (select 1 from assessments where client_id = ${clientId} and organization_id = ${organization} and created_at > ${since})
      or exists (select 1 from level_of_care_decisions where client_id = ${clientId} and organization_id = ${organization} and created_at > ${since})
      or exists (select 1 from consents where client_id = ${clientId} and organization_id = ${organization} and created_at > ${since})
      or exists (select 1 from disclosures where client_id = ${clientId} and organization_id = ${organization} and disclosed_at > ${since})
      or exists (select 1 from care_episodes episode where episode.client_id = ${clientId} and episode.organization_id = ${organization}
        and (episode.created_at > ${since}
          or exists (select 1 from care_episode_events event where event.episode_id = episode.id and event.created_at > ${since})
          or exists (select 1 from care_episode_event_amendments amendment where amendment.episode_id = episode.id and amendment.created_at > ${since})))
  `.execute(database);
  return found.rows.length > 0;
}

/**
 * Inactivating, reactivating and merging clients. Nothing is deleted: an inactive client is only
 * left out of the default list; a merged duplicate keeps its own records, which are shown under the
 * surviving client (record-context.ts `clientAndMergedIds`), so a merge can be undone until the
 * surviving client gets a new entry. Every change is in the audit log, on both clients for a merge.
 */
export function clientStatusRoutes(options: RecordsOptions): RecordRoute[] {
  const { database, clock, writes } = options;
  const writers = signedIn("admin", "clinician");

  async function setStatus(input: {
    request: FastifyRequest;
    principal: Principal;
    client: ClientsTable;
    expected: number;
    changes: Pick<ClientsTable, "status" | "status_reason">;
    action: string;
  }) {
    const changed: ClientsTable = {
      ...input.client,
      ...input.changes,
      version: input.client.version + 1,
      updated_at: clock.now().toISOString(),
    };
    await writes.run(async (trx) => {
      const result = await trx
        .updateTable("clients")
        .set({ ...input.changes, version: changed.version, updated_at: changed.updated_at })
        .where("id", "=", input.client.id)
        .where(inOrganizationOf(input.principal))
        .where("version", "=", input.expected)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
      await input.request.audit.record(
        { action: input.action, outcome: "success", recordType: "client", recordId: input.client.id },
        trx,
      );
    });
    return changed;
  }

  /** Moves a client between active and inactive: same checks, same write, same answer either way. */
  function statusRoute(route: {
    url: `/api/clients/:clientId/${string}`;
    operationId: string;
    summary: string;
    description: string;
    action: "client.inactivate" | "client.reactivate";
    from: "active" | "inactive";
    to: "active" | "inactive";
    notFrom: string;
  }) {
    return recordRoute({
      method: "POST",
      url: route.url,
      operationId: route.operationId,
      tag: "Clients",
      summary: route.summary,
      description: route.description,
      policy: writers,
      params: clientParams,
      body: clientStatusBody,
      ifMatch: true,
      responses: {
        200: { description: "The client, with its new ETag.", schema: clientView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          route.action,
        );
        const expected = versionFromIfMatch(request);
        if (client.status !== route.from) throw conflict("clientId", route.notFrom);
        const changed = await setStatus({
          request,
          principal,
          client,
          expected,
          changes: { status: route.to, status_reason: body.reason },
          action: route.action,
        });
        return answerWithEntityTag(request, reply, changed.version, viewOfClient(changed));
      },
    });
  }

  return [
    statusRoute({
      url: "/api/clients/:clientId/inactivation",
      operationId: "inactivateClient",
      summary: "Make a client inactive",
      description:
        "Leaves the client out of the default list (`status=inactive` or `all` finds them); nothing is deleted. Needs If-Match with the client's ETag.",
      action: "client.inactivate",
      from: "active",
      to: "inactive",
      notFrom: "This client is not active.",
    }),

    statusRoute({
      url: "/api/clients/:clientId/reactivation",
      operationId: "reactivateClient",
      summary: "Make an inactive client active again",
      description: "Needs If-Match with the client's ETag.",
      action: "client.reactivate",
      from: "inactive",
      to: "active",
      notFrom: "This client is not inactive.",
    }),

    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/merges",
      operationId: "mergeClients",
      tag: "Clients",
      summary: "Merge a duplicate into this client",
      description:
        "The duplicate becomes `merged` and its records are shown with this client's; nothing is rewritten or deleted, and the merge can be undone until this client gets a new entry. Needs If-Match with this client's ETag. Refused (409) when both have an open episode.",
      policy: writers,
      params: clientParams,
      body: mergeBody,
      ifMatch: true,
      responses: {
        200: { description: "The surviving client, with its new ETag.", schema: clientView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const survivor = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "client.merge",
        );
        const expected = versionFromIfMatch(request);
        if (body.duplicateId === survivor.id)
          throw unprocessable("duplicateId", "A client cannot be merged into itself.");
        const duplicate = await database
          .selectFrom("clients")
          .selectAll()
          .where("id", "=", body.duplicateId)
          .where(inOrganizationOf(principal))
          .executeTakeFirst();
        if (duplicate === undefined)
          throw unprocessable("duplicateId", "There is no such client in your organization.");
        if (duplicate.status === "merged") throw conflict("duplicateId", "That client is already merged.");
        const under = await database
          .selectFrom("clients")
          .select("id")
          .where("merged_into_id", "=", duplicate.id)
          .where("status", "=", "merged")
          .where(inOrganizationOf(principal))
          .executeTakeFirst();
        if (under !== undefined) {
          throw conflict(
            "duplicateId",
            "Other clients are merged into that one; merge this client into it instead.",
          );
        }
        const openEpisodes = await database
          .selectFrom("care_episodes")
          .select("client_id")
          .where("client_id", "in", [survivor.id, duplicate.id])
          .where("status", "=", "open")
          .where(inOrganizationOf(principal))
          .execute();
        if (openEpisodes.length > 1) {
          throw conflict("duplicateId", "Both clients have an open episode of care; discharge one first.");
        }
        const now = clock.now().toISOString();
        const changed: ClientsTable = { ...survivor, version: survivor.version + 1, updated_at: now };
        await writes.run(async (trx) => {
          const result = await trx
            .updateTable("clients")
            .set({ version: changed.version, updated_at: now })
            .where("id", "=", survivor.id)
            .where(inOrganizationOf(principal))
            .where("version", "=", expected)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
          const merged = await trx
            .updateTable("clients")
            .set({
              status: "merged",
              status_reason: body.reason,
              merged_into_id: survivor.id,
              merged_at: now,
              version: duplicate.version + 1,
              updated_at: now,
            })
            .where("id", "=", duplicate.id)
            .where(inOrganizationOf(principal))
            .where("version", "=", duplicate.version)
            .executeTakeFirst();
          if (Number(merged.numUpdatedRows) !== 1)
            throw conflict("duplicateId", "That client changed; try again.");
          await request.audit.record(
            {
              action: "client.merge",
              outcome: "success",
              recordType: "client",
              recordId: survivor.id,
              detail: "kept",
            },
            trx,
          );
          await request.audit.record(
            {
              action: "client.merge",
              outcome: "success",
              recordType: "client",
              recordId: duplicate.id,
              detail: "merged into another client",
            },
            trx,
          );
        });
        return answerWithEntityTag(request, reply, changed.version, viewOfClient(changed));
      },
    }),

    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/merge-undo",
      operationId: "undoClientMerge",
      tag: "Clients",
      summary: "Undo a merge",
      description:
        "Makes the duplicate a client of its own again, with its own records. Refused (409, field `duplicateId`) once this client has a new entry since the merge. Needs If-Match with this client's ETag.",
      policy: writers,
      params: clientParams,
      body: unmergeBody,
      ifMatch: true,
      responses: {
        200: { description: "The surviving client, with its new ETag.", schema: clientView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const survivor = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "client.merge-undo",
        );
        const expected = versionFromIfMatch(request);
        const duplicate = await database
          .selectFrom("clients")
          .selectAll()
          .where("id", "=", body.duplicateId)
          .where("merged_into_id", "=", survivor.id)
          .where("status", "=", "merged")
          .where(inOrganizationOf(principal))
          .executeTakeFirst();
        if (duplicate === undefined || duplicate.merged_at === null) {
          throw unprocessable("duplicateId", "That client is not merged into this one.");
        }
        if (await newEntrySince(database, principal, survivor.id, duplicate.merged_at)) {
          throw conflict(
            "duplicateId",
            "This client has a new entry since the merge, so the merge can no longer be undone.",
          );
        }
        const now = clock.now().toISOString();
        const changed: ClientsTable = { ...survivor, version: survivor.version + 1, updated_at: now };
        await writes.run(async (trx) => {
          const result = await trx
            .updateTable("clients")
            .set({ version: changed.version, updated_at: now })
            .where("id", "=", survivor.id)
            .where(inOrganizationOf(principal))
            .where("version", "=", expected)
            .executeTakeFirst();
          if (Number(result.numUpdatedRows) !== 1) throw staleVersion();
          await trx
            .updateTable("clients")
            .set({
              status: "active",
              status_reason: body.reason,
              merged_into_id: null,
              merged_at: null,
              version: duplicate.version + 1,
              updated_at: now,
            })
            .where("id", "=", duplicate.id)
            .where(inOrganizationOf(principal))
            .execute();
          for (const [recordId, detail] of [
            [survivor.id, "kept"],
            [duplicate.id, "separated again"],
          ] as const) {
            await request.audit.record(
              { action: "client.merge-undo", outcome: "success", recordType: "client", recordId, detail },
              trx,
            );
          }
        });
        return answerWithEntityTag(request, reply, changed.version, viewOfClient(changed));
      },
    }),
  ];
}
