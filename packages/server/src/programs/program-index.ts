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

function snapshotOf(version: number, programs: IndexedProgram[]): IndexSnapshot {
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
 * search may offer. Each request reads the directory's version row (one primary-key read) and the index
 * is rebuilt when it differs, so several server instances sharing one database follow each other's
 * imports and program edits. Concurrent requests share one rebuild.
 */
export class ProgramIndex {
  #snapshot: IndexSnapshot | undefined;
  #building: Promise<IndexSnapshot> | undefined;

  constructor(private readonly database: Kysely<DatabaseSchema>) {}

  async current(): Promise<IndexSnapshot> {
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
