import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { migrateToLatest } from "../../../server/src/database/connection.js";
import { type OpenedDatabase, storageTargets } from "../../../server/src/database/storage-targets.js";
import { runCli } from "../main.js";
import { captureOutput } from "../testing/capture-output.js";
import { databaseEnvironment } from "../testing/database-environment.js";

const fixture = fileURLToPath(
  new URL("../../../../fixtures/findtreatment/locator-listing-charlottesville-va.json", import.meta.url),
);

function environmentFor(opened: OpenedDatabase): NodeJS.ProcessEnv {
  return databaseEnvironment(opened, { PORT: "8080" });
}

describe.each(storageTargets(inject("postgresUrl")))("stepwise programs import on $dialect", (target) => {
  describe.skipIf(!target.available)("locator listings from files", () => {
    let opened: OpenedDatabase;
    const saved = { ...process.env };
    const folder = mkdtempSync(join(tmpdir(), "stepwise-programs-"));
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

    it("imports every row of a locator page and says what it did, with a count line off a terminal", async () => {
      Object.assign(process.env, environmentFor(opened));
      const output = captureOutput();
      expect(await runCli(["programs", "import", fixture])).toBe(0);
      expect(output.stdout).toContain("30 row(s), 30 of 30 read");
      expect(output.stdout).toMatch(/added +30\n +updated +0\n +unchanged +0\n +refused +0/);
      expect(output.stdout).toContain("Every service value was mapped.");
      expect(output.stdout).toContain("14 of the rows stored offer substance use treatment");
    });

    it("reads NDJSON, finds known rows unchanged, refuses a bad line and lists unmapped values", async () => {
      Object.assign(process.env, environmentFor(opened));
      const { rows } = JSON.parse((await import("node:fs")).readFileSync(fixture, "utf8")) as {
        rows: Record<string, unknown>[];
      };
      const extra = { ...rows[0], frid: "new-one", services: [{ f2: "SET", f3: "Floating clinic" }] };
      const file = join(folder, "listing.ndjson");
      writeFileSync(
        file,
        [...rows.map((row) => JSON.stringify(row)), "{not json", JSON.stringify(extra)].join("\n"),
      );
      const output = captureOutput();
      expect(await runCli(["programs", "import", file])).toBe(0);
      expect(output.stdout).toMatch(/added +1\n +updated +0\n +unchanged +30\n +refused +1/);
      expect(output.stdout).toContain("row 31: ");
      expect(output.stdout).toContain("line 31: not JSON");
      expect(output.stdout).toContain('SET "Floating clinic": 1 row(s)');
    });

    it("exits 2 with one line when a file is missing, before importing anything", async () => {
      Object.assign(process.env, environmentFor(opened));
      const output = captureOutput();
      expect(await runCli(["programs", "import", fixture, join(folder, "nope.json")])).toBe(2);
      expect(output.stderr).toMatch(
        /^stepwise programs: cannot read .*nope\.json: ENOENT\. use `stepwise programs import/,
      );
      expect(output.stderr.trim().split("\n")).toHaveLength(1);
      expect(output.stdout).toBe("");
    });

    it("reads a whole locator page on one NDJSON line and counts every row of it", async () => {
      Object.assign(process.env, environmentFor(opened));
      const page = (await import("node:fs")).readFileSync(fixture, "utf8");
      const file = join(folder, "pages.ndjson");
      writeFileSync(file, `${JSON.stringify(JSON.parse(page))}\r\n\r\n${JSON.stringify({ rows: [] })}\r\n`);
      const output = captureOutput();
      expect(await runCli(["programs", "import", file])).toBe(0);
      expect(output.stdout).toContain("30 row(s), 30 of 30 read");
      expect(output.stdout).toContain("Read 30 row(s) from 1 file(s).");
      expect(output.stdout).toMatch(/refused +0/);
    });

    it("exits 2 before importing anything when a later file is neither JSON nor NDJSON", async () => {
      Object.assign(process.env, environmentFor(opened));
      const file = join(folder, "not-a-listing.txt");
      writeFileSync(file, "frid,name\nA,B\n");
      const output = captureOutput();
      expect(await runCli(["programs", "import", fixture, file])).toBe(2);
      expect(output.stderr).toMatch(/not-a-listing\.txt is neither JSON nor NDJSON/);
      expect(output.stdout).toBe("");
    });

    it("exits 2 without a sub-command or a file", async () => {
      const output = captureOutput();
      expect(await runCli(["programs"])).toBe(2);
      expect(await runCli(["programs", "import"])).toBe(2);
      expect(output.stderr).toContain("name at least one listing file");
    });
  });
});
