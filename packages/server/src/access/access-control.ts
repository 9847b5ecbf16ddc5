import fastifyCookie from "@fastify/cookie";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Kysely } from "kysely";
import { sameSecret } from "../accounts/secret-tokens.js";
import {
  type AuditEvent,
  type AuditEventRow,
  appendAuditEvent,
  appendAuditEvents,
  auditEventRow,
} from "../audit/audit-log.js";
import type { Clock } from "../clock.js";
import type { DatabaseSchema } from "../database/schema.js";
import { HttpProblem, notAllowed, notSignedIn } from "../problem.js";
import type { ApiRoute } from "../routes/api-route.js";
import {
  authenticateServiceAccount,
  type ServiceAccountCaller,
} from "../service-accounts/service-account-store.js";
import { bearerKeyOf } from "./bearer-key.js";
import { describePolicy, isSafeMethod, type RoutePolicy, serviceAccountScopeOf } from "./policy.js";
import type { Principal, RequestSession } from "./principal.js";
import { lookUpSession, SESSION_COOKIE } from "./sessions.js";

/** What a handler records about itself; who, from where and which request are filled in. */
export type RequestAuditEvent = Omit<AuditEvent, "ip" | "requestId">;

export interface RequestAudit {
  /** Appends to the audit log; pass the transaction that makes the change so both commit together. */
  record(event: RequestAuditEvent, executor?: Kysely<DatabaseSchema>): Promise<void>;
  /** Appends several lines in order, as `record` each, in one statement (a list read's lines). */
  recordAll(events: readonly RequestAuditEvent[], executor?: Kysely<DatabaseSchema>): Promise<void>;
  /** The row `record` would append, for a write that inserts it together with its change (one statement). */
  rowOf(event: RequestAuditEvent): AuditEventRow;
}

declare module "fastify" {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
    /** The route's declaration (routes/api-route.ts): its schemas, responses and documentation. */
    apiRoute?: ApiRoute;
  }
  interface FastifyRequest {
    /** The person acting, for a complete session; null otherwise. */
    principal: Principal | null;
    /** The session at any stage (also while the second factor is still owed). */
    session: RequestSession | null;
    /** The integration a bearer request acts for (docs/service-accounts.md); null for a session. */
    serviceAccount: ServiceAccountCaller | null;
    audit: RequestAudit;
  }
}

export interface RegisteredRoute {
  readonly method: string;
  readonly url: string;
  readonly policy: RoutePolicy | undefined;
  /** Absent only for a plugin's routes inside a scope that declares its policy (the web app's files). */
  readonly declaration: ApiRoute | undefined;
}

export interface AccessControlOptions {
  readonly database: Kysely<DatabaseSchema>;
  readonly clock: Clock;
  /**
   * The public address's origin (`STEPWISE_PUBLIC_URL`, e.g. https://stepwise.clinic.org) when set:
   * then it is the only origin allowed to change state. Otherwise the request's own scheme, host and port.
   */
  readonly publicOrigin: string | undefined;
  /** Minutes a complete session may go without a request (`STEPWISE_SESSION_IDLE_MINUTES`). */
  readonly sessionIdleMinutes: number;
}

export const CSRF_HEADER = "x-csrf-token";

/**
 * Installs the access checks on an app. Must run before any route is registered: an `onRoute` hook
 * records every route and refuses one that declares no policy, or that was not declared with its
 * schemas (routes/api-route.ts, so that it is validated and in /openapi.json), and an `onRequest`
 * hook enforces the policy of the matched route on every request.
 */
