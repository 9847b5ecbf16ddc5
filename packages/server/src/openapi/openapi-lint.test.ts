import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { buildApp } from "../app.js";
import { migrateToLatest, openDatabase } from "../database/connection.js";

const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const redocly = join(
  createRequire(import.meta.url).resolve("@redocly/cli/package.json"),
  "..",
  "bin",
  "cli.js",
);

/**
 * The generated document passes an independent linter, Redocly CLI 2.x, with the repository's rules
 * (redocly.yaml: its strict recommended set, plus contact, servers, tag descriptions and RFC 9457
 * problem responses): no error and no warning. Telemetry and the update check are off, so the run
 * makes no request to another site.
 */
it("lints clean with Redocly CLI: servers, contact and tag descriptions present, no warning", async () => {
  const folder = mkdtempSync(join(tmpdir(), "stepwise-openapi-lint-"));
  const database = openDatabase({ kind: "sqlite", file: join(folder, "api.sqlite") });
  await migrateToLatest(database);
  const app = await buildApp({ database });
  const document = (await app.inject({ method: "GET", url: "/openapi.json" })).json();
  await app.close();
  await database.close();
  expect(document.servers.length).toBeGreaterThan(0);
  expect(document.info.contact.name).toBeTruthy();
  for (const tag of document.tags) expect(tag.description, tag.name).toBeTruthy();

  const file = join(folder, "openapi.json");
  writeFileSync(file, JSON.stringify(document));
  const run = spawnSync(
    process.execPath,
    [redocly, "lint", file, "--config", join(repositoryRoot, "redocly.yaml"), "--format", "json"],
    {
      cwd: folder,
      encoding: "utf8",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      timeout: 120_000,
    },
  );
  const report = JSON.parse(run.stdout) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
  };
  const problems = report.problems.map(
    (problem) => `${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer ?? "?"}`,
  );
  expect(problems).toEqual([]);
  expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  expect(run.status).toBe(0);
}, 120_000);
