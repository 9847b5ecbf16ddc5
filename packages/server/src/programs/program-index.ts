import { LEVELS_OF_CARE, type LevelOfCare } from "@stepwise/engine";
import { distance } from "geokdbush";
import KDBush from "kdbush";
import type { Kysely } from "kysely";
import type { DatabaseSchema } from "../database/schema.js";
import { nearestWithin, unitVectorsOf } from "./nearest-within.js";
import {
  PROGRAM_MEDICATIONS,
  PROGRAM_PAYMENTS,
  PROGRAM_WITHDRAWAL_SETTINGS,
  type ProgramMedication,
  type ProgramPayment,
  type ProgramProfile,
  type ProgramWithdrawalSetting,
} from "./program-profile.js";

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

/**
 * One bit for each filter value a program can meet: a level or withdrawal setting it offers or names
 * loosely (either meets the filter; the reasons then say what to confirm), a medication, a way to pay, and
 * whether it is an organization's own program. 7 + 4 + 4 + 5 + 1 = 21 bits, one 32-bit word per program.
 */
const LEVEL_BIT = bitsOf(LEVELS_OF_CARE, 0);
const WITHDRAWAL_BIT = bitsOf(PROGRAM_WITHDRAWAL_SETTINGS, LEVELS_OF_CARE.length);
const MEDICATION_BIT = bitsOf(
  PROGRAM_MEDICATIONS,
  LEVELS_OF_CARE.length + PROGRAM_WITHDRAWAL_SETTINGS.length,
);
const PAYMENT_BIT = bitsOf(
  PROGRAM_PAYMENTS,
  LEVELS_OF_CARE.length + PROGRAM_WITHDRAWAL_SETTINGS.length + PROGRAM_MEDICATIONS.length,
);
const ORGANIZATION_BIT =
  1 <<
  (LEVELS_OF_CARE.length +
    PROGRAM_WITHDRAWAL_SETTINGS.length +
    PROGRAM_MEDICATIONS.length +
    PROGRAM_PAYMENTS.length);

function bitsOf<T extends string>(values: readonly T[], first: number): Readonly<Record<T, number>> {
  return Object.fromEntries(values.map((value, index) => [value, 1 << (first + index)])) as Record<T, number>;
}

function offerBitsOf(program: IndexedProgram): number {
  const { profile } = program;
  let bits = program.source === "organization" ? ORGANIZATION_BIT : 0;
  for (const level of [...profile.levels, ...profile.levelsToConfirm]) bits |= LEVEL_BIT[level] ?? 0;
  for (const setting of [...profile.withdrawal, ...profile.withdrawalToConfirm])
    bits |= WITHDRAWAL_BIT[setting] ?? 0;
  for (const medication of profile.medications) bits |= MEDICATION_BIT[medication] ?? 0;
  for (const payment of profile.payment) bits |= PAYMENT_BIT[payment] ?? 0;
  return bits;
}

/** What a search asks for, as the walk tests it against each program it passes. */
export interface IndexFilter {
  readonly level?: LevelOfCare | undefined;
  readonly withdrawal?: ProgramWithdrawalSetting | undefined;
  readonly medication?: ProgramMedication | undefined;
  readonly payment?: ProgramPayment | undefined;
  /** A BCP 47 primary language code; "en" is served everywhere. */
  readonly language?: string | undefined;
  /** Organization programs are offered to their own organization only. */
  readonly organizationId?: string | null | undefined;
}

export interface IndexSnapshot {
  readonly version: number;
  readonly programs: readonly IndexedProgram[];
  readonly directoryFacilities: number;
  /**
   * The nearest programs within `radiusKm` that meet `filter`, nearest first, at most `limit`; ties (programs
   * at the same place) in the order they were indexed. The filter is one AND of pre-built bits per program.
   */
  near(
    latitude: number,
    longitude: number,
    radiusKm: number,
    limit: number,
    filter: IndexFilter,
  ): { program: IndexedProgram; km: number }[];
}

/** The spatial index over `programs` (exported for tests that build one without a database). */
export function snapshotOf(version: number, programs: IndexedProgram[]): IndexSnapshot {
  const index = new KDBush(Math.max(programs.length, 1));
  for (const program of programs) index.add(program.longitude, program.latitude);
  if (programs.length === 0) index.add(0, 0);
  index.finish();
  const units = unitVectorsOf(programs);
  const offers = Uint32Array.from(programs, offerBitsOf);
  /** For each language asked for, which programs offer care in it (built on first ask, kept with the index). */
  const speakers = new Map<string, Uint8Array>();
  const speakersOf = (language: string): Uint8Array => {
    let speaking = speakers.get(language);
    if (speaking === undefined) {
      speaking = Uint8Array.from(programs, (program) =>
        program.profile.languages.includes(language) ? 1 : 0,
      );
      // Any 2- or 3-letter code can be asked for: keep the table small, not one array per code ever asked.
      if (speakers.size < 64) speakers.set(language, speaking);
    }
    return speaking;
  };
  return {
    version,
    programs,
    directoryFacilities: programs.filter((program) => program.source === "directory").length,
    near(latitude, longitude, radiusKm, limit, filter) {
      if (programs.length === 0) return [];
      const required =
        (filter.level === undefined ? 0 : LEVEL_BIT[filter.level]) |
        (filter.withdrawal === undefined ? 0 : WITHDRAWAL_BIT[filter.withdrawal]) |
        (filter.medication === undefined ? 0 : MEDICATION_BIT[filter.medication]) |
        (filter.payment === undefined ? 0 : PAYMENT_BIT[filter.payment]);
      const speaking =
        filter.language === undefined || filter.language === "en" ? undefined : speakersOf(filter.language);
      const organizationId = filter.organizationId ?? null;
      const meets = (id: number): boolean => {
        const bits = offers[id] ?? 0;
        if ((bits & required) !== required) return false;
        if (speaking !== undefined && speaking[id] !== 1) return false;
        return (bits & ORGANIZATION_BIT) === 0 || programs[id]?.organizationId === organizationId;
      };
      const ids = nearestWithin(index, units, latitude, longitude, radiusKm, limit, meets);
      const found: { program: IndexedProgram; km: number }[] = [];
      for (const id of ids) {
        const program = programs[id];
        if (program === undefined) continue;
        const km = distance(longitude, latitude, program.longitude, program.latitude);
        // The ranking compares unit vectors; the radius is held to the same distance the answer states.
        if (km <= radiusKm) found.push({ program, km });
      }
      return found;
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
 * The in-memory spatial index (kdbush, searched nearest first by nearest-within.ts) of every program
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
