import { LEVELS_OF_CARE } from "@stepwise/engine";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { deriveEpisode } from "./episode-history.js";
import type { CareEpisodeEventAmendmentsTable, CareEpisodeEventsTable } from "./record-tables.js";

function event(
  sequence: number,
  kind: CareEpisodeEventsTable["kind"],
  toLevel: string | null,
): CareEpisodeEventsTable {
  return {
    id: `event-${sequence}`,
    organization_id: "org",
    episode_id: "episode",
    sequence,
    kind,
    from_level: null,
    to_level: toLevel,
    occurred_on: `2026-01-${String(sequence).padStart(2, "0")}`,
    decision_id: null,
    reason: kind === "discharge" ? "plan-completed" : null,
    emergency_reason: null,
    note: null,
    created_at: "2026-01-01T00:00:00.000Z",
    created_by: "user",
  };
}

function amendment(
  sequence: number,
  eventId: string,
  kind: "correction" | "void",
  toLevel: string | null,
): CareEpisodeEventAmendmentsTable {
  return {
    id: `amendment-${sequence}`,
    organization_id: "org",
    episode_id: "episode",
    event_id: eventId,
    sequence,
    kind,
    reason: "Entered in error.",
    occurred_on: kind === "void" ? null : "2026-01-01",
    to_level: toLevel,
    decision_id: null,
    emergency_reason: null,
    discharge_reason: null,
    note: null,
    created_at: "2026-01-01T00:00:00.000Z",
    created_by: "user",
  };
}

const level = fc.constantFrom(...LEVELS_OF_CARE);

describe("an episode derived from its events", () => {
  it("is at the level of the last move in effect, whatever was corrected or voided, and keeps every event", () => {
    fc.assert(
      fc.property(
        fc.array(level, { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ target: fc.nat(), void: fc.boolean(), level }), { maxLength: 6 }),
        (levels, changes) => {
          const events = levels.map((to, index) =>
            event(index + 1, index === 0 ? "admission" : "transfer", to),
          );
          const amendments = changes.map((change, index) => {
            // The admission is never voided here (the routes allow it only when it stands alone).
            const target = events[change.target % events.length] as CareEpisodeEventsTable;
            const voids = change.void && target.kind !== "admission";
            return amendment(
              index + 1,
              target.id,
              voids ? "void" : "correction",
              voids ? null : change.level,
            );
          });
          const derived = deriveEpisode(events, amendments);
          expect(derived.history).toHaveLength(events.length);
          const expected = [...events].reverse().find((candidate) => {
            const own = amendments.filter((entry) => entry.event_id === candidate.id);
            return !own.some((entry) => entry.kind === "void");
          });
          const corrections = amendments.filter(
            (entry) => entry.event_id === expected?.id && entry.kind === "correction",
          );
          const expectedLevel = corrections.at(-1)?.to_level ?? expected?.to_level;
          expect(derived.currentLevel).toBe(expectedLevel);
          expect(derived.status).toBe("open");
        },
      ),
    );
  });

  it("reopens when the discharge is voided and marks an episode whose admission is voided as entered in error", () => {
    const events = [event(1, "admission", "outpatient"), event(2, "discharge", null)];
    expect(deriveEpisode(events, []).status).toBe("closed");
    expect(deriveEpisode(events, [amendment(1, "event-2", "void", null)]).status).toBe("open");
    const alone = deriveEpisode(
      [event(1, "admission", "outpatient")],
      [amendment(1, "event-1", "void", null)],
    );
    expect(alone).toMatchObject({ status: "entered-in-error", currentLevel: null });
    expect(alone.history[0]?.status).toBe("voided");
  });
});
