/**
 * Tables whose rows are written once and never changed or removed: the audit log and the clinical
 * records that are corrected by a new row (records/records-migration.ts). Triggers refuse UPDATE,
 * DELETE and REPLACE on them, and on PostgreSQL the application's role may only INSERT and SELECT
 * (database-roles.ts). A new append-only table is added here and its own migration creates its triggers, including the
 * SQLite trigger that refuses INSERT OR REPLACE (`<table>_reject_replace`).
 */
export const APPEND_ONLY_TABLES = [
  "audit_events",
  "assessments",
  "level_of_care_decisions",
  "care_episode_events",
  "disclosures",
  "care_episode_event_amendments",
] as const;
