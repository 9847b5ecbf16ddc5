import { existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { appendAuditEvent, migrateToLatest, openDatabase, sqliteTargetIn } from "@stepwise/server";
import SQLite from "better-sqlite3";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "../main.js";
import { captureOutput } from "../testing/capture-output.js";

describe("stepwise backup", () => {
  const saved = { ...process.env };
  afterEach(() => {
    vi.restoreAllMocks();
    process.env = { ...saved };
  });

  it("copies the SQLite database while another connection keeps writing, and the copy is whole", async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), "stepwise-backup-"));
    const server = openDatabase(sqliteTargetIn(dataDirectory));
    await migrateToLatest(server);
    for (let index = 0; index < 2000; index += 1) {
      await appendAuditEvent(server.kysely, new Date(), {
        action: "probe.write",
        outcome: "success",
        detail: `row ${index}`,
      });
    }
    let writing = true;
    let writtenDuringBackup = 0;
    const writer = (async () => {
      while (writing) {
        await appendAuditEvent(server.kysely, new Date(), {
          action: "probe.write",
          outcome: "success",
          detail: "during",
        });
        writtenDuringBackup += 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    })();
    process.env.STEPWISE_DATA_DIR = dataDirectory;
    delete process.env.DATABASE_URL;
    const file = join(dataDirectory, "copy.sqlite");
    const output = captureOutput();
    const code = await runCli(["backup", file]);
    writing = false;
    await writer;
    vi.restoreAllMocks();
    expect(output.stderr).toBe("");
    expect(code).toBe(0);
    expect(output.stdout).toMatch(/^Backed up \d+ pages to .*copy\.sqlite \(integrity check: ok\)/);
    expect(statSync(file).mode & 0o077).toBe(0);

    const copy = new SQLite(file, { readonly: true });
    const rows = copy.prepare("select count(*) as n from audit_events").get() as { n: number };
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    copy.close();
    expect(rows.n).toBeGreaterThanOrEqual(2000);
    expect(rows.n).toBeLessThanOrEqual(2000 + writtenDuringBackup);
    await server.close();
  }, 30_000);

  it("never overwrites a file, and points PostgreSQL users to pg_dump, in one line each", async () => {
    const dataDirectory = mkdtempSync(join(tmpdir(), "stepwise-backup-"));
    const server = openDatabase(sqliteTargetIn(dataDirectory));
    await migrateToLatest(server);
    await server.close();
    const existing = join(dataDirectory, "keep.sqlite");
    writeFileSync(existing, "precious");
    process.env.STEPWISE_DATA_DIR = dataDirectory;
    delete process.env.DATABASE_URL;
    let output = captureOutput();
    expect(await runCli(["backup", existing])).not.toBe(0);
    expect(output.stderr).toMatch(
      /^stepwise backup: .*keep\.sqlite already exists\. Choose a new file name; a backup never overwrites\.\n$/,
    );
    vi.restoreAllMocks();

    process.env.DATABASE_URL = "postgres://stepwise@db.example/stepwise";
    output = captureOutput();
    expect(await runCli(["backup", join(dataDirectory, "new.sqlite")])).toBe(1);
    expect(output.stderr).toContain("pg_dump");
    expect(output.stderr.trim().split("\n")).toHaveLength(1);
    expect(existsSync(join(dataDirectory, "new.sqlite"))).toBe(false);
  });
});
