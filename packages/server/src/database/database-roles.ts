import { type Kysely, sql } from "kysely";
import { APPEND_ONLY_TABLES } from "./append-only-tables.js";

/**
 * PostgreSQL roles. The migrations run as the owner of the tables (`DATABASE_OWNER_URL`); the
 * application connects as another role (`DATABASE_URL`) that may read and write ordinary tables but only
 * INSERT and SELECT on the append-only ones. Only a table's owner can `ALTER TABLE … DISABLE TRIGGER`,
 * drop a trigger or TRUNCATE, and without UPDATE and DELETE the application's role cannot change a row
 * there even by UPSERT (PostgreSQL docs, "Privileges" 5.8 and "INSERT … ON CONFLICT DO UPDATE" needs
 * UPDATE). So a flaw in the application, or its stolen password, cannot rewrite the audit log.
 */
// biome-ignore lint/suspicious/noExplicitAny: works on any schema (runs raw SQL only).
type AnyDatabase = Kysely<any>;

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** Gives the application's role exactly what it needs in `schema`; run as the owner after migrating. */
export async function grantApplicationRole(
  owner: AnyDatabase,
  applicationRole: string,
  schema: string,
): Promise<void> {
  const role = quoted(applicationRole);
  const where = quoted(schema);
  await sql.raw(`grant usage on schema ${where} to ${role}`).execute(owner);
  await sql
    .raw(`grant select, insert, update, delete on all tables in schema ${where} to ${role}`)
    .execute(owner);
  await sql.raw(`grant usage, select on all sequences in schema ${where} to ${role}`).execute(owner);
  await sql
    .raw(`revoke truncate, references, trigger on all tables in schema ${where} from ${role}`)
    .execute(owner);
  for (const table of APPEND_ONLY_TABLES) {
    await sql.raw(`revoke update, delete on ${where}.${quoted(table)} from ${role}`).execute(owner);
  }
  // The migration bookkeeping is the owner's: the application only reads it.
  for (const table of ["kysely_migration", "kysely_migration_lock"]) {
    await sql.raw(`revoke insert, update, delete on ${where}.${quoted(table)} from ${role}`).execute(owner);
  }
}

/** The role a connection acts as, and whether it owns the audit table (the single-URL setup). */
export async function connectionRole(
  db: AnyDatabase,
): Promise<{ readonly role: string; readonly schema: string; readonly ownsAuditLog: boolean }> {
  const result = await sql<{ role: string; schema: string; owns: boolean }>`
    select current_user as role, current_schema() as schema,
      coalesce((select pg_has_role(current_user, c.relowner, 'USAGE')
        from pg_class c where c.oid = to_regclass('audit_events')), false) as owns`.execute(db);
  const row = result.rows[0];
  return { role: row?.role ?? "", schema: row?.schema ?? "public", ownsAuditLog: row?.owns === true };
}
