// What the server benches share (bench/README.md): a TypeScript entry bundled for Node as the app runs it,
// a bench server started from the repository root that prints one JSON line when it listens, its CPU time
// read between rounds, and a run on each database (SQLite in a fresh folder, PostgreSQL in a fresh schema).
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import pg from "pg";

const root = fileURLToPath(new URL("..", import.meta.url));

/**
 * Bundles `entry` (relative to the repository root) to `.tmp/<name>.mjs` for Node 20, packages left
 * external, with a `require` for the CommonJS ones; `options` adds to esbuild's (e.g. `stdin`, `alias`).
 */
export async function bundleForNode(entry, name, options = {}) {
  mkdirSync(join(root, ".tmp"), { recursive: true });
  const outfile = join(root, `.tmp/${name}.mjs`);
  await build({
    ...(entry === undefined ? {} : { entryPoints: [join(root, entry)] }),
    outfile,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    packages: "external",
    tsconfig: join(root, "tsconfig.json"),
    logLevel: "warning",
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    ...options,
  });
  return outfile;
}

/**
 * Starts a bench server bundle from the repository root (so fixtures and packages resolve as for the CLI)
 * and resolves with its child process and the JSON line it prints once it listens.
 */
export function startServer(bundle, environment, { nodeFlags = [], stderr = "ignore" } = {}) {
  const child = spawn(process.execPath, [...nodeFlags, bundle], {
    cwd: root,
    env: { ...process.env, ...environment },
    stdio: ["ignore", "pipe", stderr, "ipc"],
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk.toString();
      const line = output.split("\n").find((text) => text.startsWith("{"));
      if (line !== undefined) resolve({ child, ...JSON.parse(line) });
    });
    child.on("exit", (code) => reject(new Error(`The bench server exited with code ${code}`)));
  });
}

/** The server's CPU time so far (user + system, all its threads), in microseconds. */
export function serverCpu(child) {
  return new Promise((resolve) => {
    child.once("message", (message) => resolve(message.cpuUsage.user + message.cpuUsage.system));
    child.send("cpu-usage");
  });
}

/**
 * Runs `measure(dialect, environment)` on SQLite (`BENCH_DATA_DIR`, a fresh folder) and on PostgreSQL
 * (`BENCH_DATABASE_URL` and a fresh `BENCH_DATABASE_SCHEMA` of TEST_DATABASE_URL or DATABASE_URL, dropped
 * after; skipped, saying so, when it does not answer), or on the one `only` names. Returns the outcomes.
 */
export async function onEachDatabase(only, measure) {
  const outcomes = [];
  if (only === undefined || only === "sqlite") {
    const folder = mkdtempSync(join(tmpdir(), "stepwise-bench-"));
    try {
      outcomes.push(await measure("sqlite", { BENCH_DATA_DIR: folder }));
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  if (only === undefined || only === "postgres") {
    const url =
      process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || "postgres://postgres@127.0.0.1:5432/test";
    const schema = `bench_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: url });
    try {
      await admin.connect();
    } catch {
      console.log(`\npostgres: SKIPPED — PostgreSQL does not answer at ${url.replace(/:[^:@/]*@/, ":***@")}`);
      return outcomes;
    }
    await admin.query(`create schema ${schema}`);
    try {
      outcomes.push(await measure("postgres", { BENCH_DATABASE_URL: url, BENCH_DATABASE_SCHEMA: schema }));
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`);
      await admin.end();
    }
  }
  return outcomes;
}
