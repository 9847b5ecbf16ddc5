import { randomUUID } from "node:crypto";
import { type Language, type LevelOfCare, levelRank } from "@stepwise/engine";
import type { FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { inOrganizationOf, organizationStamp } from "../access/organization-scope.js";
import { signedIn } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import type { DatabaseSchema } from "../database/schema.js";
import { clientRecordsListRoute } from "./client-records-list-route.js";
import { dateOfCareProblem } from "./clinical-dates.js";
import { answerWithEntityTag, staleVersion, versionFromIfMatch } from "./entity-tag.js";
import {
  type DerivedEpisode,
  deriveEpisode,
  type EffectiveEvent,
  type EventHistory,
  timelineProblem,
} from "./episode-history.js";
import { labelOfLevel, languageOf } from "./explanation.js";
import { problemResponses } from "./problem-responses.js";
import { defaultReassessmentDue } from "./reassessment-due.js";
import {
  clientAndMergedIds,
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
  episodeChanges,
  episodeEventParams,
  type episodeEventView,
  episodeParams,
  episodeView,
  eventCorrectionBody,
  eventVoidBody,
  transferBody,
} from "./record-schemas.js";
import type {
  CareEpisodeEventAmendmentsTable,
  CareEpisodeEventsTable,
  CareEpisodesTable,
} from "./record-tables.js";

/** An episode's events and their amendments, as stored. */
export interface EpisodeRecords {
  readonly events: CareEpisodeEventsTable[];
  readonly amendments: CareEpisodeEventAmendmentsTable[];
}

function viewOfEventHistory(entry: EventHistory): z.output<typeof episodeEventView> {
  const { event, effective } = entry;
  const original = {
    on: event.occurred_on,
    toLevel: event.to_level as LevelOfCare | null,
    decisionId: event.decision_id,
    emergencyReason: event.emergency_reason,
    reason: event.reason,
    note: event.note,
  };
  const shown =
    effective === null
      ? original
      : {
          on: effective.on,
          toLevel: effective.toLevel,
          decisionId: effective.decisionId,
          emergencyReason: effective.emergencyReason,
          reason: effective.dischargeReason,
          note: effective.note,
        };
  const from = effective?.fromLevel ?? null;
  const to = shown.toLevel;
  return {
    id: event.id,
    sequence: Number(event.sequence),
    kind: event.kind,
    status: entry.status,
    direction:
      event.kind === "transfer" && from !== null && to !== null && effective !== null
        ? levelRank(to) < levelRank(from)
          ? "step-down"
          : "step-up"
        : null,
    fromLevel: from,
    ...shown,
    original,
    amendments: entry.amendments.map((amendment) => ({
      id: amendment.id,
      kind: amendment.kind,
      reason: amendment.reason,
      on: amendment.occurred_on,
      toLevel: amendment.to_level as LevelOfCare | null,
      decisionId: amendment.decision_id,
      emergencyReason: amendment.emergency_reason,
      dischargeReason: amendment.discharge_reason,
      note: amendment.note,
      createdAt: amendment.created_at,
      createdBy: amendment.created_by,
    })),
    createdAt: event.created_at,
    createdBy: event.created_by,
  };
}

export function viewOfEpisode(
  row: CareEpisodesTable,
  records: EpisodeRecords,
  language: Language = "en",
): z.output<typeof episodeView> {
  const derived = deriveEpisode(records.events, records.amendments);
  return {
    id: row.id,
    clientId: row.client_id,
    status: derived.status,
    currentLevel: derived.currentLevel,
    currentLevelLabel: derived.currentLevel === null ? null : labelOfLevel(derived.currentLevel, language),
    reassessmentDueOn: derived.status === "open" ? row.reassessment_due_on : null,
    admittedOn: derived.admittedOn,
    dischargedOn: derived.dischargedOn,
    events: derived.history.map(viewOfEventHistory),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The events and amendments of each episode named, of the caller's organization only. */
export async function recordsOfEpisodes(
  database: Kysely<DatabaseSchema>,
  principal: Principal,
  episodeIds: readonly string[],
): Promise<Map<string, EpisodeRecords>> {
  const byEpisode = new Map<string, EpisodeRecords>(
    episodeIds.map((id) => [id, { events: [], amendments: [] }]),
  );
  if (episodeIds.length === 0) return byEpisode;
  const [events, amendments] = await Promise.all([
    database
      .selectFrom("care_episode_events")
      .selectAll()
      .where(inOrganizationOf(principal))
      .where("episode_id", "in", episodeIds)
      .orderBy("sequence")
      .execute(),
    database
      .selectFrom("care_episode_event_amendments")
      .selectAll()
      .where(inOrganizationOf(principal))
      .where("episode_id", "in", episodeIds)
      .orderBy("sequence")
      .execute(),
  ]);
  for (const row of events) byEpisode.get(row.episode_id)?.events.push(row);
  for (const row of amendments) byEpisode.get(row.episode_id)?.amendments.push(row);
  return byEpisode;
}

const NO_RECORDS: EpisodeRecords = { events: [], amendments: [] };

/**
 * Episodes of care: an admission at a level, transfers between levels (step down, step up), and a
 * discharge, each an event (docs/design.md pipeline: "continue / step down / step up / discharge"). The
 * history is honest: dates of care are not in the future (one day of skew), not before the event
 * before them nor the client's birth; every move into a level names the decision that chose that
 * level, or says why it could not wait for one; a mistake is corrected or voided by an appended
 * amendment with its reason, never by a false move; and the current level is derived from the events.
 * Changes need If-Match with the episode's ETag.
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

  async function birthDateOf(principal: Principal, clientId: string): Promise<string | null> {
    const client = await database
      .selectFrom("clients")
      .select("birth_date")
      .where("id", "=", clientId)
      .where(inOrganizationOf(principal))
      .executeTakeFirst();
    return client?.birth_date ?? null;
  }

  function checkDateOfCare(field: string, on: string, birthDate: string | null): void {
    const problem = dateOfCareProblem(field, on, clock, birthDate);
    if (problem !== null) throw unprocessable(problem.field, problem.message);
  }

  /**
   * A move into a level names a decision of this client whose chosen level is that level, or gives an
   * emergency reason (someone sent to a hospital before any decision could be made).
   */
  async function checkMoveBasis(
    principal: Principal,
    clientId: string,
    level: LevelOfCare,
    decisionId: string | null | undefined,
    emergencyReason: string | null | undefined,
  ): Promise<{ decisionId: string | null; emergencyReason: string | null }> {
    if (decisionId === undefined || decisionId === null) {
      if (emergencyReason === undefined || emergencyReason === null) {
        throw unprocessable(
          "decisionId",
          `Name the level-of-care decision that chose ${level}, or give an emergencyReason.`,
        );
      }
      return { decisionId: null, emergencyReason };
    }
    const decision = await database
      .selectFrom("level_of_care_decisions")
      .select(["id", "chosen_level"])
      .where("id", "=", decisionId)
      .where("client_id", "in", await clientAndMergedIds(database, principal, clientId))
      .where(inOrganizationOf(principal))
      .executeTakeFirst();
    if (decision === undefined)
      throw unprocessable("decisionId", "There is no such decision for this client.");
    if (decision.chosen_level !== level) {
      throw unprocessable(
        "decisionId",
        `That decision chose ${decision.chosen_level}, not ${level}; name the decision for ${level}, or give an emergencyReason.`,
      );
    }
    return { decisionId: decision.id, emergencyReason: emergencyReason ?? null };
  }

  async function loadRecords(principal: Principal, episodeId: string): Promise<EpisodeRecords> {
    return (await recordsOfEpisodes(database, principal, [episodeId])).get(episodeId) ?? NO_RECORDS;
  }

  /**
   * Writes an event or amendment if the episode is still the version the caller read, keeps the
   * episode's `status` in step with the derived one, and answers with the episode as it now is.
   */
  async function change(input: {
    request: FastifyRequest;
    principal: Principal;
    episode: CareEpisodesTable;
    expectedVersion: number;
    after: DerivedEpisode;
    write: (trx: Kysely<DatabaseSchema>, now: string) => Promise<void>;
    action: string;
    reassessmentDueOn?: string | null;
  }) {
    const now = clock.now().toISOString();
    const { episode, principal } = input;
    const status = input.after.status === "open" ? "open" : "closed";
    const reassessmentDueOn =
      input.reassessmentDueOn === undefined ? episode.reassessment_due_on : input.reassessmentDueOn;
    const changed: CareEpisodesTable = {
      ...episode,
      status,
      reassessment_due_on: reassessmentDueOn,
      version: episode.version + 1,
      updated_at: now,
    };
    try {
      await writes.run(async (trx) => {
        const updated = await trx
          .updateTable("care_episodes")
          .set({ status, reassessment_due_on: reassessmentDueOn, version: changed.version, updated_at: now })
          .where("id", "=", episode.id)
          .where(inOrganizationOf(principal))
          .where("version", "=", input.expectedVersion)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) throw staleVersion();
        await input.write(trx, now);
        await input.request.audit.record(
          { action: input.action, outcome: "success", recordType: "episode", recordId: episode.id },
          trx,
        );
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict("episodeId", "The client has another open episode of care; this one cannot reopen.");
      }
      throw error;
    }
    return {
      view: viewOfEpisode(
        changed,
        await loadRecords(principal, episode.id),
        languageOf(input.request, undefined),
      ),
      version: changed.version,
    };
  }

  /** Appends one event (a move or the discharge) after checking the timeline it makes. */
  async function appendEvent(input: {
    request: FastifyRequest;
    principal: Principal;
    episode: CareEpisodesTable;
    event: Pick<
      CareEpisodeEventsTable,
      | "kind"
      | "from_level"
      | "to_level"
      | "occurred_on"
      | "decision_id"
      | "reason"
      | "emergency_reason"
      | "note"
    >;
    action: string;
    reassessmentDueOn?: string | null;
  }) {
    const { principal, episode } = input;
    const expectedVersion = versionFromIfMatch(input.request);
    const records = await loadRecords(principal, episode.id);
    const before = deriveEpisode(records.events, records.amendments);
    if (before.status !== "open") throw conflict("episodeId", "This episode of care has ended.");
    const last = before.timeline[before.timeline.length - 1];
    if (last !== undefined && input.event.occurred_on < last.on) {
      throw unprocessable("on", `Use a date on or after the episode's last event (${last.on}).`);
    }
    const sequence = Math.max(0, ...records.events.map((event) => Number(event.sequence))) + 1;
    const row: CareEpisodeEventsTable = {
      id: randomUUID(),
      ...organizationStamp(principal),
      episode_id: episode.id,
      sequence,
      ...input.event,
      from_level: before.currentLevel,
      created_at: clock.now().toISOString(),
      created_by: principal.userId,
    };
    const after = deriveEpisode([...records.events, row], records.amendments);
    return change({
      request: input.request,
      principal,
      episode,
      expectedVersion,
      after,
      action: input.action,
      ...(input.reassessmentDueOn === undefined ? {} : { reassessmentDueOn: input.reassessmentDueOn }),
      write: async (trx) => {
        await trx.insertInto("care_episode_events").values(row).execute();
      },
    });
  }

  /** Appends an amendment (correction or void) to one event, if the timeline it makes is still true. */
  async function amendEvent(input: {
    request: FastifyRequest;
    principal: Principal;
    episodeId: string;
    eventId: string;
    action: string;
    amendment: (
      entry: EventHistory & { effective: EffectiveEvent },
      episode: CareEpisodesTable,
    ) => Promise<
      Omit<
        CareEpisodeEventAmendmentsTable,
        "id" | "organization_id" | "episode_id" | "event_id" | "sequence" | "created_at" | "created_by"
      >
    >;
  }) {
    const { principal, request } = input;
    const episode = await episodeOfOrganization(request, principal, input.episodeId, input.action);
    const expectedVersion = versionFromIfMatch(request);
    const records = await loadRecords(principal, episode.id);
    const before = deriveEpisode(records.events, records.amendments);
    const entry = before.history.find((candidate) => candidate.event.id === input.eventId);
    if (entry === undefined) {
      await missingRecord(request, "episode", input.eventId, input.action);
      throw unprocessable("eventId", "There is no such event in this episode of care.");
    }
    if (entry.effective === null)
      throw conflict("eventId", "This event was voided; it cannot be changed again.");
    const values = await input.amendment({ ...entry, effective: entry.effective }, episode);
    const row: CareEpisodeEventAmendmentsTable = {
      id: randomUUID(),
      ...organizationStamp(principal),
      episode_id: episode.id,
      event_id: entry.event.id,
      sequence: Math.max(0, ...records.amendments.map((amendment) => Number(amendment.sequence))) + 1,
      ...values,
      created_at: clock.now().toISOString(),
      created_by: principal.userId,
    };
    const after = deriveEpisode(records.events, [...records.amendments, row]);
    const problem = timelineProblem(after.timeline);
    if (problem !== null) throw unprocessable(problem.field, problem.message);
    return change({
      request,
      principal,
      episode,
      expectedVersion,
      after,
      action: input.action,
      write: async (trx) => {
        await trx.insertInto("care_episode_event_amendments").values(row).execute();
      },
    });
  }

  return [
    recordRoute({
      method: "POST",
      url: "/api/clients/:clientId/episodes",
      operationId: "admitClient",
      tag: "Episodes of care",
      summary: "Admit a client (start an episode of care)",
      description:
        "Starts an episode at a level. A client has at most one open episode; move within it instead. Needs the decision that chose the level (or an emergency reason); the date may not be later than tomorrow nor before the client's birth.",
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
        checkDateOfCare("admittedOn", body.admittedOn, client.birth_date);
        const basis = await checkMoveBasis(
          principal,
          client.id,
          body.level,
          body.decisionId,
          body.emergencyReason,
        );
        const now = clock.now().toISOString();
        const episode: CareEpisodesTable = {
          id: randomUUID(),
          ...organizationStamp(principal),
          client_id: client.id,
          status: "open",
          reassessment_due_on: body.reassessmentDueOn ?? defaultReassessmentDue(body.level, body.admittedOn),
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
          decision_id: basis.decisionId,
          reason: null,
          emergency_reason: basis.emergencyReason,
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
        return answerWithEntityTag(
          request,
          reply,
          episode.version,
          viewOfEpisode(episode, { events: [admission], amendments: [] }, languageOf(request, undefined)),
        );
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
      present: async (page, principal, language) => {
        const records = await recordsOfEpisodes(
          database,
          principal,
          page.map((row) => row.id),
        );
        return (row) => viewOfEpisode(row, records.get(row.id) ?? NO_RECORDS, language);
      },
    }),

    recordReadRoute({
      url: "/api/episodes/:episodeId",
      operationId: "readEpisode",
      tag: "Episodes of care",
      summary: "Read an episode of care",
      description:
        "Answers with an ETag; send it in If-Match to transfer, discharge, or correct or void an event.",
      params: episodeParams,
      record: "episode",
      view: { description: "The episode.", schema: episodeView },
      load: (request, principal, params, action) =>
        episodeOfOrganization(request, principal, params.episodeId, action),
      version: (episode) => episode.version,
      present: async (episode, principal, language) =>
        viewOfEpisode(episode, await loadRecords(principal, episode.id), language),
    }),

    recordRoute({
      method: "POST",
      url: "/api/episodes/:episodeId/transfers",
      operationId: "transferClient",
      tag: "Episodes of care",
      summary: "Move a client to another level (step down or step up)",
      description:
        "Needs If-Match with the episode's ETag (a stale one answers 412), and the decision that chose `toLevel` (or an emergency reason). The date may not be later than tomorrow, nor before the episode's last event.",
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
        const records = await loadRecords(principal, episode.id);
        const current = deriveEpisode(records.events, records.amendments);
        if (current.status !== "open") throw conflict("episodeId", "This episode of care has ended.");
        if (body.toLevel === current.currentLevel) {
          throw unprocessable("toLevel", `The client is already at ${current.currentLevel}.`);
        }
        checkDateOfCare("on", body.on, await birthDateOf(principal, episode.client_id));
        const basis = await checkMoveBasis(
          principal,
          episode.client_id,
          body.toLevel,
          body.decisionId,
          body.emergencyReason,
        );
        const { view, version } = await appendEvent({
          request,
          principal,
          episode,
          event: {
            kind: "transfer",
            from_level: current.currentLevel,
            to_level: body.toLevel,
            occurred_on: body.on,
            decision_id: basis.decisionId,
            reason: null,
            emergency_reason: basis.emergencyReason,
            note: body.note ?? null,
          },
          // A new level starts its own review rhythm.
          reassessmentDueOn: body.reassessmentDueOn ?? defaultReassessmentDue(body.toLevel, body.on),
          action: "episode.transfer",
        });
        return answerWithEntityTag(request, reply, version, view);
      },
    }),

    recordRoute({
      method: "POST",
      url: "/api/episodes/:episodeId/discharge",
      operationId: "dischargeClient",
      tag: "Episodes of care",
      summary: "Discharge a client (end the episode of care)",
      description:
        "Needs If-Match with the episode's ETag; a stale one answers 412. The date may not be later than tomorrow, nor before the episode's last event.",
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
        if (episode.status !== "open") throw conflict("episodeId", "This episode of care has already ended.");
        checkDateOfCare("on", body.on, await birthDateOf(principal, episode.client_id));
        const { view, version } = await appendEvent({
          request,
          principal,
          episode,
          event: {
            kind: "discharge",
            from_level: null,
            to_level: null,
            occurred_on: body.on,
            decision_id: null,
            reason: body.reason,
            emergency_reason: null,
            note: body.note ?? null,
          },
          reassessmentDueOn: null,
          action: "episode.discharge",
        });
        return answerWithEntityTag(request, reply, version, view);
      },
    }),

    recordRoute({
      method: "POST",
      url: "/api/episodes/:episodeId/events/:eventId/corrections",
      operationId: "correctEpisodeEvent",
      tag: "Episodes of care",
      summary: "Correct an event of an episode",
      description:
        "Appends a correction with its reason; the event as first recorded stays visible, marked `corrected`, and the episode's level and dates are derived again. A new level needs the decision that chose it (or an emergency reason). Needs If-Match with the episode's ETag.",
      policy: writers,
      params: episodeEventParams,
      body: eventCorrectionBody,
      ifMatch: true,
      responses: {
        200: { description: "The episode after the correction, with its new ETag.", schema: episodeView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const { view, version } = await amendEvent({
          request,
          principal,
          episodeId: params.episodeId,
          eventId: params.eventId,
          action: "episode.event-correct",
          amendment: async ({ effective }, episode) => {
            const on = body.on ?? effective.on;
            checkDateOfCare("on", on, await birthDateOf(principal, episode.client_id));
            if (effective.kind === "discharge") {
              if (body.toLevel !== undefined) throw unprocessable("toLevel", "A discharge has no level.");
              return {
                kind: "correction",
                reason: body.reason,
                occurred_on: on,
                to_level: null,
                decision_id: null,
                emergency_reason: null,
                discharge_reason: body.dischargeReason ?? effective.dischargeReason,
                note: body.note === undefined ? effective.note : body.note,
              };
            }
            if (body.dischargeReason !== undefined) {
              throw unprocessable("dischargeReason", "Only a discharge has a discharge reason.");
            }
            const level = body.toLevel ?? (effective.toLevel as LevelOfCare);
            const basisChanges =
              body.toLevel !== undefined ||
              body.decisionId !== undefined ||
              body.emergencyReason !== undefined;
            const basis = basisChanges
              ? await checkMoveBasis(
                  principal,
                  episode.client_id,
                  level,
                  body.decisionId,
                  body.emergencyReason,
                )
              : { decisionId: effective.decisionId, emergencyReason: effective.emergencyReason };
            return {
              kind: "correction",
              reason: body.reason,
              occurred_on: on,
              to_level: level,
              decision_id: basis.decisionId,
              emergency_reason: basis.emergencyReason,
              discharge_reason: null,
              note: body.note === undefined ? effective.note : body.note,
            };
          },
        });
        return answerWithEntityTag(request, reply, version, view);
      },
    }),

    recordRoute({
      method: "POST",
      url: "/api/episodes/:episodeId/events/:eventId/void",
      operationId: "voidEpisodeEvent",
      tag: "Episodes of care",
      summary: "Void an event entered in error",
      description:
        "Appends a void with its reason; the event stays visible, marked `voided`, and is left out of the timeline the episode's level and dates are derived from. Voiding the discharge reopens the episode; voiding the admission (only when it is the last event in effect) marks the episode `entered-in-error`. Needs If-Match with the episode's ETag.",
      policy: writers,
      params: episodeEventParams,
      body: eventVoidBody,
      ifMatch: true,
      responses: {
        200: { description: "The episode after the void, with its new ETag.", schema: episodeView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const { view, version } = await amendEvent({
          request,
          principal,
          episodeId: params.episodeId,
          eventId: params.eventId,
          action: "episode.event-void",
          amendment: async () => ({
            kind: "void",
            reason: body.reason,
            occurred_on: null,
            to_level: null,
            decision_id: null,
            emergency_reason: null,
            discharge_reason: null,
            note: null,
          }),
        });
        return answerWithEntityTag(request, reply, version, view);
      },
    }),

    recordRoute({
      method: "PATCH",
      url: "/api/episodes/:episodeId",
      operationId: "updateEpisode",
      tag: "Episodes of care",
      summary: "Set when the client is due for reassessment",
      description:
        "Changes the reassessment-due date of an open episode (by default set from the level at each move; see docs/api.md). Needs If-Match with the episode's ETag.",
      policy: writers,
      params: episodeParams,
      body: episodeChanges,
      ifMatch: true,
      responses: {
        200: { description: "The episode, with its new ETag.", schema: episodeView },
        ...problemResponses(400, 401, 403, 404, 409, 412, 413, 422, 428),
      },
      handle: async ({ request, reply, principal, params, body }) => {
        const episode = await episodeOfOrganization(request, principal, params.episodeId, "episode.update");
        const expectedVersion = versionFromIfMatch(request);
        const records = await loadRecords(principal, episode.id);
        const derived = deriveEpisode(records.events, records.amendments);
        if (derived.status !== "open") throw conflict("episodeId", "This episode of care has ended.");
        if (derived.admittedOn !== null && body.reassessmentDueOn < derived.admittedOn) {
          throw unprocessable(
            "reassessmentDueOn",
            `Use a date on or after the admission (${derived.admittedOn}).`,
          );
        }
        const { view, version } = await change({
          request,
          principal,
          episode,
          expectedVersion,
          after: derived,
          action: "episode.update",
          reassessmentDueOn: body.reassessmentDueOn,
          write: async () => {},
        });
        return answerWithEntityTag(request, reply, version, view);
      },
    }),
  ];
}
