/**
 * Tables of the program finder (docs/programs.md), spread into `DatabaseSchema`. Profiles and the
 * locator's service words are JSON text; coordinates are decimal degrees.
 */
export type ProgramTables = {
  directory_facilities: DirectoryFacilitiesTable;
  program_directory_state: ProgramDirectoryStateTable;
  organization_programs: OrganizationProgramsTable;
};

/** One facility of SAMHSA's treatment locator, upserted by its `frid`. Public data: no organization. */
export interface DirectoryFacilitiesTable {
  frid: string;
  name: string;
  program_name: string | null;
  street1: string | null;
  street2: string | null;
  city: string | null;
  state: string | null;
  zip: string | null;
  phone: string | null;
  intake_phone: string | null;
  website: string | null;
  latitude: number;
  longitude: number;
  facility_type: string | null;
  /** 1 when search may offer it (its type of care includes substance use treatment). */
  substance_use_care: number;
  profile: string;
  services: string;
  /** SHA-256 of the stored fields, so a re-import of the same row changes nothing. */
  content_hash: string;
  imported_at: string;
  updated_at: string;
}

/**
 * One row (id 1) whose `version` grows with every import that changes the directory and every change
 * to an organization's programs: each server instance compares it with the version of its in-memory
 * index and rebuilds the index when they differ, so instances sharing a database agree.
 */
export interface ProgramDirectoryStateTable {
  id: number;
  version: number;
  changed_at: string;
}

/** A program an organization keeps itself (its own or a partner's), with its current openings. */
export interface OrganizationProgramsTable {
  id: string;
  organization_id: string;
  name: string;
  street1: string | null;
  city: string | null;
  state: string | null;
  zip: string;
  phone: string | null;
  website: string | null;
  latitude: number;
  longitude: number;
  profile: string;
  /** Places open now; null when not known. */
  openings: number | null;
  /** Days a person waits today to start; null when not known. */
  waitlist_days: number | null;
  /** The day the organization last checked openings and waitlist (YYYY-MM-DD). */
  availability_updated_on: string;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}
