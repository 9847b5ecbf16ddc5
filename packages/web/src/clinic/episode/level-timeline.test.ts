import { describe, expect, it } from "vitest";
import type {
  AssessmentRecord,
  DecisionRecord,
  EpisodeEventRecord,
  EpisodeRecord,
} from "./episode-records.js";
import { daysBetween, levelTimeline } from "./level-timeline.js";

function event(
  sequence: number,
  kind: EpisodeEventRecord["kind"],
  on: string,
  toLevel: EpisodeEventRecord["toLevel"],
  status: EpisodeEventRecord["status"] = "in-effect",
): EpisodeEventRecord {
  const values = { on, toLevel, decisionId: null, emergencyReason: null, reason: null, note: null };
  return {
    id: `e${sequence}`,
    sequence,
    kind,
    status,
    direction: null,
    fromLevel: null,
    original: values,
    amendments: [],
    ...values,
  };
}

const episode = (events: EpisodeEventRecord[]): EpisodeRecord => ({
  id: "ep",
  clientId: "c",
  status: "open",
  currentLevel: null,
  currentLevelLabel: null,
  reassessmentDueOn: null,
  admittedOn: null,
  dischargedOn: null,
  events,
});

describe("the levels over time with each assessment and decision", () => {
  it("follows the moves in effect, leaving out a voided one, and ends at the discharge", () => {
    const timeline = levelTimeline(
      episode([
        event(1, "admission", "2026-11-01", "medically-managed-inpatient"),
        event(2, "transfer", "2026-11-05", "outpatient", "voided"),
        event(3, "transfer", "2026-11-10", "residential", "corrected"),
        event(4, "discharge", "2026-11-30", null),
      ]),
      [
        {
          id: "a1",
          asOf: "2026-11-01",
          recommendedLevel: "medically-managed-inpatient",
          supersededById: null,
        } as AssessmentRecord,
        {
          id: "old",
          asOf: "2026-10-30",
          recommendedLevel: "outpatient",
          supersededById: "a1",
        } as AssessmentRecord,
      ],
      [
        {
          id: "d1",
          createdAt: "2026-11-01T12:00:00Z",
          chosenLevel: "medically-managed-inpatient",
        } as DecisionRecord,
      ],
      "2026-12-05",
    );
    expect(timeline.stretches).toEqual([
      { from: "2026-11-01", to: "2026-11-10", level: "medically-managed-inpatient" },
      { from: "2026-11-10", to: "2026-11-30", level: "residential" },
    ]);
    expect(timeline.marks.map((mark) => [mark.kind, mark.date])).toEqual([
      ["assessment", "2026-11-01"],
      ["decision", "2026-11-01"],
    ]);
    expect([timeline.first, timeline.last]).toEqual(["2026-11-01", "2026-11-30"]);
  });

  it("runs an open episode up to today", () => {
    const timeline = levelTimeline(
      episode([event(1, "admission", "2026-12-01", "outpatient")]),
      [],
      [],
      "2026-12-05",
    );
    expect(timeline.stretches).toEqual([{ from: "2026-12-01", to: null, level: "outpatient" }]);
    expect(timeline.last).toBe("2026-12-05");
    expect(daysBetween(timeline.first, timeline.last)).toBe(4);
  });
});
