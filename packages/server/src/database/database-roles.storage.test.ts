import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { appendAuditEvent } from "../audit/audit-log.js";
import { APPEND_ONLY_TABLES } from "./append-only-tables.js";
import { migrateToLatest, openDatabase, type StepwiseDatabase } from "./connection.js";
import { connectionRole, grantApplicationRole } from "./database-roles.js";
import { type OpenedDatabase, storageTargets } from "./storage-targets.js";

const postgres = storageTargets(inject("postgresUrl")).find((target) => target.dialect === "postgres");

/**
 * The application's PostgreSQL role can add to the append-only tables and read them, and nothing
 * else: UPDATE, DELETE, UPSERT (PostgreSQL's REPLACE), TRUNCATE and DISABLE TRIGGER all fail.
 * The role is made for this test and dropped after it; the tables live in the test's own schema.
 */
describe.skipIf(postgres === undefined || !postgres.available)("PostgreSQL application role", () => {
  let owner: OpenedDatabase;
  let application: StepwiseDatabase;
  const role = `stepwise_app_${randomBytes(4).toString("hex")}`;

  async function asOwner(statement: string): Promise<void> {
    const client = new pg.Client({ connectionString: owner.postgres?.url });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  }

  beforeAll(async () => {
    owner = await (postgres as NonNullable<typeof postgres>).open();
    await migrateToLatest(owner.database);
    await asOwner(`create role ${role} login`);
    await grantApplicationRole(owner.database.kysely, role, owner.postgres?.schema ?? "public");
    const url = new URL(owner.postgres?.url ?? "");
    url.username = role;
    url.password = "";
    application = openDatabase({
      kind: "postgres",
      url: url.toString(),
      schema: owner.postgres?.schema ?? "public",
      poolSize: 2,
    });
  });
  afterAll(async () => {
    await application?.close();
    await asOwner(`drop owned by ${role}`).catch(() => {});
    await owner?.dispose();
    await asOwner(`drop role if exists ${role}`).catch(() => {});
  });

  it("connects as a role that does not own the audit log", async () => {
    expect(await connectionRole(application.kysely)).toMatchObject({ role, ownsAuditLog: false });
    expect(await connectionRole(owner.database.kysely)).toMatchObject({ ownsAuditLog: true });
  });

  it("appends to the audit log and reads it", async () => {
    await appendAuditEvent(application.kysely, new Date(), {
      action: "sign-in",
      outcome: "success",
      organizationId: "org-a",
    });
    const rows = await application.kysely.selectFrom("audit_events").select("action").execute();
    expect(rows.map((row) => row.action)).toEqual(["sign-in"]);
  });

  it.each(APPEND_ONLY_TABLES)(
    "refuses UPDATE, DELETE, UPSERT, TRUNCATE and DISABLE TRIGGER on %s",
    async (table) => {
      const attempts = [
        `update ${table} set ${table === "audit_events" ? "action = action" : "id = id"}`,
        `delete from ${table}`,
        `truncate ${table}`,
        `alter table ${table} disable trigger all`,
        `drop trigger if exists ${table}_reject_change on ${table}`,
      ];
      for (const attempt of attempts) {
        await expect(sql.raw(attempt).execute(application.kysely), attempt).rejects.toThrow(
          /permission denied|must be owner/,
        );
      }
    },
  );

  it("refuses an UPSERT that would rewrite an audit row", async () => {
    await expect(
      sql`insert into audit_events (id, occurred_at, action, outcome) overriding system value
          select id, occurred_at, 'nothing happened', outcome from audit_events
          on conflict (id) do update set action = excluded.action`.execute(application.kysely),
    ).rejects.toThrow(/permission denied/);
    const rows = await application.kysely.selectFrom("audit_events").select("action").execute();
    expect(rows.map((row) => row.action)).toEqual(["sign-in"]);
  });

  it("still lets the application change ordinary tables such as sessions", async () => {
    await expect(
      sql`delete from sessions where token_hash = 'none'`.execute(application.kysely),
    ).resolves.toBeDefined();
  });
});