export async function installAccessControl(
  app: FastifyInstance,
  options: AccessControlOptions,
): Promise<RegisteredRoute[]> {
  const routes: RegisteredRoute[] = [];
  app.addHook("onRoute", function recordPolicy(route) {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const scopePolicy = (this as unknown as { accessPolicy?: RoutePolicy }).accessPolicy;
    const config = route.config as { policy?: RoutePolicy; apiRoute?: ApiRoute } | undefined;
    const declared = config?.policy;
    const declaration = config?.apiRoute;
    const policy = declared ?? scopePolicy;
    if (declared === undefined && scopePolicy !== undefined)
      route.config = { ...route.config, policy: scopePolicy };
    for (const method of methods) routes.push({ method, url: route.url, policy, declaration });
    if (policy === undefined) {
      throw new Error(`Route ${methods.join(",")} ${route.url} declares no access policy (config.policy).`);
    }
    if (declaration === undefined && scopePolicy === undefined) {
      throw new Error(
        `Route ${methods.join(",")} ${route.url} is not declared with its schemas: register it with ` +
          "registerApiRoutes or addApiRoute (routes/api-route.ts).",
      );
    }
  });

  await app.register(fastifyCookie);
  app.decorateRequest("principal", null);
  app.decorateRequest("session", null);
  app.decorateRequest("serviceAccount", null);
  app.decorateRequest("audit", null as unknown as RequestAudit);

  const { database, clock } = options;

  app.addHook("onRequest", async (request, reply) => {
    request.audit = auditFor(request, database, clock);
    const policy = request.routeOptions.config.policy;
    if (policy === undefined) {
      // Only the not-found handler has no policy; anything else fails closed.
      if (request.is404) return;
      throw new HttpProblem(500, "Internal Server Error", "This address has no access policy.");
    }
    if (!isSafeMethod(request.method)) checkOrigin(request, options.publicOrigin);

    // A public route needs no key; one sent anyway is neither read, checked nor recorded, unless the route
    // also admits service accounts (publicOrServiceAccount): then the key is checked like anywhere else.
    const bearerKey =
      policy.access === "public" && policy.serviceAccountScope === undefined
        ? undefined
        : bearerKeyOf(request, reply);
    if (bearerKey !== undefined) {
      // A request is a person's session or an integration's key, never both: a key must not be able to
      // borrow a session's role, nor a cookie to ride along on a request exempt from the CSRF check.
      if (request.cookies[SESSION_COOKIE] !== undefined) {
        throw new HttpProblem(
          400,
          "Bad Request",
          "Authorization: send a service account key or a session cookie, not both.",
          [{ field: "Authorization", message: "Send a service account key or a session cookie, not both." }],
        );
      }
      await admitServiceAccount(request, reply, policy, bearerKey, database, clock);
      return;
    }

    const lookup = await lookUpSession(
      database,
      request.cookies[SESSION_COOKIE],
      clock.now(),
      options.sessionIdleMinutes,
    );
    if (lookup.kind === "expired") {
      clearSessionCookie(reply);
      await appendAuditEvent(database, clock.now(), {
        action: "session.ended",
        outcome: "success",
        actorUserId: lookup.userId,
        organizationId: lookup.organizationId,
        detail: lookup.why,
        ip: request.ip,
        requestId: request.id,
      });
    }
    const session = lookup.kind === "live" ? lookup.session : null;
    request.session = session;
    if (session?.stage === "full") {
      request.principal = {
        userId: session.user.id,
        organizationId: session.user.organizationId,
        role: session.user.role,
      };
    }

    if (policy.access === "public") return;
    if (policy.access === "service-account") {
      reply.header("www-authenticate", 'Bearer realm="stepwise"');
      throw serviceAccountNeeded();
    }
    if (session === null) throw notSignedIn();
    if (policy.access === "signing-in" && session.stage === "full") {
      throw new HttpProblem(409, "Conflict", "You are already signed in.");
    }
    if (policy.access === "signed-in" && session.stage !== "full") throw notSignedIn();
    if (!isSafeMethod(request.method)) checkCsrfToken(request, session);
    if (policy.access === "signed-in" && !policy.roles.includes(session.user.role)) {
      await request.audit.record({
        action: "access.denied",
        outcome: "denied",
        detail: request.routeOptions.url ?? null,
      });
      throw notAllowed();
    }
  });

  return routes;
}

/**
 * Admits a bearer request: the key must belong to an active service account (401 otherwise), the route
 * must accept service accounts and the account must hold the route's scope (403 otherwise). Every use,
 * admitted or not, is a line in the audit log (HIPAA 164.312(b)); the account is its actor.
 */
async function admitServiceAccount(
  request: FastifyRequest,
  reply: FastifyReply,
  policy: RoutePolicy,
  key: string,
  database: Kysely<DatabaseSchema>,
  clock: Clock,
): Promise<void> {
  const route = `${request.method} ${request.routeOptions.url ?? ""}`;
  const account = await authenticateServiceAccount(database, key, clock.now());
  if (account === null) {
    await request.audit.record({
      action: "service-account.refused",
      outcome: "failure",
      detail: "unknown or revoked key",
    });
    reply.header("www-authenticate", 'Bearer realm="stepwise", error="invalid_token"');
    throw new HttpProblem(
      401,
      "Unauthorized",
      "Authorization: this service account key is not valid, or the account was revoked.",
      [{ field: "Authorization", message: "This service account key is not valid, or it was revoked." }],
    );
  }
  request.serviceAccount = account;
  request.principal = {
    userId: account.id,
    organizationId: account.organizationId,
    role: "service-account",
  };
  const scope = serviceAccountScopeOf(policy);
  if (scope === undefined || !account.scopes.includes(scope)) {
    await request.audit.record({
      action: "access.denied",
      outcome: "denied",
      recordType: "service-account",
      recordId: account.id,
      detail: scope === undefined ? `${route} (people only)` : `${route} (needs ${scope})`,
    });
    if (scope !== undefined) {
      reply.header(
        "www-authenticate",
        `Bearer realm="stepwise", error="insufficient_scope", scope="${scope}"`,
      );
    }
    throw scope === undefined ? serviceAccountsRefused() : missingScope(scope);
  }
  await request.audit.record({
    action: "service-account.used",
    outcome: "success",
    recordType: "service-account",
    recordId: account.id,
    detail: route,
  });
}

