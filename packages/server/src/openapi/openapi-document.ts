import { z } from "zod";
import { CSRF_HEADER } from "../access/access-control.js";
import { describePolicy, serviceAccountScopeOf } from "../access/policy.js";
import { SESSION_COOKIE } from "../access/sessions.js";
import { FHIR_JSON, isFhirPath } from "../fhir/fhir-paths.js";
import { operationOutcomeSchema } from "../fhir/operation-outcome.js";
import type { ApiRoute } from "../routes/api-route.js";
import { STEPWISE_VERSION } from "../version.js";
import { API_TAGS } from "./api-tags.js";

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) from a zod schema. Requests are described as they are
 * accepted (`io: "input"`, before defaults and trimming), responses as they are sent.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

export function openApiPath(fastifyUrl: string): string {
  return fastifyUrl.replace(/:([A-Za-z]+)/g, "{$1}");
}

const problemSchema: JsonSchema = {
  type: "object",
  description: "RFC 9457 problem details. `errors` names each bad field and what was expected.",
  required: ["type", "title", "status"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: ["field", "message"],
        properties: { field: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

function parametersOf(route: ApiRoute): JsonSchema[] {
  const parameters: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", route.params],
    ["query", route.query],
  ] as const) {
    if (schema === undefined) continue;
    const json = jsonSchemaOf(schema, "input");
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((json.properties as Record<string, JsonSchema>) ?? {})) {
      parameters.push({
        name,
        in: where,
        required: where === "path" || required.has(name),
        ...(typeof property.description === "string" ? { description: property.description } : {}),
        schema: property,
      });
    }
  }
  if (route.ifMatch) {
    parameters.push({
      name: "If-Match",
      in: "header",
      required: true,
      description: "The ETag from your last read of this record. Missing: 428. Stale: 412.",
      schema: { type: "string" },
    });
  }
  if (route.etag) {
    parameters.push({
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "An ETag you hold; answers 304 when the record has not changed.",
      schema: { type: "string" },
    });
  }
  return parameters;
}

/**
 * Problems a route answers because of what it is, whatever its own rules: a malformed request or an
 * unknown query parameter (400), no session (401), a role or a request from another site (403), a
 * session already complete on a sign-in step (409), a body over the limit (413) or not JSON (415), too many
 * tries (429).
 */
const IMPLIED_PROBLEMS: Readonly<Record<number, string>> = {
  400: "The request is malformed; `errors` names each bad field or unknown query parameter.",
  401: "Not signed in, or the session ended.",
  403: "Your role does not allow this, or the request came from another site or lacks the x-csrf-token header.",
  409: "This session has already completed the sign-in.",
  413: "The body is larger than this route accepts.",
  415: "The body is not JSON: send it as application/json.",
  429: "Too many attempts from this address; wait and try again.",
};

function impliedProblemsOf(route: ApiRoute): number[] {
  const writes = route.method !== "GET";
  return [
    400,
    ...(route.policy.access === "public" && serviceAccountScopeOf(route.policy) === undefined ? [] : [401]),
    ...(route.policy.access === "signed-in" || route.policy.access === "service-account" || writes
      ? [403]
      : []),
    ...(route.policy.access === "signing-in" ? [409] : []),
    ...(writes ? [413, 415] : []),
    ...(route.rateLimit === undefined ? [] : [429]),
  ];
}

/** How 401, 403 and 429 read on a route a service account may call. */
function serviceAccountProblemOf(route: ApiRoute, status: number): string | undefined {
  const scope = serviceAccountScopeOf(route.policy);
  if (scope === undefined) return undefined;
  const onlyAccounts = route.policy.access === "service-account";
  const publicRoute = route.policy.access === "public";
  if (status === 401) {
    if (publicRoute)
      return "A service account key was sent but is not valid or was revoked (a call without a key needs none).";
    return onlyAccounts
      ? "No service account key (Authorization: Bearer), or the key is not valid or was revoked."
      : "Not signed in, or the session ended; or the service account key is not valid or was revoked.";
  }
  if (status === 403) {
    const lacks = `The service account does not have the ${scope} scope`;
    return onlyAccounts || publicRoute
      ? `${lacks}, or the request came from another site.`
      : `${IMPLIED_PROBLEMS[403]} ${lacks}.`;
  }
  if (status === 429 && route.rateLimitPerServiceAccount === true) {
    if (publicRoute)
      return "Too many requests this minute from this address, or from this service account when a key is sent; wait and try again.";
    return "Too many requests from this service account this minute; wait and try again.";
  }
  return undefined;
}

const problemContent = {
  "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } },
};

/** Under /fhir errors are FHIR OperationOutcome resources, or problem documents when Accept names them (problem.ts). */
const operationOutcomeContent = {
  [FHIR_JSON]: { schema: { $ref: "#/components/schemas/OperationOutcome" } },
  ...problemContent,
};

/**
 * Who may call, as OpenAPI security requirements (alternatives): none for a public route; the session (and
 * CSRF token) for people; a service account's key (`bearerAuth`, with the scope it needs) where the route
 * accepts one; a CDS client's signed JWT (`cdsClientJwt`) on the CDS Hooks services.
 */
function securityOf(route: ApiRoute): JsonSchema[] {
  if (route.cdsClientJwt === true) return [{ cdsClientJwt: [] }];
  const scope = serviceAccountScopeOf(route.policy);
  const bearer = scope === undefined ? [] : [{ bearerAuth: [scope] }];
  // An empty requirement makes the key optional (OpenAPI 3.1 "Security Requirement Object").
  if (route.policy.access === "public") return bearer.length === 0 ? [] : [{}, ...bearer];
  if (route.policy.access === "service-account") return bearer;
  return [route.method === "GET" ? { sessionCookie: [] } : { sessionCookie: [], csrfToken: [] }, ...bearer];
}

