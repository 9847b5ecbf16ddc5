import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest } from "../database/connection.js";
import { storageTargets } from "../database/storage-targets.js";
import { openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import { sharedRateLimitCounts } from "./shared-rate-limit-store.js";

const LIMIT = 20;

/**
 * The per-address limits most routes use are counted in memory by each instance and written to the
 * database in batches (docs/scaling.md "Rate limits"); here the program finder's search, on both databases.
 */
describe.each(storageTargets(inject("postgresUrl")))("shared rate limit counts on $dialect", (target) => {
  describe.skipIf(!target.available)("program search limited to 20 a minute per address", () => {
    let first: TestClinic;
    let second: TestClinic;
    beforeAll(async () => {
      first = await openTestClinic(target, { programSearchesPerMinute: LIMIT });
      // A second instance on the same database, as behind a load balancer.
      second = await openTestClinic(target, { opened: first.opened, programSearchesPerMinute: LIMIT });
    });
    afterAll(async () => {
      await second?.app.close();
      await first?.close();
    });

    const search = (app: FastifyInstance, address: string) =>
      app.inject({ method: "GET", url: "/api/programs?near=22902", remoteAddress: address });

    const hitsInDatabase = async (address: string) => {
      const rows = await first.opened.database.kysely
        .selectFrom("rate_limit_windows")
        .select("hits")
        .where("key", "=", `GET /api/programs ${address}`)
        .execute();
      return rows.reduce((sum, row) => sum + Number(row.hits), 0);
    };

    it("on one instance refuses exactly the 21st search, with a problem document", async () => {
      const statuses: number[] = [];
      for (let index = 0; index < LIMIT + 3; index += 1) {
        statuses.push((await search(first.app, "10.1.0.1")).statusCode);
      }
      expect(statuses).toEqual([...Array(LIMIT).fill(200), 429, 429, 429]);
      const refused = await search(first.app, "10.1.0.1");
      expect(refused.headers["content-type"]).toContain("application/problem+json");
      expect(refused.json().detail).toMatch(/^Too many attempts from this address\. Wait \d+ seconds/);
      expect((await search(first.app, "10.1.0.2")).statusCode).toBe(200);
    });

    it("shares the limit between two instances: at most what one instance had not yet written gets past it", async () => {
      const perTurn = 4;
      const statuses: number[] = [];
      for (let turn = 0; turn < 5; turn += 1) {
        for (const app of [first.app, second.app]) {
          for (let index = 0; index < perTurn; index += 1) {
            statuses.push((await search(app, "10.2.0.1")).statusCode);
          }
        }
        // What each instance's timer does every 250 ms.
        await first.app.rateLimitCounts.flush();
        await second.app.rateLimitCounts.flush();
      }
      const admitted = statuses.filter((status) => status === 200).length;
      expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
      // The documented slack: the other instance's hits since its last write (one turn here).
      expect(admitted).toBeGreaterThanOrEqual(LIMIT);
      expect(admitted).toBeLessThanOrEqual(LIMIT + perTurn);
      // Once written, both instances refuse.
      expect(statuses.slice(-2 * perTurn)).toEqual(Array(2 * perTurn).fill(429));
      expect(await hitsInDatabase("10.2.0.1")).toBe(statuses.length);
    });

    it("keeps counting when the database cannot be written, and writes the hits once it can", async () => {
      for (let index = 0; index < 3; index += 1) {
        expect((await search(first.app, "10.3.0.1")).statusCode).toBe(200);
      }
      const kysely = first.opened.database.kysely;
      await sql`alter table rate_limit_windows rename to rate_limit_windows_away`.execute(kysely);
      const statuses: number[] = [];
      try {
        await first.app.rateLimitCounts.flush();
        for (let index = 3; index < LIMIT + 2; index += 1) {
          statuses.push((await search(first.app, "10.3.0.1")).statusCode);
        }
        await first.app.rateLimitCounts.flush();
      } finally {
        await sql`alter table rate_limit_windows_away rename to rate_limit_windows`.execute(kysely);
      }
      // Never a 500: the searches up to the limit pass on this instance's own count, the rest are refused.
      expect(statuses).toEqual([...Array(LIMIT - 3).fill(200), 429, 429]);
      await first.app.rateLimitCounts.flush();
      expect(await hitsInDatabase("10.3.0.1")).toBe(LIMIT + 2);
    });

    it("writes what is left when the server closes, and leaves no timer behind", async () => {
      const third = await openTestClinic(target, { opened: first.opened, programSearchesPerMinute: LIMIT });
      for (let index = 0; index < 3; index += 1) {
        expect((await search(third.app, "10.4.0.1")).statusCode).toBe(200);
      }
      await third.app.close();
      expect(third.app.rateLimitCounts.flushScheduled).toBe(false);
      expect(await hitsInDatabase("10.4.0.1")).toBe(3);
    });
  });

  describe.skipIf(!target.available)("the flush timer", () => {
    it("does not keep the process alive while hits wait to be written", async () => {
      const opened = await target.open();
      try {
        await migrateToLatest(opened.database);
        const counts = sharedRateLimitCounts(opened.database.kysely, { flushEveryMs: 60_000 });
        const store = new counts.store({}).child({
          routeInfo: { method: "GET", url: "/probe" },
        } as never) as FastifyRateLimitStore;
        const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
        const before = timers();
        const answer = await new Promise((resolve, reject) =>
          store.incr("10.5.0.1", (error, result) => (error ? reject(error) : resolve(result)), 60_000, 100),
        );
        expect(answer).toMatchObject({ current: 1 });
        expect(counts.flushScheduled).toBe(true);
        // An unref'd timer is not among the resources that keep Node running.
        expect(timers()).toBe(before);
        await counts.close();
        expect(counts.flushScheduled).toBe(false);
        const rows = await opened.database.kysely.selectFrom("rate_limit_windows").selectAll().execute();
        expect(rows.map((row) => [row.key, Number(row.hits)])).toEqual([["GET /probe 10.5.0.1", 1]]);
      } finally {
        await opened.dispose();
      }
    });
  });
});
