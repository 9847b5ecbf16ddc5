import { randomUUID } from "node:crypto";
import { LEVELS_OF_CARE } from "@stepwise/engine";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { anyRole, signedIn } from "../access/policy.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { answerWithEntityTag, entityTag, staleVersion, versionFromIfMatch } from "../records/entity-tag.js";
import { hasControlCharacters } from "../records/record-schemas.js";
import { apiRoute, registerApiRoutes } from "../routes/api-route.js";
import { bumpDirectoryVersion } from "./directory-import.js";
import { lookUpPlace, PlaceNotFound } from "./place-lookup.js";
import type { ProgramIndex } from "./program-index.js";
import {
  PROGRAM_AGE_GROUPS,
  PROGRAM_MEDICATIONS,
  PROGRAM_PAYMENTS,
  type ProgramProfile,
} from "./program-profile.js";
import type { OrganizationProgramsTable } from "./program-tables.js";

const WITHDRAWAL = ["ambulatory", "residential", "medically-monitored", "medically-managed"] as const;
const count = z.number().int().min(0).max(100_000).nullable();

/** A line a person types; no control characters (they can hide text, and PostgreSQL refuses NUL). */
const line = (what: string, maximum: number) =>
  z
    .string({ error: `${what} must be text.` })
    .trim()
    .max(maximum, { error: `Use at most ${maximum} characters for ${what}.` })
    .refine((text) => !hasControlCharacters(text), { error: `${what} cannot hold control characters.` });

/** What an organization keeps about one of its programs or a partner's (docs/programs.md). */
const programBody = z.strictObject({
  name: line("name", 200).refine((text) => text !== "", { error: "Enter the program's name." }),
  street1: line("street1", 200).nullish(),
  city: line("city", 120).nullish(),
  state: line("state", 40).nullish(),
  zip: z.string().regex(/^\d{5}$/, { error: "zip must be a 5-digit ZIP code." }),
  phone: line("phone", 60).nullish(),
  website: line("website", 500).nullish(),
  levels: z.array(z.enum(LEVELS_OF_CARE)).max(LEVELS_OF_CARE.length),
  withdrawal: z.array(z.enum(WITHDRAWAL)).max(WITHDRAWAL.length).default([]),
  medications: z.array(z.enum(PROGRAM_MEDICATIONS)).max(PROGRAM_MEDICATIONS.length).default([]),
  payment: z.array(z.enum(PROGRAM_PAYMENTS)).max(PROGRAM_PAYMENTS.length).default([]),
  languages: z
    .array(
      z.string().regex(/^[a-z]{2,3}$/, { error: "each language must be a 2- or 3-letter code, such as es." }),
    )
    .max(40)
    .default([]),
  ageGroups: z.array(z.enum(PROGRAM_AGE_GROUPS)).max(PROGRAM_AGE_GROUPS.length).default([]),
  coOccurringCare: z.boolean().default(false),
  openings: count.default(null).describe("Places open now; null when not known."),
  waitlistDays: count.default(null).describe("Days a person waits today to start; null when not known."),
  availabilityUpdatedOn: z.iso.date().describe("The day openings and waitlist were last checked."),
});

const programView = z.object({
  id: z.string(),
  name: z.string(),
  street1: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  levels: z.array(z.enum(LEVELS_OF_CARE)),
  withdrawal: z.array(z.enum(WITHDRAWAL)),
  medications: z.array(z.enum(PROGRAM_MEDICATIONS)),
  payment: z.array(z.enum(PROGRAM_PAYMENTS)),
  languages: z.array(z.string()),
  ageGroups: z.array(z.enum(PROGRAM_AGE_GROUPS)),
  coOccurringCare: z.boolean(),
  openings: z.number().int().nullable(),
  waitlistDays: z.number().int().nullable(),
  availabilityUpdatedOn: z.string(),
  version: z.number().int(),
  updatedAt: z.string(),
});

type ProgramBody = z.output<typeof programBody>;

