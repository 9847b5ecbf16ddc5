import { type Kysely, type Migration, SqliteAdapter, sql } from "kysely";

function onSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Tables whose rows are written once and never changed: assessments, decisions, episode events, disclosures. */
const APPEND_ONLY_TABLES = ["assessments", "level_of_care_decisions", "care_episode_events", "disclosures"];

/**
 * Clinical records (docs/api.md): clients, assessments, level-of-care decisions, episodes of care,
 * consents and disclosures. Records that are never edited are protected by triggers that refuse
 * UPDATE and DELETE on both databases, the same way the audit log is (migration 0001): a corrected
 * assessment is a new row, and the accounting of disclosures cannot be rewritten (42 CFR 2.24).
 */
const clinicalRecords: Migration = {
  async up(db) {
    await db.schema
      .createTable("clients")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("name", "text", (column) => column.notNull())
      .addColumn("birth_date", "text")
      .addColumn("record_number", "text")
      .addColumn("version", "integer", (column) => column.notNull())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("clients_by_organization")
      .on("clients")
      .columns(["organization_id", "created_at", "id"])
      .execute();
    await db.schema
      .createIndex("clients_record_number_unique")
      .on("clients")
      .columns(["organization_id", "record_number"])
      .unique()
      .execute();

    await db.schema
      .createTable("assessments")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("client_id", "text", (column) => column.notNull().references("clients.id"))
      .addColumn("supersedes_id", "text", (column) => column.references("assessments.id").unique())
      .addColumn("correction_note", "text")
      .addColumn("as_of", "text", (column) => column.notNull())
      .addColumn("model_version", "text", (column) => column.notNull())
      .addColumn("ruleset_version", "text", (column) => column.notNull())
      .addColumn("answers", "text", (column) => column.notNull())
      .addColumn("result", "text", (column) => column.notNull())
      .addColumn("recommended_level", "text")
      .addColumn("provisional", "integer", (column) => column.notNull())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("assessments_by_client")
      .on("assessments")
      .columns(["client_id", "created_at", "id"])
      .execute();

    await db.schema
      .createTable("level_of_care_decisions")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("client_id", "text", (column) => column.notNull().references("clients.id"))
      .addColumn("assessment_id", "text", (column) => column.notNull().references("assessments.id"))
      .addColumn("recommended_level", "text")
      .addColumn("available_levels", "text")
      .addColumn("chosen_level", "text", (column) => column.notNull())
      .addColumn("reason", "text")
      .addColumn("reason_text", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      // The rule of the record itself: a chosen level that differs from the recommendation has a reason.
      .addCheckConstraint(
        "decision_reason_when_differs",
        sql`reason is not null or (recommended_level is not null and chosen_level = recommended_level)`,
      )
      .execute();
    await db.schema
      .createIndex("decisions_by_client")
      .on("level_of_care_decisions")
      .columns(["client_id", "created_at", "id"])
      .execute();

    await db.schema
      .createTable("care_episodes")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("client_id", "text", (column) => column.notNull().references("clients.id"))
      .addColumn("status", "text", (column) => column.notNull().check(sql`status in ('open', 'closed')`))
      .addColumn("current_level", "text", (column) => column.notNull())
      .addColumn("admitted_on", "text", (column) => column.notNull())
      .addColumn("discharged_on", "text")
      .addColumn("version", "integer", (column) => column.notNull())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("care_episodes_by_client")
      .on("care_episodes")
      .columns(["client_id", "created_at", "id"])
      .execute();
    // One open episode per client at a time: a second admission while one is open is a transfer.
    await sql`create unique index care_episodes_one_open on care_episodes (client_id) where status = 'open'`.execute(
      db,
    );

    await db.schema
      .createTable("care_episode_events")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("episode_id", "text", (column) => column.notNull().references("care_episodes.id"))
      .addColumn("sequence", "integer", (column) => column.notNull())
      .addColumn("kind", "text", (column) =>
        column.notNull().check(sql`kind in ('admission', 'transfer', 'discharge')`),
      )
      .addColumn("from_level", "text")
      .addColumn("to_level", "text")
      .addColumn("occurred_on", "text", (column) => column.notNull())
      .addColumn("decision_id", "text", (column) => column.references("level_of_care_decisions.id"))
      .addColumn("reason", "text")
      .addColumn("note", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      .addUniqueConstraint("care_episode_events_sequence", ["episode_id", "sequence"])
      .execute();

    await db.schema
      .createTable("consents")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("client_id", "text", (column) => column.notNull().references("clients.id"))
      .addColumn("recipient_name", "text", (column) => column.notNull())
      .addColumn("information", "text", (column) => column.notNull())
      .addColumn("purpose", "text", (column) => column.notNull())
      .addColumn("purpose_text", "text")
      .addColumn("signed_on", "text", (column) => column.notNull())
      .addColumn("expires_on", "text", (column) => column.notNull())
      .addColumn("revoked_at", "text")
      .addColumn("revoked_by", "text")
      .addColumn("version", "integer", (column) => column.notNull())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("consents_by_client")
      .on("consents")
      .columns(["client_id", "created_at", "id"])
      .execute();

    await db.schema
      .createTable("disclosures")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("client_id", "text", (column) => column.notNull().references("clients.id"))
      .addColumn("consent_id", "text", (column) => column.notNull().references("consents.id"))
      .addColumn("recipient_name", "text", (column) => column.notNull())
      .addColumn("information", "text", (column) => column.notNull())
      .addColumn("purpose", "text", (column) => column.notNull())
      .addColumn("disclosed_at", "text", (column) => column.notNull())
      .addColumn("disclosed_by", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("disclosures_by_client")
      .on("disclosures")
      .columns(["client_id", "disclosed_at", "id"])
      .execute();

    if (onSqlite(db)) {
      for (const table of APPEND_ONLY_TABLES) {
        await sql`${sql.raw(`create trigger ${table}_reject_update before update on ${table}
          begin select raise(abort, '${table} rows are never changed'); end`)}`.execute(db);
        await sql`${sql.raw(`create trigger ${table}_reject_delete before delete on ${table}
          begin select raise(abort, '${table} rows are never changed'); end`)}`.execute(db);
      }
    } else {
      await sql`create function records_append_only() returns trigger language plpgsql as $$
        begin raise exception '% rows are never changed', TG_TABLE_NAME; end $$`.execute(db);
      for (const table of APPEND_ONLY_TABLES) {
        await sql`${sql.raw(`create trigger ${table}_reject_change before update or delete on ${table}
          for each row execute function records_append_only()`)}`.execute(db);
      }
    }
  },
  async down() {
    throw new Error("Clinical records are kept; this migration cannot be undone.");
  },
};

/** Spread into database/migrations.ts; keys sort after the accounts migration "0001_…". */
export const recordMigrations: Record<string, Migration> = {
  "0100_clinical_records": clinicalRecords,
};
