/**
 * Tables of the clinical records (docs/api.md), spread into `DatabaseSchema`. Portable choices follow
 * database/schema.ts: text ids (random UUIDs), ISO-8601 UTC text times, YYYY-MM-DD text dates, JSON as
 * text. Every row carries `organization_id`, stamped by the server from the signed-in person, never
 * from the request (docs/design/engineering.md §3.6).
 *
 * `version` counts changes to a row that may change (client identifiers, an episode, a consent); it
 * is the basis of the row's ETag, and an update names the version it read (If-Match).
 */
export type RecordTables = {
  clients: ClientsTable;
  client_name_words: ClientNameWordsTable;
  assessments: AssessmentsTable;
  level_of_care_decisions: LevelOfCareDecisionsTable;
  care_episodes: CareEpisodesTable;
  care_episode_events: CareEpisodeEventsTable;
  care_episode_event_amendments: CareEpisodeEventAmendmentsTable;
  consents: ConsentsTable;
  disclosures: DisclosuresTable;
};

/** Minimal identifiers only (HIPAA minimum necessary, 45 CFR 164.502(b)). */
export interface ClientsTable {
  id: string;
  organization_id: string;
  name: string;
  birth_date: string | null;
  /** The clinic's own record number; unique within the organization when given. */
  record_number: string | null;
  /** US ZIP code (5 digits or ZIP+4), for finding programs near the client. */
  zip_code: string | null;
  /** The clinician (a user of the organization) responsible for the client. */
  assigned_clinician_id: string | null;
  /** `merged`: a duplicate whose records are shown under `merged_into_id`. */
  status: ClientStatus;
  status_reason: string | null;
  merged_into_id: string | null;
  merged_at: string | null;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export type ClientStatus = "active" | "inactive" | "merged";

/**
 * Each word of a client's name, folded (lower case, no accents), for prefix search on any word with
 * an index (client-search.ts). Rewritten with the name; derived, never shown.
 */
export interface ClientNameWordsTable {
  client_id: string;
  organization_id: string;
  word: string;
}

/**
 * One version of an assessment: the answers, the engine's result and the rule-set version that
 * produced it. Rows are never updated (a trigger refuses it); a correction is a new row whose
 * `supersedes_id` names the row it corrects, and at most one row may correct a given row.
 */
export interface AssessmentsTable {
  id: string;
  organization_id: string;
  client_id: string;
  supersedes_id: string | null;
  correction_note: string | null;
  as_of: string;
  model_version: string;
  ruleset_version: string;
  /** The validated answers (JSON). */
  answers: string;
  /** The engine's PlacementResult (JSON). */
  result: string;
  /**
   * The engine's TransitionResult (JSON) from the earlier assessment or the open episode's level;
   * null for a first assessment.
   */
  transition: string | null;
  /** The assessment this one was compared with for its transition. */
  previous_assessment_id: string | null;
  recommended_level: string | null;
  provisional: number;
  created_at: string;
  created_by: string;
}

/** Recommended, available, chosen, with a coded reason when they differ (docs/design.md; docs/design/domain.md §5.6). Never updated. */
export interface LevelOfCareDecisionsTable {
  id: string;
  organization_id: string;
  client_id: string;
  assessment_id: string;
  recommended_level: string | null;
  /** JSON array of levels offered near the person; null when not checked. */
  available_levels: string | null;
  chosen_level: string;
  reason: string | null;
  reason_text: string | null;
  /** JSON array of StoredSafetyAcknowledgement (safety-gate.ts); null on decisions stored before it existed. */
  safety_acknowledgements: string | null;
  created_at: string;
  created_by: string;
}

export type CareEpisodeStatus = "open" | "closed";

/**
 * An episode of care. Its level and dates are derived from its events (episode-history.ts), never
 * stored here; `status` is kept in step with the events in the same transaction only so the database
 * can enforce one open episode per client (a partial unique index).
 */
export interface CareEpisodesTable {
  id: string;
  organization_id: string;
  client_id: string;
  status: CareEpisodeStatus;
  /** When the client should be reassessed; a default per level (reassessment-due.ts), editable. */
  reassessment_due_on: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export type CareEpisodeEventKind = "admission" | "transfer" | "discharge";

/** Admission, each transfer, and discharge, with the level on each side. Never updated. */
export interface CareEpisodeEventsTable {
  id: string;
  organization_id: string;
  episode_id: string;
  sequence: number;
  kind: CareEpisodeEventKind;
  from_level: string | null;
  to_level: string | null;
  occurred_on: string;
  decision_id: string | null;
  /** For a discharge, its coded reason. */
  reason: string | null;
  /** Why a move was made without a decision for the new level. */
  emergency_reason: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
}

/**
 * A correction or void of one episode event, with the reason; never updated. A correction holds the
 * whole event as it should read (the latest correction wins); a void takes the event out of the timeline.
 */
export interface CareEpisodeEventAmendmentsTable {
  id: string;
  organization_id: string;
  episode_id: string;
  event_id: string;
  /** Order of the episode's amendments. */
  sequence: number;
  kind: "correction" | "void";
  reason: string;
  occurred_on: string | null;
  to_level: string | null;
  decision_id: string | null;
  emergency_reason: string | null;
  discharge_reason: string | null;
  note: string | null;
  created_at: string;
  created_by: string;
}

/** A written consent to disclose (42 CFR 2.31): who may receive what, for which purpose, until when. */
export interface ConsentsTable {
  id: string;
  organization_id: string;
  client_id: string;
  recipient_name: string;
  /** JSON array of record kinds the consent covers. */
  information: string;
  purpose: string;
  purpose_text: string | null;
  signed_on: string;
  expires_on: string;
  /** Who signed (the client, or who signed for them); null for consents recorded before migration 0500. */
  signed_by: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  revocation_reason: string | null;
  version: number;
  created_at: string;
  created_by: string;
}

/** One disclosure outside the organization, for the client's accounting of disclosures (42 CFR 2.24). */
export interface DisclosuresTable {
  id: string;
  organization_id: string;
  client_id: string;
  consent_id: string;
  recipient_name: string;
  information: string;
  purpose: string;
  disclosed_at: string;
  disclosed_by: string;
}
