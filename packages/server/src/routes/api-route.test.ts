import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import { apiRoute, registerApiRoutes } from "./api-route.js";

const counted = z.object({ name: z.string(), count: z.number().int().nullable(), tags: z.array(z.string()) });

function declaration(handle: () => Promise<unknown>, schema: z.ZodType | null = counted) {
  return apiRoute({
    method: "GET",
    url: "/counted",
    operationId: "counted",
    tag: "Test",
    summary: "A count",
    description: "A count with its name.",
    policy: publicRoute("test route"),
    fastSerialization: true,
    responses: { 200: { description: "The count.", ...(schema === null ? {} : { schema }) } },
    handle,
  });
}

describe("fastSerialization (docs/api.md, Fast serialization)", () => {
  it("writes the 200 body from the declared schema: the same JSON as JSON.stringify for a body that fits it", async () => {
    const body = { name: 'Tomás "Tom" <b>\u2028', count: null, tags: ["a", "é"] };
    const app = Fastify();
    registerApiRoutes(app, [declaration(async () => body)]);
    const response = await app.inject({ method: "GET", url: "/counted" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(response.body)).toStrictEqual(body);
    await app.close();
  });

  it("writes only the declared fields, which is why a route that asks for it tests its real answers", async () => {
    const app = Fastify();
    registerApiRoutes(app, [declaration(async () => ({ name: "n", count: 2, tags: [], undeclared: true }))]);
    const response = await app.inject({ method: "GET", url: "/counted" });
    expect(JSON.parse(response.body)).toStrictEqual({ name: "n", count: 2, tags: [] });
    await app.close();
  });

  it("is refused at declaration when the route has no JSON 200 schema to compile", () => {
    expect(() => declaration(async () => ({}), null)).toThrow(/fast serialization/);
  });
});
