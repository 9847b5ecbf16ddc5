import type { Bundle, Resource } from "@medplum/fhirtypes";
import {
  assessFhirParameters,
  DEFAULT_CANONICAL_BASE,
  FhirInputProblems,
  INSTRUMENT_IDS,
  instrumentQuestionnaire,
  scoreResponseBundle,
  stepwiseCodeSystems,
} from "@stepwise/engine";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import type { Clock } from "../clock.js";
import { HttpProblem } from "../problem.js";
import { type ApiResponse, type ApiRoute, apiRoute, registerApiRoutes } from "../routes/api-route.js";
import { capabilityStatement } from "./capability-statement.js";
import { FHIR_ASSESS_POLICY, FHIR_DEFINITION_POLICY, FHIR_SCORE_POLICY } from "./fhir-access.js";
import { checkFhirFormat, FHIR_JSON, fhirFormatQuery } from "./fhir-format.js";
import { OPERATION_DEFINITIONS } from "./operation-definitions.js";
import { operationOutcomeSchema } from "./operation-outcome.js";

export interface FhirRouteOptions {
  readonly clock: Clock;
  /** `STEPWISE_PUBLIC_URL`, for absolute addresses in answers; else the request's own scheme and host. */
  readonly publicUrl: string | undefined;
  /** FHIR requests allowed per client address per minute. */
  readonly requestsPerMinute: number;
}

/** A Bundle, Parameters, Observation or other FHIR resource body, described loosely for OpenAPI. */
const resourceSchema = (type: string, description: string) =>
  z.looseObject({ resourceType: z.literal(type) }).describe(description);

const fhirResponse = (description: string, schema: z.ZodType): ApiResponse => ({
  description,
  schema,
  contentType: FHIR_JSON,
});

const problem = (description: string): ApiResponse => ({
  description,
  schema: operationOutcomeSchema,
  contentType: FHIR_JSON,
});

const searchQuery = z.object({
  ...fhirFormatQuery,
  _id: z.string().max(64).optional().describe("Only the resource with this id."),
  url: z
    .string()
    .max(500)
    .optional()
    .describe("Only the resource with this canonical URL (|version ignored)."),
});
const formatQuery = z.object(fhirFormatQuery);
const idParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9\-.]{1,64}$/, "A FHIR id: letters, digits, '-' and '.', at most 64.")
    .describe("The resource's id."),
});

/** Sends a FHIR resource with the FHIR media type (FHIR R4 http.html#mime-type). */
function sendResource(reply: FastifyReply, resource: unknown, status = 200): FastifyReply {
  return reply.code(status).type(`${FHIR_JSON}; charset=utf-8`).send(JSON.stringify(resource));
}

function asBadRequest(error: unknown): never {
  if (error instanceof FhirInputProblems)
    throw new HttpProblem(
      400,
      "Bad Request",
      "The resource cannot be used: each issue names the element and what was expected.",
      error.problems.map((found) => ({ field: found.location, message: found.message })),
    );
  throw error;
}

function withoutVersion(canonical: string): string {
  return canonical.split("|")[0] ?? canonical;
}

/**
 * The FHIR R4 endpoints under /fhir (docs/fhir.md): the CapabilityStatement, the published Questionnaires,
 * CodeSystems and OperationDefinitions (read and search), `QuestionnaireResponse/$score` and `$assess`.
 * Declared like every route (routes/api-route.ts), so each is validated and in /openapi.json; errors
 * leave as OperationOutcome (problem.ts), with 405 and 404 for unknown methods and types
 * (unmatched-requests.ts).
 */
