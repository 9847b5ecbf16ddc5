import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { systemClock } from "../clock.js";
import { migrateToLatest, openDatabase, type StepwiseDatabase } from "../database/connection.js";
import { recordRouteTable } from "../records/record-routes.js";
import { validBody } from "../records/testing/records-fixtures.js";
import { openApiPath } from "./openapi-document.js";

const routes = recordRouteTable({
  database: undefined as never,
  clock: systemClock,
  assess: undefined as never,
  writes: undefined as never,
});
const someIds = {
  clientId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c001",
  assessmentId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c002",
  decisionId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c003",
  episodeId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c004",
  consentId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c005",
  disclosureId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c006",
  eventId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c007",
};

type Operation = {
  operationId: string;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: { "application/json": { schema: object } } };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
};

describe("the OpenAPI document and the docs page", () => {
  let database: StepwiseDatabase;
  let app: FastifyInstance;
  let document: { openapi: string; paths: Record<string, Record<string, Operation>> };
  beforeAll(async () => {
    database = openDatabase({
      kind: "sqlite",
      file: join(mkdtempSync(join(tmpdir(), "stepwise-openapi-")), "api.sqlite"),
    });
    await migrateToLatest(database);
    app = await buildApp({ database });
    const response = await app.inject({ method: "GET", url: "/openapi.json" });
    expect(response.statusCode).toBe(200);
    document = response.json();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("describes every record route once, with its path parameters and If-Match where updates need it", () => {
    expect(document.openapi).toBe("3.1.0");
    const operationIds = new Set<string>();
    for (const route of routes) {
      const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
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
    }
    expect(operationIds.size).toBe(routes.length);
  });

  it("accepts exactly what the server accepts: a valid body passes its schema, an unknown field does not", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    let checked = 0;
    for (const route of routes) {
      const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      const schema = operation?.requestBody?.content["application/json"].schema;
      if (schema === undefined) continue;
      const validate = ajv.compile(schema);
      const body = validBody(route.operationId, someIds) as Record<string, unknown>;
      expect(validate(body), `${route.operationId}: ${JSON.stringify(validate.errors)}`).toBe(true);
      expect(validate({ ...body, organizationId: someIds.clientId }), route.operationId).toBe(false);
      expect(route.body?.safeParse({ ...body, organizationId: someIds.clientId }).success).toBe(false);
      checked += 1;
    }
    expect(checked).toBeGreaterThanOrEqual(10);
  });

  it("refers only to its own components", () => {
    const references = [...JSON.stringify(document).matchAll(/"\$ref":"([^"]+)"/g)].map((match) => match[1]);
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) expect(reference).toMatch(/^#\/components\/schemas\/Problem$/);
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
});
