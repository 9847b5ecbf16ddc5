import { createHash } from "node:crypto";
import { type Kysely, sql } from "kysely";
import type { DatabaseSchema } from "../database/schema.js";
import { type DirectoryFacility, readLocatorRow } from "./locator-row.js";
import type { DirectoryFacilitiesTable } from "./program-tables.js";

/**
 * Rows written per statement: 20 columns × 1,500 rows = 30,000 parameters, under SQLite's 32,766 and
 * PostgreSQL's 65,535; fewer, larger statements are what makes 25,000 rows import in seconds.
 */
const BATCH_ROWS = 1_500;
/** While a batch is being written, mapping the next one pauses this often to let the database's replies in. */
const YIELD_EVERY_ROWS = 100;

export interface RefusedRow {
  /** 1-based position of the row in the import, across files. */
  readonly position: number;
  readonly frid: string | null;
  readonly reason: string;
}

export interface UnmappedServiceCount {
  readonly category: string;
  readonly value: string;
  /** How many imported rows carry it. */
  readonly rows: number;
}

export interface DirectoryImportSummary {
  readonly added: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly refused: readonly RefusedRow[];
  readonly unmapped: readonly UnmappedServiceCount[];
  /** Of the rows stored, how many search may offer for substance use care. */
  readonly substanceUseFacilities: number;
  /** The directory's version after the import (it grows only when something changed). */
  readonly directoryVersion: number;
}

export interface DirectoryImport {
  /** Reads, maps and upserts rows in order; call as often as needed, then `finish`. */
  add(rows: readonly unknown[]): Promise<void>;
  /** Counts a row the caller could not even read (a line of NDJSON that is not JSON). */
  refuse(reason: string): void;
  /** Rows seen so far (stored, unchanged or refused). */
  readonly seen: number;
  finish(): Promise<DirectoryImportSummary>;
}

type FacilityRow = Omit<DirectoryFacilitiesTable, "imported_at" | "updated_at">;

function storedFieldsOf(facility: DirectoryFacility): FacilityRow {
  const fields = {
    frid: facility.frid,
    name: facility.name,
    program_name: facility.programName,
    street1: facility.street1,
    street2: facility.street2,
    city: facility.city,
    state: facility.state,
    zip: facility.zip,
    phone: facility.phone,
    intake_phone: facility.intakePhone,
    website: facility.website,
    latitude: facility.latitude,
    longitude: facility.longitude,
    facility_type: facility.facilityType,
    substance_use_care: facility.profile.substanceUseCare ? 1 : 0,
    profile: JSON.stringify(facility.profile),
    services: JSON.stringify(facility.services),
  };
  // The fields joined by a separator no field holds (U+0000 is escaped in JSON and absent from listing
  // text) and hashed once: stringifying the whole row again would escape and copy the two JSON texts.
  const text = Object.values(fields)
    .map((value) => (value === null ? "\u0001" : String(value)))
    .join("\u0000");
  return { ...fields, content_hash: createHash("sha256").update(text).digest("base64url") };
}

/**
 * Loads treatment-locator rows into the directory: upsert by `frid`, so importing the same listing again
 * changes nothing and a changed row replaces the stored one. Rows that cannot be stored are refused with
 * the reason; service values the mapping does not know are counted and reported (docs/programs.md).
 */
