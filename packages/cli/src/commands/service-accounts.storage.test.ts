import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { migrateToLatest } from "../../../server/src/database/connection.js";
import { type OpenedDatabase, storageTargets } from "../../../server/src/database/storage-targets.js";
import {
  expectStatus,
  IntegrationClient,
  openTestClinic,
  type TestClinic,
} from "../../../server/src/testing/test-clinic.js";
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

describe.each(storageTargets(inject("postgresUrl")))("stepwise service-accounts on $dialect", (target) => {
  describe.skipIf(!target.available)("service accounts from the command line", () => {
    let opened: OpenedDatabase;
    let clinic: TestClinic;
    const saved = { ...process.env };
    beforeAll(async () => {
      opened = await target.open();
      await migrateToLatest(opened.database);
      clinic = await openTestClinic(target, { opened });
      await clinic.addAccount({
        organization: "Lakeside Recovery",
        email: "admin@lakeside.example",
        role: "admin",
      });
    });
    afterAll(async () => {
      await clinic?.close();
    });
    afterEach(() => {
      vi.restoreAllMocks();
      process.env = { ...saved };
    });

    async function cli(...args: string[]) {
      Object.assign(process.env, environmentFor(opened));
      const output = captureOutput();
      const code = await runCli(args);
      vi.restoreAllMocks();
      return { code, ...output };
    }

    it("adds an account and prints its key once; the key works until it is rotated, and not after revoking", async () => {
      const added = await cli(
        "service-accounts",
        "add",
        "--org",
        "Lakeside Recovery",
        "--name",
        "County EHR",
        "--scope",
        "score,records.read",
        "--recipient",
        "County EHR",
      );
      expect(added.code).toBe(0);
      const key = /stepwise_sa_[A-Za-z0-9_-]{43}/.exec(added.stdout)?.[0] ?? "";
      expect(key).not.toBe("");
      // The key is accepted (this account has records.read, so a missing client answers 404, not 401).
      const integration = new IntegrationClient(clinic.app, key);
      const missing = {
        consentId: "6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c001",
        information: ["identifiers"],
        purpose: "treatment",
      };
      await expectStatus(
        integration.request("POST", "/api/clients/6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c002/disclosures", missing),
        404,
      );

      const listed = await cli("service-accounts", "list", "--org", "Lakeside Recovery");
      expect(listed.stdout).toContain("County EHR\tactive\tscore,records.read");
      expect(listed.stdout).not.toContain(key);

      const rotated = await cli(
        "service-accounts",
        "rotate",
        "--org",
        "Lakeside Recovery",
        "--name",
        "County EHR",
      );
      expect(rotated.code).toBe(0);
      const newKey = /stepwise_sa_[A-Za-z0-9_-]{43}/.exec(rotated.stdout)?.[0] ?? "";
      await expectStatus(
        integration.request("POST", "/api/clients/6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c002/disclosures", missing),
        401,
      );
      const second = new IntegrationClient(clinic.app, newKey);
      await expectStatus(
        second.request("POST", "/api/clients/6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c002/disclosures", missing),
        404,
      );

      expect(
        (await cli("service-accounts", "revoke", "--org", "Lakeside Recovery", "--name", "County EHR")).code,
      ).toBe(0);
      await expectStatus(
        second.request("POST", "/api/clients/6f0c3a52-1b8e-4c1d-9a55-0d5bb0a1c002/disclosures", missing),
        401,
      );
      const actions = await opened.database.kysely
        .selectFrom("audit_events")
        .select("action")
        .where("record_type", "=", "service-account")
        .where("action", "like", "service-account.%")
        .where("detail", "like", "%stepwise service-accounts command%")
        .execute();
      expect(actions.map((row) => row.action)).toEqual([
        "service-account.created",
        "service-account.key-issued",
        "service-account.revoked",
      ]);
    });

    it("answers bad input with one line naming the option, exit 2", async () => {
      for (const [args, message] of [
        [
          ["service-accounts", "add", "--org", "Lakeside Recovery", "--name", "X", "--scope", "everything"],
          "--scope",
        ],
        [
          ["service-accounts", "add", "--org", "Lakeside Recovery", "--name", "X", "--scope", "records.read"],
          "--recipient",
        ],
        [["service-accounts", "add", "--org", "Lakeside Recovery", "--name", "X"], "--scope is needed"],
        [["service-accounts", "launch"], "stepwise service-accounts add"],
      ] as const) {
        const result = await cli(...args);
        expect(result.code, args.join(" ")).toBe(2);
        expect(result.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
        expect(result.stderr).toContain(message);
      }
      const unknownOrganization = await cli("service-accounts", "list", "--org", "Nowhere");
      expect(unknownOrganization.code).toBe(1);
      expect(unknownOrganization.stderr).toContain("no organization");
    });
  });
});
