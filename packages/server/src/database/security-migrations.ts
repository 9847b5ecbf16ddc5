import { type Kysely, type Migration, SqliteAdapter, sql } from "kysely";
import { chainOf, GENESIS, sealOf } from "../audit/audit-chain.js";
import { auditKeyInUse } from "../audit/audit-key.js";
import type { DatabaseSchema } from "./schema.js";

function onSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * Guess budgets and known devices (accounts/guess-budget.ts, accounts/known-devices.ts): one row per
 * budget, held while a guess is reserved, and one row per reserved guess, kept for 15 minutes.
 */
/**
 * The append-only tables that existed when the tamper-evidence migration was written. A migration runs
 * against the schema of its own time, so this list never grows: a later append-only table creates its
 * own REPLACE trigger in its migration (database/append-only-tables.ts).
 */
const APPEND_ONLY_TABLES_WHEN_WRITTEN = [
  "audit_events",
  "assessments",
  "level_of_care_decisions",
  "care_episode_events",
  "disclosures",
] as const;

const signInGuesses: Migration = {
  async up(db) {
    await db.schema
      .createTable("guess_budgets")
      .addColumn("subject", "text", (column) => column.notNull())
      .addColumn("budget", "text", (column) => column.notNull())
      .addColumn("last_refused_at", "text")
      .addColumn("touched_at", "text", (column) => column.notNull())
      .addPrimaryKeyConstraint("guess_budgets_key", ["subject", "budget"])
      .execute();
    await db.schema.createIndex("guess_budgets_by_touch").on("guess_budgets").column("touched_at").execute();
    await db.schema
      .createTable("sign_in_guesses")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("subject", "text", (column) => column.notNull())
      .addColumn("budget", "text", (column) => column.notNull())
      .addColumn("guessed_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("sign_in_guesses_by_budget")
      .on("sign_in_guesses")
      .columns(["subject", "budget", "guessed_at"])
      .execute();
    await db.schema
      .createIndex("sign_in_guesses_by_time")
      .on("sign_in_guesses")
      .column("guessed_at")
      .execute();
    await db.schema
      .createTable("known_devices")
      .addColumn("token_hash", "text", (column) => column.notNull())
      .addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("last_used_at", "text", (column) => column.notNull())
      .addPrimaryKeyConstraint("known_devices_key", ["token_hash", "user_id"])
      .execute();
  },
  async down(db) {
    await db.schema.dropTable("known_devices").execute();
    await db.schema.dropTable("sign_in_guesses").execute();
    await db.schema.dropTable("guess_budgets").execute();
  },
};

/**
 * The audit chain (audit/audit-chain.ts) and REPLACE protection.
 *
 * SQLite runs no DELETE trigger when `INSERT OR REPLACE` removes a row (unless the connection has
 * `recursive_triggers` on; SQLite docs, "The ON CONFLICT Clause"), so until now REPLACE could rewrite an
 * append-only row. A BEFORE INSERT trigger on every append-only table now refuses an insert whose key
 * already exists, whatever the conflict clause (REPLACE, IGNORE, or an UPSERT); the application's own
 * connection also turns `recursive_triggers` on, so a REPLACE through another unique key fires the
 * DELETE trigger. PostgreSQL has no REPLACE; its UPSERT runs the UPDATE trigger, and the application's
 * role may not UPDATE these tables at all (database/database-roles.ts).
 *
 * Rows already in the log are sealed into their chains here, with the key the migrating process uses.
 */
const auditChain: Migration = {
  async up(db) {
    const sqlite = onSqlite(db);
    await db.schema
      .alterTable("audit_events")
      .addColumn("chain", "text", (column) => column.notNull().defaultTo(""))
      .execute();
    await db.schema
      .alterTable("audit_events")
      .addColumn("chain_sequence", sqlite ? "integer" : "bigint")
      .execute();
    await db.schema.alterTable("audit_events").addColumn("chain_hmac", "text").execute();
    await db.schema
      .createIndex("audit_events_chain")
      .on("audit_events")
      .columns(["chain", "chain_sequence"])
      .unique()
      .execute();

    if (sqlite) await sql`drop trigger audit_events_reject_update`.execute(db);
    else await sql`alter table audit_events disable trigger audit_events_reject_change`.execute(db);
    const key = auditKeyInUse();
    const ends = new Map<string, { sequence: number; hmac: string }>();
    const rows = await (db as Kysely<DatabaseSchema>)
      .selectFrom("audit_events")
      .selectAll()
      .orderBy("id")
      .execute();
    for (const row of rows) {
      const chain = chainOf(row.organization_id);
      const end = ends.get(chain) ?? { sequence: 0, hmac: GENESIS };
      const sequence = end.sequence + 1;
      const hmac = sealOf(key, row, chain, sequence, end.hmac);
      await sql`update audit_events set chain = ${chain}, chain_sequence = ${sequence}, chain_hmac = ${hmac} where id = ${row.id}`.execute(
        db,
      );
      ends.set(chain, { sequence, hmac });
    }
    if (sqlite) {
      await sql`create trigger audit_events_reject_update before update on audit_events
        begin select raise(abort, 'audit_events is append-only'); end`.execute(db);
      for (const table of APPEND_ONLY_TABLES_WHEN_WRITTEN) {
        await sql`${sql.raw(`create trigger ${table}_reject_replace before insert on ${table}
          when exists (select 1 from ${table} where id = new.id)
          begin select raise(abort, '${table} is append-only: a row with this id exists'); end`)}`.execute(
          db,
        );
      }
    } else {
      await sql`alter table audit_events enable trigger audit_events_reject_change`.execute(db);
    }
  },
  async down() {
    throw new Error("The audit log is append-only; this migration cannot be undone.");
  },
};

/**
 * One address may have an account in several organizations (one per organization), so adding a person
 * never reveals that their address is used elsewhere. SQLite cannot drop a column's UNIQUE, so the
 * table is rebuilt the way SQLite's docs describe ("Making Other Kinds Of Table Schema Changes"):
 * foreign keys off, copy, swap, check, foreign keys on.
 */
const emailPerOrganization: Migration = {
  async up(db) {
    if (!onSqlite(db)) {
      await sql`alter table users drop constraint users_email_key`.execute(db);
      await sql`alter table users add constraint users_organization_email unique (organization_id, email)`.execute(
        db,
      );
      await sql`create index users_by_email on users (email)`.execute(db);
      return;
    }
    await sql`pragma foreign_keys = off`.execute(db);
    try {
      await sql`begin`.execute(db);
      await sql`create table users_rebuilt (
        id text primary key,
        organization_id text not null references organizations (id),
        email text not null,
        display_name text not null,
        role text not null check (role in ('admin', 'clinician', 'reviewer')),
        status text not null check (status in ('active', 'disabled')),
        password_hash text,
        password_changed_at text,
        totp_secret text,
        totp_last_step integer,
        failed_sign_ins integer not null default 0,
        locked_until text,
        created_at text not null,
        constraint users_organization_email unique (organization_id, email)
      )`.execute(db);
      await sql`insert into users_rebuilt (id, organization_id, email, display_name, role, status, password_hash,
        password_changed_at, totp_secret, totp_last_step, failed_sign_ins, locked_until, created_at)
        select id, organization_id, email, display_name, role, status, password_hash, password_changed_at,
        totp_secret, totp_last_step, failed_sign_ins, locked_until, created_at from users`.execute(db);
      await sql`drop table users`.execute(db);
      await sql`alter table users_rebuilt rename to users`.execute(db);
      await sql`create index users_by_organization on users (organization_id)`.execute(db);
      await sql`create index users_by_email on users (email)`.execute(db);
      const broken = await sql`pragma foreign_key_check`.execute(db);
      if (broken.rows.length > 0) throw new Error("foreign keys do not match after rebuilding users");
      await sql`commit`.execute(db);
    } catch (error) {
      await sql`rollback`.execute(db).catch(() => {});
      throw error;
    } finally {
      await sql`pragma foreign_keys = on`.execute(db);
    }
  },
  async down() {
    throw new Error("Accounts may share an address across organizations; this migration is not undone.");
  },
};

/** Per-address request counts shared by every server instance (access/shared-rate-limit-store.ts). */
const rateLimitWindows: Migration = {
  async up(db) {
    await db.schema
      .createTable("rate_limit_windows")
      .addColumn("key", "text", (column) => column.primaryKey())
      .addColumn("window_started_at", "text", (column) => column.notNull())
      .addColumn("hits", "integer", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("rate_limit_windows_by_start")
      .on("rate_limit_windows")
      .column("window_started_at")
      .execute();
  },
  async down(db) {
    await db.schema.dropTable("rate_limit_windows").execute();
  },
};

/** Spread into database/migrations.ts; the 0200 range belongs to sign-in and audit hardening. */
export const securityMigrations: Record<string, Migration> = {
  "0200_sign_in_guesses": signInGuesses,
  "0201_audit_chain": auditChain,
  "0202_email_per_organization": emailPerOrganization,
  "0203_rate_limit_windows": rateLimitWindows,
};
