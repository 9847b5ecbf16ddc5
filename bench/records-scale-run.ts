/**
 * The work of `node bench/records-scale.mjs` on one database (bundled and started by it): fills two
 * organizations, a small one (1,000 clients) and a large one (100,000 clients and 1,000,000
 * assessments at --scale 1), then measures the same three reads in both, side by side, through the
 * real app (buildApp, with its access hook and audit lines; requests injected in process): client
 * search, a client's timeline (assessments) and an audit query for one client, each by 8 users at once.
 * Prints one JSON line.
 */
import { randomUUID } from "node:crypto";
import type { KyselyPlugin } from "kysely";
import { assess } from "../packages/engine/src/index.js";
import { startSession } from "../packages/server/src/access/sessions.js";
import { addAccountFromCommandLine } from "../packages/server/src/accounts/command-line-accounts.js";
import { buildApp } from "../packages/server/src/app.js";
import { appendSealedRows } from "../packages/server/src/audit/audit-chain.js";
import { auditEventRow } from "../packages/server/src/audit/audit-log.js";
import { migrateToLatest, openDatabase, sqliteTargetIn } from "../packages/server/src/database/connection.js";
import { nameWords } from "../packages/server/src/records/client-search.js";
import { alcoholAssessment } from "../packages/server/src/records/testing/records-fixtures.js";

const scale = Number(process.env.BENCH_SCALE ?? "1");
const seconds = Number(process.env.BENCH_SECONDS ?? "4");
const rounds = Number(process.env.BENCH_ROUNDS ?? "3");
const USERS = 8;
const postgresUrl = process.env.BENCH_DATABASE_URL;
const database = openDatabase(
  postgresUrl === undefined
    ? sqliteTargetIn(process.env.BENCH_DATA_DIR ?? ".tmp/bench-records-scale")
    : { kind: "postgres", url: postgresUrl, schema: process.env.BENCH_DATABASE_SCHEMA ?? "public" },
);
await migrateToLatest(database);
const db = database.kysely;

/** A deterministic generator (mulberry32), so every run picks the same clients in the same order. */
let seed = 42;
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let mixed = Math.imul(seed ^ (seed >>> 15), seed | 1);
  mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
  return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
}
/** First names of three letters at most, so a search for four letters of a surname never matches one. */
const FIRST = [
  "Ana",
  "Ben",
  "Eli",
  "Gus",
  "Jo",
  "Kai",
  "Mo",
  "Nia",
  "Ava",
  "Max",
  "Zoe",
  "Ian",
  "Lia",
  "Ray",
];
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
const PREFIXES = 26 ** 4;
/**
 * The n-th client's surname: four letters that no other client of its organization starts with, then
 * three at random. A search sends a surname's first four letters, so it matches exactly one client in
 * the small organization and in the large one alike: the same work per request, and only the size of
 * the indexes differs. (Seven random letters from the earlier linear congruential generator gave only
 * about 10,000 distinct prefixes, so a search in the large organization matched ten clients, not one.)
 * 7,919 is prime and 26⁴ = 2⁴·13⁴, so n ↦ n·7,919 mod 26⁴ gives each client of an organization its own
 * prefix, spread over the alphabet rather than in creation order.
 */
function surname(n: number): string {
  let code = (n * 7919) % PREFIXES;
  let text = "";
  for (let index = 0; index < 4; index++) {
    text = LETTERS[code % 26] + text;
    code = Math.floor(code / 26);
  }
  for (let index = 0; index < 3; index++) text += LETTERS[Math.floor(random() * 26)];
  return text[0]?.toUpperCase() + text.slice(1);
}

const answers = JSON.stringify(alcoholAssessment);
const placement = assess(alcoholAssessment);
const result = JSON.stringify(placement);

async function insertInBatches<T>(table: string, rows: T[]): Promise<void> {
  const size = 400;
  for (let start = 0; start < rows.length; start += size) {
    await db
      .insertInto(table as never)
      .values(rows.slice(start, start + size) as never)
      .execute();
  }
}

interface Organization {
  readonly name: string;
  readonly headers: Record<string, string>;
  readonly clientIds: string[];
  readonly surnames: string[];
}

