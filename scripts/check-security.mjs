#!/usr/bin/env node
/**
 * `npm run check:security`: the heavier security probes, against the real built server on a fresh
 * SQLite data folder (run `npm run build` first). The cheap ones run in the test suite
 * (accounts/guess-limits, audit/audit-chain, access/hostile-input storage tests); the isolation matrix
 * and the SIGKILL durability test are storage tests too, run here again by name. Prints one line per
 * probe with its figures and exits 1 if any probe fails. Figures are recorded in docs/security.md §11.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = fileURLToPath(new URL("..", import.meta.url));
const cli = join(root, "packages/cli/bin/stepwise.mjs");
const folder = mkdtempSync(join(tmpdir(), "stepwise-security-"));
const environment = {
  ...process.env,
  STEPWISE_DATA_DIR: join(folder, "data"),
  STEPWISE_AUDIT_KEY: "the audit key of the security check, 32+ characters",
  LOG_LEVEL: "info",
  PORT: "0",
  // Every probe comes from this one machine; the per-address limit is checked by the test suite.
  STEPWISE_SIGN_IN_ATTEMPTS_PER_MINUTE: "100000",
  STEPWISE_WEB_ROOT: join(root, "packages/web/dist"),
};
const results = [];
const record = (name, passed, figures) => {
  results.push(passed);
  process.stdout.write(`${passed ? "PASS" : "FAIL"}  ${name}: ${figures}\n`);
};

function stepwise(args) {
  return execFileSync(process.execPath, [cli, ...args], { env: environment, encoding: "utf8" });
}

const link = /#link=([\w-]+)/.exec(
  stepwise([
    "users",
    "add",
    "--org",
    "Probe Clinic",
    "--email",
    "victim@probe.example",
    "--role",
    "clinician",
  ]),
)?.[1];

const server = spawn(process.execPath, [cli, "serve"], {
  env: environment,
  stdio: ["ignore", "pipe", "pipe"],
});
let logLines = 0;
const url = await new Promise((resolve, reject) => {
  let text = "";
  server.stdout.on("data", (chunk) => {
    text += chunk;
    logLines += String(chunk)
      .split("\n")
      .filter((line) => line.startsWith("{")).length;
    const match = /running at (http:\/\/localhost:\d+)/.exec(text);
    if (match) resolve(match[1]);
  });
  server.on("exit", () => reject(new Error(`the server stopped:\n${text}`)));
});
const origin = url;
const post = (path, body, address) =>
  fetch(`${url}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, ...(address ? { "x-probe": address } : {}) },
    body: JSON.stringify(body),
  });

const password = "lantern meadow copper violin";
await post("/api/password-links/use", { token: link, password });

// 1. A burst of 60 simultaneous sign-ins, the right password at position 30.
const burst = await Promise.all(
  Array.from({ length: 60 }, (_, index) =>
    post("/api/session", {
      email: "victim@probe.example",
      password: index === 30 ? password : `wrong ${index}`,
    }),
  ),
);
const statuses = burst.map((response) => response.status);
const database = new Database(join(folder, "data", "stepwise.sqlite"), { readonly: true });
const checked = database
  .prepare(
    "select count(*) as n from audit_events where action = 'sign-in.password' and detail = 'wrong password'",
  )
  .get().n;
record(
  "burst of 60 sign-ins",
  !statuses.includes(200) && checked <= 5,
  `${checked} wrong passwords checked (limit 5), ${statuses.filter((status) => status === 200).length} signed in, statuses ${[...new Set(statuses)].sort().join("/")}`,
);

// 2. Methods outside the API, and control characters in account fields.
const methods = ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
let serverErrors = 0;
let wrongStatus = 0;
const logBefore = logLines;
for (let index = 0; index < 1000; index += 1) {
  const response = await fetch(`${url}/probe/${index}`, {
    method: methods[index % methods.length],
    headers: { origin },
  });
  if (response.status >= 500) serverErrors += 1;
  if (![404, 405, 204].includes(response.status)) wrongStatus += 1;
  await response.arrayBuffer();
}
await new Promise((resolve) => setTimeout(resolve, 200));
record(
  "1000 non-GET requests outside the API",
  serverErrors === 0 && wrongStatus === 0 && logLines - logBefore <= 4,
  `${serverErrors} answers 5xx, ${wrongStatus} unexpected, ${logLines - logBefore} log lines`,
);
const controls = Array.from({ length: 32 }, (_, code) => String.fromCharCode(code)).concat(
  "\u007f",
  "\u0085",
);
let fuzzed = 0;
let refused = 0;
for (const character of controls) {
  for (const body of [
    { email: `a${character}b@probe.example`, password },
    { email: "victim@probe.example", password: `pass${character}word long enough` },
  ]) {
    const response = await post("/api/session", body);
    fuzzed += 1;
    if (response.status === 400 && (await response.json()).errors?.length > 0) refused += 1;
  }
}
record(
  "control characters in sign-in fields",
  refused === fuzzed,
  `${refused} of ${fuzzed} answered 400 naming the field`,
);

server.kill("SIGTERM");
await new Promise((resolve) => server.once("exit", resolve));

// 3. The audit log: REPLACE refused, chain verifies, a rewrite is found.
const writable = new Database(join(folder, "data", "stepwise.sqlite"));
let replaceRefused = false;
try {
  writable.exec(
    "insert or replace into audit_events (id, occurred_at, action, outcome) values (1, 'x', 'nothing', 'success')",
  );
} catch {
  replaceRefused = true;
}
const intact = stepwise(["audit", "verify"]);
writable.exec("drop trigger audit_events_reject_update");
writable.exec("update audit_events set detail = 'rewritten' where id = 2");
writable.close();
let found = "";
try {
  stepwise(["audit", "verify"]);
} catch (error) {
  found = String(error.stdout);
}
record(
  "audit log",
  replaceRefused && intact.includes("verifies") && found.includes("audit row 2"),
  `REPLACE ${replaceRefused ? "refused" : "ACCEPTED"}; ${intact.split("\n")[0]}; after a rewrite: ${found.trim()}`,
);
database.close();
rmSync(folder, { recursive: true, force: true });

// 4. The isolation matrix, the bad-input fuzz and the SIGKILL durability test (storage tests, both databases).
try {
  execFileSync(
    "npx",
    [
      "vitest",
      "run",
      "--project",
      "storage",
      "packages/server/src/records/organization-isolation-matrix.storage.test.ts",
      "packages/server/src/records/bad-input.storage.test.ts",
      "packages/server/src/records/acknowledged-writes.storage.test.ts",
    ],
    { cwd: root, stdio: "inherit" },
  );
  record("isolation matrix, bad-input fuzz, SIGKILL durability", true, "see the Vitest summary above");
} catch {
  record("isolation matrix, bad-input fuzz, SIGKILL durability", false, "see the Vitest output above");
}

process.exitCode = results.every(Boolean) ? 0 : 1;
