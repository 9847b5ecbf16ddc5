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
 * reasons), as JSON text without the closing brace. Written once per program and kept until the index is
 * rebuilt, which makes new program objects (program-index.ts): a search then writes each match as this text,
 * its distance and its reasons' text, rather than serializing the same facility again for every search.
 */
const programTexts = new WeakMap<IndexedProgram, string>();

function programText(program: IndexedProgram): string {
  let text = programTexts.get(program);
  if (text === undefined) {
    const { profile } = program;
    text = JSON.stringify({
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
    }).slice(0, -1);
    programTexts.set(program, text);
  }
  return text;
}

type Reasons = Pick<ProgramMatch, "why" | "lacks" | "confirm">;

/**
 * The reasons' JSON text, kept with the reasons themselves: searchPrograms hands out the same reasons
 * object for the same program, filters and language (program-search.ts), so each is written once.
 */
const reasonTexts = new WeakMap<Reasons["why"], string>();

function reasonsText(match: Reasons): string {
  let text = reasonTexts.get(match.why);
  if (text === undefined) {
    text = `"why":${JSON.stringify(match.why)},"lacks":${JSON.stringify(match.lacks)},"confirm":${JSON.stringify(match.confirm)}`;
    reasonTexts.set(match.why, text);
  }
  return text;
}

/**
 * The body of `GET /api/programs` as JSON text: the fields its declared schema lists (program-routes.ts),
 * each match's fixed part and reasons written once and reused (docs/api.md "Answers written as JSON text").
 */
export function searchAnswerText(frame: AnswerFrame, matches: readonly ProgramMatch[]): string {
  let programs = "";
  for (const match of matches) {
    if (programs !== "") programs += ",";
    programs += `${programText(match.program)},"distanceMiles":${match.distanceMiles},${reasonsText(match)}}`;
  }
  const { near, directory } = frame;
  return `{"near":${JSON.stringify({
    latitude: near.latitude,
    longitude: near.longitude,
    resolvedBy: near.resolvedBy,
    label: near.label,
  })},"radiusMiles":${frame.radiusMiles},"directory":{"facilities":${directory.facilities},"version":${directory.version}},"programs":[${programs}],"message":${JSON.stringify(frame.message)}}`;
}
