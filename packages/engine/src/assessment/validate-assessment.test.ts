import { describe, expect, it } from "vitest";
import { scoreInstrument } from "../instruments/score-instrument.js";
import { assessmentJsonSchema } from "./assessment-json-schema.js";
import { validateAssessment } from "./validate-assessment.js";

describe("validateAssessment", () => {
  it("accepts the smallest assessment: a version and a date, everything else unknown", () => {
    const result = validateAssessment({ modelVersion: "1", asOf: "2026-11-27" });
    expect(result.ok).toBe(true);
  });

  it("accepts null as unknown for any answer", () => {
    const result = validateAssessment({
      modelVersion: "1",
      asOf: "2026-11-27",
      environment: { housing: null, homeSafe: null },
      withdrawal: null,
    });
    expect(result.ok).toBe(true);
  });

  it("names the path of each bad field", () => {
    const result = validateAssessment({
      modelVersion: "1",
      asOf: "2026-02-30",
      substances: [{ substance: "alcohol", frequency: "sometimes" }],
      environment: { housing: "castle" },
      enviroment: {},
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((problem) => problem.path).sort();
    expect(paths).toEqual([
      "(the whole assessment)",
      "asOf",
      "environment.housing",
      "substances[0].frequency",
    ]);
    expect(result.problems.find((problem) => problem.path === "(the whole assessment)")?.message).toContain(
      '"enviroment"',
    );
  });

  it("refuses an assessment without a model version", () => {
    const result = validateAssessment({ asOf: "2026-11-27" });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.path).toBe("modelVersion");
  });
});

describe("assessmentJsonSchema", () => {
  it("describes every top-level answer group and requires only the version and date", () => {
    const schema = assessmentJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required.sort()).toEqual(["asOf", "modelVersion"]);
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(["substances", "withdrawal", "mentalHealth", "environment", "access", "choice"]),
    );
  });
});

describe("scale results straight from the scales", () => {
  it("accepts a whole ScaleResult, extras included (an unfinished PHQ-9's band floor, AUDIT-C's two readings, TAPS substances)", () => {
    const unfinishedPhq9 = scoreInstrument("phq-9", {
      "phq-9.1": 3,
      "phq-9.2": 3,
      "phq-9.3": 3,
      "phq-9.4": 3,
      "phq-9.5": 3,
    });
    const auditC = scoreInstrument("audit-c", { "audit-c.1": 2, "audit-c.2": 1, "audit-c.3": 0 });
    for (const scale of [unfinishedPhq9, auditC]) {
      const validation = validateAssessment({ modelVersion: "1", asOf: "2026-11-27", scales: [scale] });
      expect(validation.ok, JSON.stringify(validation)).toBe(true);
    }
  });
});
