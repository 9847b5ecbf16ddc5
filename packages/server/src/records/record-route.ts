import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import { principalOf } from "../access/access-control.js";
import type { RoutePolicy } from "../access/policy.js";
import type { Principal } from "../access/principal.js";
import { parseBody } from "../access/request-body.js";

/** Body limit for a record route unless it says otherwise; an assessment allows more. */
export const RECORD_BODY_LIMIT = 16 * 1024;

export interface RecordResponse {
  readonly description: string;
  /** The body's schema; absent for an empty body or a problem document. */
  readonly schema?: z.ZodType;
}

export interface RecordRouteInput<Params, Query, Body> {
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  readonly principal: Principal;
  readonly params: Params;
  readonly query: Query;
  readonly body: Body;
}

/**
 * One route of the records API, as data: the same zod schemas validate the request and describe it
 * in the OpenAPI document (openapi/openapi-document.ts), and the isolation and bad-input tests walk
 * this table, so a new route is covered by all three without being listed anywhere else.
 */
export interface RecordRoute {
  readonly method: "GET" | "POST" | "PATCH";
  /** Fastify pattern, e.g. `/api/clients/:clientId`. */
  readonly url: string;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly policy: RoutePolicy;
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** A quicker parse of a valid body from the same schema; `undefined` hands the body to `body` (zod). */
  readonly quickBody?: (body: unknown) => unknown;
  readonly bodyLimit: number;
  /** Updates name the version they read; a missing If-Match answers 428, a stale one 412. */
  readonly ifMatch: boolean;
  /** Reads answer with an ETag. */
  readonly etag: boolean;
  /** Successful status and its body, then the problem statuses the route can answer with. */
  readonly responses: Readonly<Record<number, RecordResponse>>;
  /** The path parameter that names a record of the caller's organization, if any (for the isolation matrix). */
  readonly recordParam: string | null;
  readonly handle: (input: RecordRouteInput<unknown, unknown, unknown>) => Promise<unknown>;
}

/** Builds a route with typed inputs; the table keeps the erased form. */
export function recordRoute<
  Params extends z.ZodType = z.ZodUndefined,
  Query extends z.ZodType = z.ZodUndefined,
  Body extends z.ZodType = z.ZodUndefined,
>(definition: {
  readonly method: RecordRoute["method"];
  readonly url: string;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly description: string;
  readonly policy: RoutePolicy;
  readonly params?: Params;
  readonly query?: Query;
  readonly body?: Body;
  readonly quickBody?: (body: unknown) => z.output<Body> | undefined;
  readonly bodyLimit?: number;
  readonly ifMatch?: boolean;
  readonly etag?: boolean;
  readonly responses: Readonly<Record<number, RecordResponse>>;
  readonly handle: (
    input: RecordRouteInput<z.output<Params>, z.output<Query>, z.output<Body>>,
  ) => Promise<unknown>;
}): RecordRoute {
  const recordParam = /:([A-Za-z]+Id)\b/.exec(definition.url)?.[1] ?? null;
  return {
    method: definition.method,
    url: definition.url,
    operationId: definition.operationId,
    tag: definition.tag,
    summary: definition.summary,
    description: definition.description,
    policy: definition.policy,
    ...(definition.params === undefined ? {} : { params: definition.params }),
    ...(definition.query === undefined ? {} : { query: definition.query }),
    ...(definition.body === undefined ? {} : { body: definition.body }),
    ...(definition.quickBody === undefined ? {} : { quickBody: definition.quickBody }),
    bodyLimit: definition.bodyLimit ?? RECORD_BODY_LIMIT,
    ifMatch: definition.ifMatch ?? false,
    etag: definition.etag ?? false,
    responses: definition.responses,
    recordParam,
    handle: definition.handle as RecordRoute["handle"],
  };
}

/**
 * Registers every route of the table. Each declares its policy in `config.policy`, so the access
 * hook (access/access-control.ts) enforces it like any other route (and refuses to start if one is missing); the
 * route goes through `app.route` rather than `addRoute` only because it also sets a body limit.
 */
export function registerRecordRouteTable(app: FastifyInstance, routes: readonly RecordRoute[]): void {
  for (const route of routes) {
    app.route({
      method: route.method,
      url: route.url,
      bodyLimit: route.bodyLimit,
      config: { policy: route.policy },
      handler: async (request, reply) => {
        const principal = principalOf(request);
        const params = route.params === undefined ? undefined : parseBody(route.params, request.params);
        const query = route.query === undefined ? undefined : parseBody(route.query, request.query);
        const body =
          route.body === undefined
            ? undefined
            : (route.quickBody?.(request.body) ?? parseBody(route.body, request.body));
        reply.header("cache-control", "no-store");
        return route.handle({ request, reply, principal, params, query, body });
      },
    });
  }
}
