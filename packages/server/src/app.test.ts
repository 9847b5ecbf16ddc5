import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "./app.js";
import { openDatabase, type StepwiseDatabase } from "./database/connection.js";

describe("the HTTP app", () => {
  let database: StepwiseDatabase;
  let webRoot: string;
  beforeAll(() => {
    const folder = mkdtempSync(join(tmpdir(), "stepwise-app-"));
    database = openDatabase({ kind: "sqlite", file: join(folder, "app.sqlite") });
    webRoot = join(folder, "web");
    mkdirSync(webRoot);
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Stepwise</title>");
    mkdirSync(join(webRoot, "assets"));
    const script = `console.log(${JSON.stringify("x".repeat(4000))});`;
    writeFileSync(join(webRoot, "assets", "main-abc123.js"), script);
    writeFileSync(join(webRoot, "assets", "main-abc123.js.br"), brotliCompressSync(script));
  });
  afterAll(async () => {
    await database.close();
  });

  it("reports its version and a reachable database at /api/health", async () => {
    const app = await buildApp({ database, webRoot });
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: "ok",
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      database: { dialect: "sqlite", reachable: true },
    });
  });

  it("answers 503 when the database stops answering", async () => {
    const folder = mkdtempSync(join(tmpdir(), "stepwise-down-"));
    const closed = openDatabase({ kind: "sqlite", file: join(folder, "down.sqlite") });
    await closed.close();
    const app = await buildApp({ database: closed });
    const response = await app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(503);
    expect(response.json().database.reachable).toBe(false);
  });

  it("serves the web app with a policy that forbids other origins", async () => {
    const app = await buildApp({ database, webRoot });
    const response = await app.inject({ method: "GET", url: "/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("<title>Stepwise</title>");
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("sends the build's Brotli copy to a browser that accepts it, and the plain file to one that does not", async () => {
    const app = await buildApp({ database, webRoot });
    const compressed = await app.inject({
      method: "GET",
      url: "/assets/main-abc123.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(compressed.headers["content-encoding"]).toBe("br");
    expect(compressed.headers["cache-control"]).toContain("immutable");
    expect(brotliDecompressSync(compressed.rawPayload).toString()).toContain("xxxx");
    expect(compressed.rawPayload.length).toBeLessThan(200);
    const plain = await app.inject({
      method: "GET",
      url: "/assets/main-abc123.js",
      headers: { "accept-encoding": "identity" },
    });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(4000);
  });

  it("answers an unknown API path with a problem document", async () => {
    const app = await buildApp({ database, webRoot });
    const response = await app.inject({ method: "GET", url: "/api/nothing-here?secret=1" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({
      status: 404,
      title: "Not Found",
      detail: "There is no GET /api/nothing-here.",
    });
  });
});
