/**
 * The work of `node bench/records-scale.mjs` on one database (bundled and started by it): fills two
 * organizations, a small one (1,000 clients) and a large one (100,000 clients and 1,000,000
 * assessments at --scale 1), then measures the same three reads in both, side by side, through the
 * real app (buildApp, with its access hook and audit lines; requests injected in process): client
 * search, a client's timeline (assessments) and an audit query for one client, each by 8 users at once.
 * Prints one JSON line.
 */
import { randomUUID } from "node:crypto";
import { assess } from "../packages/engine/src/index.js";
import { startSession } from "../packages/server/src/access/sessions.js";
import { addAccountFromCommandLine } from "../packages/server/src/accounts/command-line-accounts.js";
import { buildApp } from "../packages/server/src/app.js";
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

/** A deterministic generator, so both organizations get the same kind of names. */
let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const FIRST = [
  "Ana",
  "Ben",
  "Chen",
  "Dara",
  "Eli",
  "Farah",
  "Gus",
  "Hana",
  "Ivan",
  "Jo",
  "Kai",
  "Lena",
  "Mo",
  "Nia",
];
const LETTERS = "abcdefghijklmnopqrstuvwxyz";
function surname(): string {
  let text = "";
  for (let index = 0; index < 7; index++) text += LETTERS[Math.floor(random() * 26)];
  return text[0]?.toUpperCase() + text.slice(1);
}

const answers = JSON.stringify(alcoholAssessment);
const result = JSON.stringify(assess(alcoholAssessment));

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
    const auditRows = [];
    for (let index = start; index < Math.min(clients, start + 2000); index++) {
      const id = randomUUID();
      const last = surname();
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
          recommended_level: "residential",
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
    await insertInBatches("audit_events", auditRows);
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
if (database.dialect === "postgres") {
  const { sql } = await import("kysely");
  await sql`analyze`.execute(db);
} else {
  const { sql } = await import("kysely");
  await sql`analyze`.execute(db);
}

const app = await buildApp({ database, logger: false });
await app.ready();

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
for (const kind of ["search", "timeline", "audit"] as const) {
  await round(kind, small);
  await round(kind, large);
  const p99 = { small: [] as number[], large: [] as number[] };
  const count = { small: 0, large: 0 };
  for (let index = 0; index < rounds; index++) {
    // Alternating, so a slow spell of the machine hits both sizes.
    const a = await round(kind, small);
    const b = await round(kind, large);
    p99.small.push(percentile(a, 99));
    p99.large.push(percentile(b, 99));
    count.small += a.length;
    count.large += b.length;
  }
  const median = (values: number[]) => percentile(values, 50);
  results[kind] = {
    p99SmallMs: Number(median(p99.small).toFixed(1)),
    p99LargeMs: Number(median(p99.large).toFixed(1)),
    ratio: Number((median(p99.large) / median(p99.small)).toFixed(2)),
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
