/**
 * The server `node bench/programs.mjs` measures. It imports 25,000 locator rows synthesised from the
 * fixture through the same code as `stepwise programs import` (an NDJSON file, the CLI command, timed),
 * then serves the real app (buildApp, the same access hook and request logging as `stepwise serve`) plus
 * one public do-nothing route, and prints one JSON line for the load generator. Bundled by bench/programs.mjs.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { programs } from "../packages/cli/src/commands/programs.js";
import { publicRoute } from "../packages/server/src/access/policy.js";
import { buildApp, requestLogSerializers } from "../packages/server/src/app.js";
import { migrateToLatest, openDatabase, sqliteTargetIn } from "../packages/server/src/database/connection.js";
import {
  fixtureListing,
  synthesisedRows,
} from "../packages/server/src/programs/testing/synthetic-listing.js";
import { addApiRoute } from "../packages/server/src/routes/api-route.js";

const rows = Number(process.env.BENCH_ROWS ?? "25000");
const postgresUrl = process.env.BENCH_DATABASE_URL;
const dataDirectory = process.env.BENCH_DATA_DIR ?? ".tmp/bench-programs";
const environment: NodeJS.ProcessEnv =
  postgresUrl === undefined
    ? { STEPWISE_DATA_DIR: dataDirectory }
    : (() => {
        const url = new URL(postgresUrl);
        url.searchParams.set("options", `-c search_path=${process.env.BENCH_DATABASE_SCHEMA ?? "public"}`);
        return { DATABASE_URL: url.toString() };
      })();

// Migrated here, in the bench's own schema, before the CLI connects through DATABASE_URL.
const database = openDatabase(
  postgresUrl === undefined
    ? sqliteTargetIn(dataDirectory)
    : { kind: "postgres", url: postgresUrl, schema: process.env.BENCH_DATABASE_SCHEMA ?? "public" },
);
await migrateToLatest(database);

// The listing file: the fixture's 30 real rows and the synthesised rest, one row per line.
const folder = mkdtempSync(join(tmpdir(), "stepwise-bench-programs-"));
const file = join(folder, "listing.ndjson");
// Bundled into .tmp/, so the fixture is found from the repository root (the working directory).
const fixture = fixtureListing(
  join(process.cwd(), "fixtures/findtreatment/locator-listing-charlottesville-va.json"),
);
const listing = [...fixture.rows, ...synthesisedRows(rows - fixture.rows.length, fixture)];
writeFileSync(file, `${listing.map((row) => JSON.stringify(row)).join("\n")}\n`);

// `stepwise programs import` itself; its count line and summary go to stderr so stdout stays one JSON line.
const write = process.stdout.write.bind(process.stdout);
process.stdout.write = ((chunk: string | Uint8Array) =>
  process.stderr.write(chunk)) as typeof process.stdout.write;
const started = process.hrtime.bigint();
const code = await programs(
  ["import", file],
  { ...process.env, ...environment, PORT: "8080" },
  process.cwd(),
);
const importSeconds = Number(process.hrtime.bigint() - started) / 1e9;
const againStarted = process.hrtime.bigint();
await programs(["import", file], { ...process.env, ...environment, PORT: "8080" }, process.cwd());
const reimportSeconds = Number(process.hrtime.bigint() - againStarted) / 1e9;
process.stdout.write = write;
rmSync(folder, { recursive: true, force: true });
if (code !== 0) throw new Error(`stepwise programs import exited ${code}`);

let loggedBytes = 0;
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    loggedBytes += chunk.length;
    done();
  },
});
const app = await buildApp({
  database,
  logger: { level: "info", serializers: requestLogSerializers, redact: ["req.headers"], stream: sink },
  // One load generator on one address: lift the per-address limit so the bench measures the search.
  programSearchesPerMinute: 10_000_000,
});
addApiRoute(app, {
  method: "GET",
  url: "/api/bench/nothing",
  operationId: "benchNothing",
  tag: "Bench",
  summary: "Does no work",
  description: "The bench's baseline: a public route through the same access hook and logging, then nothing.",
  policy: publicRoute("bench baseline; answers nothing"),
  responses: { 200: { description: "Nothing done." } },
  handle: async () => ({ ok: true }),
});
const address = await app.listen({ port: 0, host: "127.0.0.1" });
process.stdout.write(
  `${JSON.stringify({ address, dialect: database.dialect, rows: listing.length, importSeconds, reimportSeconds })}\n`,
);

process.on("message", (message) => {
  if (message === "cpu-usage") process.send?.({ cpuUsage: process.cpuUsage(), loggedBytes });
});
process.on("SIGTERM", async () => {
  await app.close();
  await database.close();
  process.exit(0);
});