export function startDirectoryImport(database: Kysely<DatabaseSchema>, now: Date): DirectoryImport {
  const at = now.toISOString();
  let seen = 0;
  let added = 0;
  let updated = 0;
  let unchanged = 0;
  let substanceUseFacilities = 0;
  const refused: RefusedRow[] = [];
  const unmapped = new Map<string, UnmappedServiceCount>();

  async function store(batch: FacilityRow[]): Promise<void> {
    if (batch.length === 0) return;
    // The same frid twice in one batch: the later row wins, as it would in a later batch.
    const byFrid = new Map(batch.map((row) => [row.frid, row]));
    const rows = [...byFrid.values()];
    unchanged += batch.length - rows.length;
    const existing = new Map(
      (
        await database
          .selectFrom("directory_facilities")
          .select(["frid", "content_hash"])
          .where(
            "frid",
            "in",
            rows.map((row) => row.frid),
          )
          .execute()
      ).map((row) => [row.frid, row.content_hash]),
    );
    const changed = rows.filter((row) => existing.get(row.frid) !== row.content_hash);
    for (const row of rows) {
      const hash = existing.get(row.frid);
      if (hash === undefined) added += 1;
      else if (hash === row.content_hash) unchanged += 1;
      else updated += 1;
    }
    if (changed.length === 0) return;
    await database
      .insertInto("directory_facilities")
      .values(changed.map((row) => ({ ...row, imported_at: at, updated_at: at })))
      .onConflict((conflict) =>
        conflict.column("frid").doUpdateSet((eb) => ({
          name: eb.ref("excluded.name"),
          program_name: eb.ref("excluded.program_name"),
          street1: eb.ref("excluded.street1"),
          street2: eb.ref("excluded.street2"),
          city: eb.ref("excluded.city"),
          state: eb.ref("excluded.state"),
          zip: eb.ref("excluded.zip"),
          phone: eb.ref("excluded.phone"),
          intake_phone: eb.ref("excluded.intake_phone"),
          website: eb.ref("excluded.website"),
          latitude: eb.ref("excluded.latitude"),
          longitude: eb.ref("excluded.longitude"),
          facility_type: eb.ref("excluded.facility_type"),
          substance_use_care: eb.ref("excluded.substance_use_care"),
          profile: eb.ref("excluded.profile"),
          services: eb.ref("excluded.services"),
          content_hash: eb.ref("excluded.content_hash"),
          updated_at: eb.ref("excluded.updated_at"),
        })),
      )
      .execute();
  }

  // At most one batch is written while the next is read and mapped: on PostgreSQL the database and Node
  // then work at the same time (better-sqlite3 is synchronous, so on SQLite each write simply runs in turn).
  let writing: Promise<void> | null = null;
  /** Rows read and mapped but not yet written: batches span calls to add, so each write is a full one. */
  let batch: FacilityRow[] = [];
  async function settle(): Promise<void> {
    const pending = writing;
    writing = null;
    await pending;
  }
  async function storeBehind(rows: FacilityRow[]): Promise<void> {
    await settle();
    if (rows.length === 0) return;
    const started = store(rows);
    // Marked handled at once: its error is rethrown by the next settle(), not reported as unhandled.
    started.catch(() => undefined);
    writing = started;
  }

  return {
    get seen() {
      return seen;
    },
    refuse(reason) {
      seen += 1;
      refused.push({ position: seen, frid: null, reason });
    },
    async add(rows) {
      for (const raw of rows) {
        seen += 1;
        const reading = readLocatorRow(raw);
        if (!reading.ok) {
          refused.push({ position: seen, frid: reading.frid, reason: reading.reason });
          continue;
        }
        if (reading.facility.profile.substanceUseCare) substanceUseFacilities += 1;
        for (const { category, value } of reading.unmapped) {
          const key = `${category}\u0000${value}`;
          const count = unmapped.get(key);
          unmapped.set(key, { category, value, rows: (count?.rows ?? 0) + 1 });
        }
        batch.push(storedFieldsOf(reading.facility));
        if (batch.length === BATCH_ROWS) {
          await storeBehind(batch);
          batch = [];
        } else if (batch.length % YIELD_EVERY_ROWS === 0 && writing !== null) {
          // Let the pending write's replies in, so PostgreSQL works on one batch while this maps the next.
          await new Promise((resolve) => setImmediate(resolve));
        }
      }
    },
    async finish() {
      await storeBehind(batch);
      batch = [];
      await settle();
      if (added + updated > 0) await bumpDirectoryVersion(database, at);
      const state = await database
        .selectFrom("program_directory_state")
        .select("version")
        .where("id", "=", 1)
        .executeTakeFirstOrThrow();
      return {
        added,
        updated,
        unchanged,
        refused,
        unmapped: [...unmapped.values()].sort(
          (a, b) => a.category.localeCompare(b.category) || b.rows - a.rows || a.value.localeCompare(b.value),
        ),
        substanceUseFacilities,
        directoryVersion: Number(state.version),
      };
    },
  };
}

/** Tells every server instance sharing the database that its in-memory index is out of date. */
export async function bumpDirectoryVersion(database: Kysely<DatabaseSchema>, at: string): Promise<void> {
  await database
    .updateTable("program_directory_state")
    .set({ version: sql<number>`version + 1`, changed_at: at })
    .where("id", "=", 1)
    .execute();
}