function viewOf(row: OrganizationProgramsTable): z.infer<typeof programView> {
  const profile = JSON.parse(row.profile) as ProgramProfile;
  return {
    id: row.id,
    name: row.name,
    street1: row.street1,
    city: row.city,
    state: row.state,
    zip: row.zip,
    phone: row.phone,
    website: row.website,
    levels: [...profile.levels],
    withdrawal: [...profile.withdrawal],
    medications: [...profile.medications],
    payment: [...profile.payment],
    languages: [...profile.languages],
    ageGroups: [...profile.ageGroups],
    coOccurringCare: profile.coOccurringCare,
    openings: row.openings,
    waitlistDays: row.waitlist_days,
    availabilityUpdatedOn: row.availability_updated_on,
    version: row.version,
    updatedAt: row.updated_at,
  };
}

function storedFields(body: ProgramBody) {
  let place: ReturnType<typeof lookUpPlace>;
  try {
    place = lookUpPlace(body.zip);
  } catch (error) {
    if (!(error instanceof PlaceNotFound)) throw error;
    throw new HttpProblem(400, "Bad Request", `zip: ${error.message}`, [
      { field: "zip", message: error.message },
    ]);
  }
  const profile: ProgramProfile = {
    substanceUseCare: true,
    mentalHealthCare: body.coOccurringCare,
    levels: body.levels,
    levelsToConfirm: [],
    withdrawal: body.withdrawal,
    withdrawalToConfirm: [],
    withdrawalSettingUnknown: false,
    medications: body.medications,
    payment: body.payment,
    languages: body.languages,
    ageGroups: body.ageGroups,
    coOccurringCare: body.coOccurringCare,
    telehealth: false,
  };
  return {
    name: body.name,
    street1: body.street1 ?? null,
    city: body.city ?? null,
    state: body.state ?? null,
    zip: body.zip,
    phone: body.phone ?? null,
    website: body.website ?? null,
    latitude: place.latitude,
    longitude: place.longitude,
    profile: JSON.stringify(profile),
    openings: body.openings,
    waitlist_days: body.waitlistDays,
    availability_updated_on: body.availabilityUpdatedOn,
  };
}

const notFound = () => new HttpProblem(404, "Not Found", "There is no such program in your organization.");
const programParams = z.strictObject({
  programId: z.uuid({ error: "programId must be an id from this API." }),
});

export interface OrganizationProgramRoutesOptions {
  readonly database: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly index: ProgramIndex;
}

/**
 * An organization's own program list (its programs and partners'): levels, withdrawal settings, medications,
 * payment, languages and current openings or waitlist, with the day they were checked. Search includes them
 * for people of that organization (program-routes.ts). A retired program is removed from the list.
 */
