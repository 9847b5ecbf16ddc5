import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { totpCodeAt } from "../accounts/totp.js";
import { buildApp } from "../app.js";
import { verifyAuditChains } from "../audit/audit-chain.js";
import { auditKeyInUse } from "../audit/audit-key.js";
import { openDatabase, type StepwiseDatabase } from "../database/connection.js";
import { storageTargets } from "../database/storage-targets.js";
import {
  ClinicClient,
  expectStatus,
  openTestClinic,
  TEST_HOST,
  TEST_ORIGIN,
  type TestClinic,
} from "../testing/test-clinic.js";

const postgres = storageTargets(inject("postgresUrl")).find((target) => target.dialect === "postgres");

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer (docs/scaling.md):
 * requests alternate between them, and sessions, guess budgets, rate limits and the audit chain
 * behave as with one instance — nothing that matters lives in a process.
 */
describe.skipIf(postgres === undefined || !postgres.available)(
  "two instances on one PostgreSQL database",
  () => {
    let clinic: TestClinic;
    let second: { app: FastifyInstance; database: StepwiseDatabase };
    beforeAll(async () => {
      clinic = await openTestClinic(postgres as NonNullable<typeof postgres>);
      const { url, schema } = clinic.opened.postgres ?? { url: "", schema: "" };
      const database = openDatabase({ kind: "postgres", url, schema, poolSize: 4 });
      const app = await buildApp({ database, clock: clinic.clock, signInAttemptsPerMinute: 1000 });
      await app.ready();
      second = { app, database };
    });
    afterAll(async () => {
      await second?.app.close();
      await second?.database.close();
      await clinic?.close();
    });

    /** One browser whose requests alternate between the two instances, keeping its cookies. */
    function browserAcrossInstances() {
      const clients = [new ClinicClient(clinic.app), new ClinicClient(second.app)];
      let turn = 0;
      return {
        async request(...args: Parameters<ClinicClient["request"]>) {
          const from = clients[turn % 2] as ClinicClient;
          const to = clients[(turn + 1) % 2] as ClinicClient;
          turn += 1;
          const response = await from.request(...args);
          to.cookie = from.cookie;
          to.csrfToken = from.csrfToken;
          to.otherCookies.clear();
          for (const [name, value] of from.otherCookies) to.otherCookies.set(name, value);
          return response;
        },
      };
    }

    it("signs in with the password on one instance and the code on the other, and the session works on both", async () => {
      const person = await clinic.signedInAccount({
        organization: "Twin Clinic",
        email: "ana@twin.example",
        role: "clinician",
      });
      const browser = browserAcrossInstances();
      await expectStatus(
        browser.request("POST", "/api/session", { email: "ana@twin.example", password: person.password }),
        200,
      );
      await expectStatus(
        browser.request("POST", "/api/session/second-factor", {
          code: totpCodeAt(person.totpSecret ?? "", clinic.clock.now()),
        }),
        200,
      );
      for (let index = 0; index < 4; index += 1) {
        expect((await browser.request("GET", "/api/session")).json().stage).toBe("full");
      }
      await expectStatus(browser.request("DELETE", "/api/session"), 204);
      expect((await browser.request("GET", "/api/session")).json().stage).toBe("signed-out");
      expect((await browser.request("GET", "/api/session")).json().stage).toBe("signed-out");
      clinic.clock.advanceSeconds(31);
    });

    it("checks at most 5 guesses when a burst is spread over both instances", async () => {
      const person = await clinic.signedInAccount({
        organization: "Twin Clinic",
        email: "bo@twin.example",
        role: "clinician",
      });
      const apps = [clinic.app, second.app];
      const burst = await Promise.all(
        Array.from({ length: 40 }, (_, index) =>
          (apps[index % 2] as FastifyInstance).inject({
            method: "POST",
            url: "/api/session",
            headers: { host: TEST_HOST, origin: TEST_ORIGIN },
            payload: {
              email: "bo@twin.example",
              password: index === 20 ? person.password : `wrong guess ${index}`,
            },
          }),
        ),
      );
      expect(burst.filter((response) => response.statusCode === 200)).toEqual([]);
      const checked = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select("id")
        .where("actor_user_id", "=", person.userId)
        .where("action", "=", "sign-in.password")
        .where("detail", "=", "wrong password")
        .execute();
      expect(checked.length).toBeLessThanOrEqual(5);
    });

    it("shares the per-address rate limit between the instances", async () => {
      const limited = await Promise.all(
        [2, 3].map(async () => {
          const app = await buildApp({
            database: second.database,
            clock: clinic.clock,
            signInAttemptsPerMinute: 6,
          });
          await app.ready();
          return app;
        }),
      );
      try {
        const statuses: number[] = [];
        for (let index = 0; index < 8; index += 1) {
          const response = await (limited[index % 2] as FastifyInstance).inject({
            method: "POST",
            url: "/api/session",
            remoteAddress: "10.7.7.7",
            headers: { host: TEST_HOST, origin: TEST_ORIGIN },
            payload: { email: `nobody-${index}@twin.example`, password: "a wrong password for sure" },
          });
          statuses.push(response.statusCode);
        }
        expect(statuses.filter((status) => status === 429)).toHaveLength(2);
      } finally {
        for (const app of limited) await app.close();
      }
    });

    it("keeps one unbroken audit chain per organization while both instances write", async () => {
      const report = await verifyAuditChains(clinic.opened.database.kysely, auditKeyInUse());
      expect(report.broken).toBeNull();
      expect(report.rows).toBeGreaterThan(20);
    });
  },
);
