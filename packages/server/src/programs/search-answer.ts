import type { IndexedProgram } from "./program-index.js";
import type { ProgramMatch } from "./program-search.js";

/** Where a search was made from, as the answer states it (place-lookup.ts). */
export interface AnswerPlace {
  readonly latitude: number;
  readonly longitude: number;
  readonly resolvedBy: string;
  readonly label: string | null;
}

/** What a program search answers besides its matches. */
export interface AnswerFrame {
  readonly near: AnswerPlace;
  readonly radiusMiles: number;
  readonly directory: { readonly facilities: number; readonly version: number };
  readonly message: string | null;
}

/**
 * A program's part of an answer that does not depend on the search (everything but its distance and its
 * reasons), as UTF-8 JSON up to the distance's value. Written once per program and kept until the index is
 * rebuilt, which makes new program objects (program-index.ts): a search then copies these bytes, its
 * distance and its reasons' bytes, rather than serializing and encoding the same facility for every search.
 */
const programParts = new WeakMap<IndexedProgram, Buffer>();

function programPart(program: IndexedProgram): Buffer {
  let part = programParts.get(program);
  if (part === undefined) {
    const { profile } = program;
    const fixed = JSON.stringify({
      id: program.id,
      source: program.source,
      name: program.name,
      programName: program.programName,
      address: {
        street1: program.street1,
        street2: program.street2,
        city: program.city,
        state: program.state,
        zip: program.zip,
      },
      phone: program.phone,
      intakePhone: program.intakePhone,
      website: program.website,
      latitude: program.latitude,
      longitude: program.longitude,
      levels: profile.levels,
      levelsToConfirm: profile.levelsToConfirm,
      withdrawal: profile.withdrawal,
      withdrawalToConfirm: profile.withdrawalToConfirm,
      medications: profile.medications,
      payment: profile.payment,
      languages: profile.languages,
      ageGroups: profile.ageGroups,
      coOccurringCare: profile.coOccurringCare,
      telehealth: profile.telehealth,
      openings: program.openings,
      waitlistDays: program.waitlistDays,
      availabilityUpdatedOn: program.availabilityUpdatedOn,
    });
    part = Buffer.from(`${fixed.slice(0, -1)},"distanceMiles":`);
    programParts.set(program, part);
  }
  return part;
}

const COMMA = 0x2c;

type Reasons = Pick<ProgramMatch, "why" | "lacks" | "confirm">;

/**
 * The reasons' UTF-8 JSON, closing the program's object, kept with the reasons themselves: searchPrograms
 * hands out the same reasons for the same program, filters and language (program-search.ts).
 */
const reasonParts = new WeakMap<Reasons["why"], Buffer>();

function reasonsPart(match: Reasons): Buffer {
  let part = reasonParts.get(match.why);
  if (part === undefined) {
    part = Buffer.from(
      `,"why":${JSON.stringify(match.why)},"lacks":${JSON.stringify(match.lacks)},"confirm":${JSON.stringify(match.confirm)}}`,
    );
    reasonParts.set(match.why, part);
  }
  return part;
}

/**
 * The body of `GET /api/programs` as UTF-8 JSON: the fields its declared schema lists (program-routes.ts).
 * Each match is its program's kept bytes, its distance and its reasons' kept bytes, copied once into the
 * answer (docs/api.md "Answers written as JSON").
 */
export function searchAnswerJson(frame: AnswerFrame, matches: readonly ProgramMatch[]): Buffer {
  const { near, directory } = frame;
  const head = `{"near":${JSON.stringify({
    latitude: near.latitude,
    longitude: near.longitude,
    resolvedBy: near.resolvedBy,
    label: near.label,
  })},"radiusMiles":${frame.radiusMiles},"directory":{"facilities":${directory.facilities},"version":${directory.version}},"programs":[`;
  const tail = `],"message":${JSON.stringify(frame.message)}}`;
  let length = Buffer.byteLength(head) + Buffer.byteLength(tail) + Math.max(0, matches.length - 1);
  const kept: { program: Buffer; distance: string; reasons: Buffer }[] = [];
  for (const match of matches) {
    const part = {
      program: programPart(match.program),
      distance: String(match.distanceMiles),
      reasons: reasonsPart(match),
    };
    // A distance is a plain decimal number: ASCII, one byte a character.
    length += part.program.length + part.distance.length + part.reasons.length;
    kept.push(part);
  }
  const answer = Buffer.allocUnsafe(length);
  let at = answer.write(head, 0);
  for (const [index, part] of kept.entries()) {
    if (index > 0) at = answer.writeUInt8(COMMA, at);
    at += part.program.copy(answer, at);
    at += answer.write(part.distance, at, "latin1");
    at += part.reasons.copy(answer, at);
  }
  answer.write(tail, at);
  return answer;
}