async function fill(name: string, clients: number, assessmentsPerClient: number): Promise<Organization> {
  const now = new Date();
  const account = await addAccountFromCommandLine(db, {
    organization: name,
    email: `admin-${randomUUID()}@bench.test`,
    role: "admin",
    displayName: `${name} Admin`,
    now,
  });
  const organizationId = (
    await db
      .selectFrom("users")
      .select("organization_id")
      .where("id", "=", account.userId)
      .executeTakeFirstOrThrow()
  ).organization_id;
  const session = await startSession(db, { userId: account.userId, stage: "full", ip: null, now });
  const clientIds: string[] = [];
  const surnames: string[] = [];
  const base = Date.parse("2024-01-01T00:00:00Z");
  for (let start = 0; start < clients; start += 2000) {
    const clientRows = [];
    const wordRows = [];
    const assessmentRows = [];
    const decisionRows = [];
    const auditRows = [];
    for (let index = start; index < Math.min(clients, start + 2000); index++) {
      const id = randomUUID();
      const last = surname(index);
      const fullName = `${FIRST[index % FIRST.length]} ${last}`;
      const createdAt = new Date(base + index * 60_000).toISOString();
      clientIds.push(id);
      surnames.push(last);
      clientRows.push({
        id,
        organization_id: organizationId,
        name: fullName,
        birth_date: null,
        record_number: `R-${index}`,
        zip_code: null,
        assigned_clinician_id: null,
        status: "active",
        status_reason: null,
        merged_into_id: null,
        merged_at: null,
        version: 1,
        created_at: createdAt,
        created_by: account.userId,
        updated_at: createdAt,
      });
      for (const word of nameWords(fullName))
        wordRows.push({ client_id: id, organization_id: organizationId, word });
      for (let number = 0; number < assessmentsPerClient; number++) {
        const assessmentId = randomUUID();
        assessmentRows.push({
          id: assessmentId,
          organization_id: organizationId,
          client_id: id,
          supersedes_id: null,
          correction_note: null,
          as_of: "2026-03-02",
          model_version: "1",
          ruleset_version: "bench",
          answers,
          result,
          transition: null,
          previous_assessment_id: null,
          recommended_level: placement.level,
          provisional: 1,
          created_at: new Date(base + index * 60_000 + number * 1000).toISOString(),
          created_by: account.userId,
        });
        auditRows.push(
          auditEventRow(new Date(base + index * 60_000 + number * 1000), {
            action: "assessment.create",
            outcome: "success",
            actorUserId: account.userId,
            organizationId,
            recordType: "assessment",
            recordId: assessmentId,
          }),
        );
      }
      // The level-of-care decision on the latest assessment, as a clinician records after it: the
      // caseload summary of a search looks decisions up by assessment.
      const decisionId = randomUUID();
      const decidedAt = new Date(base + index * 60_000 + assessmentsPerClient * 1000);
      decisionRows.push({
        id: decisionId,
        organization_id: organizationId,
        client_id: id,
        assessment_id: assessmentRows[assessmentRows.length - 1]?.id ?? "",
        recommended_level: placement.level,
        available_levels: null,
        chosen_level: placement.level,
        reason: null,
        reason_text: null,
        safety_acknowledgements: null,
        created_at: decidedAt.toISOString(),
        created_by: account.userId,
      });
      auditRows.push(
        auditEventRow(decidedAt, {
          action: "decision.create",
          outcome: "success",
          actorUserId: account.userId,
          organizationId,
          recordType: "decision",
          recordId: decisionId,
        }),
      );
      auditRows.push(
        auditEventRow(new Date(base + index * 60_000), {
          action: "client.create",
          outcome: "success",
          actorUserId: account.userId,
          organizationId,
          recordType: "client",
          recordId: id,
        }),
      );
    }
    await insertInBatches("clients", clientRows);
    await insertInBatches("client_name_words", wordRows);
    await insertInBatches("assessments", assessmentRows);
    await insertInBatches("level_of_care_decisions", decisionRows);
    // Each audit line sealed into the organization's chain by the app's own writer (audit/audit-chain.ts),
    // so the app's appends then read and extend a chain as long as a real one.
    await appendSealedRows(db, auditRows);
  }
  return {
    name,
    headers: { cookie: `__Host-stepwise-session=${session.token}`, host: "bench.test" },
    clientIds,
    surnames,
  };
}

const started = Date.now();
const small = await fill("Small Clinic", 1000, 10);
const large = await fill("Large Clinic", Math.round(100_000 * scale), 10);
const fillSeconds = (Date.now() - started) / 1000;
// Statistics as each database has them in use: PostgreSQL's autovacuum analyzes a table soon after a
// bulk load (run here at once rather than waited for); SQLite has none unless someone runs ANALYZE, and
// the app never does, so its planner works from defaults. (Running ANALYZE on SQLite too hid plans that
// read a whole organization's clients or audit log: see bench/README.md.)
if (database.dialect === "postgres") {
  const { sql } = await import("kysely");
  await sql`analyze`.execute(db);
}

const app = await buildApp({ database, logger: false });
await app.ready();

/**
 * `--explain`: the SQL one request of each read sends (captured by a Kysely plugin on a second app over
 * the same database) and each SELECT's plan in the large organization, on stderr. This is how the
 * indexes are checked: a plan that scans a table, or sorts every row of an organization, grows with it.
 */
