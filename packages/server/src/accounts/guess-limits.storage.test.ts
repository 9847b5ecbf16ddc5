import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { storageTargets } from "../database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../testing/test-clinic.js";
import { GUESS_LIMIT, GUESS_WINDOW_MINUTES } from "./guess-budget.js";
import { totpCodeAt } from "./totp.js";

/** Every argon2 check the server runs, counted (the real check still runs). */
const argon2Checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@node-rs/argon2", async (importOriginal) => {
  const real = await importOriginal<typeof import("@node-rs/argon2")>();
  return {
    ...real,
    verify: (...args: Parameters<typeof real.verify>) => {
      argon2Checks.count += 1;
      return real.verify(...args);
    },
  };
});

const BURST = 60;

/** Status and body of every answer, sorted, so two bursts can be compared as wholes. */
function answers(responses: Array<{ statusCode: number; body: string }>): string[] {
  return responses.map((response) => `${response.statusCode} ${response.body}`).sort();
}

describe.each(storageTargets(inject("postgresUrl")))("guess limits under a burst on $dialect", (target) => {
  describe.skipIf(!target.available)("sign-in guesses", () => {
    let clinic: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
    });
    afterAll(async () => {
      await clinic?.close();
    });

    async function sessionsOf(userId: string): Promise<number> {
      const rows = await clinic.opened.database.kysely
        .selectFrom("sessions")
        .select("token_hash")
        .where("user_id", "=", userId)
        .execute();
      return rows.length;
    }

    it(`checks at most ${GUESS_LIMIT} of ${BURST} simultaneous passwords, and the right one inside the burst does not sign in`, async () => {
      const victim = await clinic.signedInAccount({
        organization: "Burst Clinic",
        email: "victim@burst.example",
        role: "clinician",
      });
      // The victim's own browser has signed in before, so it holds a device cookie.
      const ownBrowser = victim.client;
      await expectStatus(ownBrowser.request("DELETE", "/api/session"), 204);
      const sessionsBefore = await sessionsOf(victim.userId);

      const attacker = clinic.client();
      argon2Checks.count = 0;
      const burst = await Promise.all(
        Array.from({ length: BURST }, (_, index) =>
          clinic.client().request("POST", "/api/session", {
            email: "victim@burst.example",
            password: index === BURST / 2 ? victim.password : `wrong guess ${index} for the victim`,
          }),
        ),
      );
      expect(argon2Checks.count).toBeLessThanOrEqual(GUESS_LIMIT);
      expect(burst.map((response) => response.statusCode).filter((status) => status === 200)).toEqual([]);
      expect(burst[BURST / 2]?.statusCode).toBe(429);
      expect(await sessionsOf(victim.userId)).toBe(sessionsBefore);

      // Later guesses from a new browser are not even checked, the right password included.
      argon2Checks.count = 0;
      const again = await attacker.request("POST", "/api/session", {
        email: "victim@burst.example",
        password: victim.password,
      });
      expect(again.statusCode).toBe(429);
      expect(argon2Checks.count).toBe(0);

      // The victim's own browser has its own budget: the burst did not lock them out.
      const own = await expectStatus(
        ownBrowser.request("POST", "/api/session", {
          email: "victim@burst.example",
          password: victim.password,
        }),
        200,
      );
      expect(own.json().stage).toBe("second-factor");
      await expectStatus(
        ownBrowser.request("POST", "/api/session/second-factor", {
          code: totpCodeAt(victim.totpSecret ?? "", clinic.clock.now()),
        }),
        200,
      );
      clinic.clock.advanceSeconds(31);

      // After the window, a new browser may try again.
      clinic.clock.advanceMinutes(GUESS_WINDOW_MINUTES + 1);
      await expectStatus(
        clinic
          .client()
          .request("POST", "/api/session", { email: "victim@burst.example", password: victim.password }),
        200,
      );
    });

    it("answers a burst against an unknown address exactly like one against an existing account, with the same argon2 work", async () => {
      await clinic.signedInAccount({
        organization: "Burst Clinic",
        email: "known@burst.example",
        role: "clinician",
      });
      const burstAgainst = async (email: string) => {
        argon2Checks.count = 0;
        const responses = await Promise.all(
          Array.from({ length: BURST }, (_, index) =>
            clinic.client().request("POST", "/api/session", { email, password: `wrong guess ${index} here` }),
          ),
        );
        return { answers: answers(responses), checks: argon2Checks.count };
      };
      const known = await burstAgainst("known@burst.example");
      const unknown = await burstAgainst("nobody-here@burst.example");
      expect(unknown.answers).toEqual(known.answers);
      expect(known.checks).toBe(GUESS_LIMIT);
      expect(unknown.checks).toBe(GUESS_LIMIT);

      // One attempt at a fresh unknown address runs exactly one argon2 check, like a known address.
      argon2Checks.count = 0;
      const single = await clinic.client().request("POST", "/api/session", {
        email: "still-nobody@burst.example",
        password: "a wrong password here",
      });
      expect(single.statusCode).toBe(401);
      expect(argon2Checks.count).toBe(1);
    });

    it(`checks at most ${GUESS_LIMIT} of ${BURST} simultaneous authenticator codes, and the right code inside the burst does not sign in`, async () => {
      const person = await clinic.signedInAccount({
        organization: "Burst Clinic",
        email: "codes@burst.example",
        role: "clinician",
      });
      const attacker = clinic.client();
      await expectStatus(
        attacker.request("POST", "/api/session", { email: "codes@burst.example", password: person.password }),
        200,
      );
      const right = totpCodeAt(person.totpSecret ?? "", clinic.clock.now());
      const wrong = right === "000000" ? "111111" : "000000";
      const burst = await Promise.all(
        Array.from({ length: BURST }, (_, index) =>
          attacker.request("POST", "/api/session/second-factor", {
            code: index === BURST / 2 ? right : wrong,
          }),
        ),
      );
      expect(burst.filter((response) => response.statusCode === 200)).toEqual([]);
      expect(await sessionsOf(person.userId)).toBe(1);
      const checked = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select("id")
        .where("actor_user_id", "=", person.userId)
        .where("action", "=", "sign-in.second-factor")
        .where("detail", "=", "wrong authenticator code")
        .execute();
      expect(checked.length).toBeLessThanOrEqual(GUESS_LIMIT);
      clinic.clock.advanceMinutes(GUESS_WINDOW_MINUTES + 1);
    });

    it(`checks at most ${GUESS_LIMIT} of ${BURST} simultaneous recovery codes, and the right one inside the burst does not sign in`, async () => {
      const person = await clinic.signedInAccount({
        organization: "Burst Clinic",
        email: "recovery@burst.example",
        role: "clinician",
      });
      const attacker = clinic.client();
      await expectStatus(
        attacker.request("POST", "/api/session", {
          email: "recovery@burst.example",
          password: person.password,
        }),
        200,
      );
      const burst = await Promise.all(
        Array.from({ length: BURST }, (_, index) =>
          attacker.request("POST", "/api/session/recovery-code", {
            code:
              index === BURST / 2
                ? (person.recoveryCodes[0] ?? "")
                : `aaaa-bbbb-cccc-${String(index).padStart(4, "2")}`,
          }),
        ),
      );
      expect(burst.filter((response) => response.statusCode === 200)).toEqual([]);
      const unused = await clinic.opened.database.kysely
        .selectFrom("recovery_codes")
        .select("code_hash")
        .where("user_id", "=", person.userId)
        .where("used_at", "is", null)
        .execute();
      expect(unused).toHaveLength(10);
      const checked = await clinic.opened.database.kysely
        .selectFrom("audit_events")
        .select("id")
        .where("actor_user_id", "=", person.userId)
        .where("action", "=", "sign-in.second-factor")
        .where("detail", "=", "wrong recovery code")
        .execute();
      expect(checked.length).toBeLessThanOrEqual(GUESS_LIMIT);
    });
  });
});
