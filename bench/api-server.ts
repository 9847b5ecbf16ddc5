/**
 * The server `npm run bench:api` measures: the real app (buildApp, the same access hooks, audit and
 * request logging as `stepwise serve`) plus one baseline route that passes the same authentication,
 * CSRF check and logging and then does no work. It signs in one clinician directly (a session row, as
 * the second-factor step would leave it), creates one client, and prints what the load generator needs
 * as one JSON line on stdout. Bundled and started by bench/api.mjs.
 */
import { Writable } from "node:stream";
import { signedIn } from "../packages/server/src/access/policy.js";
import { startSession } from "../packages/server/src/access/sessions.js";
import { addAccountFromCommandLine } from "../packages/server/src/accounts/command-line-accounts.js";
import { buildApp, requestLogSerializers } from "../packages/server/src/app.js";
import { migrateToLatest, openDatabase, sqliteTargetIn } from "../packages/server/src/database/connection.js";
import { addApiRoute } from "../packages/server/src/routes/api-route.js";

const postgresUrl = process.env.BENCH_DATABASE_URL;
const database = openDatabase(
  postgresUrl === undefined
    ? sqliteTargetIn(process.env.BENCH_DATA_DIR ?? ".tmp/bench-api")
    : { kind: "postgres", url: postgresUrl, schema: process.env.BENCH_DATABASE_SCHEMA ?? "public" },
);
await migrateToLatest(database);

// The same logger settings as `stepwise serve`, writing to a sink so the terminal is not the bottleneck.
let loggedBytes = 0;
const sink = new Writable({
  write(chunk: Buffer, _encoding, done) {
    loggedBytes += chunk.length;
    done();
  },
});
const app = await buildApp({
  database,
  logger: {
    level: "info",
    serializers: requestLogSerializers,
    redact: ["req.headers", "password"],
    stream: sink,
  },
});
addApiRoute(app, {
  method: "POST",
  url: "/api/bench/baseline",
  operationId: "benchBaseline",
  tag: "Bench",
  summary: "Does no work",
  description: "The bench's baseline: the same access hook, body parsing and logging, then nothing.",
  policy: signedIn("admin", "clinician"),
  responses: { 200: { description: "Nothing done." } },
  handle: async () => ({ ok: true }),
});

const now = new Date();
const account = await addAccountFromCommandLine(database.kysely, {
  organization: "Bench Clinic",
  email: `clinician-${now.getTime()}@bench.test`,
  role: "clinician",
  displayName: "Bench Clinician",
  now,
});
const session = await startSession(database.kysely, { userId: account.userId, stage: "full", ip: null, now });
const address = await app.listen({ port: 0, host: "127.0.0.1" });
const headers = {
  cookie: `__Host-stepwise-session=${session.token}`,
  "x-csrf-token": session.csrfToken,
  "content-type": "application/json",
};
const client = await fetch(`${address}/api/clients`, {
  method: "POST",
  headers,
  body: JSON.stringify({ name: "Bench Client" }),
});
if (client.status !== 201)
  throw new Error(`Could not create the bench client: ${client.status} ${await client.text()}`);
const clientId = ((await client.json()) as { id: string }).id;
process.stdout.write(`${JSON.stringify({ address, headers, clientId, dialect: database.dialect })}\n`);

// The runner asks for this process's CPU time between rounds (IPC), to report CPU per request: a figure
// that other jobs on the machine cannot inflate the way they inflate wall-clock throughput.
process.on("message", (message) => {
  if (message === "cpu-usage") process.send?.({ cpuUsage: process.cpuUsage() });
});

process.on("SIGTERM", () => {
  void app
    .close()
    .then(() => database.close())
    .then(() => {
      process.stderr.write(`bench server: ${loggedBytes} bytes of request logs written\n`);
      process.exit(0);
    });
});
