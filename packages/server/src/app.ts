import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import fastifyRateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyServerOptions, LogController } from "fastify";
import { declareScopePolicy, installAccessControl, type RegisteredRoute } from "./access/access-control.js";
import { publicRoute } from "./access/policy.js";
import { SESSION_IDLE_MINUTES } from "./access/sessions.js";
import { type SharedRateLimitCounts, sharedRateLimitCounts } from "./access/shared-rate-limit-store.js";
import type { CdsClient } from "./cds-hooks/cds-client-jwt.js";
import { registerCdsHooksRoutes } from "./cds-hooks/cds-routes.js";
import { clientErrorHandler } from "./client-errors.js";
import { type Clock, systemClock } from "./clock.js";
import type { StepwiseDatabase } from "./database/connection.js";
import { acceptFhirJsonBodies, fhirOperationUrl } from "./fhir/fhir-format.js";
import { registerFhirRoutes } from "./fhir/fhir-routes.js";
import { registerOpenApiRoutes } from "./openapi/openapi-routes.js";
import { HttpProblem, sendProblem } from "./problem.js";
import { registerOrganizationProgramRoutes } from "./programs/organization-program-routes.js";
import { ProgramIndex } from "./programs/program-index.js";
import { registerProgramSearchRoute } from "./programs/program-routes.js";
import { frameworkErrorAsProblem } from "./records/framework-problems.js";
import { registerRecordsApi } from "./records/record-routes.js";
import { SERVICE_ACCOUNT_REQUESTS_PER_MINUTE } from "./routes/api-route.js";
import { registerAuditEventRoutes } from "./routes/audit-events.js";
import { registerHealthRoute } from "./routes/health.js";
import { registerPasswordLinkRoutes } from "./routes/password-links.js";
import { registerSessionRoutes } from "./routes/session.js";
import { registerUserRoutes } from "./routes/users.js";
import { securityHeaders } from "./security-headers.js";
import { registerServiceAccountRoutes } from "./service-accounts/service-account-routes.js";
import { unmatchedLogThrottle, unmatchedRequestHandler } from "./unmatched-requests.js";

export interface AppOptions {
  readonly database: StepwiseDatabase;
  /** The built web app (`packages/web/dist`); when absent only the API is served. */
  readonly webRoot?: string | undefined;
  readonly logger?: FastifyServerOptions["logger"];
  /** Time for sessions, lockouts, links and one-time codes; tests move it forward. */
  readonly clock?: Clock;
  /**
   * `STEPWISE_PUBLIC_URL` when set (e.g. https://stepwise.clinic.org): the only origin allowed to send
   * state-changing requests, and over https the reason to send HSTS.
   */
  readonly publicUrl?: string | undefined;
  /** Minutes a signed-in session may go without a request before it ends (default 30). */
  readonly sessionIdleMinutes?: number;
  /** Sign-in and link attempts allowed per client address per minute. */
  readonly signInAttemptsPerMinute?: number;
  /** Program-finder searches allowed per client address per minute (docs/programs.md). */
  readonly programSearchesPerMinute?: number;
  /** FHIR and CDS Hooks requests allowed per client address per minute (docs/fhir.md); 120 unless given. */
  readonly fhirRequestsPerMinute?: number;
  /** CDS clients (EHRs) trusted to call the CDS Hooks services, with their public keys; none unless given. */
  readonly cdsClients?: readonly CdsClient[];
  /** How often (ms) search looks for directory changes made by other instances; 1000 unless given. */
  readonly programDirectoryRecheckMs?: number;
  /** Requests each service account may make to one route per minute (docs/service-accounts.md). */
  readonly serviceAccountRequestsPerMinute?: number;
}

declare module "fastify" {
  interface FastifyInstance {
    /** Every route with the access policy it declared, in registration order. */
    readonly registeredRoutes: readonly RegisteredRoute[];
    /** The per-address counts shared with other instances; written on close (access/shared-rate-limit-store.ts). */
    readonly rateLimitCounts: SharedRateLimitCounts;
  }
}

/**
 * Log lines carry the method, the route pattern and the status, never the raw URL, body or headers:
 * URLs and bodies can hold health information, headers hold secrets (HIPAA 164.312(b); docs/design.md "no
 * health data in logs").
 */
