import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { publicRoute } from "../access/policy.js";
import { apiRoute, registerApiRoutes, WrittenJson } from "./api-route.js";

const counted = z.object({ name: z.string(), count: z.number().int().nullable(), tags: z.array(z.string()) });

function serverAnswering(handle: () => Promise<unknown>) {
  const app = Fastify();
  registerApiRoutes(app, [
    apiRoute({
      method: "GET",
      url: "/counted",
      operationId: "counted",
      tag: "Test",
      summary: "A count",
      description: "A count with its name.",
      policy: publicRoute("test route"),
      responses: { 200: { description: "The count.", schema: counted } },
      handle,
    }),
  ]);
  return app;
}

describe("answers written as JSON (docs/api.md)", () => {
  const text = '{"name":"Tomás \\"Tom\\" <b>\\u2028","count":null,"tags":["a","é"]}';
  it.each([
    ["text", text],
    ["UTF-8 bytes", Buffer.from(text)],
  ])("sends the handler's JSON as %s as it is, as UTF-8 JSON that no store keeps", async (_kind, body) => {
    const app = serverAnswering(async () => new WrittenJson(body));
    const response = await app.inject({ method: "GET", url: "/counted" });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/json; charset=utf-8");
    expect(response.headers["cache-control"]).toBe("no-store");
    expect(response.headers["content-length"]).toBe(String(Buffer.byteLength(text)));
    expect(response.body).toBe(text);
    expect(counted.parse(JSON.parse(response.body))).toStrictEqual(JSON.parse(text));
    await app.close();
  });

  it("serializes any other answer as before", async () => {
    const body = { name: "n", count: 2, tags: [] };
    const app = serverAnswering(async () => body);
    const response = await app.inject({ method: "GET", url: "/counted" });
    expect(response.headers["content-type"]).toContain("application/json");
    expect(JSON.parse(response.body)).toStrictEqual(body);
    await app.close();
  });
});
