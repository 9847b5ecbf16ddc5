import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { totpCodeAt } from "../../../server/src/accounts/totp.js";
import { migrateToLatest } from "../../../server/src/database/connection.js";
import { type OpenedDatabase, storageTargets } from "../../../server/src/database/storage-targets.js";
import { expectStatus, openTestClinic, type TestClinic } from "../../../server/src/testing/test-clinic.js";
import { runCli } from "../main.js";
import { captureOutput } from "../testing/capture-output.js";
import { databaseEnvironment } from "../testing/database-environment.js";

/** The environment that points the CLI at the test's own database, with the port and an audit key. */
function environmentFor(opened: OpenedDatabase): NodeJS.ProcessEnv {
  return databaseEnvironment(opened, {
    PORT: "8080",
    STEPWISE_AUDIT_KEY: "the audit key for the command-line tests, 32+ characters",
  });
}

describe.each(storageTargets(inject("postgresUrl")))("stepwise users on $dialect", (target) => {
  describe.skipIf(!target.available)("accounts from the command line", () => {
    let opened: OpenedDatabase;
    let clinic: TestClinic;
    const saved = { ...process.env };
    beforeAll(async () => {
      opened = await target.open();
      await migrateToLatest(opened.database);
      clinic = await openTestClinic(target, { opened });
    });
    afterAll(async () => {
      await clinic?.close();
    });
    afterEach(() => {
      vi.restoreAllMocks();
      process.env = { ...saved };
    });

    it("creates the first admin, prints the next steps and a one-time link that signs them in with TOTP", async () => {
      Object.assign(process.env, environmentFor(opened));
      const output = captureOutput();
      const code = await runCli([
        "users",
        "add",
        "--org",
        "Lakeside Recovery",
        "--email",
        "Dana@Lakeside.example",
        "--role",
        "admin",
        "--name",
        "Dana Reyes",
      ]);
      vi.restoreAllMocks();
      expect(output.stderr).toBe("");
      expect(code).toBe(0);
      expect(output.stdout).toContain(
        'Created admin dana@lakeside.example in the new organization "Lakeside Recovery".',
      );
      expect(output.stdout).toContain("set up an authenticator app");
      const link = /http:\/\/localhost:8080\/clinic\/#link=([\w-]+)/.exec(output.stdout)?.[1] ?? "";
      expect(link.length).toBeGreaterThan(30);

      const browser = clinic.client();
      await expectStatus(
        browser.request("POST", "/api/password-links/use", {
          token: link,
          password: "blue heron over still water",
        }),
        200,
      );
      await expectStatus(
        browser.request("POST", "/api/session", {
          email: "dana@lakeside.example",
          password: "blue heron over still water",
        }),
        200,
      );
      const secret = (
        await expectStatus(browser.request("POST", "/api/session/totp-enrolment/start"), 200)
      ).json().secret;
      await expectStatus(
        browser.request("POST", "/api/session/totp-enrolment", {
          code: totpCodeAt(secret, clinic.clock.now()),
        }),
        200,
      );
      const session = (await browser.request("GET", "/api/session")).json();
      expect(session).toMatchObject({
        stage: "full",
        user: { role: "admin", displayName: "Dana Reyes" },
        organization: { name: "Lakeside Recovery" },
      });
    });

    it("refuses a second account with the same address, an unknown role, and a missing flag, in one line each", async () => {
      Object.assign(process.env, environmentFor(opened));
      for (const [args, message] of [
        [
          [
            "users",
            "add",
            "--org",
            "Lakeside Recovery",
            "--email",
            "dana@lakeside.example",
            "--role",
            "clinician",
          ],
          "There is already an account for dana@lakeside.example.",
        ],
        [
          ["users", "add", "--org", "Lakeside Recovery", "--email", "x@lakeside.example", "--role", "owner"],
          '--role must be one of admin, clinician, reviewer, but it is "owner".',
        ],
        [
          ["users", "add", "--org", "Lakeside Recovery", "--email", "x@lakeside.example"],
          "--org, --email and --role are all needed",
        ],
        [
          ["users", "add", "--org", "Lakeside Recovery", "--email", "not-an-address", "--role", "admin"],
          "--email: Enter an email address like name@clinic.org.",
        ],
      ] as const) {
        const output = captureOutput();
        const code = await runCli([...args]);
        vi.restoreAllMocks();
        expect(code, args.join(" ")).not.toBe(0);
        expect(output.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
        expect(output.stderr).toContain(message);
      }
    });

    it("disables an account, which ends its sessions at once", async () => {
      const worker = await clinic.signedInAccount({
        organization: "Lakeside Recovery",
        email: "sam@lakeside.example",
        role: "clinician",
      });
      expect((await worker.client.request("GET", "/api/session")).json().stage).toBe("full");
      Object.assign(process.env, environmentFor(opened));
      const output = captureOutput();
      expect(await runCli(["users", "disable", "SAM@lakeside.example"])).toBe(0);
      vi.restoreAllMocks();
      expect(output.stdout).toBe("Disabled: sam@lakeside.example. Sessions ended: 1.\n");
      expect((await worker.client.request("GET", "/api/session")).json().stage).toBe("signed-out");
      const audit = await opened.database.kysely
        .selectFrom("audit_events")
        .select(["action", "detail"])
        .where("record_id", "=", worker.userId)
        .orderBy("id")
        .execute();
      expect(audit.at(-1)).toEqual({
        action: "user.disabled",
        detail: "1 session(s) ended, by the stepwise users command",
      });
    });
  });
});
