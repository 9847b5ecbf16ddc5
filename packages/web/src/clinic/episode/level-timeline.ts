import type { LevelOfCare } from "@stepwise/engine";
import type { AssessmentRecord, DecisionRecord, EpisodeRecord } from "./episode-records.js";

/** A stretch of time at one level, from the events in effect (voided ones left out). */
export interface LevelStretch {
  readonly from: string;
  /** The day it ended (the next move or the discharge), or null while it lasts. */
  readonly to: string | null;
  readonly level: LevelOfCare;
}

export type TimelineMark =
  | {
      readonly kind: "assessment";
      readonly id: string;
      readonly date: string;
      readonly level: LevelOfCare | null;
    }
  | { readonly kind: "decision"; readonly id: string; readonly date: string; readonly level: LevelOfCare };

export interface LevelTimeline {
  readonly stretches: readonly LevelStretch[];
  readonly marks: readonly TimelineMark[];
  readonly first: string;
  readonly last: string;
}

/**
 * The episode's levels over time with the client's assessments and decisions placed on it: the facts
 * the timeline chart draws and the list beside it reads out. The levels come from the events in effect,
 * as the records API derives the current level (docs/api.md); a corrected event counts at its corrected
 * values, a voided one not at all.
 */
export function levelTimeline(
  episode: EpisodeRecord,
  assessments: readonly AssessmentRecord[],
  decisions: readonly DecisionRecord[],
  today: string,
): LevelTimeline {
  const inEffect = episode.events
    .filter((event) => event.status !== "voided")
    .toSorted((a, b) => a.on.localeCompare(b.on) || a.sequence - b.sequence);
  const stretches: LevelStretch[] = [];
  for (const event of inEffect) {
    const previous = stretches[stretches.length - 1];
    if (event.kind === "discharge") {
      if (previous !== undefined && previous.to === null)
        stretches[stretches.length - 1] = { ...previous, to: event.on };
      continue;
    }
    if (event.toLevel === null) continue;
    if (previous !== undefined && previous.to === null)
      stretches[stretches.length - 1] = { ...previous, to: event.on };
    stretches.push({ from: event.on, to: null, level: event.toLevel });
  }
  const marks: TimelineMark[] = [
    ...assessments
      .filter((assessment) => assessment.supersededById === null)
      .map((assessment) => ({
        kind: "assessment" as const,
        id: assessment.id,
        date: assessment.asOf.slice(0, 10),
        level: assessment.recommendedLevel,
      })),
    ...decisions.map((decision) => ({
      kind: "decision" as const,
      id: decision.id,
      date: decision.createdAt.slice(0, 10),
      level: decision.chosenLevel,
    })),
  ].toSorted(
    (a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? 0 : a.kind === "assessment" ? -1 : 1),
  );
  const dates = [
    ...stretches.flatMap((stretch) => [stretch.from, stretch.to ?? today]),
    ...marks.map((mark) => mark.date),
  ].toSorted();
  return { stretches, marks, first: dates[0] ?? today, last: dates[dates.length - 1] ?? today };
}

/** Whole days from one YYYY-MM-DD date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
