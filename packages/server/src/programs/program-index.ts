import { around, distance } from "geokdbush";
import KDBush from "kdbush";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.js";
import type { ProgramProfile } from "./program-profile.js";

/** A program as search holds it in memory: a directory facility or one of an organization's programs. */
export interface IndexedProgram {
  readonly id: string;
  readonly source: "directory" | "organization";
  /** The organization that keeps it; null for the public directory. */
  readonly organizationId: string | null;
  readonly name: string;
  readonly programName: string | null;
  readonly street1: string | null;
  readonly street2: string | null;
  readonly city: string | null;
  readonly state: string | null;
  readonly zip: string | null;
  readonly phone: string | null;
  readonly intakePhone: string | null;
  readonly website: string | null;
  readonly latitude: number;
  readonly longitude: number;
  readonly profile: ProgramProfile;
  readonly openings: number | null;
  readonly waitlistDays: number | null;
  readonly availabilityUpdatedOn: string | null;
}

export interface IndexSnapshot {
  readonly version: number;
  readonly programs: readonly IndexedProgram[];
  readonly directoryFacilities: number;
  /** The geographic index over `programs` (kdbush ids are positions in `programs`). */
  near(
    latitude: number,
    longitude: number,
    radiusKm: number,
    limit: number,
    accept: (program: IndexedProgram) => boolean,
  ): { program: IndexedProgram; km: number }[];
}

/** The spatial index over `programs` (exported for tests that build one without a database). */
export function snapshotOf(version: number, programs: IndexedProgram[]): IndexSnapshot {
  const index = new KDBush(Math.max(programs.length, 1));
  for (const program of programs) index.add(program.longitude, program.latitude);
  if (programs.length === 0) index.add(0, 0);
  index.finish();
  return {
    version,
    programs,
    directoryFacilities: programs.filter((program) => program.source === "directory").length,
    near(latitude, longitude, radiusKm, limit, accept) {
      if (programs.length === 0) return [];
      const ids = around(index, longitude, latitude, limit, radiusKm, (id) => {
        const program = programs[id];
        return program !== undefined && accept(program);
      });
      return ids.flatMap((id) => {
        const program = programs[id];
        return program === undefined
          ? []
          : [{ program, km: distance(longitude, latitude, program.longitude, program.latitude) }];
      });
    },
  };
}

async function loadPrograms(database: Kysely<DatabaseSchema>): Promise<IndexedProgram[]> {
  const facilities = await database
    .selectFrom("directory_facilities")
    .select([
      "frid",
      "name",
      "program_name",
      "street1",
      "street2",
      "city",
      "state",
      "zip",
      "phone",
      "intake_phone",
      "website",
      "latitude",
      "longitude",
      "profile",
    ])
    .where("substance_use_care", "=", 1)
    .execute();
  const own = await database.selectFrom("organization_programs").selectAll().execute();
  return [
    ...facilities.map(
      (row): IndexedProgram => ({
        id: row.frid,
        source: "directory",
        organizationId: null,
        name: row.name,
        programName: row.program_name,
        street1: row.street1,
        street2: row.street2,
        city: row.city,
        state: row.state,
        zip: row.zip,
        phone: row.phone,
        intakePhone: row.intake_phone,
        website: row.website,
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        profile: JSON.parse(row.profile) as ProgramProfile,
        openings: null,
        waitlistDays: null,
        availabilityUpdatedOn: null,
      }),
    ),
    ...own.map(
      (row): IndexedProgram => ({
        id: row.id,
        source: "organization",
        organizationId: row.organization_id,
        name: row.name,
        programName: null,
        street1: row.street1,
        street2: null,
        city: row.city,
        state: row.state,
        zip: row.zip,
        phone: row.phone,
        intakePhone: null,
        website: row.website,
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        profile: JSON.parse(row.profile) as ProgramProfile,
        openings: row.openings,
        waitlistDays: row.waitlist_days,
        availabilityUpdatedOn: row.availability_updated_on,
      }),
    ),
  ];
}

/**
 * The in-memory spatial index (kdbush, searched by great-circle distance with geokdbush) of every program
 * search may offer. A request reads the directory's version row (one primary-key read) when the last read
 * is older than `recheckMs`, and the index is rebuilt when the version differs, so several server instances
 * sharing one database follow each other's imports and program edits within `recheckMs` (1 s by default;
 * reading the row on every request would cost more than the search itself). Concurrent requests share one
 * rebuild. A change made through this instance is seen at once (`changed`).
 */
export class ProgramIndex {
  #snapshot: IndexSnapshot | undefined;
  #building: Promise<IndexSnapshot> | undefined;
  #checkedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly database: Kysely<DatabaseSchema>,
    private readonly recheckMs = 1000,
  ) {}

  /** This instance changed the programs: read the version on the next request. */
  changed(): void {
    this.#checkedAt = Number.NEGATIVE_INFINITY;
  }

  async current(): Promise<IndexSnapshot> {
    const now = performance.now();
    if (
      this.#snapshot !== undefined &&
      this.#building === undefined &&
      now - this.#checkedAt < this.recheckMs
    ) {
      return this.#snapshot;
    }
    this.#checkedAt = now;
    const state = await this.database
      .selectFrom("program_directory_state")
      .select("version")
      .where("id", "=", 1)
      .executeTakeFirst();
    const version = Number(state?.version ?? 0);
    if (this.#snapshot !== undefined && this.#snapshot.version === version) return this.#snapshot;
    if (this.#building === undefined) {
      this.#building = loadPrograms(this.database)
        .then((programs) => {
          this.#snapshot = snapshotOf(version, programs);
          return this.#snapshot;
        })
        .finally(() => {
          this.#building = undefined;
        });
    }
    return this.#building;
  }
}