function operationOf(route: ApiRoute): JsonSchema {
  const fhir = isFhirPath(route.url);
  const errorContent = fhir ? operationOutcomeContent : problemContent;
  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const success = Number(status) < 400;
    const etag = response.etag ?? (success && (route.etag || route.ifMatch));
    responses[status] = {
      description: response.description,
      ...(etag
        ? { headers: { ETag: { description: "The record's version tag.", schema: { type: "string" } } } }
        : {}),
      ...(response.schema !== undefined && !(fhir && !success)
        ? {
            content: {
              [response.contentType ?? "application/json"]: {
                schema: jsonSchemaOf(response.schema, "output"),
              },
            },
          }
        : success
          ? {}
          : { content: errorContent }),
    };
  }
  for (const status of impliedProblemsOf(route)) {
    const description =
      serviceAccountProblemOf(route, status) ??
      (status === 403 && route.policy.access !== "signed-in"
        ? route.policy.access === "public"
          ? "The request came from another site."
          : "The request came from another site or lacks the x-csrf-token header."
        : IMPLIED_PROBLEMS[status]);
    responses[String(status)] ??= {
      description: fhir && status === 415 ? "The body is not JSON: send application/fhir+json." : description,
      content: errorContent,
    };
  }
  if (route.etag) responses["304"] = { description: "Not modified: the ETag in If-None-Match is current." };
  const ordered = Object.fromEntries(
    Object.entries(responses).sort(([first], [second]) => Number(first) - Number(second)),
  );
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: `${route.description}\n\nWho may call: ${describePolicy(route.policy)}.`,
    "x-stepwise-policy": route.policy,
    security: securityOf(route),
    parameters: parametersOf(route),
    ...(route.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            description: `JSON, at most ${route.bodyLimit} bytes (413 above that).`,
            content: fhir
              ? {
                  [FHIR_JSON]: { schema: jsonSchemaOf(route.body, "input") },
                  "application/json": { schema: jsonSchemaOf(route.body, "input") },
                }
              : { "application/json": { schema: jsonSchemaOf(route.body, "input") } },
          },
        }),
    responses: ordered,
  };
}

/**
 * The OpenAPI 3.1 document of the whole API, generated from the routes' declarations (their zod
 * schemas, policies and responses), so it cannot drift from what the server accepts.
 */
export function openApiDocument(routes: readonly ApiRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const operationIds = new Set<string>();
  for (const route of routes) {
    if (operationIds.has(route.operationId)) {
      throw new Error(`Two routes share the operationId ${route.operationId}.`);
    }
    operationIds.add(route.operationId);
    const path = openApiPath(route.url);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operationOf(route);
  }
  const used = new Set(routes.map((route) => route.tag));
  const tags = [
    ...API_TAGS.filter((tag) => used.has(tag.name)),
    ...[...used].filter((name) => !API_TAGS.some((tag) => tag.name === name)).map((name) => ({ name })),
  ];
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Stepwise API",
      version: STEPWISE_VERSION,
      summary:
        "Sign-in and accounts, the audit log, and the clinical records: clients, assessments, level-of-care " +
        "decisions, episodes of care, consent and disclosure.",
      description:
        "Sign in with POST /api/session (then the second factor); the answer's csrfToken goes in the x-csrf-token " +
        "header of every request that changes something. " +
        "Other systems send a service account's key as Authorization: Bearer instead (bearerAuth; no cookie, no CSRF token), " +
        "on the operations that list it with the scope they need. " +
        "Every request acts for a signed-in person or a service account of one organization and sees only that organization's records; " +
        "a record of another organization answers 404. Every read and write is in the audit log. Errors are RFC 9457 " +
        "problem documents naming the bad field or unknown query parameter. Lists are paged with an opaque cursor. Reads answer with an ETag; " +
        "updates need If-Match (428 without it, 412 when stale). Stepwise supports decisions; it does not diagnose.",
      // Each organization runs its own server; the people to ask are the ones who run it.
      contact: { name: "The administrators of this Stepwise server" },
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    // Relative to the document's own address: the server that serves /openapi.json serves the API.
    servers: [{ url: "/", description: "This Stepwise server." }],
    tags,
    paths,
    components: {
      schemas: {
        Problem: problemSchema,
        OperationOutcome: jsonSchemaOf(operationOutcomeSchema, "output"),
      },
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "Set by POST /api/session (and the second-factor step).",
        },
        csrfToken: {
          type: "apiKey",
          in: "header",
          name: CSRF_HEADER,
          description:
            "The csrfToken from the sign-in answer; needed on every request that changes something.",
        },
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description:
            "A service account's key (`stepwise_sa_…`), issued by an administrator (POST /api/service-accounts). " +
            "The scopes listed on an operation are the ones the account needs: score, assess or records.read. " +
            "No cookie and no x-csrf-token with it; a request that also carries a session cookie is refused.",
        },
        cdsClientJwt: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "JWT",
          description:
            'CDS Hooks 2.0 "Trusting CDS Clients": a JWT the EHR signs (ES384 or RS384) with a key of an issuer ' +
            "configured on this server (STEPWISE_CDS_CLIENTS_FILE); aud is the service's address, exp a few " +
            "minutes ahead, and each token's jti is accepted once.",
        },
      },
    },
  };
}
