import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { z } from "zod";
import { principalOf } from "../access/access-control.js";
import { type RoutePolicy, serviceAccountScopeOf } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { parseRequestPart } from "../access/request-body.js";

/**
 * Requests a service account may make to one route per minute unless the app is told otherwise
 * (`AppOptions.serviceAccountRequestsPerMinute`); counted per account in the shared store, so every
 * instance counts the same requests (access/shared-rate-limit-store.ts).
 */
export const SERVICE_ACCOUNT_REQUESTS_PER_MINUTE = 600;

/** Body limit of a route unless it says otherwise (an assessment allows more); larger bodies answer 413. */
export const API_BODY_LIMIT = 16 * 1024;

/**
 * A route's per-address limit: `max` requests per `timeWindow` ms. Counts are shared by every instance
 * and written in batches; `exactAcrossInstances` writes every attempt at once, for routes where one
 * attempt past the limit matters (sign-in, password links; access/shared-rate-limit-store.ts).
 */
export interface RouteRateLimit {
  readonly max: number;
  readonly timeWindow: number;
  readonly exactAcrossInstances?: boolean;
}

export type ApiMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiResponse {
  readonly description: string;
  /** The body's schema; absent for an empty body or a problem document. */
  readonly schema?: z.ZodType;
  /** The body's media type when it is not `application/json` (the docs page, its style sheet). */
  readonly contentType?: string;
  /** The answer carries the record's ETag (reads and updates do; say so for a creation). */
  readonly etag?: boolean;
}

export interface ApiRouteInput<Params, Query, Body> {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /** The signed-in person; reading it on a route that is not `signed-in` answers 401. */
  readonly principal: Principal;
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
}

/**
 * One route of the API, as data. The same zod schemas validate the request (before `handle` runs) and
 * describe it in the OpenAPI document (openapi/openapi-document.ts); the access hook enforces `policy`;
 * the route-policy, isolation and bad-input tests walk every declared route. So a new route is served,
 * documented, guarded and tested from this one declaration (docs/api.md "Adding a route").
 */
export interface ApiRoute {
  readonly method: ApiMethod;
  /** Fastify pattern, e.g. `/api/clients/:clientId`. */
  readonly url: string;
  /** Unique across the API; also the anchor of the route on /docs. */
  readonly operationId: string;
  /** The group the route is listed under on /docs (openapi/api-tags.ts describes each). */
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly policy: RoutePolicy;
  /**
   * The (public) route's handler checks a CDS client's signed JWT (cds-hooks/cds-client-jwt.ts); the
   * OpenAPI document lists it under the `cdsClientJwt` security scheme.
   */
  readonly cdsClientJwt?: boolean;
  /** Every `:name` of the URL; a declaration without it is refused. */
  readonly params?: z.ZodType;
  /** Unknown query parameters answer 400 naming them; a route without `query` accepts none. */
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** A quicker parse of a valid body from the same schema; `undefined` hands the body to `body` (zod). */
  readonly quickBody?: (body: unknown) => unknown;
  readonly bodyLimit: number;
  /**
   * Per-address request limit (sign-in and other guessable routes). A route that accepts service
   * accounts and declares none gets a per-account limit on bearer requests.
   */
  readonly rateLimit?: RouteRateLimit;
  /**
   * The limit on bearer requests is per service account rather than per address (on a public route that
   * admits service accounts, other requests keep the per-address `rateLimit`).
   */
  readonly rateLimitPerServiceAccount?: boolean;
  /** Updates name the version they read; a missing If-Match answers 428, a stale one 412. */
  readonly ifMatch: boolean;
  /** Reads answer with an ETag. */
  readonly etag: boolean;
  /**
   * Successful statuses and their bodies, then the problem statuses the route's own rules answer with.
   * Problems every route of its kind can answer (400, 401, 403, 413, 429) are added by the generator.
   */
  readonly responses: Readonly<Record<number, ApiResponse>>;
  /** The path parameter that names a record of the caller's organization, if any (for the isolation matrix). */
  readonly recordParam: string | null;
  readonly handle: (input: ApiRouteInput<unknown, unknown, unknown>) => Promise<unknown>;
}

