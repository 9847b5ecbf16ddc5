#!/usr/bin/env node
/**
 * Records at scale: does a read cost the same with 100,000 clients as with 1,000? Fills a small and a
 * large organization in one database (SQLite, then PostgreSQL) and prints, per read, the p99 latency
 * at 8 concurrent users in each and their ratio (target: large ÷ small ≤ 1.5). Method in bench/README.md.
 *
 *   node bench/records-scale.mjs [--scale 0.1] [--seconds 4] [--rounds 3] [--only sqlite|postgres] [--explain]
 *
 * --explain also prints, on stderr, the SQL one request of each read sends and the plan of each SELECT.
 */
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { bundleForNode } from "./bench-server.mjs";
import { option } from "./side-by-side.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const scale = Number(option("scale", "1"));
const seconds = option("seconds", "4");
const rounds = option("rounds", "3");
const only = option("only", null);
const explain = args.includes("--explain");
if (!(scale > 0 && scale <= 1)) {
  process.stderr.write("--scale must be a number above 0 and at most 1.\n");
  process.exit(2);
}

const bundle = await bundleForNode("bench/records-scale-run.ts", "bench-records-scale");

function run(environment) {
  const child = spawnSync(process.execPath, [bundle], {
    cwd: root,
    env: {
      ...process.env,
      BENCH_SCALE: String(scale),
      BENCH_SECONDS: seconds,
      BENCH_ROUNDS: rounds,
      BENCH_EXPLAIN: explain ? "1" : "0",
      ...environment,
    },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`the bench run failed (exit ${child.status})`);
  return JSON.parse(child.stdout.trim().split("\n").pop());
}

function print(report) {
  process.stdout.write(
    `\n${report.dialect}: ${report.clients.small} vs ${report.clients.large} clients, ${report.assessments.small} vs ${report.assessments.large} assessments (filled in ${report.fillSeconds.toFixed(0)} s)\n`,
  );
  process.stdout.write("read       p99 small   p99 large   ratio (target ≤ 1.5)   p50 small   p50 large\n");
  for (const [kind, figures] of Object.entries(report.results)) {
    const verdict = `${figures.ratio}${figures.ratio <= 1.5 ? "" : "  ✗"}`;
    process.stdout.write(
      `${kind.padEnd(10)} ${String(figures.p99SmallMs).padStart(8)} ms ${String(figures.p99LargeMs).padStart(8)} ms   ${verdict.padEnd(20)} ${String(figures.p50SmallMs).padStart(8)} ms ${String(figures.p50LargeMs).padStart(8)} ms\n`,
    );
  }
}

if (only !== "postgres") {
  const folder = join(root, ".tmp/bench-records-scale");
  rmSync(folder, { recursive: true, force: true });
  print(run({ BENCH_DATA_DIR: folder }));
  rmSync(folder, { recursive: true, force: true });
}
if (only !== "sqlite") {
  const url =
    process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const schema = `bench_records_${process.pid}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`create schema ${schema}`);
  try {
    print(run({ BENCH_DATABASE_URL: url, BENCH_DATABASE_SCHEMA: schema }));
  } finally {
    await client.query(`drop schema ${schema} cascade`);
    await client.end();
  }
}
