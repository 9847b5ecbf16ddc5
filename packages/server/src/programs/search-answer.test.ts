import { describe, expect, it } from "vitest";
import type { IndexedProgram } from "./program-index.js";
import { emptyProfile } from "./program-profile.js";
import { searchView } from "./program-routes.js";
import type { ProgramMatch } from "./program-search.js";
import { searchAnswerJson } from "./search-answer.js";

const program = (name: string, openings: number | null): IndexedProgram => ({
  id: "own-1",
  source: "organization",
  organizationId: "north",
  name,
  programName: null,
  street1: "1 Main St",
  street2: null,
  city: "Charlottesville",
  state: "VA",
  zip: "22902",
  phone: "434-555-0100",
  intakePhone: null,
  website: null,
  latitude: 38.03,
  longitude: -78.48,
  profile: { ...emptyProfile(), substanceUseCare: true, levels: ["intensive-outpatient"], languages: ["es"] },
  openings,
  waitlistDays: null,
  availabilityUpdatedOn: openings === null ? null : "2026-12-01",
});

const frame = {
  near: { latitude: 38.0266, longitude: -78.4805, resolvedBy: "zip", label: "Charlottesville, VA" },
  radiusMiles: 25,
  directory: { facilities: 11_666, version: 3 },
  message: null,
};

function matchOf(found: IndexedProgram, distanceMiles: number): ProgramMatch {
  return {
    program: found,
    distanceMiles,
    why: [{ code: "level:intensive-outpatient", text: "Ofrece atención ambulatoria intensiva." }],
    lacks: [{ code: "openings", text: 'No "openings"\u2028 as of 2026-12-01.' }],
    confirm: [],
  };
}

describe("searchAnswerJson", () => {
  it("writes the declared answer, escaping what a name or reason holds", () => {
    const found = program('Casa "Nueva" — Recuperación', 0);
    const bytes = searchAnswerJson(frame, [matchOf(found, 0.8), matchOf(found, 12)]);
    const answer = JSON.parse(bytes.toString("utf8")) as {
      programs: { name: string; distanceMiles: number }[];
    };
    expect(searchView.parse(answer)).toStrictEqual(answer);
    expect(answer.programs.map((match) => [match.name, match.distanceMiles])).toEqual([
      ['Casa "Nueva" — Recuperación', 0.8],
      ['Casa "Nueva" — Recuperación', 12],
    ]);
    expect(answer).toMatchObject({ radiusMiles: 25, message: null, near: frame.near });
  });

  it("writes an empty list with the message when nothing matched", () => {
    const answer = JSON.parse(searchAnswerJson({ ...frame, message: "Nada." }, []).toString("utf8"));
    expect(answer.programs).toEqual([]);
    expect(answer.message).toBe("Nada.");
    expect(searchView.parse(answer)).toStrictEqual(answer);
  });

  it("writes a program as the index now holds it: a rebuilt index's program is written afresh", () => {
    const before = JSON.parse(searchAnswerJson(frame, [matchOf(program("Harbor", 0), 1)]).toString("utf8"));
    const after = JSON.parse(searchAnswerJson(frame, [matchOf(program("Harbor", 4), 1)]).toString("utf8"));
    expect(before.programs[0].openings).toBe(0);
    expect(after.programs[0].openings).toBe(4);
  });
});
