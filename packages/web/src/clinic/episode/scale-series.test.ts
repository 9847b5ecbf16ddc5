import { describe, expect, it } from "vitest";
import type { AssessmentRecord } from "./episode-records.js";
import { chartTop, scaleHistory } from "./scale-series.js";

function assessment(
  id: string,
  asOf: string,
  scales: { instrument: string; total: number | null }[],
  supersededById: string | null = null,
): AssessmentRecord {
  return {
    id,
    clientId: "c",
    supersededById,
    asOf,
    recommendedLevel: null,
    provisional: false,
    answers: { scales },
    result: {},
    explanation: null,
    createdAt: `${asOf}T10:00:00Z`,
    createdBy: "u",
  };
}

describe("scale totals across reassessments", () => {
  it("lines up each scale's totals by assessment date, oldest first, skipping corrected versions", () => {
    const history = scaleHistory([
      assessment("b", "2026-11-20", [{ instrument: "ciwa-ar", total: 4 }]),
      assessment("a", "2026-11-01", [
        { instrument: "ciwa-ar", total: 22 },
        { instrument: "phq-9", total: 15 },
      ]),
      assessment("old", "2026-11-01", [{ instrument: "ciwa-ar", total: 30 }], "a"),
      assessment("none", "2026-11-10", []),
    ]);
    expect(history.dates.map((column) => column.date)).toEqual(["2026-11-01", "2026-11-20"]);
    expect(history.series.map((line) => [line.name, line.points.map((point) => point.total)])).toEqual([
      ["CIWA-Ar", [22, 4]],
      ["PHQ-9", [15]],
    ]);
    expect(chartTop(history)).toBe(25);
  });

  it("leaves out a total that could not be computed rather than drawing it as zero", () => {
    const history = scaleHistory([assessment("a", "2026-11-01", [{ instrument: "cows", total: null }])]);
    expect(history).toEqual({ dates: [], series: [] });
    expect(chartTop(history)).toBe(5);
  });
});