export interface ApiRouteDefinition<
  Params extends z.ZodType,
  Query extends z.ZodType,
  Body extends z.ZodType,
> {
  readonly method: ApiMethod;
  readonly url: string;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly policy: RoutePolicy;
  readonly cdsClientJwt?: boolean;
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  readonly quickBody?: (body: unknown) => z.output<Body> | undefined;
  readonly bodyLimit?: number;
  readonly rateLimit?: RouteRateLimit;
  readonly ifMatch?: boolean;
  readonly etag?: boolean;
  readonly responses: Readonly<Record<number, ApiResponse>>;
  readonly handle: (
    input: ApiRouteInput<z.output<Params>, z.output<Query>, z.output<Body>>,
  ) => Promise<unknown>;
}

/** Unknown keys in a query are refused by name rather than dropped in silence (a typo would change nothing). */
function strictQuery(query: z.ZodType): z.ZodType {
  return query instanceof z.ZodObject ? query.strict() : query;
}

/** Builds a route with typed inputs; tables and the registry keep the erased form. */
export function apiRoute<
  Params extends z.ZodType = z.ZodUndefined,
  Query extends z.ZodType = z.ZodUndefined,
  Body extends z.ZodType = z.ZodUndefined,
>(definition: ApiRouteDefinition<Params, Query, Body>): ApiRoute {
  const pathNames = [...definition.url.matchAll(/:([A-Za-z]+)/g)].map((match) => match[1] ?? "");
  const declared =
    definition.params instanceof z.ZodObject ? Object.keys(definition.params.shape as object) : [];
  const undeclared = pathNames.filter((name) => !declared.includes(name));
  if (undeclared.length > 0) {
    throw new Error(
      `${definition.method} ${definition.url} must declare its path parameters (${undeclared.join(", ")}) in params.`,
    );
  }
  const recordParam = /:([A-Za-z]+Id)\b/.exec(definition.url)?.[1] ?? null;
  return {
    method: definition.method,
    url: definition.url,
    operationId: definition.operationId,
    tag: definition.tag,
    summary: definition.summary,
    description: definition.description,
    policy: definition.policy,
    ...(definition.cdsClientJwt === true ? { cdsClientJwt: true } : {}),
    ...(definition.params === undefined ? {} : { params: definition.params }),
    ...(definition.query === undefined ? {} : { query: strictQuery(definition.query) }),
    ...(definition.body === undefined ? {} : { body: definition.body }),
    ...(definition.quickBody === undefined ? {} : { quickBody: definition.quickBody }),
    bodyLimit: definition.bodyLimit ?? API_BODY_LIMIT,
    ...(definition.rateLimit !== undefined
      ? {
          rateLimit: definition.rateLimit,
          // A public route that admits service accounts counts each account apart from the addresses.
          ...(definition.policy.access === "public" && serviceAccountScopeOf(definition.policy) !== undefined
            ? { rateLimitPerServiceAccount: true }
            : {}),
        }
      : serviceAccountScopeOf(definition.policy) !== undefined
        ? {
            rateLimit: { max: SERVICE_ACCOUNT_REQUESTS_PER_MINUTE, timeWindow: 60_000 },
            rateLimitPerServiceAccount: true,
          }
        : {}),
    ifMatch: definition.ifMatch ?? false,
    etag: definition.etag ?? false,
    responses: definition.responses,
    recordParam,
    handle: definition.handle as ApiRoute["handle"],
  };
}

const noQuery = z.strictObject({});

function hasKeys(value: unknown): boolean {
  if (value === null || typeof value !== "object") return false;
  for (const _key in value) return true;
  return false;
}

