import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import type { StepwiseDatabase } from "./database/connection.js";
import { sendProblem } from "./problem.js";
import { registerHealthRoute } from "./routes/health.js";
import { contentSecurityPolicy } from "./security-headers.js";

export interface AppOptions {
  readonly database: StepwiseDatabase;
  /** The built web app (`packages/web/dist`); when absent only the API is served. */
  readonly webRoot?: string | undefined;
  readonly logger?: FastifyServerOptions["logger"];
}

/**
 * Log lines carry the method, the route pattern and the status, never the raw URL, body or headers:
 * URLs and bodies can hold health information, headers hold secrets (HIPAA 164.312(b); DESIGN "no
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
  });

  app.addHook("onSend", async (_request, reply, payload) => {
    reply.header("content-security-policy", contentSecurityPolicy);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    reply.header("cross-origin-opener-policy", "same-origin");
    reply.header("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    return payload;
  });

  app.setErrorHandler(
    (error: { statusCode?: number; message: string; validation?: unknown }, request, reply) => {
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

  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api/") || options.webRoot === undefined) {
      return sendProblem(reply, {
        type: "about:blank",
        title: "Not Found",
        status: 404,
        detail: `There is no ${request.method} ${request.url.split("?")[0]}.`,
      });
    }
    return reply.code(404).type("text/html").sendFile("index.html");
  });

  registerHealthRoute(app, options.database);

  if (options.webRoot !== undefined && existsSync(options.webRoot)) {
    await app.register(fastifyStatic, {
      root: options.webRoot,
      index: ["index.html"],
      // The service worker and HTML must revalidate so a new release reaches people; hashed assets are immutable.
      setHeaders(reply, path) {
        reply.header(
          "cache-control",
          /[\\/]assets[\\/]/.test(path) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  }

  return app;
}
