import { assessFhirParameters, FhirInputProblems } from "@stepwise/engine";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import type { Clock } from "../clock.js";
import { HttpProblem } from "../problem.js";
import { apiRoute, registerApiRoutes } from "../routes/api-route.js";
import { type CardLanguage, cardSchema, placementCards } from "./cds-cards.js";
import { type CdsClient, verifyCdsClientJwt } from "./cds-client-jwt.js";

export interface CdsRouteOptions {
  readonly clock: Clock;
  readonly publicUrl: string | undefined;
  /** The CDS clients (EHRs) trusted to call the services, with their keys (docs/fhir.md "CDS Hooks"). */
  readonly clients: readonly CdsClient[];
  readonly requestsPerMinute: number;
}

export const LEVEL_OF_CARE_SERVICE = "stepwise-level-of-care";

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

/** The request's fields as CDS Hooks 2.0 defines them ("HTTP Request"); others are refused by name. */
const hookRequestSchema = z
  .strictObject({
    hook: z.literal("patient-view").describe("This service answers the patient-view hook."),
    hookInstance: z.string().min(1).max(200),
    fhirServer: z.string().optional(),
    fhirAuthorization: z.looseObject({}).nullable().optional().describe("Not used: nothing is fetched."),
    context: z.looseObject({ userId: z.string().optional(), patientId: z.string().min(1).max(200) }),
    prefetch: z.record(z.string(), z.unknown()).optional(),
    extension: z.looseObject({}).optional(),
  })
  .describe("A CDS Hooks 2.0 hook request with its prefetch.");

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

/**
 * CDS Hooks 2.0 (cds-hooks.hl7.org): `GET /cds-services` lists the service, and
 * `POST /cds-services/stepwise-level-of-care` answers the `patient-view` hook with cards from the prefetched
 * QuestionnaireResponses and screening Observations: urgent items first (`critical`), then the suggested
 * level with its top reasons and a link to the clinic. Every hook call must carry a JWT from a configured
 * CDS client (cds-client-jwt.ts). Nothing is fetched from the EHR and nothing sent is stored.
 */
export function registerCdsHooksRoutes(app: FastifyInstance, options: CdsRouteOptions): void {
  const rateLimit = { max: options.requestsPerMinute, timeWindow: 60_000 };
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
        services: [
          {
            hook: "patient-view",
            id: LEVEL_OF_CARE_SERVICE,
            title: "Stepwise level of care",
            description:
              "Reads the patient's completed scale QuestionnaireResponses and screening Observations (PHQ-9, " +
              "AUDIT-C, ASQ, CIWA-Ar, COWS and more) and answers urgent items first, then the suggested level " +
              "of substance use care with its top reasons.",
            prefetch: { ...PREFETCH },
            usageRequirements:
              "Send the prefetch: this service does not query the FHIR server. Sign each request with a JWT " +
              "from a key this server's administrators configured for your issuer.",
          },
        ],
      }),
    }),
    apiRoute({
      method: "POST",
      url: `/cds-services/${LEVEL_OF_CARE_SERVICE}`,
      operationId: "callLevelOfCareService",
      tag,
      summary: "Level-of-care cards for the patient-view hook",
      description:
        "Answers a patient-view hook request with cards: each urgent item as a critical card, then the " +
        "suggested level (or what to ask first) with its top reasons and a link to the clinic. Spanish cards " +
        "when Accept-Language starts with es.",
      policy: publicRoute(
        "each call is authenticated by the CDS client's signed JWT (CDS Hooks 2.0), checked by the handler",
      ),
      body: hookRequestSchema,
      bodyLimit: 1_048_576,
      rateLimit,
      responses: {
        200: {
          description: "The cards (none when the record holds no scale result).",
          schema: z.object({ cards: z.array(cardSchema) }),
        },
        400: { description: "A prefetched resource cannot be used; `errors` names it." },
        401: { description: "No valid JWT from a configured CDS client." },
        412: { description: "The prefetch was not sent; this service does not query the FHIR server." },
      },
      handle: async ({ request, body }) => {
        const audience = `${origin(request)}/cds-services/${LEVEL_OF_CARE_SERVICE}`;
        verifyCdsClientJwt(request.headers.authorization, {
          clients: options.clients,
          audience,
          now: options.clock.now(),
        });
        const prefetch = body.prefetch ?? {};
        if (prefetch.questionnaireResponses === undefined && prefetch.observations === undefined)
          throw new HttpProblem(
            412,
            "Precondition Failed",
            "Send the prefetch (questionnaireResponses and observations): this service does not query the FHIR server.",
          );
        const responses = resourcesOfType(prefetch.questionnaireResponses, "QuestionnaireResponse");
        const observations = resourcesOfType(prefetch.observations, "Observation");
        if (responses.length === 0 && observations.length === 0) return { cards: [] };
        const today = options.clock.now().toISOString().slice(0, 10);
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
            cards: placementCards(assessed, {
              language: languageOf(request),
              clinicUrl: `${origin(request)}/`,
            }),
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
      },
    }),
  ]);
}