if (process.env.BENCH_EXPLAIN === "1") {
  const { CompiledQuery } = await import("kysely");
  const captured: { sql: string; parameters: readonly unknown[] }[] = [];
  // Kysely also hands the plugin every subquery it compiles; only statements that return a result ran.
  const compiled = new Map<unknown, { sql: string; parameters: readonly unknown[] }>();
  const capture: KyselyPlugin = {
    transformQuery(args) {
      const query = db.getExecutor().compileQuery(args.node, args.queryId);
      compiled.set(args.queryId, { sql: query.sql, parameters: query.parameters });
      return args.node;
    },
    transformResult: async (args) => {
      const query = compiled.get(args.queryId);
      if (query !== undefined) captured.push(query);
      compiled.delete(args.queryId);
      return args.result;
    },
  };
  const observed = await buildApp({
    database: { ...database, kysely: db.withPlugin(capture) },
    logger: false,
  });
  await observed.ready();
  for (const kind of ["search", "timeline", "audit"] as const) {
    captured.length = 0;
    const response = await observed.inject({
      method: "GET",
      url: urlFor(kind, large),
      headers: large.headers,
    });
    process.stderr.write(`\n== ${kind} (${response.statusCode}): ${captured.length} statements\n`);
    const seen = new Set<string>();
    for (const query of captured) {
      const repeat = seen.has(query.sql);
      seen.add(query.sql);
      process.stderr.write(`${repeat ? "  (again) " : "- "}${query.sql.slice(0, repeat ? 80 : 600)}\n`);
      if (repeat || !/^\s*(select|with)/i.test(query.sql)) continue;
      const explain =
        database.dialect === "sqlite" ? "explain query plan " : "explain (analyze, buffers, costs off) ";
      const plan = await db.executeQuery(CompiledQuery.raw(explain + query.sql, [...query.parameters]));
      for (const row of plan.rows as Record<string, unknown>[]) {
        process.stderr.write(`    ${String(row.detail ?? row["QUERY PLAN"] ?? JSON.stringify(row))}\n`);
      }
    }
  }
  await observed.close();
}

type Kind = "search" | "timeline" | "audit";
function urlFor(kind: Kind, organization: Organization): string {
  const pick = Math.floor(random() * organization.clientIds.length);
  if (kind === "search")
    return `/api/clients?q=${encodeURIComponent((organization.surnames[pick] ?? "a").slice(0, 4))}&limit=20`;
  if (kind === "timeline") return `/api/clients/${organization.clientIds[pick]}/assessments?limit=20`;
  return `/api/audit-events?clientId=${organization.clientIds[pick]}&limit=50`;
}

/** 8 users, each sending the next request as soon as the last is answered, for `seconds`. */
async function round(kind: Kind, organization: Organization): Promise<number[]> {
  const latencies: number[] = [];
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: USERS }, async () => {
      while (performance.now() < until) {
        const begin = performance.now();
        const response = await app.inject({
          method: "GET",
          url: urlFor(kind, organization),
          headers: organization.headers,
        });
        if (response.statusCode !== 200)
          throw new Error(`${kind}: ${response.statusCode} ${response.body.slice(0, 200)}`);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  return latencies;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

const results: Record<string, unknown> = {};
// The audit query first: every search and timeline request writes read lines for the records it
// returns, and in the small organization each client is picked a hundred times more often, so measured
// after them the small organization's audit query would have far more lines to read than the large's.
for (const kind of ["audit", "search", "timeline"] as const) {
  await round(kind, small);
  await round(kind, large);
  const p99 = { small: [] as number[], large: [] as number[] };
  const p50 = { small: [] as number[], large: [] as number[] };
  const count = { small: 0, large: 0 };
  for (let index = 0; index < rounds; index++) {
    // Alternating, and in mirrored order (small, large, large, small, …), so a slow spell of the machine
    // hits both sizes and a drift over the run (the audit log grows with every request) favours neither.
    const a = index % 2 === 0 ? await round(kind, small) : [];
    const b = await round(kind, large);
    if (index % 2 === 1) a.push(...(await round(kind, small)));
    p99.small.push(percentile(a, 99));
    p99.large.push(percentile(b, 99));
    p50.small.push(percentile(a, 50));
    p50.large.push(percentile(b, 50));
    process.stderr.write(
      `${database.dialect} ${kind} round ${index + 1}: small p50 ${percentile(a, 50).toFixed(1)} p99 ${percentile(a, 99).toFixed(1)} ms (${a.length}), large p50 ${percentile(b, 50).toFixed(1)} p99 ${percentile(b, 99).toFixed(1)} ms (${b.length})\n`,
    );
    count.small += a.length;
    count.large += b.length;
  }
  const median = (values: number[]) => percentile(values, 50);
  results[kind] = {
    p99SmallMs: Number(median(p99.small).toFixed(1)),
    p99LargeMs: Number(median(p99.large).toFixed(1)),
    ratio: Number((median(p99.large) / median(p99.small)).toFixed(2)),
    // The typical request beside the tail: on a loaded machine the p99 of a round swings with the
    // scheduler, while the median shows whether each request does more work.
    p50SmallMs: Number(median(p50.small).toFixed(1)),
    p50LargeMs: Number(median(p50.large).toFixed(1)),
    requests: count,
  };
}
process.stdout.write(
  `${JSON.stringify({
    dialect: database.dialect,
    clients: { small: small.clientIds.length, large: large.clientIds.length },
    assessments: { small: small.clientIds.length * 10, large: large.clientIds.length * 10 },
    fillSeconds,
    results,
  })}\n`,
);
await app.close();
await database.close();
