import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { FastifyReply, FastifyRequest } from "fastify";
import { isFhirPath } from "./fhir/fhir-paths.js";
import { sendProblem } from "./problem.js";

/** Paths that belong to an API: an unknown one there is a 404 problem, never the web app. */
const API_PREFIXES = ["/api/", "/fhir/", "/cds-services/"];

export function isApiPath(path: string): boolean {
  return API_PREFIXES.some((prefix) => path.startsWith(prefix) || `${path}/` === prefix);
}

/** The methods of the declared routes whose pattern matches a concrete path (`:name` matches one segment). */
function methodsServedAt(request: FastifyRequest, path: string): string[] {
  const routes = (request.server as { registeredRoutes?: readonly { method: string; url: string }[] })
    .registeredRoutes;
  const methods = new Set<string>();
  for (const route of routes ?? []) {
    const pattern = route.url
      .split("/")
      .map((segment) => (segment.startsWith(":") ? "[^/]+" : segment.replace(/[$.*+?^(){}|[\]\\]/g, "\\$&")))
      .join("/");
    if (new RegExp(`^${pattern}$`).test(path)) methods.add(route.method);
  }
  return [...methods].sort();
}

/**
 * Answers every request no route matched. Under the API prefixes: 404 problem+json. Elsewhere GET and
 * HEAD get the web app's page (its own script shows the right screen or a not-found message), and any
 * other method 405 problem+json with `Allow: GET, HEAD` (RFC 9110 §15.5.6) — never a 500.
 */
export function unmatchedRequestHandler(webRoot: string | undefined) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> => {
    const path = request.url.split("?")[0] ?? "/";
    if (isFhirPath(path)) {
      // FHIR R4 http.html: a known address with another method is 405 (with Allow); else an unknown type, 404.
      const allowed = methodsServedAt(request, path);
      if (allowed.length > 0) {
        reply.header("allow", allowed.join(", "));
        return sendProblem(reply, {
          type: "about:blank",
          title: "Method Not Allowed",
          status: 405,
          detail: `${request.method} is not supported at ${path}; use ${allowed.join(" or ")}.`,
        });
      }
      const type = /^\/fhir\/([A-Za-z]+)/.exec(path)?.[1];
      return sendProblem(reply, {
        type: "about:blank",
        title: "Not Found",
        status: 404,
        detail:
          type !== undefined && /^[A-Z]/.test(type)
            ? `This server does not serve ${type} resources: GET /fhir/metadata lists what it serves.`
            : `There is no ${request.method} ${path}: GET /fhir/metadata lists what this server serves.`,
      });
    }
    if (isApiPath(path) || webRoot === undefined) {
      return sendProblem(reply, {
        type: "about:blank",
        title: "Not Found",
        status: 404,
        detail: `There is no ${request.method} ${path}.`,
      });
    }
    if (request.method !== "GET" && request.method !== "HEAD") {
      reply.header("allow", "GET, HEAD");
      return sendProblem(reply, {
        type: "about:blank",
        title: "Method Not Allowed",
        status: 405,
        detail: `${request.method} is not used here; this address only shows the app (GET).`,
      });
    }
    let page: Buffer;
    try {
      page = await readFile(join(webRoot, "index.html"));
    } catch {
      return sendProblem(reply, {
        type: "about:blank",
        title: "Not Found",
        status: 404,
        detail: "There is no such page.",
      });
    }
    reply.header("cache-control", "no-cache");
    return reply.code(404).type("text/html; charset=utf-8").send(page);
  };
}

/**
 * Request logging for unmatched requests is limited to one client address a minute: a scanner sending
 * hundreds of thousands of requests to made-up addresses must not flood the log (it wrote 485,723 error
 * lines before). Matched routes are always logged. The decision is made once per request, so its
 * "incoming" and "completed" lines go together.
 */
export function unmatchedLogThrottle(now: () => number = Date.now): (request: FastifyRequest) => boolean {
  const lastLogged = new Map<string, number>();
  const decided = new WeakMap<object, boolean>();
  return (request) => {
    const known = decided.get(request);
    if (known !== undefined) return known;
    let skip = false;
    if (request.is404) {
      const client = request.ip ?? "unknown";
      const at = now();
      const last = lastLogged.get(client);
      skip = last !== undefined && at - last < 60_000;
      if (!skip) {
        if (lastLogged.size >= 10_000) lastLogged.clear();
        lastLogged.set(client, at);
      }
    }
    decided.set(request, skip);
    return skip;
  };
}
