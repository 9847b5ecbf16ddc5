import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance, InjectOptions } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { migrateToLatest, openDatabase, type StepwiseDatabase } from "../database/connection.js";
import { describePolicy } from "./policy.js";

/**
 * Every route declares who may call it (ASVS 5.0 8.1.1). This lists them all as the app registered
 * them (its `onRoute` hook), fails on any without a policy, and checks at run time that every
 * non-public route refuses a caller who is not signed in.
 */
describe("access policies on every route", () => {
  let database: StepwiseDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), "stepwise-policy-"));
    database = openDatabase({ kind: "sqlite", file: join(folder, "policy.sqlite") });
    await migrateToLatest(database);
    const webRoot = join(folder, "web");
    mkdirSync(webRoot);
    writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>Stepwise</title>");
    app = await buildApp({ database, webRoot });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("lists every registered route with its policy, and none lacks one", () => {
    const listing = app.registeredRoutes.map(
      (route) =>
        `${route.method} ${route.url} → ${route.policy === undefined ? "NO POLICY" : describePolicy(route.policy)}`,
    );
    expect(listing.length).toBeGreaterThan(10);
    expect(listing.filter((line) => line.includes("NO POLICY"))).toEqual([]);
    // The listing is complete: the router holds exactly as many method-and-path pairs.
    const routerTree = app.printRoutes({ commonPrefix: false });
    const routerPairs = [...routerTree.matchAll(/\(([A-Z, ]+)\)/g)].flatMap((match) =>
      (match[1] ?? "").split(", "),
    );
    expect(routerPairs.length).toBe(app.registeredRoutes.length);
    for (const route of app.registeredRoutes) {
      expect(
        app.hasRoute({ method: route.method as "GET", url: route.url }),
        `${route.method} ${route.url}`,
      ).toBe(true);
    }
    expect(listing).toContain(
      "GET /api/health → public (load balancers probe it; it reports only the version and whether the database answers)",
    );
    expect(listing).toContain("POST /api/users → signed in as admin");
    // Each is declared with its schemas (routes/api-route.ts), so it is validated and documented; only
    // the web app's files, served by a plugin in a scope with its own policy, are not API routes.
    const undeclared = app.registeredRoutes.filter((route) => route.declaration === undefined);
    expect(undeclared.map((route) => `${route.method} ${route.url}`).sort()).toEqual(["GET /*", "HEAD /*"]);
  });

  it("refuses to start when a route declares no policy", async () => {
    const strict = await buildApp({ database });
    expect(() => strict.get("/api/forgotten", async () => ({ leaked: true }))).toThrow(
      /declares no access policy/,
    );
    await strict.close();
  });

  it("answers 401 on every non-public route for a caller who is not signed in", async () => {
    const guarded = app.registeredRoutes.filter((route) => route.policy?.access !== "public");
    expect(guarded.length).toBeGreaterThan(5);
    for (const route of guarded) {
      const url = route.url.replace(":userId", "00000000-0000-4000-8000-000000000000");
      const injection: InjectOptions = { method: route.method as "GET", url };
      if (route.method !== "GET" && route.method !== "HEAD") injection.payload = {};
      const response = await app.inject(injection);
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });
});