export const requestLogSerializers = {
  req(request: { method: string; routeOptions?: { url?: string | undefined }; id: string }) {
    return { method: request.method, route: request.routeOptions?.url ?? "(unmatched)", id: request.id };
  },
  res(reply: { statusCode: number }) {
    return { statusCode: reply.statusCode };
  },
};

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ?? false,
    genReqId: () => randomUUID(),
    bodyLimit: 1_048_576,
    trustProxy: false,
    frameworkErrors: frameworkErrorAsProblem,
    logController: new LogController({
      disableRequestLogging: unmatchedLogThrottle() as (request: unknown) => boolean,
    }),
    clientErrorHandler: clientErrorHandler(options.publicUrl),
    rewriteUrl: fhirOperationUrl,
  });
  const clock = options.clock ?? systemClock;
  const database = options.database.kysely;

  // First, so every later route is checked for a policy and every request against it.
  const sessionIdleMinutes = options.sessionIdleMinutes ?? SESSION_IDLE_MINUTES;
  const routes = await installAccessControl(app, {
    database,
    clock,
    sessionIdleMinutes,
    publicOrigin: options.publicUrl === undefined ? undefined : new URL(options.publicUrl).origin,
  });
  app.decorate("registeredRoutes", routes);
  app.decorate(
    "serviceAccountRequestsPerMinute",
    options.serviceAccountRequestsPerMinute ?? SERVICE_ACCOUNT_REQUESTS_PER_MINUTE,
  );

  // Kept in the database, so every instance behind a load balancer counts the same attempts; most routes
  // write their counts in batches, sign-in and password links on every attempt (docs/scaling.md).
  let rateLimitWarnedAt = Number.NEGATIVE_INFINITY;
  const rateLimitCounts = sharedRateLimitCounts(database, {
    // While the database is down every flush fails: one line a minute says so.
    onWriteError: (error) => {
      if (Date.now() - rateLimitWarnedAt < 60_000) return;
      rateLimitWarnedAt = Date.now();
      app.log.warn(
        { error: error instanceof Error ? error.message : String(error) },
        "rate limit counts not written; kept for the next try",
      );
    },
  });
  app.decorate("rateLimitCounts", rateLimitCounts);
  app.addHook("onClose", () => rateLimitCounts.close());
  await app.register(fastifyRateLimit, {
    global: false,
    store: rateLimitCounts.store,
    // A socket closed before the limiter ran has no address; such a request still gets a key.
    keyGenerator: (request) => request.ip ?? request.socket?.remoteAddress ?? "unknown client",
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(
        429,
        "Too Many Requests",
        `Too many attempts from this address. Wait ${Math.ceil(context.ttl / 1000)} seconds and try again.`,
      ),
  });

  const headers = securityHeaders(options.publicUrl);
  app.addHook("onSend", async (_request, reply, payload) => {
    reply.headers(headers);
    // ASVS 5.0 14.3.2: nothing from the API is kept in shared or browser caches.
    if (!reply.hasHeader("cache-control") && _request.url.startsWith("/api/")) {
      reply.header("cache-control", "no-store");
    }
    return payload;
  });

  app.setErrorHandler(
    (error: { statusCode?: number; message: string; validation?: unknown }, request, reply) => {
      if (error instanceof HttpProblem) return sendProblem(reply, error.toDocument());
      const status =
        error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 600
          ? error.statusCode
          : 500;
      if (status >= 500) {
        request.log.error({ err: { type: (error as Error).name } }, "request failed");
        return sendProblem(reply, { type: "about:blank", title: "Internal Server Error", status });
      }
      return sendProblem(reply, { type: "about:blank", title: "Bad Request", status, detail: error.message });
    },
  );

  app.setNotFoundHandler(
    unmatchedRequestHandler(
      options.webRoot !== undefined && existsSync(options.webRoot) ? options.webRoot : undefined,
    ),
  );

  registerHealthRoute(app, options.database);
  const attempts = options.signInAttemptsPerMinute ?? 30;
  registerSessionRoutes(app, { database, clock, signInAttemptsPerMinute: attempts, sessionIdleMinutes });
  registerPasswordLinkRoutes(app, { database, clock, attemptsPerMinute: attempts });
  registerUserRoutes(app, { database, clock });
  registerServiceAccountRoutes(app, { database, clock });
  registerAuditEventRoutes(app, { database });
  registerRecordsApi(app, { database, clock });
  const programIndex = new ProgramIndex(database, options.programDirectoryRecheckMs ?? 1000);
  registerProgramSearchRoute(app, {
    database,
    index: programIndex,
    searchesPerMinute: options.programSearchesPerMinute ?? 120,
  });
  registerOrganizationProgramRoutes(app, { database, clock, index: programIndex });
  acceptFhirJsonBodies(app);
  registerFhirRoutes(app, {
    clock,
    publicUrl: options.publicUrl,
    requestsPerMinute: options.fhirRequestsPerMinute ?? 120,
  });
  registerCdsHooksRoutes(app, {
    database,
    clock,
    publicUrl: options.publicUrl,
    clients: options.cdsClients ?? [],
    requestsPerMinute: options.fhirRequestsPerMinute ?? 120,
  });
  // Generated when the app is ready, from the declarations of every route above and any added later.
  registerOpenApiRoutes(app);

  if (options.webRoot !== undefined && existsSync(options.webRoot)) {
    const webRoot = options.webRoot;
    await app.register(async (scope) => {
      declareScopePolicy(scope, publicRoute("the built web app's static files; they hold no data"));
      await scope.register(fastifyStatic, {
        root: webRoot,
        index: ["index.html"],
        // The build writes .br and .gz copies beside each text file (scripts/build.mjs).
        preCompressed: true,
        // The service worker and HTML must revalidate so a new release reaches people; hashed assets are immutable.
        setHeaders(reply, path) {
          reply.header(
            "cache-control",
            /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
          );
        },
      });
    });
  }

  return app;
}
