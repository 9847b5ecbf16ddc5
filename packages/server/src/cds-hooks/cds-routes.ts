import { assessFhirParameters, FhirInputProblems } from "@stepwise/engine";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem } from "../problem.js";
import { apiRoute, registerApiRoutes } from "../routes/api-route.js";
import { type Card, type CardLanguage, cardSchema, placementCards } from "./cds-cards.js";
import { type CdsClient, verifyCdsClientJwt } from "./cds-client-jwt.js";
import { cdsTokenReplayGuard } from "./cds-token-replay.js";

export interface CdsRouteOptions {
  readonly database: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  readonly publicUrl: string | undefined;
  /** The CDS clients (EHRs) trusted to call the services, with their keys (docs/fhir.md "CDS Hooks"). */
  readonly clients: readonly CdsClient[];
  readonly requestsPerMinute: number;
}

export const LEVEL_OF_CARE_SERVICE = "stepwise-level-of-care";
export const INTAKE_LEVEL_OF_CARE_SERVICE = "stepwise-intake-level-of-care";

/** What the service asks the EHR to send with each call (CDS Hooks 2.0 "Prefetch Template"). */
const PREFETCH = {
  patient: "Patient/{{context.patientId}}",
  questionnaireResponses: "QuestionnaireResponse?subject={{context.patientId}}&status=completed",
  observations: "Observation?subject={{context.patientId}}&category=survey",
} as const;

const serviceSchema = z.object({
  hook: z.string(),
  id: z.string(),
  title: z.string(),
  description: z.string(),
  prefetch: z.record(z.string(), z.string()),
  usageRequirements: z.string(),
});

const USAGE_REQUIREMENTS =
  "Send the prefetch: this service does not query the FHIR server. Sign each request with a JWT " +
  "from a key this server's administrators configured for your issuer, with a new jti each time.";

/**
 * The two services: the same cards for two standard hooks. CDS Hooks 2.0 has no hook for "a questionnaire
 * was completed"; `encounter-start` (a person arrives, for example for an intake, and the screening they
 * just completed is in the record) is the standard hook that fits (docs/fhir.md "CDS Hooks").
 */
const SERVICES = [
  {
    hook: "patient-view",
    id: LEVEL_OF_CARE_SERVICE,
    operationId: "callLevelOfCareService",
    title: "Stepwise level of care",
    description:
      "Reads the patient's completed scale QuestionnaireResponses and screening Observations (PHQ-9, " +
      "AUDIT-C, ASQ, CIWA-Ar, COWS and more) and answers urgent items first, then the suggested level " +
      "of substance use care with its top reasons.",
    context: z.looseObject({ userId: z.string().optional(), patientId: z.string().min(1).max(200) }),
  },
  {
    hook: "encounter-start",
    id: INTAKE_LEVEL_OF_CARE_SERVICE,
    operationId: "callIntakeLevelOfCareService",
    title: "Stepwise level of care at intake",
    description:
      "When an encounter starts (for example an intake visit), reads the screening the person has " +
      "completed (scale QuestionnaireResponses and Observations) and answers urgent items first, then the " +
      "suggested level of substance use care with its top reasons.",
    // CDS Hooks 2.0 encounter-start: userId, patientId and encounterId are required context.
    context: z.looseObject({
      userId: z.string().min(1).max(200),
      patientId: z.string().min(1).max(200),
      encounterId: z.string().min(1).max(200),
    }),
  },
] as const;

/** The request's fields as CDS Hooks 2.0 defines them ("HTTP Request"); others are refused by name. */
function hookRequestSchema(service: (typeof SERVICES)[number]) {
  return z
    .strictObject({
      hook: z.literal(service.hook).describe(`This service answers the ${service.hook} hook.`),
      hookInstance: z.string().min(1).max(200),
      fhirServer: z.string().optional(),
      fhirAuthorization: z.looseObject({}).nullable().optional().describe("Not used: nothing is fetched."),
      context: service.context,
      prefetch: z.record(z.string(), z.unknown()).optional(),
      extension: z.looseObject({}).optional(),
    })
    .describe(`A CDS Hooks 2.0 ${service.hook} request with its prefetch.`);
}

type Bundleish = { resourceType?: unknown; entry?: { resource?: { resourceType?: unknown } }[] };

/** The resources of one type from a prefetched search Bundle (outcome entries and other types left out). */
function resourcesOfType(value: unknown, type: string): unknown[] {
  const bundle = value as Bundleish | null | undefined;
  if (bundle?.resourceType === type) return [bundle];
  if (bundle?.resourceType !== "Bundle" || !Array.isArray(bundle.entry)) return [];
  return bundle.entry.flatMap((entry) => (entry?.resource?.resourceType === type ? [entry.resource] : []));
}

/** Whole years between a birth date and a day (both YYYY-MM-DD). */
function ageOn(birthDate: string, today: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate)) return undefined;
  const [by, bm, bd] = birthDate.split("-").map(Number);
  const [ty, tm, td] = today.split("-").map(Number);
  if (
    by === undefined ||
    bm === undefined ||
    bd === undefined ||
    ty === undefined ||
    tm === undefined ||
    td === undefined
  )
    return undefined;
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

function languageOf(request: FastifyRequest): CardLanguage {
  const first = (request.headers["accept-language"] ?? "").split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("es") ? "es" : "en";
}

