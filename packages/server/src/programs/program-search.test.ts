import { LEVELS_OF_CARE } from "@stepwise/engine";
import fc from "fast-check";
import { distance } from "geokdbush";
import { describe, expect, it } from "vitest";
import { readLocatorRow } from "./locator-row.js";
import { type IndexedProgram, snapshotOf } from "./program-index.js";
import { PROGRAM_MEDICATIONS, PROGRAM_PAYMENTS, PROGRAM_WITHDRAWAL_SETTINGS } from "./program-profile.js";
import { KM_PER_MILE, meetsSearch, type ProgramSearch, searchPrograms } from "./program-search.js";
import { synthesisedRows } from "./testing/synthetic-listing.js";

let kept = 0;
const programs: IndexedProgram[] = synthesisedRows(3_000).flatMap((row) => {
  const reading = readLocatorRow(row);
  if (!reading.ok || !reading.facility.profile.substanceUseCare) return [];
  const { facility } = reading;
  // Every tenth program is one of two organizations' own: offered to that organization only.
  kept += 1;
  const organizationId = kept % 10 === 0 ? (kept % 20 === 0 ? "north" : "south") : null;
  return [
    {
      ...facility,
      id: facility.frid,
      source: organizationId === null ? ("directory" as const) : ("organization" as const),
      organizationId,
      openings: null,
      waitlistDays: null,
      availabilityUpdatedOn: null,
    },
  ];
});
const snapshot = snapshotOf(1, programs);

const searchArbitrary = fc.record({
  latitude: fc.double({ min: 26, max: 48, noNaN: true }),
  longitude: fc.double({ min: -122, max: -70, noNaN: true }),
  radiusMiles: fc.integer({ min: 1, max: 250 }),
  limit: fc.integer({ min: 1, max: 100 }),
  level: fc.option(fc.constantFrom(...LEVELS_OF_CARE), { nil: undefined }),
  withdrawal: fc.option(fc.constantFrom(...PROGRAM_WITHDRAWAL_SETTINGS), { nil: undefined }),
  medication: fc.option(fc.constantFrom(...PROGRAM_MEDICATIONS), { nil: undefined }),
  payment: fc.option(fc.constantFrom(...PROGRAM_PAYMENTS), { nil: undefined }),
  language: fc.option(fc.constantFrom("en", "es", "de", "ase"), { nil: undefined }),
  organizationId: fc.option(fc.constantFrom("north", "south"), { nil: null }),
});

describe("program search over the spatial index", () => {
  it("answers what a scan of every program would: the nearest matches within the radius, nearest first", () => {
    fc.assert(
      fc.property(searchArbitrary, (search: ProgramSearch) => {
        const found = searchPrograms(snapshot, search);
        const expected = programs
          .map((program) => ({
            program,
            km: distance(search.longitude, search.latitude, program.longitude, program.latitude),
          }))
          .filter(({ program, km }) => km <= search.radiusMiles * KM_PER_MILE && meetsSearch(program, search))
          .sort((a, b) => a.km - b.km)
          .slice(0, search.limit);
        expect(found.map((match) => match.program.id)).toEqual(expected.map(({ program }) => program.id));
        for (const match of found) {
          expect(match.distanceMiles).toBeLessThanOrEqual(search.radiusMiles + 0.05);
          expect(match.why.length).toBeGreaterThan(0);
          if (search.level !== undefined) {
            expect([...match.program.profile.levels, ...match.program.profile.levelsToConfirm]).toContain(
              search.level,
            );
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
