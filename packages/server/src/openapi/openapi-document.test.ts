import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceAccountScopeOf } from "../access/policy.js";
import { buildApp } from "../app.js";
import { migrateToLatest, openDatabase, type StepwiseDatabase } from "../database/connection.js";
import { isFhirPath } from "../fhir/fhir-paths.js";
import { validBody } from "../records/testing/records-fixtures.js";
import type { ApiRoute } from "../routes/api-route.js";
import { API_TAGS } from "./api-tags.js";
import { openApiPath } from "./openapi-document.js";
import { declaredRoutesOf } from "./openapi-routes.js";

const someIds = {
  userId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c000",
  clientId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c001",
  assessmentId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c002",
  decisionId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c003",
  episodeId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c004",
  consentId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c005",
  disclosureId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c006",
  eventId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c007",
  otherClientId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c008",
  programId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c009",
  serviceAccountId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c00a",
};

type Operation = {
  operationId: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: { "application/json": { schema: object } } };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
};
type Document = {
  openapi: string;
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
};

describe("the OpenAPI document and the docs page", () => {
  let database: StepwiseDatabase;
  let app: FastifyInstance;
  let document: Document;
  let routes: ApiRoute[];
  const operationOf = (route: ApiRoute) =>
    document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), "stepwise-openapi-"));
    database = openDatabase({ kind: "sqlite", file: join(folder, "api.sqlite") });
    await migrateToLatest(database);
    // With the web app too, so the test sees every kind of route the server can have.
    const webRoot = join(folder, "web");
    mkdirSync(webRoot);
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Stepwise</title>");
    app = await buildApp({ database, webRoot });
    const response = await app.inject({ method: "GET", url: "/openapi.json" });
    expect(response.statusCode).toBe(200);
    document = response.json();
    routes = declaredRoutesOf(app);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("describes every route the server registered, and is a valid OpenAPI 3.1 document", async () => {
    const validation = await new Validator().validate(document as never);
    expect(validation.errors ?? [], JSON.stringify(validation.errors)).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    // Every route as Fastify registered it (the access hook's onRoute listing), HEAD twins aside.
    const described = new Set<string>();
    for (const [path, methods] of Object.entries(document.paths)) {
      for (const method of Object.keys(methods)) described.add(`${method.toUpperCase()} ${path}`);
    }
    const undescribed = app.registeredRoutes
      .filter((route) => route.method !== "HEAD")
      .filter((route) => !described.has(`${route.method} ${openApiPath(route.url)}`));
    // Only the web app's files are not API routes (a plugin's scope; they answer HTML, not the API).
    expect(undescribed.map((route) => `${route.method} ${route.url}`)).toEqual(["GET /*"]);
    expect(undescribed.every((route) => route.declaration === undefined)).toBe(true);
    for (const wanted of [
      "GET /api/health",
      "GET /api/session",
      "POST /api/session",
      "POST /api/session/second-factor",
      "POST /api/session/recovery-code",
      "POST /api/session/totp-enrolment/start",
      "POST /api/session/totp-enrolment",
      "POST /api/session/cancel",
      "DELETE /api/session",
      "POST /api/session/password",
      "POST /api/password-links/inspect",
      "POST /api/password-links/use",
      "GET /api/users",
      "POST /api/users",
      "POST /api/users/{userId}/disable",
      "POST /api/users/{userId}/password-link",
      "GET /api/audit-events",
      "GET /api/audit-events/export",
      "GET /api/audit-events/client-names",
      "GET /api/service-accounts",
      "POST /api/service-accounts",
      "POST /api/service-accounts/{serviceAccountId}/key",
      "POST /api/service-accounts/{serviceAccountId}/revocation",
      "GET /openapi.json",
      "GET /docs",
      "POST /api/clients",
      "GET /api/clients/{clientId}",
    ]) {
      expect(described, wanted).toContain(wanted);
    }
    expect(described.size).toBe(routes.length);
  });

  it("documents the service-account key as bearerAuth, with the scope on the routes that take one", () => {
    const schemes = (document as unknown as { components: { securitySchemes: Record<string, unknown> } })
      .components.securitySchemes;
    expect(schemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    const disclose = operationOf(routes.find((route) => route.operationId === "discloseRecords") as ApiRoute);
    expect(disclose?.security).toContainEqual({ bearerAuth: ["records.read"] });
    // $score and $assess work without a key, or with one holding their scope.
    const score = operationOf(
      routes.find((route) => route.operationId === "scoreFhirQuestionnaireResponses") as ApiRoute,
    );
    expect(score?.security).toEqual([{}, { bearerAuth: ["score"] }]);
    const assess = operationOf(
      routes.find((route) => route.operationId === "assessFhirParameters") as ApiRoute,
    );
    expect(assess?.security).toEqual([{}, { bearerAuth: ["assess"] }]);
  });

  it("documents the CDS client's signed JWT as a bearer scheme on each CDS Hooks service", () => {
    const schemes = (document as unknown as { components: { securitySchemes: Record<string, unknown> } })
      .components.securitySchemes;
    expect(schemes.cdsClientJwt).toMatchObject({ type: "http", scheme: "bearer", bearerFormat: "JWT" });
    const services = routes.filter((route) => route.url.startsWith("/cds-services/"));
    expect(services.map((route) => route.operationId)).toEqual([
      "callLevelOfCareService",
      "callIntakeLevelOfCareService",
    ]);
    for (const route of services) expect(operationOf(route)?.security).toEqual([{ cdsClientJwt: [] }]);
    const discovery = routes.find((route) => route.operationId === "discoverCdsServices") as ApiRoute;
    expect(operationOf(discovery)?.security).toEqual([]);
  });

  it("describes each route once, with its path parameters, If-Match where updates need it, and who may call", () => {
    const operationIds = new Set<string>();
    for (const route of routes) {
      const operation = operationOf(route);
      expect(operation, `${route.method} ${route.url}`).toBeDefined();
      if (operation === undefined) continue;
      expect(operationIds.has(operation.operationId)).toBe(false);
      operationIds.add(operation.operationId);
      for (const name of route.url.match(/:([A-Za-z]+)/g) ?? []) {
        expect(operation.parameters).toContainEqual(
          expect.objectContaining({ name: name.slice(1), in: "path", required: true }),
        );
      }
      const ifMatch = operation.parameters.find((parameter) => parameter.name === "If-Match");
      expect(ifMatch?.required ?? false, `${route.operationId} If-Match`).toBe(route.ifMatch);
      // A public route needs no session; any other needs the cookie, and the CSRF token when it writes;
      // a route that also takes a service account lists its key (bearerAuth) with the scope it needs.
      const scope = serviceAccountScopeOf(route.policy);
      const session = [route.method === "GET" ? { sessionCookie: [] } : { sessionCookie: [], csrfToken: [] }];
      const bearer = scope === undefined ? [] : [{ bearerAuth: [scope] }];
      const expected =
        route.cdsClientJwt === true
          ? [{ cdsClientJwt: [] }]
          : route.policy.access === "public"
            ? bearer.length === 0
              ? []
              : [{}, ...bearer]
            : route.policy.access === "service-account"
              ? bearer
              : [...session, ...bearer];
      expect(operation.security, route.operationId).toEqual(expected);
      // Every route can refuse a malformed request or an unknown query parameter.
      expect(
        operation.responses["400"]?.content?.["application/problem+json"],
        route.operationId,
      ).toBeDefined();
    }
    expect(operationIds.size).toBe(routes.length);
  });

  it("accepts exactly what the server accepts: a valid body passes its schema, an unknown field does not", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    let checked = 0;
    for (const route of routes) {
      const schema = operationOf(route)?.requestBody?.content["application/json"].schema;
      if (schema === undefined) continue;
      const validate = ajv.compile(schema);
      const body = validBody(route.operationId, someIds) as Record<string, unknown>;
      expect(validate(body), `${route.operationId}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(route.body?.safeParse(body).success, route.operationId).toBe(true);
      // A FHIR resource is open by design (extensions, any R4 element); the engine checks each element it reads.
      if (isFhirPath(route.url)) continue;
      expect(validate({ ...body, organizationId: someIds.clientId }), route.operationId).toBe(false);
      expect(route.body?.safeParse({ ...body, organizationId: someIds.clientId }).success).toBe(false);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(19);
  });

  it("lists each group of routes with what it is for", () => {
    const described = new Map(document.tags.map((tag) => [tag.name, tag.description]));
    for (const route of routes) {
      expect(
        API_TAGS.map((tag) => tag.name),
        route.operationId,
      ).toContain(route.tag);
      expect(described.get(route.tag), route.tag).toBeTruthy();
    }
  });

  it("refers only to its own components", () => {
    const references = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references)
      expect(reference).toMatch(/^#\/components\/schemas\/(Problem|OperationOutcome)$/);
  });

  it("renders /docs locally from the document: no script, nothing from another site", async () => {
    const page = await app.inject({ method: "GET", url: "/docs" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(page.body).not.toMatch(/<script/i);
    for (const [, address] of page.body.matchAll(/(?:href|src)="([^"]*)"/g)) expect(address).toMatch(/^[/#]/);
    for (const route of routes) expect(page.body).toContain(`id="${route.operationId}"`);
    const style = await app.inject({ method: "GET", url: "/docs/docs.css" });
    expect(style.statusCode).toBe(200);
    expect(style.headers["content-type"]).toContain("text/css");
  });

  it("refuses an unknown query parameter by name, on a public route as on any other", async () => {
    const response = await app.inject({ method: "GET", url: "/api/health?verbose=1" });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().errors).toEqual([
      { field: "verbose", message: expect.stringContaining("verbose") },
    ]);
  });

  it("documents the answer to a body that is not JSON, as the server gives it", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/session",
      headers: { "content-type": "application/xml" },
      payload: "<session/>",
    });
    expect(response.statusCode).toBe(415);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(document.paths["/api/session"]?.post?.responses["415"]?.content).toHaveProperty([
      "application/problem+json",
    ]);
  });

  it("refuses to start a route registered without its declaration", async () => {
    const strict = await buildApp({ database });
    expect(() =>
      strict.route({
        method: "GET",
        url: "/api/undeclared",
        config: { policy: { access: "public", why: "a test" } },
        handler: async () => ({}),
      }),
    ).toThrow(/not declared with its schemas/);
    await strict.close();
  });
});
