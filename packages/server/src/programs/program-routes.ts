import { LEVELS_OF_CARE, type MessageText } from "@stepwise/engine";
import type { FastifyInstance } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { LANGUAGES, languageOf } from "../records/explanation.js";
import { addApiRoute, WrittenJson } from "../routes/api-route.js";
import { lookUpPlace, PlaceNotFound } from "./place-lookup.js";
import type { ProgramIndex } from "./program-index.js";
import {
  PROGRAM_AGE_GROUPS,
  PROGRAM_MEDICATIONS,
  PROGRAM_PAYMENTS,
  PROGRAM_WITHDRAWAL_SETTINGS,
} from "./program-profile.js";
import { searchPrograms } from "./program-search.js";
import { searchAnswerJson } from "./search-answer.js";

const searchQuery = z.object({
  near: z
    .string({ error: "near is needed: a 5-digit ZIP code, a city and state, or latitude,longitude." })
    .trim()
    .min(1, { error: "near is needed: a 5-digit ZIP code, a city and state, or latitude,longitude." })
    .max(100)
    .describe("Where to search from: a 5-digit ZIP code, `City, ST`, or `latitude,longitude`."),
  level: z.enum(LEVELS_OF_CARE).optional().describe("A level of care the program must offer."),
  withdrawal: z
    .enum(PROGRAM_WITHDRAWAL_SETTINGS)
    .optional()
    .describe(
      "A withdrawal-management setting the program must offer. Directory facilities match only when their listing names the setting.",
    ),
  medication: z.enum(PROGRAM_MEDICATIONS).optional().describe("A medication the program must offer."),
  payment: z.enum(PROGRAM_PAYMENTS).optional().describe("A way to pay the program must accept."),
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}$/, { error: "language must be a 2- or 3-letter language code, such as es." })
    .optional()
    .describe(
      "A language the program must offer care in: a BCP 47 code, e.g. `es`, `ase` (American Sign Language). `en` matches every program.",
    ),
  textLanguage: z
    .enum(LANGUAGES, { error: "textLanguage must be en or es." })
    .optional()
    .describe(
      "The language of `why`, `lacks`, `confirm` and `message`: en or es. Without it, Accept-Language decides (default en). Not a filter: `language` is.",
    ),
  radius: z.coerce
    .number({ error: "radius must be a number of miles from 1 to 250." })
    .min(1, { error: "radius must be a number of miles from 1 to 250." })
    .max(250, { error: "radius must be a number of miles from 1 to 250." })
    .default(25)
    .describe("Miles from `near`; 25 unless given."),
  limit: z.coerce
    .number({ error: "limit must be a whole number from 1 to 100." })
    .int({ error: "limit must be a whole number from 1 to 100." })
    .min(1, { error: "limit must be a whole number from 1 to 100." })
    .max(100, { error: "limit must be a whole number from 1 to 100." })
    .default(10)
    .describe("At most this many programs, nearest first; 10 unless given."),
});

const reason = z.object({
  code: z.string().describe("Stable key of the reason, e.g. `level:residential`."),
  text: z.string().describe("The reason in words, in the language asked for."),
});

const programView = z.object({
  id: z.string().describe("The locator's `frid`, or the organization's program id."),
  source: z.enum(["directory", "organization"]),
  name: z.string(),
  programName: z.string().nullable(),
  address: z.object({
    street1: z.string().nullable(),
    street2: z.string().nullable(),
    city: z.string().nullable(),
    state: z.string().nullable(),
    zip: z.string().nullable(),
  }),
  phone: z.string().nullable(),
  intakePhone: z.string().nullable(),
  website: z.string().nullable(),
  latitude: z.number(),
  longitude: z.number(),
  distanceMiles: z.number(),
  levels: z.array(z.enum(LEVELS_OF_CARE)),
  levelsToConfirm: z.array(z.enum(LEVELS_OF_CARE)),
  withdrawal: z.array(z.enum(PROGRAM_WITHDRAWAL_SETTINGS)),
  withdrawalToConfirm: z.array(z.enum(PROGRAM_WITHDRAWAL_SETTINGS)),
  medications: z.array(z.enum(PROGRAM_MEDICATIONS)),
  payment: z.array(z.enum(PROGRAM_PAYMENTS)),
  languages: z.array(z.string()),
  ageGroups: z.array(z.enum(PROGRAM_AGE_GROUPS)),
  coOccurringCare: z.boolean(),
  telehealth: z.boolean(),
  openings: z.number().int().nullable().describe("Organization programs: places open, as last updated."),
  waitlistDays: z.number().int().nullable(),
  availabilityUpdatedOn: z.string().nullable().describe("The day openings and waitlist were last updated."),
  why: z.array(reason).describe("Why the program matches the search."),
  lacks: z.array(reason).describe("What the program does not list that people often need."),
  confirm: z.array(reason).describe("What the listing names only loosely: ask the program."),
});

