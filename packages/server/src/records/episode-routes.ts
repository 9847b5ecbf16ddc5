import { randomUUID } from "node:crypto";
import { type LevelOfCare, levelRank } from "@stepwise/engine";
import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import type { DatabaseSchema } from "../database/schema.js";
import { clientRecordsListRoute } from "./client-records-list-route.js";
import { answerWithEntityTag, staleVersion, versionFromIfMatch } from "./entity-tag.js";
import { problemResponses } from "./problem-responses.js";
import {
  clientOfOrganization,
  conflict,
  isUniqueViolation,
  missingRecord,
  type RecordsOptions,
  unprocessable,
} from "./record-context.js";
import { recordReadRoute } from "./record-read-route.js";
import { type RecordRoute, recordRoute } from "./record-route.js";
import {
  admissionBody,
  clientParams,
  dischargeBody,
  type episodeEventView,
  episodeParams,
  episodeView,
  transferBody,
} from "./record-schemas.js";
import type { CareEpisodeEventsTable, CareEpisodesTable } from "./record-tables.js";

export function viewOfEpisodeEvent(row: CareEpisodeEventsTable): z.output<typeof episodeEventView> {
  const from = row.from_level as LevelOfCare | null;
  const to = row.to_level as LevelOfCare | null;
  return {
    id: row.id,
    sequence: Number(row.sequence),
    kind: row.kind,
    direction:
      row.kind === "transfer" && from !== null && to !== null
        ? levelRank(to) < levelRank(from)
          ? "step-down"
          : "step-up"
        : null,
    fromLevel: from,
    toLevel: to,
    on: row.occurred_on,
    decisionId: row.decision_id,
    reason: row.reason,
    note: row.note,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

export function viewOfEpisode(
  row: CareEpisodesTable,
  events: readonly CareEpisodeEventsTable[],
): z.output<typeof episodeView> {
  return {
    id: row.id,
    clientId: row.client_id,
    status: row.status,
    currentLevel: row.current_level as LevelOfCare,
    admittedOn: row.admitted_on,
    dischargedOn: row.discharged_on,
    events: [...events].sort((a, b) => Number(a.sequence) - Number(b.sequence)).map(viewOfEpisodeEvent),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function eventsOfEpisodes(
  database: Kysely<DatabaseSchema>,
  principal: Principal,
  episodeIds: readonly string[],
): Promise<Map<string, CareEpisodeEventsTable[]>> {
  const byEpisode = new Map<string, CareEpisodeEventsTable[]>(episodeIds.map((id) => [id, []]));
  if (episodeIds.length === 0) return byEpisode;
  const rows = await database
    .selectFrom("care_episode_events")
    .selectAll()
    .where(inOrganizationOf(principal))
    .where("episode_id", "in", episodeIds)
    .orderBy("sequence")
    .execute();
  for (const row of rows) byEpisode.get(row.episode_id)?.push(row);
  return byEpisode;
}

/**
 * Episodes of care: an admission at a level, transfers between levels (step down, step up), and a
 * discharge, each an event with the level on each side (docs/design.md pipeline: "continue / step down /
 * step up / discharge"). Moves change the episode, so they need If-Match with its ETag.
 */
export function episodeRoutes(options: RecordsOptions): RecordRoute[] {
  const { database, clock, writes } = options;
  const writers = signedIn("admin", "clinician");

  async function episodeOfOrganization(
    request: FastifyRequest,
    principal: Principal,
    episodeId: string,
    action: string,
  ): Promise<CareEpisodesTable> {
    const row = await database
      .selectFrom("care_episodes")
      .selectAll()
      .where("id", "=", episodeId)
      .where(inOrganizationOf(principal))
      .executeTakeFirst();
    if (row === undefined || row.organization_id !== principal.organizationId) {
      throw await missingRecord(request, "episode", episodeId, action);
    }
    return row;
  }

  /** A decision named by a move must be one of this client's. */
  async function checkDecision(
    principal: Principal,
    clientId: string,
    decisionId: string | null | undefined,
  ) {
    if (decisionId === undefined || decisionId === null) return null;
    const decision = await database
      .selectFrom("level_of_care_decisions")
      .select("id")
      .where("id", "=", decisionId)
      .where("client_id", "=", clientId)
      .where(inOrganizationOf(principal))
      .executeTakeFirst();
    if (decision === undefined)
      throw unprocessable("decisionId", "There is no such decision for this client.");
    return decision.id;
  }

  /** Appends one event and moves the episode on, if the episode is still the version the client read. */
  async function move(input: {
    request: FastifyRequest;
    principal: Principal;
    episode: CareEpisodesTable;
    expectedVersion: number;
    event: Omit<
      CareEpisodeEventsTable,
      "id" | "organization_id" | "episode_id" | "sequence" | "created_at" | "created_by"
    >;
    changes: Partial<Pick<CareEpisodesTable, "status" | "current_level" | "discharged_on">>;
    action: string;
  }) {
    const now = clock.now().toISOString();
    const { episode, principal } = input;
    const changed: CareEpisodesTable = {
      ...episode,
      ...input.changes,
      version: episode.version + 1,
      updated_at: now,
    };
    await writes.run(async (trx) => {
      const updated = await trx
        .updateTable("care_episodes")
        .set({ ...input.changes, version: changed.version, updated_at: now })
        .where("id", "=", episode.id)
        .where(inOrganizationOf(principal))
        .where("version", "=", input.expectedVersion)
        .executeTakeFirst();
      if (Number(updated.numUpdatedRows) !== 1) throw staleVersion();
      const last = await trx
        .selectFrom("care_episode_events")
        .select((eb) => eb.fn.max("sequence").as("sequence"))
        .where("episode_id", "=", episode.id)
        .executeTakeFirst();
      await trx
        .insertInto("care_episode_events")
        .values({
          id: randomUUID(),
          ...organizationStamp(principal),
          episode_id: episode.id,
          sequence: Number(last?.sequence ?? 0) + 1,
          ...input.event,
          created_at: now,
          created_by: principal.userId,
        })
        .execute();
      await input.request.audit.record(
        { action: input.action, outcome: "success", recordType: "episode", recordId: episode.id },
        trx,
      );
    });
    const events = await eventsOfEpisodes(database, principal, [episode.id]);
    return viewOfEpisode(changed, events.get(episode.id) ?? []);
  }

  /** A move cannot be dated before the episode's last event (admission or an earlier move). */
  async function checkDate(field: string, on: string, principal: Principal, episode: CareEpisodesTable) {
    const last = await database
      .selectFrom("care_episode_events")
      .select((eb) => eb.fn.max("occurred_on").as("on"))
      .where("episode_id", "=", episode.id)
      .where(inOrganizationOf(principal))
      .executeTakeFirst();
    const latest = last?.on ?? episode.admitted_on;
    if (on < latest)
      throw unprocessable(field, `Use a date on or after the episode's last move (${latest}).`);
  }

  return [
    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/episodes",
      operationId: "admitClient",
      tag: "Episodes of care",
      summary: "Admit a client (start an episode of care)",
      description:
        "Starts an episode at a level. A client has at most one open episode; move within it instead.",
      policy: writers,
      params: clientParams,
      body: admissionBody,
      responses: {
        201: { description: "The new episode, with its ETag.", schema: episodeView, etag: true },
        ...problemResponses(400, 401, 403, 404, 409, 413, 422),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const client = await clientOfOrganization(
          database,
          request,
          principal,
          params.clientId,
          "episode.create",
        );
        const decisionId = await checkDecision(principal, client.id, body.decisionId);
        const now = clock.now().toISOString();
        const episode: CareEpisodesTable = {
          id: randomUUID(),
          ...organizationStamp(principal),
          client_id: client.id,
          status: "open",
          current_level: body.level,
          admitted_on: body.admittedOn,
          discharged_on: null,
          version: 1,
          created_at: now,
          updated_at: now,
        };
        const admission: CareEpisodeEventsTable = {
          id: randomUUID(),
          ...organizationStamp(principal),
          episode_id: episode.id,
          sequence: 1,
          kind: "admission",
          from_level: null,
          to_level: body.level,
          occurred_on: body.admittedOn,
          decision_id: decisionId,
          reason: null,
          note: body.note ?? null,
          created_at: now,
          created_by: principal.userId,
        };
        try {
          await writes.run(async (trx) => {
            await trx.insertInto("care_episodes").values(episode).execute();
            await trx.insertInto("care_episode_events").values(admission).execute();
            await request.audit.record(
              { action: "episode.create", outcome: "success", recordType: "episode", recordId: episode.id },
              trx,
            );
          });
        } catch (error) {
          if (isUniqueViolation(error)) {
            throw conflict(
              "clientId",
              "This client already has an open episode of care; transfer or discharge it first.",
            );
          }
          throw error;
        }
        reply.code(201).header("location", `/api/episodes/${episode.id}`);
        return answerWithEntityTag(request, reply, episode.version, viewOfEpisode(episode, [admission]));
      },
    }),

    clientRecordsListRoute(options, {
      url: "/api/clients/:clientId/episodes",
      operationId: "listEpisodes",
      tag: "Episodes of care",
      summary: "List a client's episodes of care",
      description: "Oldest first, in pages, each with its admission, transfers and discharge.",
      record: "episode",
      table: "care_episodes",
      orderedBy: "created_at",
      item: episodeView,
      itemsDescription: "A page of episodes.",
      present: async (page, principal) => {
        const events = await eventsOfEpisodes(
          database,
          principal,
          page.map((row) => row.id),
        );
        return (row) => viewOfEpisode(row, events.get(row.id) ?? []);
      },
    }),

    recordReadRoute({
      url: "/api/episodes/:episodeId",
      operationId: "readEpisode",
      tag: "Episodes of care",
      summary: "Read an episode of care",
      description: "Answers with an ETag; send it in If-Match to transfer or discharge.",
      params: episodeParams,
      record: "episode",
      view: { description: "The episode.", schema: episodeView },
      load: (request, principal, params, action) =>
        episodeOfOrganization(request, principal, params.episodeId, action),
      version: (episode) => episode.version,
      present: async (episode, principal) => {
        const events = await eventsOfEpisodes(database, principal, [episode.id]);
        return viewOfEpisode(episode, events.get(episode.id) ?? []);
      },
    }),

    recordRoute({
      method: "POST",
      url: "/api/episodes/:episodeId/transfers",
      operationId: "transferClient",
      tag: "Episodes of care",
      summary: "Move a client to another level (step down or step up)",
      description: "Needs If-Match with the episode's ETag; a stale one answers 412.",
      policy: writers,
      params: episodeParams,
      body: transferBody,
      ifMatch: true,
      responses: {
        200: { description: "The episode after the move, with its new ETag.", schema: episodeView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const episode = await episodeOfOrganization(request, principal, params.episodeId, "episode.transfer");
        const expectedVersion = versionFromIfMatch(request);
        if (episode.status !== "open") throw conflict("episodeId", "This episode of care has ended.");
        if (body.toLevel === episode.current_level) {
          throw unprocessable("toLevel", `The client is already at ${episode.current_level}.`);
        }
        await checkDate("on", body.on, principal, episode);
        const decisionId = await checkDecision(principal, episode.client_id, body.decisionId);
        const view = await move({
          request,
          principal,
          episode,
          expectedVersion,
          event: {
            kind: "transfer",
            from_level: episode.current_level,
            to_level: body.toLevel,
            occurred_on: body.on,
            decision_id: decisionId,
            reason: null,
            note: body.note ?? null,
          },
          changes: { current_level: body.toLevel },
          action: "episode.transfer",
        });
        return answerWithEntityTag(request, reply, episode.version + 1, view);
      },
    }),

    recordRoute({
      method: "POST",
      url: "/api/episodes/:episodeId/discharge",
      operationId: "dischargeClient",
      tag: "Episodes of care",
      summary: "Discharge a client (end the episode of care)",
      description: "Needs If-Match with the episode's ETag; a stale one answers 412.",
      policy: writers,
      params: episodeParams,
      body: dischargeBody,
      ifMatch: true,
      responses: {
        200: { description: "The ended episode, with its new ETag.", schema: episodeView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const episode = await episodeOfOrganization(
          request,
          principal,
          params.episodeId,
          "episode.discharge",
        );
        const expectedVersion = versionFromIfMatch(request);
        if (episode.status !== "open") throw conflict("episodeId", "This episode of care has already ended.");
        await checkDate("on", body.on, principal, episode);
        const view = await move({
          request,
          principal,
          episode,
          expectedVersion,
          event: {
            kind: "discharge",
            from_level: episode.current_level,
            to_level: null,
            occurred_on: body.on,
            decision_id: null,
            reason: body.reason,
            note: body.note ?? null,
          },
          changes: { status: "closed", discharged_on: body.on },
          action: "episode.discharge",
        });
        return answerWithEntityTag(request, reply, episode.version + 1, view);
      },
    }),
  ];
}
