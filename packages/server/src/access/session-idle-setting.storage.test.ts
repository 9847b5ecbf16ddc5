import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { openTestClinic, type TestClinic } from "../testing/test-clinic.js";

describe.each(storageTargets(inject("postgresUrl")))("the idle limit setting on $dialect", (target) => {
  describe.skipIf(!target.available)("STEPWISE_SESSION_IDLE_MINUTES", () => {
    let clinic: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target, { sessionIdleMinutes: 3 });
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("tells the clinic the limit, and ends a session idle that long", async () => {
      const person = await clinic.signedInAccount({
        organization: "Harbor",
        email: "ida@harbor.example",
        role: "clinician",
      });
      expect((await person.client.request("GET", "/api/session")).json()).toMatchObject({
        stage: "full",
        idleMinutes: 3,
      });
      clinic.clock.advanceSeconds(140);
      expect((await person.client.request("GET", "/api/session")).json().stage).toBe("full");
      clinic.clock.advanceSeconds(181);
      expect((await person.client.request("GET", "/api/session")).json().stage).toBe("signed-out");
      // Activity is written at most every 6 seconds (1/30 of 3 minutes), so the limit is that exact.
    });

    it("counts the limit again from 'Stay signed in'", async () => {
      const person = await clinic.signedInAccount({
        organization: "Harbor",
        email: "bo@harbor.example",
        role: "clinician",
      });
      // Signing in took 31 seconds of the test clock (a fresh one-time-code step).
      clinic.clock.advanceSeconds(120);
      const kept = await person.client.request("POST", "/api/session/keep-alive");
      expect(kept.statusCode).toBe(200);
      expect(kept.json()).toEqual({ idleMinutes: 3 });
      clinic.clock.advanceSeconds(150);
      expect((await person.client.request("GET", "/api/session")).json().stage).toBe("full");
      clinic.clock.advanceSeconds(181);
      const late = await person.client.request("POST", "/api/session/keep-alive");
      expect(late.statusCode).toBe(401);
    });
  });
});
