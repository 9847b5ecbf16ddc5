import type { LevelOfCare } from "@stepwise/engine";
import type { CareEpisodeEventAmendmentsTable, CareEpisodeEventsTable } from "./record-tables.js";

/** What an event says once its latest correction is applied; `null` for a voided event. */
export interface EffectiveEvent {
  readonly event: CareEpisodeEventsTable;
  readonly kind: CareEpisodeEventsTable["kind"];
  readonly on: string;
  /** The level after the event (null for a discharge). */
  readonly toLevel: LevelOfCare | null;
  /** The level before the event, derived from the effective event before it. */
  readonly fromLevel: LevelOfCare | null;
  readonly decisionId: string | null;
  readonly emergencyReason: string | null;
  readonly dischargeReason: string | null;
  readonly note: string | null;
}

export type EventStatus = "in-effect" | "corrected" | "voided";

export interface EventHistory {
  readonly event: CareEpisodeEventsTable;
  readonly status: EventStatus;
  /** Oldest first. The latest correction says what the event now says; a void ends the event. */
  readonly amendments: readonly CareEpisodeEventAmendmentsTable[];
  readonly effective: EffectiveEvent | null;
}

export type DerivedEpisodeStatus = "open" | "closed" | "entered-in-error";

/** The episode as its events say it is: nothing here is stored apart from the events. */
export interface DerivedEpisode {
  readonly status: DerivedEpisodeStatus;
  readonly currentLevel: LevelOfCare | null;
  readonly admittedOn: string | null;
  readonly dischargedOn: string | null;
  /** Every event ever recorded, in the order recorded, each with its amendments and status. */
  readonly history: readonly EventHistory[];
  /** The events in effect, in order: the episode's true timeline. */
  readonly timeline: readonly EffectiveEvent[];
}

/**
 * Replays an episode's events with their amendments. Events and amendments are append-only (a
 * mistake is corrected or voided with a reason; the original stays, marked), so the current level,
 * the admission and discharge dates and whether the episode is open are always derived here, from
 * the record itself, never from a column that could disagree with it.
 */
export function deriveEpisode(
  events: readonly CareEpisodeEventsTable[],
  amendments: readonly CareEpisodeEventAmendmentsTable[],
): DerivedEpisode {
  const byEvent = new Map<string, CareEpisodeEventAmendmentsTable[]>();
  for (const amendment of [...amendments].sort(
    (a, b) => Number(a.sequence) - Number(b.sequence) || a.id.localeCompare(b.id),
  )) {
    const list = byEvent.get(amendment.event_id) ?? [];
    list.push(amendment);
    byEvent.set(amendment.event_id, list);
  }
  const history: EventHistory[] = [];
  const timeline: EffectiveEvent[] = [];
  let level: LevelOfCare | null = null;
  for (const event of [...events].sort((a, b) => Number(a.sequence) - Number(b.sequence))) {
    const own = byEvent.get(event.id) ?? [];
    const voided = own.some((amendment) => amendment.kind === "void");
    const latest = [...own].reverse().find((amendment) => amendment.kind === "correction");
    if (voided) {
      history.push({ event, status: "voided", amendments: own, effective: null });
      continue;
    }
    const effective: EffectiveEvent = {
      event,
      kind: event.kind,
      on: latest?.occurred_on ?? event.occurred_on,
      toLevel: (latest === undefined ? event.to_level : latest.to_level) as LevelOfCare | null,
      fromLevel: event.kind === "admission" ? null : level,
      decisionId: latest === undefined ? event.decision_id : latest.decision_id,
      emergencyReason: latest === undefined ? event.emergency_reason : latest.emergency_reason,
      dischargeReason: latest === undefined ? event.reason : latest.discharge_reason,
      note: latest === undefined ? event.note : latest.note,
    };
    if (effective.toLevel !== null) level = effective.toLevel;
    timeline.push(effective);
    history.push({
      event,
      status: latest === undefined ? "in-effect" : "corrected",
      amendments: own,
      effective,
    });
  }
  const admission = timeline.find((entry) => entry.kind === "admission") ?? null;
  const discharge = timeline.find((entry) => entry.kind === "discharge") ?? null;
  return {
    status: admission === null ? "entered-in-error" : discharge === null ? "open" : "closed",
    currentLevel: admission === null ? null : level,
    admittedOn: admission?.on ?? null,
    dischargedOn: discharge?.on ?? null,
    history,
    timeline,
  };
}

/**
 * What a timeline must be to be true: it starts with an admission, has at most one discharge and
 * only at the end, each move changes the level, and dates never go backwards. Returns the broken rule
 * in words, or null. Checked on the timeline an amendment or a new event would produce.
 */
export function timelineProblem(
  timeline: readonly EffectiveEvent[],
): { readonly field: "eventId" | "on" | "toLevel"; readonly message: string } | null {
  if (timeline.length === 0) return null;
  if (timeline[0]?.kind !== "admission") {
    return { field: "eventId", message: "The admission can be voided only when it is the only event left." };
  }
  let previous: EffectiveEvent | null = null;
  for (const [index, entry] of timeline.entries()) {
    if (entry.kind === "discharge" && index !== timeline.length - 1) {
      return { field: "eventId", message: "Nothing can follow the discharge in an episode of care." };
    }
    if (previous !== null && entry.on < previous.on) {
      return { field: "on", message: `The events would go back in time (${entry.on} after ${previous.on}).` };
    }
    if (entry.kind === "transfer" && entry.toLevel === entry.fromLevel) {
      return {
        field: "toLevel",
        message: `A move would leave the client at the same level (${entry.toLevel}); correct or void that move first.`,
      };
    }
    previous = entry;
  }
  return null;
}