export function registerOrganizationProgramRoutes(
  app: FastifyInstance,
  options: OrganizationProgramRoutesOptions,
): void {
  const { database, clock, index } = options;
  const writers = signedIn("admin", "clinician");
  const changed = async (at: string) => {
    await bumpDirectoryVersion(database, at);
    index.changed();
  };
  registerApiRoutes(app, [
    apiRoute({
      method: "GET",
      url: "/api/organization-programs",
      operationId: "listOrganizationPrograms",
      tag: "Organization programs",
      summary: "The organization's own program list",
      description: "Every program the organization keeps, by name.",
      policy: anyRole,
      responses: {
        200: { description: "The programs.", schema: z.object({ programs: z.array(programView) }) },
      },
      handle: async ({ principal }) => {
        const rows = await database
          .selectFrom("organization_programs")
          .selectAll()
          .where("organization_id", "=", principal.organizationId)
          .orderBy("name")
          .orderBy("id")
          .execute();
        return { programs: rows.map(viewOf) };
      },
    }),
    apiRoute({
      method: "POST",
      url: "/api/organization-programs",
      operationId: "createOrganizationProgram",
      tag: "Organization programs",
      summary: "Add a program to the organization's list",
      description:
        "Its place comes from the ZIP code's centre; a ZIP code that cannot be found answers 400 naming `zip`.",
      policy: writers,
      body: programBody,
      responses: { 201: { description: "The program as stored.", schema: programView, etag: true } },
      handle: async ({ principal, body, reply }) => {
        const at = clock.now().toISOString();
        const row: OrganizationProgramsTable = {
          id: randomUUID(),
          organization_id: principal.organizationId,
          ...storedFields(body),
          version: 1,
          created_at: at,
          created_by: principal.userId,
          updated_at: at,
        };
        await database.insertInto("organization_programs").values(row).execute();
        await changed(at);
        reply.header("etag", entityTag(row.version));
        return reply.code(201).send(viewOf(row));
      },
    }),
    apiRoute({
      method: "GET",
      url: "/api/organization-programs/:programId",
      operationId: "readOrganizationProgram",
      tag: "Organization programs",
      summary: "One program of the organization's list",
      description: "With its ETag, for an update.",
      policy: anyRole,
      params: programParams,
      etag: true,
      responses: {
        200: { description: "The program.", schema: programView },
        304: { description: "The client holds this version." },
        404: { description: "No such program in the caller's organization." },
      },
      handle: async ({ principal, params, request, reply }) => {
        const row = await database
          .selectFrom("organization_programs")
          .selectAll()
          .where("id", "=", params.programId)
          .where("organization_id", "=", principal.organizationId)
          .executeTakeFirst();
        if (row === undefined) throw notFound();
        return answerWithEntityTag(request, reply, row.version, viewOf(row));
      },
    }),
    apiRoute({
      method: "PUT",
      url: "/api/organization-programs/:programId",
      operationId: "updateOrganizationProgram",
      tag: "Organization programs",
      summary: "Replace a program's details, openings and waitlist",
      description: "Send the ETag of your last read in If-Match; a program changed since answers 412.",
      policy: writers,
      params: programParams,
      body: programBody,
      ifMatch: true,
      etag: true,
      responses: {
        200: { description: "The program as stored.", schema: programView },
        404: { description: "No such program in the caller's organization." },
        412: { description: "The program changed since it was read." },
        428: { description: "If-Match is missing." },
      },
      handle: async ({ principal, params, body, request, reply }) => {
        const version = versionFromIfMatch(request);
        const at = clock.now().toISOString();
        const fields = storedFields(body);
        const updated = await database
          .updateTable("organization_programs")
          .set({ ...fields, version: version + 1, updated_at: at })
          .where("id", "=", params.programId)
          .where("organization_id", "=", principal.organizationId)
          .where("version", "=", version)
          .returningAll()
          .executeTakeFirst();
        if (updated === undefined) {
          const exists = await database
            .selectFrom("organization_programs")
            .select("id")
            .where("id", "=", params.programId)
            .where("organization_id", "=", principal.organizationId)
            .executeTakeFirst();
          throw exists === undefined ? notFound() : staleVersion();
        }
        await changed(at);
        reply.header("etag", entityTag(updated.version));
        return viewOf(updated);
      },
    }),
    apiRoute({
      method: "DELETE",
      url: "/api/organization-programs/:programId",
      operationId: "retireOrganizationProgram",
      tag: "Organization programs",
      summary: "Retire a program from the organization's list",
      description:
        "The program is no longer offered in search or as an available level. Decisions keep the levels they named, not the program. Send the ETag of your last read in If-Match; a program changed since answers 412.",
      policy: writers,
      params: programParams,
      ifMatch: true,
      responses: {
        204: { description: "Retired." },
        404: { description: "No such program in the caller's organization." },
        412: { description: "The program changed since it was read." },
        428: { description: "If-Match is missing." },
      },
      handle: async ({ principal, params, request, reply }) => {
        const version = versionFromIfMatch(request);
        const removed = await database
          .deleteFrom("organization_programs")
          .where("id", "=", params.programId)
          .where("organization_id", "=", principal.organizationId)
          .where("version", "=", version)
          .executeTakeFirst();
        if (Number(removed.numDeletedRows) !== 1) {
          const exists = await database
            .selectFrom("organization_programs")
            .select("id")
            .where("id", "=", params.programId)
            .where("organization_id", "=", principal.organizationId)
            .executeTakeFirst();
          throw exists === undefined ? notFound() : staleVersion();
        }
        await changed(clock.now().toISOString());
        return reply.code(204).send();
      },
    }),
  ]);
}
