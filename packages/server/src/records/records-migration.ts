import { type Kysely, type Migration, SqliteAdapter, sql } from "kysely";
import { nameWords } from "./client-search.js";

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

/**
 * A decision keeps what was done about each urgent item of its assessment (safety-gate.ts). Existing
 * decisions get null: they were stored before the rule, and are shown with no acknowledgements.
 */
const decisionSafetyAcknowledgements: Migration = {
  async up(db) {
    await db.schema
      .alterTable("level_of_care_decisions")
      .addColumn("safety_acknowledgements", "text")
      .execute();
  },
  async down() {
    throw new Error("Clinical records are kept; this migration cannot be undone.");
  },
};

/**
 * An honest episode history (episode-history.ts): a move may give an emergency reason instead of a
 * decision; events are corrected or voided by appended amendments; and the level and dates an
 * episode used to store beside its events are dropped, because they are derived from the events.
 */
const episodeHistory: Migration = {
  async up(db) {
    await db.schema.alterTable("care_episode_events").addColumn("emergency_reason", "text").execute();
    await db.schema
      .createTable("care_episode_event_amendments")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("organization_id", "text", (column) => column.notNull().references("organizations.id"))
      .addColumn("episode_id", "text", (column) => column.notNull().references("care_episodes.id"))
      .addColumn("event_id", "text", (column) => column.notNull().references("care_episode_events.id"))
      .addColumn("sequence", "integer", (column) => column.notNull())
      .addColumn("kind", "text", (column) => column.notNull().check(sql`kind in ('correction', 'void')`))
      .addColumn("reason", "text", (column) => column.notNull())
      .addColumn("occurred_on", "text")
      .addColumn("to_level", "text")
      .addColumn("decision_id", "text", (column) => column.references("level_of_care_decisions.id"))
      .addColumn("emergency_reason", "text")
      .addColumn("discharge_reason", "text")
      .addColumn("note", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("created_by", "text", (column) => column.notNull())
      .addUniqueConstraint("care_episode_event_amendments_sequence", ["episode_id", "sequence"])
      .execute();
    await db.schema
      .createIndex("care_episode_event_amendments_by_event")
      .on("care_episode_event_amendments")
      .columns(["event_id", "sequence"])
      .execute();
    await appendOnly(db, "care_episode_event_amendments");
    if (onSqlite(db)) {
      // INSERT OR REPLACE deletes the old row without firing DELETE triggers (SQLite docs, "ON CONFLICT
      // clause"), so an amendment is also protected by a trigger that refuses an existing id.
      await sql`create trigger care_episode_event_amendments_reject_replace before insert on care_episode_event_amendments
        when exists (select 1 from care_episode_event_amendments where id = new.id)
        begin select raise(abort, 'care_episode_event_amendments is append-only: a row with this id exists'); end`.execute(
        db,
      );
    }
    for (const column of ["current_level", "admitted_on", "discharged_on"]) {
      await db.schema.alterTable("care_episodes").dropColumn(column).execute();
    }
  },
  async down() {
    throw new Error("Clinical records are kept; this migration cannot be undone.");
  },
};

/** A reassessment stores the engine's transition and the assessment it was compared with. */
const assessmentTransitions: Migration = {
  async up(db) {
    await db.schema.alterTable("assessments").addColumn("transition", "text").execute();
    await db.schema
      .alterTable("assessments")
      .addColumn("previous_assessment_id", "text", (column) => column.references("assessments.id"))
      .execute();
  },
  async down() {
    throw new Error("Clinical records are kept; this migration cannot be undone.");
  },
};

/**
 * Clients a clinic can manage: ZIP code, assigned clinician, inactive and merged status, a word index
 * for searching names, and a reassessment-due date on each episode.
 */
const clientManagement: Migration = {
  async up(db) {
    const sqlite = onSqlite(db);
    for (const column of [
      "zip_code",
      "assigned_clinician_id",
      "status_reason",
      "merged_into_id",
      "merged_at",
    ]) {
      await db.schema.alterTable("clients").addColumn(column, "text").execute();
    }
    await db.schema
      .alterTable("clients")
      .addColumn("status", "text", (column) => column.notNull().defaultTo("active"))
      .execute();
    await db.schema
      .createIndex("clients_by_clinician")
      .on("clients")
      .columns(["organization_id", "assigned_clinician_id", "created_at", "id"])
      .execute();
    await db.schema
      .createIndex("clients_by_birth_date")
      .on("clients")
      .columns(["organization_id", "birth_date"])
      .execute();
    await db.schema.createIndex("clients_by_merged_into").on("clients").column("merged_into_id").execute();
    await db.schema
      .createTable("client_name_words")
      .addColumn("client_id", "text", (column) => column.notNull().references("clients.id"))
      .addColumn("organization_id", "text", (column) => column.notNull())
      // Byte order on PostgreSQL too, so a prefix is a range of the index (client-search.ts).
      .addColumn("word", "text", (column) =>
        sqlite ? column.notNull() : column.notNull().modifyEnd(sql`collate "C"`),
      )
      .execute();
    await db.schema
      .createIndex("client_name_words_by_word")
      .on("client_name_words")
      .columns(["organization_id", "word", "client_id"])
      .execute();
    await db.schema
      .createIndex("client_name_words_by_client")
      .on("client_name_words")
      .column("client_id")
      .execute();
    const clients = await (db as Kysely<{ clients: { id: string; organization_id: string; name: string } }>)
      .selectFrom("clients")
      .select(["id", "organization_id", "name"])
      .execute();
    for (const client of clients) {
      const rows = nameWords(client.name).map((word) => ({
        client_id: client.id,
        organization_id: client.organization_id,
        word,
      }));
      if (rows.length > 0) {
        await (
          db as Kysely<{ client_name_words: { client_id: string; organization_id: string; word: string } }>
        )
          .insertInto("client_name_words")
          .values(rows)
          .execute();
      }
    }
    await db.schema.alterTable("care_episodes").addColumn("reassessment_due_on", "text").execute();
    await db.schema
      .createIndex("care_episodes_open_by_due")
      .on("care_episodes")
      .columns(["organization_id", "status", "reassessment_due_on"])
      .execute();
  },
  async down() {
    throw new Error("Clinical records are kept; this migration cannot be undone.");
  },
};

/**
 * Indexes for an administrator's audit queries (routes/audit-events.ts): by person, by action, by
 * record (a client's records) and by time, each within the organization and ordered by id, so a
 * filtered page reads only the rows it returns however long the log grows.
 */
const auditReadIndexes: Migration = {
  async up(db) {
    for (const [name, columns] of [
      ["audit_events_by_actor", ["organization_id", "actor_user_id", "id"]],
      ["audit_events_by_action", ["organization_id", "action", "id"]],
      ["audit_events_by_record_id", ["organization_id", "record_id", "id"]],
      ["audit_events_by_time", ["organization_id", "occurred_at"]],
    ] as const) {
      await db.schema
        .createIndex(name)
        .on("audit_events")
        .columns([...columns])
        .execute();
    }
  },
  async down(db) {
    for (const name of [
      "audit_events_by_actor",
      "audit_events_by_action",
      "audit_events_by_record_id",
      "audit_events_by_time",
    ]) {
      await db.schema.dropIndex(name).execute();
    }
  },
};

/**
 * A consent names who signed it (42 CFR 2.31(a)(8): the client, or a person allowed to sign for them)
 * and a revocation keeps its reason. Consents recorded before keep null in both.
 */
const consentSignerAndRevocationReason: Migration = {
  async up(db) {
    await db.schema.alterTable("consents").addColumn("signed_by", "text").execute();
    await db.schema.alterTable("consents").addColumn("revocation_reason", "text").execute();
  },
  async down() {
    throw new Error("Clinical records are kept; this migration cannot be undone.");
  },
};

/**
 * Decisions found by the assessment they decide. A client list's caseload summary (caseload-summary.ts)
 * asks, for the latest assessment of each client on the page, whether a decision names it; with only
 * `decisions_by_client`, both databases answered by reading every decision of every organization for
 * every page listed, so a search slowed as the whole database grew (bench/README.md, "Records at
 * scale"). The assessment id leads, so the lookup reads one index entry per assessment asked about.
 */
const decisionsByAssessment: Migration = {
  async up(db) {
    await db.schema
      .createIndex("decisions_by_assessment")
      .on("level_of_care_decisions")
      .columns(["assessment_id"])
      .execute();
  },
  async down(db) {
    await db.schema.dropIndex("decisions_by_assessment").execute();
  },
};

/**
 * Drops `audit_events_by_record (record_type, record_id)` (migration 0001): no query has used it since
 * `audit_events_by_record_id (organization_id, record_id, id)` (0300_e) serves every read by record, each
 * within the organization. Every audit line still paid for it, at a place in the index as random as the
 * record's id: with a client's timeline writing 11 lines, dropping it took the pages written to SQLite's
 * log per timeline request from 34.5 to 19.9 and a grouped commit of eight from 4.5 to 2.8 ms
 * (bench/README.md, "Records at scale").
 */
const auditEventsWithoutUnusedRecordIndex: Migration = {
  async up(db) {
    await db.schema.dropIndex("audit_events_by_record").execute();
  },
  async down(db) {
    await db.schema
      .createIndex("audit_events_by_record")
      .on("audit_events")
      .columns(["record_type", "record_id"])
      .execute();
  },
};

/**
 * A client's assessments in the order a new assessment reads them: the latest few by the day they describe
 * (`as_of`), then when they were recorded. Recording an assessment compares it with the one before
 * (assessment-routes.ts `placementBefore`, newest eight); with only `assessments_by_client (client_id,
 * created_at, id)` both databases read and sorted every assessment of the client, working out for each
 * whether it had been corrected, so recording got slower with every assessment the client had (bench/README.md,
 * "Records API"). With this index the newest eight are read in order and the rest are never touched.
 */
const assessmentsByClientInTimeOrder: Migration = {
  async up(db) {
    await db.schema
      .createIndex("assessments_by_client_as_of")
      .on("assessments")
      .columns(["client_id", "as_of", "created_at", "id"])
      .execute();
  },
  async down(db) {
    await db.schema.dropIndex("assessments_by_client_as_of").execute();
  },
};

/** Refuses UPDATE and DELETE on a table, on both databases (the function exists since 0100). */
async function appendOnly(db: Kysely<unknown>, table: string): Promise<void> {
  if (onSqlite(db)) {
    await sql`${sql.raw(`create trigger ${table}_reject_update before update on ${table}
      begin select raise(abort, '${table} rows are never changed'); end`)}`.execute(db);
    await sql`${sql.raw(`create trigger ${table}_reject_delete before delete on ${table}
      begin select raise(abort, '${table} rows are never changed'); end`)}`.execute(db);
  } else {
    await sql`${sql.raw(`create trigger ${table}_reject_change before update or delete on ${table}
      for each row execute function records_append_only()`)}`.execute(db);
  }
}

/** Spread into database/migrations.ts; keys sort after the accounts migration "0001_…". */
export const recordMigrations: Record<string, Migration> = {
  "0100_clinical_records": clinicalRecords,
  "0300_a_decision_safety_acknowledgements": decisionSafetyAcknowledgements,
  "0300_b_episode_history": episodeHistory,
  "0300_c_assessment_transitions": assessmentTransitions,
  "0300_d_client_management": clientManagement,
  "0300_e_audit_read_indexes": auditReadIndexes,
  // After the program directory's 0400: a database migrated before this one applies it last, in order.
  "0500_consent_signer_and_revocation_reason": consentSignerAndRevocationReason,
  // After the service accounts' 0510, for the same reason.
  "0600_decisions_by_assessment": decisionsByAssessment,
  "0610_audit_events_without_unused_record_index": auditEventsWithoutUnusedRecordIndex,
  "0620_assessments_by_client_in_time_order": assessmentsByClientInTimeOrder,
};
