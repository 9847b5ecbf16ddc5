import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { SESSION_ABSOLUTE_MINUTES, SESSION_IDLE_MINUTES, SIGN_IN_STEP_MINUTES } from "../access/sessions.js";
import { storageTargets } from "../database/storage-targets.js";
import {
  DEFAULT_TEST_PASSWORD,
  expectStatus,
  openTestClinic,
  type TestClinic,
} from "../testing/test-clinic.js";
import { GUESS_WINDOW_MINUTES as LOCKOUT_MINUTES, GUESS_LIMIT as LOCKOUT_THRESHOLD } from "./guess-budget.js";
import { totpCodeAt } from "./totp.js";

async function auditActions(clinic: TestClinic, userId: string): Promise<string[]> {
  const rows = await clinic.opened.database.kysely
    .selectFrom("audit_events")
    .select(["action", "outcome"])
    .where((eb) => eb.or([eb("actor_user_id", "=", userId), eb("record_id", "=", userId)]))
    .orderBy("id")
    .execute();
  return rows.map((row) => `${row.action}:${row.outcome}`);
}

describe.each(storageTargets(inject("postgresUrl")))("accounts and sign-in on $dialect", (target) => {
  describe.skipIf(!target.available)("sign-in", () => {
    let clinic: TestClinic;
    beforeAll(async () => {
      clinic = await openTestClinic(target);
    });
    afterAll(async () => {
      await clinic?.close();
    });

    it("creates the first admin from the command line, who sets a password, enrols TOTP and is signed in", async () => {
      const { userId, linkToken } = await clinic.addAccount({
        organization: "Harbor Recovery Center",
        email: "Ana.Admin@Harbor.example",
        role: "admin",
        displayName: "Ana Ruiz",
      });
      const browser = clinic.client();
      const inspected = await expectStatus(
        browser.request("POST", "/api/password-links/inspect", { token: linkToken }),
        200,
      );
      expect(inspected.json()).toMatchObject({ email: "ana.admin@harbor.example", purpose: "setup" });
      const tooShort = await browser.request("POST", "/api/password-links/use", {
        token: linkToken,
        password: "short",
      });
      expect(tooShort.statusCode).toBe(400);
      expect(tooShort.json().errors).toEqual([
        { field: "password", message: expect.stringContaining("15 characters") },
      ]);
      await expectStatus(
        browser.request("POST", "/api/password-links/use", {
          token: linkToken,
          password: DEFAULT_TEST_PASSWORD,
        }),
        200,
      );

      const signIn = await expectStatus(
        browser.request("POST", "/api/session", {
          email: "ana.admin@harbor.example",
          password: DEFAULT_TEST_PASSWORD,
        }),
        200,
      );
      expect(signIn.json().stage).toBe("enrolment");
      const setCookie = String(signIn.headers["set-cookie"]);
      expect(setCookie).toMatch(/^__Host-stepwise-session=/);
      expect(setCookie).toContain("HttpOnly");
      expect(setCookie).toContain("Secure");
      expect(setCookie).toContain("SameSite=Strict");
      // Half-signed-in: nothing but the sign-in steps is reachable.
      expect((await browser.request("GET", "/api/users")).statusCode).toBe(401);

      const started = await expectStatus(browser.request("POST", "/api/session/totp-enrolment/start"), 200);
      const { secret, uri } = started.json();
      expect(uri).toContain(`secret=${secret}`);
      const wrong = await browser.request("POST", "/api/session/totp-enrolment", { code: "000000" });
      expect(wrong.statusCode).toBe(401);
      const enrolled = await expectStatus(
        browser.request("POST", "/api/session/totp-enrolment", {
          code: totpCodeAt(secret, clinic.clock.now()),
        }),
        200,
      );
      expect(enrolled.json().recoveryCodes).toHaveLength(10);

      const session = await expectStatus(browser.request("GET", "/api/session"), 200);
      expect(session.json()).toMatchObject({
        stage: "full",
        user: {
          displayName: "Ana Ruiz",
          role: "admin",
          email: "ana.admin@harbor.example",
          secondFactor: true,
        },
        organization: { name: "Harbor Recovery Center" },
      });
      expect(await auditActions(clinic, userId)).toEqual([
        "user.created:success",
        "password.set:success",
        "sign-in.password:success",
        "sign-in.second-factor:failure",
        "second-factor.enrolled:success",
        "sign-in:success",
      ]);
      clinic.clock.advanceSeconds(31);
    });

    it("signs in with password then TOTP, and refuses a code that was already used", async () => {
      const account = await clinic.signedInAccount({
        organization: "Harbor",
        email: "carl@harbor.example",
        role: "clinician",
      });
      const secret = account.totpSecret ?? "";
      const browser = clinic.client();
      const first = await expectStatus(
        browser.request("POST", "/api/session", { email: "carl@harbor.example", password: account.password }),
        200,
      );
      expect(first.json().stage).toBe("second-factor");
      const code = totpCodeAt(secret, clinic.clock.now());
      await expectStatus(browser.request("POST", "/api/session/second-factor", { code }), 200);
      expect((await browser.request("GET", "/api/session")).json().user.role).toBe("clinician");

      const replay = clinic.client();
      await expectStatus(
        replay.request("POST", "/api/session", { email: "carl@harbor.example", password: account.password }),
        200,
      );
      expect((await replay.request("POST", "/api/session/second-factor", { code })).statusCode).toBe(401);
      clinic.clock.advanceSeconds(31);
      await expectStatus(
        replay.request("POST", "/api/session/second-factor", {
          code: totpCodeAt(secret, clinic.clock.now()),
        }),
        200,
      );
      clinic.clock.advanceSeconds(31);
    });

    it(`locks the account after ${LOCKOUT_THRESHOLD} wrong passwords, even against the right one, for ${LOCKOUT_MINUTES} minutes`, async () => {
      const account = await clinic.signedInAccount({
        organization: "Harbor",
        email: "lee@harbor.example",
        role: "reviewer",
      });
      const browser = clinic.client();
      for (let attempt = 1; attempt < LOCKOUT_THRESHOLD; attempt += 1) {
        const response = await browser.request("POST", "/api/session", {
          email: "lee@harbor.example",
          password: `wrong guess number ${attempt}`,
        });
        expect(response.statusCode).toBe(401);
      }
      const locking = await browser.request("POST", "/api/session", {
        email: "lee@harbor.example",
        password: "wrong guess number 5",
      });
      expect(locking.statusCode).toBe(429);
      expect(locking.json().detail).toContain("Too many tries");
      const right = await browser.request("POST", "/api/session", {
        email: "lee@harbor.example",
        password: account.password,
      });
      expect(right.statusCode).toBe(429);
      clinic.clock.advanceMinutes(LOCKOUT_MINUTES + 1);
      await expectStatus(
        browser.request("POST", "/api/session", { email: "lee@harbor.example", password: account.password }),
        200,
      );
      const actions = await auditActions(clinic, account.userId);
      expect(actions.filter((action) => action === "sign-in.password:failure")).toHaveLength(
        LOCKOUT_THRESHOLD + 1,
      );
      expect(actions).toContain("account.locked:success");
    });

    it("answers an unknown address exactly like a wrong password", async () => {
      const unknown = await clinic
        .client()
        .request("POST", "/api/session", { email: "nobody@harbor.example", password: DEFAULT_TEST_PASSWORD });
      const known = await clinic.client().request("POST", "/api/session", {
        email: "carl@harbor.example",
        password: "not the password at all",
      });
      expect(unknown.statusCode).toBe(401);
      expect(unknown.json()).toEqual(known.json());
    });

    it(`ends a session after ${SESSION_IDLE_MINUTES} idle minutes, and any session after ${SESSION_ABSOLUTE_MINUTES / 60} hours`, async () => {
      const idle = await clinic.signedInAccount({
        organization: "Harbor",
        email: "ida@harbor.example",
        role: "clinician",
      });
      clinic.clock.advanceMinutes(SESSION_IDLE_MINUTES - 1);
      await expectStatus(idle.client.request("GET", "/api/session"), 200);
      expect((await idle.client.request("GET", "/api/session")).json().stage).toBe("full");
      clinic.clock.advanceMinutes(SESSION_IDLE_MINUTES + 1);
      expect((await idle.client.request("GET", "/api/session")).json().stage).toBe("signed-out");
      expect(await auditActions(clinic, idle.userId)).toContain("session.ended:success");

      const busy = await clinic.signedInAccount({
        organization: "Harbor",
        email: "bo@harbor.example",
        role: "clinician",
      });
      for (let elapsed = 0; elapsed < SESSION_ABSOLUTE_MINUTES - 20; elapsed += 20) {
        clinic.clock.advanceMinutes(20);
        expect(
          (await busy.client.request("GET", "/api/session")).json().stage,
          `after ${elapsed + 20} minutes`,
        ).toBe("full");
      }
      clinic.clock.advanceMinutes(21);
      expect((await busy.client.request("GET", "/api/session")).json().stage).toBe("signed-out");
    });

    it(`gives a half-finished sign-in only ${SIGN_IN_STEP_MINUTES} minutes to pass the second factor`, async () => {
      const account = await clinic.signedInAccount({
        organization: "Harbor",
        email: "slow@harbor.example",
        role: "clinician",
      });
      const browser = clinic.client();
      await expectStatus(
        browser.request("POST", "/api/session", { email: "slow@harbor.example", password: account.password }),
        200,
      );
      clinic.clock.advanceMinutes(SIGN_IN_STEP_MINUTES + 1);
      const late = await browser.request("POST", "/api/session/second-factor", {
        code: totpCodeAt(account.totpSecret ?? "", clinic.clock.now()),
      });
      expect(late.statusCode).toBe(401);
      clinic.clock.advanceSeconds(31);
    });

    it("refuses a state-changing request without the CSRF token, with a wrong one, or from another site", async () => {
      const admin = await clinic.signedInAccount({
        organization: "Harbor",
        email: "csrf-admin@harbor.example",
        role: "admin",
      });
      const body = { email: "new.person@harbor.example", displayName: "New Person", role: "clinician" };
      const missing = await admin.client.request("POST", "/api/users", body, { "x-csrf-token": "" });
      expect(missing.statusCode).toBe(403);
      expect(missing.json().detail).toContain("x-csrf-token");
      expect(
        (await admin.client.request("POST", "/api/users", body, { "x-csrf-token": "guessed-token" }))
          .statusCode,
      ).toBe(403);
      expect(
        (await admin.client.request("POST", "/api/users", body, { origin: "https://attacker.example" }))
          .statusCode,
      ).toBe(403);
      expect(
        (await admin.client.request("POST", "/api/users", body, { "sec-fetch-site": "cross-site" }))
          .statusCode,
      ).toBe(403);
      const users = (await admin.client.request("GET", "/api/users")).json().users as Array<{
        email: string;
      }>;
      expect(users.map((user) => user.email)).not.toContain("new.person@harbor.example");
      await expectStatus(admin.client.request("POST", "/api/users", body), 201);
    });

    it("ends every session of an account when an admin disables it, and it cannot sign in again", async () => {
      const admin = await clinic.signedInAccount({
        organization: "Harbor",
        email: "dis-admin@harbor.example",
        role: "admin",
      });
      const worker = await clinic.signedInAccount({
        organization: "Harbor",
        email: "leaving@harbor.example",
        role: "clinician",
      });
      await expectStatus(worker.client.request("GET", "/api/session"), 200);
      const disabled = await expectStatus(
        admin.client.request("POST", `/api/users/${worker.userId}/disable`),
        200,
      );
      expect(disabled.json().sessionsEnded).toBe(1);
      expect((await worker.client.request("GET", "/api/session")).json().stage).toBe("signed-out");
      const again = await clinic
        .client()
        .request("POST", "/api/session", { email: "leaving@harbor.example", password: worker.password });
      expect(again.statusCode).toBe(401);
    });

    it("does not let an admin disable their own account", async () => {
      const admin = await clinic.signedInAccount({
        organization: "Harbor",
        email: "solo-admin@harbor.example",
        role: "admin",
      });
      const refused = await admin.client.request("POST", `/api/users/${admin.userId}/disable`);
      expect(refused.statusCode).toBe(400);
      expect((await admin.client.request("GET", "/api/session")).json().stage).toBe("full");
    });

    it("ends every session when the password changes; the new password then works", async () => {
      const person = await clinic.signedInAccount({
        organization: "Harbor",
        email: "pat@harbor.example",
        role: "reviewer",
      });
      const otherDevice = clinic.client();
      await expectStatus(
        otherDevice.request("POST", "/api/session", {
          email: "pat@harbor.example",
          password: person.password,
        }),
        200,
      );
      const refused = await person.client.request("POST", "/api/session/password", {
        currentPassword: "not my current password",
        newPassword: "granite orchard seven kites",
      });
      expect(refused.statusCode).toBe(400);
      await expectStatus(
        person.client.request("POST", "/api/session/password", {
          currentPassword: person.password,
          newPassword: "granite orchard seven kites",
        }),
        204,
      );
      expect((await person.client.request("GET", "/api/session")).json().stage).toBe("signed-out");
      expect((await otherDevice.request("GET", "/api/session")).json().stage).toBe("signed-out");
      expect(
        (
          await clinic
            .client()
            .request("POST", "/api/session", { email: "pat@harbor.example", password: person.password })
        ).statusCode,
      ).toBe(401);
      await expectStatus(
        clinic.client().request("POST", "/api/session", {
          email: "pat@harbor.example",
          password: "granite orchard seven kites",
        }),
        200,
      );
    });

    it("accepts each recovery code once", async () => {
      const person = await clinic.signedInAccount({
        organization: "Harbor",
        email: "rae@harbor.example",
        role: "clinician",
      });
      const code = person.recoveryCodes[0] ?? "";
      const first = clinic.client();
      await expectStatus(
        first.request("POST", "/api/session", { email: "rae@harbor.example", password: person.password }),
        200,
      );
      const used = await expectStatus(
        first.request("POST", "/api/session/recovery-code", { code: code.toUpperCase() }),
        200,
      );
      expect(used.json().recoveryCodesLeft).toBe(9);
      expect((await first.request("GET", "/api/session")).json().stage).toBe("full");
      const second = clinic.client();
      await expectStatus(
        second.request("POST", "/api/session", { email: "rae@harbor.example", password: person.password }),
        200,
      );
      expect((await second.request("POST", "/api/session/recovery-code", { code })).statusCode).toBe(401);
      expect((await second.request("GET", "/api/session")).json().stage).toBe("second-factor");
    });

    it("lets an admin issue a reset link that works once and still asks for the second factor", async () => {
      const admin = await clinic.signedInAccount({
        organization: "Harbor",
        email: "reset-admin@harbor.example",
        role: "admin",
      });
      const person = await clinic.signedInAccount({
        organization: "Harbor",
        email: "forgot@harbor.example",
        role: "clinician",
      });
      const issued = await expectStatus(
        admin.client.request("POST", `/api/users/${person.userId}/password-link`, {}),
        200,
      );
      const token = String(issued.json().resetLink).split("#link=")[1];
      const anonymous = clinic.client();
      await expectStatus(
        anonymous.request("POST", "/api/password-links/use", {
          token,
          password: "quiet harbor lights at dusk",
        }),
        200,
      );
      const reuse = await anonymous.request("POST", "/api/password-links/use", {
        token,
        password: "another quiet harbor evening",
      });
      expect(reuse.statusCode).toBe(410);
      expect((await person.client.request("GET", "/api/session")).json().stage).toBe("signed-out");
      const signIn = await expectStatus(
        clinic.client().request("POST", "/api/session", {
          email: "forgot@harbor.example",
          password: "quiet harbor lights at dusk",
        }),
        200,
      );
      expect(signIn.json().stage).toBe("second-factor");
    });

    it("answers 404 for another organization's account, the same as for one that does not exist", async () => {
      const ours = await clinic.signedInAccount({
        organization: "Harbor",
        email: "iso-admin@harbor.example",
        role: "admin",
      });
      const theirs = await clinic.signedInAccount({
        organization: "Ridge Clinic",
        email: "iso-admin@ridge.example",
        role: "admin",
      });
      const stranger = await clinic.addAccount({
        organization: "Ridge Clinic",
        email: "worker@ridge.example",
        role: "clinician",
      });
      const cross = await ours.client.request("POST", `/api/users/${stranger.userId}/disable`);
      const missing = await ours.client.request(
        "POST",
        "/api/users/00000000-0000-4000-8000-000000000000/disable",
      );
      expect(cross.statusCode).toBe(404);
      expect(cross.json()).toEqual(missing.json());
      expect(
        (await ours.client.request("POST", `/api/users/${stranger.userId}/password-link`, {})).statusCode,
      ).toBe(404);
      const listed = (await ours.client.request("GET", "/api/users")).json().users as Array<{
        email: string;
      }>;
      expect(listed.map((user) => user.email)).not.toContain("worker@ridge.example");
      // And the other way round.
      expect((await theirs.client.request("POST", `/api/users/${ours.userId}/disable`)).statusCode).toBe(404);
      const status = await clinic.opened.database.kysely
        .selectFrom("users")
        .select("status")
        .where("id", "=", stranger.userId)
        .executeTakeFirstOrThrow();
      expect(status.status).toBe("active");
    });

    it("keeps reviewers read-only and records the refusal", async () => {
      const reviewer = await clinic.signedInAccount({
        organization: "Harbor",
        email: "rita@harbor.example",
        role: "reviewer",
      });
      const refused = await reviewer.client.request("POST", "/api/users", {
        email: "x@harbor.example",
        displayName: "X",
        role: "admin",
      });
      expect(refused.statusCode).toBe(403);
      expect(await auditActions(clinic, reviewer.userId)).toContain("access.denied:denied");
    });
  });
});