/** The cards for one hook request's prefetch (the same for every hook this server answers). */
function cardsOf(
  prefetch: Record<string, unknown>,
  options: { readonly today: string; readonly language: CardLanguage; readonly clinicUrl: string },
): { cards: Card[] } {
  if (prefetch.questionnaireResponses === undefined && prefetch.observations === undefined)
    throw new HttpProblem(
      412,
      "Precondition Failed",
      "Send the prefetch (questionnaireResponses and observations): this service does not query the FHIR server.",
    );
  const responses = resourcesOfType(prefetch.questionnaireResponses, "QuestionnaireResponse");
  const observations = resourcesOfType(prefetch.observations, "Observation");
  if (responses.length === 0 && observations.length === 0) return { cards: [] };
  const { today } = options;
  const patient = (resourcesOfType(prefetch.patient, "Patient")[0] ?? {}) as {
    gender?: unknown;
    birthDate?: unknown;
  };
  const age = typeof patient.birthDate === "string" ? ageOn(patient.birthDate, today) : undefined;
  const assessment = {
    modelVersion: "1",
    asOf: today,
    mode: "clinician",
    respondent: "professional",
    ...(age === undefined || age < 0 || age > 130 ? {} : { age }),
    ...(patient.gender === "male" || patient.gender === "female" ? { sex: patient.gender } : {}),
  };
  const parameters = {
    resourceType: "Parameters",
    parameter: [
      { name: "assessment", valueString: JSON.stringify(assessment) },
      ...responses.map((resource) => ({ name: "response", resource })),
      ...observations.map((resource) => ({ name: "observation", resource })),
    ],
  };
  try {
    const assessed = assessFhirParameters(parameters, { today });
    return {
      cards: placementCards(assessed, { language: options.language, clinicUrl: options.clinicUrl }),
    };
  } catch (error) {
    if (error instanceof FhirInputProblems)
      throw new HttpProblem(
        400,
        "Bad Request",
        "A prefetched resource cannot be used.",
        error.problems.map((problem) => ({
          field: `prefetch ${problem.location}`,
          message: problem.message,
        })),
      );
    throw error;
  }
}

/**
 * CDS Hooks 2.0 (cds-hooks.hl7.org): `GET /cds-services` lists the services, and each
 * `POST /cds-services/{id}` answers its hook (`patient-view`, `encounter-start`) with cards from the
 * prefetched QuestionnaireResponses and screening Observations: urgent items first (`critical`), then the
 * suggested level with its top reasons and a link to the clinic. Every hook call must carry a JWT from a
 * configured CDS client (cds-client-jwt.ts), used once (cds-token-replay.ts). Nothing is fetched from the
 * EHR and nothing sent is stored.
 */
export function registerCdsHooksRoutes(app: FastifyInstance, options: CdsRouteOptions): void {
  const rateLimit = { max: options.requestsPerMinute, timeWindow: 60_000 };
  const replay = cdsTokenReplayGuard(options.database);
  const origin = (request: FastifyRequest) =>
    options.publicUrl ?? `${request.protocol}://${request.host || "localhost"}`;
  const tag = "CDS Hooks";
  registerApiRoutes(app, [
    apiRoute({
      method: "GET",
      url: "/cds-services",
      operationId: "discoverCdsServices",
      tag,
      summary: "The CDS Hooks services this server offers",
      description:
        "CDS Hooks 2.0 discovery: each service with its hook, prefetch templates and what it needs.",
      policy: publicRoute("CDS Hooks discovery: describes the services; holds no record"),
      rateLimit,
      responses: {
        200: { description: "The services.", schema: z.object({ services: z.array(serviceSchema) }) },
      },
      handle: async () => ({
        services: SERVICES.map((service) => ({
          hook: service.hook,
          id: service.id,
          title: service.title,
          description: service.description,
          prefetch: { ...PREFETCH },
          usageRequirements: USAGE_REQUIREMENTS,
        })),
      }),
    }),
    ...SERVICES.map((service) =>
      apiRoute({
        method: "POST",
        url: `/cds-services/${service.id}`,
        operationId: service.operationId,
        tag,
        summary: `Level-of-care cards for the ${service.hook} hook`,
        description:
          `Answers a ${service.hook} hook request with cards: each urgent item as a critical card, then the ` +
          "suggested level (or what to ask first) with its top reasons and a link to the clinic. Spanish cards " +
          "when Accept-Language starts with es.",
        policy: publicRoute(
          "each call is authenticated by the CDS client's signed JWT (CDS Hooks 2.0), checked by the handler",
        ),
        cdsClientJwt: true,
        body: hookRequestSchema(service),
        bodyLimit: 1_048_576,
        rateLimit,
        responses: {
          200: {
            description: "The cards (none when the record holds no scale result).",
            schema: z.object({ cards: z.array(cardSchema) }),
          },
          400: { description: "A prefetched resource cannot be used; `errors` names it." },
          401: {
            description:
              "No valid JWT from a configured CDS client, or the token (its jti) was already used.",
          },
          412: { description: "The prefetch was not sent; this service does not query the FHIR server." },
        },
        handle: async ({ request, body }) => {
          const now = options.clock.now();
          const token = verifyCdsClientJwt(request.headers.authorization, {
            clients: options.clients,
            audience: `${origin(request)}/cds-services/${service.id}`,
            now,
          });
          const first = await replay.firstUse({
            issuer: token.issuer,
            jti: token.jti,
            expiresAt: token.acceptedUntil,
            now,
          });
          if (!first)
            throw new HttpProblem(
              401,
              "Unauthorized",
              "The bearer token was already used (its jti): sign a new token for each request.",
            );
          return cardsOf(body.prefetch ?? {}, {
            today: now.toISOString().slice(0, 10),
            language: languageOf(request),
            clinicUrl: `${origin(request)}/`,
          });
        },
      }),
    ),
  ]);
}
