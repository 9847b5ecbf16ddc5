import SQLite from "better-sqlite3";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { migrateToLatest } from "../../../server/src/database/connection.js";
import { type OpenedDatabase, storageTargets } from "../../../server/src/database/storage-targets.js";
import { runCli } from "../main.js";
import { captureOutput } from "../testing/capture-output.js";
import { databaseEnvironment } from "../testing/database-environment.js";

const AUDIT_KEY = "the audit key for the audit command test, 32+ characters";

function environmentFor(opened: OpenedDatabase): NodeJS.ProcessEnv {
  return databaseEnvironment(opened, { STEPWISE_AUDIT_KEY: AUDIT_KEY });
}

describe.each(storageTargets(inject("postgresUrl")))("stepwise audit verify on $dialect", (target) => {
  describe.skipIf(!target.available)("audit chain check", () => {
    let opened: OpenedDatabase;
    const saved = { ...process.env };
    beforeAll(async () => {
      opened = await target.open();
      await migrateToLatest(opened.database);
    });
    afterAll(async () => {
      await opened?.dispose();
    });
    afterEach(() => {
      vi.restoreAllMocks();
      process.env = { ...saved };
    });

    it("says the log verifies, then finds the row an intruder rewrote without the key", async () => {
      Object.assign(process.env, environmentFor(opened));
      for (const email of ["a@chain.example", "b@chain.example", "c@chain.example"]) {
        captureOutput();
        expect(
          await runCli(["users", "add", "--org", "Chain Clinic", "--email", email, "--role", "clinician"]),
        ).toBe(0);
        vi.restoreAllMocks();
      }
      let output = captureOutput();
      expect(await runCli(["audit", "verify"])).toBe(0);
      expect(output.stdout).toContain("The audit log verifies: 3 row(s) in 1 chain(s)");
      vi.restoreAllMocks();

      const second = await opened.database.kysely
        .selectFrom("audit_events")
        .select("id")
        .orderBy("id")
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow();
      const rewrite = `update audit_events set detail = 'admin, by the stepwise users command' where id = ${second.id}`;
      if (opened.sqliteFile !== undefined) {
        const raw = new SQLite(opened.sqliteFile);
        raw.exec("drop trigger audit_events_reject_update");
        raw.exec(rewrite);
        raw.close();
      } else {
        await sql
          .raw(`alter table audit_events disable trigger user; ${rewrite}`)
          .execute(opened.database.kysely);
      }
      output = captureOutput();
      expect(await runCli(["audit", "verify"])).toBe(1);
      expect(output.stdout.trim().split("\n")).toHaveLength(1);
      expect(output.stdout).toContain(`audit row ${second.id} (position 2 in its chain)`);
    });

    it("exits 2 with one line for an unknown action", async () => {
      Object.assign(process.env, environmentFor(opened));
      const output = captureOutput();
      expect(await runCli(["audit", "rewrite"])).toBe(2);
      expect(output.stderr.trim().split("\n")).toHaveLength(1);
    });
  });
});