/** Validates path, query and body as the route declares them, then runs its handler. */
async function answer(route: ApiRoute, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
  const params =
    route.params === undefined ? undefined : parseRequestPart(route.params, request.params, "path");
  const query =
    route.query !== undefined
      ? parseRequestPart(route.query, request.query, "query")
      : hasKeys(request.query)
        ? parseRequestPart(noQuery, request.query, "query")
        : undefined;
  const body =
    route.body === undefined
      ? undefined
      : (route.quickBody?.(request.body) ?? parseRequestPart(route.body, request.body, "body"));
  // ASVS 5.0 14.3.2: nothing from the API is kept in shared caches unless a route says otherwise.
  reply.header("cache-control", "no-store");
  const answered = await route.handle({
    request,
    reply,
    get principal() {
      return principalOf(request);
    },
    params,
    query,
    body,
  });
  if (!(answered instanceof WrittenJson)) return answered;
  // A string or bytes with a JSON media type are sent as they are (Fastify's Reply.send), not serialized.
  reply.type("application/json; charset=utf-8");
  return answered.body;
}

/**
 * A 200 body the handler has already written as JSON, as text or as its UTF-8 bytes, for a hot route that
 * writes its answer from parts it keeps (docs/api.md "Answers written as JSON"). The route still declares
 * the body's schema for the OpenAPI document, and its test shows real answers are exactly that schema.
 */
export class WrittenJson {
  constructor(readonly body: string | Uint8Array) {}
}

/**
 * The limit of a route that accepts service accounts: counted per account, on bearer requests only (a
 * person's requests to the same route are limited as every session's are).
 */
const perServiceAccountLimit = {
  timeWindow: 60_000,
  max: (request: FastifyRequest) =>
    request.server.serviceAccountRequestsPerMinute ?? SERVICE_ACCOUNT_REQUESTS_PER_MINUTE,
  keyGenerator: (request: FastifyRequest) => `service account ${request.serviceAccount?.id ?? request.ip}`,
  allowList: (request: FastifyRequest) => request.serviceAccount === null,
};

/**
 * The limit of a public route that also admits service accounts (publicOrServiceAccount): a bearer request
 * counts against its account's own limit, any other against its address's (the route's `rateLimit`).
 */
function perAddressOrServiceAccountLimit(limit: RouteRateLimit) {
  return {
    timeWindow: limit.timeWindow,
    ...(limit.exactAcrossInstances === true ? { exactAcrossInstances: true } : {}),
    max: (request: FastifyRequest) =>
      request.serviceAccount === null
        ? limit.max
        : (request.server.serviceAccountRequestsPerMinute ?? SERVICE_ACCOUNT_REQUESTS_PER_MINUTE),
    keyGenerator: (request: FastifyRequest) =>
      request.serviceAccount === null
        ? (request.ip ?? "unknown client")
        : `service account ${request.serviceAccount.id}`,
  };
}

declare module "fastify" {
  interface FastifyInstance {
    /** Requests a service account may make to one route per minute (app.ts). */
    readonly serviceAccountRequestsPerMinute?: number;
  }
}

/**
 * Registers routes. Each carries its declaration in `config.apiRoute` and its policy in
 * `config.policy`: the access hook (access/access-control.ts) enforces the policy, refuses a route
 * registered any other way, and lists every route for the OpenAPI document.
 */
export function registerApiRoutes(app: FastifyInstance, routes: readonly ApiRoute[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      bodyLimit: route.bodyLimit,
      config: {
        policy: route.policy,
        apiRoute: route,
        ...(route.rateLimit === undefined
          ? {}
          : {
              rateLimit:
                route.rateLimitPerServiceAccount !== true
                  ? route.rateLimit
                  : route.policy.access === "public"
                    ? perAddressOrServiceAccountLimit(route.rateLimit)
                    : perServiceAccountLimit,
            }),
      },
      handler: (request, reply) => answer(route, request, reply),
    });
  }
}

/** Declares and registers one route at once (`registerApiRoutes(app, [apiRoute(definition)])`). */
export function addApiRoute<
  Params extends z.ZodType = z.ZodUndefined,
  Query extends z.ZodType = z.ZodUndefined,
  Body extends z.ZodType = z.ZodUndefined,
>(app: FastifyInstance, definition: ApiRouteDefinition<Params, Query, Body>): ApiRoute {
  const route = apiRoute(definition);
  registerApiRoutes(app, [route]);
  return route;
}
