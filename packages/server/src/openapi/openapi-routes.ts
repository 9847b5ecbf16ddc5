import type { FastifyInstance } from "fastify";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import { type ApiRoute, apiRoute, registerApiRoutes } from "../routes/api-route.js";
import { DOCS_STYLESHEET, docsPage } from "./docs-page.js";
import { openApiDocument } from "./openapi-document.js";

/** Every declared route of the app, once each (Fastify adds a HEAD route beside each GET with the same declaration). */
export function declaredRoutesOf(app: FastifyInstance): ApiRoute[] {
  const routes = new Set<ApiRoute>();
  for (const route of app.registeredRoutes) {
    if (route.declaration !== undefined) routes.add(route.declaration);
  }
  return [...routes];
}

/**
 * `GET /openapi.json`, `GET /docs` and its style sheet: the API's description, generated once when the
 * app is ready (every route is registered by then) from the declarations of all its routes, these
 * three included. A declaration the generator cannot describe stops the start, not a later request.
 */
export function registerOpenApiRoutes(app: FastifyInstance): void {
  let json = "";
  let page = "";
  app.addHook("onReady", async () => {
    const document = openApiDocument(declaredRoutesOf(app));
    json = JSON.stringify(document);
    page = docsPage(document);
  });
  const policy = publicRoute("describes the API; holds no records");
  const tag = "Service";

  registerApiRoutes(app, [
    apiRoute({
      method: "GET",
      url: "/openapi.json",
      operationId: "readOpenApiDocument",
      tag,
      summary: "This description of the API (OpenAPI 3.1)",
      description: "Generated when the server starts from the same schemas that validate each request.",
      policy,
      responses: {
        200: {
          description: "The OpenAPI 3.1 document.",
          schema: z.record(z.string(), z.unknown()).describe("An OpenAPI 3.1 document."),
        },
      },
      handle: async ({ reply }) =>
        reply.header("cache-control", "no-cache").type("application/json").send(json),
    }),
    apiRoute({
      method: "GET",
      url: "/docs",
      operationId: "readApiDocsPage",
      tag,
      summary: "This description as a page",
      description:
        "The same document rendered on the server as plain HTML with one local style sheet: no script, nothing " +
        "loaded from another site.",
      policy,
      responses: {
        200: { description: "The page.", contentType: "text/html", schema: z.string() },
      },
      handle: async ({ reply }) =>
        reply.header("cache-control", "no-cache").type("text/html; charset=utf-8").send(page),
    }),
    apiRoute({
      method: "GET",
      url: "/docs/docs.css",
      operationId: "readApiDocsStyleSheet",
      tag,
      summary: "The docs page's style sheet",
      description: "The one style sheet /docs loads.",
      policy,
      responses: {
        200: { description: "The style sheet.", contentType: "text/css", schema: z.string() },
      },
      handle: async ({ reply }) =>
        reply.header("cache-control", "no-cache").type("text/css; charset=utf-8").send(DOCS_STYLESHEET),
    }),
  ]);
}
