import { type Kysely, type Migration, SqliteAdapter, sql } from "kysely";
import { programMigrations } from "../programs/programs-migration.js";
import { recordMigrations } from "../records/records-migration.js";
import { serviceAccountMigrations } from "../service-accounts/service-accounts-migration.js";
import { securityMigrations } from "./security-migrations.js";

function onSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * Accounts, sessions and the audit log (docs/security.md). The audit table is append-only: a trigger rejects
 * every UPDATE and DELETE on both databases (HIPAA 164.312(b) audit controls and (c)(1) integrity;
 * ASVS 16.4.2 "logs protected from modification").
 */
const accountsAndAudit: Migration = {
  async up(db) {
    await db.schema
      .createTable("organizations")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("name", "text", (column) => column.notNull().unique())
      .addColumn("created_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createTable("users")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("email", "text", (column) => column.notNull().unique())
      .addColumn("display_name", "text", (column) => column.notNull())
      .addColumn("role", "text", (column) =>
        column.notNull().check(sql`role in ('admin', 'clinician', 'reviewer')`),
      )
      .addColumn("status", "text", (column) => column.notNull().check(sql`status in ('active', 'disabled')`))
      .addColumn("password_hash", "text")
      .addColumn("password_changed_at", "text")
      .addColumn("totp_secret", "text")
      .addColumn("totp_last_step", "integer")
      .addColumn("failed_sign_ins", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("locked_until", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("users_by_organization").on("users").column("organization_id").execute();
    await db.schema
      .createTable("sessions")
      .addColumn("token_hash", "text", (column) => column.primaryKey())
      .addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
      .addColumn("stage", "text", (column) => column.notNull())
      .addColumn("csrf_token", "text", (column) => column.notNull())
      .addColumn("pending_totp_secret", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("last_seen_at", "text", (column) => column.notNull())
      .addColumn("expires_at", "text", (column) => column.notNull())
      .addColumn("ip", "text")
      .execute();
    await db.schema.createIndex("sessions_by_user").on("sessions").column("user_id").execute();
    await db.schema
      .createTable("recovery_codes")
      .addColumn("code_hash", "text", (column) => column.primaryKey())
      .addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("used_at", "text")
      .execute();
    await db.schema.createIndex("recovery_codes_by_user").on("recovery_codes").column("user_id").execute();
    await db.schema
      .createTable("password_links")
      .addColumn("token_hash", "text", (column) => column.primaryKey())
      .addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
      .addColumn("purpose", "text", (column) => column.notNull())
      .addColumn("reset_second_factor", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("issued_by", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("expires_at", "text", (column) => column.notNull())
      .addColumn("used_at", "text")
      .execute();

    const sqlite = onSqlite(db);
    await db.schema
      .createTable("audit_events")
      .addColumn("id", sqlite ? "integer" : "bigint", (column) =>
        sqlite ? column.primaryKey().autoIncrement() : column.primaryKey().generatedAlwaysAsIdentity(),
      )
      .addColumn("occurred_at", "text", (column) => column.notNull())
      .addColumn("action", "text", (column) => column.notNull())
      .addColumn("outcome", "text", (column) => column.notNull())
      .addColumn("actor_user_id", "text")
      .addColumn("organization_id", "text")
      .addColumn("record_type", "text")
      .addColumn("record_id", "text")
      .addColumn("ip", "text")
      .addColumn("request_id", "text")
      .addColumn("detail", "text")
      .execute();
    await db.schema
      .createIndex("audit_events_by_organization")
      .on("audit_events")
      .columns(["organization_id", "id"])
      .execute();
    await db.schema
      .createIndex("audit_events_by_record")
      .on("audit_events")
      .columns(["record_type", "record_id"])
      .execute();

    if (sqlite) {
      await sql`create trigger audit_events_reject_update before update on audit_events
        begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
      await sql`create trigger audit_events_reject_delete before delete on audit_events
        begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
    } else {
      await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
        begin raise exception 'audit_events is append-only'; end $$`.execute(db);
      await sql`create trigger audit_events_reject_change before update or delete on audit_events
        for each row execute function audit_events_append_only()`.execute(db);
      await sql`create trigger audit_events_reject_truncate before truncate on audit_events
        for each statement execute function audit_events_append_only()`.execute(db);
    }
  },
  async down() {
    throw new Error("The audit log is append-only; this migration cannot be undone.");
  },
};

/**
 * Every schema change, in order. Keys sort lexically, so each starts with a zero-padded number.
 * A migration must work on both SQLite and PostgreSQL: use Kysely's schema builder and portable types.
 */
export const migrations: Record<string, Migration> = {
  "0001_accounts_and_audit": accountsAndAudit,
  ...recordMigrations,
  ...securityMigrations,
  ...programMigrations,
  ...serviceAccountMigrations,
};
