import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrateToLatest } from "../database/connection.js";
import { type OpenedDatabase, storageTargets } from "../database/storage-targets.js";
import { cdsTokenReplayGuard } from "./cds-token-replay.js";

/**
 * A CDS client token's jti is accepted once on each database, so every server instance sharing it
 * refuses the same replay (the route-level test is in cds-routes.test.ts).
 */
describe.each(storageTargets(inject("postgresUrl")))("CDS token replay on $dialect", (target) => {
  describe.skipIf(!target.available)("the jti store", () => {
    let opened: OpenedDatabase;
    beforeAll(async () => {
      opened = await target.open();
      await migrateToLatest(opened.database);
    });
    afterAll(async () => {
      await opened?.dispose();
    });

    it("accepts a jti once per issuer, and a second instance sharing the database refuses it too", async () => {
      const now = new Date("2026-03-02T10:00:00Z");
      const token = {
        issuer: "https://ehr.example.org",
        jti: "0f5c2a7e-1d5b-4e5f-9f1a-2b3c4d5e6f70",
        expiresAt: new Date("2026-03-02T10:06:00Z"),
        now,
      };
      const one = cdsTokenReplayGuard(opened.database.kysely);
      const other = cdsTokenReplayGuard(opened.database.kysely);
      expect(await one.firstUse(token)).toBe(true);
      expect(await one.firstUse(token)).toBe(false);
      expect(await other.firstUse(token)).toBe(false);
      // The same jti from another issuer is another token.
      expect(await other.firstUse({ ...token, issuer: "https://other-ehr.example.org" })).toBe(true);
    });

    it("forgets a token only after it has expired", async () => {
      const guard = cdsTokenReplayGuard(opened.database.kysely);
      const expiresAt = new Date("2026-03-02T10:06:00Z");
      const token = { issuer: "https://ehr.example.org", jti: "kept-until-expiry", expiresAt };
      expect(await guard.firstUse({ ...token, now: new Date("2026-03-02T10:00:00Z") })).toBe(true);
      // A hundred other tokens later the store cleans up; an unexpired token is still remembered.
      for (let index = 0; index < 100; index += 1)
        await guard.firstUse({ ...token, jti: `filler-${index}`, now: new Date("2026-03-02T10:01:00Z") });
      expect(await guard.firstUse({ ...token, now: new Date("2026-03-02T10:02:00Z") })).toBe(false);
      // Long after every token expired, the next clean-up removes their rows.
      for (let index = 0; index < 100; index += 1)
        await guard.firstUse({
          ...token,
          jti: `late-${index}`,
          expiresAt: new Date("2026-03-02T12:06:00Z"),
          now: new Date("2026-03-02T12:00:00Z"),
        });
      const left = await opened.database.kysely
        .selectFrom("rate_limit_windows")
        .select("key")
        .where("key", "like", "cds-jti %")
        .where("window_started_at", "<", "2026-03-02T12:00:00.000Z")
        .execute();
      expect(left).toEqual([]);
      const kept = await opened.database.kysely
        .selectFrom("rate_limit_windows")
        .select("key")
        .where("key", "like", "cds-jti %")
        .execute();
      expect(kept.length).toBeGreaterThan(0);
    });
  });
});
