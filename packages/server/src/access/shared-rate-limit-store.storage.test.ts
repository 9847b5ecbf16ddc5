import type { FastifyRateLimitStore } from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import type { KyselyPlugin } from "kysely";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest } from "../database/connection.js";
import { storageTargets } from "../database/storage-targets.js";
import { openTestClinic, TEST_HOST, TEST_ORIGIN, type TestClinic } from "../testing/test-clinic.js";
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
      // An instance whose writes to the database fail while `down` is set (reads still work).
      let down = false;
      const failingWrites: KyselyPlugin = {
        transformQuery(args) {
          if (down && args.node.kind === "InsertQueryNode") throw new Error("The database is not answering.");
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      const database = first.opened.database;
      const flaky = await openTestClinic(target, {
        opened: {
          ...first.opened,
          database: { ...database, kysely: database.kysely.withPlugin(failingWrites) },
        },
        programSearchesPerMinute: LIMIT,
      });
      try {
        for (let index = 0; index < 3; index += 1) {
          expect((await search(flaky.app, "10.3.0.1")).statusCode).toBe(200);
        }
        down = true;
        await flaky.app.rateLimitCounts.flush();
        const statuses: number[] = [];
        for (let index = 3; index < LIMIT + 2; index += 1) {
          statuses.push((await search(flaky.app, "10.3.0.1")).statusCode);
        }
        await flaky.app.rateLimitCounts.flush();
        // Never a 500: the searches up to the limit pass on this instance's own count, the rest are refused.
        expect(statuses).toEqual([...Array(LIMIT - 3).fill(200), 429, 429]);
        // At most the first three, if the timer wrote them before the database went down.
        expect(await hitsInDatabase("10.3.0.1")).toBeLessThanOrEqual(3);
        down = false;
        await flaky.app.rateLimitCounts.flush();
        expect(await hitsInDatabase("10.3.0.1")).toBe(LIMIT + 2);
      } finally {
        down = false;
        await flaky.app.close();
      }
    });

    it("counts hits still on their way to the database: of five searches at once past the 18th, two pass", async () => {
      // An instance whose writes to the database wait for `release` while they are held.
      let held: Promise<void> | undefined;
      let release = () => {};
      const inserts = new WeakSet<object>();
      const holdingWrites: KyselyPlugin = {
        transformQuery(args) {
          if (args.node.kind === "InsertQueryNode") inserts.add(args.queryId);
          return args.node;
        },
        async transformResult(args) {
          if (inserts.has(args.queryId)) await held;
          return args.result;
        },
      };
      const database = first.opened.database;
      const slow = await openTestClinic(target, {
        opened: {
          ...first.opened,
          database: { ...database, kysely: database.kysely.withPlugin(holdingWrites) },
        },
        programSearchesPerMinute: LIMIT,
      });
      try {
        for (let index = 0; index < LIMIT - 2; index += 1) {
          expect((await search(slow.app, "10.7.0.1")).statusCode).toBe(200);
        }
        held = new Promise((resolve) => {
          release = resolve;
        });
        // The 18 hits are on their way when five more searches come at once.
        const flushing = slow.app.rateLimitCounts.flush();
        let answered = 0;
        const searches = Array.from({ length: 5 }, () =>
          search(slow.app, "10.7.0.1").then((response) => {
            answered += 1;
            return response.statusCode;
          }),
        );
        // The three past the limit are refused at once, without waiting for the database.
        for (let waited = 0; answered < 3 && waited < 2_000; waited += 10) {
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        expect(answered).toBe(3);
        release();
        await flushing;
        expect((await Promise.all(searches)).sort()).toEqual([200, 200, 429, 429, 429]);
        await slow.app.rateLimitCounts.flush();
        expect(await hitsInDatabase("10.7.0.1")).toBe(LIMIT + 3);
      } finally {
        release();
        await slow.app.close();
      }
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

  describe.skipIf(!target.available)("sign-in limited to 6 a minute per address", () => {
    it("counts every attempt at once on both instances: exactly the 7th and 8th are refused", async () => {
      const first = await openTestClinic(target, { signInAttemptsPerMinute: 6 });
      const second = await openTestClinic(target, { opened: first.opened, signInAttemptsPerMinute: 6 });
      try {
        const statuses: number[] = [];
        for (let index = 0; index < 8; index += 1) {
          const app = index % 2 === 0 ? first.app : second.app;
          const response = await app.inject({
            method: "POST",
            url: "/api/session",
            remoteAddress: "10.6.0.1",
            headers: { host: TEST_HOST, origin: TEST_ORIGIN },
            payload: { email: `nobody-${index}@clinic.example`, password: "a wrong password for sure" },
          });
          statuses.push(response.statusCode);
        }
        // No flush in between: the sign-in limit does not wait for one.
        expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
      } finally {
        await second.app.close();
        await first.close();
      }
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
