import type { FastifyInstance } from "fastify";
import { addRoute } from "../access/access-control.js";
import { publicRoute } from "../access/policy.js";
import type { RecordRoute } from "../records/record-route.js";
import { DOCS_STYLESHEET, docsPage } from "./docs-page.js";
import { openApiDocument } from "./openapi-document.js";

/** `GET /openapi.json` and `GET /docs`: the API's description, built once at start-up from the route table. */
export function registerOpenApiRoutes(app: FastifyInstance, routes: readonly RecordRoute[]): void {
  const document = openApiDocument(routes);
  const json = JSON.stringify(document);
  const page = docsPage(document);
  const why = "describes the API; holds no records";

  addRoute(app, {
    method: "GET",
    url: "/openapi.json",
    policy: publicRoute(why),
    handler: async (_request, reply) =>
      reply.header("cache-control", "no-cache").type("application/json").send(json),
  });
  addRoute(app, {
    method: "GET",
    url: "/docs",
    policy: publicRoute(why),
    handler: async (_request, reply) =>
      reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(page),
  });
  addRoute(app, {
    method: "GET",
    url: "/docs/docs.css",
    policy: publicRoute(why),
    handler: async (_request, reply) =>
      reply.header("cache-control", "no-cache").type("text/css; charset=utf-8").send(DOCS_STYLESHEET),
  });
}