/** The body of `GET /api/programs`, as the OpenAPI document gives it (search-answer.ts writes it). */
export const searchView = z.object({
  near: z.object({
    latitude: z.number(),
    longitude: z.number(),
    resolvedBy: z.enum(["zip", "zip-area", "city", "coordinates"]),
    label: z.string().nullable(),
  }),
  radiusMiles: z.number(),
  directory: z.object({ facilities: z.number().int(), version: z.number().int() }),
  programs: z.array(programView),
  message: z
    .string()
    .nullable()
    .describe(
      "Said when nothing matched, or when the ZIP code was read as its area; in the language asked for.",
    ),
});

const HELPLINE: MessageText = {
  en: "For help finding care, call the SAMHSA National Helpline at 1-800-662-4357 (free, 24/7) or visit FindTreatment.gov. In a crisis call or text 988; in an emergency call 911.",
  es: "Para ayuda para encontrar atención, llame a la Línea Nacional de Ayuda de SAMHSA al 1-800-662-4357 (gratis, 24/7) o visite FindTreatment.gov. En una crisis llame o envíe un texto al 988; en una emergencia llame al 911.",
};

export interface ProgramRoutesOptions {
  readonly database: Kysely<DatabaseSchema>;
  readonly index: ProgramIndex;
  /** Searches allowed per client address per minute. */
  readonly searchesPerMinute: number;
}

/** `GET /api/programs`: the public program finder (docs/programs.md). */
export function registerProgramSearchRoute(app: FastifyInstance, options: ProgramRoutesOptions): void {
  addApiRoute(app, {
    method: "GET",
    url: "/api/programs",
    operationId: "searchPrograms",
    tag: "Program finder",
    summary: "Programs near a place that offer a kind of care",
    description:
      "Treatment programs within `radius` miles of `near` that offer substance use care and every filter given, " +
      "nearest first, each with why it matches, what it does not list and what to confirm with it, in English " +
      "or Spanish (`textLanguage`, else Accept-Language). No account " +
      "needed; the request holds a place and the kind of care, never assessment answers. A signed-in clinic also " +
      "sees its organization's own programs. A ZIP code the list lacks is read as its 3-digit area; a place that " +
      "cannot be found answers 400 naming `near`.",
    policy: publicRoute(
      "searches the public treatment directory; the request holds a place and a kind of care only",
    ),
    rateLimit: { max: options.searchesPerMinute, timeWindow: 60_000 },
    query: searchQuery,
    responses: { 200: { description: "Matching programs, nearest first.", schema: searchView } },
    handle: async ({ request, query }) => {
      let place: ReturnType<typeof lookUpPlace>;
      try {
        place = lookUpPlace(query.near);
      } catch (error) {
        if (!(error instanceof PlaceNotFound)) throw error;
        throw new HttpProblem(400, "Bad Request", `near: ${error.message}`, [
          { field: "near", message: error.message },
        ]);
      }
      const snapshot = await options.index.current();
      const language = languageOf(request, query.textLanguage);
      const matches = searchPrograms(
        snapshot,
        {
          latitude: place.latitude,
          longitude: place.longitude,
          radiusMiles: query.radius,
          limit: query.limit,
          level: query.level,
          withdrawal: query.withdrawal,
          medication: query.medication,
          payment: query.payment,
          language: query.language?.toLowerCase(),
          organizationId: request.principal?.organizationId ?? null,
        },
        language,
      );
      const message =
        matches.length === 0
          ? {
              en: `No program within ${query.radius} miles lists all of this. Try a larger distance or fewer filters. ${HELPLINE.en}`,
              es: `Ningún programa a menos de ${query.radius} millas ofrece todo esto. Pruebe una distancia mayor o menos filtros. ${HELPLINE.es}`,
            }
          : place.resolvedBy === "zip-area"
            ? {
                en: "We did not find that exact ZIP code, so distances are from the center of its area.",
                es: "No encontramos ese código postal exacto; las distancias son desde el centro de su zona.",
              }
            : null;
      return new WrittenJson(
        searchAnswerJson(
          {
            near: place,
            radiusMiles: query.radius,
            directory: { facilities: snapshot.directoryFacilities, version: snapshot.version },
            message: message === null ? null : message[language],
          },
          matches,
        ),
      );
    },
  });
}