const serviceAccountNeeded = () =>
  new HttpProblem(
    401,
    "Unauthorized",
    "Authorization: this address is for service accounts; send the account's key as Authorization: Bearer <key>.",
    [{ field: "Authorization", message: "Send a service account key as Authorization: Bearer <key>." }],
  );

const serviceAccountsRefused = () =>
  new HttpProblem(403, "Forbidden", "Service accounts cannot use this address; a signed-in person can.");

const missingScope = (scope: string) =>
  new HttpProblem(403, "Forbidden", `This service account does not have the ${scope} scope.`);

function auditFor(request: FastifyRequest, database: Kysely<DatabaseSchema>, clock: Clock): RequestAudit {
  const complete = (event: RequestAuditEvent): AuditEvent => {
    // A service account acts under its own id; a person under theirs (session at any stage).
    const actor = request.serviceAccount ?? request.session?.user;
    return {
      ...event,
      actorUserId: event.actorUserId === undefined ? (actor?.id ?? null) : event.actorUserId,
      organizationId:
        event.organizationId === undefined ? (actor?.organizationId ?? null) : event.organizationId,
      ip: request.ip,
      requestId: request.id,
    };
  };
  return {
    record: (event, executor = database) => appendAuditEvent(executor, clock.now(), complete(event)),
    recordAll: (events, executor = database) =>
      appendAuditEvents(executor, clock.now(), events.map(complete)),
    rowOf: (event) => auditEventRow(clock.now(), complete(event)),
  };
}

/**
 * Refuses a state-changing request sent from another site: the browser's Origin must be ours, and
 * Fetch Metadata must not say cross-site (OWASP CSRF Prevention Cheat Sheet; ASVS 5.0 3.5.x).
 * "Ours" is the whole origin — scheme, host and port (RFC 6454) — of `STEPWISE_PUBLIC_URL` when set
 * (behind a TLS proxy the request itself arrives as plain http), else of the request itself.
 */
function checkOrigin(request: FastifyRequest, publicOrigin: string | undefined): void {
  const fetchSite = request.headers["sec-fetch-site"];
  if (fetchSite === "cross-site" || fetchSite === "same-site") throw forbiddenOrigin();
  const origin = request.headers.origin;
  if (origin === undefined) return;
  const expected = publicOrigin ?? requestOrigin(request);
  if (expected === null || origin !== expected) throw forbiddenOrigin();
}

function requestOrigin(request: FastifyRequest): string | null {
  const host = request.headers.host;
  if (host === undefined) return null;
  try {
    return new URL(`${request.protocol}://${host}`).origin;
  } catch {
    return null;
  }
}

const forbiddenOrigin = () =>
  new HttpProblem(403, "Forbidden", "This request came from another site, so it was refused.");

/** The per-session token the app sends in a header; a page on another site cannot read or send it. */
function checkCsrfToken(request: FastifyRequest, session: RequestSession): void {
  const given = request.headers[CSRF_HEADER];
  if (typeof given !== "string" || !sameSecret(given, session.csrfToken)) {
    throw new HttpProblem(
      403,
      "Forbidden",
      `The ${CSRF_HEADER} header is missing or does not match this session. Reload the page and try again.`,
    );
  }
}

export function setSessionCookie(reply: FastifyReply, token: string): void {
  // No Max-Age: the cookie ends with the browser; the server enforces idle and absolute limits.
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, secure: true, sameSite: "strict", path: "/" });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { httpOnly: true, secure: true, sameSite: "strict", path: "/" });
}

/**
 * Gives every route registered inside `scope` (for example by a plugin such as @fastify/static, which
 * cannot take route config) the same declared policy. Such routes serve files, not the API, so they
 * need no route declaration and are not in /openapi.json.
 */
export function declareScopePolicy(scope: FastifyInstance, policy: RoutePolicy): void {
  scope.decorate("accessPolicy", { getter: () => policy });
}

/**
 * The service account of a `service-account` route (or of a bearer request to a route that also accepts
 * one); 401 when the request is not a service account's. The one helper the FHIR and CDS Hooks routes need:
 * declare `policy: serviceAccount("score")` and read the caller here.
 */
export function serviceAccountOf(request: FastifyRequest): ServiceAccountCaller {
  if (request.serviceAccount === null) throw serviceAccountNeeded();
  return request.serviceAccount;
}

/** The principal of a `signed-in` route; the policy hook guarantees it. */
export function principalOf(request: FastifyRequest): Principal {
  if (request.principal === null) throw notSignedIn();
  return request.principal;
}

/** The session of a `signing-in` route; the policy hook guarantees it. */
export function sessionOf(request: FastifyRequest): RequestSession {
  if (request.session === null) throw notSignedIn();
  return request.session;
}

export { describePolicy };