export function registerFhirRoutes(app: FastifyInstance, options: FhirRouteOptions): void {
  const rateLimit = { max: options.requestsPerMinute, timeWindow: 60_000 };
  const tag = "FHIR";
  const fhirBase = (request: FastifyRequest) =>
    `${options.publicUrl ?? `${request.protocol}://${request.host || "localhost"}`}/fhir`;

  // Built once: the definitions only change with a release.
  const questionnaires = INSTRUMENT_IDS.map((id) => instrumentQuestionnaire(id));
  const codeSystems = stepwiseCodeSystems();
  const published: Readonly<Record<string, readonly Resource[]>> = {
    Questionnaire: questionnaires as Resource[],
    CodeSystem: codeSystems,
    OperationDefinition: OPERATION_DEFINITIONS,
  };

  const definitionRoutes = (type: keyof typeof published & string, what: string): ApiRoute[] => [
    apiRoute({
      method: "GET",
      url: `/fhir/${type}`,
      operationId: `searchFhir${type}`,
      tag,
      summary: `Search ${what}`,
      description: `A searchset Bundle of the ${what}, all of them or those matching _id or url.`,
      policy: FHIR_DEFINITION_POLICY,
      query: searchQuery,
      rateLimit,
      responses: {
        200: fhirResponse(
          `A searchset Bundle of ${type} resources.`,
          resourceSchema("Bundle", "A searchset Bundle."),
        ),
        406: problem("Only JSON is served."),
      },
      handle: async ({ request, reply, query }) => {
        checkFhirFormat(request, query._format);
        const base = fhirBase(request);
        const matches = (published[type] ?? []).filter(
          (resource) =>
            (query._id === undefined || resource.id === query._id) &&
            (query.url === undefined ||
              withoutVersion((resource as { url?: string }).url ?? "") === withoutVersion(query.url)),
        );
        const self = new URL(`${base}/${type}`);
        if (query._id !== undefined) self.searchParams.set("_id", query._id);
        if (query.url !== undefined) self.searchParams.set("url", query.url);
        const bundle: Bundle = {
          resourceType: "Bundle",
          type: "searchset",
          total: matches.length,
          link: [{ relation: "self", url: self.href }],
          entry: matches.map((resource) => ({
            fullUrl: `${base}/${type}/${resource.id}`,
            resource,
            search: { mode: "match" },
          })),
        };
        return sendResource(reply, bundle);
      },
    }),
    apiRoute({
      method: "GET",
      url: `/fhir/${type}/:id`,
      operationId: `readFhir${type}`,
      tag,
      summary: `Read one of the ${what}`,
      description: `One ${type} by id (GET /fhir/${type} lists them).`,
      policy: FHIR_DEFINITION_POLICY,
      params: idParams,
      query: formatQuery,
      rateLimit,
      responses: {
        200: fhirResponse(`The ${type}.`, resourceSchema(type, `A FHIR R4 ${type}.`)),
        404: problem(`There is no ${type} with this id.`),
        406: problem("Only JSON is served."),
      },
      handle: async ({ request, reply, params, query }) => {
        checkFhirFormat(request, query._format);
        const found = (published[type] ?? []).find((resource) => resource.id === params.id);
        if (found === undefined)
          throw new HttpProblem(
            404,
            "Not Found",
            `There is no ${type} "${params.id}". GET /fhir/${type} lists them.`,
          );
        return sendResource(reply, found);
      },
    }),
  ];

  registerApiRoutes(app, [
    apiRoute({
      method: "GET",
      url: "/fhir/metadata",
      operationId: "readFhirCapabilityStatement",
      tag,
      summary: "What this FHIR server does (CapabilityStatement)",
      description: "The FHIR R4 CapabilityStatement: the resources and operations served, and nothing else.",
      policy: FHIR_DEFINITION_POLICY,
      query: formatQuery,
      rateLimit,
      responses: {
        200: fhirResponse(
          "The CapabilityStatement.",
          resourceSchema("CapabilityStatement", "A FHIR R4 CapabilityStatement."),
        ),
        406: problem("Only JSON is served."),
      },
      handle: async ({ request, reply, query }) => {
        checkFhirFormat(request, query._format);
        return sendResource(reply, capabilityStatement(fhirBase(request), options.clock.now().toISOString()));
      },
    }),
    ...definitionRoutes(
      "Questionnaire",
      "scales as FHIR Questionnaires (answer weights, calculatedExpression total)",
    ),
    ...definitionRoutes("CodeSystem", "Stepwise code systems"),
    ...definitionRoutes("OperationDefinition", "operations this server defines"),
    apiRoute({
      method: "POST",
      url: "/fhir/QuestionnaireResponse/$score",
      operationId: "scoreFhirQuestionnaireResponses",
      tag,
      summary: "Score QuestionnaireResponses",
      description:
        "Scores one QuestionnaireResponse or every one in a Bundle, recomputing each total from the answers. " +
        "Answers a collection Bundle: per response its total Observation (band as interpretation), then one " +
        "Observation per flag (PHQ-9 item 9, ASQ acuity, withdrawal bands). An entry that cannot be scored " +
        "becomes an OperationOutcome entry naming it; the others are still scored.",
      policy: FHIR_SCORE_POLICY,
      query: formatQuery,
      body: z
        .looseObject({ resourceType: z.enum(["QuestionnaireResponse", "Bundle"]) })
        .describe(
          "A FHIR R4 QuestionnaireResponse, or a Bundle of them with their Questionnaires and Patients.",
        ),
      bodyLimit: 1_048_576,
      rateLimit,
      responses: {
        200: fhirResponse(
          "A collection Bundle of Observations.",
          resourceSchema("Bundle", "A collection Bundle."),
        ),
        400: problem("Nothing could be scored: each issue names the element."),
        406: problem("Only JSON is served."),
      },
      handle: async ({ request, reply, query, body }) => {
        checkFhirFormat(request, query._format);
        try {
          return sendResource(
            reply,
            scoreResponseBundle(body, { canonicalBase: DEFAULT_CANONICAL_BASE }).bundle,
          );
        } catch (error) {
          return asBadRequest(error);
        }
      },
    }),
    apiRoute({
      method: "POST",
      url: "/fhir/$assess",
      operationId: "assessFhirParameters",
      tag,
      summary: "Suggest a level of care",
      description:
        "Takes a Parameters resource carrying a Stepwise assessment (`assessment`, JSON text or base64 JSON " +
        "attachment) and/or QuestionnaireResponses (`response`) and screening Observations (`observation`), " +
        "and answers the level-of-care result as an Observation coded with the Stepwise placement code " +
        "system: level, withdrawal setting, crosswalk codes, urgent items, top reasons, and the explanation " +
        "in English and Spanish.",
      policy: FHIR_ASSESS_POLICY,
      query: formatQuery,
      body: z
        .looseObject({ resourceType: z.literal("Parameters"), parameter: z.array(z.unknown()).optional() })
        .describe("A FHIR R4 Parameters resource (see OperationDefinition/assess)."),
      bodyLimit: 1_048_576,
      rateLimit,
      responses: {
        200: fhirResponse(
          "The level-of-care result.",
          resourceSchema("Observation", "A FHIR R4 Observation."),
        ),
        400: problem("The input cannot be used: each issue names the element."),
        406: problem("Only JSON is served."),
      },
      handle: async ({ request, reply, query, body }) => {
        checkFhirFormat(request, query._format);
        try {
          const today = options.clock.now().toISOString().slice(0, 10);
          return sendResource(reply, assessFhirParameters(body, { today }).observation);
        } catch (error) {
          return asBadRequest(error);
        }
      },
    }),
  ]);
}
