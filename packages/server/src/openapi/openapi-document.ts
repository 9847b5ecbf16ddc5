import { z } from "zod";
import { CSRF_HEADER } from "../access/access-control.js";
import { describePolicy } from "../access/policy.js";
import { SESSION_COOKIE } from "../access/sessions.js";
import type { RecordRoute } from "../records/record-route.js";
import { STEPWISE_VERSION } from "../version.js";

type JsonSchema = Record<string, unknown>;

/**
 * JSON Schema 2020-12 (OpenAPI 3.1's dialect) from a zod schema. Requests are described as they are
 * accepted (`io: "input"`, before defaults and trimming), responses as they are sent.
 */
export function jsonSchemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

export function openApiPath(fastifyUrl: string): string {
  return fastifyUrl.replace(/:([A-Za-z]+)/g, "{$1}");
}

const problemSchema: JsonSchema = {
  type: "object",
  description: "RFC 9457 problem details. `errors` names each bad field and what was expected.",
  required: ["type", "title", "status"],
  properties: {
    type: { type: "string" },
    title: { type: "string" },
    status: { type: "integer" },
    detail: { type: "string" },
    errors: {
      type: "array",
      items: {
        type: "object",
        required: ["field", "message"],
        properties: { field: { type: "string" }, message: { type: "string" } },
      },
    },
  },
};

function parametersOf(route: RecordRoute): JsonSchema[] {
  const parameters: JsonSchema[] = [];
  for (const [where, schema] of [
    ["path", route.params],
    ["query", route.query],
  ] as const) {
    if (schema === undefined) continue;
    const json = jsonSchemaOf(schema, "input");
    const required = new Set((json.required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries((json.properties as Record<string, JsonSchema>) ?? {})) {
      parameters.push({
        name,
        in: where,
        required: where === "path" || required.has(name),
        ...(typeof property.description === "string" ? { description: property.description } : {}),
        schema: property,
      });
    }
  }
  if (route.ifMatch) {
    parameters.push({
      name: "If-Match",
      in: "header",
      required: true,
      description: "The ETag from your last read of this record. Missing: 428. Stale: 412.",
      schema: { type: "string" },
    });
  }
  if (route.etag) {
    parameters.push({
      name: "If-None-Match",
      in: "header",
      required: false,
      description: "An ETag you hold; answers 304 when the record has not changed.",
      schema: { type: "string" },
    });
  }
  return parameters;
}

function operationOf(route: RecordRoute): JsonSchema {
  const responses: Record<string, JsonSchema> = {};
  for (const [status, response] of Object.entries(route.responses)) {
    const success = Number(status) < 400;
    responses[status] = {
      description: response.description,
      ...(success && (route.etag || route.ifMatch || route.method === "POST")
        ? { headers: { ETag: { description: "The record's version tag.", schema: { type: "string" } } } }
        : {}),
      ...(response.schema !== undefined
        ? { content: { "application/json": { schema: jsonSchemaOf(response.schema, "output") } } }
        : success
          ? {}
          : {
              content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
            }),
    };
  }
  if (route.etag) responses["304"] = { description: "Not modified: the ETag in If-None-Match is current." };
  const writes = route.method !== "GET";
  return {
    operationId: route.operationId,
    tags: [route.tag],
    summary: route.summary,
    description: `${route.description}\n\nWho may call: ${describePolicy(route.policy)}.`,
    "x-stepwise-policy": route.policy,
    security: [writes ? { sessionCookie: [], csrfToken: [] } : { sessionCookie: [] }],
    parameters: parametersOf(route),
    ...(route.body === undefined
      ? {}
      : {
          requestBody: {
            required: true,
            description: `JSON, at most ${route.bodyLimit} bytes (413 above that).`,
            content: { "application/json": { schema: jsonSchemaOf(route.body, "input") } },
          },
        }),
    responses,
  };
}

/** The OpenAPI 3.1 document of the records API, generated from the route table's zod schemas. */
export function openApiDocument(routes: readonly RecordRoute[]): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of routes) {
    const path = openApiPath(route.url);
    paths[path] ??= {};
    paths[path][route.method.toLowerCase()] = operationOf(route);
  }
  const tags = [...new Set(routes.map((route) => route.tag))].map((name) => ({ name }));
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Stepwise clinical records API",
      version: STEPWISE_VERSION,
      summary: "Clients, assessments, level-of-care decisions, episodes of care, consent and disclosure.",
      description:
        "Every request acts for a signed-in person of one organization and sees only that organization's records; " +
        "a record of another organization answers 404. Every read and write is in the audit log. Errors are RFC 9457 " +
        "problem documents naming the bad field. Lists are paged with an opaque cursor. Reads answer with an ETag; " +
        "updates need If-Match (428 without it, 412 when stale). Stepwise supports decisions; it does not diagnose.",
      license: { name: "Apache-2.0", identifier: "Apache-2.0" },
    },
    tags,
    paths,
    components: {
      schemas: { Problem: problemSchema },
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: SESSION_COOKIE,
          description: "Set by POST /api/session (and the second-factor step).",
        },
        csrfToken: {
          type: "apiKey",
          in: "header",
          name: CSRF_HEADER,
          description:
            "The csrfToken from the sign-in answer; needed on every request that changes something.",
        },
      },
    },
  };
}
